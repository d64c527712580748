"""PDQ, Meta's perceptual hash, on the shared RGB array: the hash, its quality and its 8 dihedral variants.

The variants (rotations and mirrors) come from one pass of pdqhash's ``compute_dihedral``, so a
rotated or flipped re-upload of a banked image still matches without hashing it 8 times.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pdqhash

PDQ_BITS = 256


@dataclass(frozen=True, slots=True)
class PdqHashes:
    dihedral: tuple[str, ...]  # original, rot90, rot180, rot270, flip-v, flip-h, rot90+flip-v, rot90+flip-h
    quality: int  # 0..100; under ~50 the image is too flat for the hash to mean much

    @property
    def original(self) -> str:
        return self.dihedral[0]


def pdq_hex(bits: npt.NDArray[np.integer]) -> str:
    """ThreatExchange's hex form: the 256 bits in order, most significant first."""
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def compute_pdq(rgb: npt.NDArray[np.uint8]) -> PdqHashes:
    hashes, quality = pdqhash.compute_dihedral(rgb)
    return PdqHashes(dihedral=tuple(pdq_hex(h) for h in hashes), quality=int(quality))


def pdq_distance(a: str, b: str) -> int:
    """Hamming distance between two 64-hex PDQ hashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
