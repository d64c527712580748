"""``TextScanner``: bounty titles, descriptions and prompts in, typed ``Signal``s out.

The scanner blanks the negative prompt (``prompt_sections``), normalises the text once (``normalize``) and runs its
detectors in order, each one class for one kind of evidence behind ``detectors.base.Detector`` (docs/guard-text.md
lists them):

1. clothing asked away in the negative prompt, sexual and minor terms, then inflected suggestive context in ten
languages; 2. profile links and
handles; 3. listed names (registry, gazetteer, the open character and artist lists in context), then misspelt listed names (fuzzy, anchored on the
surname), then misspelt artists beside a style cue, then the surname alone of one of the best-known people ("putin riding
a bear", decision 0032), then a one-word member beside a real idol group ("nayeon from twice", decision 0036), then
listed people in trigger tokens and people named by add-on models' file names (decision 0035); 4. private people, the
poster themself, described people, then Chinese, Korean, Vietnamese and Japanese names by each naming system's shape
(decision 0036); 5. name shapes in a
likeness frame or beside a sexual word; 6. known given names followed by a surname-shaped word, anywhere, and names
hidden in hashtags, CamelCase, spelt-out or run-together letters; then names written as one token
("hazel_hale", "terencebooth" where a request puts its subject); 7. one-word aliases beside a role
("kravix, the streamer"); 8. the frame of a work of fiction around those unlisted names (a comic
panel, a sitcom still, a toy); 9. a statement that nobody is in the picture ("no people in shot", decision 0051);
10. a learned model's reading of the whole request, unless a person is already sure, a character or a style explains
it, or it has fewer than six words (decision 0053).

Later detectors read what earlier ones found (``ScanContext``). The scanner only reports;
``guard.policy.Policy`` decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bountyboard.guard.config import TextConfig
from bountyboard.guard.errors import GuardError
from bountyboard.guard.signals import Signal
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.context_lists import family_name_first, museum_artists, open_characters
from bountyboard.guard.text.detectors.aliases import AliasDetector
from bountyboard.guard.text.detectors.base import EMPTY_REGISTRY, Detector, RegistryIndex, ScanContext
from bountyboard.guard.text.detectors.cast_actors import CastActorDetector
from bountyboard.guard.text.detectors.epithets import EpithetDetector
from bountyboard.guard.text.detectors.extra_networks import ExtraNetworkDetector
from bountyboard.guard.text.detectors.fiction import FictionFrameDetector
from bountyboard.guard.text.detectors.fuzzy_names import FuzzyNameDetector
from bountyboard.guard.text.detectors.given_names import GivenNameDetector
from bountyboard.guard.text.detectors.idol_groups import IdolGroupDetector
from bountyboard.guard.text.detectors.initials import InitialsDetector
from bountyboard.guard.text.detectors.joined_names import JoinedNameDetector
from bountyboard.guard.text.detectors.known_from import KnownFromDetector
from bountyboard.guard.text.detectors.likeness_context import LikenessContextDetector
from bountyboard.guard.text.detectors.listed_names import ListedNameDetector
from bountyboard.guard.text.detectors.name_shapes import NameShapeDetector
from bountyboard.guard.text.detectors.named_body import NamedBodyDetector
from bountyboard.guard.text.detectors.negative_prompt import NegativePromptDetector
from bountyboard.guard.text.detectors.nobody_depicted import NobodyDepictedDetector
from bountyboard.guard.text.detectors.private import (
    DescribedPersonDetector,
    PrivatePersonDetector,
    SelfLikenessDetector,
)
from bountyboard.guard.text.detectors.profiles import ProfileDetector, handle_key
from bountyboard.guard.text.detectors.relatives import RelativeOfNamedDetector
from bountyboard.guard.text.detectors.resemblance import ResemblanceDemandDetector
from bountyboard.guard.text.detectors.romanised_names import RomanisedNameDetector
from bountyboard.guard.text.detectors.style_artists import StyleArtistDetector
from bountyboard.guard.text.detectors.suggestive import SuggestiveContextDetector
from bountyboard.guard.text.detectors.surnames import (
    WELL_KNOWN_TOP,
    SurnameAloneDetector,
    well_known_surnames,
)
from bountyboard.guard.text.detectors.terms import SexualTermsDetector
from bountyboard.guard.text.detectors.thing_names import ThingNameDetector
from bountyboard.guard.text.detectors.titled_names import TitledNameDetector
from bountyboard.guard.text.detectors.trigger_tokens import TriggerReader, TriggerTokenDetector
from bountyboard.guard.text.famous import load_famous_people
from bountyboard.guard.text.gazetteer import Category, ListedName, NameMatcher
from bountyboard.guard.text.korean import KoreanNames
from bountyboard.guard.text.likeness_context import shipped_likeness_context_model
from bountyboard.guard.text.name_words import NOT_NAME_WORDS
from bountyboard.guard.text.normalize import normalize, normalize_name
from bountyboard.guard.text.pinyin import PinyinNames
from bountyboard.guard.text.prompt_sections import prompt_sections
from bountyboard.guard.text.romaji import JapaneseNames
from bountyboard.guard.text.shipped import (
    SOURCE_BANDS,
    SOURCE_CONFIG,
    SOURCE_REGISTRY,
    shipped_common_words,
    shipped_dictionary_words,
    shipped_faker_given_names,
    shipped_forenames,
    shipped_frequent_words,
    shipped_frequent_words_folded,
    shipped_given_names,
    shipped_museum_artists,
    shipped_names,
    shipped_open_characters,
    shipped_place_words,
    shipped_popular_surnames,
    shipped_slavic_given_names,
    shipped_ssa_given_names,
    shipped_surnames,
    shipped_vocabulary_words,
    shipped_well_known_people,
)
from bountyboard.guard.text.slavic_cases import WORDS_IN_A_CASE, slavic_given_name_forms
from bountyboard.guard.text.vietnamese import VietnameseNames


class TextScanner:
    """Build once (the lists load in well under a second) and share: ``scan`` only reads state."""

    def __init__(self, config: TextConfig | None = None, *, extra_public_figures: Iterable[str] = ()) -> None:
        self.config = config or TextConfig()
        names: list[ListedName] = [
            ListedName(key=k, display=d, category=c, sources=[s]) for k, d, c, s in shipped_names()
        ]
        extra = [*self.config.extra_public_figures, *extra_public_figures]
        names += [ListedName(normalize_name(n), n.strip(), Category.PUBLIC, [SOURCE_CONFIG]) for n in extra]
        names += [
            ListedName(normalize_name(n), n.strip(), Category.FICTIONAL, [SOURCE_CONFIG])
            for n in self.config.extra_fictional_characters
        ]
        names += [
            ListedName(normalize_name(n), n.strip(), Category.ARTIST, [SOURCE_CONFIG])
            for n in self.config.extra_artists
        ]
        famous = load_famous_people(names)
        # The open character and artist lists count only in context (decision 0026); a name the lists
        # above already decide stays theirs.
        decided = frozenset(n.key for n in (*names, *famous))
        word_lists = {
            "dictionary": shipped_dictionary_words(),
            "given_names": shipped_given_names() | shipped_forenames() | shipped_ssa_given_names(100),
            "surnames": shipped_surnames(),
            "places": shipped_place_words(),
        }
        in_context = [
            *open_characters(shipped_open_characters(), decided=decided, **word_lists),
            *museum_artists(shipped_museum_artists(), decided=decided, **word_lists),
        ]
        in_context += family_name_first([*names, *in_context], decided=decided | {n.key for n in in_context})
        # The famous people and the open lists join the name matchers only: the given-name and surname
        # knowledge below stays what the lists written for it say.
        self._gazetteer = NameMatcher([*names, *famous, *in_context])
        # First words of listed people's names: a capitalised run starting with one is likely a person.
        listed_first_words = {
            n.key.split()[0]
            for n in names
            if n.category & (Category.PUBLIC | Category.ARTIST) and " " in n.key and SOURCE_BANDS not in n.sources
        }
        self._given_names = frozenset((listed_first_words | shipped_given_names()) - NOT_NAME_WORDS)
        # Surnames that name a best-known person alone ("putin"), unless an artist or a character has them.
        # The open lists stay out of the veto: their 27,000 museum artists share "castro", "eastwood" and
        # "trump"; a style cue around the surname still makes it a style.
        vetoed = frozenset(
            n.key.split()[-1]
            for n in (*names, *famous)
            if n.category & (Category.ARTIST | Category.FICTIONAL) and " " in n.key
        ) | {n.key for n in names if n.category & Category.NOT_PERSON} | shipped_popular_surnames() | NOT_NAME_WORDS
        # A surname is no given name for a rare baby name ("Stalin", "Churchill", "Mandela" were each given to
        # 105-167 American babies, after the men): only the names at least 1,000 children were given count.
        surname_given_names = shipped_given_names() | shipped_forenames() | shipped_ssa_given_names(1000)
        surnames = well_known_surnames(
            shipped_well_known_people(), top=WELL_KNOWN_TOP, given_names=surname_given_names,
            places=word_lists["places"], vetoed=vetoed,
        )  # fmt: skip
        trigger_reader = TriggerReader(self._gazetteer, [*names, *famous], common_words=shipped_dictionary_words())
        self.detectors: tuple[Detector, ...] = (
            NegativePromptDetector(),
            SexualTermsDetector(self.config),
            SuggestiveContextDetector(),
            ProfileDetector(),
            ListedNameDetector(
                self._gazetteer, self.config, shipped_dictionary_words(), given_names=self._given_names,
                word_given_names=shipped_ssa_given_names(1000, words_too=True) | shipped_given_names(),
            ),
            FuzzyNameDetector(
                # bands only as written: "rolling stone magazine" is no misspelt band
                [*(n for n in names if SOURCE_BANDS not in n.sources), *famous], shipped_dictionary_words() | self._given_names,
                given_names=shipped_given_names() | shipped_forenames() | shipped_ssa_given_names(1000),
                frequent_words=shipped_frequent_words_folded(),
            ),
            StyleArtistDetector(
                [n for n in (*names, *famous, *in_context) if n.category & Category.ARTIST],
                shipped_dictionary_words(),
                given_names=word_lists["given_names"],
            ),
            SurnameAloneDetector(
                surnames, dictionary=shipped_dictionary_words(), given_names=word_lists["given_names"],
                frequent_words=shipped_frequent_words(),
            ),
            IdolGroupDetector(shipped_dictionary_words()),
            TriggerTokenDetector(trigger_reader),
            ExtraNetworkDetector(
                self._gazetteer, trigger_reader, common_words=shipped_dictionary_words(),
                # NOT_NAME_WORDS stay in: a file name is no Italian sentence ("miaKhalifa")
                given_names=shipped_given_names() | shipped_forenames() | shipped_ssa_given_names(1000),
            ),
            PrivatePersonDetector(
                given_names=self._given_names, words=shipped_dictionary_words() | shipped_frequent_words_folded()
            ),
            SelfLikenessDetector(),
            DescribedPersonDetector(),
            ResemblanceDemandDetector(),
        )
        if self.config.ner:
            core = self._given_names | shipped_forenames()
            # the long tail of given names (guard/data/ssa/): four letters or more ("neo - expressionism")
            rare = frozenset(n for n in shipped_ssa_given_names(100) if len(n) >= 4) - core
            # ... and of Faker's lists of the ten languages (guard/data/faker/), but words of a language (session 26) and
            # the names decision 0043 left out for the words their Polish cases are ("franka szwajcarskiego": the franc)
            rare |= frozenset(
                n for n in shipped_faker_given_names() if len(n) >= 4 and n not in NOT_NAME_WORDS
            ) - core - shipped_dictionary_words() - shipped_frequent_words_folded() - shipped_place_words() - WORDS_IN_A_CASE
            # ... and the Polish and Czech given names in their cases ("fotki natalii": round 21)
            declined = slavic_given_name_forms(
                shipped_slavic_given_names(), dictionary=shipped_dictionary_words(), frequent=shipped_frequent_words_folded()
            )
            known = frozenset(core | rare | declined) - NOT_NAME_WORDS
            split = frozenset(core | {n for n in rare if len(n) >= 5 and n in shipped_ssa_given_names(2000)})
            self.detectors += (
                ThingNameDetector(),  # first: the names it finds are a pet's, a boat's or a band's for every rule below
                *(
                    RomanisedNameDetector(
                        system, self._gazetteer, common_words=shipped_dictionary_words(), places=word_lists["places"],
                        frequent_words=shipped_frequent_words_folded(),
                    )
                    for system in (PinyinNames(), KoreanNames(), VietnameseNames(), JapaneseNames())
                ),
                NameShapeDetector(self._given_names),
                GivenNameDetector(
                    known, shipped_surnames(), shipped_dictionary_words(), split - NOT_NAME_WORDS, rare_given_names=rare,
                    frequent_words=shipped_frequent_words(), frequent_words_folded=shipped_frequent_words_folded(),
                    place_words=shipped_place_words(), vocabulary_words=shipped_vocabulary_words(),
                ),
                JoinedNameDetector(
                    known, shipped_surnames(), shipped_dictionary_words(), split - NOT_NAME_WORDS,
                    joined_given_names=shipped_ssa_given_names(1000, words_too=True) - NOT_NAME_WORDS,
                    frequent_words_folded=shipped_frequent_words_folded(), vocabulary_words=shipped_vocabulary_words(),
                ),
                TitledNameDetector(self._gazetteer, dictionary_words=shipped_dictionary_words(), surnames=shipped_surnames()),
                KnownFromDetector(
                    given_names=self._given_names | (word_lists["given_names"] - NOT_NAME_WORDS),
                    dictionary_words=shipped_dictionary_words(),
                    common_words=shipped_common_words(), vocabulary_words=shipped_vocabulary_words(),
                ),
                EpithetDetector(),
                InitialsDetector(),
                AliasDetector(
                    shipped_dictionary_words(), given_names=self._given_names, frequent_words=shipped_frequent_words_folded()
                ),
                CastActorDetector(
                    given_names=known, common_words=shipped_dictionary_words() | shipped_frequent_words_folded()
                ),
                FictionFrameDetector(),  # it reads every name shape found before it
                NobodyDepictedDetector(),  # ... as does this one
            )
        # they read every person found before them
        self.detectors += (NamedBodyDetector(), RelativeOfNamedDetector())
        if self.config.ner and self.config.likeness_context:  # last: it reads what every rule found
            self.detectors += (LikenessContextDetector(shipped_likeness_context_model()),)
        self._registry = EMPTY_REGISTRY

    @property
    def gazetteer_size(self) -> int:
        return self._gazetteer.size

    def set_protected_persons(self, persons: Sequence[ProtectedPerson]) -> None:
        """Replace the registry matcher (names, aliases, handles); the shipped lists are untouched."""
        names: list[ListedName] = []
        handles: dict[str, ListedName] = {}
        for person in persons:
            if not person.active:
                continue
            for label in (*person.names, *person.aliases):
                entry = ListedName(
                    key=normalize_name(label),
                    display=label.strip(),
                    category=Category.PROTECTED,
                    sources=[SOURCE_REGISTRY],
                    person_id=person.person_id,
                    verified=person.verified,
                )
                names.append(entry)
            for handle in person.handles:
                key = handle_key(handle)
                if not key:
                    continue
                entry = ListedName(
                    key=normalize_name(key),
                    display=handle.strip(),
                    category=Category.PROTECTED,
                    sources=[SOURCE_REGISTRY],
                    person_id=person.person_id,
                    verified=person.verified,
                )
                handles[key] = entry
                names.append(entry)  # "lea.moreau.fit" written without the @ still matches
        fuzzy = [n for n in names if len(n.key) >= 8 and " " in n.key]
        # One attribute swap: a concurrent ``scan`` sees the old registry or the new, never half of each.
        self._registry = RegistryIndex(NameMatcher(names), handles, [n.key for n in fuzzy], fuzzy)

    # -- scanning ---------------------------------------------------------------------------------

    def scan(self, text: str) -> list[Signal]:
        if not isinstance(text, str):
            raise GuardError("text to scan must be a string", code="input_invalid")
        # The negative prompt is read blanked: what the image must not show is not its content (round 12).
        sections = prompt_sections(text)
        context = ScanContext(normalize(sections.positive), self._registry, sections=sections)  # one registry snapshot
        for detector in self.detectors:
            context.signals += detector.detect(context)
        return context.signals
