"""TextScanner.scan on real inputs: evasions, style vs likeness, fiction vs actors, profiles,
private-person cues, sexual and minor lexicons in six languages, and spans into the original."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.errors import GuardError
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

K = SignalKind


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner(TextConfig())


def kinds(signals: list[Signal]) -> set[SignalKind]:
    """What the rules found: the learned reading of the whole text (decision 0053) has its own tests."""
    return {s.kind for s in signals} - {SignalKind.LIKENESS_CONTEXT}


def of(signals: list[Signal], kind: SignalKind) -> list[Signal]:
    return [s for s in signals if s.kind is kind]


def person(signals: list[Signal]) -> Signal:
    found = of(signals, K.PERSON_NAME)
    assert len(found) == 1, signals
    return found[0]


class TestTextScannerInit:
    def test_loads_the_shipped_lists(self, scanner: TextScanner) -> None:
        assert scanner.gazetteer_size > 4000

    def test_extra_public_figures_from_config_are_matched(self) -> None:
        custom = TextScanner(TextConfig(extra_public_figures=("Zorblax Quintana",)))
        signals = custom.scan("Zorblax Quintana as a pirate")
        assert person(signals).label == "Zorblax Quintana"
        assert person(signals).source == "gazetteer:config"

    def test_extra_fictional_characters_from_config_are_not_people(self) -> None:
        custom = TextScanner(TextConfig(extra_fictional_characters=("Vexa Moonfang",)))
        signals = custom.scan("Vexa Moonfang as a pirate queen")
        assert kinds(signals) == {K.FICTIONAL_CHARACTER}

    def test_extra_sexual_terms_from_config_are_matched(self) -> None:
        custom = TextScanner(TextConfig(extra_sexual_terms=("glorpwave",)))
        assert kinds(custom.scan("a glorpwave set")) == {K.SEXUAL_EXPLICIT}


class TestScan:
    # -- input ------------------------------------------------------------------------------------

    def test_rejects_non_text_with_a_clear_error(self, scanner: TextScanner) -> None:
        with pytest.raises(GuardError) as caught:
            scanner.scan(b"bytes")  # type: ignore[arg-type]
        assert caught.value.code == "input_invalid"

    def test_empty_text_has_no_signals(self, scanner: TextScanner) -> None:
        assert scanner.scan("") == []

    def test_spans_point_into_the_original_text(self, scanner: TextScanner) -> None:
        text = "Portrait réaliste d'Omar Sy en astronaute"
        found = person(scanner.scan(text))
        assert found.span is not None
        assert text[found.span[0] : found.span[1]] == "Omar Sy"

    # -- evasions ---------------------------------------------------------------------------------

    def test_leetspeak_name(self, scanner: TextScanner) -> None:
        text = "3mma W4tson cosplay portraits"
        found = person(scanner.scan(text))
        assert found.label is not None and found.label.lower() == "emma watson"
        assert found.text == "3mma W4tson"

    def test_spaced_letters_name(self, scanner: TextScanner) -> None:
        found = person(scanner.scan("E m m a  S t o n e - retro 1950s portrait"))
        assert found.label is not None and found.label.lower() == "emma stone"
        assert found.text == "E m m a  S t o n e"

    def test_dotted_letters_name(self, scanner: TextScanner) -> None:
        found = person(scanner.scan("E.m.m.a W.a.t.s.o.n bikini try-on haul"))
        assert found.text == "E.m.m.a W.a.t.s.o.n"

    def test_cyrillic_homoglyph_name(self, scanner: TextScanner) -> None:
        found = person(scanner.scan("Tаylor Swіft Eras tour outfits"))
        assert found.label is not None and found.label.lower() == "taylor swift"

    def test_zero_width_characters_inside_a_name(self, scanner: TextScanner) -> None:
        text = "Sydney\u200b Swee\u200dney nude"
        signals = scanner.scan(text)
        assert person(signals).text == "Sydney\u200b Swee\u200dney"
        assert K.SEXUAL_EXPLICIT in kinds(signals)

    def test_symbol_leetspeak_name(self, scanner: TextScanner) -> None:
        found = person(scanner.scan("Sc@rl3tt Joh@ns$on as Black Widow"))
        assert found.text == "Sc@rl3tt Joh@ns$on"

    def test_underscore_joined_name(self, scanner: TextScanner) -> None:
        assert person(scanner.scan("Gal_Gadot_lora_v2 - retrain")).text == "Gal_Gadot"

    def test_hyphen_spelled_surname(self, scanner: TextScanner) -> None:
        assert person(scanner.scan("Penélope C-r-u-z desnuda")).text == "Penélope C-r-u-z"

    def test_reversed_name_order(self, scanner: TextScanner) -> None:
        assert person(scanner.scan("Watson Emma bikini photos")).label == "emma watson"

    def test_reversed_name_order_needs_capitals(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("the smith will forge a sword"), K.PERSON_NAME) == []

    def test_short_one_word_name_needs_a_capital(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("a drake flying over the pond"), K.PERSON_NAME) == []
        assert person(scanner.scan("Drake as a medieval king")).label is not None

    # -- style vs likeness ------------------------------------------------------------------------

    def test_artists_named_as_a_style(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Epic battle, by greg rutkowski and artgerm, trending on artstation")
        assert kinds(signals) == {K.STYLE_REFERENCE}
        assert len(of(signals, K.STYLE_REFERENCE)) == 2

    def test_in_the_style_of_an_artist(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Tarot deck in Alphonse Mucha style")
        assert kinds(signals) == {K.STYLE_REFERENCE}

    def test_style_phrase_in_german(self, scanner: TextScanner) -> None:
        assert kinds(scanner.scan("Landschaften im Stil von Caspar David Friedrich")) == {K.STYLE_REFERENCE}

    def test_the_same_artist_depicted_is_a_likeness(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Greg Rutkowski as a knight (birthday joke)")
        assert {K.PERSON_NAME, K.LIKENESS_INTENT} <= kinds(signals)
        assert K.STYLE_REFERENCE not in kinds(signals)

    def test_portrait_of_an_artist_is_a_likeness(self, scanner: TextScanner) -> None:
        assert K.PERSON_NAME in kinds(scanner.scan("portrait of Greg Rutkowski, oil on canvas"))

    def test_celebrity_in_an_artists_style(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Marion Cotillard in Hayao Miyazaki's style")
        assert person(signals).label == "Marion Cotillard"
        assert [s.label for s in of(signals, K.STYLE_REFERENCE)] == ["Hayao Miyazaki"]

    @pytest.mark.parametrize(
        "text",
        ["The actress who played Hermione, as a vampire queen", "the current president of France as an emperor",
         "the girl from the Old Spice commercial", "Le président de la République en chevalier",
         "la actriz que hace de Elena en la serie"],
    )  # fmt: skip
    def test_a_description_that_singles_out_one_person(self, scanner: TextScanner, text: str) -> None:
        assert [s.detail for s in of(scanner.scan(text), K.PERSON_NAME)] == [{"described": True}]

    @pytest.mark.parametrize("text", ["the queen of hearts, card art", "the king of the jungle as a lion"])
    def test_fictional_titles_are_not_descriptions(self, scanner: TextScanner, text: str) -> None:
        assert of(scanner.scan(text), K.PERSON_NAME) == []

    @pytest.mark.parametrize(
        "text",
        ["el alcalde de Zamora como superhéroe, cómic", "de burgemeester van Gent als ridder, olieverf",
         "the mayor of Whitehorse as a mountie, caricature", "der Bürgermeister von Plauen als Wikinger",
         "il sindaco di Lucca in armatura", "a prefeita de Belém como sereia", "le maire de notre village en Père Noël",
         "wójt gminy Kadzidło w kurpiowskim stroju", "starosta obce Velké Bílovice jako vinař",
         "Konya büyükşehir belediye başkanı karikatürü",
         # session 39, found by probing: the town alone in the genitive, and a local station's presenter
         "burmistrzyni Olecka jako królowa", "the weather girl of channel 5 in Bemidji as a valkyrie",
         "the blonde anchor of the Kenora evening news as a pirate",
         # session 40, found by probing: the office in the genitive ("the mayor's wife", German and Polish)
         "die Frau des Bürgermeisters von Lengwald als Fee", "żona burmistrza Dąbrówki jako królowa"],
    )  # fmt: skip
    def test_the_holder_of_a_named_places_office_is_one_person(self, scanner: TextScanner, text: str) -> None:
        # session 30: round 35's writers described mayors by their town ("el alcalde de zamora en bañador ... sexy")
        assert [s.detail for s in of(scanner.scan(text), K.PERSON_NAME)] == [{"described": True}]

    @pytest.mark.parametrize(
        "text",
        ["the mayor of a small town shaking hands, cartoon", "the mayor of the town gives a speech, picture book",
         "the Mayor of Halloween Town, stop motion", "el alcalde del pueblo en un desfile, acuarela",
         "a mayor cutting a ribbon, stock photo", "burmistrz jest na urlopie, pejzaż miasta",
         "the host of the evening news, a cartoon fox, children's book"],
    )  # fmt: skip
    def test_a_generic_or_invented_towns_mayor_is_nobody(self, scanner: TextScanner, text: str) -> None:
        assert of(scanner.scan(text), K.PERSON_NAME) == []

    def test_a_named_towns_mayor_in_sexual_text_is_blocked(self, scanner: TextScanner) -> None:
        text = "el alcalde de zamora en bañador slip posando sexy junto al duero, foto realista"
        verdict = Policy().decide(scanner.scan(text))
        assert verdict.decision is Decision.BLOCK
        assert "real_person_sexual" in {r.code for r in verdict.reasons}

    # -- fiction, brands, places ------------------------------------------------------------------

    def test_fictional_character_alone_is_not_a_person(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Hermione Granger, book illustration version (not the actress)")
        assert kinds(signals) == {K.FICTIONAL_CHARACTER}

    def test_actor_as_the_character_is_a_likeness(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Emma Watson as Hermione, Yule Ball dress")
        assert person(signals).label is not None and person(signals).label.lower() == "emma watson"
        assert K.FICTIONAL_CHARACTER in kinds(signals)

    def test_brand_named_after_a_person_is_not_a_person(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Ferrari F40 in a rainy cyberpunk alley"), K.PERSON_NAME) == []

    def test_place_named_after_a_person_is_not_a_person(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Washington Monument at night, long exposure")
        assert not kinds(signals) & {K.PERSON_NAME, K.NER_PERSON}

    # -- the weak name-shape signal ---------------------------------------------------------------

    def test_unlisted_name_in_a_likeness_frame_is_a_weak_person(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Manon Bresch en reine des neiges")
        weak = of(signals, K.NER_PERSON)
        assert [s.text for s in weak] == ["Manon Bresch"]
        assert weak[0].detail == {"given_name": True}
        assert K.LIKENESS_INTENT in kinds(signals)

    def test_a_known_given_name_earns_the_wider_frames(self, scanner: TextScanner) -> None:
        assert [s.text for s in of(scanner.scan("Manon Kervran skateboarding"), K.NER_PERSON)] == ["Manon Kervran"]

    def test_capitalised_words_without_a_frame_are_not_a_person(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Golden Hour Landscapes for a calendar"), K.NER_PERSON) == []

    def test_a_place_in_a_frame_is_not_a_person(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Photo of Central Park in autumn"), K.NER_PERSON) == []

    def test_an_original_character_context_silences_the_heuristic(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("My OC Mira Solberg as a pirate captain"), K.NER_PERSON) == []

    def test_german_capitalised_nouns_beside_sexual_words_are_not_a_person(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Erotische Aktzeichnungen, erfundene Modelle"), K.NER_PERSON) == []

    def test_several_particles_inside_a_name(self, scanner: TextScanner) -> None:
        # an unlisted name (Ursula von der Leyen is Pantheon 2.0's since decisions/0027: a listed person)
        weak = of(scanner.scan("Ursula von der Brelen as a medieval queen"), K.NER_PERSON)
        assert [s.text for s in weak] == ["Ursula von der Brelen"]
        assert [s.label for s in of(scanner.scan("Ursula von der Leyen as a medieval queen"), K.PERSON_NAME)] == [
            "Ursula von der Leyen"
        ]

    @pytest.mark.parametrize(
        "text",
        ["LoRA de Kameto, le streamer de la Karmine Corp", "la cantante Annalisa in stile rinascimentale",
         "Il saltatore Gianmarco Tamberi in versione supereroe"],
    )  # fmt: skip
    def test_a_role_beside_an_unlisted_name_corroborates_it(self, scanner: TextScanner, text: str) -> None:
        weak = of(scanner.scan(text), K.NER_PERSON)
        assert weak and all(s.detail.get("corroborated") for s in weak)

    def test_an_adjective_before_a_role_is_not_a_name(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("A young beautiful Korean idol on a stage, nsfw"), K.NER_PERSON) == []

    @pytest.mark.parametrize("text", ["Kelvrix the streamer in lingerie", "un emote de Kelvrix le streamer"])
    def test_one_word_with_a_role_after_its_article_is_a_name(self, scanner: TextScanner, text: str) -> None:
        # round 21: the article sets the role beside the word as its apposition, with no comma
        weak = of(scanner.scan(text), K.NER_PERSON)
        assert [(s.text, s.detail.get("corroborated")) for s in weak] == [("Kelvrix", True)]

    def test_one_word_before_an_article_and_no_role_is_not_a_name(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Kelvrix the Builder, a cartoon for children"), K.NER_PERSON) == []

    @pytest.mark.parametrize(
        "text", ["Nayeon (TWICE) as a Disney princess", "Kim Chaewon from LE SSERAFIM in a hanbok", "TWICE's Tzuyu portrait"]
    )
    def test_a_band_beside_an_unlisted_name_corroborates_it(self, scanner: TextScanner, text: str) -> None:
        weak = of(scanner.scan(text), K.NER_PERSON)
        assert weak and all(s.detail.get("corroborated") for s in weak)

    def test_one_capitalised_word_cast_as_someone_is_a_weak_name(self, scanner: TextScanner) -> None:
        # round 19: no role needed when the word opens the line cast as someone ("Knossi als Casino-König")
        weak = of(scanner.scan("Knossi als Casino-König, Karikatur"), K.NER_PERSON)
        assert [(s.text, s.detail.get("corroborated")) for s in weak] == [("Knossi", None)]

    def test_one_capitalised_word_without_a_role_or_a_cast_is_not_a_name(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Knossi im Casino, Karikatur"), K.NER_PERSON) == []

    def test_a_given_name_beside_sexual_words_in_a_photo_text_is_corroborated(self, scanner: TextScanner) -> None:
        weak = of(scanner.scan("Paola Cortellesi nuda, foto realistica"), K.NER_PERSON)
        assert [(s.text, s.detail.get("corroborated")) for s in weak] == [("Paola Cortellesi", True)]

    def test_any_name_shape_beside_sexual_words_in_a_photo_text_is_corroborated(self, scanner: TextScanner) -> None:
        weak = of(scanner.scan("Rashmika Mandanna boudoir photos, realistic"), K.NER_PERSON)
        assert [(s.text, s.detail.get("corroborated")) for s in weak] == [("Rashmika Mandanna", True)]

    def test_a_drawn_medium_leaves_a_sexual_name_shape_weak(self, scanner: TextScanner) -> None:
        weak = of(scanner.scan("Manon Vale lewd pinup, anime, realistic shading"), K.NER_PERSON)
        assert weak and not any(s.detail.get("corroborated") for s in weak)

    def test_a_name_from_a_titled_work_is_a_character(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Kira Holloway from Starfall Chronicles, lewd"), K.NER_PERSON) == []

    def test_a_name_inside_a_lora_tag_is_a_file_name(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("masterpiece, <lora:Sakura Matou:1>, nude, realistic"), K.NER_PERSON) == []

    def test_german_possessive_and_pet_nouns_are_not_a_name(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Mein Hund Bello als Pirat, Fotos im Anhang"), K.NER_PERSON) == []

    def test_a_known_given_name_doing_something_is_framed(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Manon Kervran holding a trophy")
        assert [s.text for s in of(signals, K.NER_PERSON)] == ["Manon Kervran"]
        assert K.LIKENESS_INTENT in kinds(signals)

    def test_a_title_opening_with_a_name_doing_something_is_framed(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Mondo Duplantis pole vaulting over the moon")
        assert [s.text for s in of(signals, K.NER_PERSON)] == ["Mondo Duplantis"]
        assert K.LIKENESS_INTENT in kinds(signals)

    def test_an_action_read_as_an_adjective_does_not_frame(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Cherry Blossom dancing petals"), K.NER_PERSON) == []

    def test_a_gerund_in_another_language_frames_a_title(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Gabriel Medina surfando uma onda gigante, pintura")
        assert [s.text for s in of(signals, K.NER_PERSON)] == ["Gabriel Medina"]

    def test_a_capitalised_role_opening_a_run_is_not_part_of_the_name(self, scanner: TextScanner) -> None:
        weak = of(scanner.scan("Rapper Nico Santos as a pirate"), K.NER_PERSON)
        assert [(s.text, s.detail.get("corroborated")) for s in weak] == [("Nico Santos", True)]

    def test_a_hyphenated_given_name(self, scanner: TextScanner) -> None:
        # unlisted (Son Heung-min himself is in the recent-stars list since decisions/0027)
        assert [s.text for s in of(scanner.scan("Son Heung-kil als Samurai"), K.NER_PERSON)] == ["Son Heung-kil"]

    def test_an_unknown_name_doing_something_mid_text_is_not_framed(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("cute 3d render, Flandre Scarlet posing in Bruges"), K.NER_PERSON) == []

    def test_an_animal_doing_something_is_not_a_name(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Adorable Guinea Pig holding a tiny sword"), K.NER_PERSON) == []

    def test_a_public_figure_doing_something_is_depicted(self, scanner: TextScanner) -> None:
        assert K.LIKENESS_INTENT in kinds(scanner.scan("Dua Lipa dancing in the rain"))

    def test_an_artist_before_an_action_word_stays_a_style(self, scanner: TextScanner) -> None:
        signals = scanner.scan("cute girls doing cute things, makoto shinkai smiling faces")
        assert K.STYLE_REFERENCE in kinds(signals) and K.PERSON_NAME not in kinds(signals)

    def test_the_heuristic_can_be_switched_off(self) -> None:
        quiet = TextScanner(TextConfig(ner=False))
        assert of(quiet.scan("Manon Bresch en reine des neiges"), K.NER_PERSON) == []

    # -- social profiles --------------------------------------------------------------------------

    def test_profile_link(self, scanner: TextScanner) -> None:
        found = of(scanner.scan("Dance-pose LoRA from tiktok.com/@sofia.glow"), K.SOCIAL_PROFILE)
        assert [s.label for s in found] == ["tiktok:@sofia.glow"]
        assert found[0].text == "tiktok.com/@sofia.glow"

    def test_bare_handle(self, scanner: TextScanner) -> None:
        assert [s.label for s in of(scanner.scan("Fitness LoRA of @lea.moreau.fit"), K.SOCIAL_PROFILE)] == [
            "@lea.moreau.fit"
        ]

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("https://www.instagram.com/jess.ryder.official/", "instagram:@jess.ryder.official"),
            ("onlyfans.com/mila_rosee leak", "onlyfans:@mila_rosee"),
            ("twitch.tv/ninalapin", "twitch:@ninalapin"),
            ("x.com/somebody", "x:@somebody"),
            ("youtube.com/@creator", "youtube:@creator"),
            ("reddit.com/u/someone", "reddit:@someone"),
            ("fansly.com/model_x", "fansly:@model_x"),
            ("patreon.com/artist", "patreon:@artist"),
        ],
    )
    def test_platforms(self, scanner: TextScanner, text: str, label: str) -> None:
        assert [s.label for s in of(scanner.scan(text), K.SOCIAL_PROFILE)] == [label]

    def test_platform_label_with_a_handle(self, scanner: TextScanner) -> None:
        assert [s.label for s in of(scanner.scan("IG: lea_fit.bcn fitness LoRA"), K.SOCIAL_PROFILE)] == [
            "instagram:@lea_fit.bcn"
        ]

    @pytest.mark.parametrize(
        ("text", "label"),
        [("her onlyfans is ruthie_q, make more like it", "onlyfans:@ruthie_q"),
         ("sein Insta ist kuno.fit, Porträt", "instagram:@kuno.fit"), ("his tiktok is @quenbybakes", "tiktok:@quenbybakes")],
    )  # fmt: skip
    def test_a_handle_said_in_a_sentence(self, scanner: TextScanner, text: str, label: str) -> None:
        # session 40, found by probing round 45's brief
        assert [s.label for s in of(scanner.scan(text), K.SOCIAL_PROFILE)] == [label]

    def test_a_word_after_her_instagram_is_no_handle(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("her instagram is private, lol, a landscape"), K.SOCIAL_PROFILE) == []

    def test_punctuation_after_an_at_sign_is_not_a_handle(self, scanner: TextScanner) -> None:
        assert of(scanner.scan('a cool woman "@_ ). smiling'), K.SOCIAL_PROFILE) == []

    def test_an_email_address_is_not_a_handle(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("send files to bounty@example.org"), K.SOCIAL_PROFILE) == []

    # -- private people ---------------------------------------------------------------------------

    @pytest.mark.parametrize(
        "text",
        [
            "my coworker Jenna - realistic LoRA. Pics from her Insta attached.",
            "Photos de ma voisine en maillot de bain",
            "Mi compañera de clase en bikini (tengo fotos)",
            "Meine Ex nackt - Fotos im Anhang",
            "minha vizinha de biquíni, tenho fotos dela",
            "la mia vicina in lingerie, ho delle foto",
            "A girl from my gym - I took some pics of her, want a LoRA",
            "my kids as superheroes, photos attached",
            "mes enfants en super-héros, photos jointes",
            "a girl from instagram, realistic LoRA of her face",
            "Restore and colorize grandma's portrait, photo of my grandmother attached",
        ],
    )
    def test_private_person_cues_in_six_languages(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["Ein LoRA von meiner Ex-Freundin, Fotos von ihrem Instagram", "LoRA von meiner Arbeitskollegin, Fotos",
         "Meiner Exfrau ein Gesicht tauschen, Fotos im Anhang", "Unsere Nachbarin im Bikini - Bilder vom Balkon",
         "Ein Bild von meiner verstorbenen Oma, Foto im Anhang"],
    )  # fmt: skip
    def test_german_relations_in_every_case_and_compound(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["My late grandmother's photo restored and colourised, attached", "my beloved older sister, photos attached",
         "ma défunte grand-mère, photo jointe", "la mia povera nonna, foto allegate"],
    )  # fmt: skip
    def test_a_relation_with_modifiers(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["The barista at my coffee shop as an elf, photos", "The cashier at my local supermarket - make a LoRA",
         "The girl who works at the bakery near me - realistic portraits"],
    )  # fmt: skip
    def test_someone_at_a_place_the_poster_goes(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["LoRA of a coworker, photos attached", "a classmate of mine, realistic portraits",
         "Eine Kollegin von mir, Fotos im Anhang", "LoRA de una compañera de trabajo, tengo fotos",
         "una collega, ho delle foto"],
    )  # fmt: skip
    def test_an_indefinite_colleague_or_classmate(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    def test_someone_the_poster_sees(self, scanner: TextScanner) -> None:
        signals = scanner.scan("A woman I see on the train every morning - realistic LoRA")
        assert K.PRIVATE_PERSON_CUE in kinds(signals)

    def test_making_a_relation_look_like_something_is_depicting_them(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Make my husband look like a Viking, photos attached")
        assert K.PRIVATE_PERSON_CUE in kinds(signals)

    def test_a_relations_teacher_is_depicted(self, scanner: TextScanner) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan("My daughter's teacher as a fairy queen, photos"))

    @pytest.mark.parametrize(
        "text",
        ["La fille de mon voisin en princesse, photos", "A vizinha do meu prédio, fotos que tirei dela",
         "La hija de mi vecina como hada, fotos"],
    )  # fmt: skip
    def test_a_relation_of_my_relation_without_a_possessive(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["Restaurer la photo de mariage de mes grands-parents, photo jointe", "mis alumnas en la foto de clase",
         "meus avós, fotos antigas", "i miei nonni, foto del matrimonio"],
    )  # fmt: skip
    def test_plural_relations(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["I snapped a few photos when she wasn't looking", "took photos without her noticing",
         "fotos que tirei dela no ônibus", "le ho scattato delle foto in treno"],
    )  # fmt: skip
    def test_covert_photo_cues(self, scanner: TextScanner, text: str) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan(text))

    def test_a_relations_pet_is_not_a_person(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Our family dog Max as a knight, photos attached"), K.PRIVATE_PERSON_CUE) == []

    def test_a_relation_of_a_relation_is_depicted(self, scanner: TextScanner) -> None:
        signals = scanner.scan("my neighbor's wife in lingerie, photos attached")
        assert K.PRIVATE_PERSON_CUE in kinds(signals)

    def test_a_relations_photo_is_depicted(self, scanner: TextScanner) -> None:
        assert K.PRIVATE_PERSON_CUE in kinds(scanner.scan("Restore my grandmother's wedding photo"))

    @pytest.mark.parametrize(
        "text",
        ["My son loves dinosaurs - realistic T-rex portraits for his room",
         "Ma fille adore les licornes, illustrations réalistes"],
    )  # fmt: skip
    def test_a_relation_who_wants_the_picture_is_not_depicted(self, scanner: TextScanner, text: str) -> None:
        assert of(scanner.scan(text), K.PRIVATE_PERSON_CUE) == []

    def test_a_relation_that_owns_the_subject_is_not_depicted(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("Logo pour la boulangerie de ma femme, tons crème"), K.PRIVATE_PERSON_CUE) == []

    def test_a_relation_receiving_the_image_is_not_depicted(self, scanner: TextScanner) -> None:
        text = "Portrait of my dog, photos attached, a gift for my wife"
        assert of(scanner.scan(text), K.PRIVATE_PERSON_CUE) == []

    def test_a_pose_is_not_a_covert_cue(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("photo of a model, hands behind her back"), K.PRIVATE_PERSON_CUE) == []

    def test_your_is_not_our(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("a dusty photo of your wife found behind a couch"), K.PRIVATE_PERSON_CUE) == []

    def test_pet_photos_are_not_a_private_person(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("LoRA of my cat Pumpkin - 60 photos attached"), K.PRIVATE_PERSON_CUE) == []

    @pytest.mark.parametrize(
        "text", ["LoRA of me (I'll verify my ID) - headshots", "turn me into a knight from my selfies"]
    )
    def test_self_likeness(self, scanner: TextScanner, text: str) -> None:
        found = of(scanner.scan(text), K.LIKENESS_INTENT)
        assert found and all(s.detail == {"subject": "self"} for s in found)

    # -- sexual content ---------------------------------------------------------------------------

    @pytest.mark.parametrize(
        "text",
        ["nude portrait", "topless on a beach", "NSFW pack", "Margot Robbie nue", "complètement à poil",
         "desnuda en la playa", "nackt am Strand", "pelada na praia", "nuda sulla spiaggia"],
    )  # fmt: skip
    def test_explicit_terms_in_six_languages(self, scanner: TextScanner, text: str) -> None:
        assert K.SEXUAL_EXPLICIT in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["lingerie set", "boudoir photos", "spicy pics", "lewd art", "sexy nurse", "Helene F1scher in Dessous",
         "en tenue sexy", "ropa interior", "tagged 18+"],
    )  # fmt: skip
    def test_suggestive_terms(self, scanner: TextScanner, text: str) -> None:
        signals = scanner.scan(text)
        assert any(s.kind is K.SEXUAL_SUGGESTIVE and "level" not in s.detail for s in signals)

    @pytest.mark.parametrize("text", ["in her birthday suit", "walking in the buff", "implied nude, artistic"])
    def test_nudity_euphemisms(self, scanner: TextScanner, text: str) -> None:
        assert K.SEXUAL_EXPLICIT in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text", ["make a lora of this girl, she is hot", "she's so hot in a wetsuit", "this hot girl on tiktok"]
    )
    def test_a_person_called_hot(self, scanner: TextScanner, text: str) -> None:
        assert K.SEXUAL_SUGGESTIVE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text", ["hot air balloon festival", "hot sauce bottle label", "Japanese hot springs", "hot dog stand"]
    )
    def test_hot_things_are_not_sexual(self, scanner: TextScanner, text: str) -> None:
        assert not kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text", ["en petite tenue", "sin sujetador", "sem sutiã", "senza reggiseno", "ohne BH", "barely dressed"]
    )
    def test_underdressed_in_other_languages_is_suggestive(self, scanner: TextScanner, text: str) -> None:
        assert K.SEXUAL_SUGGESTIVE in kinds(scanner.scan(text))

    @pytest.mark.parametrize("text", ["Rauw Alejandro sin camiseta", "torse nu", "sem camisa", "a torso nudo"])
    def test_shirtless_in_other_languages_is_mild(self, scanner: TextScanner, text: str) -> None:
        assert [s.detail.get("level") for s in of(scanner.scan(text), K.SEXUAL_SUGGESTIVE)] == ["mild"]

    def test_swimwear_is_mild(self, scanner: TextScanner) -> None:
        found = of(scanner.scan("a bikini on the beach"), K.SEXUAL_SUGGESTIVE)
        assert [s.detail.get("level") for s in found] == ["mild"]

    def test_negated_terms_do_not_count(self, scanner: TextScanner) -> None:
        assert not kinds(scanner.scan("Chloé, chevalière elfe, sans NSFW, no nudity"))

    @pytest.mark.parametrize(
        ("text", "term"),
        [("jogador nu no balneário, nsfw, fotorealista", "nsfw"), ("sfw, no nudity, bikini, beach", "bikini"),
         ("mujer sin maquillaje, desnuda, foto", "desnuda"), ("(no text:1.2), topless, photo", "topless")],
    )  # fmt: skip
    def test_a_negation_ends_at_its_clause(self, scanner: TextScanner, text: str, term: str) -> None:
        # session 30: "no balneário" is Portuguese for "in the changing room", and a comma ends what "no" negates
        signals = scanner.scan(text)
        assert term in [s.label for s in of(signals, K.SEXUAL_EXPLICIT) + of(signals, K.SEXUAL_SUGGESTIVE)]

    def test_nude_as_a_colour_is_not_nudity(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("red dress, nude lipstick, nude heels"), K.SEXUAL_EXPLICIT) == []

    def test_a_sports_jersey_is_not_swimwear(self, scanner: TextScanner) -> None:
        assert of(scanner.scan("enfants en maillot, terrain de foot"), K.SEXUAL_SUGGESTIVE) == []

    def test_civitai_terms_are_used(self, scanner: TextScanner) -> None:
        signals = scanner.scan("paizuri scene")
        assert [s.source for s in signals] == ["lexicon:civitai"]

    # -- minors -----------------------------------------------------------------------------------

    @pytest.mark.parametrize(
        "text",
        ["NSFW 15yo anime girl", "she's 15", "Schoolgirl (14) cosplay", "Billie Eilish but 16 again",
         "a 15-year-old", "un garçon de 6 ans", "niña de 12 años", "ein 14 Jahre altes Mädchen",
         "make her look younger", "aged 12", "fifteen year old", "quinze ans", "7th grader", "lycéenne", "loli", "colegiala", "Schulmädchen", "novinha", "ragazzina",
         "petite girl who looks 12", "Twelve-year-old girl", "jeune fille de 15 ans", "menina de 14 anos",
         "chica de dieciséis años", "ragazza di quattordici anni", "una 14enne", "elle a 15ans"],
    )  # fmt: skip
    def test_minor_cues(self, scanner: TextScanner, text: str) -> None:
        assert K.MINOR_CUE in kinds(scanner.scan(text))

    @pytest.mark.parametrize(
        "text",
        ["a 300+ year old succubus", "Aria (human, 30)", "16:9 backgrounds", "3,000 Buzz, 15 images",
         "22 major arcana", "a young woman in a cafe", "poses (3) and views (4)", "aged 15% darker",
         "looks 10 times better"],
    )  # fmt: skip
    def test_adult_ages_and_numbers_are_not_minor_cues(self, scanner: TextScanner, text: str) -> None:
        assert of(scanner.scan(text), K.MINOR_CUE) == []

    def test_sexualised_minor_words_are_marked(self, scanner: TextScanner) -> None:
        assert [s.detail.get("sexualised") for s in of(scanner.scan("loli pack"), K.MINOR_CUE)] == [True]

    def test_civitai_harmful_combinations(self, scanner: TextScanner) -> None:
        found = of(scanner.scan("child abuse scene"), K.MINOR_CUE)
        assert any(s.detail.get("harm") for s in found)


def name_shapes(signals: list[Signal], source: str) -> list[Signal]:
    return [s for s in of(signals, K.NER_PERSON) if s.source == source]


class TestScanSexualPhotoSubjects:
    """A one-word capitalised name standing as the subject of a sexual text about photographs."""

    SOURCE = "heuristic:sexual-photo-subject"

    def test_a_title_opening_with_a_name_before_a_nudity_word(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("Yseult nue, photo réaliste\nStudio."), self.SOURCE)
        assert [s.text for s in found] == ["Yseult"]
        assert not found[0].detail.get("corroborated")
        assert found[0].span == (0, 6)

    def test_a_name_after_of(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("nude photo of Kaelith, realistic"), self.SOURCE)
        assert [s.text for s in found] == ["Kaelith"]

    def test_a_name_after_de_in_spanish(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("Foto realista de Yseult desnuda"), self.SOURCE)
        assert [s.text for s in found] == ["Yseult"]

    def test_a_name_before_lora_with_camera_words(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("Zendrah lora, nude, raw photo, DSLR"), self.SOURCE)
        assert [s.text for s in found] == ["Zendrah"]

    def test_a_name_alone_on_the_title(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("Zendrah, lingerie, raw photo"), self.SOURCE)
        assert [s.text for s in found] == ["Zendrah"]

    def test_a_known_given_name_beside_the_sexual_word_is_corroborated(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("Sophie nackt, DSLR"), self.SOURCE)
        assert [s.detail.get("corroborated") for s in found] == [True]

    def test_not_photographic_is_not_flagged(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Yseult nue, peinture à l'huile"), self.SOURCE)

    def test_a_drawn_medium_is_not_flagged(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Yseult nue, photo, anime style"), self.SOURCE)

    def test_not_sexual_is_not_flagged(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Aurora borealis photo"), self.SOURCE)

    def test_a_place_is_not_a_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Paris nude beach photo"), self.SOURCE)

    @pytest.mark.parametrize(
        "text",
        [
            # round 37: a beach, a carnival, a glass "of" a capitalised word is a place or a wine
            "jeune femme en bikini sur la plage de Kervalec, pose sexy, photo réaliste",
            "ragazza in bikini, spiaggia di Torrevalle, sexy, fotografia",
            "bailarina en el carnaval de Valdoria, vestido ceñido, sensual, foto nocturna",
            "a sommelier in a low-cut dress with a glass of Montravel, sexy, realistic photo",
        ],
    )
    def test_a_place_or_a_wine_of_a_capitalised_word_is_not_a_name(self, scanner: TextScanner, text: str) -> None:
        assert not name_shapes(scanner.scan(text), self.SOURCE)

    def test_a_common_word_is_not_a_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Rose gold lingerie photo, realistic"), self.SOURCE)

    def test_a_capitalised_common_noun_is_not_a_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Woman nude photo, realistic"), self.SOURCE)

    def test_a_listed_fictional_character_is_not_a_name(self, scanner: TextScanner) -> None:
        signals = scanner.scan("Tifa nude photo, realistic")
        assert not of(signals, K.NER_PERSON)
        assert of(signals, K.FICTIONAL_CHARACTER)

    def test_a_name_mid_sentence_that_is_not_the_subject(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("nude photo, realistic, shot on Kodachrome film"), self.SOURCE)

    def test_an_original_character_is_not_flagged(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("Zendrah nude, my original character, realistic photo"), self.SOURCE)


class TestScanLowerCaseNames:
    """A lower-case "<given name> <word>" framed as a LoRA of a person."""

    SOURCE = "heuristic:lower-case-name"

    def test_name_then_lora(self, scanner: TextScanner) -> None:
        signals = scanner.scan("reneé rapp lora, red carpet looks")
        found = name_shapes(signals, self.SOURCE)
        assert [s.text for s in found] == ["reneé rapp"]
        assert not found[0].detail.get("corroborated")
        assert [s.text for s in of(signals, K.LIKENESS_INTENT)] == ["reneé rapp"]

    def test_lora_of_name(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("lora of sophie rain"), self.SOURCE)
        assert [s.text for s in found] == ["sophie rain"]

    def test_words_between_name_and_lora(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("sophie rain spicy pics lora\nrealistic, bedroom."), self.SOURCE)
        assert [s.text for s in found] == ["sophie rain"]

    def test_sexual_and_photographic_is_corroborated(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("sophie rain spicy pics lora\nrealistic, bedroom."), self.SOURCE)
        assert found[0].detail.get("corroborated") is True

    def test_sexual_but_drawn_is_not_corroborated(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("sophie rain lewd lora, anime"), self.SOURCE)
        assert [s.detail.get("corroborated") for s in found] == [None]

    def test_two_common_words_are_not_a_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("rose gold lora"), self.SOURCE)

    def test_a_common_word_beside_a_given_name_is_not_a_name(self, scanner: TextScanner) -> None:
        # "lake" is a given name too; "lake landscapes" in a landscape LoRA's title is not a person
        assert not name_shapes(scanner.scan("Misty mountain lake landscapes LoRA"), self.SOURCE)

    def test_no_given_name_is_not_a_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("mark the spot lora"), self.SOURCE)

    def test_without_a_lora_frame_is_not_a_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("sophie rain at the beach"), self.SOURCE)

    def test_a_lora_tag_is_a_file_name(self, scanner: TextScanner) -> None:
        assert not name_shapes(scanner.scan("<lora:sophie rain lora:0.8>"), self.SOURCE)
