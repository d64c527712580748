"""The likeness-context model (decision 0053): its features, its pinned file, its reading of requests in the ten
languages of issue 8, its detector, and the two places the policy reads it (and the many it must not).

Sentences are written for these tests; the people in them are unnamed or invented.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest

from bountyboard.guard.config import GuardConfig
from bountyboard.guard.engine import Guard
from bountyboard.guard.errors import GuardError
from bountyboard.guard.policy import (
    LIKENESS_CONTEXT,
    LIKENESS_CONTEXT_SEXUAL,
    LIKENESS_DOUBTFUL_SEXUAL,
    LIKENESS_LIKELY,
    LIKENESS_LIKELY_SEXUAL,
    LIKENESS_SURE_SEXUAL,
    LIKENESS_UNLIKELY,
    LIKENESS_UNLIKELY_BELOW,
    POSSIBLE_REAL_PERSON,
    POSSIBLE_REAL_PERSON_SEXUAL,
    Policy,
)
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.detectors.likeness_context import (
    LikenessContextDetector,
    likeness_context_signals,
)
from bountyboard.guard.text.likeness_context import (
    MODEL_FILE,
    MODEL_SHA256,
    READ_CHARACTERS,
    LikenessContextModel,
    features,
    load_likeness_context_model,
    long_enough,
    shipped_likeness_context_model,
)
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

K = SignalKind

# Requests for an unnamed real person's likeness: nothing a list or a name rule can find.
LIKENESS_REQUESTS = [
    "LoRA of the weather lady from our local channel, 40 photos of her face, she has to look exactly like her",
    "Necesito un LoRA del presentador del telediario de mi ciudad, tengo 50 fotos de su cara, que se parezca",
    "LoRA von unserem Bürgermeister, 40 Fotos von seinem Gesicht, er muss genau so aussehen wie er",
    "Cerco un LoRA del conduttore del tg regionale, ho 40 foto del suo viso, deve somigliare",
    "Quero um LoRA do apresentador do jornal local, tenho 40 fotos do rosto dele, tem que ficar igual",
    "Szukam LoRA prezenterki pogody z lokalnej telewizji, mam 40 zdjęć jej twarzy, ma być podobna",
    "Hledám LoRA moderátorky místní televize, mám 40 fotek jejího obličeje, musí být k nerozeznání",
    "Ik zoek een LoRA van de weervrouw van de regionale zender, 40 foto's van haar gezicht, moet lijken",
    "Yerel kanalın hava durumu sunucusunun LoRA'sını istiyorum, yüzünün 40 fotoğrafı var, tıpatıp benzemeli",
]
# Pictures of nobody, in the same ten languages.
SCENES = [
    "A cozy lighthouse on a cliff at dusk, oil painting, warm light, seagulls",
    "Un phare breton sous la tempête, aquarelle, vagues, mouettes",
    "Un faro en un acantilado al atardecer, óleo, gaviotas, luz cálida",
    "Un faro sulla scogliera al tramonto, acquerello, gabbiani",
    "Um farol numa falésia ao pôr do sol, aguarela, gaivotas",
    "Latarnia morska na klifie o zachodzie słońca, akwarela, mewy",
    "Maják na útesu při západu slunce, akvarel, racci",
    "Een vuurtoren op een klif bij zonsondergang, aquarel, meeuwen",
    "Gün batımında kayalıkta bir deniz feneri, suluboya, martılar",
]


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def context_signal(score: float) -> Signal:
    return Signal(K.LIKENESS_CONTEXT, "model:likeness-context-v1", score=score)


WEAK = Signal(K.NER_PERSON, "heuristic:name-shape", 0.6, text="Orla Vexmoor", span=(0, 12), label="Orla Vexmoor")
NUDE = Signal(K.SEXUAL_EXPLICIT, "lexicon:bountyboard", text="nude", span=(20, 24), label="nude")
LISTED = Signal(K.PERSON_NAME, "gazetteer:civitai-poi", text="Tomas Vrendel", span=(0, 13), label="tomas vrendel")
CHARACTER = Signal(K.FICTIONAL_CHARACTER, "gazetteer:bountyboard-fictional", label="Kelvrix the Bold")
STYLE = Signal(K.STYLE_REFERENCE, "gazetteer:nsp-artist", label="Tomas Vrendel")
MY_EX = Signal(K.PRIVATE_PERSON_CUE, "lexicon:private-relation", text="my ex", label="my ex")


# -- features ---------------------------------------------------------------------------------------------------


def test_character_ngrams_stay_inside_a_word_and_words_pair_up() -> None:
    grams, words = features("Big LIGHTHOUSE")
    assert {" bi", "big", "ig ", " big", "big ", " big "} <= grams
    assert " lig" in grams and "ouse " in grams
    assert not any(" " in g.strip() for g in grams)  # no n-gram spans two words
    assert all(len(g) in (3, 4, 5) for g in grams)
    assert words == {"big", "lighthouse", "big lighthouse"}


def test_only_the_beginning_of_a_long_text_is_read() -> None:
    head = "portrait " * (READ_CHARACTERS // len("portrait ") + 1)  # one word past the end
    assert features(head + "zanzibarquux") == features(head)


# -- the shipped file -------------------------------------------------------------------------------------------


def test_the_shipped_model_is_the_pinned_file() -> None:
    model = shipped_likeness_context_model()
    assert model.version == "1"
    assert len(model.char_weights) > 100_000 and len(model.word_weights) > 10_000


def test_a_file_with_another_digest_is_refused() -> None:
    raw = resources.files("bountyboard.guard.data").joinpath(MODEL_FILE).read_bytes()
    document = json.loads(gzip.decompress(raw))
    document["intercept"] = 5.0  # every request would read as a likeness
    tampered = gzip.compress(json.dumps(document).encode())
    with pytest.raises(GuardError, match="sha256"):
        load_likeness_context_model(tampered)
    assert load_likeness_context_model(tampered, sha256=hashlib.sha256(tampered).hexdigest()).score("x")


def test_a_malformed_file_is_refused_with_its_reason() -> None:
    with pytest.raises(GuardError, match="gzip"):
        load_likeness_context_model(b"not gzip", sha256=hashlib.sha256(b"not gzip").hexdigest())
    with pytest.raises(GuardError, match="malformed"):
        LikenessContextModel.from_json({"version": "1", "intercept": 0.0})


def test_the_pinned_digest_is_a_sha256() -> None:
    assert len(MODEL_SHA256) == 64 and int(MODEL_SHA256, 16)


# -- what the model reads ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", LIKENESS_REQUESTS)
def test_requests_for_an_unnamed_persons_likeness_read_as_likeness(text: str) -> None:
    assert shipped_likeness_context_model().score(text) >= LIKENESS_LIKELY


@pytest.mark.parametrize("text", SCENES)
def test_pictures_of_nobody_do_not(text: str) -> None:
    assert shipped_likeness_context_model().score(text) < 0.5


def test_a_score_is_a_probability_even_for_odd_text() -> None:
    model = shipped_likeness_context_model()
    for text in ("", " ", "\x00" * 10, "🙂" * 5000, "a" * 1_000_000):
        assert 0.0 <= model.score(text) <= 1.0


# -- the detector -----------------------------------------------------------------------------------------------


def test_the_detector_reports_one_score() -> None:
    detector = LikenessContextDetector(shipped_likeness_context_model())
    [signal] = detector.detect(ScanContext(normalize(LIKENESS_REQUESTS[0])))
    assert signal.kind is K.LIKENESS_CONTEXT and signal.source == "model:likeness-context-v1"
    assert signal.score == pytest.approx(shipped_likeness_context_model().score(LIKENESS_REQUESTS[0]))


def test_the_detector_is_silent_once_a_person_is_sure() -> None:
    detector = LikenessContextDetector(shipped_likeness_context_model())
    context = ScanContext(normalize(LIKENESS_REQUESTS[0]), signals=[MY_EX])
    assert detector.detect(context) == []


@pytest.mark.parametrize("text", ["Aurora borealis photo", "Paris nude beach photo", "rose gold lora", "8k"])
def test_the_detector_reads_nothing_into_a_few_words(text: str) -> None:
    detector = LikenessContextDetector(shipped_likeness_context_model())
    assert not long_enough(text)
    assert detector.detect(ScanContext(normalize(text))) == []


def test_six_words_are_enough_to_read() -> None:
    assert long_enough("one two three four five six") and not long_enough("one two three four five 6 7")


@pytest.mark.parametrize("text", LIKENESS_REQUESTS)
def test_a_scan_sends_an_unnamed_likeness_to_a_moderator(scanner: TextScanner, text: str) -> None:
    verdict = Policy().decide(scanner.scan(text))
    assert (verdict.decision, [r.code for r in verdict.reasons]) == (Decision.REVIEW, [LIKENESS_CONTEXT])


@pytest.mark.parametrize("text", SCENES)
def test_a_scan_of_a_scene_stays_allowed(scanner: TextScanner, text: str) -> None:
    verdict = Policy().decide(scanner.scan(text))
    assert verdict.decision is Decision.ALLOW
    assert LIKENESS_CONTEXT not in [r.code for r in verdict.reasons]


# -- the policy -------------------------------------------------------------------------------------------------


def decide(*signals: Signal) -> tuple[Decision, list[str]]:
    verdict = Policy().decide(signals)
    return verdict.decision, [r.code for r in verdict.reasons]


def test_a_likely_likeness_with_nothing_found_goes_to_a_moderator() -> None:
    assert decide(context_signal(LIKENESS_LIKELY)) == (Decision.REVIEW, [LIKENESS_CONTEXT])
    assert decide(context_signal(LIKENESS_LIKELY - 0.01)) == (Decision.ALLOW, [])


def test_beside_sexual_words_the_bar_is_higher() -> None:
    between = (LIKENESS_LIKELY + LIKENESS_LIKELY_SEXUAL) / 2
    assert decide(context_signal(between), NUDE)[0] is Decision.ALLOW
    decision, codes = decide(context_signal(LIKENESS_LIKELY_SEXUAL), NUDE)
    assert decision is Decision.REVIEW and codes[0] == LIKENESS_CONTEXT


@pytest.mark.parametrize("found", [CHARACTER, STYLE], ids=["character", "style"])
def test_a_character_or_a_style_found_is_not_second_guessed(found: Signal) -> None:
    decision, codes = decide(context_signal(0.99), found)
    assert decision is Decision.ALLOW and LIKENESS_CONTEXT not in codes


def test_a_very_unlikely_likeness_lets_a_lone_unlisted_name_through() -> None:
    assert decide(WEAK, context_signal(0.5)) == (Decision.REVIEW, [POSSIBLE_REAL_PERSON])
    assert decide(WEAK, context_signal(LIKENESS_UNLIKELY_BELOW / 2)) == (Decision.ALLOW, [LIKENESS_UNLIKELY])
    assert decide(WEAK) == (Decision.REVIEW, [POSSIBLE_REAL_PERSON])  # no model score: as before


def test_the_score_never_lifts_a_frame_a_floor_or_a_listed_person() -> None:
    frame = Signal(K.LIKENESS_INTENT, "pattern:likeness-frame", text="Orla Vexmoor", span=(0, 12))
    low = context_signal(0.0)
    assert decide(WEAK, frame, low)[0] is Decision.CONSENT_REQUIRED
    assert decide(WEAK, NUDE, low)[0] is not Decision.ALLOW
    assert decide(LISTED, low)[0] is Decision.CONSENT_REQUIRED
    assert decide(LISTED, NUDE, low)[0] is Decision.BLOCK
    assert decide(MY_EX, low)[0] is Decision.BLOCK


def test_what_else_asks_for_more_decides_alone() -> None:
    # the same unregistered face in several reference photos asks for that person's consent: the score adds nothing
    faces = Signal(K.UNREGISTERED_FACE, "sface-clusters", box=(0, 0, 80, 80), detail={"repeated": True})
    assert decide(faces)[0] is Decision.CONSENT_REQUIRED
    assert decide(faces, context_signal(0.99)) == decide(faces)
    consented = Signal(K.PROTECTED_PERSON, "registry", label="Orla Vexmoor", person_id="p-1", detail={"verified": True})
    verdict = Policy().decide([consented, context_signal(0.99)], consented_person_ids=frozenset({"p-1"}))
    assert verdict.decision is Decision.ALLOW and LIKENESS_CONTEXT not in [r.code for r in verdict.reasons]


def test_the_score_never_asks_for_consent() -> None:
    assert decide(context_signal(1.0)) == (Decision.REVIEW, [LIKENESS_CONTEXT])


def test_a_sexual_request_read_as_a_likeness_beyond_doubt_is_refused() -> None:
    decision, codes = decide(context_signal(LIKENESS_SURE_SEXUAL), NUDE)
    assert decision is Decision.BLOCK and codes[0] == LIKENESS_CONTEXT_SEXUAL and LIKENESS_CONTEXT not in codes
    decision, codes = decide(context_signal(LIKENESS_SURE_SEXUAL - 0.01), NUDE)
    assert decision is Decision.REVIEW and codes[0] == LIKENESS_CONTEXT  # below the bar a moderator decides
    # a character or a style found explains the request; the score never blocks it
    assert decide(context_signal(1.0), NUDE, CHARACTER)[0] is Decision.ALLOW


def test_a_sexual_request_read_beyond_doubt_is_refused_beside_an_unlisted_name_too() -> None:
    # session 36: a name no list holds, far from the sexual words, went to a moderator though the same request with no
    # name at all was refused ("lora joke brinkhorst ... Ik wil haar naakt kunnen genereren")
    decision, codes = decide(WEAK, NUDE, context_signal(LIKENESS_SURE_SEXUAL))
    assert decision is Decision.BLOCK and codes[0] == POSSIBLE_REAL_PERSON_SEXUAL
    decision, codes = decide(WEAK, NUDE, context_signal(LIKENESS_SURE_SEXUAL - 0.01))
    assert decision is Decision.REVIEW and codes[0] == POSSIBLE_REAL_PERSON_SEXUAL  # below the bar a moderator decides
    drawn = Signal(K.NER_PERSON, "heuristic:name-shape", 0.6, text="Orla Vexmoor", span=(0, 12), detail={"drawn_medium": True})
    assert decide(drawn, NUDE, context_signal(1.0))[0] is not Decision.BLOCK  # a drawn medium's names stay characters


def test_a_name_read_only_beside_sexual_words_goes_to_a_moderator_when_the_request_reads_as_nobody() -> None:
    # session 44 (decision 0069): "..., obcisła sukienka, zmysłowe spojrzenie" read a garment as a name beside sexual
    # words; out of fold, the requests so refused below the bar were all about nobody
    beside = Signal(K.NER_PERSON, "heuristic:given-name-surname", 0.5, text="Orla Vexmoor", span=(0, 12),
                    detail={"sexual_context": True})  # fmt: skip
    decision, codes = decide(beside, NUDE, context_signal(LIKENESS_DOUBTFUL_SEXUAL))
    assert decision is Decision.BLOCK and codes[0] == POSSIBLE_REAL_PERSON_SEXUAL
    decision, codes = decide(beside, NUDE, context_signal(LIKENESS_DOUBTFUL_SEXUAL - 0.001))
    assert decision is Decision.REVIEW and codes[0] == POSSIBLE_REAL_PERSON_SEXUAL  # a moderator, never let through
    assert decide(beside, NUDE)[0] is Decision.BLOCK  # without the model, as before
    # ... in a drawn medium too: a doubtful name beside sexual words is not let through as a character
    drawn = Signal(K.NER_PERSON, "heuristic:given-name-surname", 0.5, text="Orla Vexmoor", span=(0, 12),
                   detail={"sexual_context": True, "drawn_medium": True})  # fmt: skip
    assert decide(drawn, NUDE, context_signal(LIKENESS_DOUBTFUL_SEXUAL - 0.001))[0] is Decision.REVIEW
    # a likeness frame around the name still refuses it, whatever the score
    framed = Signal(K.LIKENESS_INTENT, "heuristic:name-shape", text="Orla Vexmoor", span=(0, 12))
    assert decide(beside, framed, NUDE, context_signal(0.0))[0] is Decision.BLOCK


def test_an_operator_can_leave_the_learned_reading_out() -> None:
    config = GuardConfig.from_dict({"text": {"likeness_context": False}})
    names = [d.name for d in TextScanner(config.text).detectors]
    assert "likeness-context" not in names and "given-name-surname" in names
    assert "likeness-context" == TextScanner().detectors[-1].name
    # the rules alone find nobody in this one (the first says "she has to look exactly like her", which they read since
    # session 35)
    assert Policy().decide(TextScanner(config.text).scan(LIKENESS_REQUESTS[4])).decision is Decision.ALLOW


def test_a_character_or_a_style_and_no_unlisted_name_is_not_read() -> None:
    detector = LikenessContextDetector(shipped_likeness_context_model())
    for found in (CHARACTER, STYLE):
        assert detector.detect(ScanContext(normalize(LIKENESS_REQUESTS[0]), signals=[found])) == []
    assert detector.detect(ScanContext(normalize(LIKENESS_REQUESTS[0]), signals=[CHARACTER, WEAK]))


# -- a request scanned in parts, read whole (the site's bounties) ------------------------------------------------


def test_a_text_alone_is_read_as_the_detector_reads_it() -> None:
    model = shipped_likeness_context_model()
    [alone] = likeness_context_signals(model, LIKENESS_REQUESTS[0])
    assert [alone] == LikenessContextDetector(model).detect(ScanContext(normalize(LIKENESS_REQUESTS[0])))
    assert likeness_context_signals(model, "rose gold lora") == []


def test_a_request_scanned_in_parts_is_read_whole_though_its_scans_read_no_score(tmp_path: Path) -> None:
    config = GuardConfig.from_dict({"text": {"likeness_context": False}})
    guard = Guard.open(tmp_path, config=config, create=True)
    text = LIKENESS_REQUESTS[1]
    scanned = guard.text_signals(text)
    assert K.LIKENESS_CONTEXT not in {s.kind for s in scanned} and guard.decide(scanned).decision is Decision.ALLOW
    [whole] = guard.request_likeness_signals(text)
    assert whole.score == pytest.approx(shipped_likeness_context_model().score(text))
    verdict = guard.decide([*scanned, whole])
    assert (verdict.decision, [r.code for r in verdict.reasons]) == (Decision.REVIEW, [LIKENESS_CONTEXT])
    # a reference photo's repeated unknown face asks for that person's consent: the reading adds nothing then
    faces = Signal(K.UNREGISTERED_FACE, "sface-clusters", box=(0, 0, 80, 80), detail={"repeated": True})
    assert guard.decide([*scanned, faces, whole]).decision is Decision.CONSENT_REQUIRED
    assert guard.request_likeness_signals("Aurora borealis photo") == []
