"""Word lists and patterns in English, French, Spanish, German, Portuguese and Italian.

Literal terms are matched whole-word by an Aho-Corasick automaton on the ``words`` view (folded:
no accents, lower case, ``-``/``_``/``.`` between letters read as spaces), so each term is written
here once, in plain form, and plurals are added by the loader. Patterns that need structure
(stated ages, "photos of her attached") are regular expressions on the same view.

Tiers: ``explicit`` (nudity, sex acts: rating x), ``suggestive`` (sexualised without nudity:
rating r), ``mild`` (swimwear, kissing, pin-up: rating pg13). All three count as sexual for the
policy's floors. Civitai's lists add to these (see ``shipped.shipped_terms``). The frames around a
name (likeness, style, role, medium) are in ``frames``.
"""

from __future__ import annotations

import re

# "explicit" in eight of the ten languages (folded; Polish and Turkish say it otherwise), sexual terms but beside consent (``EXPLICIT_NOT_SEXUAL_AFTER``)
EXPLICIT_WORDS = (
    "explicit", "explicite", "explicites", "explicito", "explicita", "explicitos", "explicitas", "explizit", "explizite",
    "expliziten", "expliziter", "explizites", "esplicito", "esplicita", "espliciti", "esplicite", "explicitni",
    "expliciet", "expliciete",
)
EXPLICIT = (
    # en
    "nude", "nudes", "naked", "nudity", "nsfw", "topless", "bottomless", "porn", "porno", "pornographic",
    "sex", "sex tape", "sextape", "sexual", "sexually explicit", "xxx", "hentai", "ecchi",
    "genitals", "genitalia", "nipples", "nipple", "areola", "areolas", "pussy", "vagina", "penis", 
    "cock", "boobs", "tits", "titties", "cum", "cumshot", "creampie", "blowjob", "blow job", "handjob",
    "orgasm", "masturbating", "masturbation", "masturbate", "intercourse", "erotic", "erotica", "rule 34",
    "rule34", "r18", "r 18", "uncensored", "no clothes", "without clothes", "wearing nothing", "undressed",
    "undressing", "undress", "fully nude", "full frontal", "spread legs", "onlyfans leak", "nude leak",
    "nudify", "nudified", "deepnude", "hardcore", "sex scene", "bare breasts", "bare breast", "braless", "no bra", "pantyless", "r34", "oppai", "futanari", "futa", "yiff", "nip slip", "wardrobe malfunction", "nu integral", "nudi", "spogliarello", "erotik", "sexo explicito", "onlyfans", "fansly", "onlyfans content", "paywalled content",
    "manyvids", "chaturbate", "pornhub", "xvideos", "x rated", "rated x", "stripping", "striptease",
    "birthday suit", "in the buff", "au naturel", "nothing on", "clothes off", "implied nude", "implied nudity",
    # session 39, found by probing: slang spellings of nudes and breasts ("n00dz" reads "noodz" in the names view); not
    # "boobies", which are birds too
    "nudies", "nudez", "noodz", "noods", "bewbs", "tiddies", "titty", "nekkid", "nakkid", "without a bra",
    "without her bra", "with no bra",
    # studios and magazines of nude photography: named as a style, they ask for their nudes ("X in the style
    # of mplstudios"); the magazines only with their word, since "playboy" and "penthouse" are also words
    "mplstudios", "metart", "met art", "suicidegirls", "suicide girls", "femjoy", "hegre art", "brazzers",
    "playboy magazine", "playboy cover", "playboy shoot", "playboy centerfold", "penthouse magazine", "penthouse pet",
    "hustler magazine",
    # "explicit" in eight languages (session 46, round 51: "une vidéo très explicite")
    *EXPLICIT_WORDS,
    # fr
    "nue", "nues", "nus", "a poil", "toute nue", "tout nu", "seins nus", "sein nu", "porno", "erotique",
    "sexe", "sexuel", "sexuelle", "deshabillee", "deshabille", "sans vetements", "denudee", "xxx",
    # es
    "desnuda", "desnudo", "desnudas", "desnudos", "desnudez", "en topless", "erotico", "erotica", "sexo",
    "sin ropa", "encuerada", "encuerado", "porno", "tetas", "pezones", "desnudita", "sin nada puesto",
    # de
    "nackt", "nackte", "nackten", "nacktbilder", "nacktfotos", "oben ohne", "erotisch", "erotische",
    "erotischen", "akt", "aktzeichnung", "aktzeichnungen", "aktfoto", "aktfotos", "aktmalerei",
    "ohne kleidung", "entkleidet", "sexbilder", "brueste", "muschi", "nackig", "hullenlos", "unbekleidet",
    # pt
    "nua", "nuas", "pelada", "pelado", "peladas", "sem roupa", "erotica", "sexo", "putaria", "safada",
    "peladinha", "nuazinha", "sem nada",
    # round 20: the nude as a genre, where "nu" alone is too short a word to list ("nu metal")
    "nu artistico", "nu frontal", "ensaio nu", "foto de nu", "fotos de nu", "nu feminino", "nu masculino",
    "nu artistique", "photo de nu", "photos de nu", "nu feminin", "nu masculin",
    # it
    "nuda", "nudo", "nude", "senza vestiti", "erotico", "erotica", "sesso", "porno", "tette", "svestita",
    "tutta nuda", "nudita", "senza niente addosso",
    # round 10, read from its measured batch: sex acts the lexicons lacked ("<name> threesome the bed")
    "threesome", "foursome", "orgy", "orgies", "making love", "makes love", "made love",
    "lovemaking", "having sex", "sex act", "sex acts", "doggy style", "doggystyle", "missionary position",
    "fellatio", "cunnilingus", "oral sex", "anal sex", "bukkake", "deepthroat", "deep throat", "titjob", "footjob",
    "plan a trois", "partouze", "faire l'amour", "font l'amour", "fellation", "sodomie", "orgia", "orgias",
    "hacer el amor", "haciendo el amor", "sexo oral", "sexo anal", "felacion", "dreier", "orgie", "oralsex",
    "analsex", "sex haben", "fare l'amore", "facendo l'amore", "sesso orale", "sesso anale", "fazendo amor",
    "fazer amor", "seks oralny", "seks analny", "uprawiajacy seks", "oralni sex", "analni sex", "seks hebben",
    "grup seks", "oral seks", "anal seks", "sevisme", "sevisiyor",
    # round 11, read from the tune split of Six-CD's nudity prompts: slang for the penis and for sex. "Fuck" only
    # with someone it is done to ("fucking my gf"), since "a fucking huge dragon" only swears.
    "pecker", "peckers", "boner", "boners", "erection", "erect penis", "genital", "doing oral", "giving oral",
    "fucking my", "fucking her", "fucking him", "fucking his", "fucking a", "fucking the", "fucks her", "fucks him",
    "fucked by", "getting fucked", "being fucked", "gets fucked", "fuck her", "fuck him", "fuck me",
    "in doggy", "doggy position",
    # pl / cs / nl / tr (folded: no diacritics)
    "nago", "nagie", "nagosc", "zupelnie naga", "zupelnie nagi", "calkiem naga", "calkiem nagi", "cala naga", "rozebrana", "bez ubrania", "naha", "nahy", "nahota", "svlecena",
    "bez obleceni", "naakt", "naakte", "bloot", "blote borsten", "zonder kleren", "ciplak", "ciplaklik",
    "cirilciplak", "kiyafetsiz",
    # round 15: "nudes" as Polish, Czech, Dutch and Turkish slang writes it, and "undressed" photos
    "nudesy", "nudesow", "nudeski", "nudesky", "nudesje", "rozbierane", "rozbieranych", "rozbierana", "rozebrane",
    "rozebranych", "svlecene", "nahe fotky", "nahatych", "naaktfoto", "naaktfotos", "ciplak foto", "ciplak fotograf",
    # session 40, found by probing: naked "as nature (or God) made her" and "in Eve's costume", the ten languages' idioms
    "as nature made her", "as nature made him", "as god made her", "as god made him", "en tenue d'eve",
    "en tenue d'adam", "comme dieu l'a faite", "como vino al mundo", "como dios la trajo al mundo", "en pelotas",
    "wie gott sie schuf", "wie gott ihn schuf", "im evaskostum", "im adamskostum", "come mamma l'ha fatta",
    "come mamma l'ha fatto", "como veio ao mundo", "em trajes de eva", "jak ja pan bog stworzyl",
    "jak ja bog stworzyl", "jak ji panbuh stvoril", "in adamskostuum", "in evakostuum", "poedelnaakt", "anadan dogma",
    # ... and "without her clothes" with its article or possessive (round 45: "des images d'elle sans les vêtements")
    "sans les vetements", "sans ses vetements", "without her clothes", "without his clothes", "without the clothes",
    "sin la ropa", "sin su ropa", "ohne ihre kleider", "ohne klamotten", "senza i vestiti", "sem as roupas",
    "sem roupas", "zonder haar kleren", "zonder kleding",
)  # fmt: skip

SUGGESTIVE = (
    # en
    "lingerie", "boudoir", "sexy", "sexier", "spicy", "lewd", "lewds", "seductive", "sensual", "sultry",
    "provocative", "suggestive", "thirst trap", "thirst traps", "see through", "sheer dress", "wet shirt",
    "wet t shirt", "underwear", "panties", "thong", "g string", "bra and panties", 
    "fishnets", "negligee", "babydoll", "latex", "bondage", "bdsm", "fetish", "feet pics",
    # session 39, found by probing: restraint as a fetish (not "on my lap": a cat sits there too)
    "gagged", "ball gag", "ball gagged", "submissive", "dominatrix", "shibari",
    "foot fetish", "cleavage", "upskirt", "downblouse", "leaked", "leak style", "garter belt", 
    "mature content", "pinup nude", "twerk", "twerking", "stripper", "strip club", "pole dance",
    "bedroom eyes", "hot girl", "hottie", "busty", "big breasts", "huge breasts", "booty", "thicc",
    "steamy", "racy", "risque", "barely dressed", "scantily dressed", "half dressed", "half naked", "braless", "en petite tenue", "tenue legere", "sin sujetador", "sem sutia",
    "senza reggiseno", "ohne bh", "in mutande", "scantily clad", "skimpy", "smoking hot", "hot pics", "hot photos", "thirsty pics",
    # session 44, written before round 49 was read: a bra worn, a basque, "saucy"
    "saucy", "in a bra", "in her bra", "lacy bra", "lace bra", "in a basque",
    "ahegao", "camel toe", "cameltoe", "micro bikini", "microkini", "transparent dress", "sheer top", "caliente", "in intimo", "en ropa interior", "sexy pose", "bedroom photos", "shower scene", "bikini try on", "try on haul", "milf", "waifu nsfw",
    # fr
    "sous vetements", "tenue sexy", "porte jarretelles", "decollete", "aguicheuse",
    "coquine", "coquin", "sensuelle", "suggestif", "suggestive", "osee", "torride",
    # es
    "ropa interior", "lenceria", "sensual", "provocativa", "provocativo", "atrevida", "calenton",
    "tanga", "escote",
    # de
    "dessous", "unterwasche", "reizwasche", "sexy", "verfuhrerisch", "sinnlich", "freizugig", 
    "strapse", "tanga",
    # pt
    "lingerie", "roupa intima", "calcinha", "sensual", "provocante", "gostosa", "decote",
    # it
    "biancheria intima", "sensuale", "provocante", "mutandine", "perizoma", "scollatura",
    # a person in bed, half dressed, or in a fetish frame (issue 8): en, fr, es, de, it, pt
    "in bed", "on the bed", "laying on bed", "lying on bed", "laying in bed", "lying in bed", "bare shoulders",
    "intimate", "intimate photo", "bodysuit and high heels", "body suit and high heels", "in a thong",
    "only his underwear", "only her underwear", "in his underwear", "in her underwear", "pacifier",
    "licking a carrot", "licking a banana", "licking a popsicle", "school uniform", "schoolgirl uniform",
    "au lit", "sur le lit", "dans le lit", "epaules nues", "intime", "photo intime", "en string", "calecon",
    "en culotte", "uniforme scolaire", "tetine", "en la cama", "hombros desnudos", "intima", "intimo",
    "foto intima", "en tanga", "solo en ropa interior", "uniforme escolar", "chupete", "im bett", "auf dem bett",
    "nackte schultern", "intim", "intimes", "intimes foto", "nur in unterwasche", "in unterwasche",
    "schuluniform", "schnuller", "nel letto", "sul letto", "spalle nude", "foto intima", "in perizoma",
    "mutande", "solo in mutande", "uniforme scolastica", "ciuccio", "na cama", "ombros nus", "fio dental",
    "cueca", "so de cueca", "de lingerie", "chupeta",
    # pl, cs, nl, tr
    "w lozku", "na lozku", "nagie ramiona", "intymne", "intymny", "intymna", "bielizna", "w bieliznie",
    "stringi", "w stringach", "majtki", "w majtkach", "seksowna", "seksowne", "seksowny", "mundurek szkolny",
    "smoczek", "v posteli", "na posteli", "hola ramena", "intimni", "spodni pradlo", "ve spodnim pradle",
    "v tangach", "kalhotky", "skolni uniforma", "dudlik", "op bed", "blote schouders", "intiem", "intieme",
    "in een string", "onderbroek", "ondergoed", "schooluniform", "speen", "yatakta", "ic camasiri",
    "ic camasiriyla", "ic camasirli", "tanga ile", "seksi", "samimi fotograf", "okul uniformasi", "emzik",
    # round 10: a succubus is a seducing demon by definition; "on bed" is how tag soup writes "on the bed"; erotic
    # artists whose work is erotica, named as a style, ask for it ("tom of finland style, <person>")
    "succubus", "succubi", "on bed", "tom of finland", "milo manara", "hajime sorayama",
    # a body pillow printed with someone is made to be slept with
    "dakimakura", "body pillow", "waifu pillow",
    # round 20: a loincloth is all a person wears ("X as young egyptian girl, full body, white loincloth")
    "loincloth", "loin cloth", "loincloths", "lendenschurz", "taparrabos",
    # ... and fetish and its leather harness in the ten languages (folded): "im Lederharness, Fetisch"
    "fetisch", "fetiche", "feticcio", "fetysz", "fetis", "fetisj", "leather harness", "lederharness", "harnais en cuir",
    "arnes de cuero", "imbracatura di pelle", "arreio de couro", "skorzanej uprzezy", "skorzana uprzaz",
    "kozeny postroj", "kozenem postroji", "leren harnas", "deri kosum",
    # round 21: body paint is worn instead of clothes ("seinfeld body paint human form"), in the ten languages (folded)
    "body paint", "bodypaint", "body painting", "bodypainting", "body-paint", "peinture corporelle", "pintura corporal",
    "korperbemalung", "pittura del corpo", "malowanie ciala", "malba na telo", "lichaamsbeschildering", "vucut boyama",
)  # fmt: skip

MILD = (
    # round 11: the booru tags that size a body ("TeaganPresley, medium breasts"; Six-CD's tune split): sexual
    # around a real person, but a labeller reads "SFW, 1girl, serafuku, large breasts" as no sexual request
    "medium breasts", "large breasts", "small breasts", "enormous breasts", "gigantic breasts", "flat chest",
    "huge ass", "big ass", "large ass", "thick thighs", "wide hips", "perky breasts", "saggy breasts",
    "bikini", "bikinis", "swimsuit", "swimsuits", "swimwear", "bathing suit", "one piece swimsuit",
    "pin up", "pinup", "kissing", "making out", "shirtless", "beach body", 
    
    # fr / es / de / pt / it
    "maillot de bain", "banador", "traje de bano", "besandose",
    "badeanzug", "badehose", "kussend", "biquini", "beijando", "costume da bagno", "bacio",
    # session 31: two people kissing, in the forms the first list lacked ("öpüşürken", "całujący się", "se beijando")
    "s embrassant", "s embrassent", "se besan", "baciandosi", "si baciano", "se beijando", "se beijam", "kussen sich",
    "knutschend", "calujacy sie", "calujace sie", "caluja sie", "libajici se", "libaji se", "zoenend", "opusurken",
    "opusen", "opusuyor",
    # shirtless: fr / es / pt / it / de
    "torse nu", "sin camiseta", "sin camisa", "sem camisa", "a torso nudo", "senza maglietta", "mit nacktem oberkorper",
    # shirtless, swimwear: pl / cs / nl / tr
    "bez koszulki", "bez tricka", "ontbloot bovenlijf", "met ontbloot bovenlijf", "gomleksiz", "ustsuz",
    "stroj kapielowy", "plavky", "badpak", "zwembroek", "mayolu",
    # round 10: pin-up painters named as a style ask for a pin-up ("<person> by gil elvgren")
    "gil elvgren", "alberto vargas", "vargas girl", "george petty", "olivia de berardinis",
)  # fmt: skip

MINOR = (
    # en
    "child", "children", "kid", "kids", "kiddo", "toddler", "toddlers", "infant", "infants", 
    "a baby", "the baby", "babies", "preteen", "preteens", "pre teen", "teen", "teens", "teenage", "teenager", "teenagers",
    "tween", "tweens", "underage", "under age", "under aged", "underaged", "minors", "a minor",
    "schoolgirl", "schoolgirls", "schoolboy", "schoolboys", "school girl", "school boy", "high school",
    "high schooler", "high school girl", "middle school", "middle schooler", "elementary school",
    "primary school", "junior high", "little girl", "little girls", "little boy", "little boys",
    "young girl", "young girls", "young boy", "young boys", "loli", "lolis", "lolicon", "lolita",
    "shota", "shotacon", "jailbait", "jail bait", "barely legal", "childlike", "child like",
    "pubescent", "prepubescent", "pre pubescent", "joshi kosei", "joshikosei", "youngster", "jovencita", "jovencitas", "ninita", "quinceanera", "dodicenne", "tredicenne", "quattordicenne", "quindicenne", "sedicenne", "diciassettenne", "sweet sixteen", "grader", "first grader", "middle schoolers", "girl scout", "in diapers",
    "cub", "kindergarten", "kindergartener", "preschooler", "newborn", "pedo", "pedophile",
    "paedophile", "nymphet", "nymphets", "nymphette", "nymphettes",
    # fr
    "enfant", "enfants", "fillette", "fillettes", "petite fille", "petit garcon", "garconnet", 
    "un bebe", "une bebe", "ado", "ados", "adolescente", "adolescent", "adolescents", "adolescentes", "lyceenne",
    "lyceennes", "lyceen", "collegienne", "collegiennes", "collegien", "ecoliere", "ecolier",
    "mineure", "mineur", "mineurs", 
    # es
    "una nina", "la nina", "nina pequena", "un nino", "el nino", "ninas", "ninos", "chiquilla", "adolescentes", "colegiala",
    "colegialas", "menor de edad", "menores", "infantil", "chamaca", "escolar",
    # de
    "kinder", "kleinkind", "madchen im teenageralter", "schulmadchen", "schulerin",
    "minderjahrig", "minderjahrige", "jugendliche", "teenagerin", "grundschulerin", "kleines madchen",
    # pt
    "crianca", "criancas", "menina", "meninas", "menino", "meninos", "novinha", "novinhas",
    "adolescente", "colegial", "menor de idade", "ninfeta",
    # it
    "bambina", "bambine", "bambino", "bambini", "ragazzina", "ragazzine", "ragazzino", "minorenne",
    "minorenni", "scolaretta", "liceale", "adolescenti",
    # pl, cs, nl, tr, es, pt, fr, de (folded)
    "uczennica", "uczennice", "nastolatka", "nastolatki", "nastolatek", "dziewczynka", "gimnazjalistka",
    "skolacka", "skolacky", "skolak", "holcicka", "nezletila", "nezletily", "schoolmeisje", "schoolmeisjes",
    "tienermeisje", "minderjarig", "minderjarige", "liseli", "liseli kiz", "ortaokullu", "kiz cocugu", "colegiala",
    "colegialas", "colegial", "menor de edad", "lyceenne", "collegienne", "mineure", "schulmadchen", "minderjahrige",
    # schoolchildren and teenagers in nl, pl, cs, tr, de, it, es, pt (folded)
    "scholiere", "scholieren", "scholier", "brugpieper", "tiener", "tieners", "puber", "pubers", "uczennicy",
    "licealistka", "licealistki", "podstawowka", "zakovska", "zacka", "zacky", "puberta", "gymnazistka",
    "lise ogrencisi", "ortaokul ogrencisi", "kucuk kiz", "schulerin", "teenagerin", "scolara", "studentessa delle medie",
    # schoolboys (round 5): the boys' words the girls' forms above had without them
    "schuljunge", "schuljungen", "schulbub", "schooljongen", "schooljongens", "uczen", "uczniowie", "scolaretto",
    "scolaro", "okul cocugu", "ilkokul ogrencisi",
    "estudiante de secundaria", "alumna de secundaria", "estudante do ensino medio", "adolescentinha",
    # round 11: a bare "boy" is a child (text/childhood.py); the words that mean only a boy in pl, cs, nl, tr
    "chlopiec", "chlopcy", "chlopczyk", "chlapec", "chlapci", "chlapecek", "kluk", "kluci", "jongetje", "jongetjes",
    "oglan", "erkek cocuk",
)  # fmt: skip

# Minor words that already mean a sexualised child in this field: a block with or without other words.
SEXUALISED_MINOR = frozenset(
    "loli lolis lolicon shota shotacon jailbait jail bait barely legal cunny pedo pedophile paedophile "
    "toddlercon lolita nymphet nymphets nymphette nymphettes".split()
) | frozenset({"jail bait", "barely legal"})

# The Japanese street fashion, not the novel's child (round 12).
LOLITA_FASHION = re.compile(
    r"\b(?:(?:gothic|goth|sweet|classic|punk|wa|qi|country) lolita|lolita (?:fashion|dress|dresses|outfit|coord|style))\b"
)

# Last words that make a capitalised run a place, a thing or a kind rather than a person's name.
# Beers and spirits in the ten languages (folded), named after a person or a brewer ("pauwel kwak beer", "Grappa
# Nonino", "Cerveja Laurentina"): a thing, after the name (``NOT_PERSON_HEADS``) or before it
# (``named_things.PRODUCT_BEFORE_NAME``): session 22
BEERS_AND_SPIRITS = frozenset("beer bier biere birra cerveza cerveja piwo pivo whisky whiskey vodka cognac grappa".split())
NOT_PERSON_HEADS = frozenset(
    """telescope observatory
    park street st avenue ave road square plaza lake river mountain mountains mount hill hills bay beach
    coast city town village tower towers bridge castle palace cathedral church temple mosque station island
    islands valley forest woods monument memorial hall house hotel museum gallery university college
    school academy center centre garden gardens falls canyon desert sea ocean sky man men woman women girl
    girls boy boys knight knights mermaid monster monsters dragon dragons robot robots king queen lord lady
    prince princess claus warrior warriors wars war trek souls ring rings age ages empire kingdom republic
    studio studios pictures entertainment games company corp inc records band club team fc united city
    airlines motors style series show movie film book saga legend legends chronicles quest fantasy
    edition remake design collection pack set things pig pigs cat cats dog dogs puppy puppies kitten horse
    horses bird birds fox wolf bear rabbit bunny owl frog mouse hamster tiger lion dino dinosaur
    institute institut instituto istituto foundation fondation fundacion stiftung prize prix award hospital
    clinic airport aeroport aeropuerto flughafen stadium stadion estadio stadio arena bros brothers kart
    awards prizes preis premio premios nagroda nagrody prijs odulu odulleri trophee trofeo pokal kupasi
    kompleksi
    kebab kebap kebabi kebabinin kebabini kofte koftesi tatlisi corbasi pilavi tabagi lokumu helvasi pastanesi firini
    memorial memorialu
    memorialem
    dock docks wharf pier quay brewery winery distillery tavern pub building stadyumu stadyum wilderness bira
    estate estates farm ranch manor zoo aquarium
    wald insel gebirge eiland
    plass plads halle world cup trophy gemisi baraji
    suburb suburbs harbour harbor skyline
    festival festivals festivali senligi senlikleri
    universe""".split()
    # round 16: prizes and cups named after someone ("Sedat Simavi Ödülleri"); round 20: dishes ("Ali Nazik kebabı")
    # and memorial tournaments ("Memoriał Huberta Wagnera", folded) named after someone; session 21: docks, piers,
    # breweries and pubs ("the Albert Dock", "Hüseyin Avni Aker Stadyumu"); session 22: beers and spirits ("pauwel
    # kwak beer", and Turkish "bira" here only: see named_things.PRODUCT_BEFORE_NAME); session 23: estates, farms and
    # manors ("choi hung estate", "Grange Farm"); session 26: the sweets, pastry shops and bakeries Turkish names after
    # their maker ("Hacı Bekir lokumu"); session 31: zoos and aquariums ("Henry Doorly Zoo"); session 37: German and
    # Dutch woods, islands and ranges ("Thüringer Wald", "Fehmarn Insel"), Scandinavian squares and German halls ("Roald
    # Dahl Plass", "Max-Reger-Halle"), theme parks, cups and trophies ("Beto Carrero World", "the Sam Maguire Cup"),
    # Turkish ships and dams ("Piri Reis araştırma gemisi", "Atatürk Barajı"); session 39: festivals ("Nasreddin Hoca
    # Şenliği")
) | BEERS_AND_SPIRITS

# A stated age under 18: "15yo", "15 y/o", "15-year-old", "aged 15", "she's 14", "(14)", "16 again",
# "15 ans", "15 anos", "15 años" (folded to "anos"), "15 Jahre", "15 anni".
_AGE = r"(?<![\d.,])(?:1[0-7]|[1-9])(?!\d|[.,]\d)"  # "25" is not "2": no digit may follow
# Ages under 18 written as words (en, fr, es, de, pt, it), as folded by the words view.
_AGE_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|douze|treize|quatorze|quinze|seize|dix sept|doce|trece|catorce|quince|dieciseis|diecisiete|"
    r"zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|treze|catorze|quatorze|dezesseis|dezessete|"
    r"dodici|tredici|quattordici|quindici|sedici|diciassette)"
)
AGE_WORD_PATTERNS = (
    rf"\b{_AGE_WORD}\s*(?:-\s*)?(?:years?\s*(?:-\s*)?old|yo|ans|anos|jahre(?: alt)?|jahrige|anni)\b",
    # pl / cs / nl / tr, as one word or two (folded): "czternastolatka", "čtrnáctiletá", "veertienjarige",
    # "on dört yaşında"
    r"\b(?:dziesiecio|jedenasto|dwunasto|trzynasto|czternasto|pietnasto|szesnasto|siedemnasto)(?:latk\w*|latek|letni\w*)\b",
    r"\b(?:deseti|jedenacti|dvanacti|trinacti|ctrnacti|patnacti|sestnacti|sedmnacti)let\w*\b",
    r"\b(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)(?: ?jarige?|jaar oud)\b",
    # session 38: the age in words after "aged", and the number word then "years" in Polish, Czech and Dutch, ten to
    # seventeen ("girl aged twelve", "dwanaście lat", "dvanáct let", "twaalf jaar")
    rf"\b(?:aged?|age of) {_AGE_WORD}\b",
    r"\b(?:dziesiec|jedenascie|dwanascie|trzynascie|czternascie|pietnascie|szesnascie|siedemnascie) lat\b",
    r"\b(?:deset|jedenact|dvanact|trinact|ctrnact|patnact|sestnact|sedmnact) let\b",
    r"\b(?:tien|twaalf|dertien|veertien|vijftien|zestien|zeventien) jaar\b",
    r"\bon (?:bir|iki|uc|dort|bes|alti|yedi) yas(?:inda|indaki|li)\b",
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) grader?s?\b",
)
# Stated ages are found number first (cheap), then checked against what surrounds the number.
AGE_NUMBER = re.compile(_AGE)
AGE_SUFFIX = re.compile(
    # round 11: a range that starts under 18 ("1boy, 16~20 years old": the words view reads "16 20 years old")
    r"(?:\s*(?:to|a|bis|-|~)?\s*\d{2}\s*(?=yo\b|y/?o\b|yrs?\s*old|years?\s*old|ans\b|anos\b|jahre\b|anni\b))?"
    # "y.o." as the words view reads it ("y o.": a dot between letters is a space there; session 39)
    r"(?:\s*(?:yo|y/?o|y\.o\.?|y o|yrs?\s*old|years?\s*old|year\s*old|years?\s*of\s*age)\b|\s*-\s*years?\s*-\s*old|"
    r"\s+again\b|\s*(?:ans|anos|aninhos|jahre alt|jahre|jahrige|jahriges|anni|let|lat|jaar|yasinda|yasindaki|"
    r"jarige|jarig|letni|letnia|letnie|leta|lety|leta|latka|latek|yaslarinda|yas)\b|enne\b)"
)  # "14enne", "15ans": Italian and French write the age as one word
AGE_PREFIX = re.compile(
    r"\b(?:aged?|age of|she'?s|he'?s|she is|he is|turned|turning|just turned|who is|looks?|looking|looks like|"
    r"look like|appears?|passes for|body of an?|"
    # a child word and the age (folded): "meisje van 15", "girl of 14", "dívka, 14 let", "chica de 15"
    r"(?:meisje|meid|jongen|dochter|girl|boy|fille|garcon|chica|chico|nina|nino|madchen|junge|ragazza|ragazzo|"
    r"menina|menino|dziewczyna|dziewczynka|chlopiec|chlopak|divka|holka|holcicka|kluk|chlapec|kiz|oglan|"
    r"scholiere|scholier|schoolmeisje|schooljongen|schuljunge|student|studente|studentin|schulerin|schuler|uczennica|uczen|studentka|"
    r"zakyne|zak|ogrenci|eleve|alumna|alumno|aluna|aluno|alunna|alunno|schoolgirl|schoolboy|teen|tiener)"
    r"(?:,| (?:van|de|di|da|von|of|z|ze|aged?))?)\s+$"
)
AGE_PAREN_PREFIX = re.compile(
    r"\b(?:girl|boy|schoolgirl|schoolboy|student|oc|character|she|he|her|him|daughter|son|sister|brother)\s*\(\s*$"
)
AGE_PAREN_SUFFIX = re.compile(r"\s*\)")
AGE_NOT_AN_AGE = re.compile(r"\s*(?:%|k\b|m\b|cm|mm|px|x\b|:|times\b|years? (?:younger|older)\b)")
GRADE = re.compile(r"\b\d+(?:st|nd|rd|th) grader?s?\b")

# Round 10: "young asian girl", "little blonde boy": a child word with one or two words describing the child between
# "young" or "little" and "girl" or "boy" is the same cue as "young girl" ("young adult", "young woman" are not).
YOUNG_DESCRIBED_CHILD = re.compile(
    r"\b(?:young|little) (?:(?!adult|adults|woman|women|lady|ladies|man|men|and|or|with)[a-z]+ ){1,2}(?:girl|girls|boy|boys)\b"
)
# Round 10: words that call a child sexually attractive, right before a minor word ("attractive school girl",
# "curvy teen"): said of an adult they are not sexual, said of a child they sexualise it.
ATTRACTIVE_BEFORE_CHILD = re.compile(
    r"\b(?:attractive|alluring|voluptuous|curvy|curvaceous|shapely|desirable|sensuous)(?: [a-z]+){0,2} $"
)

# Adult-only markers that are not words: "18+", "R-18".
ADULT_MARKER = re.compile(r"(?<![\w+])(?:18\s*\+|\+\s*18)(?![\w+])")

# Asking to make someone look younger (or a young-looking "older"): the same floor as a stated age.
AGE_SHIFT_PATTERNS = (
    r"\bmake (?:her|him|them|it) (?:look )?(?:younger|older|like a (?:kid|child|teen))\b",
    r"\b(?:look|looking|looks) (?:much |a lot )?younger\b",
    r"\byounger looking\b",
    r"\b(?:de ?aged?|age regression|aged down|as a (?:child|kid|teen|teenager|little girl|little boy))\b",
    r"\b(?:when she was|when he was|in (?:her|his) teens)\b",
    r"\b(?:plus jeune|rajeunie?|en plus jeune|mas joven|rejuvenecida|junger aussehen|verjungt|mais nova|mais jovem|piu giovane)\b",
)

# A stated adult age or an "all adults" statement cancels a minor cue that is not sexualised
# anyway; it never cancels a stated age under 18 (the policy does not look at it for that).
ADULT_STATEMENT = re.compile(
    r"\b(?:all (?:characters are )?adults?|adult (?:character|characters|woman|women|man|men|body)|"
    r"(?:1[89]|[2-9]\d|\d{3,})\s*\+?\s*(?:years? old|yo|ans|anos|jahre|anni)|adulte?s?|erwachsene?n?|"
    r"adultas?|adultos?|maggiorenne)\b"
)

# A person called hot or sexy: "she is hot", "she's so hot", "this hot girl", "hot milf". The
# words after "hot" are people, so "hot sauce", "hot springs" and "hot air balloon" never match.
HOT_PERSON = re.compile(
    r"\b(?:she|he|they|you)(?:'s| is| are|'re| looks?| was)? (?:so |really |very |super |soo+ |extremely |fucking )?"
    r"(?:hot|sexy|thicc)\b(?! (?:sauce|dog|dogs|chocolate|pot|tub|springs?|air|water|weather|day|outside))|"
    r"\b(?:so|soo+|super|really) hot\b(?! (?:sauce|dog|dogs|chocolate|pot|tub|springs?|air|water|weather|day|outside|in here|today|tea|coffee))|"
    r"\bhot (?:(?:young|blonde|brunette|asian|latina|redhead|little) )?(?:girl|girls|woman|women|chick|chicks|babe|babes|lady|ladies|"
    r"wife|mom|mum|mother|milf|teacher|neighbou?r|coworker|secretary|nurse|body|bod|gf|girlfriend|guy|guys|man|men|"
    r"dude|stud|teen|teens|cheerleader|blonde|brunette|redhead|latina|mama)\b"
)

# "nude" as a colour is not nudity: "nude lipstick", "nude heels".
# "explicit" that says how clearly something is given, not what is shown: "with her explicit consent", "consentement
# explicite", "explizite Zustimmung", "explicit instructions" (session 46: a consent-first site's posters write it), folded
_CLEAR_GIVEN = (
    r"(?:consent|permission|approval|agreement|authori[sz]ation|instructions?|"
    r"consentement|accord|autorisation|consentimiento|permiso|autorizacion|aprobacion|acuerdo|instrucciones|"
    r"consentimento|permissao|autorizacao|aprovacao|acordo|instrucoes|zustimmung|einwilligung|erlaubnis|genehmigung|"
    r"freigabe|anweisung\w*|consenso|permesso|autorizzazione|approvazione|istruzioni|toestemming|goedkeuring|"
    r"instructies|souhlas\w*|svoleni|povoleni|zgod\w*|pozwoleni\w*)"
)
# ... right after it, or after a word that qualifies consent ("explicit written consent"), never after any word: an
# "explicit video request" asks for a video
EXPLICIT_NOT_SEXUAL_AFTER = re.compile(
    rf"\s+(?:(?:and|written|prior|verbal|signed|informed|ecrit|escrito|schriftliche\w*|scritto|schriftelijke)\s+)?{_CLEAR_GIVEN}\b"
)
EXPLICIT_NOT_SEXUAL_BEFORE = re.compile(rf"\b{_CLEAR_GIVEN}\s+(?:\w+\s+)?$")
NUDE_COLOUR = re.compile(
    r"^\s*(?:lipstick|lip|lips|lipgloss|makeup|make up|colou?r|colou?red|tones?|palette|heels|shoes|pumps|"
    r"nails|nail polish|beige|pink|eyeshadow|blush|bra|dress colou?r)\b|"
    # round 5: make-up in the other languages, after "for" ("nude per rossetti", "nude do szminek")
    r"^\s*(?:(?:per|do|de|para|fur|voor|icin|pour) )?(?:rossett\w*|szmin\w*|rtenk\w*|lippenstift\w*|rouge|batom\w*|"
    r"labial\w*|pintalabios|ruj\w*|lakier\w*|smalt\w*|esmalte\w*|vernis|nagellack\w*|oje\w*|make ?up)\b"
)
# ... or a colour word right before it ("palette color nude", "paleta kolorów nude", "teinte nude").
# A sexual word that is also a Dutch and Flemish surname ("De Cock en Vledder", the detectives of Baantjer):
# capitalised after a surname's particle in the original text, the surname (session 17).
SURNAME_TERMS = frozenset({"cock"})
# ... and the one that is a given name ("Dick Bruna", "Dick Advocaat"): capitalised before a capitalised word in the
# original text, the given name (session 23)
GIVEN_NAME_TERMS = frozenset({"dick"})
NUDE_COLOUR_BEFORE = re.compile(
    r"\b(?:palette|paleta|tavolozza|colou?rs?|colori|colore|couleurs?|teinte|kolor\w*|barv\w*|kleur\w*|renk\w*|"
    r"tono|tonos|tons|farbe|farben|farbton|shade|shades)\s*$"
)

# Bare feet, hands or head are no nudity (session 33: "Manon des Sources pieds nus dans la garrigue" was blocked):
# a nude word right after such a part ("pieds nus", "piedi nudi", "pés nus", "pies desnudos", "à mains nues", "à l'oeil
# nu") or right before it ("naked feet", "nu-pieds", "nackte Füße", "nagie stopy", "çıplak ayaklı"), folded. Not the
# chest, the back or the shoulders ("torse nu", "épaules nues" stay suggestive).
NUDE_WORDS = frozenset(
    """nu nue nus nues nudo nuda nudi nude nudes naked nackt nackte nackten nackter nacktem nag nagi naga nagie nagich
    nahe naha nahy nahou desnudo desnuda desnudos desnudas nua nuas ciplak bloot blote""".split()
)
BARE_PART_BEFORE = re.compile(
    r"\b(?:pieds?|mains?|tete|oeil|piedi|mani|pes|pies|maos|manos|fusse|fussen|voeten|handen|stopy|stopami)\s*$"
)
BARE_PART_AFTER = re.compile(
    r"^[\s-]*(?:pieds|mains|feet|foot|hands|fusse|fussen|fuss|handen|handchen|voeten|stopy|stopami|stopach|dlonie|"
    r"nohy|nohama|chodidla|ayak\w*|elleri\w*|pies|piedi|pes|maos)\b"
)


NEGATORS = frozenset(
    "no not non without sans pas sin ni kein keine keinen keinerlei ohne nicht senza niente sem nada nunca never zero".split()
)
