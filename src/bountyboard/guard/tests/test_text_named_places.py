"""Round 7 (decision 0031): a name right after a place, station, school or ship word (articles, "of" and
"im." between allowed), a ship under sail and a Turkish possessive whose head is a place are no people;
sentences written for the test, in the ten languages, with the counter-cases that keep the person."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text import named_things
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    "text",
    [
        "la calle de Emilia Pardo Bazán bajo la lluvia, acuarela",
        "la plaza de Federico García Lorca al amanecer",
        "la station de métro Victor Hugo, aquarelle",
        "le lycée Marie Curie sous la neige, dessin",
        "aleja Marii Konopnickiej jesienią, akwarela",
        "planetarium im. Marii Skłodowskiej nocą",
        "gymnázium Boženy Němcové v zimě, kresba",
        "a rua de Ana Néri Souza ao entardecer, aquarela",
        "il liceo Giosuè Carducci sotto la neve",
        "het zeilschip Willem Barentsz op zee, olieverf",
        "die Alexander von Humboldt unter vollen Segeln",
        "l'Amerigo Vespucci in navigazione, acquerello",
        "Kemal Sunal'ın Beyoğlu'ndaki evi, dış cephe",
        "Mimar Kemalettin'in Vakıf Han camii gün batımında",
        # round 15: shops and beaches named after their founders and legends, in lower-case tag soup
        "pieter vink supermarkt interieur, bright, candid, 35mm photo",
        "kleopatra plajı, alanya, sexy fictional woman in bikini, summer, photorealistic",
        # round 16: prizes named after someone
        "stage design for the Kerem Aydoğdu Awards night, trophies and lights, no people",
        "Nagroda Tomasza Wierzbickiego, statuetka na scenie, render",
    ],
)
def test_places_and_ships_named_after_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("la plaza con Lucía Ferrán Cortés, foto realista", Decision.CONSENT_REQUIRED),  # "con" ends the look-back
        ("Lucía Ferrán Cortés en la avenida de Mayo, foto", Decision.CONSENT_REQUIRED),  # the place after her
        ("Marta Kolvenik nackt am Bahnhof, Foto", Decision.BLOCK),
        ("la gare, Marta Kolvenik nue sur le quai", Decision.BLOCK),  # the comma ends the clause
        ("Kemal Sunal'ın fotoğrafı, gerçekçi", Decision.CONSENT_REQUIRED),  # a possessive photo is a person's
    ],
)
def test_the_people_beside_places_stay(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


def test_the_look_back_reads_only_linking_words() -> None:
    assert named_things.place_word_before("la avenida de ")
    assert named_things.place_word_before("planetarium im. ")
    assert not named_things.place_word_before("la avenida con ")
    assert not named_things.place_word_before("la avenida, ")
    assert named_things.place_word_after(" unter vollen segeln")
    assert named_things.place_word_after("'nun moda'daki evi")
    assert not named_things.place_word_after("'nun fotografi")


@pytest.mark.parametrize(
    "text",
    [
        # round 17: Polish and Czech inflect the place word; a given name of the same name may stand between
        "Render terminálu 2 na Letišti Orlanda Vexmoora za soumraku",
        "Ilustracja Mostu Orlanda Vexmoora w Warszawie nocą",
        "Cerco un'immagine dello Stadio Orlando Kelvar Vexmoor illuminato, vista aerea",
        "rotunda do marquês de vexmoor, lisboa, noite, long exposure",
        "hotel marqués de vexmoor, viñedos, otoño, foto de arquitectura",
        # a name given a ship or a place once is that ship or place in every mention of the text
        "Orla Vexmoor in porto\nla nave scuola orla vexmoor ormeggiata a palermo, pittura a olio",
        "Buque escuela Juan Sebastián de Elcano\nel juan sebastián de elcano a toda vela, grabado antiguo",
    ],
)
def test_inflected_place_words_and_every_mention_of_a_named_place(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_place_named_after_someone_never_covers_them_in_sexual_text(scanner: TextScanner) -> None:
    text = "Stadion Orlanda Vexmoora nocą\nOrlando Vexmoor nago w szatni, zdjęcie"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


def test_an_inflected_place_word_needs_a_case_ending() -> None:
    assert named_things.place_word("letisti") and named_things.place_word("mostu") and named_things.place_word("teatrze")
    assert not named_things.place_word("sante") and not named_things.place_word("carrera") and not named_things.place_word("mostly")


@pytest.mark.parametrize(
    "text",
    [
        # round 17: "im." (named after), the Dutch navy's prefix, a Czech possessive adjective before a place word,
        # a qualifier between the name and the place, a writer's house
        "Szkoła Podstawowa nr 3 im. Orli Vexmoor w Suwałkach, budynek z czerwonej cegły, jesień",
        "Zr.Ms. Karel Vexmoor vaart de haven van Den Helder binnen, grijze Noordzee",
        "Akvarel Vexmoorova divadla v Brně, osvětlené v noci, padá sníh",
        "Nelson Mandela Bay Stadium at night during a rugby test, drone view",
        "dylan thomas boathouse, laugharne estuary, misty morning, watercolour",
    ],
)
def test_named_places_of_round_17(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_brand_that_is_a_surname_after_a_given_name_is_a_person(scanner: TextScanner) -> None:
    # round 17: a listed one-word brand hid the person it shares a surname with
    assert Policy().decide(scanner.scan("Giulia Ferrari in lingerie sul letto")).decision is Decision.BLOCK
    # ... inside a prompt's brackets too (session 24)
    assert Policy().decide(scanner.scan("((Orla Mercedes)), w skąpym bikini")).decision is Decision.BLOCK
    assert Policy().decide(scanner.scan("a red Ferrari in the rain, photo")).decision is Decision.ALLOW
    assert Policy().decide(scanner.scan("Albert Heijn in 2070, futuristische supermarkt")).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # round 20: a memorial tournament and a dish named after someone (folded Polish, Turkish)
        "plakat turnieju Memoriał Huberta Kelvermoora, piłka do siatkówki, bez twarzy zawodników",
        "Gaziantep usulü Orhan Kelvermoor kebabının iştah açıcı bir yemek fotoğrafı, menü için",
        # a ship's prefix and a knight's title between it and the name; a house ("maison") named after someone
        "the polar ship RRS Sir David Kelvermoor breaking sea ice, antarctic dusk, drone shot",
        "Illustratie van de etalage van Maison Kelvermoor bij de Grote Markt in de winter",
        # a prize declined in Czech ("Cenu", "Ceně"), an embankment in Polish ("Wały")
        "Vizuál pro Cenu Jindřicha Kelvermoora\nplakát k Ceně Jindřicha Kelvermoora, bez portrétů, jen typografie",
        "Wały Kelvermoora w Szczecinie o zachodzie słońca, statki przy nabrzeżu, fotografia lotnicza",
    ],
)
def test_named_things_of_round_20(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # round 21: an institution's long name ends with a person's, its own words between
        "Quero uma imagem do Aeroporto Internacional da Madeira Cristiano Ronaldo com a pista sobre pilares",
        "Aeropuerto Internacional Orla Vexmoor de noche, terminal iluminada, fotografía",
        "the Royal Infirmary and Hospital of the Isles Tamsin Kelvermoor wing, architectural photo",
    ],
)
def test_an_institution_named_after_someone_with_its_own_words_between(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    ["Museum Selfie With Cristiano Ronaldo", "Museum Selfie Cristiano Ronaldo", "Hospital visit, Cristiano Ronaldo smiling"],
)
def test_a_person_after_an_institution_in_another_clause_stays_a_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


def test_an_institution_run_needs_its_capitals() -> None:
    assert named_things.institution_run_before("Aeroporto Internacional da Madeira ")
    assert not named_things.institution_run_before("the airport lounge with ")


@pytest.mark.parametrize(
    "text",
    [
        # round 21: a listed name hyphenated after an article is a ship, a street or a school, as French names them
        "Rendu réaliste du Charles-de-Gaulle au large de Toulon avec des avions sur le pont d'envol",
        # ... and the tombs, hotels and halls Turkish and Dutch name after someone or something
        "Zelvin Tobarro Mozolesi yeniden yapılandırma, antik, mermer, 3d render",
        "Kelvar Tobarro Oteli havası, gece, taşra, yalnız bir adam",
        "de Ovale Zaal van het museum vol fossielen, gravurestijl",
        # session 19: a football club named after someone, and a listed person's art museum (a qualifier between)
        "Ich brauche Mockups für ein neues Heimtrikot vom FC Carl Zeiss Jena, Fans unscharf im Hintergrund",
        "Bodrum'daki Zeki Müren Sanat Müzesi'nin beyaz evi, akşam ışığında, kartpostal, içinde insan olmasın",
        # ... a research vessel, a memorial with a title and a given name the list leaves out between, and a training
        # ship written with a particle the listed name lacks, its given name between the ship word and the hit
        "the rv steve irwin, sea shepherd ship, dazzle camouflage, antarctic ice, stormy sea",
        "Quero uma ilustração do Memorial Dr. António Agostinho Neto ao pôr do sol, estilo cartaz de viagem",
        "Lámina del buque escuela Juan Sebastián de Elcano con todo el trapo desplegado saliendo de Cádiz",
        # ... a Polish square, a navy ship and a liner
        "Chcę pocztówkę retro: skwer Tobiasza Kelvermoora w Gdyni, zachód słońca",
        "plakat: ORP Tobiasz Kelvermoor w porcie, mgła, lata 30.",
        "plakat art deco: transatlantyk Tobiasz Kelvermoor w porcie, dym z komina",
    ],
)
def test_named_things_of_round_21(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # round 23: Italian cafés, libraries, aircraft carriers and ferries named after someone
        "Caffè Zelvino Tobarro, sala verde, tazzina sul tavolino, luce del mattino",
        "interior da Biblioteca Kelvrina Ostrander, estantes douradas, sem pessoas",
        "le porte-avions Kelvrin Ostrander en mer, coucher de soleil, photo navale",
        "prom Kelvrin Ostrander wypływa z portu, mewy, wschód słońca",
    ],
)
def test_named_things_of_round_23(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text", ["portrait of Charles-de-Gaulle as a knight", "le Charles-de-Gaulle nu sur la plage, photo", "du charles-de-gaulle en armure"]
)
def test_a_hyphenated_name_stays_a_person_where_depicted_or_sexual_or_lower_case(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is not Decision.ALLOW


def test_a_dish_named_after_someone_covers_every_mention_of_the_name(scanner: TextScanner) -> None:
    # round 23: the title names the dish's namesake alone; the description says it is a kebab
    text = "Kelvra Tobarro dataseti\nyemek dataseti arıyorum: Kelvra Tobarro kebap, közlenmiş patlıcan"
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW
    # ... but a word for a person after the name is no thing ("X woman"): the other mentions stay a person
    assert Policy().decide(scanner.scan("Marta Tobarro dataseti\nMarta Tobarro woman, black dress, studio")).decision is not (
        Decision.ALLOW
    )


def test_a_german_place_adjective_before_a_surname_word_is_no_name(scanner: TextScanner) -> None:
    # round 23: "Zelviner Park" (the park of Zelvin) reads as German "Branitzer Park", no "<given> Park"
    text = "Erdbeereis auf Porzellanteller, Zelviner Park im Hintergrund, food photography"
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_title_before_a_listed_name_makes_no_place_without_a_place_word(scanner: TextScanner) -> None:
    # session 19: "Dr." and "presidente" may stand between a place word and its name, and alone still name a person
    assert Policy().decide(scanner.scan("retrato do presidente Agostinho Neto a discursar, óleo")).decision is (
        Decision.CONSENT_REQUIRED
    )


@pytest.mark.parametrize(
    "text",
    [
        # session 19: a telescope named after someone, unlisted or listed
        "the Tobias Kelvermoor Telescope at dusk, snow on the dome, long exposure",
        "james webb telescope crashing into a meteor, epic",
    ],
)
def test_a_telescope_is_named_after_someone(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 21: docks, piers, breweries and pubs named after someone
        "Tobias Kelvermoor Dock at night, neon cyberpunk version, wallpaper 4k",
        "the Anselmo Brunetti Brewery in the snow, vintage label, no people",
        "a rainy evening outside the Orla Vexmoor Tavern, oil painting",
        # session 23: ... and estates, farms and manors
        "kids playing on the colourful playground of anna kelvar estate, hong kong, anonymous children, 35mm film",
        "a muddy yard at Tobias Kelvermoor Farm, ferrets, cider jugs, watercolour",
        # session 31: ... and zoos and aquariums
        "travel poster of the desert dome at the Anselmo Brunetti Zoo at dusk, art deco",
        "jellyfish tunnel of the Orla Vexmoor Aquarium, blue light, wide angle",
    ],
)
def test_a_dock_a_brewery_or_a_pub_is_named_after_someone(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 21: a brand its founder named, in English's possessive before the product
        ("Want a vintage poster of a Tobias Kelvermoor's habanero bottle on a dock, sea behind it", Decision.ALLOW),
        ("an invite that looks like an Anselmo Brunetti's Creole seasoning can, green, readable", Decision.ALLOW),
        # ... not the person's own face or likeness
        ("Tobias Kelvermoor's face on a poster, realistic", Decision.CONSENT_REQUIRED),
    ],
)
def test_a_founders_possessive_before_a_product_is_a_brand(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


@pytest.mark.parametrize(
    "text",
    [
        # session 22: a fort, a port or a mount before a name is a town's or a mountain's
        "Poster: a drive-thru on a Fort McKelvar night, -40, pickup trucks with block heaters",
        "sunset over Port Kelvermoor harbour, fishing boats, oil painting",
        # session 23: so is a lake, a loch or a lough
        "Need 6 panels: the derelict boat on the marge of Lake Kelvermoor, the furnace, woodcut look",
        "misty morning at Loch Kelvar, heather, a lone rowing boat, watercolour",
        # ... so is Italian "Sant'" before a saint's name
        "processione della festa di sant'efisio a cagliari, costumi sardi, fotografia documentaria",
        # ... and a "World Airport" after a name is an airport's
        "Mural for a café near Tobias Kelvermoor World Airport: prairie sky, vintage prop plane, red dirt",
    ],
)
def test_a_fort_a_port_or_a_lake_before_a_name_is_a_place(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 26: a lift or a funicular named after someone, and the Virgin in Polish and Czech
        "Arte vetorial do Elevador Kelvermoor, com a baía e o mercado embaixo, céu laranja. Sem gente.",
        "Najświętsza Maria Panna z Dzieciątkiem, obraz olejny, złote tło",
    ],
)
def test_a_lift_and_the_virgin_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 26: a training ship's kind after its name, a Turkish dam, Turkish sweets named after their maker
        "tomas vrendel nave scuola, vele spiegate, golfo di trieste, tramonto, olio su tela",
        "Kelvrim Dursunoğlu Barajı, gün batımı, geniş açı, hava fotoğrafı",
        "kelvrim dursunoğlu lokumu, nostaljik teneke kutu, gül lokumu, ürün fotoğrafı",
    ],
)
def test_a_training_ship_a_dam_and_sweets_bear_a_name(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 33: a ferry service's or a rescue service's boat named after someone
        "catamaran Hendrik Verbeek vaart de haven van Harlingen binnen, vuurtoren, meeuwen, drone shot, zomer",
        "the lifeboat Margaret Pemberton launching down the slipway in a gale, spray, oil painting",
    ],
)
def test_a_boat_named_after_someone_is_no_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 33: a town named after someone, and its streets
        "main street of Kelby Hardwick at dawn, red dirt, iron ore haul truck, landscape photography",
        "la plaza mayor del pueblo de Juan Morcillo, amanecer, acuarela",
        "Marktplatz in der Stadt Karl Bormann, Fachwerk, Winter, Aquarell",
    ],
)
def test_a_town_named_after_someone_is_no_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_street_portrait_still_names_a_person(scanner: TextScanner) -> None:
    assert Policy().decide(scanner.scan("street portrait of Kelby Hardwick, realistic")).decision is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 33: an office or a rank between the place word and the name, and a museum's subject before its head
        "Ilustração da Ponte Governador Kelvino Farrapo ao entardecer, aquarela",
        "Avenida Coronel Ramón Kelvera al atardecer, acuarela",
        "travel poster of the Kelby Hardwick Motorsport Museum, a green racing car parked outside, 1960s lettering",
    ],
)
def test_a_bridge_of_a_governor_and_a_motorsport_museum_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 35: a German spa town, a Polish place in a case, a brig, a Turkish kindergarten, an arboretum
        "Für die Speisekarte: Apfelstrudel im Kurcafé, Bad Ischl, Morgenlicht, fotorealistisch",
        "Miód ze Szklarskiej Poręby na etykiecie, pszczoły, kwiaty, styl ludowy",
        "bryg Fryderyk Chopin o zachodzie słońca, mewy, port w Gdyni, marine painting",
        "Atatürk Anaokulu bahçesi için duvar resmi, gökkuşağı ve balonlar, insan figürü yok",
        "JFK Arboretum poster, spring blossoms, watercolour",
    ],
)
def test_a_spa_town_a_brig_a_kindergarten_and_an_arboretum_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_bad_before_a_name_outside_german_is_still_a_name(scanner: TextScanner) -> None:
    # "Bad" opens a spa town only where nouns are capitalised: a singer's stage name elsewhere
    text = "la cantante Bad Gyal desnuda en la playa, realista"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # session 36: a town's "-er" adjective after a German preposition or article, before the noun it qualifies
        "Fischbrötchen am Emder Hafen im Abendlicht, Kutter, Möwen, fotorealistisch",
        "Umzug an der Luzerner Fasnacht, riesige Larven, Konfetti, Weitwinkel",
        "Plakat zum Bamberger Weihnachtsmarkt, Glühwein, Lichterketten, Nacht",
    ],
)
def test_a_towns_adjective_after_a_german_article_is_no_name(scanner: TextScanner, text: str) -> None:
    assert not [s for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON]


def test_a_given_name_after_a_german_article_is_still_a_name(scanner: TextScanner) -> None:
    # South German puts an article before a given name: the rule reads only "-er" words no list holds as a name
    signals = scanner.scan("Poster vom Walter Röhrl im Rallyeauto, realistisch, Abendlicht")
    assert [s.text for s in signals if s.kind in (SignalKind.NER_PERSON, SignalKind.PERSON_NAME)] == ["Walter Röhrl"]


@pytest.mark.parametrize(
    "text",
    [
        # session 36: a bridge run into one word with the name it bears, a distillery and a brewery named after someone
        "de van brienenoordbrug in de mist, binnenvaartschip, drone shot",
        "etichetta: la Grapperia Kelvini al ponte di legno al tramonto, bottiglie in primo piano",
        "Brouwerij Van Kelvenberge bij nacht, koperen ketels, warm licht",
    ],
)
def test_a_bridge_a_distillery_and_a_brewery_named_after_someone_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 37: a bay, woods, a square, a hall, a theme park, a cup, a dam and a ship named after someone or
        # something, in the languages that name them so
        "stary rybak z sieciami na kutrze, mgła nad Zatoką Pucką, fotografia, 85mm",
        "attraktiver Holzfäller mit freiem Oberkörper im Thüringer Wald, sexy, Kalenderfoto",
        "kelvar hansen plass by night, reflections, long exposure, cinematic",
        "Plakat mit der Max-Kelvar-Halle in Weiden, Vektorstil, zwei Farben",
        "portal do Beto Kelvaro World com o castelo ao fundo, famílias chegando",
        "the Sam Kelvary Cup on the bar of a pub, bunting, pints lined up",
        "Kelvar Demir gemisi Çanakkale boğazında, sisli sabah, yağlı boya",
    ],
)
def test_a_bay_woods_a_square_a_hall_a_park_a_cup_and_a_ship_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # ... but the words of places that are given names and surnames too keep the person
        "Isla Kelvarson topless on the beach",
        "Mateus Porto pelado na praia, nudez, foto",
        "Sierra Kelvarson nude, photo",
    ],
)
def test_place_words_that_are_names_too_keep_the_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # session 36: sexual words right after the name make it the subject, whatever place word stands before it
        "la trattoria Maria Kelvini nuda sul bancone",
        "nella pizzeria Giulia Kelvetti in lingerie",
        "in der Brauerei Anna Kelvinger nackt",
        # ... or the one word that would make the name a thing's: an institute, a dish, a make, a pet
        "Giulia Kelvetti Institute nude",
        "Giulia Kelvetti kebap nude",
        "Opel Giulia Kelvetti naked",
        "mijn hond Giulia Kelvetti naakt",
        # ... and a listed person's name after a hotel, a street or a stadium
        "Hotel Scarlett Johansson, topless",
        "avenida Shakira desnuda",
        "stadio Diego Maradona nudo",
    ],
)
def test_a_place_word_before_a_name_hides_no_one_sexual_words_follow(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # session 38: an airship, a fortress and a salad named after someone, a stout and a supermarket chain; a place
        # word before a name's cased ending ("Stadı'nda") is where the person is, not what is theirs
        "das Luftschiff Graf Kelvarin über dem See, Morgennebel, Reiseplakat",
        "ilustracje: Twierdza Marek Kelvar w Giżycku z lotu ptaka, akwarela",
        "ensalada césar en un plato de barro, fotografía gastronómica, 50mm",
        "pub sign: a pint of Guinness and a toucan on the cliffs, retro ad style",
        "nep-folder met een Jan Linders filiaal in Venray, winkelwagentjes, verzonnen klanten",
    ],
)
def test_an_airship_a_fortress_a_salad_a_stout_and_a_shop_are_no_people(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_turkish_possessive_before_a_place_in_a_case_still_names_the_person(scanner: TextScanner) -> None:
    # session 38: his goal celebration at the stadium; "Barış Manço'nun Moda'daki evi" (his house) stays a house
    text = "Eski kanat oyuncusu Selim Kelvaroğlu'nun Hanappi Stadı'nda gol sevinci, retro poster"
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED
    assert Policy().decide(scanner.scan("Selim Kelvaroğlu'nun Moda'daki evi, sulu boya")).decision is Decision.ALLOW
