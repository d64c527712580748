"""The detectors' shared parts: the span index that keeps them linear, and the scan context."""

from __future__ import annotations

import pytest

from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.scanner import TextScanner


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 5, False), (0, 11, True), (12, 14, True), (19, 20, True), (20, 30, False), (31, 33, True), (40, 50, False)],
)
def test_span_index_overlaps(start: int, end: int, expected: bool) -> None:
    index = SpanIndex([(30, 35), (10, 20)])
    assert index.overlaps(start, end) is expected
    assert expected is any(start < e and s < end for s, e in [(30, 35), (10, 20)])


def test_an_empty_span_index_overlaps_nothing() -> None:
    assert not SpanIndex([]).overlaps(0, 10**6)


@pytest.mark.parametrize(("start", "end", "expected"), [(0, 5, True), (40, 45, True), (60, 70, False)])
def test_near_is_the_name_shape_rules_reach(start: int, end: int, expected: bool) -> None:
    assert Near([(20, 30)])(start, end, 24) is expected


def test_every_detector_has_a_name_and_the_scanner_runs_them_in_order() -> None:
    scanner = TextScanner()
    names = [d.name for d in scanner.detectors]
    assert len(set(names)) == len(names)
    assert names.index("listed-names") < names.index("fuzzy-listed-names") < names.index("given-name-surname")
    context = ScanContext(normalize("Emma Watson nude"))
    for detector in scanner.detectors:
        context.signals += detector.detect(context)
    assert [s.to_json() for s in context.signals] == [s.to_json() for s in scanner.scan("Emma Watson nude")]
