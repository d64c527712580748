"""Name shapes no list explains: the weak ``ner_person`` (docs/decisions/0003-ner-model.md).

Three rules, run only when no stronger person evidence was found: a capitalised two-to-four-word
name in a likeness frame or beside a sexual word; a capitalised subject of a sexual photograph; a
lower-case "<given name> <word>" framed as a LoRA. A role or band beside a name corroborates it.
"""

from __future__ import annotations

import re
from typing import Any

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, lexicons, name_words, named_things, roles
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex
from bountyboard.guard.text.normalize import fold
from bountyboard.guard.text.shipped import shipped_common_words, shipped_dictionary_words

# The source of the one-word subject of sexual photographs: weak alone, which the alias rule may find again
SOURCE_SEXUAL_PHOTO = "heuristic:sexual-photo-subject"
# A definite article right after one word sets a role beside it as its apposition ("Kelvrix the streamer", "Kelvrix
# le streamer"), folded
_ARTICLE_APPOSITION = re.compile(r"^\s+(?:the|le|la|el|der|die|il|lo)\s")
# A beach, a port, a carnival or a glass "of" a capitalised word names a place or a wine, not the photograph's subject
# ("sur la plage de Canet", "spiaggia di Torre a Mare", "carnaval de Jacmel", "un verre de Cahors": round 37), folded
_PLACE_OR_THING_OF = re.compile(
    r"\b(?:plage|spiaggia|playa|praia|strand|beach|bagno|lido|port|porto|puerto|hafen|harbour|carnaval|carnevale|carnival|"
    r"festa|fiesta|fete|verre|bouteille|bicchiere|bottiglia|copa|botella|taca|garrafa|glass|bottle|rue|via|calle|rua|"
    r"piazza|plaza|place|lac|lago|isla|isola|ilha|ile|village|ville|citta|ciudad|cidade|paese|pueblo|baie|baia|bahia|"
    r"golfe|golfo|cote|costa|coast|"
    # session 45: where a scene is set, in a town ("su un balcone di Wirrimbi", "in the market of Tarrawong")
    r"balcone|balcon|balcony|terrazza|terraza|terrasse|terraco|terrace|finestra|ventana|fenetre|janela|window|"
    r"giardino|jardin|jardim|garden|castello|castillo|chateau|castelo|castle|mercato|mercado|marche|market|molo|"
    r"muelle|quai|cais|pier|vicoli|vicolo|tetti|rooftops|colline|colinas|hills|campagna|campagne|countryside"
    r") (?:de la |de l'|of the )?(?:de|di|du|del|della|dello|d'|do|da|of)\s*$"
)


# One word said twice (session 46, round 51)
_DOUBLED = re.compile(r"([^\W\d_]+)[ -]\1", re.IGNORECASE)

class NameShapeDetector:
    name = "name-shapes"

    def __init__(self, given_names: frozenset[str]) -> None:
        self._given_names = given_names

    def detect(self, context: ScanContext) -> list[Signal]:
        if context.strong_person:
            return []
        sexual_spans = context.sexual_spans
        explained = list(context.explained)
        shapes = self._scan_name_shapes(context, explained, sexual_spans)
        taken = explained + [s.span for s in shapes if s.span]
        out = shapes + self._scan_sexual_photo_subjects(context, taken, sexual_spans)
        earlier = [s.span for s in context.signals if s.span]
        out += self._scan_lower_case_names(
            context, taken + earlier + [s.span for s in out if s.span], sexual_spans
        )
        return out

    def _scan_name_shapes(
        self, context: ScanContext, explained: list[tuple[int, int]], sexual_spans: list[tuple[int, int]]
    ) -> list[Signal]:
        """The weak ``ner_person``: a capitalised two-to-four-word name that no list explains, in a
        likeness frame ("X as a knight", "portrait of X") or right beside a sexual word ("X nude").

        A statistical NER model would cost a third-party model download pinned by hash; this
        heuristic covers the case the brief names (docs/decisions/0003-ner-model.md).
        """
        norm = context.norm
        words_text = norm.words.text
        if context.names_fiction:
            return []
        original = norm.original
        out: list[Signal] = []
        runs = []
        for start, end in name_words.capitalised_runs(original):
            if (lead := frames.GROUP_LEADING.match(original, start, end)) and lead.end() < end:
                start = lead.end()  # "TWICE's Tzuyu": the band is context, the name follows it
            head = original[start:end].split(" ", 1)
            if len(head) == 2 and fold(head[0]).text in roles.ROLE_WORDS:
                start += len(head[0]) + 1  # "Swimmer Summer McIntosh": a capitalised role opens the run
            if _DOUBLED.fullmatch(original[start:end]):
                continue  # "Bora Bora", "Walla Walla": a place or a stage name says its word twice, a person's name does not
            runs.append((start, end, " " not in original[start:end].strip()))
        role_in_text = roles.names_a_role(words_text)
        # one word needs a role, a band or a programme
        if role_in_text or frames.GROUP_ANYWHERE.search(words_text) or roles.NAMES_A_PROGRAMME.search(words_text):
            runs += [(start, end, True) for start, end in name_words.capitalised_single_words(original)]
        if role_in_text:  # "IU (K-pop singer)": a short all-caps name only with a role in parentheses
            runs += [(start, end, True) for start, end in name_words.short_caps_names_with_a_role(original)]
            # "mongraal, fortnite pro", "murda (de rapper)": a handle written in lower case, set beside a role; a
            # nickname may be a word ("the harpoon, darts player", "honeybee (the karaoke singer)": session 21)
            runs += [
                (start, end, True) for start, end, nickname in name_words.lower_case_words_with_a_role(original)
                if nickname or fold(original[start:end]).text not in shipped_dictionary_words()  # "singer, actress": words
            ]
        if not runs:
            return out
        realism = bool(frames.REALISM_CUES.search(words_text))
        dictionary = shipped_dictionary_words()
        # Capitalised tag phrases ("Moody Atmosphere", "Profile Shot") fill booru-tagged photo prompts, so this
        # rule keeps reading any booru tag as a drawn medium; only the policy's reading of fiction uses the
        # narrower frames.drawn_medium.
        drawn = bool(frames.DRAWN_MEDIUM_CUES.search(words_text))
        fiction_medium = frames.drawn_medium(words_text)
        explained_index, sexual_index = SpanIndex(explained), SpanIndex(sexual_spans)
        multi_runs, near = SpanIndex((s, e) for s, e, single in runs if not single), Near(sexual_spans)
        # a name written once before the work it comes from is that work's character in every mention of a text that is
        # not sexual and seeks no likeness ("Professor Brinkmann als Roboter\nProfessor Brinkmann aus der
        # Schwarzwaldklinik": session 23; not "a LoRA of X from The Yorkshire Vet")
        from_a_work = {
            original[s:e] for s, e, single in runs
            if not single and name_words.FROM_A_WORK.match(original[e : e + 48])
            and not roles.ROLE_ASIDE_AFTER.match(fold(original[e : e + 60]).text)  # "from American Idol": a show's people
        } if not sexual_spans and not frames.LIKENESS_OR_REAL.search(words_text) else set()  # fmt: skip
        for start, end, single in runs:
            if explained_index.overlaps(start, end) or original[start:end] in from_a_work:
                continue
            words = fold(original[start:end]).text.replace("-", " ").split()
            if words[-1] in lexicons.NOT_PERSON_HEADS:
                continue  # "Central Park", "Mega Man", "Little Mermaid"
            if words[0] in named_things.PLACE_BEFORE_NAME:
                continue  # "Torre de Belém", "Galleria Borghese": a place, its head first
            raw_before, raw_after = original[max(0, start - 48) : start], original[end : end + 48]
            before = fold(raw_before).text
            if words[0] in named_things.PET_WORDS or before.split()[-1:] and before.split()[-1] in named_things.PET_WORDS:
                continue  # "meines Hundes Bruno", "my dog Max": a pet
            if (
                before.split()[-1:] and before.split()[-1] in named_things.STORM_WORDS
                or len(words) == 2 and words[0] in named_things.STORM_WORDS and words[1] in self._given_names
            ) and not sexual_spans:
                continue  # "Storm Orlagh", "l'ouragan Irma": a storm ("Storm Reid" is read by the given-name rule)
            after = fold(raw_after).text
            if named_things.place_word_before(before) or named_things.place_word_after(after) or (
                named_things.institution_run_before(original[max(0, start - 80) : start])
            ):
                continue  # "la plaza de Cristóbal Colón", "Dar Pomorza pod pełnymi żaglami": a place or a ship
            # A role or a band beside the name says it is a real person: "the singer Peso Pluma",
            # "Kameto, le streamer", "Nayeon (TWICE)", "Kim Chaewon from LE SSERAFIM".
            role_after = roles.ROLE_AFTER.match(after) if role_in_text else None
            if single and role_after and "," not in role_after.group(0) and not _ARTICLE_APPOSITION.match(after):
                # one word needs an apposition: "Kameto, le streamer", "Kameto the streamer" (round 21), not "Korean idol"
                role_after = None
            if (
                role_in_text and not role_after
            ):  # "Pedri (Barcelona midfielder)", "Pedri - Brazilian footballer"
                role_after = roles.role_aside_after(original, end)
            role = bool(
                (role_in_text and roles.ROLE_BEFORE.search(before)) or role_after
                or frames.GROUP_AFTER.match(after) or frames.GROUP_BEFORE.search(before)
                # ... or the programme she presents ("Pengelly off the BBC Wales weather", "Kuipers van het NOS-weer":
                # round 47)
                or roles.PROGRAMME_AFTER.match(after)
            )  # fmt: skip
            if name_words.LORA_TAG_OPEN.search(raw_before):
                continue  # "<lora:Sakura Matou:1>": a model file's name, not a depiction
            # A single word overlapping a run of several lies inside it (runs are whole words).
            if single and (not role or multi_runs.overlaps(start, end)):
                continue  # one capitalised word is a name only with a role or a band beside it
            if frames.STYLE_BEFORE.search(before) or frames.STYLE_AFTER.match(after) or (
                frames.STYLE_VERB_BEFORE.search(before) or frames.STYLE_VERB_AFTER.match(after)
            ):
                continue
            if not role and (
                after.lstrip().startswith("(")
                or name_words.FROM_A_WORK.match(raw_after)
                or re.search(r"\b(?:from|in|of)\s*$", before)
                and not frames.NAME_SHAPE_BEFORE.search(before)
            ):
                continue  # "Yor Forger (Spy x Family)", "2B from Nier Automata": a character or a work
            if sexual_index.overlaps(start, end):
                continue  # "Erotische Aktzeichnungen": German capitalises its nouns
            given = words[0] in self._given_names
            if not given and all(word in dictionary for word in words) and not role_after:
                # "Beautiful Delicate Detailed portrait of": a title-cased run of words, no name (round 11); one
                # word with a role set beside it is a stage name ("Taco (Polish rapper)": round 20), and so are
                # words ("Big Tuna, the auctioneer": session 21)
                continue
            opens_a_line = not raw_before.strip() or raw_before.rstrip(" \t").endswith("\n")
            framed = bool(
                frames.NAME_SHAPE_BEFORE.search(before)
                or frames.NAME_SHAPE_AFTER.match(after)
                # A title that opens with a name doing something: "Mondo Duplantis pole vaulting ...".
                or (
                    opens_a_line
                    and bool(
                        frames.TITLE_ACTION_AFTER.match(raw_after) or name_words.PORTRAIT_AFTER.match(after)
                    )
                )
            ) or (
                given
                and bool(
                    frames.LIKENESS_BEFORE.search(before)
                    or frames.LIKENESS_AFTER.match(after)
                    or frames.ACTION_AFTER.match(after)
                )
            )  # a known given name earns the wider frames ("Sadie Sink skateboarding")
            near_sexual = near(start, end, 24)
            # Beside a sexual word, a known given name is enough; any other name shape needs a text
            # about photographs with no drawn medium ("Rashmika Mandanna boudoir photos, realistic").
            beside_sexual = near_sexual and (given or (not single and realism and not drawn))
            if not (framed or beside_sexual or role):
                continue
            # Corroborated: a role or band beside the name; a known given name in a likeness frame (or
            # beside a sexual word) in a text about photographs, or in a sexual text with no drawn or
            # invented medium; a strictly framed name in a text that names a real job. The policy treats
            # a corroborated name shape as a real person.
            corroborated = (
                role
                or (
                    (given or beside_sexual)
                    and (framed or beside_sexual)
                    and not drawn
                    and (realism or bool(sexual_spans))
                )
                or (framed and role_in_text)
            )
            name = original[start:end]
            detail: dict[str, Any] = {"given_name": given}
            if corroborated:
                detail["corroborated"] = True
            elif fiction_medium:
                detail["drawn_medium"] = True  # the policy reads an unlisted name in a drawn medium as a character
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:name-shape",
                    score=0.8 if corroborated else 0.6 if given else 0.4,
                    text=name, span=(start, end), label=name, detail=detail,
                )
            )  # fmt: skip
            if framed:
                out.append(
                    Signal(
                        kind=SignalKind.LIKENESS_INTENT, source="pattern:likeness-frame", text=name,
                        span=(start, end), label=name,
                    )
                )  # fmt: skip
        return out

    def _scan_sexual_photo_subjects(
        self, context: ScanContext, taken: list[tuple[int, int]], sexual_spans: list[tuple[int, int]]
    ) -> list[Signal]:
        """Fail safe for one-word names: in a sexual text about photographs, a capitalised word that no
        list explains, standing as the subject ("Yseult nue, photo realiste", "nude photo of Yseult"),
        is a possible real person. Only a known given name beside the sexual word is corroborated; any
        other word is a weak name shape, which the policy sends to a moderator.
        """
        norm = context.norm
        words_text = norm.words.text
        if not sexual_spans or context.names_fiction:
            return []
        if frames.drawn_medium(words_text):
            return []  # drawn or invented media: the subject is a character, not a photographed person
        if not (frames.REALISM_CUES.search(words_text) or frames.PHOTOGRAPHIC_CUES.search(words_text)):
            return []
        original = norm.original
        common = shipped_common_words()
        out: list[Signal] = []
        taken_index, near = SpanIndex([*taken, *sexual_spans]), Near(sexual_spans)
        for m in name_words.CAPITALISED_WORD.finditer(original):
            start, end = m.span()
            key = fold(m.group(0)).text
            if key in name_words.NOT_NAME_WORDS or key in common or len(key) < 3:
                continue
            if taken_index.overlaps(start, end):
                continue  # a listed name, place, brand or character, or the sexual word itself
            raw_before, raw_after = original[max(0, start - 48) : start], original[end : end + 48]
            before, after = fold(raw_before).text, fold(raw_after).text
            if name_words.LORA_TAG_OPEN.search(raw_before):
                continue
            if name_words.CAPITAL_NEXT.match(raw_after):
                continue  # the first word of a capitalised phrase ("Golden Hour"): the run rule's business
            if _PLACE_OR_THING_OF.search(before):
                continue
            opens_a_line = not raw_before.strip() or raw_before.rstrip(" \t").endswith("\n")
            subject = bool(
                frames.SUBJECT_AFTER.match(after)
                or frames.SUBJECT_BEFORE.search(before)
                or (opens_a_line and name_words.ALONE_AFTER.match(raw_after))  # "Yseult, nude, raw photo"
            )
            if not subject:
                continue
            given = key in self._given_names
            near_sexual = near(start, end, 24)
            detail: dict[str, Any] = {"given_name": given, "sexual_photo": True}
            if given and near_sexual:
                detail["corroborated"] = True  # the rule the name-shape heuristic applies to two words
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source=SOURCE_SEXUAL_PHOTO,
                    score=0.8 if detail.get("corroborated") else 0.5,
                    text=m.group(0), span=(start, end), label=m.group(0), detail=detail,
                )
            )  # fmt: skip
        return out

    def _scan_lower_case_names(
        self, context: ScanContext, taken: list[tuple[int, int]], sexual_spans: list[tuple[int, int]]
    ) -> list[Signal]:
        """A lower-case "<given name> <word>" framed as a model of a person ("renee rapp lora",
        "lora of sophie rain"): a weak name shape in a likeness frame, so at least ``consent_required``;
        corroborated, as for capitalised names, when the text is sexual, about photographs and not drawn.
        """
        norm = context.norm
        words_text = norm.words.text
        if "lora" not in words_text and "lycoris" not in words_text:
            return []  # the only frame this rule knows; most texts stop here
        if context.names_fiction:
            return []
        common = shipped_common_words()
        drawn = frames.drawn_medium(words_text)
        realism = bool(
            frames.REALISM_CUES.search(words_text) or frames.PHOTOGRAPHIC_CUES.search(words_text)
        )
        out: list[Signal] = []
        taken_index = SpanIndex([*taken, *sexual_spans])
        for m in name_words.LOWER_PAIR.finditer(words_text):
            first, second = m.group(1), m.group(2)
            if (
                first not in self._given_names
                or second in name_words.NOT_NAME_WORDS
                or second in name_words.LORA_WORDS
            ):
                continue
            if first in common or second in common:
                continue  # "rose gold lora", "misty lake landscapes lora": words, not a name
            start, end = norm.words.span(m.start(), m.end())
            if not norm.original[start : start + 1].islower():
                continue  # capitalised names belong to the name-shape heuristic
            if taken_index.overlaps(start, end):
                continue
            if name_words.LORA_TAG_OPEN.search(norm.original[max(0, start - 24) : start]):
                continue
            if not (
                frames.LORA_FRAME_AFTER.match(words_text, m.end())
                or frames.LORA_FRAME_BEFORE.search(words_text[: m.start()])
            ):
                continue
            name = norm.original[start:end]
            detail: dict[str, Any] = {"given_name": True, "lower_case": True}
            if sexual_spans and realism and not drawn:
                detail["corroborated"] = True
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:lower-case-name",
                    score=0.8 if detail.get("corroborated") else 0.6,
                    text=name, span=(start, end), label=name, detail=detail,
                )
            )  # fmt: skip
            out.append(
                Signal(
                    kind=SignalKind.LIKENESS_INTENT,
                    source="pattern:likeness-frame",
                    text=name,
                    span=(start, end),
                    label=name,
                )
            )
        return out
