"""Unlisted names in a work of fiction: "Annalise Keating and Frank Thiel arguing in a kitchen, sitcom
still", "Arif Işık as a lego minifigure, product photo", "Shiv Roy repariert ein Motorrad, Comicpanel".

No list holds every character, and the round-4 held-out rows showed that a name beside a frame that
names the work (a comic panel, a sitcom still, a toy, a game character, fan art) is a character far more
often than a person. This detector runs last: for every name shape the earlier detectors reported
(``ner_person``; never a listed person, a profile or a private person) it reports the frame as a
``fictional_character`` on the same span with ``detail.fiction_frame`` set to the frame's kind. The
policy decides what that means (decision 0025). The frame counts only when nothing in the text seeks a
likeness or says the picture is real (``frames.LIKENESS_OR_REAL``), no gift is mentioned, and no
role or band is named ("LoRA of X, sitcom actress" stays a person).
"""

from __future__ import annotations

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, roles
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.fiction_frames import fiction_frame


class FictionFrameDetector:
    name = "fiction-frames"

    def detect(self, context: ScanContext) -> list[Signal]:
        # a member of a real idol group named beside it is a person in any frame ("stell (sb19), comic style")
        # ... and so is an actor cast as a character (``cast_actors``), and a word the text describes as someone of a
        # sport, a platform or the news ("Mugsy (the bald fella who does the NI used car videos on YouTube) as a Lego
        # minifigure": session 23), and one named by the platform she posts on ("X de twitch, fan art": session 44)
        names = [
            s for s in context.signals
            if s.kind is SignalKind.NER_PERSON and s.span
            and not {"group", "cast_as", "described", "platform"} & s.detail.keys()
        ]  # fmt: skip
        if not names:
            return []
        words = context.norm.words.text
        found = fiction_frame(words)
        if found is None or roles.names_a_role(words) or frames.GROUP_ANYWHERE.search(words):
            return []
        kind, cue = found
        return [
            Signal(
                kind=SignalKind.FICTIONAL_CHARACTER, source="pattern:fiction-frame", score=0.6, text=name.text,
                span=name.span, label=name.text, detail={"fiction_frame": kind, "cue": cue},
            )
            for name in {s.span: s for s in reversed(names)}.values()  # one per span
        ]  # fmt: skip
