"""Whether a text could name given protected persons: a cheap, conservative check a re-scan runs
before scanning a text (or a dataset caption) again after a registration, so it reads only what
can match the new person instead of every text on the site."""

from __future__ import annotations

from collections.abc import Sequence

from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.normalize import normalize, normalize_name, padded
from bountyboard.guard.text.scanner import (
    _handle_key as handle_key,  # one spelling of a handle, the scanner's
)


def text_could_name(text: str, persons: Sequence[ProtectedPerson]) -> bool:
    """False only when no word (2+ letters) of any of these persons' names, aliases or handles
    appears in the text's ``names`` or ``base`` view, the views every name and profile matcher reads
    (so leetspeak, joined and spaced-out letters are undone first). A fuzzy match changes at most
    one word of a name of two words or more, so one shared word is enough to scan the text fully."""
    norm = normalize(text)
    words = set(padded(norm.names.text).split()) | set(padded(norm.base.text).split())
    for person in persons:
        labels = [normalize_name(label) for label in (*person.names, *person.aliases)]
        labels += [normalize_name(handle_key(handle)) for handle in person.handles]
        if any(word in words for label in labels for word in padded(label).split() if len(word) >= 2):
            return True
    return False
