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
from collections.abc import Container
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
    PAINTING_MEDIUM,
    SexualWords,
    TagLists,
    ruled_out,
    style_cited,
    styles_listed_before,
)
from bountyboard.guard.text.detectors.name_pairs import STRONG, NamePairs
from bountyboard.guard.text.detectors.profiles import PLATFORM_NAMES
from bountyboard.guard.text.detectors.surname_first import SurnameFirst
from bountyboard.guard.text.extra_networks import MODEL_TAG_BEFORE
from bountyboard.guard.text.name_words import ARTICLES, NOT_NAME_WORDS, PARTICLES
from bountyboard.guard.text.normalize import View, fold, normalize_name

_TOKEN = re.compile(r"[^\W\d_]+")
# An attention weight right after a name ("Anna Kelvarska (nude:1.3)", "(smiling:1.2)"): a prompt's next item, not the
# work a character is from in brackets (session 38: a weighted sexual word had hidden the name)
_PROMPT_ITEM_IN_PARENS = re.compile(r"\s*\([^()]{1,60}:\s*\d+(?:\.\d+)?\s*\)")
# ... nor the account the person posts on, in brackets ("(insta'da kovan_kralicesi diye geçer)", "(@ruthbakes)": round 47)
_PROFILE_IN_PARENS = re.compile(rf"\s*\(\s*(?:@|[^()\n]{{0,24}}\b{PLATFORM_NAMES}\b)", re.IGNORECASE)
# ... nor what the person does or where, written in lower case after a capitalised name ("Ornella Tarrawong (a kiosk by
# the station, Kettlesby)": session 46, round 51); a work's title in brackets opens with a capital
_DESCRIPTION_IN_PARENS = re.compile(
    r"\s*\(\s*(?!(?:from|aus|vom|von|des|del|della|dei|di|dal|da|do|dos|das|uit|van|of)\s)"
    r"[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž]{3,}\s"
)  # ... but not "from" a work: "(from Starfall Chronicles)"
# German's articles of a noun phrase's case ("der Saal des Goldenen Hirschen"), read before an adjective-shaped word
_GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:des|dem|den|der|das)\s+$")
# Between a given name and a surname: spaces, or symbols such as emoji, but no punctuation that
# separates items ("Anna, Berlin") and no line break.
# "Ben & Jerry's" is two names, or a brand; "Z 'Świata według Kiepskich' – Halina": a dash or a quotation mark
# between two words ends a title or a clause
_GAP = re.compile(r"[^\w,.;:!?()\[\]{}|/\n\"&+–—“”„«»]{1,4}")
_HYPHEN_COMPOUND = re.compile(r"[^\W\d_]{2,}-[^\W\d_]{2,}")
_INDEFINITE = frozenset("an un une una uno ein eine einen einem einer een um uma numa num".split())
# Portuguese, Spanish and Italian put a definite article before a person's name ("Quero a Tabata Amaral", "la
# Ferragni"): capitalised after one, two words are a name as often as a thing (round 20)
_ARTICLES_BEFORE_NAMES = frozenset("a o la il el".split())
_SEXUAL_NEXT_REACH = 3  # a sexual word starting this close after a pair follows it right away ("beaugrand nue")
_OF_WORDS = frozenset("of de d du del da do di della von van z ze".split())
_APOSTROPHE_PREFIX = re.compile(r"\b[od]['’]$")
# "Monte" and "Val" are given names and the Romance words for a mountain and a valley: after an article or a
# preposition of place, or before "di", they name one ("del monte rosa", "in Val Gardena", "della Val di Fiemme")
_MOUNTAIN_OR_VALLEY = frozenset({"monte", "val"})
_MOUNTAIN_OR_VALLEY_BEFORE = re.compile(
    r"\b(?:in|nel|nella|della|del|dello|dal|dalla|sul|sulla|al|alla|la|il|el|en|du|do|da|dans)\s+$"
)
# A point of the compass before a given name makes a place of it ("north carolina lake", "West Virginia": round 37)
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west)\s+$")
_NEXT_WORD = re.compile(r"^[ \t]?([^\W\d_]+)")
_CAST_AFTER = re.compile(rf"\s+{name_words.CAST_AS}\s+[^\W\d_]")  # "X como Luisma": X plays someone
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")  # nothing before it on its line
_TWO_WORDS = re.compile(r"^[ \t]?([^\W\d_]+) ([^\W\d_]+)")
_ONE_WORD_ALONE = re.compile(rf"\s*([^\W\d_]+)(?=\s*(?:[,.;:!?)\n]|$)|\s+(?![{name_words.UPPER}])[^\W\d_])")  # nothing capitalised after it
_CAPITALISED_THEN_WORD = re.compile(rf"^[ \t][{name_words.UPPER}][^\W\d_]* ([^\W\d_]+)")  # the word right after, not across a dash or comma
_STRONG, _WEAK, _HIDDEN, _IF_FRAMED = STRONG, WEAK, HIDDEN, IF_FRAMED  # the strengths name_pairs and hidden_names give
# After a surname's initial: its dot, then no capitalised word ("Emma W. nude", "Anna K., 34"; not "Anna M. Nowak"); or
# no dot, as chats write it ("Ruth H from the pharmacy", session 40), but not a roman numeral ("Henry V", "Charles X")
_CAPITALISED_WORD_NEXT = re.compile(rf"\s+[{name_words.UPPER}]")
_INITIAL_ENDS = re.compile(rf"(?:\.|(?<![IVX]))(?:$|[\s,;:)!?](?!\s*[{name_words.UPPER}]))")
_THIRD_NAME_WORD = re.compile(rf"[ \t]+{name_words.NAME_WORD}(?=\s)")  # a capitalised word after a pair
_TRAILING_WORDS = re.compile(r"(?:[^\W\d_]+ ){1,2}$")
_ONE_TRAILING_WORD = re.compile(r"[^\W\d_]+ $")
_NEAR_SEXUAL = 80  # characters between a name and a sexual word for "sexual context"
_BESIDE_SEXUAL = 16  # a sexual word right beside the name, ", lingerie": the item itself is sexual
# The word "style" itself after a three-word name's last word ("bedri rahmi eyüboğlu style"), beside the postpositions
# of ``frames.STYLE_AFTER_MORE`` ("... tarzında"): not the looser ``frames.STYLE_AFTER``, whose "painting" is a verb
# there ("poh ling yeow painting at an easel")
_STYLE_WORD_RIGHT_AFTER = re.compile(r"^\s*(?:style|styled|stil|stile|estilo)\b")


_MOST_STYLE_SEARCHES = 64  # 8,000 names of "a band called X, " took 8.7 s (session 43); a name past it stays a person


def _cited_as_a_style_elsewhere(text: str, name: str) -> bool:
    """``name`` follows a style cue somewhere in ``text`` (the names view), in a mention this rule read as no pair
    ("Orkney landscapes like Stanley Cursiter ... painted in the style of stanley cursiter, ..." on a line with
    capitals: round 41)."""
    start = text.find(name)
    while start != -1:
        before = text[max(0, start - 48) : start]
        if frames.STYLE_BEFORE.search(before) and not frames.PLAYED_BY_BEFORE.search(before):
            return True  # "played by Douglas Henshall" casts an actor, no style
        start = text.find(name, start + 1)
    return False


class GivenNameDetector:
    name = "given-name-surname"

    def __init__(
        self, given_names: frozenset[str], surnames: frozenset[str], common_words: frozenset[str],
        split_given_names: frozenset[str] | None = None, rare_given_names: frozenset[str] = frozenset(),
        frequent_words: frozenset[str] = frozenset(), frequent_words_folded: frozenset[str] = frozenset(),
        place_words: frozenset[str] = frozenset(), vocabulary_words: Container[str] = frozenset(),
    ) -> None:
        self._given = given_names
        self._places = place_words  # a town after a name ("from Darwin") is no work
        # Given names only the long tail holds (guard/data/ssa/: "Achilles", "Gatsby", "Thompson"): a name
        # only before a word no dictionary holds, never before an ordinary word ("thompson fighting").
        self._rare = rare_given_names
        # A run-together token is split only on a given name common enough that a word of some language
        # rarely starts with it by chance ("aven|tures" is French, not a name).
        self._split_given = given_names if split_given_names is None else split_given_names
        self._surnames = surnames
        self._common = common_words | NOT_NAME_WORDS | name_words.TITLES  # "Herr Kunzmann": no given name (session 40)
        # The frequent words of the nine languages besides English (decision 0039), folded: the English dictionary
        # above does not know "vieux marin" are words (name_pairs reads them with their accents too).
        self._frequent_folded = frequent_words_folded
        # one token hiding a name ("zoefelix", "#IrisVargas"); the frequent words, folded, say "karikatur" is a word
        self._hidden = HiddenNames(
            given=given_names, split_given=self._split_given, surnames=surnames, common=self._common,
            frequent_folded=frequent_words_folded, vocabulary=vocabulary_words,
        )
        self._surname_first = SurnameFirst(  # "Nowak, Anna", "LEPERS Julien" (surname_first.py)
            given=given_names, surnames=surnames, common=self._common, frequent_folded=frequent_words_folded, places=place_words
        )
        # how strongly two words read as a name (name_pairs.py)
        self._pairs = NamePairs(
            given=given_names, rare=rare_given_names, surnames=surnames, common=self._common, frequent=frequent_words,
            frequent_folded=frequent_words_folded, places=place_words, vocabulary=vocabulary_words,
        )

    def _from_a_work(self, raw_after: str) -> bool:
        """"from Starfall Chronicles", "aus dem Tatort" after a name: the work a character is from; not a town the
        person lives in ("Kayla Brennan from Darwin, the insta girl": session 20)."""
        work = name_words.FROM_A_WORK.match(raw_after)
        return work is not None and not self._town_after(raw_after, work.end() - 1)

    def _german_adjective(self, word: str) -> bool:
        """A frequent word of four letters or more with an adjective's case ending ("goldenen", "alten"), no given name."""
        return len(word) >= 6 and word[-2:] in ("en", "er", "es", "em") and word[:-2] in self._frequent_folded and (
            word not in self._given or word in self._rare
        )

    def _town_after(self, raw: str, position: int) -> bool:
        """One word of a place list at ``position``, nothing capitalised after it: a town or a country."""
        town = _ONE_WORD_ALONE.match(raw, position)
        return town is not None and fold(town.group(1)).text in self._places

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
            if self._surname_initial_after(norm.original, view, tokens, index):
                # "Emma W. nude", "Anna K. nago": a given name and the surname's initial, as the press shortens a private
                # person's name; weak, a block beside sexual words (session 39, found by probing)
                found.append((start, tokens[index + 1][1], word, tokens[index + 1][2], _WEAK))
                skip_to = index + 2
                continue
            if first_strength := self._surname_first.strength(norm.original, view, tokens, index):
                # "LEPERS Julien", "Nowak, Anna": the surname first, as forms and lists write it; weak (session 40)
                found.append((start, tokens[index + 1][1], tokens[index + 1][2], word, first_strength))
                skip_to = index + 2
                continue
            if word in self._common and word not in self._given and word not in self._rare and not (skin or noun_capitals) and (
                (span := view.span(start, end))[1] - span[0] == end - start
            ):
                # a word of a language and no given name opens no pair, nor hides one (most tokens: session 44), unless
                # the view joined its letters ("F é l i n e  M o e t": spelt out on purpose)
                continue
            pair = self._next_name_word(text, tokens, index)
            if pair is not None and (
                word in roles.NATIONALITIES or word in fiction_frames.DETECTIVE_TITLES or word in name_words.FIRM_WORDS
                or tokens[pair][2] in name_words.PERSON_WORDS
                or (noun_capitals and word in pair_frames.GERMAN_WORDS_BEFORE_A_NOUN)
            ):
                # "nederlandse vrouw", "ruda kobieta", "Kommissarin X", "Bäckerei Brenninger": a nationality, a rank, a word for
                # a person, a firm; in German text a function word opening a sentence ("Nur Landschaft": session 26)
                pair = None
            if pair is not None and _COMPASS_BEFORE.search(text, max(0, start - 8), start):
                skip_to = pair + 1
                continue
            if pair is not None and word in _MOUNTAIN_OR_VALLEY and (
                _MOUNTAIN_OR_VALLEY_BEFORE.search(text, max(0, start - 8), start)
                or (pair > index + 1 and tokens[index + 1][2] in {"di", "de", "d", "del", "da", "do", "du"})
            ):
                # "del monte rosa", "in Val Gardena", "della Val di Fiemme": a mountain or a valley, and the word after it
                # its name, no given name either ("rosa con": round 37)
                skip_to = pair + 1
                continue
            if pair == index + 1 and self._pairs.double_given_name(word, tokens[pair][2]) and (
                norm.original[view.span(end, tokens[pair][0])[0] : view.span(end, tokens[pair][0])[1]] == "-"
            ):
                continue  # "Jean-Marc Dupont", "karl-friedrich boerne": one double given name; its second half pairs on
            if pair is not None:
                last = tokens[pair]
                caps = all(self._capital(norm.original, view, tokens[i][0], tokens[i][1]) for i in (index, pair))
                pair_span = view.span(start, last[1])
                strength = self._pairs.read(
                    norm.original, pair_span, word, last[2], caps=caps, noun_capitals=noun_capitals, sexual_text=sexual_text,
                    sexual_next=sexual_ahead.overlaps(
                        (weight_end := pair_frames.weight_end(norm.original, pair_span[1])), weight_end + _SEXUAL_NEXT_REACH
                    ),
                )
                # both words spelt out a letter at a time ("k a y l a  m o r r i s s e y"), read as one token would be
                spelt = pair_frames.spelt_out(norm.original, *pair_span)
                # ... or the given name in leetspeak, or a known surname ("sh4nnon p3ttifer", "emma w4tson"; not "sony
                # a7iii", a camera: session 39)
                # ... or the two joined by an emoji alone ("ruth🌸halloran"); a surname of four letters or more: not "v3lora
                # als" (Dutch "as"), nor "rosa🌹rot"
                spelt = spelt or word in self._given and len(last[2]) > MIN_SURNAME and (
                    pair_frames.LEET_WORD.search(norm.original, *view.span(start, end)) is not None
                    or (last[2] in self._surnames and pair_frames.LEET_WORD.search(norm.original, *pair_span) is not None)
                    or pair_frames.EMOJI_JOINED.fullmatch(norm.original, *pair_span) is not None
                )
                if spelt and word in self._given and len(last[2]) >= MIN_SURNAME:
                    strength = _HIDDEN  # each word spelt out a letter at a time: a name hidden on purpose (round 37)
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
                    strength = self._pairs.german(text, start, last[1], word, last[2])
                if strength is None and pair == index + 1 and not caps and not self._pairs.inflected(last[2]):
                    name_end = view.span(start, last[1])[1]
                    sexual_next = sexual_ahead.overlaps(name_end, name_end + 24)
                    strength = self._pairs.framed_lower(
                        norm.original, text, view, start, last[1], word, last[2], sexual_next=sexual_next, skin=skin
                    )
                if strength and not spelt and self._pairs.words_of_a_language(
                    norm.original[slice(*view.span(start, last[1]))], word, strength=strength, caps=caps, sexual_text=sexual_text,
                    opens_line=pair_frames.opens_a_line(norm.original, view.span(start, last[1])),
                ) and not _CAST_AFTER.match(text, last[1]):
                    strength = None  # ... two words of a language, unless cast as someone ("paco león como luisma": session 20)
                if strength:
                    found.append((start, last[1], word, last[2], strength))
                    skip_to = pair + 1
                    continue
            if len(word) >= 2 * MIN_SURNAME and word not in self._common:
                hidden = self._hidden.read(norm.original, view.span(start, end), word)
                if hidden and hidden[2] == _IF_FRAMED:
                    # ... or after an add-on model's tag ("<lora:ruthhalloran:0.7> portrait"), outside sexual prompts,
                    # whose models are mostly characters' and concepts' ("<lora:yukihana_lamy_v1>": Six-CD; session 39)
                    hidden = (*hidden[:2], _HIDDEN) if pair_frames.person_position(text, start, end, sexual_ahead, view) or (
                        not sexual_text and MODEL_TAG_BEFORE.search(text, max(0, start - 24), start)
                    ) else None
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
        sexual_words = SexualWords(context)
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
            slots += [slot for slot, words in frames.weighted_items(norm.original) if self._pairs.weighted_name(words)]
        painted = bool(PAINTING_MEDIUM.search(norm.words.text) or frames.PAINTING.search(norm.words.text))
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
        nobody = not sexual_spans and named_things.nobody_depicted(norm.words.text) is not None
        for start, end, given, surname, strength in found:
            span = view.span(start, end)
            if taken.overlaps(*span) or sexual.overlaps(span[0], span[0] + 1) or given == surname:
                # a listed name, a brand, a character, an earlier finding, or the sexual words themselves; one word said
                # twice is a place or a stage name ("Bora Bora", "Walla Walla": session 46)
                continue
            if _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 5), start) and self._german_adjective(given):
                continue  # "der Saal des Goldenen Hirschen": an adjective after an article opens a noun phrase (session 46)
            if " " in text[start:end] and (sexual.overlaps(span[1] - 1, span[1]) or surname in roles.ROLE_WORDS):
                # "jimin shirtless", "rei nude": a given name opening sexual words is the name; the word after it
                # is what the request asks, and a moderator reads the name alone. So with a role after it: "nayeon
                # idol" is Nayeon the idol, and a nationality is no name ("polska youtuberka")
                if given in roles.NATIONALITIES or (given in self._rare and given in self._frequent_folded):
                    continue  # ... nor a long-tail name that is a word of a language: "siyah dantel" is black lace
                end, surname = start + len(given), ""
                span = view.span(start, end)
            if shape_spans.overlaps(*span) and (not sexual_spans or sure_shape_spans.overlaps(*span)):
                continue
            raw_after = norm.original[span[1] : span[1] + 48]
            if name_words.WORK_TITLE_BEFORE.search(norm.original[max(0, span[0] - 48) : span[0]]):
                continue  # "Eric Vanderburg uit Flikken Maastricht": the title of the work a character is from
            third = _THIRD_NAME_WORD.match(raw_after) if surname in self._given and surname not in self._rare else None
            # "Ann Kathrin Klaasen aus den Ostfriesenkrimis": two given names and a surname; the work follows the third
            from_a_work = self._from_a_work(raw_after[third.end() :] if third else raw_after)
            if from_a_work or (
                # "Lukas G (unser Capitano)": after a surname's initial a bracket holds a nickname, not a franchise; after
                # a name written surname first ("Pellowitz, Tomasz (prognoza pogody)"), what a form says of the person
                raw_after.lstrip().startswith("(") and len(surname) > 1
                and fold(norm.original[span[0] : span[1]]).text.startswith(given)
                and not roles.ROLE_IN_PARENS.match(fold(raw_after).text)
                and not _PROMPT_ITEM_IN_PARENS.match(raw_after) and not _PROFILE_IN_PARENS.match(raw_after)
                and not (norm.original[span[0]].isupper() and _DESCRIPTION_IN_PARENS.match(raw_after))
                and not sexual.overlaps(span[1], span[1] + raw_after.find(")") + 1 if ")" in raw_after else len(raw_after))
                and not public_role  # "Poslankyně ... Olga Nováková (Piráti)": a party, not a franchise (round 16)
                # "(Weingut in Gimmeldingen, Pfalz)": where they work, read past raw_after's 48 characters
                and not pair_frames.WHERE_IN_BRACKETS.match(norm.original[span[1] : span[1] + 96])
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
            ) and not (raw.islower() and self._pairs.hyphenated_name(given, surname)):
                continue  # "Kaiser-Wilhelm-Gedächtniskirche", "Eiger-Nordwand": one hyphenated word is a compound
            if _HYPHEN_COMPOUND.fullmatch(raw) and given in name_words.NATION_PREFIXES:
                continue  # "BD franco-belge", "Italo-Americano": an adjective of two nations
            if not sexual_spans and ruled_out(before):
                continue  # "Bez portrétu Karla Hašlera", "(not X)": named only to be ruled out (session 20)
            if fiction_frames.detective_named(before, norm.words.text, after):
                not_people_names.add((given[:4], surname[:4]))
                continue  # "Kommissar Peter Faber", "Inspector Orla Vexmoor": crime fiction's hero (round 21)
            # sexual words right after the name, or after the one word that would make it a thing's, make it the subject
            # whatever stands around it: "la trattoria Maria Rossi nuda" is no restaurant, "X Institute nude" no
            # institute (session 36)
            sexual_after = sexual_words.right_after(span)
            head = _NEXT_WORD.match(after)  # the word after the name: a place's, a thing's or a person's head
            # ... unless that word is a person's ("X women cum": the women are who the sexual words are about)
            sexual_after_head = bool(
                head and head.group(1) not in name_words.PERSON_WORDS
                and (sexual_after or sexual_words.right_after(view.span(start, end + head.end())))
            )
            if not sexual_after and (named_things.product_word(given) or named_things.product_word(word_before) or (
                word_before in _OF_WORDS and two_before in named_things.CONTAINERS
            )):
                continue  # "Opel Manta", "botella de Estrella Galicia": a make's model, a container's brand
            lone_given = surname in self._given and surname not in self._surnames  # "Storm Orlagh", not "Storm Reid"
            if not sexual_after and (named_things.pet_or_storm_named(word_before, given, given_name_after=lone_given)):
                continue  # "Kedim Pamuk", "mijn hond Max": a pet; "orkan Teodor", "Storm Orlagh": a storm
            place_around = named_things.place_word_before(before) or named_things.place_word_after(after) or (
                named_things.institution_run_before(norm.original[max(0, span[0] - 80) : span[0]])
            ) or (word_before in self._given and named_things.place_word_before(before[: before.rstrip().rfind(" ") + 1]))
            if (place_around and not sexual_after) or (
                head and named_things.possessive_place(surname or given, head.group(1))
            ):
                # "la avenida de Concha Espina", "Gorch Fock unter vollen Segeln", "Stadio Diego Armando Maradona"
                # (a given name of the same name between): a place or a ship, in every mention of a text that is
                # not sexual (round 17)
                places.add((given[:4], surname[:4]))
                continue
            if named_things.compound_place(surname) and not sexual_after or (
                not sexual_after_head and head and named_things.compound_place(head.group(1))
            ):
                places.add((given[:4], surname[:4]))
                continue  # "het Jan Breydelstadion", "Käthe Wohlfahrt Weihnachtsladen": a place bears the name (round 19)
            if named_things.place_word(given) or (
                (surname in named_things.PLACE_AFTER_NAME or named_things.place_word(surname)) and surname not in self._surnames
            ) or (not sexual_after_head and head and head.group(1) in named_things.PLACE_AFTER_NAME):
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
            if not sexual_after_head and head and (head.group(1) in lexicons.NOT_PERSON_HEADS or (
                # "norman manley international airport", "X memorial hospital": a qualifier, then the head (session 20)
                head.group(1) in named_things.QUALIFIERS and (two := _TWO_WORDS.match(after)) is not None
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
            cited_before = not frames.PLAYED_BY_BEFORE.search(before) and any(
                frames.STYLE_BEFORE.search(b) or frames.STYLE_VERB_BEFORE.search(b) or frames.AUTHOR_BEFORE.search(b) for b in befores
            ) or bool(frames.AUTHOR_AFTER.match(after)) or (not sexual_spans and frames.style_a_before(norm.original, span[0]))
            # "romány Michala Sýkory": a book's author (session 19); "caricatura à Bordalo Pinheiro", not in sexual text
            # (session 22)
            # ... or after a third word of the same name ("bedri rahmi eyüboğlu style", "... tarzında": session 26)
            after_name = after[head.end() :] if head and given in self._given and (
                head.group(1) not in self._common and head.group(1) not in self._frequent_folded
            ) else ""  # a known given name opens it: "okanaytekin kral şakir tarzında" is someone in Kral Şakir's style
            styled_after_name = bool(
                after_name and (
                    _STYLE_WORD_RIGHT_AFTER.match(after_name) or frames.STYLE_AFTER_MORE.match(after_name)
                    or frames.STYLE_VERB_AFTER.match(after_name)
                )
            )
            if cited_before or any(pair_frames.STYLE_BEFORE_MORE.search(b) for b in befores) or (
                frames.style_word_after(after) or frames.STYLE_VERB_AFTER.match(after) or frames.MOVEMENT_AFTER.match(after)
                or styled_after_name
            ):
                # only a style cue right before the name speaks for every mention of it ("X estilo pixar" is X drawn as
                # Pixar draws; "de X y" a list), and the postpositions that mean "in X's style" ("X tarzında": round 21)
                if cited_before or frames.STYLE_VERB_AFTER.match(after) or frames.STYLE_AFTER_MORE.match(after) or styled_after_name:
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
            # the pair may be a three-word name's last two ("(bedri rahmi eyüboğlu:1.3)": session 25)
            weighted = (
                frames.weighted_slot(norm.original, span) or frames.weighted_slot(norm.original, span, word_before=True)
            ) if slots or (not sexual_spans and painted and not cast) else None
            if slots and (slot := weighted) and frames.weighted_neighbours(norm.original, slots, slot):
                continue  # "(Anna Kowalska:1.2), (Ian Miller:1.1)": one of several weighted artists
            if not sexual_spans and painted and not cast and (slot := weighted) and not (
                _LINE_OPENS.search(norm.original, 0, slot[0]) or roles.role_aside_after(norm.original, slot[1])
            ):
                # "kärntner dorfmarkt, ..., (werner berg:1.2), flache farbflächen": one weighted name among a painting's
                # tags is its painter; a subject opens the prompt or has a role beside it ("(laura tobin:1.3), weather
                # presenter": session 21)
                continue
            if strength == _WEAK and raw.islower() and pair_frames.PLACE_PREPOSITION_BEFORE.search(before) and not near_sexual:
                continue  # "em mata de araucárias", "in gran canaria": a weak lower-case pair where a place goes (session 17)
            detail: dict[str, Any] = {"given_name": given, "surname": surname}
            if nobody and strength != _HIDDEN:  # "bez ludzi", "Geen mensen nodig": a place or a brand (round 21)
                if strength == _WEAK and not pair_frames.person_position(text, start, end, sexual_ahead, view):
                    continue  # a weak pair where no person stands is dropped; a sure one is weak (the policy, decision 0051)
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
            not_people_names |= {  # each search reads the whole text: the first names found only, or a long list is quadratic
                (s.detail["given_name"][:4], s.detail["surname"][:4]) for s in out[:_MOST_STYLE_SEARCHES]
                if s.detail["surname"] and (
                    _cited_as_a_style_elsewhere(text, f"{s.detail['given_name']} {s.detail['surname']}")
                    # ... or by its surname alone ("w stylu Dudy-Gracza ... jak obraz Jerzego Dudy-Gracza": session 42)
                    or (len(s.detail["surname"]) >= MIN_SURNAME and _cited_as_a_style_elsewhere(text, s.detail["surname"]))
                )
            }
        return [s for s in out if (s.detail["given_name"][:4], s.detail["surname"][:4]) not in not_people_names]

    @staticmethod
    def _capital(original: str, view: View, start: int, end: int) -> bool:
        """The token starts with a capital in the original text; a leetspeak digit ("3m1ly") may stand for
        either case, so it counts as one."""
        first, last = view.span(start, end)
        return original[first:first + 1].isdigit() or next((c.isupper() for c in original[first:last] if c.isalpha()), False)

    def _surname_initial_after(self, original: str, view: View, tokens: list[tuple[int, int, str]], index: int) -> bool:
        """A known given name, then one capital, its dot or none, and no name after it ("Emma W. nude", "Ruth H nude",
        "sandrine B"; not "Anna M. Nowak", whose initial is a middle one, nor "Plan B." or "Vitamin C.")."""
        if index + 1 >= len(tokens) or len(tokens[index + 1][2]) != 1 or tokens[index][2] not in self._given:
            return False
        word, (initial_start, initial_end, _) = tokens[index][2], tokens[index + 1]
        first, given_end = view.span(tokens[index][0], tokens[index][1])
        start, end = view.span(initial_start, initial_end)
        # the given name capitalised, or all in lower case as tag soup writes it ("sandrine B agente immo": round 45)
        return (
            word not in self._common and len(word) >= 3
            and (original[first : first + 1].isupper() or original[first:given_end].islower())
            and original[end - 1 : end].isupper() and original[first : start] == original[first:start].rstrip() + " "
            and _INITIAL_ENDS.match(original, end) is not None
        )  # fmt: skip

    @staticmethod
    def _next_name_word(text: str, tokens: list[tuple[int, int, str]], index: int) -> int | None:
        """The index of the token that may be the surname after ``tokens[index]``: the next one, or the
        one after up to two particles ("Vince van Northeim", "Sedat van der Dussen") or a middle initial ("Anna M.
        Nowak": session 38)."""
        end = tokens[index][1]
        for step in range(index + 1, min(index + 4, len(tokens))):
            gap = text[end : tokens[step][0]]
            if not _GAP.fullmatch(gap) or (gap in ("'", "’") and name_words.APOSTROPHE_SUFFIX.fullmatch(tokens[step][2])):
                return None  # ... "Tarsus'taki": a Turkish case ending
            initial = (
                step == index + 1 and len(tokens[index][2]) >= 2 and len(tokens[step][2]) == 1
                and text.startswith(". ", tokens[step][1])
            )  # not "M.C. Escher", "F.X. Pichler": initials, no given name, before the surname
            if initial and step < len(tokens) - 1:
                end = tokens[step][1] + 1  # past the initial's dot
                continue
            if tokens[step][2] not in PARTICLES or step == len(tokens) - 1:
                return step
            end = tokens[step][1]
        return None

def _strong(signal: Signal) -> bool:
    if signal.kind is SignalKind.NER_PERSON:
        return bool(signal.detail.get("corroborated"))
    return signal.kind in (
        SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.SOCIAL_PROFILE, SignalKind.STYLE_REFERENCE,
        SignalKind.FICTIONAL_CHARACTER,
    )  # fmt: skip


def _every_word_capitalised(raw: str) -> bool:
    return all(word[:1].isupper() for word in raw.split())
