"""Listed names: the shipped gazetteer (public figures, artists, fictional characters, things named
after people) and the protected-person registry (exact, then fuzzy), on the ``names`` view."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz, process

from bountyboard.guard.config import TextConfig
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, lexicons, roles
from bountyboard.guard.text.context_lists import SOURCE_OPEN_CHARACTERS_NAME_LIKE
from bountyboard.guard.text.detectors.base import RegistryIndex, ScanContext
from bountyboard.guard.text.detectors.listed_context import (
    ART_MOVEMENT,
    LIKE_BEFORE,
    LIST_REACH,
    PAINTING_GENRE,
    PAINTING_MEDIUM,
    STYLE_WORD_AFTER,
    SexualWords,
    bare_tag,
    named_after,
    ruled_out,
    style_cited,
    style_cue,
)
from bountyboard.guard.text.frames import LIKENESS_OR_REAL
from bountyboard.guard.text.gazetteer import Category, ListedName, NameHit, NameMatcher, resolve_overlaps
from bountyboard.guard.text.name_words import NAME_WORD, NOT_NAME_WORDS
from bountyboard.guard.text.normalize import NormalizedText, fold
from bountyboard.guard.text.shipped import SOURCE_REGISTRY_FUZZY

_NEXT_CAPITALISED = re.compile(rf" ({NAME_WORD})(?![\w'’])")
_PREVIOUS_CAPITALISED = re.compile(rf"(?<![\w'’])({NAME_WORD}) $")
_NEXT_LOWER = re.compile(r" ([^\W\d_A-Z]{4,})(?![\w'’])")
# "a Queen Victoria-inspired OC": the person is the inspiration, not the subject.
_OPENING_MARKS = "([{\"'“„«‘"  # brackets and quotes a name may open
# A name's last word alone in brackets ("emma (watson) nude", "[watson]"): read as the name once the bracket is set aside
# (session 39, found by probing). Only for this matcher: the given-name rule reads a bracket after a name as its
# character's work ("Yor Forger (Spy x Family)").
_BRACKETED_LAST_WORD = re.compile(r"(?<=[^\W\d_]) [(\[]([^\W\d_]{3,})[)\]]")
_INSPIRED_AFTER = re.compile(r"^(?:'s|s)?\s*(?:inspired|esque|ish)\b")
# What joins two names of one list, in the ten languages (folded names view): a comma, "or", "and", "ni"
_LIST_JOIN = re.compile(r"\s*(?:,|/|&|\s)\s*(?:(?:or|oder|ou|o|ni|nebo|ani|of|veya|and|und|et|e|y|i|a|en|ve|nor|noch)\s+)?")


def _across_a_bracket(names: str, *matchers: NameMatcher) -> list[NameHit]:
    """The hits a name's last word in brackets hides ("emma (watson)"), as offsets into ``names``. The bracketed word is
    moved one place left over its opening bracket (same length), so a hit ending in it ends one place early."""
    moved: list[tuple[int, int]] = []

    def unbracket(m: re.Match[str]) -> str:
        moved.append((m.start(1) - 1, m.end(1) - 1))
        return f" {m.group(1)}  "

    shifted = _BRACKETED_LAST_WORD.sub(unbracket, names)
    if not moved:
        return []
    return [
        NameHit(hit.start, hit.end + 1, hit.entry, hit.reordered)
        for matcher in matchers
        for hit in matcher.find(shifted)
        if any(hit.start < start and hit.end == end for start, end in moved)  # a name running into the bracketed word
    ]


class ListedNameDetector:
    """Records the spans it explains in ``context.explained`` for the name-shape detectors."""

    name = "listed-names"

    def __init__(
        self, gazetteer: NameMatcher, config: TextConfig, common_words: frozenset[str] = frozenset(),
        given_names: frozenset[str] = frozenset(), word_given_names: frozenset[str] = frozenset(),
    ) -> None:
        self._gazetteer = gazetteer
        self.config = config
        self._common = common_words  # shared with the other detectors, not copied (63k words)
        self._given = given_names
        # given names that are also words ("jack", "bill", "willow"), to read a name made of words in lower case
        self._word_given = word_given_names

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        out, explained = self._scan_names(norm, context)
        context.explained.extend(explained)
        # A registry handle seen as a link and again as a name is one finding: keep the link's.
        linked = [
            (s.span, s.person_id) for s in context.signals if s.kind is SignalKind.PROTECTED_PERSON and s.span
        ]
        return [
            s
            for s in out
            if not (
                s.kind is SignalKind.PROTECTED_PERSON
                and s.span
                and any(pid == s.person_id and s.span[0] < e and b < s.span[1] for (b, e), pid in linked)
            )
        ]

    def _given_name_before(self, names: str, hit: NameHit) -> bool:
        """The word right before the hit (past an opening bracket or quote) is a known given name."""
        previous = names[max(0, hit.start - 24) : hit.start].split()[-1:]
        return bool(previous) and previous[0].lstrip(_OPENING_MARKS) in self._given

    def _first_initial(self, names: str, hit: NameHit) -> bool:
        """A given name's initial opens this hit ("nude photo of E. Watson"), not a middle one ("by charles m. russell")
        nor the last letter of a word ("B&W. Black")."""
        before = names[hit.start - 1 : hit.start] if hit.start else ""
        return not (before and not (before.isspace() or before in _OPENING_MARKS)) and not self._given_name_before(names, hit)

    def _scan_names(
        self, norm: NormalizedText, context: ScanContext
    ) -> tuple[list[Signal], list[tuple[int, int]]]:
        """Signals for listed names, and the original spans they explain (for the NER heuristic)."""
        names = norm.names.text
        registry = context.registry
        hits = self._gazetteer.find(names) + registry.matcher.find(names)
        if "(" in names or "[" in names:
            hits += _across_a_bracket(names, self._gazetteer, registry.matcher)
        hits = [
            h
            for h in hits
            if (not h.entry.needs_capital or _capitalised(norm, h) or _acting_in_lower_case(norm, h))
            and (
                not (h.reordered or h.entry.capitalised_only)
                or _every_word_capitalised(norm, h)
                or (not h.reordered and self._given_name_first(names, h) and _acting_in_lower_case(norm, h))
            )
        ]
        sexual_text = bool(context.sexual_spans)
        hits = [h for h in hits if not self._given_name_of_someone_else(norm, h, sexual=sexual_text)]
        hits = [h for h in hits if not h.entry.initial or self._first_initial(names, h)]
        if any(h.entry.needs_context for h in hits):
            hits = _in_context(norm, hits, sexual=sexual_text)
            hits = [h for h in hits if not (h.entry.needs_context and self._surname_of_someone(norm, h))]
        hits += self._fuzzy_registry_hits(names, hits, registry)
        out: list[Signal] = []
        places: set[str] = set()
        explained: list[tuple[int, int]] = []
        sexual = SexualWords(context)
        ruled_out_end: int | None = None
        for hit in resolve_overlaps(hits):
            entry = hit.entry
            span = norm.names.span(hit.start, hit.end)
            if entry.category & Category.NOT_PERSON and " " not in names[hit.start : hit.end] and self._given_name_before(names, hit):
                # "Giulia Ferrari", "Anna Dior", "((Jessica Mercedes))": a surname after a given name, not the brand
                # (round 17; session 24: the given name may open a prompt's brackets or quotes)
                continue
            explained.append(span)
            before, after = names[max(0, hit.start - 48) : hit.start], names[hit.end : hit.end + 48]
            likeness = bool(
                frames.LIKENESS_BEFORE.search(before) or frames.LIKENESS_AFTER.match(after)
            ) or (not entry.category & Category.ARTIST and bool(frames.ACTION_AFTER.match(after)))
            # a list of styles ("by midjourney and greg rutkowski") reaches artists only: "by john salt,
            # brad pitt and ..." still names Brad Pitt
            cited_as_artist = bool(entry.category & Category.ARTIST) or entry.may_be_artist
            style = (style_cited(names[max(0, hit.start - LIST_REACH) : hit.start]) if cited_as_artist else bool(frames.STYLE_BEFORE.search(before))) or bool(
                frames.STYLE_AFTER.match(after) or (cited_as_artist and not sexual_text and frames.style_a_before(norm.original, span[0]))
                or (cited_as_artist and (frames.STYLE_VERB_AFTER.match(after) or frames.STYLE_AFTER_MORE.match(after)))
            )
            # "Catherine Cawood as played by Sarah Lancashire": the cast, depicted; the "by" is no style's (session 22)
            played = bool(frames.PLAYED_BY_BEFORE.search(before))
            likeness = likeness or played
            source = entry.sources[0]
            common: dict[str, Any] = {"source": source, "label": entry.display}
            if entry.category & Category.PROTECTED:
                fuzzy = source == SOURCE_REGISTRY_FUZZY
                out.append(
                    context.signal("names", hit.start, hit.end, SignalKind.PROTECTED_PERSON,
                        person_id=entry.person_id, score=0.85 if fuzzy else 1.0,
                        detail={"verified": entry.verified, "fuzzy": fuzzy}, **common,
                    )
                )  # fmt: skip
            # a thing named after them, unless sexual words follow the name right away ("Hotel Scarlett Johansson,
            # topless" is no hotel: session 36)
            elif entry.category & (Category.PUBLIC | Category.ARTIST) and not sexual.right_after(span) and (
                named_after(before, after, original_before=norm.original[max(0, span[0] - 80) : span[0]], given_names=self._given)
                or (not context.sexual_spans and _hyphenated_thing(norm.original, span, entry.display))
            ):
                places.add(entry.display)
                continue  # "place Charles-de-Gaulle", "Johan Cruijff ArenA": a thing named after them
            elif entry.category & (Category.PUBLIC | Category.ARTIST) and not context.sexual_spans and (
                ruled_out(before) or (
                    ruled_out_end is not None and not likeness and _LIST_JOIN.fullmatch(names[ruled_out_end : hit.start])
                )
            ):
                # "Beth Dutton, do NOT make her look like Kelly Reilly": the actress is ruled out (session 19); so is
                # the next name of the same list ("ohne Ähnlichkeit mit Horst Tappert oder Fritz Wepper": session 25)
                ruled_out_end = hit.end
                continue
            elif entry.category & (Category.PUBLIC | Category.ARTIST):
                is_artist = bool(entry.category & Category.ARTIST)
                # An artist is a style unless depicted; a public figure is a person unless plainly
                # cited as the author of a style ("by", "in the style of").
                # The artist veto ends where the artist is the subject of a sexual depiction ("Frida
                # Kahlo nude"): a named style stays a style ("nude, in the style of Klimt").
                # (a museum's artist of no listed occupation cast after "by" is depicted: "by yoshitomo nara as a samurai")
                cast_artist = entry.may_be_artist and bool(frames.CAST_AFTER.match(after))
                as_style = (is_artist and ((style and not cast_artist) or not (likeness or sexual.right_after(span)))) or (
                    not is_artist
                    and not likeness
                    # a public figure no list knows as an artist cited as a style in sexual text is the evasion
                    # "nude woman in the style of <actress>", no style (session 38)
                    and (bool(
                        (frames.STYLE_BEFORE.search(before) or _INSPIRED_AFTER.match(after))
                        and (entry.may_be_artist or not context.sexual_spans)
                    ) or (entry.may_be_artist and style)
                         # "Personagens do livro do Jorge Amado": the author of the book (round 21)
                         or bool(frames.AUTHOR_BEFORE.search(before) or frames.AUTHOR_AFTER.match(after)))
                ) or (
                    # "painting by yoshitomo nara in an aesthetically pleasing palette": right after "by", a
                    # painter's "in a ..." is the work's, unless the name is cast ("by X as a knight")
                    entry.may_be_artist and bool(frames.STYLE_BEFORE.search(before)) and not frames.CAST_AFTER.match(after)
                )
                as_style = as_style and not played
                kind = SignalKind.STYLE_REFERENCE if as_style else SignalKind.PERSON_NAME
                detail = {"lists": list(entry.sources)}
                if as_style and (cue := style_cue(before)):
                    offset = hit.start - len(before)
                    explained.append(norm.names.span(offset + cue[0], offset + cue[1]))
                out.append(context.signal("names", hit.start, hit.end, kind, detail=detail, **common))
            elif entry.category & Category.FICTIONAL:
                out.append(
                    context.signal("names", hit.start, hit.end, SignalKind.FICTIONAL_CHARACTER, **common)
                )
                continue
            else:
                continue  # a brand or place named after someone: nothing to report
            if likeness and out[-1].kind is not SignalKind.STYLE_REFERENCE:
                out.append(
                    context.signal("names", hit.start, hit.end, SignalKind.LIKENESS_INTENT,
                        source="pattern:likeness-frame", label=entry.display,
                    )
                )  # fmt: skip
        # named as a place or a ship once, the name is that place or ship in every mention of a text that is not
        # sexual ("Amerigo Vespucci in porto\nla nave scuola amerigo vespucci ormeggiata"); in sexual text a street
        # sign must not cover its namesake
        if places and not context.sexual_spans:
            out = [s for s in out if s.label not in places or s.kind is SignalKind.PROTECTED_PERSON]
        # cited as a style once and framed as a likeness nowhere, a listed name is that style in every mention of a text
        # that is not sexual ("Heimat-Look wie bei Edgar Reitz ... wie in Edgar Reitz' 'Heimat'", "Ara Güler havasında
        # ... Ara Güler'in fotoğrafları gibi": round 41), as the given-name rule reads an unlisted one
        styles = {s.label for s in out if s.kind is SignalKind.STYLE_REFERENCE}
        if styles and not context.sexual_spans:
            styles -= {s.label for s in out if s.kind is SignalKind.LIKENESS_INTENT}
            out = [s for s in out if not (s.kind is SignalKind.PERSON_NAME and s.label in styles)]
        return out, explained

    def _given_name_first(self, names: str, hit: NameHit) -> bool:
        """A name of words opens on a given name ("jack white", "bill hicks"), not on a thing ("ice cube")."""
        return names[hit.start : hit.end].split(" ", 1)[0] in self._word_given

    def _given_name_of_someone_else(self, norm: NormalizedText, hit: NameHit, *, sexual: bool) -> bool:
        """ "Mário Pihneiro": a one-word character's name ("Mario") followed by a capitalised word no list
        or dictionary holds is the given name of a person, not the character ("Mario Kart" stays one). So is a
        one-word stage name outside sexual text ("Adèle Blanc-Sec repareert een motor" is not Adele): the
        given-name rule then reads the two words. In sexual text the stage name stands, since the surname may be
        the star's own and a drawn medium would let the pair pass ("Rihanna Fenty nude, anime" blocks)."""
        category = hit.entry.category
        if category & Category.PROTECTED or not (
            category & Category.FICTIONAL or (category & Category.PUBLIC and not sexual)
        ):
            return False
        if " " in hit.entry.key:
            return False
        _, end = norm.names.span(hit.start, hit.end)
        if _capitalised(norm, hit):
            following = _NEXT_CAPITALISED.match(norm.original, end)
        elif roles.ROLE_BEFORE.search(norm.names.text[max(0, hit.start - 32) : hit.start]):
            following = _NEXT_LOWER.match(norm.original, end)  # "sindaco luigi brugnaro": a role says who (round 20)
        else:
            return False
        word = fold(following.group(1)).text if following else ""
        return bool(word) and not (word in self._common or word in NOT_NAME_WORDS or word in lexicons.NOT_PERSON_HEADS)

    def _surname_of_someone(self, norm: NormalizedText, hit: NameHit) -> bool:
        """ "Ricky Skinner", "Jamie Gibbs": a one-word name of the open lists after a capitalised word no
        dictionary holds is a person's surname, not the character ("Skinner", "Gibbs")."""
        if " " in hit.entry.key:
            return False
        start, _ = norm.names.span(hit.start, hit.end)
        previous = _PREVIOUS_CAPITALISED.search(norm.original, 0, start)
        word = fold(previous.group(1)).text if previous else ""
        return bool(word) and not (word in self._common or word in NOT_NAME_WORDS or word in lexicons.NOT_PERSON_HEADS)

    def _fuzzy_registry_hits(
        self, names: str, exact: list[NameHit], registry: RegistryIndex
    ) -> list[NameHit]:
        if not registry.fuzzy_keys:
            return []
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+", names)]
        covered = [(h.start, h.end) for h in exact if h.entry.category & Category.PROTECTED]
        out: list[NameHit] = []
        for size in (2, 3):
            for i in range(len(tokens) - size + 1):
                start, end = tokens[i][0], tokens[i + size - 1][1]
                if any(start < e and s < end for s, e in covered):
                    continue  # an exact registry hit already explains these words
                window = " ".join(names[s:e] for s, e in tokens[i : i + size])
                found = process.extractOne(
                    window, registry.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.config.fuzzy_min_ratio
                )
                if found is None:
                    continue
                entry = registry.fuzzy_entries[found[2]]
                if len(entry.key.split()) != size:
                    continue  # a near-miss must have as many words as the name
                fuzzy_entry = ListedName(
                    key=entry.key, display=entry.display, category=Category.PROTECTED,
                    sources=[SOURCE_REGISTRY_FUZZY], person_id=entry.person_id, verified=entry.verified,
                )  # fmt: skip
                out.append(NameHit(start, end, fuzzy_entry))
        return out


def _in_context(norm: NormalizedText, hits: list[NameHit], *, sexual: bool) -> list[NameHit]:
    """Entries of the open lists count only in their context (decision 0026): an artist beside a style cue
    ("dipinta come X", "X tarzında"); a character in a text that is not sexual (the lists do not say which
    characters are children), seeks no real person's likeness and names no role or band; a character named
    like a person ("Joyce Byers") only in a text about no photograph and not after "portrait of"."""
    names, words = norm.names.text, norm.words.text
    characters = not sexual and not (
        LIKENESS_OR_REAL.search(words) or roles.names_a_role(words) or frames.GROUP_ANYWHERE.search(words)
    )
    photographic = bool(frames.REALISM_CUES.search(words) or frames.PHOTOGRAPHIC_CUES.search(words))
    # a painting medium, in a text that is not sexual and seeks no likeness: a museum artist as a tag is a style
    about_art = not sexual and not LIKENESS_OR_REAL.search(words)
    medium = about_art and bool(PAINTING_MEDIUM.search(words) or ART_MOVEMENT.search(words))
    # ... or a painting's kind or brushwork, or the medium itself: "like" the artist is then their manner (session 23)
    painting = medium or (about_art and bool(PAINTING_GENRE.search(words) or frames.PAINTING.search(words)))
    kept: list[NameHit] = []
    for hit in hits:
        entry = hit.entry
        if not entry.needs_context:
            kept.append(hit)
            continue
        before, after = names[max(0, hit.start - 48) : hit.start], names[hit.end : hit.end + 48]
        if entry.category & Category.ARTIST and (
            style_cited(before) or STYLE_WORD_AFTER.match(after) or frames.STYLE_VERB_AFTER.match(after)
            or (medium and bare_tag(before, after)) or (painting and LIKE_BEFORE.search(before))
        ):
            kept.append(hit)
        elif entry.category & Category.FICTIONAL and characters:
            if SOURCE_OPEN_CHARACTERS_NAME_LIKE not in entry.sources or not (
                photographic or frames.LIKENESS_BEFORE.search(before)
            ):
                kept.append(hit)
    return kept


def _capitalised(norm: NormalizedText, hit: NameHit) -> bool:
    start, _ = norm.names.span(hit.start, hit.end)
    return norm.original[start : start + 1].isupper()


_DETERMINERS = frozenset("a an the this that these those some any one two my your his her its our their every each no".split())


def _acting_in_lower_case(norm: NormalizedText, hit: NameHit) -> bool:
    """A listed name made of words ("jack white", "bill hicks") in a line written in lower case, followed by
    what a person does or is cast as ("jack white spraying graffiti", "randy savage roller skating"), or with a
    role beside it ("xqc streamer"): the person, where the words alone would be words."""
    start, end = norm.names.span(hit.start, hit.end)
    if not norm.original[start:end].islower():
        return False
    before = re.findall(r"[^\W\d_]+", norm.names.text[max(0, hit.start - 16) : hit.start])
    if before and before[-1] in _DETERMINERS:
        return False  # "a drake swimming": a determiner makes it the word
    after = norm.names.text[hit.end : hit.end + 40]
    # Round 11: a role beside it names the person too ("meme with xqc streamer", "the streamer xqc")
    role = roles.ROLE_AFTER.match(after) or roles.ROLE_BEFORE.search(norm.names.text[max(0, hit.start - 32) : hit.start])
    return bool(frames.CAST_AFTER.match(after) or frames.ACTION_AFTER.match(after) or frames.verb_after(after) or role)


def _every_word_capitalised(norm: NormalizedText, hit: NameHit) -> bool:
    """ "Watson Emma" is a reversed name; "the smith will" is not "Will Smith"."""
    start, end = norm.names.span(hit.start, hit.end)
    return all(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", norm.original[start:end]))


# An article right before a name ("du", "le", "el", "il", "the"), in the original text
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:du|au|le|la|el|del|al|il|lo|the|der|die|das|dem|den|het|de la)\s+$", re.IGNORECASE)


def _hyphenated_thing(original: str, span: tuple[int, int], display: str) -> bool:
    """A listed name of several words written as one hyphenated word after an article: "Rendu réaliste du
    Charles-de-Gaulle au large de Toulon" is the aircraft carrier, as French names ships, streets and schools (round
    21). Capitalised only: "emma-watson" in lower case is an evasion, not a name given to a thing."""
    raw = original[span[0] : span[1]]
    return (
        " " in display and " " not in raw and raw.count("-") >= display.count(" ") and raw[:1].isupper()
        and bool(_ARTICLE_BEFORE.search(original, max(0, span[0] - 8), span[0]))
    )

