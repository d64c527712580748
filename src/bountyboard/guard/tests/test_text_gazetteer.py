"""The name matcher's overlap rule and the capitals rules of the gazetteer entries."""

from __future__ import annotations

import random

from bountyboard.guard.text.gazetteer import (
    Category,
    ListedName,
    NameHit,
    NameMatcher,
    dotted_initials,
    listed,
    resolve_overlaps,
)
from bountyboard.guard.text.normalize import normalize


def _reference(hits: list[NameHit]) -> list[NameHit]:
    """The rule, written plainly: longest first, registry entries first among equals, no overlaps."""
    ranked = sorted(hits, key=lambda h: (-(h.end - h.start), 0 if h.entry.category & Category.PROTECTED else 1))
    taken: list[NameHit] = []
    for hit in ranked:
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def test_resolve_overlaps_keeps_the_longest_hits_like_the_plain_rule() -> None:
    public, protected = ListedName("a", "a", Category.PUBLIC), ListedName("b", "b", Category.PROTECTED)
    rng = random.Random(8)
    for _ in range(2_000):
        hits = []
        for _ in range(rng.randint(0, 20)):
            start = rng.randint(0, 60)
            hits.append(NameHit(start, start + rng.randint(1, 12), rng.choice([public, protected])))
        assert resolve_overlaps(hits) == _reference(hits)


def test_the_same_name_from_two_lists_is_one_entry_capitalised_only_if_both_say_so() -> None:
    loose = ListedName("will smith", "will smith", Category.PUBLIC, ["civitai"])
    strict = ListedName("will smith", "Will Smith", Category.PUBLIC, ["pantheon"], capitalised_only=True)
    matcher = NameMatcher([loose, strict])
    [hit] = matcher.find("a will smith poster")
    assert hit.entry.sources == ["civitai", "pantheon"] and not hit.entry.capitalised_only
    assert strict.needs_capital and not loose.needs_capital


def test_a_name_with_a_middle_initial_matches_written_with_or_without_its_dot() -> None:
    # session 38: the text keeps its offsets, so "f. " pads to two spaces; "John F. Kennedy nude" had named nobody
    matcher = NameMatcher([listed("Mira K. Dolvan", Category.PUBLIC, "test"), listed("J. Telvo", Category.PUBLIC, "test")])
    for text in ("Mira K. Dolvan nude", "mira k dolvan as a pirate", "a poster of J. Telvo", "j telvo on stage"):
        hits = matcher.find(normalize(text).names.text)
        assert [h.entry.display for h in hits] in (["Mira K. Dolvan"], ["J. Telvo"]), text
    # ... the variant pads each initial before the last word; a character's initials alone ("J.W") have none
    assert dotted_initials(" mira k dolvan ") == " mira k  dolvan "
    assert dotted_initials(" j w ") == "" and dotted_initials(" mira dolvan ") == ""

