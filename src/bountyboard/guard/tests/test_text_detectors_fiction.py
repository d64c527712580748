"""Unlisted names in the frame of a work of fiction are characters (decision 0025); what cancels a frame.

Names are made up for these tests; sentences are written for them, in the ten languages of issue 8.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.fiction_frames import (
    DRAWN,
    GAME,
    READING,
    SCREEN,
    TOY,
    characters_not_cast,
    fiction_frame,
    names_fiction,
)
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


def frame_of(text: str) -> str | None:
    found = fiction_frame(normalize(text).words.text)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Marta Kolvenik and Jonas Brevik arguing in a kitchen, sitcom still", SCREEN),
        ("Marta Kolvenik et Jonas Brevik se disputent, image de sitcom", SCREEN),
        ("Marta Kolvenik y Jonas Brevik discutiendo, escena de sitcom", SCREEN),
        ("Marta Kolvenik und Jonas Brevik streiten, Sitcom-Standbild", SCREEN),
        ("Marta Kolvenik e Jonas Brevik litigano, fotogramma di sitcom", SCREEN),
        ("Marta Kolvenik e Jonas Brevik discutindo, cena de novela", SCREEN),
        ("Marta Kolvenik i Jonas Brevik kłócą się, kadr z serialu", SCREEN),
        ("Marta Kolvenik a Jonas Brevik se hádají, záběr ze seriálu", SCREEN),
        ("Marta Kolvenik en Jonas Brevik ruziën, scène uit een serie", SCREEN),
        ("Marta Kolvenik ve Jonas Brevik tartışıyor, dizi sahnesi", SCREEN),
        ("Jonas Brevik fixing a motorbike, comic panel", DRAWN),
        ("Jonas Brevik répare une moto, case de BD", DRAWN),
        ("Jonas Brevik arreglando una moto, viñeta de cómic", DRAWN),
        ("Jonas Brevik repariert ein Motorrad, Comicpanel", DRAWN),
        ("Jonas Brevik ripara una moto, vignetta a fumetti", DRAWN),
        ("Jonas Brevik consertando uma moto, quadrinho", DRAWN),
        ("Jonas Brevik naprawia motocykl, kadr z komiksu", DRAWN),
        ("Jonas Brevik opravuje motorku, komiksové okénko", DRAWN),
        ("Jonas Brevik repareert een motor, stripplaatje", DRAWN),
        ("Jonas Brevik motosiklet tamir ediyor, çizgi roman karesi", DRAWN),
        ("Jonas Brevik as a lego minifigure, product photo", TOY),
        ("Jonas Brevik jako minifigurka lego, zdjęcie produktowe", TOY),
        ("Jonas Brevik als Actionfigur im Karton", TOY),
        ("Jonas Brevik, video game character, idle pose", GAME),
        ("Jonas Brevik drinkt koffie, fanart", GAME),
    ],
)
def test_a_work_of_fiction_is_a_frame_in_ten_languages(text: str, kind: str) -> None:
    assert frame_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a style a real person can be drawn in is no work of fiction
        "Jonas Brevik im Stil der Simpsons, bunte Zeichnung",
        "Jonas Brevik als Casino-König, Karikatur, Comic-Stil",
        "Jonas Brevik in anime style",
        # a film still is a photographic look, a figurine of someone is sculpted to order
        "Jonas Brevik as a knight in silver armour, film still",
        "Jonas Brevik als Ritter, Filmstill",
        "make a pixar-style figurine of Jonas Brevik for my desk",
        "figurka z plasteliny przedstawiająca Jonas Brevik z pucharem",
        # likeness-seeking or realism words cancel a frame
        "LoRA of Jonas Brevik, sitcom still",
        "Jonas Brevik, comic panel, photorealistic",
        "Jonas Brevik als Lego-Minifigur, die echte Person",
        "Jonas Brevik jako minifigurka lego, realistyczne",
        # a toy made as a present is of someone the poster knows
        "can someone make Jonas Brevik as a funko? it's a gift",
        "quelqu'un peut faire un funko de Jonas Brevik ? c'est pour un cadeau",
        "biri Jonas Brevik funko figürü yapabilir mi? hediye olacak",
        "udělá někdo funko figurku Jonas Brevik? je to dárek",
    ],
)
def test_what_is_no_fiction_frame(text: str) -> None:
    assert frame_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Marta Kolvenik and Jonas Brevik arguing in a kitchen, sitcom still",
        "marta kolvenik und jonas brevik streiten in einer Küche, Sitcom-Standbild",
        "Jonas Brevik qui répare une moto dans un garage, case de BD",
        "Jonas Brevik jako minifigurka lego, zdjęcie produktowe",
        "Jonas Brevik opravuje motorku v garáži, komiksové okénko",
        "Jonas Brevik ve Marta Kolvenik mutfakta tartışıyor, sitcom karesi",
    ],
)
def test_an_unlisted_name_in_a_fiction_frame_is_allowed(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_the_frame_applies_only_to_unlisted_names(scanner: TextScanner) -> None:
    # a listed public figure as a toy is still their likeness: consent first
    assert decide(scanner, "Taylor Swift as a lego minifigure, product photo") is Decision.CONSENT_REQUIRED


def test_a_role_keeps_the_person(scanner: TextScanner) -> None:
    assert decide(scanner, "LoRA of Jonas Brevik, sitcom actor") is not Decision.ALLOW
    assert decide(scanner, "the actress Marta Kolvenik in a kitchen, sitcom still") is not Decision.ALLOW


def test_the_sexual_floors_stay(scanner: TextScanner) -> None:
    # a live-action still shows an actor's body: sexual, the name is not read as a character
    assert decide(scanner, "Marta Kolvenik nude in the kitchen, sitcom still") is not Decision.ALLOW
    assert decide(scanner, "Marta Kolvenik nackt in der Küche, Sitcom-Standbild") is not Decision.ALLOW
    # realism words cancel the frame: a real, unlisted person in a photographic sexual frame still blocks
    assert decide(scanner, "Marta Kolvenik nude, comic panel, photorealistic") is Decision.BLOCK
    assert decide(scanner, "Marta Kolvenik nago, kadr z komiksu, realistyczne zdjęcie") is Decision.BLOCK
    # a private person is never a character
    assert decide(scanner, "my neighbour Marta as a lego minifigure, photos attached") is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "can someone make a funko of Marta Kolvenik? it's a gift",
        "alguém faz um funko de Marta Kolvenik? é pra dar de presente",
        "udělá někdo funko figurku Marta Kolvenik? je to dárek",
        "quelqu'un peut faire une figurine funko de Marta Kolvenik ? c'est pour un cadeau",
    ],
)
def test_a_custom_toy_of_someone_as_a_gift_needs_their_consent(scanner: TextScanner, text: str) -> None:
    # "a funko of X", "figurku X" is a likeness frame; the gift cancels the toy frame
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize("text", ["Kerem Aydoğdu çizgi film tarzında, tabağa bakıyor", "Orla Vexmoor, cartoon style, smiling"])
def test_a_frame_followed_by_a_style_word_is_a_style(text: str) -> None:
    # round 16: "çizgi film tarzı" is cartoon style, not a cartoon: a real person drawn so needs consent
    assert frame_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # round 19: a person the text says does not exist, or an invented character, in the ten languages
        "Personnage inventé : Orlo Vexmoor, pêcheur, 60 ans, moustache, illustration",
        "De nieuwslezeres Orla Vexmoor bestaat niet, ze is mijn eigen bedenksel. Journaalstudio, 16:9",
        "Orla Vexmoor existiert nicht, eine Figur für mein Buch, Porträt",
        # a character of a trilogy, in every mention of the text
        "Orla Vexmoor en el bosque del Norte\nIlustración de la inspectora Orla Vexmoor (la de la trilogía del Norte)",
        "Orlo Vexmoor sur son bateau\nillustration du flic Orlo Vexmoor, héros de la trilogie marseillaise, qui fume",
    ],
)
def test_invented_people_and_characters_of_a_trilogy(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_an_actress_of_a_trilogy_is_a_person(scanner: TextScanner) -> None:
    text = "la actriz Orla Vexmoor, protagonista de la trilogía, en la alfombra roja"
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        # round 21: the writer names the actor's role only to rule it out
        "Chcę ilustrację boudoir z Zelviną Tobarro z Wilkowyj, koronkowa bielizna, styl malarski (nie fotorealizm, "
        "nie chodzi o aktorkę)",
        "Orla Vexmoor from the old novel, drawn from the book, not any actress, ink portrait",
        "Zelvina Tobarrová ze Slunce, seno, jahody, hluboký výstřih, kreslený humor, sexy, bez podoby herečky",
    ],
)
def test_a_character_whose_actor_the_text_rules_out_is_a_character(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Orla Vexmoor nude, not the actress, photorealistic",  # realism: the actress's body is what comes out
        "LoRA of Orla Vexmoor, not the actress from the show, 40 photos",
    ],
)
def test_ruling_the_actor_out_does_not_cover_a_likeness(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 17: a book's or an audiobook's cover and a radio drama name the work its people live in
        "okładka audiobooka, prokurator Orla Vexmoor, płaszcz, Sandomierz we mgle, noir",
        "Boekomslag voor mijn eigen editie: de jonge Kelvrin Ostrander op de bevroren kade, januari 1945",
        "Cover for a radio drama: Zelvina Tobarro on a foggy pier, 1930s, sepia",
        "Hörspiel-Cover: Kelvrin Ostrander im Nebel am Hafen, düster",
        "Kelvrin Ostrander in der Wüste, notgelandetes Flugzeug, Buchillustration, Tusche",
    ],
)
def test_a_book_cover_or_a_radio_drama_is_a_work(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # ... unless the book is a life, or the person reads it
        "book cover for the biography of Orla Vexmoor, the Cornish surfer, portrait on a beach",
        "Okładka książki: biografia Marty Kelvermoor, portret",
        "book cover for my memoir, Orla Vexmoor standing on a cliff",
        "audiobook cover: Orla Vexmoor, the narrator, in a recording booth",
        # review of session 17: the author on the cover of her book
        "book cover with the author Orla Vexmoor smiling on the back",
        "okładka książki, autorka Marta Kelvermoor na zdjęciu",
    ],
)
def test_a_life_or_its_reader_on_a_cover_is_a_person(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        # session 19: a character of a series of novels or crime novels, in the ten languages (folded)
        "radca Eberhard Kelvermoor z kryminałów, Breslau 1930, deszcz, kapelusz, papieros. Noir.",
        "Tobias Kelvermoor aus den Romanen, am Hafen von Kiel im Regen, Aquarell",
        "Johanna Kelvermoor uit de boeken, op een fiets door Haarlem, waterverf",
        "Orla Kelvermoor, o personagem dos livros, numa feira, aguarela",
    ],
)
def test_a_character_of_a_series_of_books_is_fiction(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 23: a reading circle's, a literature class's or a new edition's picture is of a book's people
        "Kitchen scene for our book club: Orla and Tobias Kelvermoor at the table, 1870s, storybook watercolour",
        "Copertina per una ristampa amatoriale: Anselmo Brunetti giovane pastore, campagne di Nuoro, olio",
        "Réédition scolaire : couverture avec Orla Vexmoor sous une feuille de bananier, aquarelle",
        "Plakat für den Literaturkurs: Tobias Kelvermoor im Kontor, um 1870, Kerzenlicht",
        "Ilustracja do lektury szkolnej: Janko Kelvermoor pod płotem słucha skrzypiec, akwarela",
        "Poster voor de leesclub: Orla Vexmoor op een fiets door Haarlem, waterverf",
    ],
)
def test_a_book_club_or_a_new_editions_people_are_fiction(scanner: TextScanner, text: str) -> None:
    assert frame_of(text) == READING
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... not its guest, an author, a life, nor anyone in sexual text: nothing there says the people are drawn
        ("Poster for our book club: the author Orla Vexmoor signing books", Decision.CONSENT_REQUIRED),
        ("Reprint of the biography of Orla Vexmoor, portrait on the cover", Decision.CONSENT_REQUIRED),
        ("Orla Vexmoor nude, for our book club", Decision.BLOCK),
    ],
)
def test_a_book_clubs_real_people_stay_people(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected


def test_an_actor_of_the_crime_series_is_still_a_person(scanner: TextScanner) -> None:
    assert decide(scanner, "aktor Eberhard Kelvermoor z kryminałów, na planie, zdjęcie") is not Decision.ALLOW


def test_high_quality_is_no_comic() -> None:
    # session 19: Portuguese "HQ" is a comic after an article or "estilo"; English prompts' "artstation hq" is high quality
    assert frame_of("Orla Vexmoor e Kelvin Tobar numa HQ dos anos 80, cores fortes") == DRAWN
    assert frame_of("Orla Vexmoor, capa de HQ, traço grosso") == DRAWN
    assert frame_of("Orla Vexmoor, bokeh, nikon d850, award winning photo, artstation hq") is None


def test_a_named_woman_nude_in_a_high_quality_prompt_is_blocked(scanner: TextScanner) -> None:
    text = "Orla Vexmoor zupełnie naga, poza modelki, bokeh, nikon d850, artstation hq | Negative prompt: blurry"
    assert decide(scanner, text) is Decision.BLOCK


def test_a_turkish_frame_named_as_a_look_is_a_style() -> None:
    # session 19: "çizgi film gibi" is "like a cartoon", a look for a real person, not a cartoon's characters
    assert frame_of("Kelvin Tobar'ı kocaman bir tepsiyle gülümserken, çizgi film gibi istiyorum") is None
    assert frame_of("Kelvin Tobar ve Orla Vexmoor, çizgi film karesi, renkli") == DRAWN


def test_someone_cast_as_a_works_figure_is_no_character() -> None:
    # session 19: "drawn as a comic book superhero", "disegnata come cartone animato": a look given to someone
    assert frame_of("Want Kelvin Tobar drawn as a comic book superhero called Captain Phone-In, Belfast skyline") is None
    assert frame_of("Voglio Orla Vexmoor disegnata come un cartone animato, grembiule, cucina") is None
    assert frame_of("Kelvin Tobar and Orla Vexmoor arguing, comic book cover, 1960s") == DRAWN


@pytest.mark.parametrize(
    "text",
    [
        # session 20: the German feminine of "influencer" after "ai", and a word that gives a name, never an alias
        "ai influencerin namens lea-sophie (komplett erfunden), dirndl mit tiefem ausschnitt, oktoberfest zelt, sexy",
        "synthetic influencer chiamata giada, generata con ai, surfista a varazze, muta, sorriso, golden hour",
    ],
)
def test_an_invented_influencer_named_in_german_or_italian_is_allowed(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 20: characters of national television, novels and comics, now listed
        ("Vera Stanhope in her battered hat and mac on a Northumberland beach, oil painting", Decision.ALLOW),
        ("justus jonas, peter shaw und bob andrews, schrottplatz, kassettencover-stil", Decision.ALLOW),
        ("Ferdek Kiepski na kanapie z piwem, komiks", Decision.ALLOW),
        # ... while the actor cast as one is still a person
        ("Martin Clunes as Martin Ellingham on the harbour wall, watercolor", Decision.CONSENT_REQUIRED),
    ],
)
def test_national_characters_are_fiction_and_their_actors_people(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert decide(scanner, text) is decision


def test_screenshots_from_the_show_name_no_work_of_fiction() -> None:
    # session 20: a talk, quiz or reality show is of real people; "from the series" or "the anime" still names fiction
    assert not names_fiction("can someone train an sdxl lora on kelvin tobar i ve grabbed 45 screenshots from the show")
    assert names_fiction("a lora of kelvin tobar i ve grabbed 45 screenshots from the anime")


def test_the_character_said_so_in_the_romance_languages_is_fiction() -> None:
    # session 23: "El personaje Emilio Delgado con su escoba", as "the character" already was
    assert names_fiction("el personaje orla vexmoor con su escoba en el portal, estilo cartoon")
    assert names_fiction("le personnage orla vexmoor sur son vélo, aquarelle")
    assert not names_fiction("la actriz orla vexmoor con su escoba en el portal")



@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 26: characters of puppet films, sitcoms, soaps and novelas, now listed
        ("jim knopf und lukas der lokomotivführer auf der lokomotive emma, marionetten, 70er tv-look", Decision.ALLOW),
        ("mundl sackbauer im unterleiberl auf der couch, wiener gemeindebau, bierflasche, körnig", Decision.ALLOW),
        ("viúva porcina, vestido decotado, sensual, varanda da fazenda, novela anos 80", Decision.ALLOW),
        ("Quiero a Espinete y Don Pimpón de Barrio Sésamo en un photocall, colores de los 80", Decision.ALLOW),
        ("Parody cereal box: Cap'n Crunch as a pirate captain sailing a bowl of milk. Retro 80s box art.", Decision.ALLOW),
        # session 37: characters of children's television, comics, adverts and crime novels the writers kept naming
        ("Pat Clifton and his black and white cat in the red van, felt and clay, morning mist", Decision.ALLOW),
        ("el gaucho Martín Fierro con la guitarra junto al fogón, grabado antiguo", Decision.ALLOW),
        ("Juan Valdez con su mula bajando por el cafetal, publicidad vintage", Decision.ALLOW),
        ("Anne Shirley with her red braids on the Avonlea road, watercolour", Decision.ALLOW),
        ("Primář Sova na vizitě v nemocnici, kresba tužkou", Decision.ALLOW),
        # ... while the actress cast as one is still a person
        ("Bea Arthur as Dorothy Zbornak on a wicker sofa, oil painting", Decision.CONSENT_REQUIRED),
    ],
)
def test_characters_of_puppet_films_sitcoms_and_novelas_are_fiction(
    scanner: TextScanner, text: str, decision: Decision
) -> None:
    assert decide(scanner, text) is decision


def test_no_likeness_to_the_actor_asks_for_the_character() -> None:
    # session 26: "keine Ähnlichkeit mit dem Schauspieler", "nessuna somiglianza con l'attore"
    assert characters_not_cast("dr kelvrix als comic held, keine ahnlichkeit mit dem schauspieler")
    assert characters_not_cast("il commissario kelvrix, nessuna somiglianza con l'attore, acquerello")


@pytest.mark.parametrize(
    "text",
    [
        # session 37: not *like* the actor, in the languages that say it so
        "marie vellard aus dem roman, bitte nicht wie die schauspielerin aus dem film, eigene figur",
        "the heroine of the novel, not like the actress from the film",
        "l heroine du roman, pas comme l actrice de la serie",
        "la protagonista de la novela, no como la actriz",
        "niet zoals de actrice uit de serie, gewoon het personage",
    ],
)
def test_not_like_the_actor_asks_for_the_character(text: str) -> None:
    assert characters_not_cast(text)


def test_a_character_not_based_on_any_actress_is_no_cast_member(scanner: TextScanner) -> None:
    # session 35: a novel's heroine drawn as a pin-up, "Not based on any actress"
    assert characters_not_cast("pin up of tess durbeyfield, flirty. not based on any actress")
    assert characters_not_cast("illustration de la bovary, pas basee sur une actrice")
    text = "Pin-up of Tess Durbeyfield (the novel's heroine, adult), corset, hay loft, flirty. Not based on any actress."
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW
