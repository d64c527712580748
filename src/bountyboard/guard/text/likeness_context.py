"""A learned reading of the whole request: does it ask for a real person's likeness? (decision 0053)

The rules find names; whether a name no list holds is a real person or a character, a style or a thing depends on
the words around it, and every fresh writer's rows showed the rules' hand-written frames stop one step short of
the next writer's wording (decision 0030). This is option 3 of that decision: a logistic regression over the
request's character 3-5-grams (inside words, as scikit-learn's ``char_wb`` analyser cuts them) and its lower-case
word unigrams and bigrams, trained by ``scripts/train_likeness_context.py`` on the labelled tuning rows (never on a
never-read half, never on the sources reserved for the owner's evaluation).

The model is weak evidence only: the policy sends a request nobody is found in to a moderator when the score is
high (and refuses it when it is sexual and the score near certain: decision 0056), and lets a lone unlisted name that
would have gone to a moderator through when the score is very low. It never asks for consent and never overrides a
listed person, a private person or a sexual floor.

The weights ship in ``guard/data/likeness_context/`` and are verified by their sha256 before use; scoring is a sum
of dictionary lookups (no numerical library at run time).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from bountyboard.guard.errors import GuardError

MODEL_FILE = "likeness_context/model.json.gz"
# The digest of the file ``scripts/train_likeness_context.py`` wrote (guard/data/README.md records its provenance).
MODEL_SHA256 = "2ec0e56c65bb5d9c40da6b1d3ec74c80301b85173d8e698dcd0513dac08981f7"
# Only the beginning of a long text is read: a bounty's subject is in its title and first sentences, and a 1 MB
# request must not cost a million n-grams.
READ_CHARACTERS = 4000
CHAR_NGRAMS = (3, 4, 5)
# Each block is divided by the square root of its size, but never by less than these: a text of one or two words
# ("8k", "playing guitar") holds too little to move far from the model's prior (unfloored, "portrait" alone read
# as a likeness at 0.96).
CHAR_NORM_FLOOR = 100
WORD_NORM_FLOOR = 10
# Fewer words than this hold too little for the model to read ("Aurora borealis photo" read as a likeness at 0.85:
# the training rows' short lines are mostly a name and "photo"): the detector gives no score then.
MIN_WORDS = 6
_WORD = re.compile(r"\w\w+")


def features(text: str) -> tuple[set[str], set[str]]:
    """The request's distinct character n-grams (each word padded with a space on both sides) and its word
    unigrams and bigrams, all lower case: the two blocks the model weighs, each normalised by its own size."""
    lowered = text[:READ_CHARACTERS].lower()
    grams: set[str] = set()
    for word in set(lowered.split()):
        grams.update(_word_grams(word))
    tokens = _WORD.findall(lowered)
    words = set(tokens)
    words.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return grams, words


def block_norm(size: int, floor: int) -> float:
    """What each feature of a block of ``size`` distinct features is worth (training and scoring share it)."""
    return 1.0 / math.sqrt(max(size, floor))


@lru_cache(maxsize=1 << 16)
def _word_grams(word: str) -> tuple[str, ...]:
    # prompts repeat their words ("masterpiece", "8k", "portrait"): cut each word once per process, not once a row
    padded = f" {word} "
    return tuple(padded[i : i + n] for n in CHAR_NGRAMS for i in range(len(padded) - n + 1))


def long_enough(text: str) -> bool:
    """At least ``MIN_WORDS`` words of two letters or more."""
    count = 0
    for _ in _WORD.finditer(text[:READ_CHARACTERS]):
        count += 1
        if count >= MIN_WORDS:
            return True
    return False


@dataclass(frozen=True, slots=True)
class LikenessContextModel:
    """Weights of the two feature blocks and the intercept; ``score`` is the model's probability that the request
    depicts a real person (or a private one) and so is no request for fiction, a style or a thing."""

    version: str
    intercept: float
    char_weights: dict[str, float]
    word_weights: dict[str, float]

    def score(self, text: str) -> float:
        grams, words = features(text)
        char_weights, word_weights = self.char_weights, self.word_weights
        logit = self.intercept
        # map() keeps the lookups in C (a generator cost a fifth of the scoring); the sums are the same, in the same order
        logit += sum(map(char_weights.get, grams, repeat(0.0))) * block_norm(len(grams), CHAR_NORM_FLOOR)
        logit += sum(map(word_weights.get, words, repeat(0.0))) * block_norm(len(words), WORD_NORM_FLOOR)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> LikenessContextModel:
        try:
            return cls(
                str(document["version"]),
                float(document["intercept"]),
                {str(k): float(v) for k, v in document["char_weights"].items()},
                {str(k): float(v) for k, v in document["word_weights"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise GuardError(f"the likeness-context model is malformed: {error!r}", code="data_missing") from error

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "intercept": self.intercept,
            "char_ngrams": list(CHAR_NGRAMS),
            "read_characters": READ_CHARACTERS,
            "char_weights": self.char_weights,
            "word_weights": self.word_weights,
        }


def load_likeness_context_model(raw: bytes, *, sha256: str = MODEL_SHA256) -> LikenessContextModel:
    """The model in ``raw`` (gzip'd JSON), refused unless its digest is ``sha256``."""
    digest = hashlib.sha256(raw).hexdigest()
    if digest != sha256:
        raise GuardError(f"guard/data/{MODEL_FILE} has sha256 {digest}, not the pinned {sha256}", code="data_missing")
    try:
        document = json.loads(gzip.decompress(raw))
    except (OSError, EOFError, ValueError) as error:
        raise GuardError(f"guard/data/{MODEL_FILE} is no gzip'd JSON: {error}", code="data_missing") from error
    return LikenessContextModel.from_json(document)


@lru_cache(maxsize=1)
def shipped_likeness_context_model() -> LikenessContextModel:
    """The shipped model, read once per process."""
    try:
        raw = resources.files("bountyboard.guard.data").joinpath(MODEL_FILE).read_bytes()
    except OSError as error:  # a broken install: say which file
        raise GuardError(f"cannot read guard/data/{MODEL_FILE}: {error}", code="data_missing") from error
    return load_likeness_context_model(raw)
