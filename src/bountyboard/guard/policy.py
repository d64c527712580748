"""The one policy: signals from any scanner in, one ``Verdict`` out.

The hard floors are code here, not configuration, and nothing in ``GuardConfig`` reaches them:

* a real, identifiable person + anything sexual -> block ``real_person_sexual`` (consent never lifts it); a sexual
  request nobody was found in that reads beyond doubt like one for a real person's likeness, or demands that the
  face be recognisable ("must look like her") -> block ``likeness_context_sexual`` (decision 0056, session 35); with
  a name no list holds in it, not drawn -> block ``possible_real_person_sexual`` (session 36);
* a minor cue + anything sexual -> block ``minor_sexual``; a minor-harm phrase -> block ``minor_harm``;
  beside a minor cue, the cues of ``text/childhood.py`` are childhood, not sex: a school uniform or a pacifier is
  nothing, a bed or a bath -> review ``minor_scene``;
* a private person (a relation, covert or attached photos of someone) -> block ``private_person``;
* any other real person -> ``consent_required`` unless that person consented to this bounty;
  an unlisted name in the frame of a work of fiction (a comic panel, a toy, a sitcom still outside sexual
  text) is a character, not a person (decision 0025);
* a file that cannot be scanned safely or a bank match -> block; a failed scan -> review (fail closed).

A weak ``ner_person`` (a name shape no list knows) never blocks on its own; a demand that the picture look like
someone (``text/detectors/resemblance.py``) frames every one of them, as "LoRA of" frames the name after it.
Every reason code is documented in docs/guard-text.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.verdict import Decision, Rating, Reason, Verdict

# NudeNet 3 classes. Exposed genitalia, female breasts, buttocks, anus: explicit. Their covered
# forms and a bare male chest: suggestive. Faces, feet, bellies and armpits are not sexual.
NUDITY_EXPLICIT = frozenset(
    {"FEMALE_GENITALIA_EXPOSED", "MALE_GENITALIA_EXPOSED", "FEMALE_BREAST_EXPOSED", "BUTTOCKS_EXPOSED", "ANUS_EXPOSED"}
)
NUDITY_SUGGESTIVE = frozenset(
    {"FEMALE_GENITALIA_COVERED", "FEMALE_BREAST_COVERED", "BUTTOCKS_COVERED", "ANUS_COVERED"}
)
NUDITY_MILD = frozenset({"MALE_BREAST_EXPOSED"})

# Reason codes (stable; documented in docs/guard-text.md).
HASH_MATCH = "hash_match"
UNSAFE_FILE = "unsafe_file"
SCAN_ERROR = "scan_error"
MINOR_SEXUAL = "minor_sexual"
MINOR_HARM = "minor_harm"
MINOR_SCENE = "minor_scene"
REAL_PERSON_SEXUAL = "real_person_sexual"
PRIVATE_PERSON = "private_person"
REAL_PERSON_CONSENT = "real_person_consent"
PROTECTED_PERSON_UNVERIFIED = "protected_person_unverified"
POSSIBLE_REAL_PERSON = "possible_real_person"
POSSIBLE_REAL_PERSON_SEXUAL = "possible_real_person_sexual"
CONSENT_ON_FILE = "consent_on_file"
SEXUAL_CONTENT = "sexual_content"
STYLE_REFERENCE = "style_reference"
FICTIONAL_CHARACTER = "fictional_character"
NO_PERSON_DEPICTED = "no_person_depicted"
LIKENESS_CONTEXT = "likeness_context"
LIKENESS_CONTEXT_SEXUAL = "likeness_context_sexual"
LIKENESS_UNLIKELY = "likeness_unlikely"
UNREGISTERED_REAL_FACE = "unregistered_real_face"  # documented in docs/guard-media.md
UNREGISTERED_REAL_FACE_REPEATED = "unregistered_real_face_repeated"

# The likeness-context model's scores (decision 0053, chosen on the tuning rows with each set left out of the
# model that scored it). Above these, a request in which nothing was found goes to a moderator: higher beside
# sexual words, which the writers' real-person rows carry far more often than real prompts about nobody do.
# Below the last, a lone unlisted name that would go to a moderator is let through (0.05 until session 29: the model
# trained with less regularisation scores lone real names lower, and 0.05 let two of Krea's prompts through; 0.03 in
# session 29, 0.025 in session 30, 0.015 from the retraining of session 31, 0.02 in session 33, 0.005 in session 34,
# 0.01 since session 35's, each the highest bar that keeps the real prompts' recall).
LIKENESS_LIKELY = 0.8
LIKENESS_LIKELY_SEXUAL = 0.9
# Sexual, and read as a real person's likeness with near certainty: refused like a found person's (decision 0056). The
# lowest bar at which the real prompts' false positives rose by no more than 0.1 point (3 of 3,226 rows, each a review
# before) while the writers' sexual rows about people no rule names were blocked, not reviewed.
LIKENESS_SURE_SEXUAL = 0.98
LIKENESS_UNLIKELY_BELOW = 0.01
# Below this, a name found only beside sexual words (no frame, no demanded resemblance) goes to a moderator rather than
# being refused: out of fold, the 17 tuning rows refused so below it were all about nobody; between it and 0.1, 5 of
# 20 were about someone (decision 0069). A moderator still looks: nothing is let through.
LIKENESS_DOUBTFUL_SEXUAL = 0.03


def sexual_level(signal: Signal) -> Rating | None:
    """The rating one signal asks for, or None when it is not sexual."""
    if signal.kind is SignalKind.SEXUAL_EXPLICIT:
        return Rating.X
    if signal.kind is SignalKind.SEXUAL_SUGGESTIVE:
        return Rating.PG13 if signal.detail.get("level") == "mild" else Rating.R
    if signal.kind is SignalKind.NUDITY:
        if signal.label in NUDITY_EXPLICIT:
            return Rating.X
        if signal.label in NUDITY_SUGGESTIVE:
            return Rating.R
        if signal.label in NUDITY_MILD:
            return Rating.PG13
    return None


def _verified(signal: Signal) -> bool:
    return bool(signal.detail.get("verified", False))


def _is_real_person(signal: Signal) -> bool:
    """Evidence of an identifiable real person strong enough for the floors."""
    kind = signal.kind
    if kind in (SignalKind.PERSON_NAME, SignalKind.SOCIAL_PROFILE, SignalKind.PRIVATE_PERSON_CUE):
        return True
    if kind in (SignalKind.PROTECTED_PERSON, SignalKind.FACE):
        return signal.person_id is not None and _verified(signal)
    if kind is SignalKind.LIKENESS_INTENT:
        return signal.detail.get("subject") == "self"  # "a LoRA of me": the poster must verify
    if kind is SignalKind.NER_PERSON:
        # A name shape with a role or band beside it, or a known given name framed in a text about
        # photographs: strong enough to treat as a real person (the floors apply).
        return bool(signal.detail.get("corroborated", False))
    return False


def _is_unverified_registry_match(signal: Signal) -> bool:
    return (
        signal.kind in (SignalKind.PROTECTED_PERSON, SignalKind.FACE)
        and signal.person_id is not None
        and not _verified(signal)
    )


def _framed_characters(characters: Sequence[Signal], *, sexual: bool) -> frozenset[tuple[int, int]]:
    """Spans of unlisted names that a work of fiction frames ("X, comic panel", "X as a lego minifigure"):
    characters, not people (decision 0025). A live-action still ("sitcom still") shows an actor's body, and a
    reading circle's picture ("for our book club") says nothing drawn, so in a sexual text they frame nothing and
    the name stays what the name detectors said."""
    return frozenset(
        s.span
        for s in characters
        if s.span and s.detail.get("fiction_frame") and not (sexual and s.detail["fiction_frame"] in _FRAMES_OF_NOTHING_DRAWN)
    )


# The fiction frames (text/fiction_frames.py: SCREEN, READING) that say nothing is drawn: a live-action still, a reader's
# picture. The engine's policy reads signals only, so it names their kinds as the signals carry them.
_FRAMES_OF_NOTHING_DRAWN = frozenset({"screen", "reading"})


def _letters(text: str | None) -> str:
    return "".join(c for c in (text or "").casefold() if c.isalpha())


def _spells_a_character(characters: Sequence[Signal], signal: Signal) -> bool:
    """An unlisted name whose letters begin with those of a listed character the text names elsewhere: the
    character's LoRA or tag ("raidenshogun1", "raidenshogundef" beside "raiden shogun"), not a person (round 11).
    A fiction frame around the name itself is no list's character: decision 0025 reads those."""
    if signal.kind is not SignalKind.NER_PERSON:
        return False
    letters = _letters(signal.label or signal.text)
    listed = [c for c in characters if not c.detail.get("fiction_frame") and c.span != signal.span]
    if any(len(name) >= 6 and letters.startswith(name) for name in (_letters(c.label or c.text) for c in listed)):
        return True
    # ... or whose last word is, inflected or not, a listed character's surname: the same character named again
    # ("Hans Kloss ... Kapitan Kloss", "Burhan Altıntop ... Burhan Altıntop'u", "Rocco Schiavone ... vicequestore
    # schiavone": round 17). Never a shared given name: "Josef Švejk ... Josef Novák" is two people.
    last = _folded_words(signal.label or signal.text)[-1:]
    return bool(last) and any(
        len(words[-1]) >= (4 if len(words) > 1 else 6) and last[0].startswith(words[-1]) and len(last[0]) - len(words[-1]) <= 3
        for words in (_folded_words(c.label or c.text) for c in listed)
    )


# Minor cues that are also given names ("Lolita"): inside a listed adult's name they are that name.
_GIVEN_NAME_MINOR_WORDS = frozenset({"lolita"})


def _folded_words(text: str | None) -> list[str]:
    """The words of a name, lower case, without diacritics ("Altıntop'u" -> ["altintopu"])."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold().replace("ı", "i").replace("ł", "l"))
    return "".join(c if c.isalpha() or c.isspace() else "" for c in decomposed if not unicodedata.combining(c)).split()


def _in(characters: frozenset[tuple[int, int]], signal: Signal) -> bool:
    """An unlisted name (only ``ner_person``: never a listed person, a profile or a private person) that a
    fiction frame makes a character."""
    return signal.kind is SignalKind.NER_PERSON and signal.span in characters


def _ids(signals: Iterable[Signal]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.person_id for s in signals if s.person_id is not None))


def _names(signals: Iterable[Signal]) -> str:
    labels = list(dict.fromkeys((s.label or s.text or s.kind.value) for s in signals))
    shown = ", ".join(labels[:4])
    return shown + (f" and {len(labels) - 4} more" if len(labels) > 4 else "")


class Policy:
    """Stateless and configuration-free by design: the floors cannot be tuned away."""

    def decide(self, signals: Sequence[Signal], *, consented_person_ids: frozenset[str] = frozenset()) -> Verdict:
        signals = tuple(signals)
        reasons: list[Reason] = []
        by_kind: dict[SignalKind, list[Signal]] = {}
        for signal in signals:
            by_kind.setdefault(signal.kind, []).append(signal)

        def of(*kinds: SignalKind) -> list[Signal]:
            return [s for k in kinds for s in by_kind.get(k, [])]

        # a child's word that is also a given name, inside a listed adult's name, is that name ("Lolita Lobosco,
        # commissaria": round 17); "Teen Titans" or "Kid Flash" keep their word
        names = [s.span for s in of(SignalKind.FICTIONAL_CHARACTER, SignalKind.PERSON_NAME) if s.span and not s.detail.get("fiction_frame")]
        minors = [
            s for s in of(SignalKind.MINOR_CUE)
            if not s.detail.get("harm") and not (
                s.label in _GIVEN_NAME_MINOR_WORDS and s.span and any(a <= s.span[0] and s.span[1] <= b for a, b in names)
            )
        ]  # fmt: skip
        sexual = [s for s in signals if sexual_level(s) is not None]
        # Beside a child and nobody named, "in bed" or "a pacifier" is a childhood, not a sexual cue
        # (text/childhood.py): not sexual at all, and the scenes (bed, bath, bare shoulders) go to a moderator
        # instead of blocking. Someone named, or a child's costume, keeps the cues' weight: "<name> dressed as a
        # schoolgirl sucking on a pacifier" dresses an adult as a child.
        named = any(_is_real_person(s) or s.kind is SignalKind.NER_PERSON for s in signals)
        childhood = bool(minors) and not named and not any(s.detail.get("costume") for s in minors)
        childhood_scenes = [s for s in sexual if s.detail.get("childhood") == "scene"] if childhood else []
        if childhood:
            sexual = [s for s in sexual if not s.detail.get("childhood")]
        rating = max((sexual_level(s) or Rating.PG for s in sexual), key=lambda r: r.level, default=Rating.PG)
        sexualised_minors = [s for s in minors if s.detail.get("sexualised")]
        minor_harm = [s for s in of(SignalKind.MINOR_CUE) if s.detail.get("harm")]
        characters = of(SignalKind.FICTIONAL_CHARACTER)
        fiction_spans = _framed_characters(characters, sexual=bool(sexual))
        real = [
            s for s in signals
            if _is_real_person(s) and not _in(fiction_spans, s) and not _spells_a_character(characters, s)
        ]  # fmt: skip
        private = of(SignalKind.PRIVATE_PERSON_CUE)
        unverified = [s for s in signals if _is_unverified_registry_match(s)]
        likeness = max(of(SignalKind.LIKENESS_CONTEXT), key=lambda s: s.score, default=None)
        resemblance = [i for i in of(SignalKind.LIKENESS_INTENT) if i.detail.get("subject") == "resemblance"]
        weak = [
            s for s in of(SignalKind.NER_PERSON)
            if not s.detail.get("corroborated") and not _in(fiction_spans, s) and not _spells_a_character(characters, s)
        ]  # fmt: skip

        # Files and banks: what a scanner could not read safely, or a known abusive image.
        for signal in of(SignalKind.HASH_MATCH):
            reasons.append(
                Reason(HASH_MATCH, f"The image matches a hash in the '{signal.label}' bank.", Decision.BLOCK, (signal,))
            )
        if unsafe := of(SignalKind.UNSAFE_FILE):
            reasons.append(Reason(UNSAFE_FILE, "The file cannot be scanned safely.", Decision.BLOCK, tuple(unsafe)))
        if errors := of(SignalKind.SCAN_ERROR):
            reasons.append(
                Reason(SCAN_ERROR, "A scan did not finish; a moderator must look before anything is shown.", Decision.REVIEW, tuple(errors))
            )

        # Minors.
        if (minors and sexual) or sexualised_minors:
            reasons.append(
                Reason(
                    MINOR_SEXUAL,
                    "Sexual content together with a minor cue is never allowed.",
                    Decision.BLOCK,
                    tuple(minors + sexual),
                )
            )
        elif childhood_scenes:
            reasons.append(
                Reason(
                    MINOR_SCENE,
                    "A child in bed or bathing: ordinary in a children's book, sexual around an adult; a moderator decides.",
                    Decision.REVIEW,
                    tuple(minors + childhood_scenes),
                )
            )
        if minor_harm:
            reasons.append(Reason(MINOR_HARM, "The text describes harm to a minor.", Decision.BLOCK, tuple(minor_harm)))

        # Real people. Consent never lifts the sexual floor or the private-person floor.
        if real and sexual:
            reasons.append(
                Reason(
                    REAL_PERSON_SEXUAL,
                    f"Sexual content of a real, identifiable person ({_names(real)}) is never allowed.",
                    Decision.BLOCK,
                    tuple(real + sexual),
                    _ids(real),
                )
            )
        if private:
            reasons.append(
                Reason(
                    PRIVATE_PERSON,
                    "The request depicts a private person; the platform cannot verify a third party's consent.",
                    Decision.BLOCK,
                    tuple(private),
                )
            )
        needing_consent = [
            s for s in real if s.kind is not SignalKind.PRIVATE_PERSON_CUE and s.person_id not in consented_person_ids
        ]
        consented = [s for s in real if s.person_id is not None and s.person_id in consented_person_ids]
        if needing_consent:
            reasons.append(
                Reason(
                    REAL_PERSON_CONSENT,
                    f"Depicting a real person ({_names(needing_consent)}) needs their own verified consent for this bounty.",
                    Decision.CONSENT_REQUIRED,
                    tuple(needing_consent),
                    _ids(needing_consent),
                )
            )
        if consented and not sexual:
            reasons.append(
                Reason(
                    CONSENT_ON_FILE,
                    f"{_names(consented)} consented to this bounty.",
                    Decision.ALLOW,
                    tuple(consented),
                    _ids(consented),
                )
            )
        if unverified:
            reasons.append(
                Reason(
                    PROTECTED_PERSON_UNVERIFIED,
                    f"The request matches a protected person whose identity is not verified yet ({_names(unverified)}).",
                    Decision.REVIEW,
                    tuple(unverified + sexual),
                    _ids(unverified),
                )
            )
        if weak and not real:
            # A name shape in a likeness frame asks for consent (cheap to give if it is the poster's
            # own character); a name shape beside sexual words goes to a moderator.
            likeness_spans = {i.span for i in of(SignalKind.LIKENESS_INTENT)}
            # a demand that the face be recognisable frames every name shape of the text but a one-word alias, which stays
            # a moderator's (session 35)
            framed = any(s.span in likeness_spans for s in weak) or (
                bool(resemblance) and any(not s.detail.get("alias") for s in weak)
            )
            # ... or the whole request reads as a real person's likeness beyond doubt, as it blocks with no name found
            # (decision 0056): "lora joke brinkhorst ... Ik wil haar naakt kunnen genereren" (round 41), unless only a
            # drawn medium's names are found
            drawn = all(s.detail.get("drawn_medium") for s in weak)
            sure = likeness is not None and likeness.score >= LIKENESS_SURE_SEXUAL and not drawn
            # ... or the likeness frame holds the name, out of a drawn medium: "LoRA of Neeve X ... a few sets of her with
            # nothing on" names whom the sexual words, however far, are about (round 47)
            # ... but a name read only beside sexual words, in a request the model reads as nobody's likeness, goes to a
            # moderator: "..., obcisła sukienka, ..." about no one (decision 0069)
            beside = any(s.detail.get("sexual_context") for s in weak)
            doubtful = beside and likeness is not None and likeness.score < LIKENESS_DOUBTFUL_SEXUAL
            if sexual and (resemblance or sure or (framed and not drawn) or (beside and not doubtful)):
                # A person's name with sexual words around it: blocked even when no list knows the name.
                reasons.append(
                    Reason(
                        POSSIBLE_REAL_PERSON_SEXUAL,
                        f"'{_names(weak)}' looks like a real person's name and the request around it is sexual.",
                        Decision.BLOCK,
                        tuple(weak + sexual),
                    )
                )
            elif sexual and drawn and not doubtful:
                # Only unlisted names in a drawn or invented medium ("Hans Kloss in a thong, comic cover"):
                # read as characters, allowed and rated like any fiction. Listed people still block. So when the
                # sexual words are disguised: round 44's writers disguised a character's "s3xy" too (session 39)
                pass
            elif sexual:
                reasons.append(
                    Reason(
                        POSSIBLE_REAL_PERSON_SEXUAL,
                        f"'{_names(weak)}' may be a real person and the request is sexual; a moderator decides.",
                        Decision.REVIEW,
                        tuple(weak + sexual),
                    )
                )
            elif (nobody := of(SignalKind.NO_PERSON_DEPICTED)) and not framed:
                # "Hüseyin Avni Aker stadyumu, ... kimse yok": a name in a picture the text says has nobody in it
                # is a stadium's, a brand's or a ship's (decision 0051)
                reasons.append(
                    Reason(
                        NO_PERSON_DEPICTED,
                        f"The request says nobody is in the picture: '{_names(weak)}' is read as the name of a thing.",
                        Decision.ALLOW,
                        tuple(weak + nobody),
                    )
                )
            elif not framed and likeness is not None and likeness.score < LIKENESS_UNLIKELY_BELOW:
                # the whole request reads as fiction, a style or a thing (decision 0053): no moderator for the name
                reasons.append(
                    Reason(
                        LIKENESS_UNLIKELY,
                        f"'{_names(weak)}' may be a name, but the request reads as no real person's likeness.",
                        Decision.ALLOW,
                        (*weak, likeness),
                    )
                )
            else:
                reasons.append(
                    Reason(
                        POSSIBLE_REAL_PERSON,
                        f"'{_names(weak)}' looks like a person's name; if it is a real person, they must consent.",
                        Decision.CONSENT_REQUIRED if framed else Decision.REVIEW,
                        tuple(weak),
                    )
                )

        # What is allowed, and why it is rated as it is.
        if sexual:
            reasons.append(
                Reason(SEXUAL_CONTENT, f"Sexual content: rated {rating.value}.", Decision.ALLOW, tuple(sexual))
            )
        if styles := of(SignalKind.STYLE_REFERENCE):
            reasons.append(
                Reason(STYLE_REFERENCE, f"Named as a style, not depicted: {_names(styles)}.", Decision.ALLOW, tuple(styles))
            )
        if characters := of(SignalKind.FICTIONAL_CHARACTER):
            reasons.append(
                Reason(
                    FICTIONAL_CHARACTER, f"Fictional character(s): {_names(characters)}.", Decision.ALLOW, tuple(characters)
                )
            )

        reasons += unregistered_face_reasons(of(SignalKind.UNREGISTERED_FACE), sexual)

        reading = likeness if likeness is not None and likeness.score >= (
            LIKENESS_LIKELY_SEXUAL if sexual else LIKENESS_LIKELY
        ) else None
        if (
            (reading is not None or resemblance)
            and all(r.decision is Decision.ALLOW for r in reasons)
            and not (real or private or unverified or weak or characters or of(SignalKind.STYLE_REFERENCE))
        ):
            # Nothing else holds the request back and nothing explains it, yet it reads like one for a real person's
            # likeness (decision 0053): a name no rule reads ("lo squalo dello stretto in maglia rosa"), a person
            # described without a name. Whatever else asks for more (a face's consent, a moderator) decides alone.
            # ... or demands that the face be recognisable, whoever it is (session 35)
            evidence = tuple(resemblance) if reading is None else (reading, *resemblance)
            if sexual and (resemblance or (reading is not None and reading.score >= LIKENESS_SURE_SEXUAL)):
                # "the redhead from the fish stall, pics off my phone, in a bikini": no rule names her, yet the request
                # reads as someone's likeness beyond doubt, and no real person is depicted sexually (decision 0056)
                reasons.append(
                    Reason(
                        LIKENESS_CONTEXT_SEXUAL,
                        "The request is sexual and reads beyond doubt like one for a real person's likeness, though no "
                        "name in it is known; no real person is depicted sexually.",
                        Decision.BLOCK,
                        (*evidence, *sexual),
                    )
                )
            else:
                reasons.append(
                    Reason(
                        LIKENESS_CONTEXT,
                        "The request reads like one for a real person's likeness, though no name in it is known; a "
                        "moderator decides.",
                        Decision.REVIEW,
                        (*evidence, *sexual),
                    )
                )

        decision = max((r.decision for r in reasons), key=lambda d: d.severity, default=Decision.ALLOW)
        ordered = sorted(reasons, key=lambda r: -r.decision.severity)
        return Verdict(decision=decision, rating=rating, reasons=tuple(ordered), signals=signals)


# -- unregistered real faces (docs/guard-media.md, "Faces in a submission") ---------------------


def unregistered_face_reasons(faces: Sequence[Signal], sexual: Sequence[Signal]) -> list[Reason]:
    """Rules for the photographic faces of a submission that nobody in the registry matched.

    The same unregistered face in two or more images (or in a bounty's references and an entry's
    samples) is a real person the work is about: it needs that person's registered, verified
    consent, and with sexual content it is blocked like any real person. A single unregistered
    face in a model, dataset or image bounty goes to a moderator. Drawn faces never get here.
    """
    reasons: list[Reason] = []
    repeated = [s for s in faces if s.detail.get("repeated")]
    single = [s for s in faces if not s.detail.get("repeated") and s.detail.get("likeness_work")]
    if repeated and sexual:
        reasons.append(
            Reason(
                REAL_PERSON_SEXUAL,
                "Sexual content together with photographs of a real person is never allowed.",
                Decision.BLOCK,
                tuple(repeated) + tuple(sexual),
            )
        )
    if repeated:
        reasons.append(
            Reason(
                UNREGISTERED_REAL_FACE_REPEATED,
                "The same real person's face appears in several images; it can only go ahead with that "
                "person's own verified consent.",
                Decision.CONSENT_REQUIRED,
                tuple(repeated),
            )
        )
    if single:
        reasons.append(
            Reason(
                UNREGISTERED_REAL_FACE,
                "An image shows a real person's face; a moderator checks it before it is shown.",
                Decision.REVIEW,
                tuple(single),
            )
        )
    return reasons
