"""What the words around a listed name say it is, shared by the listed-name and fuzzy detectors: a
thing named after the person ("place Charles-de-Gaulle", "Johan Cruijff ArenA"), or the person as
the subject of a sexual depiction (which ends the artist veto), or cited in a list of styles."""

from __future__ import annotations

import re
from bisect import bisect_left

from bountyboard.guard.text import frames, named_things
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.name_words import NOT_NAME_WORDS

# Heads that make "<name> X" a thing named after the person, in the ten languages (the word after). Not "statue": a
# statue of someone is their likeness ("Matt Le Tissier statue concept": session 20).
NAMED_AFTER_HEADS = frozenset(
    """institute institut instituto istituto instytut foundation fondation fundacion fundacao fondazione stiftung
    fundacja nadace stichting vakfi prize prix premio preis nagroda cena prijs odulu award awards medal trophy
    trofeo cup hospital clinic airport aeroport aeropuerto aeroporto flughafen lotnisko letiste luchthaven
    havalimani stadium stadion estadio stadio stade arena street avenue boulevard road square bridge station
    university universiteit college school gymnasium lyceum museum museo musee muzeum memorial monument
    mausoleum park tower centre center library bibliothek biblioteca building hall theatre theater telescope
    observatory zoo aquarium
    boathouse house birthplace cottage mansion estate grave tomb
    plaza platz strasse straat plein laan ulica ulice namesti caddesi sokak meydani koprusu
    plass plads halle baraji gemisi""".split()
)  # session 37: "roald dahl plass", "Atatürk Barajı" (a dam), "Piri Reis gemisi" (a ship)
# An event in someone's honour, which others play ("the Rory Gallagher International Tribute Festival": round 46)
_TRIBUTE_EVENT = re.compile(
    r"^\s*(?:international\s+|annual\s+)?tribute\s+(?:festival|festivals|concert|concerts|night|band|bands|act|show|weekend)\b"
)
# Between the items of a list of styles: "by midjourney and ", "art by Mucha, ", "w stylu Mehoffera i ".
_CONNECTOR = re.compile(r"\s*(?:,|&|\b(?:and|und|et|y|e|i|ve|en|og|och)\b)\s*$")
_LAST_WORD = re.compile(r"[^\W\d_][\w'.-]*\s*$")
# Prompts list eight styles and more ("by A, B, C, D, E, F and G"): a name that opens a later item is one more.
_ITEMS, _ITEM_WORDS = 8, 3
LIST_REACH = 240  # characters back to where such a list may have started: eight items of up to three words
_SEXUAL_REACH = 12
# After a name from a long open list (museum artists, misspelt artists), only the plain style words make it a
# style: "X look" or "X vibes" may well be a person's look ("frames.STYLE_AFTER" is for the curated lists).
STYLE_WORD_AFTER = re.compile(r"^(?:'s|s|-)?\s*(?:style|styled|esque|inspired|stil|stile|estilo|stijl|stylu)\b")  # characters between the name and a sexual word: ", nude", " desnuda"
_WORD = re.compile(r"[^\W\d_]+")
# An airport in the ten languages (folded)
_AIRPORT = r"(?:airport|aeroport|aeropuerto|aeroporto|flughafen|lotnisko|letiste|luchthaven|havalimani|havaalani)"
# "George Best Belfast City Airport": an airport named after someone with its city's name between (session 22); not
# after a preposition or an article ("X at Belfast airport")
_CITY_THEN_AIRPORT = re.compile(rf"^\s+(?P<city>[^\W\d_]+)(?:\s+(?:city|international|regional|intl))?\s+{_AIRPORT}\b")
# ... and an airport, then its city, before the name ("aéroport d'Ajaccio Napoléon Bonaparte", "Aeropuerto de
# Madrid-Barajas Adolfo Suárez": session 23)
_AIRPORT_THEN_CITY_BEFORE = re.compile(
    rf"\b{_AIRPORT}\s+"
    r"(?:(?:de|di|da|do|del|of|von|van)\s+|d')?[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$"
)


# A person named only to be ruled out: "(not Rhys Darby)", "do NOT make her look like Kelly Reilly", "no la
# X": a negation, then articles or "look like" only, right before the name (folded names view, session 19); "(senza
# Terence Hill)" (session 22).
_RULED_OUT_BEFORE = re.compile(
    r"\b(?:not|no|nicht|pas|nie|ne|niet|nao|non|sin|sem|bez|without|ohne|zonder|sans|senza|"
    r"nada|kein|keine|"  # session 25: "Nada de la cara de X", "keine Ähnlichkeit mit X"
    r"zadny|zadna|zadne|zaden|zadnego|zadnej|hicbir)"  # session 33: "Žádný portrét Jana Bechera", no portrait of X
    r"(?:\s+(?:the|el|la|le|il|o|a|der|die|het|de|make (?:her|him|them|it) look like|look(?:ing)? like|resembl\w*|like|"
    # session 20: "bez portrétu Karla Hašlera", "no portrait of X", "sin retrato de X": the person's picture ruled out
    r"portraits? of|portretu|portret|portrait de|retrato de|ritratto di|portrat von|portret van|portresi|"
    # session 21: "que NO sea Rafael Amaya", "no resemblance to X", "NICHT wie X aussehen"
    r"sea|seja|sia|be|to|resemblance to|wie|comme|como|come|jak|zoals|"
    # session 25: the person's face or likeness ruled out ("ohne Ähnlichkeit mit X", "NON i volti di X", "nada de la
    # cara de X", "not the faces of X")
    # (Portuguese "no rosto de X", "na cara de X" is "on X's face": "no" right before the face is no negation)
    r"ahnlichkeit (?:mit|zu)|likeness (?:of|to)|faces? of|visage de|(?<!\bno )(?:cara de|rostro de|rosto de)|volt[oi] di|"
    r"faccia di|gesicht von|gezicht van|"
    # session 26: Polish and Czech say the face or the likeness in the genitive, with no "of" ("NIE twarz Marka X")
    r"twarz|twarzy|tvar|tvare|oblicej|obliceje|podobizna|podobizny|podobienstwa do|"
    # ... and "must not resemble X" ("NON deve somigliare a X", "no debe parecerse a X", "ne doit pas ressembler à X")
    r"deve|debe|doit|soll|moet|must|should|ma|musi|smi|somigliare a|assomigliare a|parecerse a|se parezca a|"
    r"ressembler a|ressemble a|parecer com|se parecer com|lijken op|lijkt op|przypominac|podobat se|"
    r"i|gli|los|las|os|as|les|des))*\s*$"
)


def ruled_out(before: str) -> bool:
    """The words right before a name rule the person out ("(not Rhys Darby)", "NOT make her look like X", "bez portrétu
    X"): the text names them only to say the picture is not of them. Read by the listed-name and given-name rules, for
    text that is not sexual."""
    return bool(_RULED_OUT_BEFORE.search(before[-48:]))


def named_after(
    before: str, after: str, *, original_before: str = "", given_names: frozenset[str] = frozenset()
) -> bool:
    """True when ``before`` ends with a place or institution word ("place", "ponte", "calle", "rue") or
    ``after`` starts with one ("Institute", "ArenA", "Airport"): the name is a thing's, not a person's.
    Both are slices of the ``names`` view (folded, lower case); ``original_before``, the original text before the
    name, may end with an institution's capitalised name ("Aeroporto Internacional da Madeira"). One word of
    ``given_names`` may stand between the place word and the name: a given name the list or the hit leaves out
    ("Memorial Dr. António Agostinho Neto", "buque escuela Juan Sebastián de Elcano": session 19)."""
    if original_before and named_things.institution_run_before(original_before):
        return True
    previous = _WORD.findall(before[-24:])
    if previous and previous[-1] in given_names and named_after(before[: before.rstrip().rfind(" ") + 1], after):
        return True
    if (airport := _CITY_THEN_AIRPORT.match(after)) and airport.group("city") not in NOT_NAME_WORDS:
        return True
    if _AIRPORT_THEN_CITY_BEFORE.search(before[-40:]) or _TRIBUTE_EVENT.match(after):
        return True
    following = _WORD.findall(after[:40])
    if following and following[0] in named_things.QUALIFIERS:  # "X International Airport", "X Memorial Stadium"
        following = following[1:]
    if previous and previous[-1] in named_things.PLACE_BEFORE_NAME or named_things.place_word_before(before):
        return True  # "place Charles-de-Gaulle", "la station de métro Louise Michel"
    if previous and previous[-1] in named_things.STORM_WORDS:
        return True  # "Storm Ciara", "l'ouragan Irma": a storm (session 43)
    # "Johan Cruijff ArenA", "Karl-Marx-Allee", "Barış Manço'nun evi", "l'Amerigo Vespucci in navigazione"
    return bool(following and (following[0] in NAMED_AFTER_HEADS or (after[:1] in "- " and following[0] in named_things.PLACE_AFTER_NAME))) or (
        named_things.place_word_after(after)
    )


# A painting or print medium in the ten languages (folded): in a text that names one, an artist of the museum lists
# named as a tag of its own is that artist's manner ("nature morte, suzanne valadon, huile sur toile"; round 16).
PAINTING_MEDIUM = re.compile(
    r"\b(?:oil paint(?:ing|s)?|oil on canvas|watercolou?rs?|acrylics?|gouache|tempera|etching|woodcut|lithograph|"
    r"ink drawing|pastels?|charcoal|fresco|huile sur toile|peinture a l'?huile|aquarelle|gravure|fusain|"
    r"oleo|acuarela|grabado|carboncillo|olgemalde|ol auf leinwand|aquarell|radierung|holzschnitt|"
    r"olio su tela|dipinto ad olio|acquerello|incisione|carboncino|pastelli a olio|pintura a oleo|aquarela|"
    r"xilogravura|obraz olejny|olej na plotnie|akwarela|drzeworyt|olejomalba|akvarel|drevoryt|olieverf|aquarel|"
    r"houtsnede|yagli boya|suluboya|gravur)\b"
)
# An art movement, a printing technique or an art photographer's process, in the ten languages (folded): with a museum's
# artist as a tag of its own, what says the tag is a manner ("(giovanni segantini:1.1), divisionismo", "(luigi
# ghirri:1.3), fotografia analogica": session 34). Not "realism", which asks for a real-looking picture.
ART_MOVEMENT = re.compile(
    r"\b(?:divisionis\w*|pointillis\w*|puntinis\w*|impressionis\w*|expressionis\w*|espressionis\w*|neorealis\w*|"
    r"neue sachlichkeit|magischer realismus|magic realism|realismo magico|surrealis\w*|surrealistyczn\w*|cubis\w*|"
    r"kubis\w*|fauvis\w*|primitivis\w*|naive art|art naif|assemblage|asamblaz\w*|symbolis\w*|futurism\w*|"
    r"constructivis\w*|konstruktivis\w*|art nouveau|jugendstil|secesn\w*|aquatint\w*|aquatinta|"
    r"analog(?:ue)? photograph\w*|fotografia analogica|analoge (?:fotografie|korrel|korn)|placa de vidrio|glass plate)\b"
)
# A painting's kind or its brushwork, in the ten languages (folded): with a medium, what says a text is about a
# painting (session 23: "Natura morta con bottiglie ... come Giorgio Morandi")
PAINTING_GENRE = re.compile(
    r"\b(?:still li(?:fe|ves)|nature morte|naturaleza muerta|bodegon\w*|stillleben|natura morta|natureza morta|"
    r"martwa natura|zatisi|stilleven|naturmort|brush ?strokes?|coups? de pinceau|pincelada\w*|pinselstrich\w*|"
    r"pennellat\w*|pociagniec\w* pedzla|tahy stetce\w*|penseelstre\w*|firca darbe\w*)\b"
)
# "like" right before a name, in the ten languages (folded): beside a painting, a museum's artist named so is a
# manner ("pennellate filamentose come Giovanni Segantini"); a likeness sought ("looks like") is read apart
LIKE_BEFORE = re.compile(rf"(?:^|[\s,(]){frames.LIKE_WORDS}\s+$")
# The name is a tag of its own: a separator or the line's start before it, a separator or the end after it
# (weights and brackets aside: "(suzanne valadon:1.2)")
_TAG_BEFORE = re.compile(r"(?:^|[,\n|])[\s(\[]*$")
# (the names view writes "1.25" as "1 25": session 34)
_TAG_AFTER = re.compile(r"^[\s)\]]*(?::\s*[\d.]+(?: \d+)?[\s)\]]*)?(?:[,\n|]|$)")


def bare_tag(before: str, after: str) -> bool:
    """The name between ``before`` and ``after`` is a tag-list item of its own."""
    return bool(_TAG_BEFORE.search(before) and _TAG_AFTER.match(after))


def style_cited(before: str) -> bool:
    """A style cue right before the name, or before earlier names of the same list ("by midjourney and
    greg rutkowski", "art by Mucha, Klimt"): up to three earlier items of up to three words each.
    ``before`` is ``names`` view text. Never after "played by": the cast, not a style (session 22)."""
    if frames.PLAYED_BY_BEFORE.search(before):
        return False
    if frames.STYLE_BEFORE.search(before) or frames.STYLE_VERB_BEFORE.search(before):
        return True
    text = before
    for _ in range(_ITEMS):
        connector = _CONNECTOR.search(text)
        if connector is None:
            return False
        text = text[: connector.start()]
        for _ in range(_ITEM_WORDS):
            word = _LAST_WORD.search(text)
            if word is None:
                return False
            text = text[: word.start()]
            if frames.STYLE_BEFORE.search(text):
                return True
            if _CONNECTOR.search(text):
                break  # the start of this item: look at the one before it
    return False


_ITEM_BEFORE = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*$")


def styles_listed_before(original: str, start: int, styles: dict[int, int], *, needed: int = 2) -> bool:
    """The ``needed`` items right before the name (at ``start`` in the original text) are listed styles, only
    commas or "and" between ("don bluth, loish, artgerm, joshua middleton"): the name is one more.
    ``styles`` maps the original-text end of each of the scan's style references to its start."""
    position = start
    for _ in range(needed):
        window = max(0, position - 8)
        link = _ITEM_BEFORE.search(original[window:position])
        if link is None:
            return False
        item_end = window + link.start()
        if item_end not in styles:
            return False
        position = styles[item_end]
    return True


# Round 11: the items of a prompt's tag list, and an item that is only a name (one to four words, no digit).
_LIST_ITEM = re.compile(r"[^,;|\n]+")
_AND = re.compile(r"\s+(?:and|&)\s+")
_ITEM_WRAPPING = " ()[]{}\t\"'"
_BARE_NAME_ITEM = re.compile(r"[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3}")


class TagLists:
    """The items of a prompt's tag lists that are only a name, read once a scan: asking about each name of a 1 MB
    text must not read the whole text again each time."""

    __slots__ = ("_bare", "_original", "_where")

    def __init__(self, original: str) -> None:
        self._original = original
        items: list[tuple[int, int]] = []
        for chunk in _LIST_ITEM.finditer(original):
            start = chunk.start()
            for part in _AND.split(chunk.group(0)):
                offset = original.find(part, start, chunk.end())
                items.append((offset, offset + len(part)))
                start = offset + len(part)
        self._bare: list[tuple[int, int]] = []  # the items that are only a name, brackets, quotes and spaces left out
        for start, end in items:
            raw = original[start:end]
            name = raw.strip(_ITEM_WRAPPING)
            if _BARE_NAME_ITEM.fullmatch(name):
                first = start + len(raw) - len(raw.lstrip(_ITEM_WRAPPING))
                self._bare.append((first, first + len(name)))
        self._where = {item: index for index, item in reversed(list(enumerate(self._bare)))}

    def in_list_of_styles(self, span: tuple[int, int], styles: list[tuple[int, int]]) -> bool:
        """The name (``span`` in the original text) is a whole item of a run of bare names in a tag list, and that
        run holds listed styles on both sides of it, or two before it: "frank frazetta, saul bass, john alvin, bill
        gold, richard amsel, ralph mcquarrie" cites Richard Amsel as one more artist. A name opening the prompt, or
        an item with more words than the name ("portrait of jane doe"), is no item of such a run."""
        where = self._where.get(span)  # the name must be its item, whole, not a part of a longer name
        if where is None:
            return False
        bare = self._bare

        def styles_in_run(step: int) -> tuple[int, int]:
            count, i = 0, where
            while 0 <= i + step < len(bare):
                left, right = (bare[i + step], bare[i]) if step < 0 else (bare[i], bare[i + step])
                if not _only_separators(self._original, left, right):
                    break
                i += step
                count += any(bare[i][0] <= start and end <= bare[i][1] for start, end in styles)
            return count, abs(i - where)

        (before, items_before), (after, items_after) = styles_in_run(-1), styles_in_run(1)
        # session 19: or one listed style in a run of five bare names or more ("paul rand, saul bass, rob janoff, ivan
        # chermayeff, ..."): Lexica's lists of artists name a few the lists know among many they do not
        return before >= 2 or (before >= 1 and after >= 1) or (
            before + after >= 1 and items_before >= 1 and items_before + items_after >= 4
        )  # never a name opening the run: "maria kowalczyk, greg rutkowski, ..." depicts her


_SEPARATORS = re.compile(r"^[\s,;()\[\]&|]*(?:and[\s,]*)?$")


def _only_separators(original: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Nothing but commas, brackets or "and" between two items: the run of names goes on."""
    return _SEPARATORS.match(original[left[1] : right[0]]) is not None


def style_cue(before: str) -> tuple[int, int] | None:
    """Where, in ``before`` (``names`` view text ending right before a name), the style cue that names the
    artist stands ("dipinta come ", "in the style of "): its words are no part of a person's name, so the
    name-shape detectors must not read "nonna dipinta" or "alla maniera" as one."""
    found = frames.STYLE_VERB_BEFORE.search(before) or frames.STYLE_BEFORE.search(before)
    return (found.start(), found.end()) if found else None


class SexualWords:
    """Where the sexual words of one scan start, sorted once: "is there one right after this name?" in
    O(log n), so a long text with thousands of names stays linear."""

    __slots__ = ("_starts",)

    def __init__(self, context: ScanContext) -> None:
        self._starts = sorted(start for start, _ in context.sexual_spans)

    def right_after(self, span: tuple[int, int]) -> bool:
        """A sexual word right after the name ("frida kahlo nude", "Kahlo desnuda en la cama"): the artist
        is the subject, not the style. ``span`` is in the original text."""
        index = bisect_left(self._starts, span[1])
        return index < len(self._starts) and self._starts[index] - span[1] <= _SEXUAL_REACH
