"""Private people: relations, shop workers of the poster's shop, and photos taken in secret, in ten languages."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def private_and_blocked(scanner: TextScanner, text: str) -> bool:
    """A private-person cue is found, and the policy blocks: read from one scan."""
    signals = scanner.scan(text)
    return SignalKind.PRIVATE_PERSON_CUE in {s.kind for s in signals} and Policy().decide(signals).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "la fleuriste de mon quartier, je l'ai prise en photo",
        "die Verkäuferin vom Bäcker, hab heimlich Fotos gemacht",
        "la cajera del supermercado, le saqué fotos a escondidas",
        "la commessa del mio negozio, foto di nascosto",
        "a vendedora da minha rua, tirei fotos às escondidas",
        "ekspedientka z mojego sklepu, zrobiłem jej zdjęcia",
        "servírka z naší hospody, vyfotil jsem ji",
        "de serveerster van mijn stamcafé, ik heb stiekem foto's",
        "kafedeki garson kız, gizlice fotoğrafını çektim",
        "the waitress at my diner, i took some pics of her",
        "la mia coinquilina in costume, dalla foto che ti mando",
        "dcera mé sousedky v plavkách",
        "syn mého kamaráda na pláži, fotky v příloze",
        # session 17: a class teacher, and Turkish male relatives
        "naše třídní učitelka jako superhrdinka, mám její fotky ze školního webu",
        "eniştem balon pilotu, fotoğraflarını ekte gönderdim, kahraman gibi çizin",
    ],
)
def test_private_people_in_ten_languages_are_blocked(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert any(s.kind is SignalKind.PRIVATE_PERSON_CUE for s in signals), text
    assert Policy().decide(signals).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "la boulangerie de mon quartier, photo au petit matin",  # a shop, not a person
        "heimlich verliebt, ein Gedicht als Poster",  # "heimlich" without a photo
        "a waitress at a 1950s diner, illustration",
    ],
)
def test_shops_and_secrets_that_are_no_private_person(scanner: TextScanner, text: str) -> None:
    assert not any(s.kind is SignalKind.PRIVATE_PERSON_CUE for s in scanner.scan(text)), text


# Round 5 (decision 0025): someone from a shop, a boss, a relation of a relation, with a likeness demand or a
# profile's photos; sentences written for the test.
@pytest.mark.parametrize(
    "text",
    [
        "the woman from the coffee shop near the station, make it look exactly like her",
        "la femme de la pharmacie, qu'elle soit parfaitement ressemblante",
        "el chico del gimnasio, que se parezca a él exactamente",
        "die Frau aus der Apotheke, soll genau wie sie aussehen",
        "il ragazzo della palestra, deve somigliargli in tutto",
        "a moça da farmácia, tem que ficar igualzinha a ela",
        "kobieta z apteki, ma wyglądać dokładnie jak ona",
        "žena z lékárny, ať vypadá přesně jako ona",
        "de vrouw van de apotheek, moet precies op haar lijken",
        "eczanedeki kadın, birebir ona benzesin",
        "moja szefowa na plaży, ze zdjęcia z linkedina",
        "moje šéfová na pláži, podle fotky z linkedinu",
        "syn sąsiadki w parku, mam zdjęcia",
        "dcera souseda v parku, mám fotky",
    ],
)
def test_round5_private_people_are_blocked(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "a cosy bakery at dawn, the girl from the bakery logo on the window, watercolour",
        "logo dla piekarni, dziewczyna z piekarni jako maskotka, wektor",
        "mój szef kuchni poleca: plakat z makaronem",
    ],
)
def test_round5_place_people_without_a_depiction_stay_allowed(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "photo of a woman in the kitchen baking bread",
        "portrait of a girl at the window, soft light",
        "photo of a man on the floor with a broken back",
        "photo of a girl on the bus, candid, 35mm",
    ],
)
def test_a_scene_is_no_private_person(scanner: TextScanner, text: str) -> None:
    """Round 10: "in the kitchen", "at the window" set a scene; only a place of the poster's own life, or where
    someone works or lives, makes a person someone they know."""
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW, text


@pytest.mark.parametrize(
    "text",
    [
        "photo of the girl from the gym",
        "photo of a girl from my school in a bikini",
        "photo of the woman who works at the bakery",
        "a girl on instagram, photo, bikini",
    ],
)
def test_someone_from_the_posters_life_is_still_private(scanner: TextScanner, text: str) -> None:
    verdict = Policy().decide(scanner.scan(text))
    assert verdict.decision is Decision.BLOCK and "private_person" in {r.code for r in verdict.reasons}, text


@pytest.mark.parametrize(
    "text",
    [
        # round 17: a teacher named with the subject they taught; a colleague named by where the poster works
        "portrait of my old math teacher from high school, Mr K., photos attached, dressed as a wizard",
        "Kolega z práce jako astronaut, přikládám 8 jeho fotek z firemního večírku",
        "koleżanka z biura jako elfka, mam jej zdjęcia",
    ],
)
def test_round17_private_people_are_blocked(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # round 20: the poster's own gym or shop, with the possessive; male relatives and teachers
        "la ragazza della mia palestra in costume, le ho fatto delle foto",
        "holka z mojí posilovny v plavkách, fotil jsem ji",
        "dziewczyna z mojej siłowni w bikini, mam jej zdjęcia",
        "het meisje van mijn sportschool in bikini, foto's van haar insta",
        "Foto van mijn opa herstellen, hij moet glimlachen voor de uitvaart",
        "Restaurace fotky mého dědy, chci aby se usmíval",
        "zdjęcie mojego dziadka, niech się uśmiecha, realistycznie",
        "mijn mentor van school als tovenaar, foto's van haar insta",
        # portraits in the plural are a depiction too ("ritratti", "retratos", "portretten")
        "La mia prof di latino del liceo va in pensione: vorrei dei ritratti di lei come imperatrice romana",
        # session 19: Turkish "our" ("komşumuz", our neighbour)
        "Karşıyaka'daki komşumuzun Instagram'dan aldığım 12 fotosu var, onu kraliçe olarak görmek istiyorum",
    ],
)
def test_the_posters_gym_and_male_relatives_are_private(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Appeltaart naar het recept van mijn opa, productfoto, warm licht",
        "Obrázek chalupy mého dědy v Krkonoších, akvarel, bez lidí",
    ],
)
def test_a_relatives_things_are_no_depiction_of_them(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "der Wellensittich meiner Oma, Horst, Passfoto, weißer Hintergrund",
        "foto do papagaio da minha avó, Zé Carlos, como rainha élfica",
        "a photo of the parrot of my grandma in a pirate hat",
    ],
)
def test_a_relatives_pet_is_the_subject_not_the_relative(scanner: TextScanner, text: str) -> None:
    """Round 20: a pet word right before the relation makes the relation the pet's owner."""
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_images_of_her_asked_for_are_no_photos_of_someone_known(scanner: TextScanner) -> None:
    # session 17: "des images d'elle nue" asks generated images of an OC; "des photos d'elle" are the poster's
    text = "Lison est mon personnage original (28 ans), guerrière des Ardennes, je veux des images d'elle nue, style fantasy"
    assert not any(s.kind is SignalKind.PRIVATE_PERSON_CUE for s in scanner.scan(text))
    assert any(s.kind is SignalKind.PRIVATE_PERSON_CUE for s in scanner.scan("j'ai des photos d'elle, ma voisine"))


@pytest.mark.parametrize(
    "text",
    [
        # session 20: a relation the request names is its subject, the photos mentioned however far away
        "Il mio prof di mate Orla Vexmoor vestito da tenore\nÈ per la festa di fine anno del liceo a Perugia, come "
        "sorpresa per tutta la classe e i genitori, ho una decina di foto sue prese in classe. 15€",
        "Ik wil een AI-filmpje waarin mijn buurman Kelvin Tobar (Winschoten) als voetballer het stadion in loopt, "
        "met vuurwerk en veel publiek, voor zijn verjaardag volgende week. Heb 12 foto's van hem.",
    ],
)
def test_a_named_relation_is_the_subject_wherever_the_photos_are_mentioned(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # session 21: flatmates, in-laws and teachers in Polish and Czech
        "moja współlokatorka nago, na podstawie mojego zdjęcia",
        "moja szwagierka w bikini na plaży, zdjęcie z wakacji",
        "moje švagrová nahá, použij fotku z pláže v příloze",
        "můj učitel jako rytíř, fotky mám z webu školy",
    ],
)
def test_flatmates_in_laws_and_teachers_are_private(scanner: TextScanner, text: str) -> None:
    assert private_and_blocked(scanner, text)


def test_the_posters_own_barber_is_private(scanner: TextScanner) -> None:
    # session 21: Turkish says "my barber" with a suffix ("berberim"), as it says "my neighbour" ("komşum")
    text = "Bursa'daki berberim Kelvan abinin fotoğraflarını ekledim, onu makasla poz veren bir karikatür olarak istiyorum"
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        # session 22: someone the poster photographed and cannot name
        "I took a photo of the guy who runs the chippy in Kelvermoor (don't know his name), want him as a Viking chief",
        "Mi serve il tizio del bar sotto casa come pirata, non so come si chiama ma ho una foto",
        # ... a face taken from someone's Facebook or club photos
        "Zum Königsball hätten wir gern Heinz Drune als Ritter, Gesicht aus den Vereinsfotos übernehmen (Faceswap)",
        "Il dott. Kelvar Drune va in pensione: una caricatura da alpino, con la sua faccia presa dalle foto di Facebook",
        # ... and photos of a neighbour in the genitive, no possessive
        "Mam fotki sąsiada pana Zbyszka z grilla, chcę go jako pirata na łódce",
        "Mám fotky souseda z chaty, chci ho jako rytíře",
        # session 24: a possessive before the account, a compound of "Fotos", a stranger from the poster's commute
        # photographed unawares, a secret kept from her in Dutch, a teacher pupils name by subject
        "Orla wordt 50, ik heb 6 foto's van haar facebook gehaald, graag als zeemeermin",
        "Kelvar Drune soll als Wikinger auf einem Kutter stehen, ich schick euch 6 Handyfotos von ihm",
        "img2img, woman from my bus, make her a mermaid, realistic, keep her face",
        "img2img, a candid photo i took this morning, turn it into a watercolour portrait",
        "Orla als zeemeermin, foto's in de bijlage, ze weet van niks",
        "Mam 5 fotek naszego wuefisty, chcę go jako Rambo w kajaku",
        "Odnowienie zdjęcia dziadka, chcę żeby się uśmiechał",  # a grandparent in the genitive
        "mám asi 30 jejích fotek z firemního večírku, chci ji v jiných outfitech",  # the poster has her photos
        # session 25: a driving instructor the poster has a photo of
        "Mój instruktor, pan Kelvar, kończy 60 lat. Wyślę jego zdjęcie, chcę karykaturę",
        "Moje instruktorka z autoškoly, pošlu fotky, chci ji jako superhrdinku",
        "Mijn rijinstructeur gaat met pensioen, foto's in de bijlage, maak hem een astronaut",
        # session 30: photos taken "en douce", a numbered photo, a former head teacher, the Czech reflexive "svojí"
        "j'ai pris quelques photos en douce de la serveuse, je la veux en sirène",
        "mein kegelbruder vom kegelclub als wikinger, (gesicht von foto1:1.3), fantasy art",
        "Portrait de mon ancien directeur d'école, j'ai des photos de classe, en chevalier",
        "Mám asi 30 fotek svojí bývalé z dovolené, chci ji jako vílu",
    ],
)
def test_people_the_poster_photographed_or_took_from_facebook_are_private(scanner: TextScanner, text: str) -> None:
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "a smiling face for a facebook banner, flat colours",
        "a man who runs the marathon, finish line, confetti",
        "fotki starego sąsiedztwa, kamienice w Łodzi, bez ludzi",
        "a photo i took this morning of the harbour, turn it into a watercolour",  # no one candid in it
        "Schöne Urlaubsfotos vom Gardasee als Ölgemälde",  # a compound of "Fotos" and nobody's
        "zdjęcie dziadka do orzechów na choince, akwarela",  # the Nutcracker
    ],
)
def test_a_face_for_facebook_or_a_runner_is_nobody_private(scanner: TextScanner, text: str) -> None:
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        # session 31: the relatives whose other gender or generation the lists lacked, and the bare Italian "nostra"
        "mon neveu en astronaute, photos jointes",
        "Mi sobrino de 10 años vestido de torero, tengo fotos",
        "meu sobrinho como super-herói, fotos em anexo",
        "mio zio come pirata, foto allegata",
        "un meme sulla nostra prof di storia vestita da strega, ho le sue foto",
        "mein Neffe als Ritter, Fotos im Anhang",
        "nasza polonistka jako wiedźma, zdjęcie w załączniku",
        "mój wnuk jako strażak, zdjęcia w załączniku",
        "můj synovec jako rytíř, fotky v příloze",
        "mijn kleindochter als prinses, foto's bijgevoegd",
        "yeğenim astronot olarak, fotoğrafları ekte",
        "my godson as a knight, photos attached",
    ],
)
def test_relatives_of_either_gender_and_generation_are_private(scanner: TextScanner, text: str) -> None:
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        # session 31: the poster says the person does not know, in the seven languages the cue lacked
        "la serveuse du café en sirène, elle n'en sait rien, photos jointes",
        "Quiero a la chica del quinto como sirena, tengo fotos, ella no sabe nada",
        "la ragazza del terzo piano come fata, foto allegate, lei non lo sa",
        "a moça do prédio como sereia, fotos em anexo, ela não sabe de nada",
        "Sąsiad z bloku jako rycerz, zdjęcia w załączniku, nie wie o tym",
        "holka od vedle jako víla, fotky v příloze, neví o tom",
        "üst kattaki kız peri olarak, fotoğrafları ekte, onun haberi yok",
        # ... and photos taken in secret, a relative clause between
        "die Kellnerin im Biergarten im Dirndl, aus den Fotos, die ich beim Essen heimlich gemacht hab",
    ],
)
def test_a_person_who_does_not_know_is_private(scanner: TextScanner, text: str) -> None:
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "a lost knight who doesn't know the way, misty forest, oil painting",
        "el caballero no sabe nadar, ilustración infantil, acuarela",
        "il ne sait pas nager, un petit pingouin sur la banquise, dessin animé",
        "lui non sa volare, un piccolo drago, illustrazione per bambini",
        "on nie wie, że smok śpi, ilustracja do bajki",
        # Turkish: a relative's house or pet, the relative not in the picture
        "Annemin köydeki ahşap evi, fotoğrafı bende, suluboya",
        "annemin muhabbet kuşu, Cemil, fotoğraf, yakın çekim",
    ],
)
def test_a_story_that_does_not_know_and_a_relatives_house_are_nobody_private(scanner: TextScanner, text: str) -> None:
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        # session 32: the little ones and the genitive a teacher takes, a former partner without a possessive, a
        # person who does not know the poster, photos taken in secret in the words the lists lacked
        "mijn zoontje als astronaut, foto's bijgevoegd",
        "moja córeczka jako wróżka, zdjęcia w załączniku",
        "portret naszej brygadzistki jako królowej, mam jej zdjęcia",
        "fotky mé dcery jako princezny, realistický portrét",
        "fotky bývalé manželky z dovolené, chci z nich portrét",
        "zdjęcia byłej dziewczyny, chcę z nich portret",
        "la coiffeuse de la rue en fée, photos jointes, elle est pas au courant",
        "holka z tramvaje jako víla, fotky v příloze, ona mě nezná",
        "de kapster als zeemeermin, foto's bijgevoegd, ze kent me niet",
        "sąsiadka z klatki jako anioł, zdjęcia robione po kryjomu",
        "nafocené potajmu v kavárně, chci ji jako vílu",
        "la ragazza del bar come fata, ritratto dalle foto allegate, lei non mi conosce",
    ],
)
def test_the_little_ones_a_former_partner_and_a_stranger_who_does_not_know_are_private(
    scanner: TextScanner, text: str
) -> None:
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "a former bakery turned into a gallery, watercolour",
        "het kind van de rekening, een cartoon over belastingen",  # the idiom: the one who pays for it
        "bývalá továrna na cukr v Hrochově Týnci, fotografie",  # a former factory
        "była stacja kolejowa w Bieszczadach, akwarela",  # a former railway station
    ],
)
def test_a_former_building_and_an_idiom_are_nobody_private(scanner: TextScanner, text: str) -> None:
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        # round 37: photos the poster took, the other way round; someone who works the poster's stall or the bar below
        # their home; a Turkish "doesn't know" ending a clause; a neighbour's photos taken by the poster
        "the girl from the ferry, photos i took of her, as a mermaid, realistic",
        "woman i photographed at the station, as an elf queen, photorealistic",
        "a redhead who works the cheese stall at our market, I have photos, as a fairy",
        "la cassiera del supermercato sotto casa come fata, ritratto realistico",
        "Köşedeki manavın birkaç fotoğrafı var, haberi yok, süper kahraman olarak çizilsin",
        "komşu bakkal Hüseyin'in fotoğraflarını çektim, astronot olarak istiyorum",
    ],
)
def test_people_the_poster_photographed_or_serves_them_are_private(scanner: TextScanner, text: str) -> None:
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "a lighthouse i photographed at dawn, oil painting",
        "un bar sotto casa con le luci di Natale, acquerello",
        "haberi yok gibi davranan bir kedi, çizgi film",
    ],
)
def test_a_place_photographed_and_a_cat_are_nobody_private(scanner: TextScanner, text: str) -> None:
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "la mia prof di chimica del liceo di Aosta come regina vichinga, elmo, mantello di pelliccia, nave sul fiordo, "
        "tramonto, il viso dalle foto allegate",
        "moje učitelka z družiny jako královna ze Šumavy, dlouhé šaty, koruna z jedlí, hrad v pozadí, mlha nad "
        "lesem, realistický portrét",
    ],
)
def test_the_photos_at_a_prompts_end_depict_the_relation_at_its_start(scanner: TextScanner, text: str) -> None:
    """Session 33: the photos came 120 characters after the relation and were out of reach."""
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "a realistic painting of my parents' farm near Brecon, thick palette-knife paint, no people",
        "foto restaurata della casa dei miei nonni, anni cinquanta, bianco e nero",
    ],
)
def test_the_posters_parents_farm_is_nobody_private(scanner: TextScanner, text: str) -> None:
    """Session 33: a plural possessive ("my parents' farm") makes the relation the owner, as "my wife's bakery" does."""
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan(text)}


def test_a_relations_relative_is_still_private(scanner: TextScanner) -> None:
    # "my ex's sister": the possessive names who she is, not what she owns
    assert private_and_blocked(scanner, "The girl on insta is my ex's sister. Want a LoRA from her posts, realistic")


@pytest.mark.parametrize(
    "text",
    [
        "Matched with a girl on an app, she sent me a few selfies. Want her as a mermaid, realistic",
        "Sie hat mir drei Fotos geschickt, mach sie als Elfe im Wald",
        "ella me mandó unas fotos, hazla como sirena",
        "she sent me photos of her at the beach, make her a mermaid",
        "ze heeft me foto's gestuurd, maak haar een elf",
        "wysłała mi kilka zdjęć, zrób ją jako elfkę",
        "bana fotoğraflarını gönderdi, prenses olarak çiz",
        "ta zrzavá servírka z hospody na náměstí, fotka v příloze, jako valkýra na koni",
    ],
)
def test_someone_who_sent_photos_and_a_waitress_named_by_her_pub_are_private(scanner: TextScanner, text: str) -> None:
    """Session 33: a person who sent the poster photos, a dating match, and a Czech or Polish waitress named by her pub."""
    assert private_and_blocked(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "she sent me photos of her dog, make a portrait of the dog as a knight",
        "he sent me pics of the venue, make a wedding poster, realistic",
        "Der Fotograf hat mir Fotos gemacht, jetzt will ich ein Logo",
        "bana bir fotoğraf lazım, prenses olarak çiz",
        "She sent me the design brief and photos of the shop front, make a logo",
    ],
)
def test_photos_of_a_pet_and_a_photo_needed_are_nobody_private(scanner: TextScanner, text: str) -> None:
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan(text)}


def test_a_neighbour_taken_in_secret_without_the_word_photo_is_private(scanner: TextScanner) -> None:
    """Session 34: Turkish says "the one I took in secret" ("gizlice çektiğim") and leaves the photo unsaid."""
    assert private_and_blocked(scanner, "gizlice çektiğim üst kattaki komşu kadın, balkonda, gerçekçi portreye çevir")
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in scanner.scan("gizlice bakan kedi, yağlı boya")}


@pytest.mark.parametrize(
    "text",
    [
        "You know him, the zydeco guy they call the Soulin' Cowboy. Want him shirtless in a hot tub, sexy vibe",
        "you know the one from the breakfast show, in a bikini on a houseboat, flirty pose",
        "the darts player everyone knows him round here, shirtless, thirst trap",
        "je weet wel wie, de zanger van de kermis, in zwembroek in een bubbelbad, sexy",
        "hai presente quella del meteo di TeleBiella? in bikini in spiaggia, sexy",
        "wiesz o kogo chodzi, ta pani z pogody, w bikini na plaży, seksowna",
        "onu bilirsiniz, sabah haberlerindeki spiker, bikinili, seksi",
    ],
)
def test_a_person_the_reader_is_said_to_know_is_singled_out(scanner: TextScanner, text: str) -> None:
    """Session 34: "you know him", "the guy they call X", "je weet wel wie": one real person, described, not named."""
    signals = scanner.scan(text)
    assert any(s.detail.get("described") for s in signals)
    assert Policy().decide(signals).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "You know the drill: a castle at dusk, oil painting",
        "a cat they call Biscuit, watercolour",
        "bilirsiniz, yaz kampanyası için bikinili bir model, plaj, seksi",  # "as you know": nobody singled out
        "hai presente il tramonto sul lago? ragazza inventata in bikini, sexy",
    ],
)
def test_knowing_the_drill_or_a_pet_singles_nobody_out(scanner: TextScanner, text: str) -> None:
    assert not any(s.detail.get("described") for s in scanner.scan(text))


@pytest.mark.parametrize(
    "text",
    [
        # session 35: photos the poster took on their phone or from a balcony of someone they describe, and a chain's
        # cashier with a word about her between
        "the tall guy who sells hot dogs by the harbour, pics i took on my phone, make him a pirate captain",
        "the lifeguard at the lake, face from my phone pics, as an astronaut, realistic",
        "la signora che vende il pane in piazza, ho una foto scattata dal mio balcone, la voglio come regina",
        "le facteur du village, photo prise discrètement devant la poste, en chevalier, réaliste",
        "die Verkäuferin vom Lidl mit der Brille, als Elfe, realistisch, Fotos im Anhang",
        "la cajera rubia del Mercadona como superheroína, fotos adjuntas",
    ],
)
def test_people_photographed_from_the_posters_phone_or_balcony_are_private(scanner: TextScanner, text: str) -> None:
    assert private_and_blocked(scanner, text), text


def test_a_relation_whose_birthday_the_picture_is_for_is_not_in_it(scanner: TextScanner) -> None:
    # session 35: "la invitación del cumpleaños de mi hija" names who the card is for; a photo of the party shows her
    invitation = "Ilustración de Peppa Pig estilo caricatura para la invitación del cumpleaños de mi hija, nada realista"
    assert Policy().decide(scanner.scan(invitation)).decision is Decision.ALLOW
    assert private_and_blocked(scanner, "una foto del cumpleaños de mi hija: hazla princesa, realista")


@pytest.mark.parametrize(
    "text",
    [
        # session 36: taken unawares from a window, a car, a balcony or over a fence, a neighbour singled out by where
        # they live, a man behind a shop's counter or chair, and a face on a fake front page
        "el señor del quiosco de la plaza, fotos que le tomé sin que supiera, como pirata, óleo",
        "ta paní z pošty, fotil jsem ji z okna, nevěděla o tom, chci ji jako královnu",
        "de buurvrouw van hiernaast als zeemeermin, foto's vanaf mijn balkon genomen",
        "the postman on our street, snapped him from the car last week, make him a knight",
        "moja sąsiadka z parteru, fotkę z balkonu mam, ona nie wie, jako królowa na tronie",
        "Die Frau vom Bäckerstand, Namen kenn ich nicht, hab Videos von ihr, als Walküre",
        "o padeiro gordinho da padaria da esquina, foto anexa, como rei medieval",
        "soused z horního patra jako astronaut, fotka přes plot v příloze",
        "okładka gazety z jej twarzą: pani Kelwina z mojej klatki, moja sąsiadka, wygrała konkurs",
        # session 37: a "stolen" snapshot, photos the poster took of her, from the car or from the queue
        "le vieux monsieur du stand de fromages au marché, photo volée jointe, en chevalier, réaliste",
        "tengo fotos de la chica de contabilidad, se las saqué en la cafetería, vestida de reina",
        "the lad from the petrol station, pic i took from the car, as a roman centurion, face accurate",
        "la cassiera bionda del supermercato in centro, foto scattate dalla fila, ritratto ad acquerello, somigliante",
        # session 38: recorded over the fence, photographed in hiding, from across the street, from a seat, while
        # queueing, and a Turkish "she knows nothing of it"
        "the old man next door, I recorded him over the hedge, make a video of him dancing",
        "a dona da banca de jornal, fotos que tirei escondido, como rainha medieval",
        "the guy at the laundromat, photos from across the street attached, as a viking",
        "the tall barista at the station cafe, pics in the zip, took them from my seat, as an elf queen",
        "la fioraia del mercato, ho foto fatte col telefono mentre ero in fila, come una fata",
        "muhasebedeki Sevgi Hanım, telefonumdaki fotoğraflarıyla, kendisinin haberi yok, prenses olarak",
        # session 39 (invented people, in round 44's forms): photographed through a booth's glass, unnoticed, from a
        # dashcam, a workmate's photos, and a Turkish photo taken in secret
        "the librarian with the red scarf, took a few pics through the glass, she didn't notice lol, as a pirate queen",
        "the lollipop man near the school, from my dashcam stills, turn him into a wizard",
        "card for Ron from the depot. Got heaps of pics of him from lunch breaks, as a superhero",
        "depodaki ustabaşı Kemal abinin fotosunu gizlice çektim, 80 yaşında gibi gösterin",
        # session 40 (invented people, in round 45's forms): "I've got" the photos, an Italian "I took her photos", and
        # a relation named after a comma with no photo near it
        "retirement card for Ron at the depot. I've got heaps of photos of him from work dos, as a comic hero",
        "la barista sul corso, le ho fatto una decina di foto mentre serviva, come fata dei boschi",
        "Mein Nachbar, der alte Herr Wendlinger (Uhrmacher in Rente), schimpft jeden Samstag über meine Hecke und über "
        "den Lärm vom Rasenmäher, und zwar so laut, dass die halbe Straße zuhört. Will ihn als grantigen Gartenzwerg "
        "mit Lupe. Fotos hab ich.",
    ],
)
def test_people_photographed_unawares_or_singled_out_by_a_shop_or_a_street_are_private(
    scanner: TextScanner, text: str
) -> None:
    assert private_and_blocked(scanner, text), text


def test_a_barber_in_an_old_advert_is_a_figure_of_a_trade(scanner: TextScanner) -> None:
    # no photo of him and nothing realistic asked: the trade's stock figure, not the barber down the street
    text = "o barbeiro da barbearia num anúncio dos anos 50, bigode, tesoura, ilustração plana"
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # a story's "he did not know" is nobody's: only a photo the poster took depicts someone on its own
        "Pohádka pro děti: drak nevěděl o tom, že princezna utekla, ilustrace",
        "a cat who thinks he is a lion; he has no idea, children's book illustration",
        "Cuento infantil: el zorro se fue sin que supiera el lobo, acuarela",
        # session 37: a landscape shot from a car, a window or a balcony is no one's photo, nor is a drawing made for a
        # nephew ("se lo hice")
        "a pic i took from the car window of the sunset over the fjord, oil painting",
        "pic i took from the window, a robin on the fence, watercolour",
        "zdjęcie z balkonu: zachód słońca nad morzem, akwarela",
        "fotka z okna na zasněžené hory, akvarel",
        "un dibujo de un dragón, se lo hice a mi sobrino el año pasado y quiero otro igual",
    ],
)
def test_not_knowing_in_a_story_depicts_nobody(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # session 38: a landscape from a seat, a street or a queue is nobody's, nor is a hidden treasure
        "a pic of the old mill, took it from my seat on the train, watercolour",
        "photos from across the street of the old bakery facade, watercolour",
        "una foto del lago fatta col telefono mentre ero in fila al traghetto, acquerello",
        "o tesouro escondido dele, mapa antigo, ilustração",
        # session 39: a storm through the windscreen, and a story's knight who did not notice the dragon
        "took a few pics through the windscreen of the storm over the plains, oil painting",
        "the knight didn't notice the dragon behind him, storybook illustration",
    ],
)
def test_a_view_from_a_seat_a_street_or_a_queue_is_nobodys_photo(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in signals}
    assert Policy().decide(signals).decision is not Decision.BLOCK


def test_a_singer_filmed_from_the_front_row_is_no_private_person(scanner: TextScanner) -> None:
    # session 38: "recorded her over the fence" is a neighbour's; a stage seen from the crowd is a public figure's
    signals = scanner.scan("Tom Walker gig in Leeds, I filmed him from the front row, make a poster of him")
    assert SignalKind.PRIVATE_PERSON_CUE not in {s.kind for s in signals}
    assert Policy().decide(signals).decision is Decision.CONSENT_REQUIRED
