"""Names the text gives a pet, a horse, a boat or a band (``text.thing_names``): recorded in ``context.explained``, so
the name-shape detectors after it do not read a person into them. It reports nothing itself."""

from __future__ import annotations

from bountyboard.guard.signals import Signal
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.thing_names import thing_name_spans


class ThingNameDetector:
    name = "thing-names"

    def detect(self, context: ScanContext) -> list[Signal]:
        if not context.sexual_spans:  # "a band called <a singer>, nude" stays a person
            context.explained.extend(thing_name_spans(context.norm.original, context.norm.words))
        return []
