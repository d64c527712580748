"""Private people (a relation, covert or attached photos), the poster themself, and described people."""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import described_people, fiction_frames, named_things, private_cues, roles
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.name_words import PERSON_WORDS, UPPER
from bountyboard.guard.text.normalize import fold
from bountyboard.guard.text.shipped import compile_any

_PRIVATE_RELATION_RE = compile_any(private_cues.PRIVATE_RELATIONS)
_PRIVATE_PHOTO_RE = compile_any(private_cues.PRIVATE_PHOTO_CUES + private_cues.TAKEN_PHOTO_CUES)
_TAKEN_PHOTO_RE = compile_any(private_cues.TAKEN_PHOTO_CUES)
_VANTAGE_PHOTO_RE = compile_any(private_cues.VANTAGE_PHOTO_CUES)
_SELF_RE = compile_any(private_cues.SELF_CUES)
_DESCRIBED_RE = compile_any(described_people.DESCRIBED_PERSON)
# characters either side of a relation where a depiction cue counts; 160 since session 33 ("il mio prof di latino ...
# come imperatore romano, toga, ..., viso dalle foto allegate" put the photos 120 characters after the relation)
_DEPICTION_REACH = 160
_RELATION_LIKES_AFTER = re.compile(
    r"\s+(?:(?!looks?\b|looking\b)\w+\s+)?(?:loves?|likes?|wants?|adores?|enjoys?|collects?|is (?:into|obsessed with|a fan of)|asked for|"
    r"aime|adore|veut|quiere|le encanta|ama|adora|quer|liebt|mag|will|ama|vuole|adora)\b"
)
_PLACE_DETERMINERS = frozenset({"the", "my", "our", "a", "an"})
# A capitalised given name and surname right after a relation, a few lower-case words between at most ("mijn
# buurman Gerrit Bolhuis", "il mio prof di mate Gianluca Ferri"), read on the original text
# ... or after a comma ("Mein Nachbar, der alte Herr Kunzmann": session 40)
_NAME_AFTER = re.compile(rf",?(?:\s+(?![{UPPER}])[^\W\d_]+){{0,3}}\s+[{UPPER}][^\W\d_]+\s+[{UPPER}][^\W\d_]+")
# ... or set beside it after a comma in the same sentence, a title before it at most ("l'allenatore di mio figlio, il
# signor Dario Kettlesby", "mijn collega uit Wirrimbi, Henk Tarrawong": session 46, round 51)
_NAME_APPOSED = re.compile(
    r"[^.!?\n]{0,50}?,\s+(?i:(?:mme|mrs?|ms|miss|la signora|il signor|signora|pani|paní|pan|dona|herr|frau|mevrouw|"
    rf"meneer|sra|sr|la|el|il|de)\.?\s+)?[{UPPER}][^\W\d_]+\s+[{UPPER}][^\W\d_]+"
)
_LOWER_NAME_AFTER = re.compile(r"\s+([^\W\d_]{2,})\s+([^\W\d_]{3,})\b")
# A relation that holds its person's name ("juf Anke van groep 3")
_NAMED_IN_RELATION = re.compile(r"^(?:juf|meester) \w+")
_RECIPIENT_BEFORE = re.compile(r"\b(?:for|pour|para|fur|per|to|a)\s*$")
# ... or whose birthday or party the picture is for ("la invitación del cumpleaños de mi hija": session 35); not a
# wedding or a christening, whose photos show the relation, nor a photo of the party ("una foto del cumpleaños de ...")
_CELEBRATION_BEFORE = re.compile(
    r"^(?!.*\b(?:fotos?|photos?|pics?|pictures?|zdjec\w*|fotk\w*|foto s)\b).*\b(?:cumpleanos|fiesta|anniversaire|fete|compleanno|"
    r"festa|aniversario|geburtstag|geburtstagsfeier|urodziny|urodzin|narozeniny|narozenin|verjaardag|feestje|birthday|"
    r"party|dogum gunu|dogum gunu partisi) (?:(?:de|del|des|di|della|do|da|dos|das|von|van|of|z|na|la|el|le|les) ){1,2}$"
)
# After a relation: "my wife's bakery" (an owner) or "our friend group" (not a person) is no subject,
# but "my neighbour's wife" or "my sister's photos" still is.
_RELATION_NOT_SUBJECT_AFTER = re.compile(
    r"^(?:(?:'s|’s|s'|['’](?=\s))(?!\s+(?:\w+\s+){0,2}(?:wife|husband|girlfriend|boyfriend|gf|bf|daughter|son|sister|brother|mom|mum|"
    r"mother|dad|father|friend|friends|cousin|niece|aunt|ex|face|body|photos?|pics?|pictures?|selfies?|"
    r"portraits?|likeness|nudes?|insta|instagram|ig|snaps?|feet|legs|wedding photos?|headshots?|"
    r"teachers?|coach|nanny|babysitter|tutor|boss|coworkers?|colleagues?|classmates?|neighbou?rs?|roommate|"
    r"best friend|bff|fiancee?|partner|crush|grandma|grandmother|grandpa|grandfather|nurse|doctor|"
    r"therapist|secretary|maid|cleaner|trainer|students?)\b)|\s+(?:group|groups|circle|list|zone|chat|and i|et moi|dog|dogs|cat|cats|pet|pets|"
    r"puppy|kitten|horse|car|house|home|farm|business|restaurant|shop|store|bakery|crest|tree|recipe|reunion)\b)"
)

# Turkish says "my mother's" with a genitive suffix ("annemin", "babaannemin"): followed by her house, her pet or
# her shop, the relation owns the subject and is not in the picture ("Babaannemin ahşap evini", "annemin muhabbet
# kuşu": session 31). Read on folded words, a word or two between, none of them a person ("komşumun kızı köpeğini":
# the neighbour's daughter walks her dog).
_TURKISH_GENITIVE = re.compile(r"(?:in|un|nin|nun)$")
_TURKISH_THING_AFTER = re.compile(
    r"^(?:\s+(?!(?:kizi|oglu|karisi|esi|kocasi|annesi|babasi|kardesi|torunu|yegeni|arkadasi|gelini|damadi)\b)"
    r"[^\W\d_]+(?:'[^\W\d_]+)?,?){0,2}?\s+(?:ev|evi|evini|evinin|evinde|kusu|kusunu|kedisi|kedisini|kopegi|kopegini|"
    r"arabasi|arabasini|bahcesi|bahcesini|dukkani|dukkanini|tarlasi|tarlasini|bagi|bagini|koyu|koyunu|tarifi|"
    r"yemegi|yemeklerini|mutfagi|mutfagini|lokantasi|atolyesi|teknesi|teknesini)\b"
)


class PrivatePersonDetector:
    """ "my coworker", "ma voisine", "photos of her attached": someone the platform cannot ask."""

    name = "private-person"

    def __init__(self, *, given_names: frozenset[str] = frozenset(), words: frozenset[str] = frozenset()) -> None:
        self._given = given_names
        self._words = words  # the languages' words: a given name before one is no full name ("my son max playing")

    def _lower_name_after(self, words: str, end: int) -> bool:
        """A known given name and a word no language holds right after a relation, in lower case ("my neighbour graham
        kettlesby mowing", "mon collègue bastien lefort de la compta": session 46, round 51)."""
        name = _LOWER_NAME_AFTER.match(words, end)
        return bool(name and name.group(1) in self._given and name.group(2) not in self._words and name.group(2) not in self._given)

    def detect(self, context: ScanContext) -> list[Signal]:
        has_sexual = context.has_sexual
        words = context.norm.words.text
        # a photo the poster took of someone is a depiction of its own ("fotil jsem ho z okna", "Snapped her from the car")
        depicted = has_sexual or bool(private_cues.DEPICTION_CUES.search(words) or _TAKEN_PHOTO_RE.search(words))
        drawn = bool(private_cues.DRAWN_CUES.search(words))  # for a named relation only, below
        if not (depicted or drawn):
            return []  # "the logo for my wife's bakery" names a relation but depicts no one
        out: list[Signal] = []
        relations = list(_PRIVATE_RELATION_RE.finditer(words))  # read once: the photo cues below ask again
        for m in relations:
            if _RECIPIENT_BEFORE.search(words[max(0, m.start() - 12) : m.start()]) or _CELEBRATION_BEFORE.search(
                words[max(0, m.start() - 40) : m.start()]
            ):
                continue  # "a portrait of my dog for my son", "for my daughter's birthday": the relation receives, not appears
            if _relation_owns_the_subject(m.group(0), words[m.end() : m.end() + 60]):
                continue  # "my wife's bakery", "our friend group", "babaannemin ahşap evi"
            if _pet_before(words[max(0, m.start() - 32) : m.start()]):
                continue  # "el loro de mi abuela, Fernando": the pet is the subject, the relation its owner
            if _RELATION_LIKES_AFTER.match(words, m.end()):
                continue  # "my daughter loves dinosaurs": the relation wants the picture, it is not in it
            near = words[max(0, m.start() - _DEPICTION_REACH) : m.end() + _DEPICTION_REACH]
            relation_end = context.norm.words.span(m.start(), m.end())[1]
            named = _NAME_AFTER.match(context.norm.original, relation_end) or (
                drawn and (
                    _NAME_APPOSED.match(context.norm.original, relation_end) or _NAMED_IN_RELATION.match(m.group(0))
                    or self._lower_name_after(words, m.end())
                )
            )
            if not (has_sexual or named or private_cues.DEPICTION_CUES.search(near)):
                # a depiction cue must be near the relation, not anywhere in a long text; a relation the request
                # names ("il mio prof di mate Gianluca Ferri ... ho una decina di foto sue") is its subject (session 20)
                continue
            out.append(
                context.signal(
                    "words",
                    *m.span(),
                    SignalKind.PRIVATE_PERSON_CUE,
                    source="lexicon:private-relation",
                    label=m.group(0),
                )
            )
        if not depicted and not relations:
            # a drawing with no relation is no photo: "he has no idea" in a children's book is the story's; a painting of
            # "my teacher", who "knows nothing of it", is hers
            return out
        photos = list(_PRIVATE_PHOTO_RE.finditer(words))
        if relations or private_cues.PERSON_DEPICTED.search(words) or (
            not PERSON_WORDS.isdisjoint(words.split())
        ):
            photos += _VANTAGE_PHOTO_RE.finditer(words)  # a photo from the balcony is someone's beside a person only
        for m in photos:
            out.append(
                context.signal(
                    "words",
                    *m.span(),
                    SignalKind.PRIVATE_PERSON_CUE,
                    source="lexicon:private-photos",
                    label=m.group(0),
                )
            )
        return out


class SelfLikenessDetector:
    """ "a LoRA of me": the poster must verify who they are."""

    name = "self-likeness"

    def detect(self, context: ScanContext) -> list[Signal]:
        return [
            context.signal("words", *m.span(), SignalKind.LIKENESS_INTENT,
                source="lexicon:self-likeness", label="self", detail={"subject": "self"},
            )
            for m in _SELF_RE.finditer(context.norm.words.text)
        ]  # fmt: skip


# The word for whoever plays a character (``fiction_frames.CAST_WORDS``), after its name or before it: "nude pic of
# hermione actress", "Hermione's actress", "la actriz de Hermione" (session 38)
_PLAYER_AFTER = re.compile(rf"^(?:['’]s)?\s+{fiction_frames.CAST_WORDS}\b")
_PLAYER_BEFORE = re.compile(rf"\b{fiction_frames.CAST_WORDS}\s+(?:of|de|du|del|von|der|di|della|do|da|van|z|ze)\s+$")
_RULED_OUT_BEFORE = re.compile(r"\b(?:not|no|never|nicht|kein\w*|pas|sans|sin|senza|sem|nie|bez|ne|niet|geen)\s+(?:\w+\s+){0,2}$")


_OFFICE_OF_A_PLACE = re.compile(
    rf"^(?:\w+ ){{0,2}}(?:{described_people.OFFICE}|{'|'.join(roles.SLAVIC_MAYORS)}|burmistrzyni|primator\w*|hejtmank\w*)\b"
)
_APPOSITION = re.compile(r"\s*[,(–—-]\s*")  # "l'abbé Martin, le curé de ...", "Martin (le curé de ...)"
_APPOSITION_GAP = 4


class DescribedPersonDetector:
    """A description that singles one real person out ("the current French president", "the Hermione actress")."""

    name = "described-person"

    def detect(self, context: ScanContext) -> list[Signal]:
        out = [
            context.signal(
                "words", *m.span(), SignalKind.PERSON_NAME,
                source="pattern:described-person", label=m.group(0), detail={"described": True},
            )
            for m in _DESCRIBED_RE.finditer(context.norm.words.text)
            # an office in a story's or a game's frame is its town's ("the mayor of <a game's village>, fan art": session
            # 46, round 51); whoever played a character stays someone
            if not (context.fiction_framed and _OFFICE_OF_A_PLACE.match(m.group(0)))
        ]  # fmt: skip
        # ... but a description set beside a listed character as its apposition is that character's, in every mention
        # ("l'abbé Martin, le curé de Cucugnan": session 43); not "the actress who played Hermione", her actress
        original = context.norm.original
        characters = [s.span for s in context.signals if s.kind is SignalKind.FICTIONAL_CHARACTER and s.span]
        ends, starts = {end for _, end in characters}, {start for start, _ in characters}
        theirs = {
            d.label for d in out
            if d.span and any(  # a gap of a few characters either side, looked up, not compared with every character
                (d.span[0] - gap in ends and _APPOSITION.fullmatch(original[d.span[0] - gap : d.span[0]]))
                or (d.span[1] + gap in starts and _APPOSITION.fullmatch(original[d.span[1] : d.span[1] + gap]))
                for gap in range(1, _APPOSITION_GAP + 1)
            )
        } if characters else set()  # fmt: skip
        out = [d for d in out if d.label not in theirs]
        for character in context.signals:
            if character.kind is not SignalKind.FICTIONAL_CHARACTER or not character.span:
                continue
            start, end = character.span
            after, before = fold(original[end : end + 24]), fold(original[max(0, start - 32) : start])
            if player := _PLAYER_AFTER.match(after.text):
                end += after.span(0, player.end())[1]
            elif player := _PLAYER_BEFORE.search(before.text):
                start = max(0, start - 32) + before.span(player.start(), player.start() + 1)[0]
            else:
                continue
            if _RULED_OUT_BEFORE.search(fold(original[max(0, start - 24) : start]).text):
                continue  # "not Sookie Stackhouse's actress": the cast ruled out
            out.append(Signal(kind=SignalKind.PERSON_NAME, source="pattern:described-person", text=original[start:end],
                span=(start, end), label=original[start:end], detail={"described": True},
            ))  # fmt: skip
        return out


def _relation_owns_the_subject(relation: str, after: str) -> bool:
    """The words after a relation make it the owner of the subject, not the subject: an English possessive ("my
    wife's bakery"), a group ("our friend group"), or a Turkish genitive before a house or a pet ("babaannemin ahşap
    evi"). Not when the relation ends on a determiner ("a girl from the ..."): what follows is her place."""
    if relation.rsplit(" ", 1)[-1] not in _PLACE_DETERMINERS and _RELATION_NOT_SUBJECT_AFTER.match(after[:40]):
        return True
    return bool(_TURKISH_GENITIVE.search(relation) and _TURKISH_THING_AFTER.match(after))


def _pet_before(before: str) -> bool:
    """A pet word ends the text before a relation, a linking word or none between ("der Wellensittich meiner Oma")."""
    words = before.split()[-2:]
    if words and words[-1] in named_things.PET_OWNER_LINKS:
        words = words[:-1]
    return bool(words) and words[-1] in named_things.PET_WORDS
