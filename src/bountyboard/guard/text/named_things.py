"""What a name names when it is no person: a pet ("mijn hond Max"), a place or an institution ("Stadio Diego
Armando Maradona", "na Letišti Václava Havla"), a ship ("die Gorch Fock unter vollen Segeln"), a product or a
brand in its container ("Opel Manta", "botella de Estrella Galicia"). Word lists and look-backs on folded text,
in the ten languages of issue 8, read by the name detectors (split from ``frames`` in round 17)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bountyboard.guard.text import frames, lexicons
from bountyboard.guard.text.normalize import fold

_WORD = re.compile(r"\w+")


# A pet's name: after a pet word in the ten languages (folded), possessives included ("my dog Max", "meines
# Hundes Bruno", "mon chat Félix", "il mio gatto Micio", "mój pies Burek", "mijn hond Max", "kedim Pamuk").
PET_WORDS = frozenset(
    """dog dogs puppy cat cats kitten kitty hamster rabbit bunny parrot horse pony pet chien chienne chat chatte
    chaton lapin cheval perro perra perrito gato gata gatito conejo caballo hund hundes hunde hundin katze kater
    katzchen kaninchen pferd cane cagnolino gatto gattina coniglio cavallo cao cachorro cachorra gatinho coelho
    cavalo pies piesek psa kot kotek kota krolik kon pes pejsek psa kocka kocour kralik kun hond hondje kat
    kater poes konijn paard kopek kopegim kopegimiz kedi kedim kedimiz tavsan atim
    dackel teckel tekkel bassotto jamnik jezevcik salsicha dachshund pudel poodle barboncino caniche mops pug
    labrador retriever terrier spaniel beagle husky collie corgi chihuahua bulldog buldog bouledogue schnauzer
    kotka kocicka kotecek mieze katzi gattino micio chaton minou kotje poesje
    budgie parakeet canary perroquet perruche papagayo periquito canario papagei wellensittich kanarienvogel
    pappagallo pappagallino canarino papagaio papuga papuzka kanarek papousek andulka kanar papegaai
    parkiet kanarie papagan muhabbet kusu""".split()
)
# (Not "loro", Spanish for a parrot: it is Italian "their".)
# A storm's name: a given name after a storm word of the ten languages, folded ("Storm Orlagh", "orkan Teodor",
# "furacão Dorotéia", "hurricane Katrina"); only a given name alone, as storms are named: "Storm Reid" is an actress.
STORM_WORDS = frozenset(
    """storm storms hurricane typhoon cyclone tempete ouragan cyclone tormenta huracan tifon ciclon sturm sturmtief
    orkan hurrikan taifun zyklon tempesta uragano tifone ciclone tempestade furacao tufao ciclone burza huragan
    tajfun cyklon boure orkan hurikan tajfun cyklon orkaan tyfoon cycloon firtina kasirga tayfun""".split()
)
# Words between a pet and its owner: "el papagayo de mi abuela", "der Wellensittich meiner Oma", "the parrot of my gran"
PET_OWNER_LINKS = frozenset("of de del da do di della dello du des von van der".split())



def pet_or_storm_named(word_before: str, word: str, *, given_name_after: bool) -> bool:
    """A pet's name ("mijn hond Max", "Kedim Pamuk") or a storm's: after a storm word ("orkan Teodor"), or a storm
    word and a given name alone ("Storm Orlagh", not "Storm Reid": ``given_name_after``)."""
    return (
        word in PET_WORDS or word_before in PET_WORDS or word_before in STORM_WORDS or (word in STORM_WORDS and given_name_after)
    )


# A place or an institution named after someone, written before the name: "Museo Reina Sofía", "Rue Victor
# Hugo", "Stadio Diego Armando Maradona", "ulica Jana Pawła" (folded); a club's letters too ("FC Carl Zeiss Jena").
PLACE_BEFORE_NAME = frozenset(
    """museo musee museum muzeum muzeu teatro theatre teatr divadlo theater tiyatro calle plaza avenida paseo rue
    place boulevard avenue via viale piazza corso strasse platz allee ulica ulice namesti straat plein laan
    caddesi sokak sokagi meydani hospital hopital ospedale krankenhaus szpital nemocnice ziekenhuis hastane
    colegio escuela ecole lycee college scuola liceo schule gymnasium szkola skola school okulu universidad
    universite universita universitat uniwersytet univerzita universiteit universitesi premio prix preis nagroda
    cena prijs odulu estadio stade stadio stadion aeropuerto aeroport aeroporto flughafen lotnisko letiste
    luchthaven havalimani puente pont ponte brucke most brug koprusu fundacion fondation fondazione stiftung
    estacion gare stazione bahnhof dworzec nadrazi station
    sao santo santa san sant saint sainte sankt swiety sw svaty sveti sint
    fort port mount lake loch lough
    galleria galeria galerie torre wieza vez toren kopiec pomnik pamatnik monumento iglesia igreja chiesa eglise
    kosciol kostel kerk basilica bazylika bazilika catedral cathedrale cattedrale katedra palazzo palacio palacio
    palais palac palac zamek hrad castello castillo castelo chateau schloss kasteel fontana fuente fonte parque
    parco jardin jardim giardino ogrod zahrada lago lac jezioro jezero mosteiro monasterio monastero klasztor
    klaster villa quinta
    aleja plac rynek trida nabrezi praca largo rua travessa avinguda carrer planetarium gimnazjum gymnazium
    liceum theatro metro
    ship ferry liner frigate schooner paquebot navire voilier fregate barco buque velero fragata navio veleiro
    schiff segelschiff fregatte nave veliero statek zaglowiec fregata lod plachetnice schip zeilschip fregat
    gemi yelkenli firkateyn hms uss rms hnlms rrs hmcs hmas hmnzs usns rv mv
    maison
    hotel hostel rotunda rotonda glorieta roundabout rondo terminal
    museu centrum centro zentrum merkezi
    fundacao fundacio fundacja stichting vakfi cafe restaurant restaurante ristorante trattoria pizzeria brasserie
    taverna kawiarnia kavarna hospoda lokantasi
    memorial memorialu memorialem memoriale waly bulwar
    fc vfb vfl tsv skwer orp transatlantyk
    caffe pasticceria pastelaria confeitaria library biblioteca bibliotheque bibliothek biblioteka knihovna
    bibliotheek kutuphanesi avions portaaviones portaerei flugzeugtrager lotniskowiec prom veerboot
    elevador ascensor ascensore funicular funicolare funiculaire lanovka
    catamaran katamaran catamarano trawler tugboat lifeboat reddingsboot kotter kutter yacht jacht feribot
    brig bryg brygantyna szkuner barkentyna bergantin brigantino
    luftschiff airship dirigible dirigeable dirigibile zeppelin
    twierdza pevnost festung fortaleza fortezza forteresse vesting
    grapperia distilleria distillerie destileria destilaria brennerei stokerij birrificio brasserie cerveceria
    cervejaria brouwerij browar pivovar bodega adega cantina enoteca osteria gelateria
    ilha isola playa praia plage spiaggia cabo capo punta ponta bahia baia baie montagne pico vallee bosque foresta
    floresta foret laguna lagoa puerto
    tren""".split()
)  # round 19: foundations and eating places ("Fundação Calouste Gulbenkian", "Trattoria da Mario"); not "bar": Bar Refaeli.
# Round 23: Italian cafés and pastry shops, libraries, aircraft carriers and ferries ("Caffè Pedrocchi", "Biblioteca
# Joanina", "porte-avions Charles de Gaulle", "prom Jan Śniadecki"); session 26: lifts and funiculars ("Elevador Lacerda");
# session 33: boats of the ferry and rescue services ("catamaran Willem Barentsz", "reddingsboot Koning Willem I");
# session 35: brigs and schooners ("bryg Fryderyk Chopin"); session 36: distilleries, breweries, wine cellars and
# ice-cream shops ("la Grapperia Nardini", "Brouwerij Van Steenberge"); session 37: islands, beaches, capes, bays,
# mountains, valleys, woods and ports in the Romance languages ("Praia Vermelha", "Puerto Madero"); not the words that
# are given names or surnames too ("Isla Flett", "Mateus Porto", "Sierra", "Montana", "Monte", "Costa", "Val"), nor
# French "île", which folds to Turkish "ile" (with); session 38: airships and fortresses ("das Luftschiff Graf
# Zeppelin", "Twierdza Boyen w Giżycku"); session 42: a Spanish train ("tren Hiram Bingham": round 47; not English
# "train", which a LoRA is)

# ... and written after it, as Turkish, German and Dutch do: "Atatürk Kültür Merkezi", "Galata Kulesi",
# "Goethe-Haus", "Erasmusbrug" (folded).
PLACE_AFTER_NAME = frozenset(
    """merkezi kulesi havalimani camii camisi sarayi koprusu parki meydani caddesi sokagi bulvari istasyonu
    bogazi golu dagi adasi korfezi vadisi carsisi pazari limani sahili burnu ormani selalesi
    muzesi feneri universitesi lisesi okulu stadyumu stadi hastanesi kosku koskü kalesi anit aniti haus halle turm
    kirche dom platz strasse allee brucke bahnhof denkmal museum gymnasium schule stadion park garten tor
    huis toren kerk plein straat brug station museum
    plaji koyu supermarkt supermarket winkel markt sklep
    oteli kahvesi lokantasi mozolesi turbesi zaal county kumbeti hamami medresesi kervansarayi cesmesi
    baraji tesisleri
    anaokulu ilkokulu ortaokulu arboretum
    dolny dolnym dolnego dolna dolnej gorny gornym gornego gorna gornej dolni horni
    range ranges
    steamboat steamer riverboat
    castle abbey priory cathedral bridge harbour harbor quay pier""".split()
    # session 46 (round 51): a domed tomb, a bath, a madrasa, a caravanserai and a fountain ("Selma Hatun Kümbeti")
    # round 21: "Anayurt Oteli", "Halikarnas Mozolesi", the cafés, eateries and tombs Turkish names so, a Dutch hall ("de
    # Ovale Zaal"), a county ("Fayette County"); session 26: a dam and a sports ground ("Atatürk Barajı"); session 35:
    # Turkish schools by their grade ("Zübeyde Hanım Anaokulu") and an arboretum ("JFK Arboretum"); session 40 (round 45):
    # a Polish or Czech town's "lower" or "upper" ("w Kazimierzu Dolnym", "Horní Bříza"), in their cases;
    # session 41: a mountain range ("snow on the Ida Range": round 46); session 42: an English boat named before its kind
    # ("the Ernest Kemp steamboat": round 47); session 44: an English castle, abbey or harbour after a town no list holds
    # (round 49's tune half)
)

# Words that may stand between the place word and the name ("la avenida de Concha Espina", "station de
# métro Louise Michel", "planetarium im. Mikołaja Kopernika", "l'Amerigo Vespucci"): articles, "of" and
# "named after" in the ten languages, and the kind of station. Anything else ends the look-back, so "la plaza
# con María López" keeps its person.
# Words that qualify a place named after someone, before or after the name ("Aeroporto Internacional da Madeira
# X", "X International Airport", "X Memorial Stadium", "X Bay Stadium"): read here, by listed_context and by the
# given-name rule. Session 19: "Zeki Müren Sanat Müzesi"; session 20: "X Memorial Hospital", "X High School".
QUALIFIERS = frozenset(
    "international internacional internazionale national nacional memorial municipal regional bay sports olympic "
    "art arts science history heritage cultural sanat kultur bilim tarih "
    "community general state high elementary primary county public royal central world "
    # session 33: "Jim Clark Motorsport Museum", "X Railway Museum", "X Maritime Museum"
    "motorsport motor transport railway maritime naval aviation folk".split()
)
_PLACE_LINKS = frozenset(
    """de del della dei di da do dos das du des d l van von der den la le el il lo the of im imienia
    metropolitana subte bahn u s szkolny skolni sir dame
    dr dra doctor doutor doutora dottor presidente president prezydent general mariscal marechal almirante admiral
    governador gobernador governatore gouverneur governor coronel colonel capitao capitan comandante engenheiro
    ingeniero professor profesor bispo obispo infante infanta conde duque marques senador senator ministro""".split()
) | QUALIFIERS
# Polish and Czech inflect the place word before a name ("na Letišti Václava Havla", "Mostu Poniatowskiego",
# "w Teatrze Słowackiego"): the folded word is the listed one with its last vowel, if any, swapped for a case ending.
_CASE_ENDINGS = frozenset("a e i o u y em ie iem om ach ami ow owi ze".split())
_SLAVIC_PLACE_WORDS = """ulica ulice namesti letiste lotnisko most nadrazi dworzec teatr divadlo muzeum szpital nemocnice
    stadion kosciol kostel palac hrad rynek trida nabrezi aleja plac rondo skola szkola pomnik pamatnik katedra
    bazylika bazilika klasztor klaster galerie galeria ogrod zahrada jezioro jezero kopiec wieza gimnazjum gymnazium
    liceum uniwersytet univerzita statek zaglowiec plachetnice fregata terminal hotel nadace fundacja kawiarnia
    kavarna hospoda restauracja restaurace memorial cena nagroda waly bulwar zatoka wyspa ostrov zaliv
    centra rynku akademia akademie""".split()  # "centrum" declines on "centr-" ("Centra Bohuslava Martinů": session 39),
# "rynek" on "rynk-" ("Rynku Wielkiego"), and an academy bears a name ("Akademia Pana Kleksa": session 40, round 45)


def _stems(words: Iterable[str]) -> frozenset[str]:
    """The words without their last vowel, if any: what a Polish or Czech case ending is added to."""
    return frozenset(w[:-1] if w[-1] in "aeiouy" else w for w in words)


def _declined(word: str, words: frozenset[str], stems: frozenset[str]) -> bool:
    """``word`` (folded) is one of ``words``, or one of ``stems`` with a case ending ("letisti", "skody")."""
    return word in words or any(word[:cut] in stems and word[cut:] in _CASE_ENDINGS for cut in range(max(3, len(word) - 3), len(word)))


_PLACE_STEMS = _stems(_SLAVIC_PLACE_WORDS)
_PLACE_LOOK_BACK = 4


# Abbreviations whose dot ends no clause: "im. Marii Konopnickiej", "Memorial Dr. António Agostinho Neto"
_TITLE_DOT = re.compile(r"\b(im|dr|dra|prof|gen|st|sv)\.")


# A town, a village or a street of a town named after someone, right before its name (folded): "main street of Tom
# Price", "the town of Marble Bar", "el pueblo de Juan Pérez", "die Stadt X", "miasto X" (session 33). Not the words
# alone, as place words are: "town crier Bob", "street portrait of X" name people.
_SETTLEMENT_OF = re.compile(
    r"\b(?:(?:main )?streets? of|town of|city of|village of|suburb of|hamlet of|township of|ville de|village de|"
    r"commune de|pueblo de|ciudad de|aldea de|villa de|municipio de|citta di|paese di|borgo di|comune di|cidade de|"
    r"vila de|aldeia de|(?:die|der) stadt|(?:das|dem) dorf|(?:der|dem) ort|(?:die|der) gemeinde|miasto|miasteczko|wies|mesto|mestecko|"
    r"obec|vesnice|het dorp|de stad|de gemeente)\s*$"
)


def place_word_before(folded_before: str) -> bool:
    """True when the folded text right before a name ends, within its clause, with a place, institution or
    ship word and only linking words after it: "aleja Jana Pawła", "la avenida de Concha Espina", "le
    paquebot Jean Mermoz". Such a name is a place's or a ship's, not a person's."""
    if folded_before.rstrip().endswith(("im.", "imienia", "zr ms.", "hr ms.", "zr ms", "hr ms")):
        # Polish "imienia", "named after": "Szkoła Podstawowa nr 3 im. Marii Konopnickiej"; the Dutch navy's
        # "Zr.Ms. Karel Doorman" (round 17)
        return True
    if _SETTLEMENT_OF.search(folded_before[-24:]):
        return True
    clause = frames.CLAUSE_END.split(_TITLE_DOT.sub(r"\1 ", folded_before[-60:]))[-1]
    words = _WORD.findall(clause)[::-1][:_PLACE_LOOK_BACK]
    for word in words:
        if place_word(word):
            return True
        if word not in _PLACE_LINKS:
            return False
    return False


# Czech and Slovak name a place with a possessive adjective made of the name ("Masarykovo nádraží", "Mahenova
# divadla", "Smetanovy sady"): such a word before a place word is the place's (round 17).
_POSSESSIVE_ADJECTIVE = re.compile(r"(?:ov|in)(?:o|a|y|e|u|ou|ych|ym|ymi)$|uv$")


def possessive_place(word: str, next_word: str) -> bool:
    """``word`` (folded) is a Czech possessive adjective and ``next_word`` a place word: "masarykovo nadrazi"."""
    return bool(_POSSESSIVE_ADJECTIVE.search(word)) and place_word(next_word)


# German and Dutch write a place or a thing and the name it bears as one word: "Jan Breydelstadion", "Käthe Wohlfahrt
# Weihnachtsladen", "Teddy Produktbild" (round 19). Only heads no surname ends with ("-haus", "-berg", "-mann" do).
_COMPOUND_PLACE = re.compile(
    r"[^\W\d_]{3,}(?:stadion|stadium|straat|strasse|plein|platz|laan|kerk|kirche|museum|arena|brug|brucke|laden|"
    r"winkel|bild|markt)$"
)


def compound_place(word: str) -> bool:
    """A folded word that is a place or a thing compounded with its name ("breydelstadion", "weihnachtsladen")."""
    return bool(_COMPOUND_PLACE.match(word))


# Institutions whose long names end with a person's, their own name between ("Aeroporto Internacional da Madeira
# Cristiano Ronaldo", "Aeropuerto Internacional Jorge Chávez", "Estadio Monumental Antonio Vespucio Liberti"),
# folded: airports, stadiums, universities, hospitals, institutes, foundations, museums and (session 39) centres of the
# ten languages ("Museu Mariano Procópio", "Centrum Bohuslava Martinů"; both also in ``PLACE_BEFORE_NAME``)
INSTITUTION_HEADS = frozenset(
    """airport aeroport aeropuerto aeroporto flughafen lotnisko letiste luchthaven havalimani stadium stadion estadio
    stadio stade estadi university universidad universidade universita universite universitat uniwersytet
    univerzita universiteit universitesi hospital hopital ospedale szpital nemocnice ziekenhuis hastanesi krankenhaus
    institute instituto istituto institut instytut foundation fundacion fundacao fondazione fondation stiftung
    fundacja nadace stichting vakfi museum museo musee muzeum muzeu museu centrum centro centre center zentrum""".split()
)
# What may stand lower case inside such a name ("da", "de la", "of the"), folded
_RUN_LINKS = frozenset("da de do dos das del della dei di du des d of the van von der den y e la le el".split())
# A capitalised word that joins two clauses or people, or asks for a picture, not a part of one name ("Museum Selfie
# With X", "Museum Selfie X")
_RUN_BREAKS = frozenset(
    """with and at in on for to by from meets visiting und mit avec et con com met ve selfie selfies portrait photo
    photos picture poster""".split()
)
_RUN_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_RUN_LOOK_BACK = 6


def institution_run_before(original_before: str) -> bool:
    """The original text right before a name ends with an institution's capitalised name whose head word is an
    airport, a stadium, a university, a hospital, an institute, a foundation or a museum: "Aeroporto Internacional
    da Madeira <name>". Such a name is the institution's (round 21)."""
    clause = frames.CLAUSE_END.split(original_before[-80:])[-1]
    for word in _RUN_WORD.findall(clause)[::-1][:_RUN_LOOK_BACK]:
        folded = fold(word).text
        if not word[:1].isupper():
            if folded in _RUN_LINKS:
                continue
            return False
        if folded in _RUN_BREAKS:
            return False
        if folded in INSTITUTION_HEADS:
            return True
    return False


def place_word(word: str) -> bool:
    """A folded word names a place, an institution or a ship before a name, inflected or not ("letisti", "mostu")."""
    return _declined(word, PLACE_BEFORE_NAME, _PLACE_STEMS)


# After the name, what only a ship does ("HMS Victory in full sail", "die Gorch Fock unter vollen Segeln",
# "Dar Pomorza pod pełnymi żaglami", "l'Amerigo Vespucci in navigazione") or a Turkish possessive whose head,
# within three words, is a place ("Mimar Sinan'ın Süleymaniye Camii", "Barış Manço'nun Moda'daki evi"). Folded.
_SHIP_AFTER = re.compile(
    r"^\s*(?:(?:in|under) full sail|unter vollen segeln|pod pelnymi zaglami|pod plnymi plachtami|"
    r"a vele spiegate|in navigazione|a (?:toda vela|todo trapo)|a pleines voiles|toutes voiles dehors|"
    r"(?:met volle zeilen|onder vol zeil)|(?:a todo pano|com (?:as )?velas (?:abertas|enfunadas))|tam yelken\w*|"
    # session 26: a training ship's kind after its name ("l'Amerigo Vespucci nave scuola", "Dar Młodzieży statek szkolny")
    r"nave scuola|buque escuela|navio escola|navire ecole|segelschulschiff|schulschiff|training ship|tall ship|"
    r"statek szkolny|zaglowiec szkolny|schoolschip|okul gemisi)\b"
)
_POSSESSIVE_HEAD = re.compile(r"^['’]n?[iu]n((?:\s+[^\s,.;:()]+){1,3})")
_HOUSE_WORDS = frozenset("evi yalisi konagi turbesi mezari atolyesi".split())
# A place with a case ending after its apostrophe is where the possessed thing happens, not that thing: "Ümit
# Korkmaz'ın Hanappi Stadı'nda gol sevinci" is his goal celebration at the stadium (session 38)
_CASE_SUFFIX = re.compile(r"['’](?:n?[dt][ae]n?|n?[dt]aki|n?[dt]eki|y?[ae]|n[ae])$")
# English's possessive before a product or a shop, within three words: "Marie Sharp's habanero bottle", "Tony
# Chachere's Creole seasoning can", "James Boag's brewery" (folded; session 21): a brand its founder named.
_BRAND_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:[^\s,.;:()]+\s+){0,2}(?:bottle|bottles|can|cans|jar|jars|tin|tins|sauce|seasoning|label|labels|packaging|"
    r"package|box|beer|ale|lager|whisky|whiskey|bourbon|gin|rum|vodka|chocolate|biscuits|cookies|crisps|brand|logo|shop|"
    r"store|diner|brewery|distillery|restaurant|bakery|factory)\b"
)


# A firm named after its founder and his heirs: "Horace Pellow & Sons", "Rossi & Figli", "Dupont & Fils" (folded; only with
# "&": "Ana e filhos" may be a mother and her sons)
_FIRM_AFTER = re.compile(
    r"^\s*&\s*(?:sons?|daughters?|co|cie|company|fils|figli|hijos|hermanos|filhos|irmaos|sohne|soehne|zonen|synowie|"
    r"synove|ogullari|partners)\b"
)


def place_word_after(folded_after: str) -> bool:
    """True when the folded text right after a name says it is a ship under sail, the founder of a brand ("X's
    habanero bottle"), a firm ("X & Sons") or, in Turkish, the possessor of a place ("X'in evi", "X'ın Süleymaniye
    Camii")."""
    if _SHIP_AFTER.match(folded_after) or _BRAND_POSSESSIVE.match(folded_after) or _FIRM_AFTER.match(folded_after):
        return True
    possessive = _POSSESSIVE_HEAD.match(folded_after)
    return possessive is not None and any(
        word in PLACE_AFTER_NAME or word in _HOUSE_WORDS
        for token in possessive.group(1).split()
        if not _CASE_SUFFIX.search(token)
        for word in _WORD.findall(token)
    )


# Makes whose models are written like a given name and a surname ("Opel Manta", "Škoda Octavia", "Tofaş
# Şahin", "Fiat Panda"), and containers a brand follows ("botella de Estrella Galicia", "garrafa de Guaraná
# Antarctica", "barattolo di Nutella Ferrero") (folded): a product, not a person.
PRODUCT_BEFORE_NAME = frozenset(
    """opel skoda tofas fiat seat renault peugeot citroen volkswagen vw audi bmw mercedes porsche lamborghini alfa
    lancia dacia toyota honda nissan mazda ford chevrolet chevy dodge jeep volvo saab trabant wartburg lada
    zastava polonez syrena tatra moskvich jaguar rover bugatti maserati yamaha ducati vespa kawasaki suzuki
    simca
    kodak fujifilm fuji ilford cinestill agfa arri leica hasselblad nikon canon panavision
    pizza caffettiera cafetiere moka cocktail ensalada insalata salada salade
    sac bag handbag bolso borsa handtasche tasche torebka kabelka handtas tas canta
    gibson fender gretsch rickenbacker guitar guitare guitarra gitarre chitarra gitara gitaar gitar
    accordion accordeon acordeon akkordeon fisarmonica acordeao akordeon harmonika tournedos
    conservas conserve conserves konserven torta tarta tarte torte taart ciasto dort prada""".split()
) | lexicons.BEERS_AND_SPIRITS  # session 19: instruments and their makers name models after players ("Gibson Les Paul", "fisarmonica Paolo
# Soprani"); round 11: cameras and film stocks name their models too ("Kodak Portra 400", "arri alexa"); round 16: dishes and
# kitchenware named after a person or their maker ("pizza margherita napoletana", "caffettiera bialetti"; salads since
# session 38: "ensalada césar"); round 17:
# bags named after the women they were made for ("un sac Kelly Hermès", "la borsa Jackie"); session 22: beers, spirits
# and a dish before their brand or namesake ("Grappa Nonino", "Cerveja Laurentina", "Tournedos Rossini"); not wine
# ("vina", a declined "vino", is Vina Morales's name), "amaro" ("amara") nor Turkish "bira" ("biri", someone): this
# rule reads declined forms; session 39: tinned fish, cakes and a fashion house before their maker or namesake ("Conservas
# Ortiz", "torta Pasqualina", "Prada Marfa"); not "bolo" (cake), whose stem would make "Bola Tinubu" a product
_PRODUCT_STEMS = _stems(PRODUCT_BEFORE_NAME)


def product_word(word: str) -> bool:
    """A folded word is a make or a product kind before a model's name, inflected or not ("Škody Octavia", "Fiata
    Punto": Polish and Czech decline the make, round 19)."""
    return _declined(word, PRODUCT_BEFORE_NAME, _PRODUCT_STEMS)


CONTAINERS = frozenset(
    """bottle bottles can jar tin pack packet box bouteille flacon canette pot boite botella lata frasco tarro caja
    flasche dose glas packung bottiglia lattina barattolo vasetto confezione garrafa lata pote caixa butelka
    puszka sloik pudelko lahev plechovka sklenice krabice fles blik pot doos sise kutu kavanoz paket""".split()
)  # only with "of" between: "a can of", never "Can Yücel"


# The text wants nobody in the picture, in the ten languages (folded): "no people", "sem pessoas", "bez ludzi",
# "Geen mensen nodig" (round 21); not "no people in the background", which still has a subject.
_NOBODY = re.compile(
    r"\b(?:no people|no persons?|no humans?|no (?:human )?figures|without people|sin personas|sin gente|sem pessoas|sem ninguem|"
    r"nobody(?! (?:will|would|knows?|can|could|should|must|may|might|ever|needs?|wants?|has|had|is|was|real|else|but)\b)|"
    r"sans personne|sans personnages|ohne menschen|keine menschen|ohne personen|keine personen|senza persone|"
    r"nessuna persona|bez ludzi|bez osob|bez lidi|zadni lide|zadne osoby|geen mensen|zonder mensen|geen personen|"
    r"insansiz|insan yok|kimse yok|"
    # session 21: "aucune personne", "ninguna persona", "nenhuma pessoa", "keine person", "zadna osoba", "geen persoon"
    r"aucune personne|ninguna persona|nenhuma pessoa|keine person|zadna osoba|geen persoon|zadnej osoby|hic insan|"
    # session 25: no face anyone could recognise ("bez rozpoznawalnych twarzy", "kimse tanınmasın", "güvertede insan
    # yüzü olmasın")
    r"no (?:recogni[sz]able |identifiable )?faces|aucun visage|sin caras|keine (?:erkennbaren )?gesichter|senza volti|"
    r"sem rostos|bez (?:rozpoznawalnych )?twarzy|bez (?:rozpoznatelnych )?tvari|geen (?:herkenbare )?gezichten|"
    r"kimse taninmasin|insan yuzu olmasin)\b"
    r"(?!\s+(?:in|around|behind|on|at|im|dans|en|na|w|v|op|nel|no|am|auf|autour|derriere|alrededor|detras|intorno|dietro|"
    r"dookola|kolem|eromheen|achter|etrafta|arkada)\b"
    # ... but "no people in shot", "in the picture" or "on it" is nobody at all (session 21; session 25: "nobody will
    # know" is no statement about the picture)
    r"(?!\s+(?:the\s+)?(?:shot|frame|picture|image|photo|pic|it)\b))"
)


def nobody_depicted(words_text: str) -> re.Match[str] | None:
    """Where the text (``words`` view) says it wants nobody in the picture, if it does and seeks no likeness
    (``frames.LIKENESS_SOUGHT``; a realistic building is still nobody's likeness)."""
    found = _NOBODY.search(words_text)
    return found if found is not None and not frames.LIKENESS_SOUGHT.search(words_text) else None
