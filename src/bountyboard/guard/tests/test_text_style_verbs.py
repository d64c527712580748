"""Painters named with the verbs and tributes the style cues lacked (decision 0025), in ten languages,
with the artist veto's semantics: a style stays allowed, a person depicted stays a person.

Painter names are made up (a given name and an invented surname), so the rule is tested, not a list.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


@pytest.mark.parametrize(
    "text",
    [
        "my grandmother's cottage painted like Tomas Vrendel",
        "a harbour at dusk in the manner of Tomas Vrendel",
        "affiche d'un village de montagne, hommage à Tomas Vrendel",
        "la maison de ma grand-mère peinte comme Tomas Vrendel",
        "la casa de mi abuela pintada como Tomas Vrendel",
        "cartel de un pueblo, homenaje a Tomas Vrendel",
        "das Häuschen meiner Oma, gemalt wie Tomas Vrendel",
        "Krimi-Cover, Regen, gemalt nach Art von Tomas Vrendel",
        "Plakat eines Bergdorfs, Hommage an Tomas Vrendel",
        "la casa di mia nonna dipinta come Tomas Vrendel",
        "manifesto di un paese, omaggio a Tomas Vrendel",
        "a casa da minha avó pintada como Tomas Vrendel",
        "cartaz de uma vila, homenagem a Tomas Vrendel",
        "domek mojej babci namalowany jak Tomas Vrendel",
        "plakat górskiej wioski, hołd dla Tomas Vrendel",
        "okładka kryminału, namalowana na modłę Tomas Vrendel",
        "babiččina chalupa namalovaná jako od Tomas Vrendel",
        "obálka detektivky, malováno po vzoru Tomas Vrendel",
        "het huisje van mijn oma geschilderd als Tomas Vrendel",
        "cover van een thriller, geschilderd op de manier van Tomas Vrendel",
        "poster van een bergdorp, hommage aan Tomas Vrendel",
        "Tomas Vrendel gibi boyanmış anneannemin evi",
        "dağ köyü afişi, Tomas Vrendel anısına",
        "polisiye roman kapağı, Tomas Vrendel üslubuyla boyanmış",
    ],
)
def test_an_unlisted_painter_named_as_a_style_is_allowed(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_person_depicted_stays_a_person(scanner: TextScanner) -> None:
    # the cue names the painter; the person painted is still a person
    assert decide(scanner, "portrait of Marta Kolvenik, painted like Tomas Vrendel") is Decision.CONSENT_REQUIRED
    assert decide(scanner, "Marta Kolvenik nuda, dipinta come Tomas Vrendel, foto realistica") is Decision.BLOCK
    # a listed public figure in a tribute is a person: a homage to a footballer may well depict him
    assert decide(scanner, "poster, homage to Cristiano Ronaldo") is Decision.CONSENT_REQUIRED


def test_a_listed_artist_is_a_style_after_the_turkish_cue(scanner: TextScanner) -> None:
    assert decide(scanner, "Claude Monet gibi boyanmış bir liman") is Decision.ALLOW
    assert decide(scanner, "Claude Monet çıplak, gerçekçi fotoğraf") is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # round 10: "in the manner of" and "with the vibe of" as the other languages say it
        "das Albert-Schweitzer-Gymnasium von außen, in der Art von Rineke Dijkstra",
        "planetarium nocą, w manierze Peter Lindberg",
        "un faro nella tempesta, atmosfera alla Anselmo Brunetti",
        "un barco en la tormenta, con el rollo de Clyde Caldwell",
        "a harbour at dawn in the vein of Joaquín Sorolla",
        "une forêt en hiver, dans la veine de Marta Wiśniewska",
        # session 20: Italian "alla X" after a photograph or a painting
        "strada deserta con pali del telefono, fotografia alla anselmo brunetti, colori pastello",
    ],
)
def test_more_style_cues_in_ten_languages(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW, text


def test_a_person_in_the_manner_of_an_artist_stays_a_person(scanner: TextScanner) -> None:
    text = "Taylor Swift als Ritterin, in der Art von Rineke Dijkstra"
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        # round 17: the artist's works named between the possessive and "tarzında"; "as X drew them"; "jak u X"
        "Boğaz siluetini Orla Vexmoor'un kuşbakışı, çizgi çizgi İstanbul resimleri tarzında istiyorum.",
        "Ik zoek een LoRA voor kabouters zoals Orla Vexmoor ze tekende, aquarel",
        "Potrzebuję plakatu teatralnego jak u Orli Vexmoorowej, barokowe ciała, sepia",
    ],
)
def test_style_cues_of_round_17(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "kolejka do mięsnego w PRL, kadr jak z filmów Orlanda Vexmoora, ziarno taśmy",
        "una casa metida en la lava como lo haría Orlando Vexmoor, blanco y verde",
    ],
)
def test_like_the_films_of_or_as_they_would_do_it_is_a_style(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # round 20: an artist who draws or paints like this, in the present; a film of theirs, in Turkish
        "Zoek een LoRA die tekent zoals Rien Kelvermoor: kabouters, dassen, aquarel. Geen personen, puur stijl.",
        "ein Bild, das malt wie Jonas Kelvermoor, Öl auf Leinwand, Landschaft",
        "ilustracja, która rysuje jak Marek Kelvermoor, tusz, pejzaż",
        "uzun plan, göl kıyısında yalnız adam, Zeki Kelvermoor filmi gibi karanlık ve minimal, sinematik",
    ],
)
def test_style_cues_of_round_20(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # round 20: a painting movement as the next tag after an unlisted painter
        "jardin au crépuscule, table dressée, henri le kelvermoor, post-impressionnisme",
        "femme fatale mit schlange, franz von kelvermoor, symbolismus, dunkler hintergrund",
    ],
)
def test_a_painting_movement_after_an_unlisted_name_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_listed_person_before_a_movement_stays_a_person(scanner: TextScanner) -> None:
    assert decide(scanner, "angela merkel, cubism, oil on canvas") is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        # round 21: French "par X" in a prompt's list, a cinematographer's look, and Turkish postpositions that mean
        # "in X's style" speak for every mention of the name (invented names)
        "planches encyclopédiques sur les nuages, par Kelvin Tobarro, crayons de couleur sur petit carton",
        "jeune marin devant une boutique de parapluies, couleurs pastel, cinématographie de Kelvin Tobarro, 35mm",
        "Zelvin Tobarro tarzında Paris kafesi\nKırmızı ve mavi lekelerle, bohem bir Paris kafesi, Zelvin Tobarro gibi.",
        "Zelvin Tobarro filmi gibi\nGece taşra otelinde yalnız bir adam, Anayurt Oteli havası, Zelvin Tobarro sinematografisi.",
    ],
)
def test_style_cues_of_round_21(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 17: a Turkish honorific before the postposition, a comic's clear line, a director's framing
        "Kelvrin Ostrander Bey tarzında, kaplumbağalarla yaşlı bir derviş, yağlı boya",
        "Cover voor ons fanzine, in de klare lijn van Kelvrin Ostrander: trams, fietsers",
        "sertão ensolarado, vaqueiro inventado, enquadramento de Kelvrin Ostrander, cinema novo",
    ],
)
def test_style_cues_of_session_17(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # round 23: Spanish and Portuguese "by X" as an item after a comma, and the Turkish "X üslubu" (X's manner)
        "paisaje de montaña con vacas bajo la lluvia, pintura expresiva, por Kelvrin Ostrander, tonos verdes, óleo",
        "Paris kafesinde müzisyenler, hızlı fırça darbeleri, guaj, Kelvrin Ostrander üslubu, canlı kırmızılar",
        # ... a Czech photograph "by" X
        "zátiší, fotografie od Kelvrina Ostrandera, orosené okno, jablko na parapetu, černobílé",
    ],
)
def test_style_cues_of_round_23(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 19: "de X" as an item of its own after a comma is "by X" in French, Spanish and Portuguese
        "saloias a vender fruta, naturalismo, de Tomás Kelvermoor, campo português, óleo sobre tela",
        "marché provençal, lumière d'été, de Jules Kelvermoor, huile sur toile",
        # ... and a film's maker ("ressemble à un film de X"), named by the list of famous people too
        "On veut une affiche qui ressemble à un film de Marcel Pagnol : pétanque, platanes, cigales",
    ],
)
def test_style_cues_of_session_19(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_de_inside_an_item_still_depicts(scanner: TextScanner) -> None:
    # only "de" opening an item: "retrato de X" and "foto de estudio de X" still depict X
    assert decide(scanner, "mercado, retrato de Tomás Kelvermoor, óleo sobre tela") is not Decision.ALLOW
    assert decide(scanner, "Marcel Pagnol dans un film de guerre, photo") is not Decision.ALLOW


def test_spanish_por_opening_a_sentence_is_no_style(scanner: TextScanner) -> None:
    # "por" after a comma only: "Quiero un retrato por favor de Kelvrin Ostrander" still depicts him
    assert decide(scanner, "Quiero un retrato de Kelvrin Ostrander por favor, como astronauta") is not Decision.ALLOW


def test_alla_before_a_name_without_a_work_is_no_style(scanner: TextScanner) -> None:
    # session 20: "alla" also means "to": only after a photograph or a painting is it "in the manner of"
    assert decide(scanner, "Ritratto di Anselmo Brunetti vestito da pirata, regalo alla Orla Vexmoor") is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 25: like the photographs or paintings of an artist, in the ten languages
        "fishing boat at night, neon light, like the photos of Tomas Vrendel, 35mm",
        "barco de pesca à noite, cores saturadas, como as fotos do Tomas Vrendel",
        "bateau de pêche la nuit, comme les photos de Tomas Vrendel",
        "barca da pesca di notte, come le foto di Tomas Vrendel",
        "Fischerboot bei Nacht, wie die Fotos von Tomas Vrendel",
        "vissersboot bij nacht, zoals de foto's van Tomas Vrendel",
        "kuter nocą, jak na zdjęciach Tomasa Vrendela",
        # ... Portuguese "à moda do", an Italian poster "alla" its artist
        "capa de cordel, xilogravura à moda do Tomas Vrendel",
        "Manifesto alla Tomas Vrendel per la festa di quartiere",
    ],
)
def test_like_an_artists_photographs_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_looking_like_someones_photographs_is_their_likeness(scanner: TextScanner) -> None:
    # "look like the photos of X": the photographs' subject, not their author
    assert decide(scanner, "make her look like the photos of Tomas Vrendel, beach, sunset") is Decision.CONSENT_REQUIRED
    assert decide(scanner, "ma wyglądać jak na zdjęciach Tomasa Vrendela, plaża") is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        # session 26: as the artist would photograph it, Czech and Polish
        "Chci sérii 5 fotek Olomouce černobíle, mlhavě, jak by to fotil Tomas Vrendel. Na výstavu do kavárny.",
        "port w Gdańsku nocą, czarno-białe, jakby to sfotografował Tomas Vrendel",
    ],
)
def test_as_an_artist_would_photograph_it_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 26: a three-word painter's name whose first two words the pair rule reads, then its style word
        "abstract anatolian motifs, orla vexmoor eyüboğlu style, bold colors, folk art",
        "orla vexmoor eyüboğlu tarzında bir anadolu düğün sahnesi, kilim motifleri",
        # ... or its attention weight, beside another weighted painter
        "(orla vexmoor eyüboğlu:1.3), (abidin dino:0.8), van gölü, kilim motifleri",
    ],
)
def test_a_three_word_painters_name_before_its_style_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_verb_after_a_three_word_name_is_no_style(scanner: TextScanner) -> None:
    # "painting" after the third word is what the person does ("poh ling yeow painting at an easel")
    assert decide(scanner, "orla vexmoor eyüboğlu painting at an easel, warm light, photo") is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 30: "in the spirit of" in the other languages ("v duchu Josefa Sudka": rounds 33 and 34)
        "okno ateliéru v dešti, zátiší se sklenicí, v duchu Tomáše Vrendela, černobílá fotografie",
        "krajobraz Mazur o świcie, w duchu Tomasza Vrendela, olej na płótnie",
        "Hafen im Nebel, im Geiste von Tomas Vrendel, Radierung",
        "port de pêche au petit matin, dans l'esprit de Tomas Vrendel, huile sur toile",
        "puerto al amanecer, en el espíritu de Tomás Vrendel, óleo",
        "porto all'alba, nello spirito di Tomas Vrendel, olio su tela",
        "haven in de mist, in de geest van Tomas Vrendel, ets",
    ],
)
def test_in_the_spirit_of_an_artist_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_person_in_the_spirit_of_a_season_stays_a_person(scanner: TextScanner) -> None:
    # the cue is read right before the name: "Tomasz Vrendel w duchu świąt" depicts him
    assert decide(scanner, "portret Tomasza Vrendela w duchu świąt, zdjęcie, realistyczny") is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 32: the artist's works, and an Italian technique "alla" an adjective after it
        "Murales con formas orgánicas y negro volcánico, como las obras de Orlando Vexmoor en Lanzarote",
        "des vitraux aux couleurs franches, comme les oeuvres de Orla Vexmoor, lumière du soir",
        "pascolo alpino con pecore, tecnica divisionista alla Giovanni Vexmoor, luce tersa",
        "Wolken über dem Deich, wie die Werke von Jonas Vexmoor, magischer Realismus",
    ],
)
def test_the_works_of_an_artist_or_a_technique_after_them_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_as_if_by_an_artist_in_czech_and_polish_is_a_style(scanner: TextScanner) -> None:
    # session 32: "jako od X", "jak od X"
    assert decide(scanner, "okno v dešti, jablko na parapetu, fotografie jako od Josefa Vexmoora, velkoformát") is Decision.ALLOW
    assert decide(scanner, "stara kamienica nocą, zdjęcie jak od Jana Vexmoora, ziarno") is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "telas com bois estilizados no pantanal, pop art, no estilo do Humberto Kelvane",
        "ilustração de uma feira, à maneira da Marília Kelvane, cores quentes",
        "processione nel Sannio, nello stile del Mimmo Kelvane, colori terrosi",
        "Dorfkirche im Winter, als Gemälde im Stil des Hans Kelvane",
    ],
)
def test_a_style_cue_with_the_article_contracted_into_it(scanner: TextScanner, text: str) -> None:
    """Session 33: Portuguese "do", "da", Italian "del", German "des" join the preposition before an artist's name."""
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 38: an artist's line, in the Romance languages
        "Locandina per la sagra, col tratto di Marco Vexmoor: pennarello nervoso, colori acidi",
        "cartel del festival con el trazo de Julia Vexmoor, tinta negra, tres músicos inventados",
        "capa de disco com o traço de Rui Vexmoor, nanquim, figuras inventadas",
    ],
)
def test_an_artists_line_is_a_style(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW
