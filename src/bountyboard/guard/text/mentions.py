"""Whether a text could name given protected persons: a cheap, conservative check a re-scan runs
before scanning a text (or a dataset caption) again after a registration, so it reads only what
can match the new person instead of every text on the site."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.detectors.profiles import handle_key
from bountyboard.guard.text.normalize import normalize, normalize_name, padded

# Well under the registry's fuzzy ratio (``TextConfig.fuzzy_min_ratio``, 88 on a whole name): a
# misspelt name close enough to match has at least one word at least this close to its own.
_WORD_RATIO = 70.0
_FUZZY_WORD_MIN = 4


def text_could_name(text: str, persons: Sequence[ProtectedPerson]) -> bool:
    """False only when no word of any of these persons' names, aliases or handles appears in the
    text, nor (words of 4+ letters) a word close to one, in the text's ``names`` or ``base`` view,
    the views every name and profile matcher reads (leetspeak, joined and spaced-out letters are
    undone first). A scan can only find a person through one of those words, so a False here means
    a full scan would find nothing new; anything else is scanned fully."""
    norm = normalize(text)
    words = set(padded(norm.names.text).split()) | set(padded(norm.base.text).split())
    candidates = list(words)
    for person in persons:
        labels = [normalize_name(label) for label in (*person.names, *person.aliases)]
        labels += [normalize_name(handle_key(handle)) for handle in person.handles]
        for word in {w for label in labels for w in padded(label).split() if len(w) >= 2}:
            if word in words:
                return True
            if len(word) >= _FUZZY_WORD_MIN and process.extractOne(
                word, candidates, scorer=fuzz.ratio, score_cutoff=_WORD_RATIO
            ):
                return True
    return False
