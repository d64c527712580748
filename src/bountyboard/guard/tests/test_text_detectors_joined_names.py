"""Names written as one token (joined by "_" or ".", or run together) and the long tail of given names."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.text.shipped import (
    HashedWords,
    shipped_place_words,
    shipped_ssa_given_names,
    shipped_vocabulary_words,
)
from bountyboard.guard.verdict import Decision

JOINED, RUN_TOGETHER = "heuristic:joined-name", "heuristic:run-together-name"


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    # the rules alone, as the other detectors' tests read them: the learned reading of the whole request (decision
    # 0053) has its own tests, and since session 29 lets "kelvarindousa al estilo de Mortadelo, cómic" through (0.02)
    return TextScanner(TextConfig(likeness_context=False))


def found(scanner: TextScanner, text: str, source: str) -> list[Signal]:
    return [s for s in scanner.scan(text) if s.source == source]


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


# Names written for these tests (no shipped list holds them, nor the evaluation sets).
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("portrait of hazel_winslow, studio light", "hazel winslow"),
        ("Affiche avec Margot.Lefranc en reine", "margot lefranc"),
        ("retrato de lucia_barranco en la playa", "lucia barranco"),
        ("Porträt von jonas_kessler als Ritter", "jonas kessler"),
        ("giulia.ferrante vestita da principessa", "giulia ferrante"),
        ("ines_carvalheira a dançar no Porto", "ines carvalheira"),
        ("marta_kowalczyk jako królowa śniegu", "marta kowalczyk"),
        ("jana_dvorska jako lesní víla", "jana dvorska"),
        ("LoRA van sanne.bakelaar gezocht", "sanne bakelaar"),
        ("elif_karaduman şövalye olarak", "elif karaduman"),
    ],
)
def test_a_name_joined_by_an_underscore_or_a_dot_is_a_person_in_every_language(
    scanner: TextScanner, text: str, label: str
) -> None:
    # On a lower-case line the given-name rule reads the two words already; either way one strong name.
    hits = [s for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON]
    assert [s.label for s in hits] == [label]
    assert hits[0].detail.get("corroborated") is True
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    ["selena_pendlmayr im knappen Bikini, verführerische Pose", "NSFW, hazel_winslow, spread on the sofa, lewd"],
)
def test_a_joined_name_on_a_capitalised_line_is_found_and_blocks_beside_sexual_words(
    scanner: TextScanner, text: str
) -> None:
    # a known given name joined by "_" is a handle the given-name detector reads too (decision 0032)
    hits = found(scanner, text, JOINED) + found(scanner, text, "heuristic:given-name-surname")
    assert len(hits) == 1 and hits[0].detail.get("corroborated") and hits[0].detail.get("sexual_context")
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "rose_gold jewellery, product photo",  # a given name and a word
        "alice_in_wonderland tea party",  # a two-letter word after the name
        "anna.jpg and anna.png attached",  # file extensions
        "visit maria.com for prints",
        "image_001, model_v2, lora_weights",
    ],
)
def test_joined_words_that_are_not_names(scanner: TextScanner, text: str) -> None:
    assert found(scanner, text, JOINED) == []


def test_an_ism_in_polish_before_a_style_cue_is_no_name(scanner: TextScanner) -> None:
    # session 38: "surrealizm w stylu X" is a movement in an artist's style, not somebody run together
    signals = scanner.scan("mural do pokoju dziecka, surrealizm w stylu Jacka Vexmoora, akwarela")
    assert not [s for s in signals if s.kind is SignalKind.NER_PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need a lora for terencebooth - headshots only", Decision.REVIEW),  # en, an ordinary-word surname
        ("masterpiece, best quality, jamiegibbons, ultra detailed face", Decision.REVIEW),  # en tag soup
        ("capolavoro, livioagostinelli, volto dettagliato, luce morbida", Decision.REVIEW),  # it
        ("margotlefranc en string à la plage, photo sexy", Decision.BLOCK),  # fr, sexual words next: block
        ("lucianaherrero en tanga en la playa, foto sensual", Decision.BLOCK),  # es
        ("julianebrandt nackt im Bett, realistisches Foto", Decision.BLOCK),  # de
        ("beatrizmoraes de lingerie, ombros nus, foto íntima", Decision.BLOCK),  # pt
        ("arcydzieło, tomaszmatuszak, szczegółowa twarz", Decision.REVIEW),  # pl
        ("Zakázka: matejrepka jako hasič, vintage fotka", Decision.REVIEW),  # cs, before "jako"
        ("sannebakelaar in een string op het strand", Decision.BLOCK),  # nl
        ("Sipariş: elifkaraduman itfaiyeci olarak", Decision.REVIEW),  # tr
    ],
)
def test_a_run_together_name_where_a_request_puts_its_subject(scanner: TextScanner, text: str, expected: Decision) -> None:
    # review is the least this detector asks for; a known surname lets the given-name rule ask for consent
    got = decide(scanner, text)
    assert got is expected or (expected is Decision.REVIEW and got is Decision.CONSENT_REQUIRED)


@pytest.mark.parametrize(
    "text",
    [
        "zaczarowany las, namalowany przez Hokusai",  # pl words no dictionary here holds
        "Landschap in de stijl van Loish, olieverf",  # "olie|verf" is paint
        "digital painting, trending on artstation, deviantart, 8k",  # image sites
        "orientalism, oil on canvas",  # a word's ending, not a name's
        "transylvanian folk art, woodcut",
        "Illustrations pour un livre jeunesse : des aventures au bord de la mer",  # "aven|tures"
        "ControlNet depth workflow for a man walking in the rain",  # CamelCase cut only at its capitals
        "un titiritero con marionetas de hilo, plaza de pueblo",  # session 24: "marion|etas" are puppets
        "spectacle de marionnettes dans un square, un marionnettiste caché, aquarelle",
    ],
)
def test_words_that_start_with_a_given_name_are_not_names(scanner: TextScanner, text: str) -> None:
    kinds = {s.kind for s in scanner.scan(text)}
    assert SignalKind.NER_PERSON not in kinds
    assert decide(scanner, text) is Decision.ALLOW


def test_a_run_together_name_in_a_drawn_medium_stays_weak(scanner: TextScanner) -> None:
    hits = found(scanner, "anime screenshot, margotlefranc, cel shading", RUN_TOGETHER)
    assert hits and not hits[0].detail.get("corroborated")


class TestLongTailGivenNames:
    """US Social Security baby names (public domain): names of every language, minus words and places."""

    def test_the_long_tail_knows_names_the_popular_lists_lack(self) -> None:
        names = shipped_ssa_given_names(100)
        assert {"terence", "patricio", "jolene", "tenzin", "lilli"} <= names

    def test_words_and_places_are_left_out(self) -> None:
        names = shipped_ssa_given_names(100)
        assert not {"golden", "love", "author", "texas", "paris", "montreal"} & names
        assert {"texas", "montreal", "zealand"} <= shipped_place_words()

    @pytest.mark.parametrize(
        "text",
        [
            "Patricio Huerta tocando la guitarra en Sevilla",  # es
            "Terence Booth, spread on the sofa, lewd",  # en: a capitalised ordinary-word surname blocks
            "Tenzin Dorje als Astronaut auf dem Mond",  # de
        ],
    )
    def test_a_long_tail_given_name_makes_a_name(self, scanner: TextScanner, text: str) -> None:
        assert decide(scanner, text) is not Decision.ALLOW

    @pytest.mark.parametrize(
        "text",
        [
            "Emerald Lake, Yoho National Park, British Columbia",
            "Montreal Street In Winter, oil on canvas",
            "hunter s thompson fighting a cop, concept art",  # lower case: the name before a plain word
            "neo - expressionism, thick paint",
            "A painting of the evening glow on O'Connell Street",
            "LoRA de Kameto, le streamer de la Karmine Corp",
        ],
    )
    def test_places_titles_and_words_stay_what_they_are(self, scanner: TextScanner, text: str) -> None:
        assert not [s for s in scanner.scan(text) if s.source == "heuristic:given-name-surname"]


@pytest.mark.parametrize(
    "text",
    [
        "Zlecenie: agnieszkawróblewska jako strażak, zdjęcie vintage",  # pl -ska
        "Zakázka: ondřejzelinský jako hasič, vintage fotka",  # cs -ský, no known given-name split needed
        "LoRA radkanovotníková (skutečná osoba)",  # cs -ová
        "Sipariş: kamranəliyev itfaiyeci olarak, eski fotoğraf",  # az/tr -yev
        "Sipariş: mehmetkaraosmanoğlu itfaiyeci olarak",  # tr -oğlu
    ],
)
def test_a_run_together_token_that_ends_like_a_surname_is_a_name_where_a_request_puts_its_subject(
    scanner: TextScanner, text: str
) -> None:
    assert decide(scanner, text) in (Decision.REVIEW, Decision.CONSENT_REQUIRED)


@pytest.mark.parametrize(
    "text",
    ["powered by stablediffusion, kowalski", "Wyjazd na narty, kolejka linowa, ski", "whisky tasting, oak barrels"],
)
def test_a_surname_ending_alone_is_not_enough_outside_a_subject_place(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "ein verzauberter Wald, gemalt von Alfons Maria Mucha",  # de: the cue two name words back
        "un bosco incantato, dipinto da Tullio Crali",  # it
        "zaczarowany las, namalowany przez Olgierd Wysocki",  # pl
        "pejzaż inspirowany przez Olgierd Wysocki",
        "kouzelný les, namalovaný stylem Alfons Maria Mucha",  # cs
        "een betoverd bos, geschilderd door Gerrit Bakker",  # nl
        "landschap geïnspireerd door Gerrit Bakker",
        "Jan Kowalczyk'ten esinlenen bir manzara",  # tr: the cue follows the name
        "paisaje pintado por Lucía Moreno",  # es
        "forêt enchantée peinte par Léa Fontaine",  # fr
    ],
)
def test_an_unlisted_painter_cited_as_a_style_in_every_language_is_allowed(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_ordinary_words_between_a_style_cue_and_a_name_break_the_cue(scanner: TextScanner) -> None:
    assert decide(scanner, "Make a Pixar-style figurine of Leon Denison for my desk") is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Porträt meines Hundes Bruno als Astronaut",  # de: a pet
        "Kedim Pamuk'un kral kıyafetli portresi",  # tr
        "portret van mijn hond Max als astronaut",  # nl
        "Cartel del Museo Reina Sofía, diseño minimalista",  # es: a museum named after someone
        "Rue Victor Hugo à Paris, aquarelle",  # fr: a street
        "Plakat Pałacu Kultury nocą, styl retro",  # pl: art and place nouns
        "paesaggio toscano nello stile di edward hopper",  # it
        "paisaje de montaña al estilo de loish, óleo",  # es
    ],
)
def test_pets_places_and_art_nouns_are_not_people(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize("text", ["Noah Fox in a thong, instagram style photo", "Daniel Park as a knight, oil painting"])
def test_a_known_surname_that_is_also_a_place_or_animal_word_stays_a_surname(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is not Decision.ALLOW


@pytest.mark.parametrize(
    "text", ["un bosco incantato, dipinto da rubens", "een betoverd bos, geschilderd door peter mohrbacher"]
)
def test_an_article_before_a_lower_case_pair_makes_it_a_noun_phrase(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


# -- round 4: a long token no given-name list splits, where only a person's name goes ----------------------
# Tokens made up for these tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("detailed portrait of #quorvenalisk, 8k, artstation", Decision.REVIEW),
        ("portrait détaillé de #velmirhadouk, 8k", Decision.REVIEW),
        ("ritratto dettagliato di #ostrivanelli, 8k", Decision.REVIEW),
        ("detailní portrét zdeverinokal, 8k, artstation", Decision.REVIEW),
        ("detailní portrét vilemtrnkova, 8k", Decision.REVIEW),  # split on a given name, after a portrait word
        ("tavrimendouk, gros plan, grain argentique", Decision.REVIEW),
        ("kelvarostinu, yakın çekim, film greni", Decision.REVIEW),
        ("marvelinoduk - airport outfits, lora", Decision.REVIEW),
        # not "ostravelinka": since session 18 it reads as two Czech words joined ("v Ostravě" + "linka")
        ("kelvarindousa al estilo de Mortadelo, cómic", Decision.REVIEW),
        ("capolavoro, ostrivanelli, volto dettagliato, luce morbida", Decision.REVIEW),  # a face-detail tag
        ("arcydzieło, zdeverinokal, szczegółowa twarz, 8k", Decision.REVIEW),
        ("need a lora for marvelinoduk - headshots only", Decision.REVIEW),
        ("velmirhadouk en lingerie noire, photo boudoir", Decision.BLOCK),  # the next word is sexual
        ("kelvarostinu in only his underwear", Decision.BLOCK),
    ],
)
def test_an_unsplit_token_where_only_a_name_goes(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected, (text, [s.to_json() for s in scanner.scan(text)])


@pytest.mark.parametrize(
    "text",
    [
        "detailed portrait of #cyberpunkcity, 8k",  # two words run together
        "steampunkairship, close-up, 8k",
        "womenofcreepy panties, night",  # three words
        "plagraced shirtless woman poolside",  # an English inflection
        "quorvenalisk 'm looked bikini, beach",  # the sexual word is not the next one
        "#quorvenalisk, sunset, golden hour",  # a hashtag that opens tag soup is no frame by itself
        "overgrownruins, close-up, moss",
    ],
)
def test_unsplit_tokens_that_are_no_names(scanner: TextScanner, text: str) -> None:
    assert not found(scanner, text, "heuristic:run-together-name"), text


# Round 5 (decision 0025): a photo of someone whose skin the prompt details, and a dash line trained on a
# number of photographs, in the ten languages; names made up for the test.
@pytest.mark.parametrize(
    "text",
    [
        "photo of hope varkonyi, bokeh, dslr, highly detailed skin, 4k",
        "photo of jeremiahquintbell, bokeh, dslr, highly detailed skin, 4k",
        "photo de #amandinevercors, bokeh, reflex, peau très détaillée",
        "foto di ottavianobrenzoni, bokeh, reflex, pelle molto dettagliata, 4k",
        "foto van floortjevanderkamp, bokeh, spiegelreflex, zeer gedetailleerde huid",
        "zdjęcie #agnieszkawolnicka, bokeh, lustrzanka, bardzo szczegółowa skóra",
        "#nurcanyelkovan fotoğrafı, bokeh, dslr, çok detaylı cilt, 4k",
        "gaspardvercors - tenues de festival, 30 photos",
        "floortjevanderkamp - festivaloutfits, 25 foto's",
    ],
)
def test_round5_person_only_frames_find_the_name(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "photo of old man, bokeh, dslr, highly detailed skin, 4k",
        "photo of cute puppies, bokeh, highly detailed skin",
        "summerdresses - festival outfits, 30 photos",
        "photo of mountainlandscapes, bokeh, dslr, 4k",
    ],
)
def test_round5_person_only_frames_leave_things_alone(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "ray tracing, uma ruiva de 30 anos, totalmente nua, olhando pra câmera",  # an adverb
        "una pelirroja tumbada en la cama, fotografía boudoir, award winning photo",  # a noun
        "illuminazione soffusa, realismo, ritratto in studio",
    ],
)
def test_romance_adverbs_and_nouns_are_no_run_together_names(scanner: TextScanner, text: str) -> None:
    """Round 10: "totalmente" and "fotografía" are no dictionary's words here, but their endings are a word's."""
    assert found(scanner, text, "heuristic:run-together-name") == []


@pytest.mark.parametrize("text", ["slaapwandelende naakte vrouwen, maanverlichte straat, nsfw", "schlafwandelnde nackte Frauen, nsfw"])
def test_a_participle_opening_a_sexual_line_is_no_name(scanner: TextScanner, text: str) -> None:
    # round 16: Dutch and German present participles are words a dictionary may lack
    assert found(scanner, text, "heuristic:run-together-name") == []


def test_a_nationality_is_not_split_into_a_name(scanner: TextScanner) -> None:
    # round 16: "nederlandse" read as "ned|erlandse" beside sexual words
    assert found(scanner, "nederlandse vrouw 30 jaar, oranje bikini, (sexy:1.2), zomer", "heuristic:run-together-name") == []


def test_a_frequent_word_of_another_language_is_no_run_together_name(scanner: TextScanner) -> None:
    """Round 20: "primavera" (spring in Spanish, Italian and Portuguese) is no "prima|vera"."""
    text = "jardins da fundação, lisboa, edifício modernista, patos no lago, primavera, fotografia de arquitetura"
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize("text", ["xilogravura no estilo de cordel, vaqueiro", "drzeworyt w stylu ludowym, kogut"])
def test_a_painting_medium_opening_a_line_is_no_run_together_name(scanner: TextScanner, text: str) -> None:
    # round 21: "xilogravura" split no given name but opened its line before a style: a medium, not a person
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 17: a frequent word with a case ending ("karikatur|a", "kalendarz|a") is no run-together name
        "žirafa v cylindru a hroch v námořnické uniformě, karikatura ve stylu Adolfa Kelvermoora, tenká linka, akvarel",
        "strażak z OSP, wymyślony model, bez koszulki, sesja do kalendarza, seksownie",
    ],
)
def test_a_frequent_word_in_a_case_is_no_run_together_name(scanner: TextScanner, text: str) -> None:
    assert not found(scanner, text, "heuristic:run-together-name")


@pytest.mark.parametrize(
    "text",
    [
        # session 18: a German or Dutch compound of two frequent words opening a line before a style is no name
        "straßenszenen im stil von Adolf Kelvermoor, arbeiter, kantige formen",
        "kerstmarkten in de stijl van Orla Vexmoor, sneeuw, lichtjes",
    ],
)
def test_a_compound_of_two_frequent_words_is_no_run_together_name(scanner: TextScanner, text: str) -> None:
    assert not found(scanner, text, "heuristic:run-together-name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("sancakyıldızı, yakın çekim, film greni", Decision.REVIEW), ("sancakyıldızı iç çamaşırıyla, yatakta", Decision.BLOCK)],
)
def test_a_turkish_surname_of_two_words_joined_still_is_one(scanner: TextScanner, text: str, expected: Decision) -> None:
    """Turkish surnames are words joined (the surname law of 1934): "sancak|yıldızı" stays a run-together name."""
    assert decide(scanner, text) is expected


def test_a_german_adjective_made_from_a_frequent_word_is_no_run_together_name(scanner: TextScanner) -> None:
    # round 23: "sommer|lich"; a name that ends so ("liwia|plich") keeps its reading
    assert not found(scanner, "Erdbeereis auf dem Teller, sommerlich, food photography, makro", RUN_TOGETHER)


def test_a_soap_title_opening_with_a_given_name_is_no_name(scanner: TextScanner) -> None:
    # session 26: "emmer|dale"; the soap's character beside it is listed
    assert decide(scanner, "charity dingle, emmerdale, sultry look, leaning on the bar of the woolpack, sexy") is Decision.ALLOW


def test_a_title_in_a_case_is_no_run_together_name(scanner: TextScanner) -> None:
    # session 26: "portret komisarza": Polish "komisarz" in the genitive after a portrait word
    assert not found(scanner, "Portret komisarza w prochowcu w deszczu, noir, ciemne kolory", RUN_TOGETHER)


# -- the vocabulary of the ten languages (decision 0056) --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "malinconico, vecchio porto al tramonto",  # read "malin|conico" before
        "#malinconico #girasole campo al tramonto",
        "tatuagens, marinheiro no porto, fotografia",  # "marin|heiro"
        "Il chiosco LungoMare di Cesenatico al tramonto, illustrazione",  # CamelCase as a brand writes it
        "Foto del chiosco SottoBosco in montagna",
    ],
)
def test_a_word_of_one_of_the_ten_languages_hides_no_name(scanner: TextScanner, text: str) -> None:
    assert not [s for s in scanner.scan(text) if s.kind in (SignalKind.NER_PERSON, SignalKind.PERSON_NAME)]
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "#GiuliaFerrante vestita da principessa",
        "ritratto di giuliaferrante, luce morbida",
        "portrait of m-a-r-l-e-n-e d-u-v-a-l as a queen",  # letters spelt out are read whatever they spell
    ],
)
def test_a_name_run_together_is_still_a_name(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is not Decision.ALLOW


def test_the_vocabulary_holds_the_words_and_no_famous_name_run_together() -> None:
    vocabulary = shipped_vocabulary_words()
    assert len(vocabulary) > 200_000
    assert all(w in vocabulary for w in ("malinconico", "marinheiro", "lungomare", "realistisch", "dettagliato"))
    assert "filizanka" not in vocabulary  # "filiżanka" is rarer than once in a million words
    assert not any(w in vocabulary for w in ("justinbieber", "taylorswift", "emmawatson", "kimkardashian"))


def test_hashed_words_answer_membership_only_for_their_words() -> None:
    words = HashedWords(["dettagliato", "sorridente", "dettagliato"])
    assert len(words) == 2
    assert "dettagliato" in words and "sorridente" in words
    assert "dettagliata" not in words and "" not in words and 42 not in words
    assert "x" not in HashedWords([])
