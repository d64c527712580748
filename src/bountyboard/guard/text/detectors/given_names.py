"""A person's name that no list holds: a known given name followed by a surname-shaped word, anywhere.

Runs on the ``names`` view, where evasions are already undone (leetspeak, dotted, spaced and joined
letters), and undoes the rest itself: hashtags, CamelCase and run-together names are split on a known
given-name prefix ("#ZoeFelix", "zoefelix" -> zoe felix); emoji between the words are skipped. Both
the diacritic-free and the original spellings count (the view is folded; the original decides case).

Strong (``corroborated``: the policy treats it as a real person): the surname is a known surname, or
both words are capitalised, or the name was hidden (split from one token). Weak otherwise. A name
cited as a style ("by ...", "in the style of ...") or in a text that says its people are invented is
left alone; so are spans a list already explains (fictional characters, brands, artists).
"""

from __future__ import annotations

import re
from typing import Any

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import (
    fiction_frames,
    frames,
    lexicons,
    name_words,
    named_things,
    pair_frames,
    roles,
)
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.hidden_names import HIDDEN, IF_FRAMED, MIN_SURNAME, WEAK, HiddenNames
from bountyboard.guard.text.detectors.listed_context import (
    LIST_REACH,
    TagLists,
    style_cited,
    styles_listed_before,
)
from bountyboard.guard.text.letter_case import NEXT_CAPITALISED, SENTENCE_OPEN, lower_case_line
from bountyboard.guard.text.name_words import ARTICLES, NOT_NAME_WORDS, PARTICLES, surname_ending
from bountyboard.guard.text.normalize import View, fold, normalize_name
from bountyboard.guard.text.slavic_cases import place_in_a_case

_TOKEN = re.compile(r"[^\W\d_]+")
# Between a given name and a surname: spaces, or symbols such as emoji, but no punctuation that
# separates items ("Anna, Berlin") and no line break.
# "Ben & Jerry's" is two names, or a brand; "Z 'Świata według Kiepskich' – Halina": a dash or a quotation mark
# between two words ends a title or a clause
_GAP = re.compile(r"[^\w,.;:!?()\[\]{}|/\n\"&+–—“”„«»]{1,4}")
_NAMES_ONLY_CAPITALISED = frozenset(
    # prepositions ("nude per rossetti", "sem nada")
    "per con sem sin dal als tra fra "
    # round 11: words for a person ("Guy Ritchie", "Man Ray", "Boy George"; "a man recmming", "two guy thers" in
    # Six-CD's scrambled prompts)
    "man guy boy gal "
    # round 15: everyday words of a prompt: "luz cálida" (light in Spanish and Portuguese), "ich will riesige
    # regale" (German "want"), "sur son vélo" (French "his")
    "luz will son".split()
)
_HYPHEN_COMPOUND = re.compile(r"[^\W\d_]{2,}-[^\W\d_]{2,}")
_INDEFINITE = frozenset("an un une una uno ein eine einen einem einer een um uma numa num".split())
# Portuguese, Spanish and Italian put a definite article before a person's name ("Quero a Tabata Amaral", "la
# Ferragni"): capitalised after one, two words are a name as often as a thing (round 20)
_ARTICLES_BEFORE_NAMES = frozenset("a o la il el".split())
_SEXUAL_NEXT_REACH = 3  # a sexual word starting this close after a pair follows it right away ("beaugrand nue")
_OF_WORDS = frozenset("of de d du del da do di della von van z ze".split())
_APOSTROPHE_PREFIX = re.compile(r"\b[od]['’]$")
_NEXT_WORD = re.compile(r"^[ \t]?([^\W\d_]+)")
_TWO_WORDS = re.compile(r"^[ \t]?([^\W\d_]+) ([^\W\d_]+)")
_ONE_WORD_ALONE = re.compile(r"\s*([^\W\d_]+)(?=\s*(?:[,.;:!?)\n]|$)|\s+[^\W\d_A-Z])")  # no capitalised word after it
_CAPITALISED_THEN_WORD = re.compile(rf"^[ \t][{name_words.UPPER}][^\W\d_]* ([^\W\d_]+)")  # the word right after, not across a dash or comma
_STRONG, _WEAK, _HIDDEN, _IF_FRAMED = "strong", WEAK, HIDDEN, IF_FRAMED  # the strengths hidden_names gives too
_TRAILING_WORDS = re.compile(r"(?:[^\W\d_]+ ){1,2}$")
_ONE_TRAILING_WORD = re.compile(r"[^\W\d_]+ $")
# The case endings of Czech and Polish adjectives and a Czech possessive, folded ("Českých", "Wielkiego", "Nového",
# "Wolkerův"): no given name ends so
_CASE_ADJECTIVE = re.compile(r"(?:ych|ymi|eho|ego|uv)$")
_NEAR_SEXUAL = 80  # characters between a name and a sexual word for "sexual context"
_BESIDE_SEXUAL = 16  # a sexual word right beside the name, ", lingerie": the item itself is sexual


class GivenNameDetector:
    name = "given-name-surname"

    def __init__(
        self, given_names: frozenset[str], surnames: frozenset[str], common_words: frozenset[str],
        split_given_names: frozenset[str] | None = None, rare_given_names: frozenset[str] = frozenset(),
        frequent_words: frozenset[str] = frozenset(), frequent_words_folded: frozenset[str] = frozenset(),
        place_words: frozenset[str] = frozenset(),
    ) -> None:
        self._given = given_names
        # Countries, regions and cities ("jamaica", "verde"): after a long-tail given name in lower case, a town and its
        # country ("kingston jamaica") or a colour ("loden verde"), unless a surname too (session 20)
        self._places = place_words
        # Given names only the long tail holds (guard/data/ssa/: "Achilles", "Gatsby", "Thompson"): a name
        # only before a word no dictionary holds, never before an ordinary word ("thompson fighting").
        self._rare = rare_given_names
        # A run-together token is split only on a given name common enough that a word of some language
        # rarely starts with it by chance ("aven|tures" is French, not a name).
        self._split_given = given_names if split_given_names is None else split_given_names
        self._surnames = surnames
        self._common = common_words | NOT_NAME_WORDS
        # The frequent words of the nine languages besides English, accents kept (decision 0039): the English
        # dictionary above does not know "fotografia grande" or "vieux marin" are words.
        self._frequent = frequent_words
        self._frequent_folded = frequent_words_folded
        # one token hiding a name ("zoefelix", "#IrisVargas"); the frequent words, folded, say "karikatur" is a word
        self._hidden = HiddenNames(
            given=given_names, split_given=self._split_given, surnames=surnames, common=self._common,
            frequent_folded=frequent_words_folded,
        )

    def _from_a_work(self, raw_after: str) -> bool:
        """"from Starfall Chronicles", "aus dem Tatort" after a name: the work a character is from; not a town the
        person lives in ("Kayla Brennan from Darwin, the insta girl": session 20)."""
        work = name_words.FROM_A_WORK.match(raw_after)
        return work is not None and not self._town_after(raw_after, work.end() - 1)

    def _town_after(self, raw: str, position: int) -> bool:
        """One word of a place list at ``position``, nothing capitalised after it: a town or a country."""
        town = _ONE_WORD_ALONE.match(raw, position)
        return town is not None and fold(town.group(1)).text in self._places

    def _inflected(self, word: str) -> bool:
        """A lower-case word's ending makes it an inflected word, no surname: a Turkish case ("odasında"), a gerund
        ("quemando un libro") no list knows as a name."""
        return word.endswith(name_words.INFLECTED_ENDINGS) or (
            bool(name_words.GERUND.search(word)) and word not in self._surnames and word not in self._given
        )

    def _surname_shaped(self, word: str) -> bool:
        return len(word) >= MIN_SURNAME and word not in self._common

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        if context.names_fiction:
            return []
        view = norm.names
        text = view.text
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        noun_capitals = any(w in pair_frames.GERMAN_FUNCTION_WORDS for _, _, w in tokens)
        found: list[tuple[int, int, str, str, str]] = []  # view start, end, given, surname, strength
        skip_to = 0
        sexual_spans_seen = context.sexual_spans  # a property that builds its list: read once a scan, not once a pair
        sexual_text = bool(sexual_spans_seen)
        sexual_ahead = SpanIndex((s, s + 1) for s, _ in sexual_spans_seen)  # where sexual words begin
        skin = bool(frames.SKIN_DETAIL.search(text))  # once a scan: searched once a pair, 50 kB of pairs took 16 s
        for index, (start, end, word) in enumerate(tokens):
            if index < skip_to or _APOSTROPHE_PREFIX.search(text, max(0, start - 2), start):
                continue  # "O'Connell Street": the word after "O'" is a surname's end, not a given name
            if start and (text[start - 1].isdigit() or (text[start - 1] == " " and text[start - 2 : start - 1].isdigit())):
                continue  # "una bambina di 7 anni pianta": after a number comes a unit, not a given name
            pair = self._next_name_word(text, tokens, index)
            if pair is not None and (
                word in roles.NATIONALITIES or word in fiction_frames.DETECTIVE_TITLES or tokens[pair][2] in name_words.PERSON_WORDS
            ):
                pair = None  # "nederlandse vrouw", "ruda kobieta", "Kommissarin X": a nationality, a rank, a word for a person
            if pair == index + 1 and self._double_given_name(word, tokens[pair][2]) and (
                norm.original[view.span(end, tokens[pair][0])[0] : view.span(end, tokens[pair][0])[1]] == "-"
            ):
                continue  # "Jean-Marc Dupont", "karl-friedrich boerne": one double given name; its second half pairs on
            if pair is not None:
                last = tokens[pair]
                caps = all(self._capital(norm.original, view, tokens[i][0], tokens[i][1]) for i in (index, pair))
                pair_span = view.span(start, last[1])
                strength = self._pair(
                    norm.original, pair_span, word, last[2], caps=caps, noun_capitals=noun_capitals, sexual_text=sexual_text,
                    sexual_next=sexual_ahead.overlaps(
                        (weight_end := pair_frames.weight_end(norm.original, pair_span[1])), weight_end + _SEXUAL_NEXT_REACH
                    ),
                )
                if pair > index + 1 and word not in self._given and not (
                    caps and word not in self._common and len(word) >= MIN_SURNAME
                    and tokens[index + 1][2] in name_words.SURNAME_PARTICLES and word not in name_words.NOUNS_BEFORE_VAN
                ):
                    # "Cartaz da Torre": a particle name needs a known given name ("Vince van Gogh"), unless
                    # the particle is one only surnames have ("Evy van Voorhout"), or a role follows ("jorrit de
                    # kloet, dutch darts player": round 16)
                    tail = text[last[1] : last[1] + 60]
                    role_after = (roles.ROLE_AFTER.match(tail) or roles.ROLE_ASIDE_AFTER.match(tail)) and word not in self._common
                    strength = _WEAK if role_after and last[2] not in self._common else None
                if strength is None and pair == index + 1 and caps and noun_capitals:
                    strength = self._german_pair(text, start, last[1], word, last[2])
                if strength is None and pair == index + 1 and not caps and not self._inflected(last[2]):
                    name_end = view.span(start, last[1])[1]
                    sexual_next = sexual_ahead.overlaps(name_end, name_end + 24)
                    strength = self._framed_lower_pair(
                        norm.original, text, view, start, last[1], word, last[2], sexual_next=sexual_next, skin=skin
                    )
                if strength and self._words_of_a_language(
                    norm.original[slice(*view.span(start, last[1]))], word, strength=strength, caps=caps, sexual_text=sexual_text
                ):
                    strength = None
                if strength:
                    found.append((start, last[1], word, last[2], strength))
                    skip_to = pair + 1
                    continue
            if len(word) >= 2 * MIN_SURNAME and word not in self._common:
                hidden = self._hidden.read(norm.original, view.span(start, end), word)
                if hidden and hidden[2] == _IF_FRAMED:
                    hidden = (*hidden[:2], _HIDDEN) if pair_frames.person_position(text, start, end, sexual_ahead, view) else None
                if hidden:
                    found.append((start, end, *hidden))
        if not found:
            return []
        taken = SpanIndex(context.explained + [s.span for s in context.signals if s.span and _strong(s)])
        # A name shape an earlier rule found stays that rule's finding, unless the text is sexual and this
        # rule is surer (then the policy sees both and blocks).
        shapes = [s for s in context.signals if s.kind is SignalKind.NER_PERSON and s.span]
        shape_spans = SpanIndex(s.span for s in shapes if s.span)
        sure_shape_spans = SpanIndex(s.span for s in shapes if s.span and s.detail.get("corroborated"))
        sexual_spans = context.sexual_spans
        sexual = SpanIndex(sexual_spans)
        drawn = frames.drawn_fiction(norm.words.text)
        public_role = roles.names_a_role(norm.words.text)
        # Weighted names in a row are a list of artists ("(Mario Sironi:1.2), (Ian Miller:1.2)"); never in
        # sexual text, where a weighted name is the subject as often as a style.
        slots: list[tuple[int, int]] = []
        if not sexual_spans and ":" in norm.original:
            candidates = [view.span(f[0], f[1]) for f in found] + [
                s.span for s in context.signals if s.span and s.kind is SignalKind.STYLE_REFERENCE
            ]
            slots = [slot for c in candidates if (slot := frames.weighted_slot(norm.original, c))]
            # ... and a weighted name no rule found ("(torres garcía:1.3), (pedro figari:0.7)": session 20)
            slots += [slot for slot, words in frames.weighted_items(norm.original) if self._name_like(words)]
        style_ends = {s.span[1]: s.span[0] for s in context.signals if s.span and s.kind is SignalKind.STYLE_REFERENCE}
        style_spans = [(first, last) for last, first in style_ends.items()]
        # The artists the text names as a style (and, below, the characters it names from their work), by the first
        # four letters of each word: written again in another form ("w stylu Jakuba Różalskiego ... jak obrazy Jakuba
        # Różalskiego"), the name is that artist or character again.
        not_people_names = {
            (words[0][:4], words[-1][:4])
            for s in context.signals
            if s.kind is SignalKind.STYLE_REFERENCE and s.label and len(words := normalize_name(s.label).split()) > 1
        }
        places: set[tuple[str, str]] = set()  # the names the text gives a place or a ship
        tag_lists = TagLists(norm.original) if style_spans else None
        out: list[Signal] = []
        nobody = not sexual_spans and named_things.nobody_depicted(norm.words.text)
        for start, end, given, surname, strength in found:
            span = view.span(start, end)
            if taken.overlaps(*span) or sexual.overlaps(span[0], span[0] + 1):
                continue  # a listed name, a brand, a character, an earlier finding, or the sexual words themselves
            if " " in text[start:end] and (sexual.overlaps(span[1] - 1, span[1]) or surname in roles.ROLE_WORDS):
                # "jimin shirtless", "rei nude": a given name opening sexual words is the name; the word after it
                # is what the request asks, and a moderator reads the name alone. So with a role after it: "nayeon
                # idol" is Nayeon the idol, and a nationality is no name ("polska youtuberka")
                if given in roles.NATIONALITIES:
                    continue
                end, surname = start + len(given), ""
                span = view.span(start, end)
            if shape_spans.overlaps(*span) and (not sexual_spans or sure_shape_spans.overlaps(*span)):
                continue
            raw_after = norm.original[span[1] : span[1] + 48]
            if name_words.WORK_TITLE_BEFORE.search(norm.original[max(0, span[0] - 48) : span[0]]):
                continue  # "Eric Vanderburg uit Flikken Maastricht": the title of the work a character is from
            from_a_work = self._from_a_work(raw_after)
            if from_a_work or (
                raw_after.lstrip().startswith("(") and not roles.ROLE_IN_PARENS.match(fold(raw_after).text)
                and not public_role  # "Poslankyně ... Olga Nováková (Piráti)": a party, not a franchise (round 16)
                and not pair_frames.WHERE_IN_BRACKETS.match(raw_after)  # "(Weingut in Gimmeldingen, Pfalz)": where they work
                and not self._town_after(raw_after, raw_after.index("(") + 1)  # "Kayla Brennen (Darwin)": their town
            ):
                # "Kira Holloway from Starfall Chronicles", "Yor Forger (Spy x Family)": a character; named from its
                # work, in every mention of the text ("Charlotte Lindholm Boudoir\n... Charlotte Lindholm aus dem
                # Tatort": round 16)
                if from_a_work:
                    not_people_names.add((given[:4], surname[:4]))
                continue
            before = text[max(0, start - 60) : start]
            after = text[end : end + 64]
            word_before = before.split()[-1] if before.split() else ""
            two_before = before.split()[-2] if len(before.split()) >= 2 else ""
            raw = norm.original[span[0] : span[1]]
            if strength != _HIDDEN and _HYPHEN_COMPOUND.fullmatch(raw) and not (
                span[0] and (norm.original[span[0] - 1].isalnum() or norm.original[span[0] - 1] == "#")
            ) and (
                given in self._rare or given not in self._given or norm.original[span[1] : span[1] + 1] == "-"
            ) and not (raw.islower() and self._hyphenated_name(given, surname)):
                continue  # "Kaiser-Wilhelm-Gedächtniskirche", "Eiger-Nordwand": one hyphenated word is a compound
            if fiction_frames.detective_named(before, norm.words.text, after):
                not_people_names.add((given[:4], surname[:4]))
                continue  # "Kommissar Peter Faber", "Inspector Orla Vexmoor": crime fiction's hero (round 21)
            if named_things.product_word(given) or named_things.product_word(word_before) or (
                word_before in _OF_WORDS and two_before in named_things.CONTAINERS
            ):
                continue  # "Opel Manta", "botella de Estrella Galicia": a make's model, a container's brand
            if given in named_things.PET_WORDS or word_before in named_things.PET_WORDS:
                continue  # "Kedim Pamuk", "mijn hond Max": a pet
            if named_things.place_word_before(before) or named_things.place_word_after(after) or (
                named_things.institution_run_before(norm.original[max(0, span[0] - 80) : span[0]])
            ) or (
                (head := _NEXT_WORD.match(after)) and named_things.possessive_place(surname or given, head.group(1))
            ) or (
                word_before in self._given and named_things.place_word_before(before[: before.rstrip().rfind(" ") + 1])
            ):
                # "la avenida de Concha Espina", "Gorch Fock unter vollen Segeln", "Stadio Diego Armando Maradona"
                # (a given name of the same name between): a place or a ship, in every mention of a text that is
                # not sexual (round 17)
                places.add((given[:4], surname[:4]))
                continue
            if named_things.compound_place(surname) or ((head := _NEXT_WORD.match(after)) and named_things.compound_place(head.group(1))):
                places.add((given[:4], surname[:4]))
                continue  # "het Jan Breydelstadion", "Käthe Wohlfahrt Weihnachtsladen": a place bears the name (round 19)
            if named_things.place_word(given) or (
                (surname in named_things.PLACE_AFTER_NAME or named_things.place_word(surname)) and surname not in self._surnames
            ) or ((head := _NEXT_WORD.match(after)) and head.group(1) in named_things.PLACE_AFTER_NAME):
                continue  # "Galleria Vittorio", "Letišti Václava", "Galata Kulesi", "Goethe-Haus", "Ilustracja Mostu": a place
            if strength == _WEAK and word_before in ARTICLES and not (
                word_before in _ARTICLES_BEFORE_NAMES and _every_word_capitalised(raw) and two_before
                and two_before not in self._common  # "a photo of a Microsoft store": English's "a" is no such article
                and not all(w in self._common or fold(w).text in self._frequent_folded for w in (given, surname))
            ):
                continue  # "un bosco incantato", "een betoverd bos": an article opens a noun phrase, not a name
            if word_before in _INDEFINITE and raw.islower() and not frames.LIKENESS_AFTER.match(after):
                continue  # "numa mina enorme": after "a" comes a thing, in lower case ("a jane doe lookalike" stays)
            if (two := _CAPITALISED_THEN_WORD.match(raw_after)) and fold(two.group(1)).text in named_things.PLACE_AFTER_NAME:
                places.add((given[:4], surname[:4]))
                continue  # "Kadir Tunçel Kültür Merkezi": a place named after someone, its head two words on
            if (head := _NEXT_WORD.match(after)) and (head.group(1) in lexicons.NOT_PERSON_HEADS or (
                # "norman manley international airport", "X memorial hospital": a qualifier, then the head (session 20)
                head.group(1) in named_things.HEAD_QUALIFIERS and (two := _TWO_WORDS.match(after)) is not None
                and two.group(2) in lexicons.NOT_PERSON_HEADS
            )):
                # "the Marie Curie Institute", "Kennedy Airport", "Ali Nazik kebap": a place or thing named after someone,
                # in every mention of a text that is not sexual ("Ali Nazik dataseti ... Ali Nazik kebap": round 23)
                if head.group(1) not in name_words.PERSON_WORDS:
                    places.add((given[:4], surname[:4]))  # "j3nn40rt woman" is no place: its other mentions stay
                continue
            # "by Ferdinand Georg Waldmuller": the cue may stand before earlier words of the same name
            # (never before ordinary words: "pixar-style figurine of X" is no style)
            befores = (before, *(
                before[: m.start()] for m in (_ONE_TRAILING_WORD.search(before), _TRAILING_WORDS.search(before))
                if m and not any(w in self._common for w in m.group(0).split())
            ))  # fmt: skip
            cited_before = any(
                frames.STYLE_BEFORE.search(b) or frames.STYLE_VERB_BEFORE.search(b) or frames.AUTHOR_BEFORE.search(b) for b in befores
            ) or bool(frames.AUTHOR_AFTER.match(after))  # "romány Michala Sýkory": a book's author (session 19)
            if cited_before or any(pair_frames.STYLE_BEFORE_MORE.search(b) for b in befores) or (
                frames.style_word_after(after) or frames.STYLE_VERB_AFTER.match(after) or frames.MOVEMENT_AFTER.match(after)
            ):
                # only a style cue right before the name speaks for every mention of it ("X estilo pixar" is X drawn as
                # Pixar draws; "de X y" a list), and the postpositions that mean "in X's style" ("X tarzında": round 21)
                if cited_before or frames.STYLE_VERB_AFTER.match(after) or frames.STYLE_AFTER_MORE.match(after):
                    not_people_names.add((given[:4], surname[:4]))
                continue  # "by Anna Kowalska": a style reference, not a depiction
            listed_style = (
                style_cited(text[max(0, start - LIST_REACH) : start])
                or styles_listed_before(norm.original, span[0], style_ends, needed=1)
                or (tag_lists is not None and tag_lists.in_list_of_styles(span, style_spans))
            )
            cast = frames.LIKENESS_AFTER.match(after) or frames.ACTION_AFTER.match(after)
            # In sexual text only a list a style cue opens counts, and not for a name the sexual words stand beside.
            near_sexual = sexual.overlaps(span[0] - _BESIDE_SEXUAL, span[1] + _BESIDE_SEXUAL)
            cued = style_cited(text[max(0, start - LIST_REACH) : start])
            if listed_style and not cast and not near_sexual and (cued or not sexual_spans):
                continue  # "by kawase hasui, moebius, edward hopper and steven outram": a later item of a list of styles
            if slots and (slot := frames.weighted_slot(norm.original, span)) and frames.weighted_neighbours(
                norm.original, slots, slot
            ):
                continue  # "(Anna Kowalska:1.2), (Ian Miller:1.1)": one of several weighted artists
            if strength == _WEAK and raw.islower() and pair_frames.PLACE_PREPOSITION_BEFORE.search(before) and not near_sexual:
                continue  # "em mata de araucárias", "in gran canaria": a weak lower-case pair where a place goes (session 17)
            detail: dict[str, Any] = {"given_name": given, "surname": surname}
            if nobody and strength != _HIDDEN:  # "bez ludzi", "Geen mensen nodig": a place or a brand (round 21)
                if strength == _WEAK and not pair_frames.person_position(text, start, end, sexual_ahead, view):
                    continue  # a weak pair where no person stands is dropped; a sure one goes to a moderator
                strength = _WEAK
            if drawn and strength == _STRONG:
                strength = _WEAK  # "Manon Vale, anime": in a drawn medium an unlisted name may be an invented one
            if drawn and strength == _WEAK:
                detail["drawn_medium"] = True
            if strength in (_STRONG, _HIDDEN):
                detail["corroborated"] = True
            if strength == _HIDDEN:
                detail["hidden"] = True
            if not drawn and sexual.overlaps(span[0] - _NEAR_SEXUAL, span[1] + _NEAR_SEXUAL):
                detail["sexual_context"] = True
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:given-name-surname",
                    score=0.5 if strength == _WEAK else 0.8, text=norm.original[span[0] : span[1]], span=span,
                    label=f"{given} {surname}".strip(), detail=detail,
                )
            )  # fmt: skip
        # a name the text cites as a style anywhere (a listed artist, or a cue before this rule's name) is that artist
        # everywhere ("Kabouters zoals Rien Poortvliet ... precies de stijl van Rien Poortvliet"); so is a character
        # named beside its work
        if not sexual_spans:
            not_people_names |= places
        return [s for s in out if (s.detail["given_name"][:4], s.detail["surname"][:4]) not in not_people_names]

    def _words_of_a_language(self, raw: str, given: str, *, strength: str, caps: bool, sexual_text: bool) -> bool:
        """A pair the frequent words of the nine languages say is no name (decision 0039; round 19)."""
        first = raw.lower().split()[0] if raw.split() else ""
        if first.endswith(("á", "ý")) and first in self._frequent:
            return True  # "zlatá hodina", "nová budova": a Czech adjective, no "Zlata" or "Nova" (no given name ends so)
        if caps or strength != _WEAK or (given in self._given and given not in self._rare):
            return False
        # "fotografia grande angular", "vieux marin, ciré jaune": two words of a language. In sexual text two such words
        # may be a name ("evrim keklik, sexy"), unless accents show they are written as words ("vlastní postava")
        return self._ordinary_words(raw) and (not sexual_text or not raw.isascii())

    def _ordinary_words(self, raw: str) -> bool:
        """A lower-case pair written as words (no letters spelt out) whose first and last words are both
        frequent words of one of the nine languages: "longa exposição", "titanio ondulado" (round 17)."""
        words = raw.lower().split()
        return len(words) >= 2 and all(len(w) >= 3 and w in self._frequent for w in (words[0], words[-1]))

    def _name_like(self, words: str) -> bool:
        """Two or three words of an attention weight that read as someone's name: no English word, a known given name
        or surname among them, and no Romance adjective last ("cara detallada"); two frequent words may be one ("torres garcía")."""
        parts = fold(words).text.split()
        return (
            len(parts) in (2, 3) and all(p.isalpha() and p not in self._common for p in parts)
            and any(p in self._given or p in self._surnames for p in parts)
            and not (pair_frames.ROMANCE_ADJECTIVE.search(parts[-1]) and parts[-1] not in self._surnames)
        )

    def _noun_and_adjective(self, first: str, second: str) -> bool:
        """A frequent word, then a word ending as Romance participles and adjectives do and no surname ("cara
        detallada", "pelle abbronzata"): a noun and its adjective, whatever given name the first word also is."""
        return first in self._frequent_folded and (
            second in self._frequent_folded or (bool(pair_frames.ROMANCE_ADJECTIVE.search(second)) and second not in self._surnames)
        )

    def _given_before_word_surname(self, first: str, second: str) -> bool:
        """A known given name that is no word of any language here ("terri"), then a surname that is an ordinary word
        too ("hall"): in lower case a name only where the text puts the person it depicts."""
        return (
            first in self._given and first not in self._common and first not in self._frequent_folded
            and second in self._surnames
        )

    def _double_given_name(self, first: str, second: str) -> bool:
        """Two common given names joined by a hyphen ("Jean-Marc", "Anne-Marie", "Karl-Friedrich"): one given name."""
        return first in self._given and second in self._given and first not in self._rare and second not in self._rare

    def _hyphenated_name(self, given: str, surname: str) -> bool:
        """A lower-case hyphenated token that is a name written as one word, the evasion #8 lists ("ricarda-kowalski",
        "pauline-marchal-dubois"): a given name, then no common second given name ("anne-marie", "mary-jane shoes"),
        and a known surname after a long-tail given name. Compound nouns are capitalised or start with no name."""
        second_given = surname in self._given and surname not in self._rare
        return given in self._given and not second_given and (given not in self._rare or surname in self._surnames)

    @staticmethod
    def _capital(original: str, view: View, start: int, end: int) -> bool:
        """The token starts with a capital in the original text; a leetspeak digit ("3m1ly") may stand for
        either case, so it counts as one."""
        first, last = view.span(start, end)
        return original[first:first + 1].isdigit() or next((c.isupper() for c in original[first:last] if c.isalpha()), False)

    @staticmethod
    def _next_name_word(text: str, tokens: list[tuple[int, int, str]], index: int) -> int | None:
        """The index of the token that may be the surname after ``tokens[index]``: the next one, or the
        one after up to two particles ("Vince van Northeim", "Sedat van der Dussen")."""
        end = tokens[index][1]
        for step in range(index + 1, min(index + 4, len(tokens))):
            gap = text[end : tokens[step][0]]
            if not _GAP.fullmatch(gap) or (gap in ("'", "’") and name_words.APOSTROPHE_SUFFIX.fullmatch(tokens[step][2])):
                return None  # ... "Tarsus'taki": a Turkish case ending
            if tokens[step][2] not in PARTICLES or step == len(tokens) - 1:
                return step
            end = tokens[step][1]
        return None

    def _pair(
        self, original: str, span: tuple[int, int], given: str, surname: str, *, caps: bool, noun_capitals: bool = False,
        sexual_next: bool = False, sexual_text: bool = False,
    ) -> str | None:
        """How strongly "<word> <word>" reads as a person's name; None when it does not.

        ``noun_capitals``: the text is German, where every noun is capitalised ("Helles Holz"), so two
        capitalised words are a name only when the first is a known given name. ``sexual_next``: a sexual word
        follows the pair right away ("cassandre beaugrand nue")."""
        if len(surname) < MIN_SURNAME or surname in NOT_NAME_WORDS or given in NOT_NAME_WORDS:
            return None
        if frames.MOVEMENT.fullmatch(surname):
            return None  # "post-impressionnisme", "neo-expressionism": a painting movement (round 20)
        if not caps and self._inflected(surname):
            return None  # "otel odasında": a Turkish noun with its case ending
        if surname in lexicons.NOT_PERSON_HEADS and surname not in self._surnames:
            return None  # "Karmine Corp": a company; "Noah Fox", "Lauryn Hill" keep their known surnames
        if not caps and given in _NAMES_ONLY_CAPITALISED:
            return None  # "nude per rossetti", "a man walking", "luz cálida": in lower case the word, not the name
        if len(given) < 3 and not caps:
            return None  # "ao estilo", "w koronie": short words are names only when capitalised ("Al Pacino")
        raw = original[span[0] : span[1]]
        if pair_frames.ACRONYM_END.search(raw):
            return None  # "Licencia CC0", "Flux SDXL": an acronym, not a surname
        # "slavko_situm": a handle is written in lower case anywhere; so are a name in leetspeak ("p4olo s0ttocorona"),
        # an evasion on purpose, and a name weighted as a prompt's tag ("(piotr myszka:1.3)": round 21)
        handle = bool(pair_frames.HANDLE_JOIN.fullmatch(raw)) or (
            given in self._given and given not in self._rare and len(surname) >= 4 and surname not in self._common
            and (bool(pair_frames.LEET_WORD.search(raw)) or (
                # weighted: a style as often as a subject, unless sexual words follow it
                sexual_next and not self._noun_and_adjective(given, surname)  # "(cara detallada:1.2)": a detailed face
                and original[max(0, span[0] - 1) : span[0]] == "(" and bool(pair_frames.WEIGHT_AFTER.match(original, span[1]))
            ) or (  # a tag of its own in sexual text: ", melissa naschenweng, pinke lederhose" (round 21)
                sexual_text and not {given, surname} & self._frequent_folded and pair_frames.tag_of_its_own(original, span)
            ))
        )
        def role_aside() -> bool:
            # Asked only when the line's capitals would end the pair: the role pattern is long, and pairs are many.
            if given not in self._given or surname in self._common or any(c.isupper() for c in raw):
                return False
            if given in self._rare and surname in self._frequent_folded:
                return False  # a long-tail name before a word of a language ("bosco incantato") is no name
            return pair_frames.says_who_beside(original, span, likeness=given not in self._frequent_folded)

        if not caps and not handle and (any(c.isupper() for c in raw) or not (
            # a prompt's opening tag keeps its lower case whatever capitals its other tags copy; a word of a
            # language there is the scene ("costa vasca, puerto pesquero, ..."), not a surname
            lower_case_line(original, span) or (pair_frames.opening_tag(original, span) and surname not in self._frequent_folded)
        )) and not role_aside():
            return None  # where the writer uses capitals, a name has them ("Romeo vestito" is not a name)
        if caps and given not in self._given and surname in self._given and surname not in self._rare and (
            SENTENCE_OPEN.search(original, max(0, span[0] - 8), span[0]) and NEXT_CAPITALISED.match(original, span[1])
        ):
            # "Vorrei Livia Burlando", "Copertina Julia Kendall": a sentence's first word is capitalised whatever it
            # is; before a given name and its surname it is a word, not a surname written first (round 16).
            # "Kamilly Jesus fazendo topless" keeps its surname that is also a given name.
            return None
        if caps and given not in self._given and place_in_a_case(fold(original[max(0, span[0] - 6) : span[0]]).text, given, surname):
            return None  # "w Beskidzie Niskim", "v Českém Ráji": a place in a case (session 17)
        strength = self._pair_strength(given, surname, caps=caps, noun_capitals=noun_capitals)
        if strength is None and pair_frames.SPELT_OUT.fullmatch(raw):
            strength = _WEAK  # "s i v  n g e s i": two words spelt out letter by letter hide a name on purpose (round 17)
        if not caps and not handle and strength == _WEAK and not lower_case_line(original, span, strict=True) and not role_aside() and not (
            sexual_next and lower_case_line(original, span)  # "Qqn peut faire cassandre beaugrand nue ?" (round 20)
        ):
            return None  # a line with acronyms or a capitalised first word: only a sure name counts in lower case
        return strength

    def _pair_strength(self, given: str, surname: str, *, caps: bool, noun_capitals: bool) -> str | None:
        """Strong, weak or no name, from what the lists know of the two words."""
        given_word, surname_word = given in self._common, surname in self._common
        if not caps and surname in self._places and given in self._rare and surname not in self._surnames:
            return None
        known_surname = surname in self._surnames or (not surname_word and surname_ending(surname))
        if given in self._rare and surname_word:
            # "thompson fighting": never in lower case; "Terence Booth" capitalised is a name, or a title
            return _WEAK if caps and not noun_capitals else None
        if given in self._rare and not caps:
            # "bosco incantato": in lower case a long-tail name is as often a word of a language no
            # dictionary here holds, so a moderator looks
            return _WEAK
        # known_surname: a listed surname, or a word no dictionary holds that ends like a surname ("Langerová").
        if given in self._given and not given_word:  # "Bridget", "Mateusz"
            if not surname_word or known_surname or caps:
                return _STRONG
            # "bridget gross": a name, or a word after a name; not a verb's form ("jennifer stop", "jill going": session 19)
            return None if surname in name_words.VERBS_AFTER_A_SUBJECT or name_words.VERB_ENDING.search(surname) else _WEAK
        if given in self._given:  # "Grace", "Rose", "Faith": names that are also words
            if caps and (not surname_word or known_surname):
                return _STRONG
            if not caps and not surname_word and (surname not in self._given or surname in self._surnames):
                return _WEAK  # "ruth lorenzo": a surname that is a given name too
            return None
        if _CASE_ADJECTIVE.search(given) and (caps or not given.endswith("ego")):  # lower case too: "z českého krumlova"
            return None  # "z Českých Budějovic", "Wielkiego Księstwa": a Czech or Polish adjective in a case (round 21)
        if caps and not given_word and not surname_word and len(given) >= MIN_SURNAME and not noun_capitals:
            return _STRONG if known_surname else _WEAK  # "Olgierd Flisek": two capitalised non-words
        if caps and noun_capitals and not given_word and known_surname and len(given) >= MIN_SURNAME:
            if given.endswith("er") and given not in self._rare:
                return None  # "Branitzer Park", "Berliner Hinterhof": a German adjective of a place (round 23)
            return _STRONG  # German: "Ortwin Hartmann"; a capitalised noun rarely ends like a surname
        if (
            not caps and (surname in self._surnames or (
                known_surname and not name_words.ADJECTIVE_ENDING.search(surname) and surname not in self._frequent_folded
            ))
            and not given_word and not surname_word and len(given) >= MIN_SURNAME
            and not name_words.ADJECTIVE_ENDING.search(given)  # "funkcionalistická budova": an adjective, then its noun
            and given not in self._frequent_folded  # "vieux berger", "oktoberfest zelt": a word of a language, then a noun
        ):
            # "ruy zapata" in tag soup: an unknown word before a known surname. The Polish and Czech endings
            # that adjectives share are not enough here ("latarnia morska", "futuristická ulička").
            return _WEAK
        return None

    def _german_pair(self, text: str, start: int, end: int, first: str, second: str) -> str | None:
        """German capitalises nouns, so two capitalised unknown words are a name only where a request puts
        its subject: opening a line or after "Porträt von", and followed by what a person does ("Ariane
        Bender beim Bergsteigen", "Uli Hoeneß im Stil der Simpsons", "Porträt von Ortrun Kalb als Ritter").
        Weak: a moderator looks."""
        if min(len(first), len(second)) < MIN_SURNAME or first in self._common or second in NOT_NAME_WORDS:
            return None
        before, after = text[max(0, start - 48) : start], text[end : end + 48]
        opens = not before.strip() or before.rstrip(" ").endswith(("\n", ":"))
        framed = bool(frames.LIKENESS_BEFORE.search(before) or pair_frames.LORA_BEFORE.search(before))
        return _WEAK if (opens or framed) and pair_frames.GERMAN_PERSON_AFTER.match(after) else None

    def _framed_lower_pair(
        self, original: str, text: str, view: View, start: int, end: int, first: str, second: str, *, sexual_next: bool,
        skin: bool,
    ) -> str | None:
        """Tag soup: two lower-case words no dictionary holds, framed as someone depicted ("lora claudine
        guichard", "porträt von oswald pechel") or opening the line before a sexual or action phrase
        ("sante gianvecchio nuda sul letto"): a weak name, for a moderator."""
        before, after = text[max(0, start - 48) : start], text[end : end + 48]
        if min(len(first), len(second)) >= 3 and second in self._common and self._given_before_word_surname(first, second) and (
            frames.LIKENESS_BEFORE.search(before) or frames.LIKENESS_AFTER.match(after)
        ) and lower_case_line(original, view.span(start, end), strict=True):
            # "photo portrait of terri hall, no clothes": a given name that is no word, then a surname that is also one,
            # where the text puts the person it depicts (round 21)
            return _WEAK
        if min(len(first), len(second)) < 3 or second in self._common:
            return None
        opens = not before.strip() or before.rstrip(" ").endswith(("\n", ",", ":"))
        # Round 5: a known given name opening the line right before sexual words is a name in lower case even
        # when it is also a word ("peter olawale wearing nothing but a thong") or the line capitalises its
        # nouns ("barbara schoeneberger nackt, wie ein geleaktes Foto": German capitals are no name's).
        # Round 5: "photo of peace oshodi, bokeh, dslr, highly detailed skin": a photo of someone whose skin the
        # prompt details is a person, whatever the first word also means.
        skin_photo = skin and bool(
            frames.PHOTO_OF_BEFORE.search(before) or frames.PHOTO_OF_AFTER.match(after)
        )
        if skin_photo and second not in self._given and len(second) >= 4:
            return _WEAK
        given_opens_sexual = (
            first in self._given and opens and sexual_next and (second not in self._given or second in self._surnames)
            and " " in original[slice(*view.span(start, end))]  # "selena_pendlmayr" is the joined-name rule's
        )  # fmt: skip
        if (first in self._common or min(len(first), len(second)) < 4 or pair_frames.GERMANIC_ADJECTIVE.search(first)) and (
            not given_opens_sexual
        ):
            return None  # "riesige supermarktregale", "prachtige molens": an adjective and its noun (session 17)
        if not lower_case_line(original, view.span(start, end), strict=True) and not given_opens_sexual:
            return None
        framed = bool(
            frames.LIKENESS_BEFORE.search(before) or frames.SUBJECT_BEFORE.search(before)
            or pair_frames.LORA_BEFORE.search(before) or frames.LIKENESS_AFTER.match(after)
            or pair_frames.PORTRAIT_BEFORE_MORE.search(before) or (opens and pair_frames.PERSON_AFTER_MORE.match(after))
            or roles.ROLE_AFTER.match(after)  # "lonneke vermolen, volleybalster, ...": a role says who (round 16)
            or roles.ROLE_ASIDE_AFTER.match(after)  # ... with its country or kind before it ("botswana sprinter": round 23)
        )  # fmt: skip
        # A close-up tag follows "vieux pêcheur" as readily as a name, and no dictionary here holds every
        # noun of nine languages: such a pair goes to a moderator (weak), which costs less than a missed person.
        framed = framed or bool(opens and pair_frames.TAGGED_AFTER.match(after))
        return _WEAK if framed or (opens and sexual_next) else None


def _strong(signal: Signal) -> bool:
    if signal.kind is SignalKind.NER_PERSON:
        return bool(signal.detail.get("corroborated"))
    return signal.kind in (
        SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.SOCIAL_PROFILE, SignalKind.STYLE_REFERENCE,
        SignalKind.FICTIONAL_CHARACTER,
    )  # fmt: skip


def _every_word_capitalised(raw: str) -> bool:
    return all(word[:1].isupper() for word in raw.split())
