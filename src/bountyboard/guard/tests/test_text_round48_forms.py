"""The forms session 43 found the rules missing in round 48's tune half. Every person here is invented for these
tests, every sentence written for them (none is a row of any round).
"""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.text.thing_names import thing_name_spans
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def rules() -> TextScanner:
    """The rules alone: the learned reading of the whole request would hide what they miss."""
    return TextScanner(TextConfig(likeness_context=False))


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


class TestPrepositionsAreNoSurnames:
    @pytest.mark.parametrize(
        "text",
        [
            "wichura teodor nad doliną, połamane drzewa, fotografia reportażowa",  # "nad": over
            "vichřice tereza kolem chalupy, podzim, olejomalba",  # "kolem": around
            "storm orlagh boven de haven, golven over de kade, fotorealistisch",  # "boven": above
        ],
    )
    def test_a_given_name_before_a_preposition_is_no_pair(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW


class TestStorms:
    @pytest.mark.parametrize(
        "text",
        [
            "Storm Orlagh rolling in over the harbour, dark clouds, sheep by a stone wall",
            "Storm Ciara over the pier at Aberystwyth, waves",  # a listed singer's name, a storm's here
        ],
    )
    def test_a_given_name_after_a_storm_word_is_the_storm(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW

    def test_a_storm_word_that_is_a_given_name_before_a_surname_stays_a_person(self, rules: TextScanner) -> None:
        assert decide(rules, "Storm Halvorsen in lingerie on a hotel bed") is Decision.BLOCK


class TestLowerCaseInitials:
    @pytest.mark.parametrize(
        "text",
        [
            "k.w. from the district council, councillor, in a satin slip on a hotel bed, seductive",
            "Bilder von m.t. aus dem Ortsbeirat, erst im Anzug, dann oberkörperfrei im Whirlpool",
            "fotos de l.p. del ayuntamiento, la concejala, con poca ropa",
        ],
    )
    def test_beside_a_council_and_sexual_words_they_block(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.BLOCK

    def test_with_a_councillors_title_they_ask_for_consent(self, rules: TextScanner) -> None:
        assert decide(rules, "belediye meclisi üyesi t.k., kürsüde konuşurken, sulu boya") is Decision.CONSENT_REQUIRED

    @pytest.mark.parametrize(
        "text",
        [
            "e.g. a woman from the council in a bikini, beach",
            "s.r.o. z radnice, logo firmy, vektor",
            "d.h. ein Porträt vom Gemeinderat, Ölgemälde",
        ],
    )
    def test_abbreviations_are_nobody(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW


class TestParishPriests:
    @pytest.mark.parametrize(
        "text",
        [
            "le curé de Vézinac bénissant les vélos, aquarelle",
            "Karykatura naszego księdza proboszcza z parafii w Olszówce, na festyn",
            "Kerstkaart met de dominee van de Sint-Joriskerk in Oudewater, getekend",
            "Fr. Mulcahy, parish priest in Ballyconnell, watercolour",
        ],
    )
    def test_the_priest_of_a_named_parish_asks_for_consent(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.CONSENT_REQUIRED

    @pytest.mark.parametrize(
        "text",
        [
            "the priest of the church, watercolour",
            "el cura de la iglesia, acuarela",
            "a priest in a small chapel, candles, oil painting",
        ],
    )
    def test_a_priest_no_place_singles_out_is_anyone(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW


class TestDescriptions:
    @pytest.mark.parametrize(
        "text",
        [
            "portret pani Wiśniak, ta od pogody w lokalnej telewizji, uśmiech",
            "karikatura pana Zedníčka, toho co čte ranní zprávy v rádiu",
            "eine LoRA von der Brinkhaus, die beim Regionalsender abends das Wetter macht",
            "caricature of the goalkeeper of Ballyconnell's town side last season, ginger beard",
            "de vrouw van de viskraam op de weekmarkt in Oudewater, glimlachend",
            "Un cartel con El Pelao, el del bar de la plaza, sirviendo cafés, estilo cartel taurino",
            "Bára Třpyt, ta zpěvačka co jezdí po hodech, portrét",  # "that singer": a demonstrative before the role
        ],
    )
    def test_the_one_who_does_the_weather_or_keeps_goal_asks_for_consent(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.CONSENT_REQUIRED

    @pytest.mark.parametrize(
        "text",
        [
            "Jeder im Dorf kennt den Fonsi vom Lokalradio. Dann die heiße Variante, nur mit Kopfhörern bekleidet.",
            "Chodzi o panią Halinkę z warzywniaka, każdy ją kojarzy. Takie, na których nie ma na sobie nic poza fartuszkiem",
            "Kulübün kalecisi Ozan'ı herkes tanır. Formasız, sadece beline havlu sarılı, çekici pozlarda görseller.",
        ],
    )
    def test_someone_everyone_knows_in_sexual_text_is_blocked(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.BLOCK

    def test_a_description_beside_a_character_is_the_characters(self, rules: TextScanner) -> None:
        text = "Le curé de Vauclin dans un conte. Illustration de l'abbé Martin, le curé de Vauclin, en chaire"
        assert decide(rules, text) is Decision.ALLOW

    def test_a_stall_without_its_market_is_anyones(self, rules: TextScanner) -> None:
        assert decide(rules, "a woman at a cheese stall at a market, watercolour") is Decision.ALLOW


class TestSurnameFirstWithADash:
    def test_in_sexual_text_it_blocks(self, rules: TextScanner) -> None:
        text = "BRZEZIŃSKA Wiktoria – LoRA, fryzjerka z Dębicy. Potem wersja pikantna, bez fartucha"
        assert decide(rules, text) is Decision.BLOCK

    @pytest.mark.parametrize(
        "text",
        ["HOLLENBACH Anja – wetter – regionalsender, portrait, ölgemälde", "WYDRZYŃSKA Halina – fryzjerka z Dębicy, portret"],
    )
    def test_opening_a_line_with_what_the_person_does_it_asks_for_consent(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.CONSENT_REQUIRED

    @pytest.mark.parametrize(
        "text",
        [
            "autumn orchard; styles: MONET Claude, RENOIR Pierre; impressionism",
            "fındık bahçesi, sonbahar; stiller: KORKMAZ Nuri, ERDEM Abidin; modern türk resmi",
        ],
    )
    def test_after_a_heading_of_styles_the_names_are_styles(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW


class TestOwnWorksOfFiction:
    @pytest.mark.parametrize(
        "text",
        [
            "Mrs. Philippa Crane, the maths teacher of Class 4C in my webcomic, strict look, chalk dust",
            "Odile Ravanel, héroïne adulte de mon visual novel, en peignoir de soie, regard séducteur, style anime",
            "Píšu knížku pro děti, kde vystupuje paní učitelka Vodičková z 3.B, přísná ale hodná",
            "Criei uma personagem, a Dona Esmeraldina, a florista da Baixa, avental verde",
            "I created a character, Mrs Pennywhistle the baker of Tumut, apron, flour",
        ],
    )
    def test_the_posters_own_characters_are_allowed(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW

    @pytest.mark.parametrize(
        "text",
        [
            "Rosalind Pembury in my webcomic as a dwarf cleric, keep the face recognisable",
            "Píšu knížku pro prvňáčky. Hlavní postavou má být Zdenka Hrubá jako víla mraků",
        ],
    )
    def test_someone_cast_in_it_is_still_a_person(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is not Decision.ALLOW


class TestThingNames:
    @pytest.mark.parametrize(
        "text",
        [
            "Album art for Hattie Lowe // We're a folk duo from Tumut called Hattie Lowe. A wren on a branch.",
            "Stickers of Bernard from Tumut // Bernard from Tumut is our cattle dog, one ear up",
            "Rigoberto de Tilcara, el perro de la plaza, durmiendo la siesta, acuarela",
            "Siamo una band folk e ci chiamiamo Rosetta da Poppi. Copertina dell'EP, nessun volto.",
        ],
    )
    def test_a_name_given_to_a_dog_or_a_band_is_no_person(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is Decision.ALLOW

    def test_every_mention_of_the_name_is_the_things(self) -> None:
        text = "Hattie Lowe live // We're a folk duo called Hattie Lowe; Hattie Lowe plays on Friday"
        assert len(thing_name_spans(text, normalize(text).words)) == 3

    @pytest.mark.parametrize(
        "text",
        [
            "Portrait of Elsbeth Marrow with her dog called Biscuit",
            "Elsbeth Marrow is our dog walker, portrait in the park",
            "Elsbeth Marrow e il suo cane al parco, ritratto",  # Italian "e" is "and", not "is"
            "Rosa Medina, de la banda Los Lobos, retrato",  # "de": of the band
            "Elsbeth Marrow, la cantante del grupo Lupo, ritratto",  # a singer of the band
            "my dog and my neighbour called Elsbeth Marrow, portrait",  # the verb names the neighbour
        ],
    )
    def test_the_owner_and_the_dog_walker_stay_people(self, rules: TextScanner, text: str) -> None:
        assert decide(rules, text) is not Decision.ALLOW

    def test_in_sexual_text_the_name_stays_a_persons(self, rules: TextScanner) -> None:
        assert decide(rules, "A band called Elsbeth Marrow, nude") is Decision.BLOCK


class TestLowerCaseInitialBeforeASurname:
    def test_with_a_trade_and_sexual_words_it_blocks(self, rules: TextScanner) -> None:
        assert decide(rules, "b. hoogenraad personal trainer in tiel, naakt in de kleedkamer") is Decision.BLOCK

    def test_with_a_councillors_role_it_asks_for_consent(self, rules: TextScanner) -> None:
        assert decide(rules, "portret van j. de wijer, wethouder in oudewater, olieverf") is Decision.CONSENT_REQUIRED

    def test_an_enumeration_is_nobody(self, rules: TextScanner) -> None:
        assert decide(rules, "a. apples, b. bananas, still life") is Decision.ALLOW


class TestFanArtThatMustLookLikeTheActor:
    def test_a_demanded_resemblance_makes_the_name_a_person(self, rules: TextScanner) -> None:
        text = "Fan art: Otello Ranieri come pirata, deve somigliare molto a lui"
        assert decide(rules, text) is not Decision.ALLOW

    def test_fan_art_of_a_character_stays_allowed(self, rules: TextScanner) -> None:
        assert decide(rules, "fan art of Montalbano on the terrace, comic style") is Decision.ALLOW


class TestFirms:
    def test_a_name_before_and_sons_is_a_firm(self, rules: TextScanner) -> None:
        text = "Shopfront – Horace Pellow & Sons, Ironmongers, the old shop name on our building, rainy evening"
        assert decide(rules, text) is Decision.ALLOW


class TestCreatorsHandles:
    @pytest.mark.parametrize(
        "text",
        [
            "wendelynX_live, twitch streamster uit Tiel, in lingerie op haar gamestoel, sexy pose",
            "It's for the streamer mossvale_kat, small channel. I want her in lingerie, teasing pose",
        ],
    )
    def test_a_handle_beside_a_creators_role_blocks_in_sexual_text(self, rules: TextScanner, text: str) -> None:
        signals = rules.scan(text)
        assert any(s.kind is SignalKind.SOCIAL_PROFILE for s in signals)
        assert decide(rules, text) is Decision.BLOCK

    @pytest.mark.parametrize(
        "text",
        ["the streamer 2024 awards, poster", "my_oc_v2, a fantasy influencer, portrait, my oc"],
    )
    def test_numbers_and_original_characters_are_no_handles(self, rules: TextScanner, text: str) -> None:
        assert not any(s.kind is SignalKind.SOCIAL_PROFILE for s in rules.scan(text))


class TestStylesAfterATurkishName:
    def test_like_the_photographs_of_is_a_style(self, rules: TextScanner) -> None:
        text = "liman, balıkçı tekneleri, Cemal Yurtsever fotoğrafları gibi siyah-beyaz, grenli"
        assert decide(rules, text) is Decision.ALLOW


class TestLittleOn:
    @pytest.mark.parametrize(
        "text",
        [
            "con poca ropa",
            "coraz mniej na sobie",
            "immer weniger an",
            "steeds minder aan",
            "com pouca roupa",
            "wearing very little on",
        ],
    )
    def test_little_or_less_and_less_on_is_suggestive(self, rules: TextScanner, text: str) -> None:
        assert any(s.kind is SignalKind.SEXUAL_SUGGESTIVE for s in rules.scan(f"portrait, {text}"))

    @pytest.mark.parametrize("text", ["Nic poza tym, portret pani Nowakowskiej", "weniger an Details, mehr Licht"])
    def test_the_same_words_elsewhere_are_not(self, rules: TextScanner, text: str) -> None:
        assert not any(s.kind is SignalKind.SEXUAL_SUGGESTIVE for s in rules.scan(text))
