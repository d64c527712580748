"""Round 5 (decision 0025): makes and their models, brands after a container, hyphenated compounds and nude
as a make-up colour are not people; sentences written for the test."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    "text",
    [
        "ein Opel Kadett vor einer Tankstelle, Werbung der 70er",
        "Škoda Fabia na náměstí, retro reklama",
        "a Fiat Panda on a village road, vintage advert",
        "Tofaş Doğan kaportası, kil render",
        "botella de Casa Alvarado en una barra, anuncio",
        "garrafa de Quinta Ferreira numa adega, anúncio",
        "barattolo di Crema Bertolli su una tovaglia",
        "die Prinz-Albrecht-Gedächtniskirche im Nebel",
        "die Jungfrau-Nordwand bei Sonnenaufgang",
        "palette color nude per rossetti, foto prodotto",
        "paleta kolorów nude do szminek, zdjęcie produktowe",
        "teinte nude pour vernis, photo produit",
        # session 40 (round 45's forms): words split into a given name and a surname, towns and squares whose second
        # word is a name's, an academy bearing a name, a work's title, a Dutch "transparent" no Turkish "see-through"
        "otwarta filiżanka kawy na parapecie, zimowe światło",
        "arkady Rynku Wielkiego o zmierzchu, akwarela",
        "stary rybak w Kazimierzu Dolnym naprawia sieć, fotografia",
        "Bilderbuch: Junge mit Drachen über Schwäbisch Hall\nIch schreib ein Bilderbuch für meinen Neffen, Wasserfarben",
        "plakat: Akademia Pana Kleksa, bajkowe kolory",
        "ilustração do Sítio do Picapau Amarelo, casa de fazenda",
    ],
)
def test_products_places_and_colours_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Marta Kolvenik next to an Opel Kadett, photo", Decision.CONSENT_REQUIRED),  # the person stays
        ("Karl-Heinz Brönnert nackt am Strand, Foto", Decision.BLOCK),  # a hyphenated given name and a surname
        ("LoRA von #Karl-HeinzBrönnert gesucht, 30 Fotos", Decision.CONSENT_REQUIRED),
        ("nude beach at dawn, photo", Decision.ALLOW),
    ],
)
def test_the_people_beside_them_stay(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


def test_a_village_dance_hides_no_name(scanner: TextScanner) -> None:
    # session 40 (round 45): "bailarico" read as "baila" and "rico"
    signals = scanner.scan("bailarico numa aldeia do Alentejo, concertina, luz de verão")
    assert not any(s.kind is SignalKind.NER_PERSON for s in signals)


@pytest.mark.parametrize(
    "text",
    [
        # round 19: Polish and Czech decline the make before its model
        "Potřebuji 5 reklamních obrázků Škody Felicia před pivovarem, zima, bez lidí",
        "zdjęcie Fiata Punto na wiejskiej drodze, retro reklama",
    ],
)
def test_a_declined_make_names_its_model(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 22: a beer, a spirit or a dish before its brand or namesake, and a beer after it
        "Rótulo retro para Cerveja Kelvarina, com a baía e coqueiros. Para um bar.",
        "Bozza di locandina: alambicchi in rame, scritta 'Grappa Kelvrini'. Solo oggetti.",
        "Foto menù: Tournedos Kelvrini con foie gras e tartufo, fondo scuro",
        "glass of pieter kelvermoor beer in wooden stand, belgisch café in gent, warm bokeh, product shot",
    ],
)
def test_beers_spirits_and_dishes_named_after_someone_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_given_name_like_a_declined_drink_stays_a_name(scanner: TextScanner) -> None:
    # "vina" (a declined "vino") and "amara" are given names: wine and amaro are left out
    assert Policy().decide(scanner.scan("Vina Kelvermoor na pláži, foto")).decision is not Decision.ALLOW
    assert Policy().decide(scanner.scan("Amara Kelvermoor en la playa, foto")).decision is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 26: cloths, biscuits, beers and cured meats named after a person or a type (guard/data/bountyboard/
        # not_people.txt)
        "Need 10 images of a Harris Tweed jacket on a dressmaker's dummy, croft house behind. For our Etsy shop. $30",
        "Ontwerp voor een retro trommel met Jan Hagel koekjes, Delfts blauw motief, amandelschaafsel",
        "flesje straffe hendrik tripel op een houten tafel aan de reien in brugge, productfoto",
        "saucisson justin bridou, pub rétro années 80, planche en bois, photo produit",
        "Étiquette de champagne dans l'esprit Dom Pérignon : bouclier, écusson, fond noir et or. Pas de personnage.",
    ],
)
def test_brands_named_after_a_person_or_a_type_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 39 (invented namesakes, in round 44's forms): tinned fish, a cake, a fashion house, a Portuguese museum,
        # a Czech centre in the genitive, a Turkish festival
        "lata de bonito Conservas Ferreira abierta sobre un plato, bodegón, luz natural",
        "torta Kelvrina Morandi su un'alzata, foto per il menù",
        "Prada Kelvermoor storefront alone on a desert highway at dusk, fine art photo",
        "Museu Mariano Ferreira à noite, jardins com lago, névoa leve",
        "Pozvánka: ilustrace budovy Centra Kelvína Horáka v zimě, noty ve vzduchu",
        "Akşehir'de Kelvin Hoca Şenliği, lunapark, pamuk şeker, renkli bayraklar",
    ],
)
def test_a_product_an_institution_or_a_festival_named_after_someone_is_no_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW
