"""Public figures' roles in the guard's ten languages, and the patterns that find them beside a name.

A role beside an unlisted name says it is a real person ("the singer Peso Pluma", "Pedri (Barcelona midfielder)");
a role anywhere says a text is about real people, so a drawn medium does not make its names characters
(``frames.drawn_fiction``).
"""

from __future__ import annotations

import re

from bountyboard.guard.text.normalize import fold

# The heads of a town, as the languages name them (folded), Polish and Czech apart (they put the town after its unit
# in the genitive, "wójt gminy X"; "hejtman" heads a Czech region): roles beside a name, and, with the place they
# head, one person (``described_people.OFFICE_HOLDERS``)
MAYORS = tuple(
    "mayor alcalde alcaldesa maire mairesse sindaco sindaca prefeito prefeita burgermeister burgermeisterin burgemeester"
    .split()
)
SLAVIC_MAYORS = tuple("burmistrz wojt starosta starostka hejtman".split())

# The weather presenters of the ten languages, folded: a role (session 30), and, named by their station, one person
# ("la chica del tiempo de la tele local de Llanes", "die Wetterfee vom Lokalsender": session 40)
WEATHER_PRESENTERS = (
    "prezenterka pogody", "moderatorka pocasi", "moderator pocasi", "weather presenter", "weather girl",
    "presentadora del tiempo", "presentador del tiempo", "presentatrice meteo", "presentateur meteo", "miss meteo",
    "wettermoderatorin", "wettermoderator", "wetterfee", "presentatrice del meteo", "presentatore del meteo",
    "meteorina", "apresentadora do tempo", "apresentador do tempo", "weervrouw", "weerman", "weerpresentatrice",
    "weerpresentator", "hava durumu sunucusu",
    "chica del tiempo", "hombre del tiempo", "ragazza del meteo", "weermeisje", "wetterfrau", "wettermann",
    "moca do tempo", "garota do tempo", "pogodynka", "rosnicka",
)

# Roles that make the capitalised name beside them a real person: "the singer Peso Pluma",
# "Kameto, le streamer de...", "la cantante Annalisa". Folded (lower case, no accents), matched on
# folded text around the name; one-word roles are also a set, so "is a role named anywhere" is a
# token lookup rather than a slow alternation over the whole text.
ROLE_TERMS = tuple(
    """actor actress actors singer rapper streamer youtuber tiktoker influencer athlete youtubeur youtubeuse
    streameuse influenceuse tiktokeur tiktokeuse influencerin youtuberin streamerin saltatore saltatrice
    velocista ciclista nuotatrice nuotatore pilota cycliste nageuse nageur rugbyman judoka tennisspielerin
    tennisspieler radfahrer radfahrerin schwimmer schwimmerin skirennlaufer skirennlauferin nadadora nadador
    piloto boxeador luchador lutador surfista skatista footballer striker midfielder goalkeeper gymnast
    swimmer skier idol politician president minister senator chancellor presenter anchor newsreader
    comedian popstar wrestler boxer cyclist sprinter podcaster vtuber cosplayer chanteuse chanteur actrice
    acteur joueuse joueur footballeur footballeuse animatrice animateur humoriste ministre depute deputee
    president presidente cantante actriz futbolista jugadora jugador tenista centrocampista delantero
    delantera presentadora presentador gimnasta schauspielerin schauspieler sangerin sanger fussballer
    fussballerin spielerin spieler moderatorin moderator politikerin politiker kanzlerin kanzler atriz ator
    cantora cantor jogadora jogador ginasta apresentadora apresentador attrice attore calciatrice calciatore
    tennista conduttrice conduttore politica politico
    defender winger forward quarterback pitcher goalie footballer basketballer cricketer golfer
    mp congressman congresswoman journalist reporter
    defenseur defenseuse attaquant attaquante gardien gardienne ailier basketteur basketteuse rappeur rappeuse
    senateur senatrice presentateur presentatrice journaliste tennisman influenceur
    defensor defensora portero portera mediocampista rapero rapera senador senadora ministra ministro
    diputado diputada periodista baloncestista beisbolista lanzador
    mittelfeldspieler sturmer sturmerin torwart torhuter torhuterin verteidiger verteidigerin rennfahrer
    rennfahrerin rapperin ministerin abgeordnete abgeordneter nachrichtensprecher nachrichtensprecherin
    basketballspieler fussballspieler fussballspielerin
    atacante goleiro goleira zagueiro futebolista jornalista deputado deputada
    attaccante portiere difensore senatore ministra deputato deputata presentatore presentatrice giornalista
    cestista
    raper piosenkarka piosenkarz raperka aktorka aktor influencerka youtuberka streamerka modelka pilkarz pilkarka
    prezenterka prezenter wokalistka wokalista zpevacka zpevak herecka herec fotbalista moderatorka
    zanger zangeres presentatrice voetballer voetbalster sarkici oyuncu aktris aktor rapci sunucu futbolcu
    fenomen streamera youtubera tiktokera
    councillor councilor councilwoman councilman conseillere conseiller concejal concejala vereador vereadora
    consigliere assessore posel poslanka radny radna poslanec poslankyne
    senatorka wethouder kamerlid gedeputeerde milletvekili spiker spikeri haberci
    weatherman weathergirl meteorologist meteorologo meteorologa darter dartsspeler
    wielrenner wielrenster
    blogger vlogger bloger blogerka blogerko blogueira blogueiro blogueuse blogueur bloguera bloguero olympian
    surfer surfeuse surfeur rezyser rezyserka reziser reziserka""".split()
) + (
    "instagram model", "soccer player", "tennis player", "basketball player", "rugby player", "k pop idol",
    "kpop idol", "prime minister", "tv host", "talk show host", "pop star", "racing driver", "figure skater",
    "fashion model", "top model",
    # sports positions and public-figure roles written as two or three words, six languages
    "point guard", "shooting guard", "centre back", "center back", "full back", "f1 driver",
    "formula 1 driver", "formula one driver", "nascar driver", "k pop singer", "kpop singer", "k pop star",
    "kpop star", "j pop singer", "news anchor", "tv presenter", "football player", "baseball player",
    "hockey player", "volleyball player", "reality star", "tv personality", "milieu de terrain",
    "pilote de f1", "homme politique", "femme politique", "joueur de tennis", "joueuse de tennis",
    "pilote de formule 1", "piloto de f1", "piloto de formula 1", "meio campista", "guarda redes",
    "pilota di f1", "pilota di formula 1", "f1 fahrer", "formel 1 fahrer",
    # round 15: the local public figures prompts name, and people known through one platform
    "darts player", "weather presenter", "weather girl", "news presenter",
    "tiktok star", "tiktok girl", "instagram girl", "insta model", "onlyfans model", "onlyfans creator",
    "youtube star", "twitch streamer", "haber spikeri", "belediye baskani", "reality tv",
    # round 16: weather presenters as each language calls them, and the reality shows whose people are real
    "weather lady", "weather man", "weather woman", "miss meteo", "presentatrice meteo", "presentateur meteo",
    "chica del tiempo", "hombre del tiempo", "ragazza del meteo", "garota do tempo", "moca do tempo",
    "hava durumu sunucusu", "love island", "big brother", "masterchef",
) + tuple(
    (
        # round 16: trap and reggaeton singers, science communicators, juries, volleyball and handball players,
        # weather presenters
        "trapera trapero reguetonera reguetonero reggaetonera reggaetonero cantautora cantautor divulgadora "
        "divulgador divulgatore divulgatrice jurisi juror jurado volleybalster volleyballer handbalster "
        "volleyballerin handballerin pallavolista pallamanista voleibolista balonmanista siatkarka siatkarz "
        "volejbalistka hazenkarka voleybolcu hentbolcu pogodynka pogodynki wetterfee wettermoderatorin "
        "wettermoderator rosnicka weervrouw weerman weermeisje "
        # round 19: cabaret artists, governors, Czech mayors and bishops, as the ten languages call them
        "cabaretier cabaretiere kabarettist kabarettistin kabareciarz kabareciarka cabarettista humorista "
        "governor gobernador gobernadora governador governadora gouverneur governatore gubernator vali "
        "primator primatorka bishop eveque obispo vescovo bispo bischof biskup bisschop piskopos "
        # round 20: the sports and trades of its corners (table tennis, archery, rowing, weightlifting, speedway,
        # ski jumping), drag artists, puppeteers, gamers, and the declined Czech and Turkish streamers
        "mesatenista pongista pongiste tischtennisspieler tischtennisspielerin tafeltennisser tafeltennisster "
        "tenisistka tenisista bogenschutze bogenschutzin arciere arqueira lucznik luczniczka "
        "lukostrelec lukostrelkyne boogschutter okcu rameur rameuse remero remera ruderer ruderin canottiere "
        "remador remadora wioslarz wioslarka veslar veslarka roeier roeister kurekci weightlifter halterophile "
        "halterofilo halterofila gewichtheber gewichtheberin pesista halterofilista ciezarowiec ciezarowczyni "
        "vzparec vzparka gewichtheffer halterci zuzlowiec skispringer skispringerin dragqueen "
        "dragking puppeteer marionnettiste titiritera loutkoherec loutkoherecka lalkarz lalkarka poppenspeler "
        "poppenspeelster kuklaci gamer progamer youtuberky youtubera youtuberem youtuberkou streamera streamerky "
        "yayinci yayincisi youtuberi chef cheffe kucharz kucharka kuchar asci"
    ).split()
) + MAYORS + SLAVIC_MAYORS + (
    "drag queen", "drag king", "drag artist", "pro gamer", "esports player", "e sports player", "fortnite pro",
    "table tennis player", "oyun yayincisi", "museum director", "tv chef", "celebrity chef", "skoczek narciarski",
    "skokan na lyzich", "olympic archer",  # not "archer" alone (the series), "rower" (Polish: a bicycle), "skoczek"
    "prezenter pogody", "radio dj", "radio host",  # round 21
    # session 30: the weather presenters of the other languages, as "prezenter pogody" ("tatana mikova, moderatorka
    # pocasi CT, ...": round 35), folded
    *WEATHER_PRESENTERS,
) + tuple(
    # session 22: presidents of a country or a city as the languages English's "president" misses decline them
    # ("prezydent Szczecina Piotr X", "s prezidentem"); Turkish "cumhurbaşkanı" beside "belediye başkanı"
    """prezydent prezydenta prezydentem prezydentka prezident prezidenta prezidentem prezidentka prasident
    prasidentin presidenta cumhurbaskani""".split()
) + tuple(
    # round 21: fencers in the ten languages, and Dutch presenters
    """fencer escrimeur escrimeuse esgrimista fechter fechterin schermidore schermitrice szermierz szermierka sermir
    sermirka schermer eskrimci presentator""".split()
) + tuple(
    # session 17: who reads a book or dubs a film is a real person beside the characters they voice
    """narrator narratrice narrador narradora narratore hoerbuchsprecher horbuchsprecher synchronsprecher
    synchronsprecherin doubleur doubleuse doppiatore doppiatrice dublador dubladora lektor lektorka dabingovy
    stemacteur stemactrice seslendirmen""".split()
) + tuple(
    # session 17: radio voices and the clergy of a parish, whom a town knows by name; not English "priest", "vicar",
    # "rabbi" nor "imam": art prompts depict them as types ("a priest in a cathedral")
    """locutor locutora radialista farar ksiadz pfarrer pfarrerin pastoor dominee rabin""".split()
) + tuple(
    # session 17: e-sports casters and commentators, and the players of the sports round 22 reached (badminton,
    # Turkish sportspeople named with -cı/-cu); not "caster" alone: a spell caster
    """shoutcaster commentator commentateur commentatrice comentarista comentador kommentator kommentatorin
    commentatore telecronista komentator komentatorka yorumcu badmintonista badmintonspeler badmintonspeelster
    badmintonspieler badmintonspielerin badmintoncu tenisci basketbolcu yuzucu boksor guresci kayakci bisikletci
    judocu karateci taekwondocu cimnastikci""".split()
) + (
    "cs caster", "esports caster", "e sports caster", "game caster",
    "voice actor", "voice actress", "audiobook reader", "actor de doblaje", "actriz de doblaje",
    # round 23: riders of motor sports, quiz-show chasers, jockeys, referees and darts pros
    "speedway rider", "motocross rider", "enduro rider", "mx rider", "bmx rider", "quizzer", "jockey", "dzokej",
    "dartsprofi", "darts pro", "football referee", "scheidsrechter", "schiedsrichter", "arbitro", "hakem",
    # session 20: the dealers of antiques shows ("Fabian Kahl, den tätowierten Händler"), folded; Czech, Slovak and
    # Polish reporters and editors ("(reporterka tv nova)")
    "handler", "handlerin", "antiquitatenhandler", "kunsthandler", "antiekhandelaar", "reporterka", "redaktorka",
    "redaktor", "hlasatelka", "hlasatel", "dziennikarka", "dziennikarz",
    # session 21: auctioneers and bingo callers, whom a county knows by voice ("Big Tuna, the auctioneer at ...")
    "auctioneer", "subastador", "subastadora", "leiloeiro", "leiloeira", "auktionator", "auktionatorin", "banditore",
    "licytator", "drazitel", "veilingmeester", "mezatci", "commissaire priseur", "bingo caller",
    # ... pelota players, German darts players, and the tarot readers of television ("a Maya, aquela taróloga da
    # televisão")
    "pelotari", "pelotaris", "dartsspieler", "dartsspielerin", "dartspieler", "dartspielerin", "tarologa", "tarologo",
    "tarologue", "taroloog", "tarolog", "tarolozka",
    # session 24: the psychics of television too ("Rappel, el vidente de la tele")
    "vidente", "voyante", "hellseher", "hellseherin", "helderziende", "jasnowidz", "jasnowidzka", "jasnovidec",
    "jasnovidka", "medyum",
    # session 26: champions of a sport as the ten languages say it ("Reanne Evans (the women's snooker champ)"),
    # rally drivers, the Palio's jockeys ("Tittia, il fantino"), dog-sled racers and reality-show contestants
    "champion", "champ", "championne", "campeon", "campeona", "campeao", "campea", "campione", "campionessa",
    "mistrz", "mistrzyni", "mistr", "mistryne", "kampioen", "kampioene", "sampiyon", "sampiyonu", "weltmeister",
    "weltmeisterin", "europameister", "europameisterin",
    "rally driver", "rallye driver", "pilote de rallye", "piloto de rally", "piloto de rali", "pilota di rally",
    "rallyefahrer", "rallyefahrerin", "rajdowiec", "kierowca rajdowy", "rallyjezdec", "rallycoureur", "ralli pilotu",
    "fantino", "fantina", "joquei", "musher", "contestant", "reality show contestant",
    "tiktokerka", "tiktokerki", "tiktokerem",  # ... and Polish and Czech TikTok women, as youtuberka and streamerka are
    "rapperka", "rapperky",  # ... Czech women rappers ("česká rapperka z Ostravy"); not a contest's winner: a bounty
    # names its own ("$25 voor de winnaar")
)
ROLE_WORDS = frozenset(t for t in ROLE_TERMS if " " not in t)
# Nationalities as the ten languages write them before a role ("polski raper", "dutch presenter", "türk
# şarkıcı"), folded: a word beside a role that is no name.
NATIONALITIES = frozenset(
    """english british american french francais francaise spanish espanol espanola german deutsch deutsche deutscher
    italian italiano italiana portuguese portugues portuguesa brazilian brasileiro brasileira mexican mexicano
    mexicana argentine argentino argentina polish polski polska czech cesky ceska slovak dutch nederlandse
    hollandse belgian vlaamse turkish turk turkiyeli korean japanese chinese thai filipino filipina indonesian
    vietnamese
    irish scottish welsh cornish australian canadian kiwi zealander african nigerian ghanaian kenyan ethiopian somali
    egyptian moroccan algerian tunisian senegalese ivorian cameroonian congolese malagasy mauritian botswanan motswana
    namibian zambian zimbabwean ugandan tanzanian rwandan fijian tongan samoan maori hawaiian jamaican haitian cuban
    dominican rican colombian venezuelan peruvian chilean bolivian paraguayan uruguayan ecuadorian guatemalan honduran
    salvadoran nicaraguan panamanian belizean trinidadian barbadian bahamian austrian swiss danish swedish norwegian
    finnish icelandic estonian latvian lithuanian ukrainian russian belarusian romanian moldovan bulgarian serbian
    croatian bosnian slovenian slovene montenegrin albanian macedonian greek cypriot maltese hungarian luxembourgish
    monegasque andorran catalan basque galician corsican flemish walloon frisian bavarian israeli palestinian lebanese
    syrian jordanian iraqi iranian persian saudi emirati qatari kuwaiti yemeni afghan pakistani indian bangladeshi
    lankan nepali nepalese burmese cambodian laotian malaysian singaporean taiwanese mongolian kazakh uzbek armenian
    azerbaijani azeri djiboutian eritrean sudanese libyan malian burkinabe beninese togolese guinean liberian
    gabonese chadian angolan mozambican malawian timorese macanese""".split()
)  # session 19: the English demonyms of the countries and regions blind writers set requests in ("the irish youtuber")
# German and Dutch join a role to what it is of ("Schlagersänger", "Radiomoderatorin", "volkszanger"): a word ending in
# one of these heads is that role (folded; not "spieler" or "speler": "Plattenspieler", "cd-speler" are things)
_COMPOUND_HEADS = (
    "sanger|sangerin|moderator|moderatorin|komiker|komikerin|musiker|musikerin|reporterin|zanger|zangeres|"
    "konig|konigin|"  # the kings and queens of a sport or a fair ("Schwingerkönig", "Schützenkönig", "Weinkönigin")
    "leiterin|chorleiter|dirigentin|"  # session 46: who leads a club or a choir ("Vereinsleiterin"; not "Halbleiter")
    "sieger|siegerin|kampioen|kampioene"  # its champions ("Olympiasiegerin", "wereldkampioen": session 26); not "-meister":
    # "Jägermeister", "Wachtmeister"
)
ROLE_COMPOUND = rf"[^\W\d_]{{3,}}(?:{_COMPOUND_HEADS})"
COMPOUND_ROLE_WORD = re.compile(rf"\b{ROLE_COMPOUND}\b")
_ROLE = "|".join(sorted((re.escape(t) for t in ROLE_TERMS), key=len, reverse=True)) + f"|{ROLE_COMPOUND}"
ROLE_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in ROLE_TERMS if " " in t) + r")\b")
ROLE_BEFORE = re.compile(rf"\b(?:{_ROLE})(?:,|:)?\s+$")
ROLE_AFTER = re.compile(
    rf"^\s*(?:,\s*|\s+)(?:(?:the|a|an|le|la|l'|el|der|die|das|o|il|lo|un|une|una|um|uma|ein|eine|de|het|een|"
    # session 43 (round 48): "that" before the role ("Bára X, ta zpěvačka co ...", "X, quella del meteo")
    rf"ta|ten|tamta|tamten|diese|dieser|deze|esa|ese|aquella|aquel|cette|quella|quello|essa|esse|aquela|aquele|"
    rf"famous|famosa|famoso|celebre|bekannte?r?|nota|noto|brazilian|brasileir[oa]|french|francaise?|"
    rf"spanish|espanola?|german|deutsche?r?|italian[oa]?|korean|coreenne?|american|americaine?|"
    rf"british|mexican[oa]?|argentin[oa]|popular) |l['’])*(?:{_ROLE})\b"
)  # "l'animatrice", "l'attrice": the elided article joins its noun (session 21)

# A role set aside after a name, where any club or nationality may qualify it: "Pedri (Barcelona
# midfielder)", "IU (K-pop singer)", "Pedri, Barcelona midfielder, ...", "Vini Jr - Brazilian footballer".
# Folded text keeps hyphens ("k-pop"), so a role's words may be joined by a space or a hyphen. The comma
# and dash forms must end the clause there (or go on with "for/of/at ..."), so "X, a tall singer-like
# ..." descriptions of a scene do not count.
_ROLE_LOOSE = "|".join(
    sorted((re.escape(t).replace(r"\ ", r"[\s-]+") for t in ROLE_TERMS), key=len, reverse=True)
) + f"|{ROLE_COMPOUND}"
# A word that qualifies a role, never a negation: "Postava, ne herečka" says the character is no actress (session 19)
_NEGATION = r"(?:not|no|ne|nie|non|nicht|kein\w*|niet|geen|pas|nao|sem|sin|bez|without|ohne|zonder)"
# Turkish negates a role after it ("şarkıcı değil", "şarkıcı olan değil"): read right after a role (session 24)
NEGATED_AFTER = r"(?!\s+(?:olan\s+)?degil)"
_QUALIFIERS = rf"(?:(?!{_NEGATION}\s)[\w'.&-]+\s+)"
# ... or the programme a presenter is known from ("Dorota Gardias (pogoda TVN)", "(news, RTL)"), folded
_PROGRAMMES = (
    r"weather|news|meteo|pogoda|wiadomosci|fakty|wetter|nachrichten|tagesschau|tiempo|noticias|telediario|"
    r"telegiornale|tg\d?|previsao do tempo|jornal|pocasi|zpravy|udalosti|weerbericht|weer|nieuws|journaal|"
    r"hava durumu|haberler|ana haber|"
    # session 20: the kinds of programme whose people are real ("Brandi Tuttle (dating show)", "(VOCM open line)")
    r"dating show|reality show|reality tv|reality|game show|quiz show|talent show|talk show|cooking show|"
    r"morning show|breakfast show|open line|phone in|call in show|radio show|radio|podcast|"
    # ... and television itself, closing the bracket ("Steph McGovern (UK TV)"; not "(TV series)")
    r"tv(?=\s*[),])"
)
# ... or named after the person: the programme she presents, a broadcaster's name or two before it ("E. Varley from
# the RTE weather", "S. Klöppelmann vom ARD-Wetter", "van het NOS-weer", "R. Bermejillo, el del tiempo de Antena 3":
# round 47)
_PROGRAMME_NAMED = (
    r"(?:(?:el|la|le|der|die|o|a|il|lo) (?:de|del|du|von|da|do|di|della) (?:la |el |le |il |o |a )?|(?:from|off|of|de|"
    r"del|du|da|do|di|dal|dalla|della|vom|von|aus|van|uit|z|ze|w|ve) (?:(?:the|la|el|le|il|lo|o|a|der|dem|die|het|de) )?)"
    rf"(?:[\w]+[ -]){{0,2}}(?:{_PROGRAMMES})\b"
    # ... not the weather's map or radar, where a storm named after someone is ("Storm Orlagh on the weather map")
    r"(?! ?(?:map|maps|chart|charts|radar|kaart|karte|mapa|carte|cartina|harita)\b)"
)
PROGRAMME_AFTER = re.compile(rf"^\s*,?\s*{_PROGRAMME_NAMED}")
# ... anywhere: a text that names someone's programme, whose one capitalised word may be that someone
NAMES_A_PROGRAMME = re.compile(rf"\b{_PROGRAMME_NAMED}")
# inside a bracket a comma may set the role after a nickname ("(VVQ, de burgemeester)": session 17)
# ... nor there ("(not the singer)", "(NO el presidente)"), nor a role Turkish negates after it (session 24)
_BRACKET_QUALIFIERS = rf"(?:(?!{_NEGATION}\s)[\w'.&-]+,?\s+)"
ROLE_IN_PARENS = re.compile(
    rf"^\s*\(\s*(?:{_BRACKET_QUALIFIERS}{{0,3}}(?:{_ROLE_LOOSE}){NEGATED_AFTER}|{_QUALIFIERS}{{0,2}}(?:{_PROGRAMMES})(?=[\s,)]))\b"
    rf"[^()\n]{{0,40}}\)"
)  # "(ex TVN weather)" too (round 21)
# Reality and talent shows, whose people are real (folded; a case ending may follow: "z Big Brothera"). "X from
# Big Brother" says who X is as a role does (session 17). Not the shows named with everyday phrases ("The Voice",
# "X Factor", "The Bachelor", "Drag Race", "Too Hot to Handle", "A Fazenda"): any text may say them.
_REALITY_SHOWS = "|".join(
    re.escape(show).replace(r"\ ", r"[\s-]+")
    for show in (
        "big brother", "gran hermano", "grande fratello", "love island", "masterchef", "bachelorette",
        "temptation island", "koh lanta", "les marseillais", "isola dei famosi", "isla de las tentaciones",
        "supervivientes", "dschungelcamp", "germany s next topmodel", "gntm", "bauer sucht frau", "rolnik szuka zony",
        "vymena manzelek", "boer zoekt vrouw", "expeditie robinson", "wie is de mol", "kismetse olur", "survivor turkiye",
        "american idol", "pop idol", "geordie shore", "jersey shore", "made in chelsea", "married at first sight",
        # session 21: quiz shows whose chasers go by nicknames that are words ("the vixen from the chase"). "The
        # Chase" is an everyday phrase, kept against the rule above: with "the" it named the quiz in every tuning row
        # that wrote it, and it moved no legitimate row nor shared prompt (a car chase is "a chase")
        "the chase", "gefragt gejagt",
    )
) + r"|bbb\d\d"
REALITY_SHOW = re.compile(rf"\b(?:{_REALITY_SHOWS})")
# ... and, where a one-word name stands right beside them, the shows named with everyday phrases too ("Gordon (die van
# Holland's Got Talent)", "kelvra from love island", "Survivor'daki Turabi'yi": session 25, read by the alias rule)
SHOWS_BESIDE_A_NAME = (
    rf"(?:{_REALITY_SHOWS}|got talent|x factor|survivor|bake off|the voice|idol|bachelor\w*|drag race|strictly|"
    r"star academy|operacion triunfo|taniec z gwiazdami|secret story|towie|love is blind|too hot to handle)"
)
_FROM_A_REALITY_SHOW = (
    r"^\s+(?:from|of|on|de|du|del|dal|della|da|do|von|vom|aus|uit|van|z|ze|w|ve)\s+"
    rf"(?:(?:the|la|el|le|les|o|a|il|der|die|das|het|de)\s+)?(?:{_REALITY_SHOWS})"
)
# After a role, the words that say where its holder works or comes from ("darts player from newfoundland", "pilota di
# F1 de ...")
_WHERE_AFTER = r"\s+(?:for|of|at|from|with|in|de|du|del|da|do|di|von|aus|bei|beim|chez|uit|van|z|ze)\b"
ROLE_ASIDE_AFTER = re.compile(
    rf"{_FROM_A_REALITY_SHOW}|{ROLE_IN_PARENS.pattern}|^\s*(?:,|\s[-–—])\s*{_QUALIFIERS}{{0,2}}(?:{_ROLE_LOOSE})"
    rf"(?=\s*(?:[,;.:()!?\n]|$)|{_WHERE_AFTER}"
    # ... or the broadcaster's short name ("prezenter pogody TVN,": round 21)
    rf"|\s+[^\W\d_]{{2,4}}\s*[,;.:)!?\n]"
    # ... or one word more, a nationality as French and Spanish put it after the role ("surfeuse réunionnaise,")
    rf"|\s+(?:[^\W\d_]+-)?[^\W\d_]+(?:aise|ais|ienne|ien|ena|eno|ana|ano|esa|es|ina|ino|ense|ese|eiro|eira)\s*[,;.:)!?\n])"
)


# How far after a name a role set aside may close: a bracket may qualify the role with three words and close 40
# characters on ("honeybee (the karaoke singer from that broadway bar in nashville)": session 21)
_ASIDE_REACH = 72


def role_aside_after(original: str, end: int) -> re.Match[str] | None:
    """``ROLE_ASIDE_AFTER`` read on the original text right after a name that ends at ``end``."""
    return ROLE_ASIDE_AFTER.match(fold(original[end : end + _ASIDE_REACH]).text)


# A lower-case handle's role must stand right beside it: in parentheses, or after a comma with two qualifiers at most
# ("mongraal, fortnite pro,", "murda (de rapper)", "quebonafide, polski raper", "zuchu, bongo flava singer": round 21)
# that are no article and no verb: "bodybuilder, hugging an athlete" is a scene (round 20). The role ends the item, or
# says where ("pdc darts player from newfoundland": session 21).
_PLAIN_QUALIFIER = r"(?!(?:a|an|the|un|une|el|la|le|der|die|das|de|het|een|il|lo|o|um|uma)\s)(?![^\W\d_]+ing\s)[^\W\d_]+\s+"
LOWER_ALIAS_ROLE_AFTER = re.compile(
    rf"{_FROM_A_REALITY_SHOW}|{ROLE_IN_PARENS.pattern}|^\s*,\s*(?:{_PLAIN_QUALIFIER}){{0,2}}(?:{_ROLE_LOOSE})"
    rf"(?=\s*(?:[,;.:)!?\n]|$)|{_WHERE_AFTER})"
)

_WORD = re.compile(r"\w+")


def names_a_role(folded_words: str) -> bool:
    """Whether a folded text names a role anywhere ("LoRA de Peso Pluma ... del cantante")."""
    return (
        not ROLE_WORDS.isdisjoint(_WORD.findall(folded_words)) or bool(ROLE_PHRASES.search(folded_words))
        or bool(REALITY_SHOW.search(folded_words)) or bool(COMPOUND_ROLE_WORD.search(folded_words))
    )  # fmt: skip
