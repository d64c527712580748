"""Descriptions that single out one real person without naming them (folded, the ten languages): a role in a work or a
country ("the actress who played ...", "the current French president"), the holder of a named place's office ("el
alcalde de Zamora", "żona burmistrza Bochni"), a presenter by her station ("the weather girl of channel 5", "die
Wetterfee vom Lokalsender"), a shopkeeper by the street or square of the shop ("the pharmacist on Main Street"), and
someone the poster says everyone knows. Read by ``detectors/private.py`` (``DescribedPersonDetector``); the jobs
behind a counter are read by ``private_cues`` too, and the trades by ``detectors/titled_names.py``. Split from
``private_cues`` when that module passed 600 lines (session 40).
"""

from __future__ import annotations

from bountyboard.guard.text import roles

# Someone the poster meets at a shop or in the street, named by a job and a place of theirs: "la boulangère de
# mon quartier", "die Kassiererin vom Edeka", "kasjerka z mojej Biedronki", "de caissière van mijn Albert
# Heijn", "prodavačka z naší večerky", "mahalledeki kasiyer kız" (folded).
SHOP_JOBS = (
    r"(?:boulangere|caissiere|serveuse|vendeuse|coiffeuse|pharmacienne|factrice|barmaid|cajera|camarera|panadera|"
    r"dependienta|peluquera|kassiererin|verkauferin|kellnerin|friseurin|backerin|bedienung|cassiera|cameriera|"
    r"fornaia|commessa|parrucchiera|barista|caixa|garconete|padeira|vendedora|cabeleireira|atendente|kasjerka|"
    r"ekspedientka|kelnerka|fryzjerka|sprzedawczyni|pokojowka|prodavacka|pokladni|servirka|kadernice|caissiere|"
    r"kassamedewerkster|serveerster|kapster|verkoopster|cashier|waitress|barmaid|saleswoman|"
    # session 36: the men behind a counter or a chair ("o barbeiro careca da barbearia", round 41)
    r"barbeiro|barbero|barbiere|barber|coiffeur|friseur|kapper|fryzjer|kadernik|berber|padeiro|panadero|boulanger|"
    r"backer|bakker|fornaio|piekarz|pekar|vendeur|verkaufer|verkoper|sprzedawca|prodavac|cajero|caixeiro|kassierer)"
)
# Descriptions that single out one real person without naming them.
DESCRIBED_PERSON: tuple[str, ...] = (
    r"\bthe (?:actor|actress|singer|rapper|streamer|youtuber|tiktoker|influencer|model|athlete|footballer|player|"
    r"host|presenter|anchor|comedian|girl|guy|woman|man|kid|blonde|brunette|redhead) (?:who (?:played|plays|starred|"
    r"stars|sang|sings|won|hosts|hosted|presents|was in|is in)|from (?:the )?(?:\w+ ){0,3}(?:movie|film|show|series|"
    r"sitcom|ad|advert|commercial|music video|video|tv|netflix|news|band))\b",
    r"\bthe (?:current |former |ex |late )?(?:us |u s |american |french |german |spanish |italian |british |"
    r"brazilian |mexican )?(?:president|prime minister|chancellor|first lady|vice president|pope|ceo|mayor|governor|"
    r"senator|lead singer|frontman|frontwoman|drummer|guitarist|quarterback|goalkeeper|captain) of (?:the )?"
    r"(?:us|usa|united states|america|france|germany|spain|italy|brazil|mexico|uk|britain|england|canada|"
    r"apple|tesla|microsoft|google|meta|amazon|openai|twitter|x|[a-z]+ (?:fc|band|team)|the (?:band|team))\b",
    r"\b(?:l'actrice|l'acteur|la chanteuse|le chanteur) (?:qui (?:joue|jouait|a joue|chante)|de la serie|du film)\b",
    r"\b(?:le|la) (?:president|presidente|premiere ministre|premier ministre) (?:de la republique|francaise?|americaine?|"
    r"des etats unis)\b",
    r"\b(?:la actriz|el actor|la cantante|el cantante) (?:que (?:hace|hizo|interpreta|interpreto|canta)|de la serie|"
    r"de la pelicula)\b",
    r"\b(?:el|la) presidente? (?:de (?:espana|mexico|argentina|colombia|chile|francia|estados unidos|el gobierno))\b",
    r"\b(?:die schauspielerin|der schauspieler|die sangerin|der sanger),? (?:die|der) (?:in|im|spielt|spielte)\b",
    r"\b(?:der|die) (?:bundeskanzler(?:in)?|bundesprasident(?:in)?|us prasident(?:in)?)\b",
    r"\b(?:a atriz|o ator|a cantora|o cantor) (?:que (?:faz|fez|interpreta|canta)|da novela|da serie|do filme)\b",
    r"\b(?:l'attrice|l'attore|la cantante|il cantante) (?:che (?:interpreta|ha interpretato|canta)|della serie|del film)\b",
)

# session 30: the holder of a town's or a region's office, named by the place ("el alcalde de Zamora", "de
# burgemeester van Gent", "der Bürgermeister von Plauen", "starosta obce Velké Bílovice", "Konya belediye başkanı"):
# one person, whom the place singles out. Not "a mayor", nor the mayor of "a small town" or "the village" (folded).
# session 43 (round 48): ... or a parish's priest, whom the church or the town singles out as well ("the parish priest
# of Ballyglen", "le curé de Vézac", "der Pfarrer von Altheim", "de dominee van de Sint-Janskerk"; not "a priest")
CLERGY = (
    "priest", "parish priest", "vicar", "rector", "curate", "cure", "abbe", "cura", "parroco", "pfarrer", "pfarrerin",
    "pastorin", "prior", "dominee", "pastoor", "predikant", "pastor", "vigario", "paroco", "imam",
)
# A town's head (``roles.MAYORS``) or a region's
OFFICE = "(?:" + "|".join(sorted((
    *roles.MAYORS, "lord mayor", "mayoress", "oberburgermeister", "oberburgermeisterin", "governor", "gobernador",
    "gobernadora", "gouverneur", "prefet", "prefete", "governatore", "governador", "governadora", "landrat", "landratin",
    *CLERGY,
), key=len, reverse=True)) + ")"  # fmt: skip
_OFFICE_QUALIFIER = (
    r"(?:current|former|ex|new|actual|nuevo|nueva|nouveau|nouvelle|ancien|ancienne|neue|neuen|neuer|ehemalige|"
    r"ehemaligen|nieuwe|oude|nuovo|nuova|atual|novo|nova)"
)
_PLACE_NOUN = (
    r"(?:town|city|village|pueblo|ciudad|ville|dorf|stadt|gemeinde|dorp|stad|gemeente|citta|paese|comune|cidade|vila|"
    r"aldeia|municipio|commune)"
)
# what follows "of" in a generic or an invented town's mayor ("the mayor of a small town", "the Mayor of Halloween Town")
_NOT_A_PLACE = (
    r"(?:a|an|the|un|une|una|uno|um|uma|ein|eine|einer|einem|een|this|that|ce|cette|este|esta|questo|questa|dieser|"
    rf"diesem|deze|dit|small|little|petit|petite|pequeno|pequena|piccolo|piccola|kleinen|kleine|{_PLACE_NOUN}|"
    r"halloween|springfield|townsville|gotham|metropolis|duckburg|entenhausen|dibley|"
    # a church no name singles out ("the priest of the church", "le curé de la paroisse")
    r"church|chapel|parish|cathedral|eglise|paroisse|iglesia|parroquia|kirche|pfarrei|chiesa|parrocchia|igreja|"
    r"paroquia|kerk|parochie|mosque|mosquee|mezquita|moschee|moschea|mesquita|temple)"
)
# ... the poster's own town's ("le maire de notre village", "the mayor of our town") is one person too
_OUR = r"(?:my|our|mon|ma|notre|mi|nuestro|nuestra|mein\w*|unser\w*|mijn|onze|mio|mia|nostro|nostra|meu|minha|nosso|nossa)"
OFFICE_HOLDERS = (
    # ... and German's genitive ("die Frau des Bürgermeisters von Hallein": session 40)
    rf"\b(?:the|el|la|le|il|lo|o|a|der|die|dem|den|de|het|du|al|del|au|des) (?:{_OFFICE_QUALIFIER} )?{OFFICE}s? "
    rf"(?:of|de|du|del|della|dello|di|da|do|van|von|vom|der|d') ?(?:la |el |los |las |le |les |the |de |het |der )?"
    rf"(?:{_OUR} {_PLACE_NOUN}|(?!{_OUR}\b|{_NOT_A_PLACE}\b)[a-z][a-z'-]{{2,}})",
    # Polish and Czech put the place in the genitive after the office and its unit ("wójt gminy Kadzidło",
    # "burmistrz miasta Zakopane", "starosta obce Velké Bílovice", "primátor města Liberce")
    # ... or the town alone in the genitive ("burmistrzyni Olecka", "starostka Poličky"; not "burmistrz jest": session 39)
    # ... and the office in the genitive too ("żona burmistrza Bochni", the mayor's wife: session 40)
    rf"\b(?:{'|'.join((*roles.SLAVIC_MAYORS, 'burmistrzyni', 'prezydent miasta', 'primator', 'primatorka', 'hejtmanka', 'burmistrza', 'wojta', 'starosty', 'prezydenta miasta', 'primatora', 'hejtmana'))}) "
    r"(?:(?:miasta|gminy|obce|mesta|mestyse|kraje|powiatu) [a-z][a-z-]{2,}|[a-z][a-z-]+(?:a|e|i|u|y|ego)\b)",
    # ... and the parish priest by his parish or its town ("proboszcz z parafii w Olszówce", "farář ze Svatého Kopečku")
    r"\b(?:ksiedza |ksiadz |pan |pana )?(?:proboszcz|proboszcza|proboszczem|farar|farare|farari|farare|knez|kneze) "
    r"(?:(?:z|ze|w|we|v|ve) (?:parafii |farnosti )?(?:(?:w|we|v|ve|z|ze|sw|sv) )?|parafii |farnosti )[a-z]{3,}",
    # Turkish names the place first: "Konya belediye başkanı", "Kars Büyükşehir Belediye Başkanı"
    r"\b[a-z]{3,} (?:buyuksehir )?belediye baskan(?:i|ini|inin|iyla|i ile)\b",
)
DESCRIBED_PERSON += OFFICE_HOLDERS
# session 39, found by probing: a local station's or show's presenter, named by the station ("the weather girl of channel
# 5 in Bemidji", "the blonde anchor of the Kenora evening news"): one person
DESCRIBED_PERSON += (
    r"\bthe (?:\w+ )?(?:weather ?girl|weather ?man|weather ?woman|weather lady|weather presenter|weather forecaster|"
    r"anchor|anchorwoman|anchorman|newsreader|news anchor|news presenter|presenter|host|radio host|dj|traffic reporter) "
    r"(?:of|on|at|from) (?:the )?(?:channel \d+|(?!the\b)[a-z]+ (?:tv|radio|fm|am|(?:evening|morning|nightly|local) (?:news|show)))\b",
)
# session 41 (round 46): ... and in French by the show and its national channel ("le présentateur du 13h de TF1")
DESCRIBED_PERSON += (
    r"\b(?:le|la|l') ?(?:\w+ )?(?:presentateur|presentatrice|animateur|animatrice|joker) (?:vedette )?(?:du|de la|de l'|des) ?"
    r"(?:\w+ ){0,3}(?:de|sur) (?:tf1|france ?[2345]|m6|canal ?\+?|bfm ?tv|tv5 ?monde|arte|rtl|rtbf|rts|la une|france inter|"
    r"europe ?1)\b",
)
# session 34: the poster says the reader knows who is meant ("You know him, the zydeco guy they call the Soulin'
# Cowboy", "You know the one from ...", "the snooker hustler everyone knows", "je weet wel wie"): one real person,
# singled out by what everyone knows of them, in the ten languages (folded)
DESCRIBED_PERSON += (
    r"\byou know (?:him|her|the one|the guy|the girl|the woman|the man|the bloke|the lad|the lady|who i mean)\b",
    r"\b(?:guy|girl|man|woman|one|bloke|lad|lady|fella|chap) (?:they|everyone|everybody|people) calls?\b",
    r"\b(?:everyone|everybody) (?:here |round here |around here |in town )?knows (?:him|her)\b|\bthe one everyone knows\b",
    r"\btu (?:sais|vois|connais) (?:qui|celui|celle|le mec|la meuf)\b|\bvous (?:savez|voyez|connaissez) (?:qui|celui|celle)\b",
    r"\b(?:ya )?sabes (?:quien|cual) (?:es|digo)\b|\bya sabes quien\b|\b(?:sabe|sabem) quem (?:e|digo)\b",
    r"\bdu weisst (?:schon )?(?:wen ich meine|welche[rn]?|wer)\b|\bihr kennt (?:ihn|sie)\b",
    r"\bhai presente quell[aoei] (?:che|del|della|dello|dei|di|da)\b|\bsai chi (?:e|dico)\b",
    r"\bwiesz (?:kto|ktora|ktory|o kogo chodzi)\b|\bkojarzy(?:sz|cie) (?:ja|go)\b",
    r"\bvis (?:kdo|ktera|ktery|koho myslim)\b|\bzna(?:te|s) (?:ji|ho)\b",
    r"\bje weet (?:wel )?(?:wie|welke)\b|\b(?:jullie kennen|je kent) (?:hem|haar)\b",
    # not "bilirsiniz" alone, Turkish for "as you know": "onu bilirsiniz", "kendisini tanırsınız"
    r"\b(?:onu|kendisini) (?:bilirsiniz|tanirsiniz)\b|\b(?:bilirsiniz|tanirsiniz) (?:onu|kendisini)\b",
)

# session 43 (round 48): ... and "everyone knows him" in the nine other languages (folded): "jeder kennt den Fonsi",
# "każdy ją kojarzy", "Ozan'ı herkes tanır", "iedereen kent haar", "todo el mundo la conoce"
DESCRIBED_PERSON += (
    r"\b(?:jeder|alle) (?:hier |in der \w+ |im \w+ )?kenn(?:t|en) (?:ihn|sie|den|die)\b",
    r"\b(?:kazdy|wszyscy) (?:tu |tutaj )?(?:ja|go|jom) (?:kojarzy|kojarza|zna|znaja)\b|\b(?:kazdy|wszyscy) (?:ja|go) zna\b",
    r"\b(?:kazdy|vsichni) (?:tady |u nas )?(?:ho|ji) (?:zna|znaji)\b",
    r"\biedereen (?:hier )?kent (?:hem|haar)\b",
    r"\bherkes(?:in)? (?:onu |kendisini )?(?:tanir|tanidigi|bilir)\b|\b(?:onu|kendisini) herkes (?:tanir|bilir)\b",
    r"\b(?:todo el mundo|todos) (?:aqui )?(?:lo|la|le) (?:conoce|conocen)\b",
    r"\btout le monde (?:ici )?(?:le|la) conna[iî]t\b|\btout le monde connait\b",
    r"\b(?:tutti|chiunque) (?:qui )?(?:lo|la) conosc(?:e|ono)\b",
    r"\b(?:todo mundo|toda a gente|todos) (?:aqui )?(?:o|a) conhece(?:m)?\b",
)

# session 43 (round 48): ... "the one who does the weather" in the nine other languages, after a name or alone (folded):
# "pani Wiśniak, ta od pogody", "pana Zedníčka, toho co čte ranní zprávy", "die beim Regionalsender das Wetter macht",
# "die het weer doet bij Omroep Gelderland"
_NEWS = r"(?:pogody|pogode|prognozy|wiadomosci|pocasi|zpravy|zprav|wetter|nachrichten|weer|nieuws|meteo|tiempo|noticias|notizie|previsao|haber\w*|hava durumu)"
DESCRIBED_PERSON += (
    rf"\b(?:ta|ten|tej|tego|ta co|ten co|tej co|tego co) (?:od|z) (?:\w+ )?{_NEWS}\b",
    rf"\b(?:ta|ten|toho|tu|ta co|ten co|toho co|tu co|ta ktera|ten ktery|toho ktery) (?:co )?(?:cte|cetla|cetl|moderuje|uvadi|dela|hlasi) "
    rf"(?:\w+ ){{0,2}}{_NEWS}\b",
    rf"\b(?:die|der|den) (?:beim|bei|im|vom) (?:\w+ ){{1,4}}(?:das |die )?{_NEWS} (?:macht|moderiert|liest|ansagt|praesentiert)\b",
    rf"\b(?:die|degene) (?:het|de) {_NEWS} (?:doet|presenteert|leest) (?:bij|op) \w+",
    # ... "the one from the bar", a pronoun for someone named before it ("El Pelao, el del bar de la plaza", "ta z
    # warzywniaka", "celle de la boulangerie"); not "the girl from the bakery", a private cue that needs a depiction
    r"\b(?:el|la) del? (?:la )?(?:bar|kiosco|kiosko|quiosco|estanco|panaderia|tienda|farmacia|carniceria|fruteria|taller)\b",
    r"\b(?:quello|quella) (?:del|della|dell') ?(?:bar|forno|tabacchi|edicola|negozio|farmacia|macelleria|alimentari)\b",
    r"\b(?:o|a) d[oa] (?:bar|padaria|quiosque|loja|farmacia|talho|mercearia|cafe)\b",
    r"\b(?:celui|celle) (?:du|de la|de l') ?(?:bar|boulangerie|tabac|kiosque|pharmacie|boucherie|epicerie)\b",
    r"\b(?:der|die) (?:vom|von der|aus dem|aus der) (?:kiosk|backerei|imbiss|laden|apotheke|metzgerei|eisdiele)\b",
    r"\b(?:die|degene) (?:van|uit) de (?:bakkerij|snackbar|kiosk|kraam|slagerij|apotheek|friettent)\b",
    r"\b(?:ta|ten|tej|tego) z (?:warzywniaka|piekarni|kiosku|baru|sklepu|apteki|monopolowego|zabki)\b",
    r"\b(?:ta|ten|toho|tu) z (?:pekarny|trafiky|hospody|obchodu|lekarny|vecerky|samoobsluhy)\b",
    # ... the player of a town's side last season ("the goalkeeper of Ballyconnell's town side last season")
    r"\bthe (?:\w+ )?(?:goalkeeper|keeper|captain|striker|coach|manager|skipper|top scorer) (?:of|for|at) [a-z]+(?:'s| s)? "
    r"(?:town |village |local |football |rugby |cricket |hockey |netball )?(?:side|team|club|xi|fc|first team)\b",
    # ... and a stallholder by her stall at a named market ("de vrouw van de viskraam op de weekmarkt in Oudewater", "the man
    # from the fish stall at Tumut market")
    r"\b(?:de|the|die|der|la|le|el|il|o|a) (?:vrouw|man|woman|lady|guy|bloke|frau|mann|femme|homme|mujer|hombre|donna|"
    r"uomo|mulher|homem) (?:van|of|from|at|vom|von der|von|de la|du|del|della|dello|da|do) (?:de |het |the |der |dem |la |le |el |il |lo |a |o )?"
    r"\w*(?:kraam|stall|stand|kiosk|kiosko|chiosco|quiosque|bakkerij|bakery) (?:op|at|on|auf|sur|en|in|na|no|al|am) "
    r"(?:de |het |the |der |dem |le |la |el |il |o |a )?(?:\w+ )?(?:markt|market|weekmarkt|wochenmarkt|marche|mercado|mercato|"
    r"feira|targ|trh|pazar)\b",
)

# session 40, found by probing: a shopkeeper singled out by the street of the shop ("the pharmacist on Main Street in
# Cooma", "la boulangère de la rue Victor Hugo", "die Friseurin aus der Bahnhofstraße"), and a presenter by what she
# reads on a station ("the redhead who reads the news on WIN"): one person of a town (folded)
TRADES = (
    rf"(?:{SHOP_JOBS}|pharmacist|chemist|butcher|florist|dentist|vet|optician|postwoman|postman|postie|"
    r"librarian|newsagent|grocer|greengrocer|fishmonger|shopkeeper|mechanic|hairdresser|baker|bartender|waiter|"
    r"pharmacien|fleuriste|boucher|bouchere|farmaceutica|farmaceutico|carnicera|florista|apothekerin|apotheker|"
    r"floristin|metzgerin|farmacista|fiorista|fioraia|macellaia|bloemiste|slagersvrouw|aptekarka|"
    r"kwiaciarka|lekarnice|kvetinarka|"
    # session 46 (round 51): the butchers and cheesemongers a village names after its town ("Pepe de <town>, el
    # carnicero")
    r"carnicero|reznik|reznice|rzeznik|slager|slagersvrouw|kaasboer|kaasboerin|visboer|metzger|macellaio|kasap|"
    # session 43: a parish's priest, by his church ("Fr. Mulcahy, parish priest in Ballyconnell"), a gym's trainer
    rf"{'|'.join(c for c in CLERGY if ' ' not in c)}|proboszcz|ksiadz|farar|knez|"
    r"personal trainer|fitness trainer|trainer|trainerin|trainster|fitnesstrainer\w*)"
)
# The words for a station that name none ("the regional station", "la tele local", "der Lokalsender"), folded; a name
# after them names one ("TV Limburg")
_GENERIC_STATION = (
    r"(?:regional\w*|lokal\w*|local\w*|zender|sender|station|emittente|televisione|television|televisie|tele|tv|"
    r"telewizj\w*|televiz\w*|kanal|canal\w*|chaine|radio|omroep|emisora|cadena)\b"
)
DESCRIBED_PERSON += (
    rf"\bthe (?:\w+ )?{TRADES} (?:on|at|in) (?:\w+ ){{1,2}}(?:street|st|road|rd|lane|avenue|ave|square|high street)\b",
    rf"\b(?:la|le|el|a|o|die|der|de|il) (?:\w+ )?{TRADES} (?:de la (?:rue|place|avenue)|du (?:boulevard|cours)|"
    r"de la calle|de la plaza|(?:in|aus|von) der \w+(?:strasse|gasse)|(?:di|in) via|(?:da|na) rua|(?:in|op|van|uit) de "
    r"\w+(?:straat|weg|plein)|z ulicy|z ulice) \w+",
    # ... or by the market square ("de bloemiste van de Markt in Diest", "die Apothekerin am Marktplatz")
    rf"\b(?:la|le|el|a|o|die|der|de|il) (?:\w+ )?{TRADES} (?:am|vom|van de|op de|aan de) (?:grote )?(?:markt|marktplatz)\b",
    r"\bthe (?:\w+ )?(?:redhead|blonde|brunette|woman|girl|guy|man|lady|bloke|one) (?:who|that) (?:reads|read|presents|"
    r"presented|does|did|hosts|hosted) the (?:\w+ )?(?:news|weather|traffic|forecast|sport|sports) (?:on|at|for) \w+",
    # ... and a weather presenter by her station in the nine other languages ("de weervrouw van TV Limburg", "la ragazza
    # del meteo di Telenorba"), a local or regional station only with its town ("la chica del tiempo de la tele local de
    # Llanes", "die Wetterfee vom Lokalsender in Hallein"; not "de weervrouw van de regionale zender": which one?)
    rf"\b(?:{'|'.join(w for w in roles.WEATHER_PRESENTERS if not w.startswith('weather '))}) (?:de|del|du|vom|von|van|di|"
    r"da|do|z|ze|na) (?:la |le |el |de |het |der |dem )?"
    r"(?!(?:mi|mon|ma|mijn|mein\w*|moj\w*|my|un|une|una|een|ein\w*|la|le|el|de|het|der|dem|den|das)\b)"
    rf"(?:{_GENERIC_STATION}(?: [a-z]+){{0,2}} (?:de|di|van|von|in|aus|z|w|da|do|del) [a-z]+|"
    rf"{_GENERIC_STATION} (?!{_GENERIC_STATION})[a-z0-9]+|(?!{_GENERIC_STATION})[a-z0-9]+)",
)
