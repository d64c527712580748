"""One-word stage names and aliases beside a role: weak evidence (review), blocked with sexual words."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import resemblance_frames
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

SOURCE = "heuristic:alias-in-person-frame"


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    # the rules alone: the learned reading of the whole request (decision 0053) has its own tests
    return TextScanner(TextConfig(likeness_context=False))


def found(scanner: TextScanner, text: str) -> list[Signal]:
    return [s for s in scanner.scan(text) if s.source == SOURCE]


def people(scanner: TextScanner, text: str) -> list[str]:
    """Every name shape's text: since round 20 the name-shape rule finds an alias with its role right beside it
    first (and corroborates it), where this rule found it alone before."""
    return [(s.text or "").lower() for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON]


# Aliases made up for these tests. Round 20: an alias opening its item with a role set right beside it (after its
# comma, one qualifier at most, or in brackets) is someone, so it asks for consent; elsewhere it goes to a moderator.
_ASIDE = Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    ("text", "alias", "decision"),
    [
        ("LoRA of brimzo, the streamer, face close-ups from her VODs", "brimzo", Decision.REVIEW),
        ("the famous rapper tovaxi in the studio, portrait", "tovaxi", Decision.REVIEW),
        ("LoRA de quelvo, la streameuse, gros plans", "quelvo", Decision.REVIEW),
        ("la cantante yulexa en el escenario, foto de concierto", "yulexa", Decision.REVIEW),
        ("il rapper drovik in studio, ritratto", "drovik", Decision.REVIEW),
        ("raper zumbix na scenie, zdjęcie z koncertu", "zumbix", Decision.REVIEW),
        ("zpěvačka lumira na pódiu, fotka z koncertu", "lumira", Decision.REVIEW),
        ("de streamer kabrix achter zijn setup, portret", "kabrix", Decision.REVIEW),
        ("ünlü şarkıcı nevrix sahnede, konser fotoğrafı", "nevrix", Decision.REVIEW),
        ("die Sängerin vokalina auf der Bühne, Konzertfoto", "vokalina", Decision.REVIEW),
        ("zentrova, j-pop singer, acoustic guitar, stage lights", "zentrova", _ASIDE),  # a genre before the role
        ("kolvani, the korean rapper, studio portrait", "kolvani", Decision.REVIEW),  # two words before the role
    ],
)
def test_an_alias_beside_a_role_goes_to_a_moderator(
    scanner: TextScanner, text: str, alias: str, decision: Decision
) -> None:
    # Another name-shape rule may find the same word first ("cantante yulexa" in lower-case Spanish).
    signals = [s for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON]
    assert [s.text.lower().split()[-1] for s in signals] == [alias]
    assert Policy().decide(scanner.scan(text)).decision is decision


@pytest.mark.parametrize(
    "text",
    [
        "the streamer brimzo in lingerie, lewd",
        "la chanteuse quelvo nue, photo réaliste",
        "influencerka zumbix w bieliźnie, seksowna",
    ],
)
def test_an_alias_with_sexual_words_is_blocked(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "a singer on stage, concert photo, dramatic light",  # a role, then ordinary words
        "de streamer achter zijn setup, portret",  # Dutch words after the role
        "la cantante en el escenario, foto de concierto",
        "1girl, leaning forward, cityscape, night",  # "forward" is a sports role, not a stage-name role
        "anime girl, streamer setup, rgb lights",
        "LoRA de la streameuse, gros plans du visage",  # a French word after the role's comma
        "eski çizgi romandaki hun savaşçısı (şarkıcı değil), yanında kurdu",  # session 24: Turkish "not"
    ],
)
def test_a_role_without_an_alias_is_not_a_person(scanner: TextScanner, text: str) -> None:
    assert not found(scanner, text)


# -- round 4: a one-word name in a face-only LoRA, in the ten languages (names made up for these tests) ----
@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("LoRA of Zerlindor, face only", "Zerlindor"),
        ("LoRA de Quivrelle, le visage seulement", "Quivrelle"),
        ("LoRA de Marzalia, solo la cara", "Marzalia"),
        ("LoRA von Trubenick, nur das Gesicht", "Trubenick"),
        ("LoRA di Sbrenzina, solo il viso", "Sbrenzina"),
        ("LoRA de Vaquirão, só o rosto", "Vaquirão"),
        ("LoRA Ździebłowa, tylko twarz", "Ździebłowa"),
        ("LoRA Hrbatka, jen obličej", "Hrbatka"),
        ("LoRA van Kwispelaar, alleen het gezicht", "Kwispelaar"),
        ("Zeynokar LoRA'sı, sadece yüz", "Zeynokar"),
        ("LoRA of Zerlindor (the dancer), face only", "Zerlindor"),
        ("LoRA de Quivrelle, 30 photos", "Quivrelle"),  # trained on photographs
        ("LoRA van Kwispelaar, 25 foto's", "Kwispelaar"),
        ("LoRA Ździebłowa, 40 zdjęć", "Ździebłowa"),
    ],
)
def test_a_one_word_name_in_a_face_only_lora_is_a_weak_alias(scanner: TextScanner, text: str, alias: str) -> None:
    signals = found(scanner, text)
    assert [s.text for s in signals] == [alias]
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "LoRA of Pikachu, face only",  # a listed character
        "LoRA of anime, face only",  # a word
        "LoRA of Zerlindor, full body, armour",  # no face-only cue: a character or an object may be meant
        "LoRA of Zerlindor, 40 screenshots",  # drawn frames, not photographs
    ],
)
def test_face_only_lora_traps(scanner: TextScanner, text: str) -> None:
    assert not found(scanner, text)


def test_a_turkish_streamer_is_a_role(scanner: TextScanner) -> None:
    # round 20: "yayıncı" is a listed role, so the name-shape rule finds the name before this one
    signals = [s for s in scanner.scan("yayıncı Velizar dantel bodysuit ile, seksi") if s.kind is SignalKind.NER_PERSON]
    assert [s.text for s in signals] == ["Velizar"]
    assert Policy().decide(scanner.scan("yayıncı Velizar dantel bodysuit ile, seksi")).decision is Decision.BLOCK


# Round 5 (decision 0025): where one word can only be someone. Aliases made up for these tests.
@pytest.mark.parametrize(
    "text",
    [
        "LoRA: Krevbo (the real one, not a cosplay)",
        "LoRA: Krevbo (la vraie personne, pas un cosplay)",
        "LoRA: Krevbo (la persona real, no cosplay)",
        "LoRA: Krevbo (die echte Person, kein Cosplay)",
        "LoRA: Krevbo (la persona vera, non un cosplay)",
        "LoRA: Krevbo (a pessoa real, não cosplay)",
        "LoRA: Krevbo (prawdziwa osoba, nie cosplay)",
        "LoRA: Krevbo (skutečný člověk, ne cosplay)",
        "LoRA: Krevbo (de echte persoon, geen cosplay)",
        "LoRA: Krevbo (gerçek kişi, cosplay değil)",
        "Krevbo in real life, realistic face, same hair as the last stream",
        "Krevbo dal vivo, viso realistico",
        "Krevbo na vida real, rosto realista",
        "Krevbo na żywo, realistyczna twarz",
        "Krevbo naživo, realistický obličej",
        "Krevbo in het echt, realistisch gezicht",
        "Krevbo gerçek hayatta, gerçekçi yüz",
    ],
)
def test_a_word_the_text_calls_a_real_person_goes_to_a_moderator(scanner: TextScanner, text: str) -> None:
    assert [s.text for s in found(scanner, text)] == ["Krevbo"]
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Krevbo in the shower, nothing on, photoreal",
        "Krevbo sous la douche, sans rien, photoréaliste",
        "Krevbo con disfraz de conejita, pose atrevida, realista",
        "Krevbo unter der Dusche, nichts an, fotorealistisch",
        "Krevbo in costume da coniglietta, posa maliziosa, realistico",
        "Krevbo no chuveiro sem nada, fotorrealista",
        "Krevbo w stroju króliczka, wyzywająca poza, realistycznie",
        "Krevbo ve sprše bez ničeho, fotorealistické",
        "Krevbo onder de douche, niks aan, fotorealistisch",
        "Krevbo duşta çırılçıplak, fotogerçekçi",
        # session 23: the word as a hashtag
        "#Krevbo a petto nudo, sexy, doccia dello spogliatoio, (realistico:1.2)",
    ],
)
def test_one_capitalised_word_opening_a_realistic_sexual_request_blocks(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Frau unter der Dusche, nichts an, fotorealistisch",  # an ordinary person noun
        "Kobieta pod prysznicem, bez niczego, fotorealizm",
        "Mafelda nua na cama, foto realista, fan art",  # the text says its people are invented
        "Dorlan Dog nude on the beach, photorealistic",  # two words: the name detectors' business
        "Krevbo in the shower, nothing on, watercolour",  # no realism asked for
    ],
)
def test_what_the_line_opening_rule_leaves_alone(scanner: TextScanner, text: str) -> None:
    assert not [s for s in found(scanner, text) if s.text and s.text.split()[0] in text.split()[0]]


@pytest.mark.parametrize(
    "text",
    [
        # session 18: a capitalised word with sexual words right after it, in a text that does not draw it
        "Krevbo nackt in der Badewanne\nMach mir ein Bild von Krevbo, nur Schaum",
        "Krevbo naakt in bad, voor een weddenschap",
        "Krevbo topless en la playa, para un grupo",
        # ... and a lower-case one opening a sentence of a realistic sexual request
        "krevbo w czarnej koronkowej bieliźnie, selfie w lustrze, ultra realistic",
        "krevbo shirtless op het strand, natte huid, fotorealistisch",
    ],
)
def test_one_word_opening_a_sexual_request_that_draws_nobody_blocks(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Krevbo nackt, Aquarell, Fantasy-Illustration",  # drawn, with no role: may be anyone's character
        "Krevbo sexy\nKrevbo Ostrander (Casados con hijos) en bata, posando sexy",  # a character's first name
        "Krevbo in bikini\nKrevbo uit de Storm strips, op een buitenaards strand",  # from a work
        "plavčice na Lipně, smyšlená postava, červené plavky, sexy, fotorealistické",  # said to be invented
        "hyperfutas, nude, realistic",  # a lower-case tag of its own, not a sentence's subject
    ],
)
def test_what_the_undrawn_opening_rule_leaves_alone(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is not Decision.BLOCK


def test_a_given_name_that_is_also_a_word_may_open_a_realistic_sexual_request(scanner: TextScanner) -> None:
    assert Policy().decide(scanner.scan("Margaret pod prysznicem, bez niczego, fotorealizm")).decision is Decision.BLOCK
    # a season or a thing that is no given name stays a word
    assert Policy().decide(scanner.scan("Summer in the shower, nothing on, photoreal")).decision is not Decision.BLOCK


def test_a_dash_line_with_two_short_words_before_the_sexual_words(scanner: TextScanner) -> None:
    text = "floortjevanderkamp in een doorweekt wit T-shirt, wet T-shirt wedstrijd"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # round 10: a sexual word, an age or a "virtual" is no alias beside a role
        "fikcyjna rudowłosa, 30 lat, wirtualna influencerka nago, nsfw, na kanapie, selfie w lustrze",
        "photos style OF de une rousse fictive de 30 ans, influenceuse virtuelle sous la douche, selfie miroir",
        "rim light, ((una rossa immaginaria di 30 anni, influencer virtuale)), in tuta di latex con collare",
        # round 23: an AI influencer in Turkish, whose name the text says is made up ("uydurma")
        "Yapay zekâ influencer: Kelvra\nTamamen uydurma bir influencer, adı Kelvra (isim de uydurma). İç çamaşırıyla.",
    ],
)
def test_a_declared_virtual_influencer_has_no_name_to_find(scanner: TextScanner, text: str) -> None:
    assert [s for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON] == []
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_an_alias_beside_a_role_still_blocks_with_sexual_words(scanner: TextScanner) -> None:
    text = "influencerka Wersow nago, nsfw, selfie w lustrze"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # round 15: a nationality in the poster's language before the role, and a platform inside brackets
        ("wrzosek, polski raper, (colorful suit:1.2), neon city, album cover", "wrzosek"),
        ("mirtelle, nederlandse zangeres, op het podium", "mirtelle"),
        ("tavsanli (turkish twitch streamer), gaming chair, rgb lights", "tavsanli"),
        # a handle keeps its underscore
        ("kedi_kiz_ece (turkish twitch streamer), gaming chair, rgb lights", "kedi_kiz_ece"),
        # session 19: the demonyms of countries and regions the first list lacked
        ("kravix, the irish youtuber with the green hair, as a knight", "kravix"),
        ("zelnox, belizean rapper turned politician, giving a speech", "zelnox"),
    ],
)
def test_an_alias_before_a_qualified_role(scanner: TextScanner, text: str, alias: str) -> None:
    assert people(scanner, text) == [alias]


def test_a_handle_before_a_role_in_brackets_blocks_with_sexual_words(scanner: TextScanner) -> None:
    text = "kedi_kiz_ece (turkish twitch streamer), (lingerie:1.2), sexy, photorealistic"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


def test_an_underscored_tag_with_no_role_is_no_alias(scanner: TextScanner) -> None:
    assert found(scanner, "long_hair, (turkish carpet), cozy room, photorealistic") == []


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # round 16: the platform beside the role, after the alias or between the role and the alias
        ("zorvilka, twitch streamer, pink hair, cosplay, bedroom", "zorvilka"),
        ("le streamer twitch français Kravelo en armure médiévale, peinture à l'huile", "kravelo"),
        # the role in the case the sentence puts it ("tę piosenkarkę", "Twitch yayıncısı X'in")
        ("chodzi o mirvana, tę piosenkarkę od hitu o lecie", "mirvana"),
        ("Twitch yayıncısı Zelvaro'nun yüzüyle lora lazım", "zelvaro"),
    ],
)
def test_an_alias_beside_a_role_and_its_platform_or_case(scanner: TextScanner, text: str, alias: str) -> None:
    assert [name.split("'")[0] for name in people(scanner, text)] == [alias]


def test_an_alias_before_a_platform_and_role_blocks_with_sexual_words(scanner: TextScanner) -> None:
    text = "zorvilka, twitch streamer, lingerie, bedroom, (sexy:1.2), best quality"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # round 16: a role the text says is invented, and the word for an account after a role
        "Wymyślona influencerka Zosia, 28 lat, fitness, Kraków",
        "sanal influencer Kiravel, stüdyoda, anime tarzı",
        "yapay zeka influencer hesabı için fotoğraflar, plaj",
        # session 20: "synthetic" and "ai generated" before the role
        "Synthetic influencer Kiravel - beach set, bikini, 20 consistent images",
        "ai generated model Kiravel, bikini, beach, golden hour",
    ],
)
def test_an_invented_role_or_an_account_is_no_alias(scanner: TextScanner, text: str) -> None:
    assert found(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 21: the words after the role say invented ("influencer de ia", "ai influencer", "100% synthetic")
        ("kiravel, influencer de ia, 100% sintética, mulher adulta, nua, nsfw", Decision.ALLOW),
        ("kiravel, ai influencer, nude, photoreal", Decision.ALLOW),
        ("kiravel, influencer, 100% synthetic, nude", Decision.ALLOW),
        # ... where a nationality says a real one
        ("kiravel, influencer brasileira, mulher adulta, nua, nsfw", Decision.BLOCK),
        ("kiravel, polish influencer, nude, photoreal", Decision.BLOCK),
    ],
)
def test_a_role_said_invented_after_it_is_no_one(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # round 16: trap singers and science communicators go by one name too
        ("quiero a zorvilka, la trapera de córdoba, en una sesión oscura", "zorvilka"),
        ("il divulgatore kravelo in posa da supereroe, fumetto", "kravelo"),
    ],
)
def test_an_alias_beside_the_roles_of_round_16(scanner: TextScanner, text: str, alias: str) -> None:
    assert [s.text.lower() for s in found(scanner, text)] == [alias]


def test_a_possessive_before_a_role_still_names_a_real_alias(scanner: TextScanner) -> None:
    # "my" is no invented-persona word: the poster's favourite streamer is a real one
    assert Policy().decide(scanner.scan("nudes of my streamer kravix, real face")).decision is Decision.BLOCK


def test_an_alias_before_what_a_creator_makes_and_a_role(scanner: TextScanner) -> None:
    # round 17: "turkish makeup youtuber", "fitness influencer"
    assert Policy().decide(scanner.scan("orlavex, turkish makeup youtuber, nude, bathroom mirror")).decision is Decision.BLOCK
    # round 20: a role in brackets right after a handle makes it someone
    assert Policy().decide(scanner.scan("kelvaro (fitness influencer) at the gym, photo")).decision is Decision.CONSENT_REQUIRED


def test_a_word_for_a_girl_between_role_and_alias(scanner: TextScanner) -> None:
    # round 17: "Yayıncı kız Orlavex'in bikinili ... görselleri"
    text = "Yayıncı kız Orlavex'in bikinili, yatakta poz veren görselleri için LoRA"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # round 19: one unknown capitalised word opening a line, cast as someone, is a nickname (Kovy, Jahrein)
        ("Vexko jako astronaut na Marsu, cinematic, 35mm", "Vexko"),
        ("Kelvrix als Ritter, Ölgemälde, dramatisches Licht", "Kelvrix"),
        ("Zorvath bir Osmanlı paşası olarak, kaftan, minyatür tarzı", "Zorvath"),
        ("Drovik as an alligator king, album art", "Drovik"),
    ],
)
def test_a_nickname_cast_as_someone(scanner: TextScanner, text: str, alias: str) -> None:
    assert [s.text for s in found(scanner, text)] == [alias]
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Mara as a knight, oil painting",  # a given name: an OC as often as a person
        "Vexko jako od Muchy, secese",  # "jako od": like, not as
        "portrait, Drovik as an alligator king",  # not opening a line
        "Zorvath en un bosque encantado, acuarela",  # Spanish "en un": in a, not as
    ],
)
def test_what_a_cast_nickname_is_not(scanner: TextScanner, text: str) -> None:
    assert found(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # round 19: a photograph or a photo shoot asks for someone real as "photorealistic" does
        "Kelvrix en bikini, playa, posando, sexy, fotografía de revista",
        "Kelvrix bez trika, jen v boxerkách, svůdně, fotka",
        "Kelvrix de biquíni na laje, estilo ensaio sensual",
    ],
)
def test_one_word_opening_sexual_words_in_a_photograph(scanner: TextScanner, text: str) -> None:
    assert [s.text for s in found(scanner, text)] == ["Kelvrix"]
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


def test_a_drawn_oc_opening_sexual_words_is_no_alias(scanner: TextScanner) -> None:
    assert Policy().decide(scanner.scan("Mara en bikini, playa, posando, sexy, ilustración")).decision is Decision.ALLOW


def test_a_subject_of_sexual_photographs_said_to_be_a_dj_is_someone(scanner: TextScanner) -> None:
    # round 19: the one-word subject of sexual photographs is weak alone; a role beside it makes it someone
    text = "Kelvrix, DJ, torse nu derrière les platines, photo de concert sexy"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # round 19: after a role, a capitalised word is a stage name even when it is a word ("Madame", "Drake")
        ("Vorrei la cantante Madame in lingerie nera su un letto", "Madame"),
        ("the rapper Pilot (the one from Leeds) shirtless in bed, photo", "Pilot"),
    ],
)
def test_a_stage_name_that_is_a_word_after_a_role(scanner: TextScanner, text: str, alias: str) -> None:
    assert [s.text for s in found(scanner, text)] == [alias]
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


def test_a_word_after_a_role_in_lower_case_or_shouted_is_no_stage_name(scanner: TextScanner) -> None:
    assert found(scanner, "the singer pilot light, stage, photo") == []
    assert found(scanner, "THE SINGER PILOT ON STAGE, photo") == []


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        # round 19: a legend or a diva of a genre, with a nationality before the genre
        ("Kelvrix, türk rap efsanesi, mikrofon başında, grafiti", "Kelvrix"),
        ("zentrova, french pop legend, stage lights", "zentrova"),
    ],
)
def test_a_legend_of_a_genre(scanner: TextScanner, text: str, alias: str) -> None:
    assert [s.text for s in found(scanner, text)] == [alias]


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 21: a sexual request that demands the real face reads as one that asks for realism
        ("kelvrix nsfw\nanyone can make nudes of kelvrix? real face needed, paying 50 bucks", Decision.BLOCK),
        ("kelvrix nsfw\nanyone can make nudes of kelvrix? anime style, chibi", Decision.ALLOW),
        # ... not one that wants nobody recognised
        ("Kelvrix nackt am Strand, niemand erkennbar, Aquarell", Decision.ALLOW),
    ],
)
def test_a_demand_for_the_real_face_reads_as_realism(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


def test_resemblance_demanded_ignores_a_negated_demand() -> None:
    assert resemblance_frames.resemblance_demanded("tiene que parecerse, si no no vale")
    assert not resemblance_frames.resemblance_demanded("vista desde la grada. sin jugadores reconocibles.")
    assert not resemblance_frames.resemblance_demanded("6 postcards, no recognizable faces.")


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 21: a darts player's ring name, "the" and words, before a darts player or a walk-on
        ("the kelvar eagle darts walk-on, wearing only a speedo, oiled, sexy pose, 8k", Decision.BLOCK),
        ("the drunemaker z'n walk-on, dansend op het podium, confetti", Decision.REVIEW),
        ("the flying kelvarman darts player, walk-on at the ally pally, fireworks", Decision.REVIEW),
        # session 23: ... or before a darts player's feat
        ("the kelvar hammer hitting a 180, darts oche, crowd cheering, sports photo", Decision.REVIEW),
        ("the kelvar hammer on the oche in only his shorts, sexy, oiled, 8k", Decision.BLOCK),
        # ... not a darts league, nor a darts player the text says is made up
        ("the pub darts league night, chalkboard, beer, warm light", Decision.ALLOW),
        ("the flying kelvarman darts player, a made-up mascot for our pub league, cartoon", Decision.ALLOW),
    ],
)
def test_a_darts_ring_name_is_someone(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


def test_an_alias_with_its_role_last_in_brackets(scanner: TextScanner) -> None:
    # session 22: the handle and the platform first, the role last ("the Portland streamer")
    text = "Spicy pics of Kelvrix (kelvrix_plays on twitch, the Portland streamer)\nWant her in a cosplay bikini, 8 images"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK
    plain = "Kelvrix (kelvrix_plays on twitch, the portland streamer) as a knight, oil painting"
    assert any(s.detail.get("alias") for s in scanner.scan(plain))


@pytest.mark.parametrize(
    "text",
    [
        # session 22: one word opening a line in a text that demands its subject be recognised
        "Kelvrix de narrador para nuestro torneo\nQueremos a Kelvrix narrando con cascos, estilo cartoon, que se le reconozca.",
        "Obal mixtapu – Kelvrix\nHledám obal: Kelvrix na trůnu z kostí uprostřed sídliště, temné barvy, ať je poznat.",
        "kelvrix pour ma campagne D&D\ntransformer kelvrix en clerc nain, le visage doit rester reconnaissable.",
    ],
)
def test_one_word_whose_likeness_is_demanded_goes_to_a_moderator(scanner: TextScanner, text: str) -> None:
    assert any(s.detail.get("alias") for s in scanner.scan(text))
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "qaulcuno mi fa Lupo Alberto astronauta?\ndeve somigliare sennò non ha senso ahah. 5k Buzz",
        "Kelvrix de narrador\nUn narrador inventado, que se le reconozca como locutor genérico, persona inventada.",
        "Stadionposter\nAffiche rétro du stade, tribunes pleines, personne de reconnaissable.",
    ],
)
def test_a_demanded_likeness_of_someone_named_or_invented_is_no_alias(scanner: TextScanner, text: str) -> None:
    assert not any(s.detail.get("alias") for s in scanner.scan(text))


def test_a_word_described_in_brackets_by_a_sport_or_a_platform_is_someone(scanner: TextScanner) -> None:
    # session 22: "Snakebite (the darts one, ...)": a word, and someone's name here
    text = "Can someone do Blackthorn (the darts one, mohawk and mad colours) driving an old Glasgow tram? 300 buzz"
    assert any(s.detail.get("alias") for s in scanner.scan(text))
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW
    drawn = "Can someone do Blackthorn (the cute one from the anime) driving an old Glasgow tram?"
    assert not any(s.detail.get("alias") for s in scanner.scan(drawn))
    # session 23: a toy's frame does not make the person described a character
    toy = "Kelvrix (the bald fella who does the used car videos on YouTube) as a Lego minifigure holding a tiny car"
    assert Policy().decide(scanner.scan(toy)).decision is Decision.REVIEW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 25: "the one from" a talent, reality or quiz show, or the news, in brackets, in the ten languages
        ("Kelvrix (die van Holland's Got Talent) in een rood slipje, verleidelijke pose, kerstkaart", Decision.BLOCK),
        ("Kelvrix (the one from Love Island) in lingerie on a hotel bed", Decision.BLOCK),
        ("Kelvrix (el de Supervivientes) en un barco pirata, estilo cómic", Decision.REVIEW),
        ("Kelvrix (celui du journal de 20h, pas un acteur) en astronaute", Decision.REVIEW),
        ("Kelvrix (ten z Big Brother) jako rycerz na koniu", Decision.CONSENT_REQUIRED),
        # ... not the one from a work of fiction
        ("Kelvrix (die van de tekenfilm) in een rood slipje, cartoon", Decision.ALLOW),
        # session 25: a sport before a legend ("X, darts legende")
        ("kelvrix, darts legende, gooit 180 op het podium", Decision.REVIEW),
    ],
)
def test_the_one_from_a_show_of_real_people_is_someone(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 25: one word right before a stage or a broadcaster's studio is a performer, in the ten languages
        ("Kelvrix na scenie w Białymstoku, cekinowa marynarka, mikrofon, tłum", Decision.REVIEW),
        ("il kelvrix sul palco del modena park, occhiali da sole, folla infinita", Decision.REVIEW),
        ("kelvrix no palco em fortaleza, chapéu, fogos de artifício, foto de show", Decision.REVIEW),
        ("Kelvrix en su estudio de radio, micrófono, gorra, caricatura", Decision.REVIEW),
        ("Kelvrix sahnede, konser fotoğrafı, ışıklar", Decision.REVIEW),
        ("Kelvrix on stage in a sequin jacket, nude, photo", Decision.BLOCK),
        # ... not a word of a language, a person's word, or a character of a work the text names
        ("la banda sul palco, luci, fumo, folla", Decision.ALLOW),
        ("Nagroda festiwalu, statuetka na scenie, render", Decision.ALLOW),  # a lower-case word after a comma: a thing
        ("a singer on stage, spotlight, crowd, 35mm", Decision.ALLOW),
        ("Kelvrix on stage, scene from the opera, painterly, from the novel", Decision.ALLOW),
    ],
)
def test_one_word_on_a_stage_is_a_performer(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 25: one word a streamer's channel dresses: an emote, a sticker, a thumbnail of it
        ("Emote do Kelvrix\nPreciso de um emote do Kelvrix gritando com barba e boné, estilo cartoon", Decision.REVIEW),
        ("Figurinha do Kelvrix gritando na bancada do programa, estilo cartaz", Decision.REVIEW),
        ("Thumbnail met Kelvrix die verbaasd kijkt naar een stroopwafel", Decision.REVIEW),
        ("Emotki z Kelvrixem na kanał, styl chibi", Decision.REVIEW),
        # ... not a platform, a word, or a character of a work the text names
        ("Figurinha de WhatsApp de um gato rindo, estilo cartoon", Decision.ALLOW),
        ("Stickers of flowers and hearts, pastel", Decision.ALLOW),
        ("Emote do Kelvrix, o personagem do jogo, estilo anime", Decision.ALLOW),
    ],
)
def test_one_word_a_channel_dresses_is_someone(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 25: one word a show of real people says who is, before or after the show
        ("Survivor'daki Kelvrix'i horon kıyafetleriyle kemençe çalarken gösteren bir çizim", Decision.REVIEW),
        ("Survivor şampiyonu Kelvrix'in gömleksiz, ıslak, seksi pozlarla takvimi", Decision.BLOCK),
        ("kelvrix from love island in a hot tub, nude, nsfw", Decision.BLOCK),
        ("kelvrix de gran hermano como pirata, estilo cómic", Decision.CONSENT_REQUIRED),  # the name-shape rule's too
        ("Kelvrix aus dem Dschungelcamp als Astronaut", Decision.REVIEW),
        # ... not a word of a language
        ("a mug with the logo from love island, product photo, pastel", Decision.ALLOW),
    ],
)
def test_one_word_a_show_of_real_people_names_is_someone(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is expected


def test_a_performer_whose_name_elides_a_letter_is_someone_on_stage(scanner: TextScanner) -> None:
    # session 26: "a'salfo sur scène": one letter and an apostrophe open the stage name
    text = "k'elvrix sur scène au festival, foule immense, micro, lumières de concert"
    assert [s.text for s in found(scanner, text)] == ["k'elvrix"]
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW
    # ... not the French and Italian elided articles: "l'artista sul palco" is a performer no one named
    for text in ("l'artista sul palco, luci blu, folla", "l'orchestre sur scène, lumières, foule"):
        assert found(scanner, text) == []
