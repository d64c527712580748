"""Tunable settings, read from an optional TOML file (``--config`` / ``BOUNTYBOARD_GUARD_CONFIG``).

Only thresholds and extra lists are configurable. The hard floors (real person + sexual, minor +
sexual, private person, consent for any other real person) are code in ``guard.policy`` and no
setting here can switch them off. Each section belongs to one part of the engine.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from bountyboard.guard.errors import GuardError


@dataclass(frozen=True, slots=True)
class TextConfig:
    extra_public_figures: tuple[str, ...] = ()  # added to the shipped gazetteer
    extra_sexual_terms: tuple[str, ...] = ()
    extra_minor_terms: tuple[str, ...] = ()
    extra_fictional_characters: tuple[str, ...] = ()  # names that are characters, not people
    extra_artists: tuple[str, ...] = ()  # artists: a style reference unless depicted
    fuzzy_min_ratio: int = 88  # rapidfuzz ratio for registry names (0-100)
    ner: bool = True  # names no list holds: name shapes, given name + surname (docs/decisions/0003)
    likeness_context: bool = True  # the learned reading of the whole request, with ner (docs/decisions/0053)


@dataclass(frozen=True, slots=True)
class ImageConfig:
    max_bytes: int = 30 * 1024 * 1024
    max_pixels: int = 40_000_000  # decompression-bomb guard
    nudity_threshold: float = 0.5  # never below 0.5: NudeNet's scores under it are noise
    face_min_score: float = 0.8  # YuNet detection confidence
    face_match_threshold: float = 0.42  # SFace cosine to a person's mean template; docs/decisions/0020-face-match-threshold.md
    face_cluster_threshold: float = 0.38  # SFace cosine between a submission's faces; lower: a wrong merge is the safe error
    pdq_min_quality: int = 50  # below it ImageAnalysis.pdq is None: too flat an image to hash


@dataclass(frozen=True, slots=True)
class ModelFileConfig:
    max_bytes: int = 16 * 1024**3
    max_header_bytes: int = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class IndexConfig:
    pdq_threshold: int = 31  # default per bank; each bank may set its own
    pdq_min_quality: int = 50  # below it a PDQ hash is too weak to match on


@dataclass(frozen=True, slots=True)
class GuardConfig:
    text: TextConfig = field(default_factory=TextConfig)
    image: ImageConfig = field(default_factory=ImageConfig)
    model: ModelFileConfig = field(default_factory=ModelFileConfig)
    index: IndexConfig = field(default_factory=IndexConfig)

    @classmethod
    def load(cls, path: str | Path | None) -> GuardConfig:
        if path is None:
            return cls()
        try:
            raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise GuardError(f"cannot read guard config {path}: {exc}", code="config_invalid") from exc
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> GuardConfig:
        config = cls()
        for section in fields(cls):
            values = raw.pop(section.name, {})
            if not isinstance(values, dict):
                raise GuardError(f"[{section.name}] must be a table", code="config_invalid")
            current = getattr(config, section.name)
            known = {f.name: f for f in fields(current)}
            unknown = sorted(set(values) - set(known))
            if unknown:
                raise GuardError(f"unknown setting(s) in [{section.name}]: {', '.join(unknown)}", code="config_invalid")
            coerced = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
            config = replace(config, **{section.name: replace(current, **coerced)})
        if raw:
            raise GuardError(f"unknown section(s): {', '.join(sorted(raw))}", code="config_invalid")
        if config.image.nudity_threshold < 0.5:
            raise GuardError("image.nudity_threshold must be at least 0.5", code="config_invalid")
        return config
