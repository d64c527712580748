"""Someone singled out by a trait and what she does at a named place, with no name: "the redhead who pulls pints at
the Crown in Kettlesby", "esa pelirroja que vende fruta en el puesto de Tarrawong", "ta wysoka, co sprzedaje bilety w
kinie Orzeł" (session 45, learned from round 50's ``tune`` half, whose brief asked for people named by an epithet).

A demonstrative or a definite article, a trait or a person's word, a relative pronoun, then a clause that holds a
verb of a job or a daily round and a capitalised word (the shop, the club, the town): no generic figure is written
so ("a woman who runs a bakery" has no article that points, nor a place that names). The reading is weak evidence,
read in sexual text only, and never inside a work's frame or a drawn medium: beside sexual words it blocks like a
given name read alone (the policy's ``possible_real_person_sexual``), and a text with nothing sexual is left to the
other rules and the likeness model.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal
from bountyboard.guard.text import frames, name_words, private_cues
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex, weak_name_signals
from bountyboard.guard.text.normalize import fold

SOURCE_EPITHET = "heuristic:epithet-at-a-place"
# The articles and demonstratives that point at one person (not "a", "un", "une": anyone), and the relative pronouns
_POINTING = (
    r"the|that|la|le|cette|el|esa|ese|aquella|aquel|il|quella|quello|aquela|aquele|essa|esse|die|der|diese|dieser|"
    r"de|ta|ten|tamta|tamten|ta\s+tam"
)
_RELATIVE = r"who|that|qui|que|che|die|der|co|kt[oó]ra|kt[oó]ry|kter[aá]|kter[yý]"
_EPITHET = re.compile(
    rf"(?<![\w'’])(?P<who>(?:{_POINTING})\s+[^\W\d_]+(?:[- ][^\W\d_]+)?)\s*,?\s*(?:{_RELATIVE})\s+"
    r"(?P<clause>[^.!?\n/;|]{3,90})",
    re.IGNORECASE,
)
# Verbs of a job or a daily round, in the ten languages (folded), in the forms a relative clause puts them in
_ROUND_VERBS = frozenset("""
runs works serves pours pulls teaches coaches drives cuts sells owns manages tends leads delivers cleans bakes lives
plays sings hosts presents reads minds
tient travaille sert bosse vend coupe enseigne entraine conduit gere anime habite chante joue livre
atiende trabaja sirve vende corta ensena entrena conduce regenta vive canta juega presenta lleva
lavora serve gestisce taglia insegna allena guida tiene abita gioca
atende trabalha ensina treina conduz mora
bedient arbeitet verkauft unterrichtet trainiert fahrt fuhrt wohnt singt spielt zapft schneidet leitet betreibt
prowadzi pracuje podaje sprzedaje strzyze uczy trenuje jezdzi mieszka spiewa nalewa obsluguje
toci prodava striha uci vede bydli zpiva hraje naleva ridi
werkt serveert tapt verkoopt knipt traint rijdt woont zingt speelt runt
""".split())
_SEXUAL_REACH = 120


class EpithetDetector:
    name = "epithets"

    def detect(self, context: ScanContext) -> list[Signal]:
        sexual_spans = context.sexual_spans
        if not sexual_spans:
            return []  # read in sexual text only: a described shopkeeper with nothing sexual is the other rules'
        original, words_text = context.norm.original, context.norm.words.text
        found = [(m.start(), m.end("who"), m.end()) for m in _EPITHET.finditer(original) if self._singles_out(m)]
        if not found or context.names_fiction or context.fiction_framed or frames.drawn_medium(words_text):
            return []
        about_photos = bool(context.real_life or private_cues.DEPICTION_CUES.search(words_text))
        taken, near = SpanIndex(context.taken), Near(sexual_spans)
        out: list[Signal] = []
        for start, end, clause_end in found:
            if taken.overlaps(start, end) or not (near(start, clause_end, _SEXUAL_REACH) or about_photos):
                continue
            out += weak_name_signals(
                source=SOURCE_EPITHET, name=original[start:end], span=(start, end),
                detail={"described": True, "sexual_context": True},
            )
        return out

    @staticmethod
    def _singles_out(match: re.Match[str]) -> bool:
        """The clause holds a verb of a job or a daily round and a capitalised word past its first (the place)."""
        clause = match.group("clause")
        if not any(word in _ROUND_VERBS for word in fold(clause).text.split()):
            return False
        return any(m.start() > 0 for m in name_words.CAPITALISED_WORD.finditer(clause))
