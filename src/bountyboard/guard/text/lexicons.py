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

EXPLICIT = (
    # en
    "nude", "nudes", "naked", "nudity", "nsfw", "topless", "bottomless", "porn", "porno", "pornographic",
    "sex", "sex tape", "sextape", "sexual", "sexually explicit", "explicit", "xxx", "hentai", "ecchi",
    "genitals", "genitalia", "nipples", "nipple", "areola", "areolas", "pussy", "vagina", "penis", 
    "cock", "boobs", "tits", "titties", "cum", "cumshot", "creampie", "blowjob", "blow job", "handjob",
    "orgasm", "masturbating", "masturbation", "masturbate", "intercourse", "erotic", "erotica", "rule 34",
    "rule34", "r18", "r 18", "uncensored", "no clothes", "without clothes", "wearing nothing", "undressed",
    "undressing", "undress", "fully nude", "full frontal", "spread legs", "onlyfans leak", "nude leak",
    "nudify", "nudified", "deepnude", "hardcore", "sex scene", "bare breasts", "bare breast", "braless", "no bra", "pantyless", "r34", "oppai", "futanari", "futa", "yiff", "nip slip", "wardrobe malfunction", "nu integral", "nudi", "spogliarello", "erotik", "sexo explicito", "onlyfans", "fansly", "onlyfans content", "paywalled content",
    "manyvids", "chaturbate", "pornhub", "xvideos", "x rated", "rated x", "stripping", "striptease",
    "birthday suit", "in the buff", "au naturel", "nothing on", "clothes off", "implied nude", "implied nudity",
    # studios and magazines of nude photography: named as a style, they ask for their nudes ("X in the style
    # of mplstudios"); the magazines only with their word, since "playboy" and "penthouse" are also words
    "mplstudios", "metart", "met art", "suicidegirls", "suicide girls", "femjoy", "hegre art", "brazzers",
    "playboy magazine", "playboy cover", "playboy shoot", "playboy centerfold", "penthouse magazine", "penthouse pet",
    "hustler magazine",
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
    # session 15: the nude as a genre, where "nu" alone is too short a word to list ("nu metal")
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
)  # fmt: skip

SUGGESTIVE = (
    # en
    "lingerie", "boudoir", "sexy", "sexier", "spicy", "lewd", "lewds", "seductive", "sensual", "sultry",
    "provocative", "suggestive", "thirst trap", "thirst traps", "see through", "sheer dress", "wet shirt",
    "wet t shirt", "underwear", "panties", "thong", "g string", "bra and panties", 
    "fishnets", "negligee", "babydoll", "latex", "bondage", "bdsm", "fetish", "feet pics",
    "foot fetish", "cleavage", "upskirt", "downblouse", "leaked", "leak style", "garter belt", 
    "mature content", "pinup nude", "twerk", "twerking", "stripper", "strip club", "pole dance",
    "bedroom eyes", "hot girl", "hottie", "busty", "big breasts", "huge breasts", "booty", "thicc",
    "steamy", "racy", "risque", "barely dressed", "scantily dressed", "half dressed", "half naked", "braless", "en petite tenue", "tenue legere", "sin sujetador", "sem sutia",
    "senza reggiseno", "ohne bh", "in mutande", "scantily clad", "skimpy", "smoking hot", "hot pics", "hot photos", "thirsty pics",
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
    # session 15: a loincloth is all a person wears ("X as young egyptian girl, full body, white loincloth")
    "loincloth", "loin cloth", "loincloths", "lendenschurz", "taparrabos",
    # ... and fetish and its leather harness in the ten languages (folded): "im Lederharness, Fetisch"
    "fetisch", "fetiche", "feticcio", "fetysz", "fetis", "fetisj", "leather harness", "lederharness", "harnais en cuir",
    "arnes de cuero", "imbracatura di pelle", "arreio de couro", "skorzanej uprzezy", "skorzana uprzaz",
    "kozeny postroj", "kozenem postroji", "leren harnas", "deri kosum",
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
NOT_PERSON_HEADS = frozenset(
    """park street st avenue ave road square plaza lake river mountain mountains mount hill hills bay beach
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
    kebab kebap kebabi kebabinin kebabini kofte koftesi tatlisi corbasi pilavi tabagi memorial memorialu
    memorialem""".split()  # round 16: prizes and cups named after someone ("Sedat Simavi Ödülleri"); round 20: dishes
    # ("Ali Nazik kebabı") and memorial tournaments ("Memoriał Huberta Wagnera", folded) named after someone
)

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
    r"\bon (?:bir|iki|uc|dort|bes|alti|yedi) yas(?:inda|indaki|li)\b",
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) grader?s?\b",
)
# Stated ages are found number first (cheap), then checked against what surrounds the number.
AGE_NUMBER = re.compile(_AGE)
AGE_SUFFIX = re.compile(
    # round 11: a range that starts under 18 ("1boy, 16~20 years old": the words view reads "16 20 years old")
    r"(?:\s*(?:to|a|bis|-|~)?\s*\d{2}\s*(?=yo\b|y/?o\b|yrs?\s*old|years?\s*old|ans\b|anos\b|jahre\b|anni\b))?"
    r"(?:\s*(?:yo|y/?o|y\.o\.?|yrs?\s*old|years?\s*old|year\s*old|years?\s*of\s*age)\b|\s*-\s*years?\s*-\s*old|"
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
NUDE_COLOUR = re.compile(
    r"^\s*(?:lipstick|lip|lips|lipgloss|makeup|make up|colou?r|colou?red|tones?|palette|heels|shoes|pumps|"
    r"nails|nail polish|beige|pink|eyeshadow|blush|bra|dress colou?r)\b|"
    # round 5: make-up in the other languages, after "for" ("nude per rossetti", "nude do szminek")
    r"^\s*(?:(?:per|do|de|para|fur|voor|icin|pour) )?(?:rossett\w*|szmin\w*|rtenk\w*|lippenstift\w*|rouge|batom\w*|"
    r"labial\w*|pintalabios|ruj\w*|lakier\w*|smalt\w*|esmalte\w*|vernis|nagellack\w*|oje\w*|make ?up)\b"
)
# ... or a colour word right before it ("palette color nude", "paleta kolorów nude", "teinte nude").
NUDE_COLOUR_BEFORE = re.compile(
    r"\b(?:palette|paleta|tavolozza|colou?rs?|colori|colore|couleurs?|teinte|kolor\w*|barv\w*|kleur\w*|renk\w*|"
    r"tono|tonos|tons|farbe|farben|farbton|shade|shades)\s*$"
)

NEGATORS = frozenset(
    "no not non without sans pas sin ni kein keine keinen keinerlei ohne nicht senza niente sem nada nunca never zero".split()
)

# Relations that name a private person when they are the subject of the request.
PRIVATE_RELATIONS: tuple[str, ...] = (
    # en: matched after "my" / "our" / "my friend's"
    r"\b(?:my|our|my friend'?s|my best friend'?s|a friend'?s) (?:(?:ex|former|current|new|old|hot|cute|married|step|late|dear|"
    r"beloved|deceased|dead|little|big|older|younger|elder|baby|twin|great|great great|sweet|pretty|sexy|beautiful|"
    r"favou?rite|real life|irl|own|"
    # round 17: "my old math teacher", "my high school english teacher"
    r"math|maths|english|history|science|art|music|piano|guitar|french|spanish|german|gym|chemistry|physics|"
    r"biology|dance|yoga|driving|swimming|high school|middle school|primary school|school) ){0,2}"
    r"(?:wife|husband|girlfriend|boyfriend|gf|bf|ex|ex wife|ex girlfriend|ex husband|fiancee?|spouse|"
    r"coworker|co worker|colleague|coworkers|colleagues|boss|manager|secretary|employee|intern|"
    r"neighbou?r|neighbou?rs|roommate|flatmate|housemate|landlady|classmate|classmates|teacher|"
    r"professor|tutor|babysitter|nanny|student|students|stepsister|step sister|stepmom|stepmother|"
    r"stepdaughter|sister|sister in law|sisters|brother|daughter|son|mom|mum|mother|mother in law|"
    r"dad|father|aunt|niece|nephew|cousin|grandma|grandmother|granny|grandpa|grandfather|crush|friend|"
    r"best friend|bff|friends|gym crush|barista|waitress|nurse|doctor|therapist|pastor|ex partner|partner|"
    r"kid|kids|children|child|baby|family|parents|grandparents|granddaughter|grandson|stepson|in laws|"
    r"wife and kids|girlfriends|neighbours? daughter|neighbors? daughter|landlord|father in law|brother in law|"
    r"daughter in law|son in law|in law|great grandmother|great grandma|grandad|granddad|grandpa|nana|nan|uncle|"
    r"stepdad|stepfather|stepbrother|step brother|half sister|girl|crush|ex wife|wifey|hubby|bestie|"
    r"pupil|pupils|trainer|coach|personal trainer|cleaner|maid|receptionist|assistant|cousins|nieces|aunts|"
    r"sisters in law|godmother|goddaughter|mistress|lover|tinder date|coworkers wife)\b",
    r"\b(?:a|an|this|that|some|the|random) (?:(?:cute|hot|pretty|young|blonde|brunette|new|sexy|beautiful) )?"
    r"(?:girl|woman|lady|guy|man|chick|milf|teen|student|barista|cashier|waitress|waiter|bartender|receptionist|"
    r"nurse|cheerleader|trainer|instructor|coach|lifeguard|librarian|clerk|teller|hostess|stewardess|mom|mother|"
    r"dad|cleaner|maid|tutor|girl next door|lady next door|woman next door) "
    # Round 10: who works or lives somewhere, or comes from a place of the poster's life, is someone they know;
    # "in the kitchen", "at the window", "on the beach" only set a scene ("photo of a woman in the kitchen").
    r"(?:(?:(?:who|that) (?:works?|lives?|studies|teaches|trains) (?:at |in |on |near |next door)?|working (?:at |in )?)\s?"
    r"(?:my|our|the|work|school|class|church)|"
    r"(?:from|at|in|on|near)\s?(?:my|our|"
    r"work|school|class|the office|church|instagram|insta|ig|tiktok|facebook|snapchat|tinder|bumble|hinge|"
    r"the gym)|"
    r"from (?:the bus|the train|the subway|the street|the beach|the bar|the club))\b"
    r"(?! (?:painting|movie|film|book|game|anime|show|series|ad|commercial|video))",
    r"\b(?:mes|nos) (?:enfants|parents|filles|fils|soeurs|collegues|voisines|amies)\b|\bma famille\b|\bmon bebe\b",
    r"\b(?:mis|nuestros) (?:hijos|hijas|padres|hermanas|companeras|vecinas|amigas)\b|\bmi familia\b",
    r"\b(?:meine|unsere) (?:kinder|familie|eltern|tochter|tochter|schwestern|kolleginnen|nachbarinnen)\b",
    r"\b(?:meus|minhas) (?:filhos|filhas|pais|irmas|colegas|vizinhas|amigas)\b|\bminha familia\b",
    r"\b(?:i miei|le mie) (?:figli|figlie|genitori|sorelle|colleghe|vicine|amiche)\b|\bla mia famiglia\b",
    r"\b(?:(?:a|an|the|this|that|some) )?(?:girl|woman|lady|guy|man|someone|somebody|person|chick) (?:that |who )?i "
    r"(?:know|knew|met|work with|saw|see|"
    r"follow|like|fancy|have a crush on|am crushing on|dated|used to date|matched with|go to school with|"
    r"ride the (?:bus|train) with|stalk|watch|noticed)\b",
    # An indefinite colleague, classmate or flatmate is someone the poster knows: "a coworker of mine",
    # "une collègue", "eine Kollegin", "una compañera de trabajo".
    r"\b(?:a|one of my) (?:coworkers?|co workers?|colleagues?|classmates?|roommates?|flatmates?|neighbou?rs?)\b|"
    r"\b(?:coworker|colleague|classmate|roommate|neighbou?r|friend|ex) of mine\b|"
    r"\b(?:une|un) (?:collegue|camarade de classe|colocataire|voisine)\b|"
    r"\b(?:una|un) (?:companera|companero|compa) de (?:trabajo|clase|piso)\b|\buna vecina\b|"
    r"\b(?:eine|ein) (?:kollegin|kollege|arbeitskollegin|mitschulerin|mitbewohnerin|nachbarin)\b|"
    r"\b(?:uma|um) (?:colega de (?:trabalho|classe|quarto)|vizinha)\b|"
    r"\b(?:una|un) (?:collega|compagna di classe|coinquilina|vicina di casa)\b",
    r"\b(?:mes|nos) (?:grands? parents|grand meres|eleves|etudiantes|etudiants|cousines|cousins|freres|amis|copines|"
    r"copains|tantes|nieces|collegues de travail)\b",
    r"\b(?:mis|nuestr[oa]s) (?:alumn[oa]s|estudiantes|prim[oa]s|tias|sobrinas|companer[oa]s|vecin[oa]s|amig[oa]s|"
    r"abuel[oa]s)\b",
    r"\b(?:meus|minhas|nossos|nossas) (?:alun[oa]s|primas|primos|tias|sobrinhas|avos|vizinhos|amigos|colegas de trabalho)\b",
    r"\b(?:i miei|le mie|i nostri|le nostre) (?:nonni|alunn[ie]|studentesse|studenti|cugine|cugini|zie|nipoti|amici)\b",
    # An article, a relation and "of my": "la fille de mon voisin", "a vizinha do meu prédio".
    r"\b(?:la|le|el|a|o|il|die|der) (?:fille|fils|femme|soeur|mere|hija|hijo|esposa|mujer|hermana|madre|vizinha|vizinho|"
    r"filha|filho|mulher|irma|figlia|figlio|moglie|sorella|vicina|vecina|voisine|tochter|frau|schwester|nachbarin) "
    r"(?:de|du|del|do|da|di|della|dello|von) (?:mon|ma|mi|meu|minha|mio|mia|meinem|meiner|meines)\b",
    # pl / cs / nl / tr (folded): "moja sąsiadka", "moje bývalá přítelkyně", "mijn ex-vriendin",
    # "komşumun kızı" (Turkish says "my" with a suffix: karım, sevgilim, kız arkadaşım)
    r"\b(?:moja|moj|moje|mojej|mojego|nasza|nasz|naszej) (?:(?:byla|byly|stara|nowa|zmarla|kochana|sliczna|seksowna) )?"
    r"(?:zona|zony|maz|meza|dziewczyna|dziewczyny|chlopak|chlopaka|byla|byly|bylej|bylego|sasiadka|sasiadki|sasiad|sasiada|"
    r"kolezanka|kolezanki|kolega|kolegi|wspolpracowniczka|szefowa|siostra|siostry|corka|corki|syn|syna|mama|matka|"
    r"tesciowa|bratowa|kuzynka|ciocia|babcia|babci|nauczycielka|uczennica|studentka|przyjaciolka|przyjaciolki|"
    r"znajoma|narzeczona|dziewczyna z pracy|kolezanka z pracy)\b",
    r"\b(?:moje|moji|muj|meho|me|nase|nasi|nas) (?:(?:byvala|byvaly|byvale|stara|nova|zesnula|mila|sexy) )?"
    r"(?:zena|manzelka|manzelky|manzel|pritelkyne|pritelkyni|pritel|byvala|byvale|byvalou|byvaleho|sousedka|sousedku|soused|kolegyne|kolegyni|kolega|"
    r"sefova|sestra|sestru|dcera|dceru|syn|mama|mamu|matka|tchyne|sestrenice|teta|babicka|ucitelka|studentka|"
    r"kamaradka|kamarad|snoubenka|spoluzacka|spolubydlici)\b",
    r"\b(?:mijn|onze|m n|mn) (?:(?:ex|oude|nieuwe|overleden|lieve|mooie|sexy) )?"
    r"(?:vrouw|man|vriendin|vriend|ex|ex vriendin|exvriendin|ex vrouw|buurvrouw|buurman|buurmeisje|collega|baas|zus|"
    r"zusje|dochter|zoon|moeder|mama|schoonmoeder|nicht|tante|oma|lerares|leerling|studente|verloofde|klasgenote|"
    r"huisgenote|stiefzus|stiefdochter|schoonzus|vriendinnetje)\b",
    r"\b(?:komsum|komsumun (?:kizi|karisi|esi|oglu)|karim|esim|sevgilim|eski sevgilim|kiz arkadasim|erkek arkadasim|"
    r"is arkadasim|sinif arkadasim|ev arkadasim|patronum|mudurum|kiz kardesim|ablam|annem|kizim|kuzenim|teyzem|halam|"
    r"yengem|ogretmenim|nisanlim|baldizim|gelinim)(?:in|un|i|u|la|le|dan|den)?\b",
    # fr
    r"\b(?:ma|mon|notre) (?:(?:defunte?|feue?|chere?|regrettee?|petite|grande|jolie|belle|ancienne|nouvelle|ex) )?"
    r"(?:ex|femme|copine|petite amie|fiancee|epouse|voisine|voisin|collegue|cheffe|patronne|eleve|etudiante|stagiaire|"
    r"grand pere|papi|papy|belle fille|beau pere|demi frere|filleule|camarade de classe|copine de classe|"
    r"secretaire|prof|professeure|professeur|maitresse|institutrice|soeur|belle soeur|demi soeur|cousine|"
    r"tante|niece|mere|belle mere|fille|meilleure amie|amie|pote|coloc|colocataire|camarade|baby sitter|"
    r"nounou|grand mere|mamie|mari|copain|petit ami|frere|cousin|pere|fils|patron|chef|crush)\b",
    # es
    r"\b(?:mi|nuestra|nuestro) (?:(?:difunta|difunto|querida|querido|ex|vieja|nueva|hermosa|linda) )?"
    r"(?:esposa|mujer|novia|ex|vecina|vecino|companera|companero|companera de clase|alumna|alumno|estudiante|"
    r"entrenadora|abuelo|sobrina|nuera|madrastra|hermanastro|jefecita|"
    r"companera de trabajo|colega|jefa|jefe|profesora|profe|maestra|hermana|hermanastra|prima|tia|madre|"
    r"mama|hija|amiga|mejor amiga|abuela|cunada|suegra|ninera|marido|novio|hermano|primo|padre|hijo|amigo|"
    r"secretaria|crush)\b",
    # de
    # Every case of the possessive (meine, meiner, meinem...), an optional adjective ("meiner verstorbenen
    # Oma") and compounds that end in a relation ("Arbeitskollegin", "Ex-Freundin", "Nachbarstochter").
    r"\b(?:mein|meine|meiner|meinem|meinen|meines|unser|unsere|unserer|unserem|unseren|unseres) "
    r"(?:(?:ex|verstorbenen?|verstorbener|lieben?|lieber|neuen?|neuer|alten?|alter|kleinen?|kleiner|grossen?|grosser|"
    r"suss(?:en?|er)?|sexy|hubschen?|hubscher|heissen?|heisser|ehemaligen?|ehemaliger|besten?|bester) )?"
    r"(?:ex|frau|mann|exfrau|exmann|ehefrau|ehemann|oma|omi|opa|chef|chefin|familie|eltern|kinder|crush|schatz|"
    r"\w*(?:freundin|freundinnen|freund|kollegin|kolleginnen|kollege|kollegen|nachbarin|nachbarinnen|nachbar|"
    r"nachbarn|schwester|schwestern|bruder|cousine|mutter|vater|tochter|sohn|tante|nichte|lehrerin|lehrer|"
    r"schulerin|schuler|schwagerin|schwager|mitbewohnerin|kameradin|sekretarin|babysitterin|trainerin|"
    r"grossmutter|grossvater|grosseltern|enkelin|praktikantin|azubine|verlobte|ehefrau|ehemann|partnerin))\b",
    # pt
    r"\b(?:minha|meu|nossa|nosso) (?:(?:falecida|falecido|querida|querido|ex|linda|antiga|nova) )?"
    r"(?:esposa|mulher|namorada|ex|vizinha|vizinho|colega|colega de trabalho|aluna|aluno|treinadora|enteada|nora|"
    r"afilhada|sobrinha|"
    r"colega de classe|chefe|professora|irma|meia irma|prima|mae|madrasta|filha|tia|amiga|melhor amiga|"
    r"avo|cunhada|sogra|baba|marido|namorado|irmao|primo|pai|filho|amigo|professor|crush)\b",
    # it
    r"\b(?:la mia|il mio|mia|mio|la nostra|il nostro) (?:(?:defunta|defunto|povera|povero|cara|caro|ex|vecchia|"
    r"nuova|bella) )?(?:moglie|ragazza|fidanzata|ex|vicina|vicino|collega|alunna|alunno|studentessa|allenatrice|"
    r"nipote|nuora|figliastra|madrina|"
    r"capa|capo|professoressa|prof|insegnante|maestra|sorella|sorellastra|cugina|madre|mamma|matrigna|"
    r"figlia|zia|amica|migliore amica|nonna|cognata|suocera|compagna di classe|compagna|marito|ragazzo|"
    r"fidanzato|fratello|cugino|padre|figlio|amico|nonno|segretaria|babysitter|crush)\b",
)

# Descriptions that single out one real person without naming them.
DESCRIBED_PERSON = (
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

# Cues that the request is built from photos of someone the poster knows, in any language.
PRIVATE_PHOTO_CUES: tuple[str, ...] = (
    r"\b(?:photos?|pics?|pictures?|images?|selfies?|snaps?) of (?:her|him|them) (?:are |is )?(?:attached|included|in the zip)\b",
    r"\b(?:i|we) (?:took|have taken|secretly took|snapped|got) (?:some |a few |\d+ )?(?:pics|photos|pictures|shots|videos?) of (?:her|him)\b",
    r"\b(?:she|he) (?:doesn'?t|does not|won'?t|will never|don'?t) (?:know|find out|need to know)\b",
    r"\bwithout (?:her|his|their) (?:knowing|knowledge|consent|permission)\b",
    r"\b(?:covert(?:ly)?|secretly|hidden camera|spy cam|creepshots?|candids? of (?:a|my|this))\b",
    r"\bpics? (?:from|off) (?:her|his) (?:insta|instagram|ig|facebook|fb|snap|snapchat|tiktok|socials?)\b",
    r"\b(?:from|off) (?:her|his) (?:private )?(?:insta|instagram|ig|facebook|fb|snapchat|socials?)\b",
    r"\b(?:photos?|images?) d'(?:elle|lui)\b",
    r"\b(?:a son insu|sans qu'(?:elle|il) le sache|elle ne (?:le )?sait pas|prises? (?:depuis|de|a) (?:mon|ma|la) (?:balcon|fenetre|voiture))\b",
    r"\b(?:fotos? de (?:ella|el)|de su (?:instagram|insta|facebook|ig)|sin que (?:ella |el )?(?:lo )?sepa)\b",
    r"\b(?:fotos? (?:von ihr|von ihm)|ohne dass sie es weiss|heimlich (?:fotografiert|aufgenommen))\b",
    r"\b(?:fotos? dela|fotos? dele|sem ela saber|foto di lei|foto di lui|senza che lei lo sappia)\b",
    r"\bwhen (?:she|he) (?:wasn'?t|was not|isn'?t|is not) (?:looking|paying attention|aware)\b|"
    r"\bwithout (?:her|him) (?:noticing|knowing|seeing)\b|\b(?:she|he) (?:has|had) no idea\b",
    r"\b(?:(?:que )?(?:eu )?tirei (?:umas |algumas )?fotos? dela|fotos? que (?:eu )?tirei dela|le saque (?:unas |algunas )?fotos|"
    r"fotos que le saque|le ho (?:fatto|scattato) (?:delle |alcune )?foto|foto che le ho (?:fatto|scattato)|"
    r"j'ai pris (?:des |quelques )?photos d'elle|ohne dass sie es merkt)\b",
)

# Photos taken of someone in secret, or of someone the poster serves or sees in a shop, in every language
# (folded): "hab heimlich Fotos gemacht", "ik heb stiekem foto's", "gizlice fotoğrafını çektim",
# "zrobiłem jej kilka zdjęć", "vyfotil jsem ji", "je l'ai prise en photo", "dalla foto che ti mando".
_COVERT = r"(?:heimlich|stiekem|gizlice|potajemnie|ukradkiem|tajne|potaji|en cachette|a escondidas|di nascosto|as escondidas|sin que se de cuenta)"
_PHOTO_STEM = r"(?:foto\w*|photo\w*|zdjec\w*|zdjecia|fotk\w*|vyfot\w*|fotograf\w*|pics?|pictures?|fotografie)"
PRIVATE_PHOTO_CUES += (
    rf"\b{_COVERT} (?:\w+ ){{0,3}}{_PHOTO_STEM}|\b{_PHOTO_STEM} (?:\w+ ){{0,3}}{_COVERT}\b",
    r"\b(?:zrobil(?:em|am) (?:jej|mu)|vyfotil(?:a)? jsem (?:ji|ho)|fotografoval(?:a)? jsem (?:ji|ho)|"
    r"je l'?ai (?:prise?|photographiee?) (?:en photo)?|ik heb (?:haar|hem) (?:gefotografeerd|op de foto gezet)|"
    r"fotografini (?:cektim|cekmistim)|(?:sie|ihn) (?:heimlich )?(?:fotografiert|geknipst)|"
    r"(?:dalla|dalle|nella) foto che ti (?:mando|mandero|ho mandato)|from the (?:photo|pics?|pictures?) i (?:send|sent|will send)|"
    r"(?:de la|las) fotos? que te (?:mando|envio|mande)|(?:da|das) fotos? que (?:te )?(?:mando|envio|mandei))\b",
)
# Someone the poster meets at a shop or in the street, named by a job and a place of theirs: "la boulangère de
# mon quartier", "die Kassiererin vom Edeka", "kasjerka z mojej Biedronki", "de caissière van mijn Albert
# Heijn", "prodavačka z naší večerky", "mahalledeki kasiyer kız" (folded).
_SHOP_JOBS = (
    r"(?:boulangere|caissiere|serveuse|vendeuse|coiffeuse|pharmacienne|factrice|barmaid|cajera|camarera|panadera|"
    r"dependienta|peluquera|kassiererin|verkauferin|kellnerin|friseurin|backerin|bedienung|cassiera|cameriera|"
    r"fornaia|commessa|parrucchiera|barista|caixa|garconete|padeira|vendedora|cabeleireira|atendente|kasjerka|"
    r"ekspedientka|kelnerka|fryzjerka|sprzedawczyni|pokojowka|prodavacka|pokladni|servirka|kadernice|caissiere|"
    r"kassamedewerkster|serveerster|kapster|verkoopster|cashier|waitress|barmaid|saleswoman)"
)
PRIVATE_RELATIONS += (
    rf"\b(?:la|le|el|a|o|die|der|de|the) {_SHOP_JOBS} (?:de|du|del|do|da|di|della|dello|vom|von der|von|aus dem|bei|van|"
    r"bij|from|at) (?:mon|ma|mi|meu|minha|mio|mia|meinem|meiner|unserem|unserer|mijn|onze|my|our|the|la|el|de|dem|der)\b",
    rf"\b{_SHOP_JOBS} z (?:mojej|mojego|naszej|naszego|moji|nasi|naseho|meho|me)\b",
    # Czech and Polish put the possessor after: "dcera mé sousedky", "córka mojej sąsiadki" (folded)
    r"\b(?:dcera|syn|zena|manzelka|sestra|pritelkyne|mama|corka|zona|siostra|dziewczyna|mama) "
    r"(?:me|meho|moji|mych|nasi|naseho|mojej|mojego|moich|naszej|naszego) (?:\w+ )?"
    r"(?:sousedky|souseda|kamaradky|kamarada|kolegyne|kolegy|sefa|sefove|sasiadki|sasiada|kolezanki|kolegi|"
    r"przyjaciolki|przyjaciela|szefa|szefowej)\b",
    r"\b(?:mahalledeki|sitedeki|marketteki|kafedeki|isyerimdeki|okuldaki) (?:\w+ )?(?:kiz|kadin|kasiyer|garson|tezgahtar)\b",
    # round 17: a colleague named by where the poster works with them, no possessive ("Kolega z práce", "koleżanka
    # z biura") (folded)
    r"\b(?:kolega|kolegyne|kolegyni|kolezanka|kolegi|sef|sefova|szef|szefowa|spoluzak|spoluzacka) z (?:prace|pracy|"
    r"kancelare|biura|uctarny|ksiegowosci|firmy|oddzialu|dilny|fabriky|fabryki)\b",
)
# Round 5 (decision 0025): someone from a shop the poster goes to, named by the place alone ("the girl from the
# bakery", "la chica de la panadería", "dziewczyna z piekarni", "köşedeki fırındaki kız"), a boss in Polish and
# Czech, and a relation of a relation without a possessive ("córka sąsiada", "dcera souseda") (folded).
_SHOPS_EN = r"(?:bakery|cafe|coffee shop|gym|shop|store|supermarket|pharmacy|bar|corner shop|kiosk|bus stop|library|office)"
PRIVATE_RELATIONS += (
    rf"\bthe (?:girl|woman|guy|lady|boy|man) (?:from|at) the (?:\w+ )?{_SHOPS_EN}\b",
    r"\b(?:la|le) (?:fille|femme|gars|mec|nana|meuf|jeune femme) (?:de la|du|de l') ?(?:boulangerie|pharmacie|salle de sport|"
    r"superette|epicerie|boutique|cafe|kiosque|supermarche|bar|bureau)\b",
    r"\b(?:la|el) (?:chica|mujer|chico|muchacha|senora) (?:de la|del) (?:panaderia|farmacia|gimnasio|tienda|cafeteria|super|"
    r"supermercado|bar|kiosco|oficina)\b",
    r"\b(?:das|die|der) (?:madchen|frau|typ|junge|mann) (?:aus der|vom|von der|im|in der|beim) (?:backerei|apotheke|"
    r"fitnessstudio|gym|laden|supermarkt|cafe|kiosk|buro)\b",
    r"\b(?:la|il) (?:ragazza|donna|ragazzo|tipa|tipo) (?:del|della|dal|dalla) (?:forno|panetteria|farmacia|palestra|negozio|"
    r"bar|supermercato|edicola|ufficio)\b",
    r"\b(?:a|o) (?:menina|moca|mulher|garota|rapaz|moco) (?:da|do) (?:padaria|farmacia|academia|loja|cafe|mercado|bar|banca|"
    r"escritorio)\b",
    r"\b(?:dziewczyna|kobieta|chlopak|pani|facet) z (?:piekarni|apteki|silowni|sklepu|kawiarni|biura|kiosku|baru)\b",
    r"\b(?:holka|divka|zena|kluk|pani|chlap) z (?:pekarny|lekarny|posilovny|obchodu|kavarny|kancelare|trafiky|baru)\b",
    r"\b(?:het|de) (?:meisje|vrouw|jongen|man|meid) van de (?:bakker|bakkerij|apotheek|sportschool|winkel|supermarkt|kiosk|"
    r"kroeg|zaak)\b",
    r"\b(?:firindaki|eczanedeki|dukkandaki|bakkaldaki|spor salonundaki|ofisteki) (?:kiz|kadin|adam|cocuk|genc)\b",
    r"\b(?:moj|moja|moje|mojego|mojej|nasz|nasza|naszego|naszej) (?:szef|szefowa|szefa|szefowej|kierownik|kierowniczka)\b",
    r"\b(?:muj|moje|moji|meho|mojeho|nas|nase|naseho) (?:sef|sefova|sefa|sefove|vedouci)\b",
    r"\b(?:corka|syn|zona|siostra) (?:sasiada|sasiadki|szefa|szefowej|kolegi|kolezanki)\b",
    r"\b(?:dcera|syn|zena|manzelka|sestra) (?:souseda|sousedky|sefa|sefove|kolegy|kolegyne)\b",
    # session 15: the shop named with the poster's possessive ("la tipa della mia palestra", "holka z mojí
    # posilovny", "het meisje van mijn sportschool") (folded)
    r"\b(?:la|il) (?:ragazza|donna|ragazzo|tipa|tipo) (?:della mia|del mio|della nostra|del nostro) (?:\w+ )?"
    r"(?:palestra|panetteria|farmacia|negozio|bar|supermercato|ufficio|scuola|classe)\b",
    r"\b(?:holka|divka|zena|kluk|pani|chlap) z (?:moji|me|meho|nasi|nasi|naseho) (?:pekarny|lekarny|posilovny|obchodu|"
    r"kavarny|kancelare|prace|tridy|skoly)\b",
    r"\b(?:dziewczyna|kobieta|chlopak|pani|facet) z (?:mojej|mojego|naszej|naszego) (?:piekarni|apteki|silowni|sklepu|"
    r"kawiarni|biura|pracy|klasy|szkoly)\b",
    r"\b(?:het|de) (?:meisje|vrouw|jongen|man|meid) (?:van|uit) (?:mijn|onze) (?:sportschool|bakkerij|winkel|werk|klas|"
    r"school|kantoor)\b",
    # ... and the male relatives and teachers the first lists lack: "foto van mijn opa", "fotky mého dědy", "zdjęcie
    # mojego dziadka", "mijn mentor van school"
    r"\b(?:mijn|onze|m n|mn) (?:(?:overleden|lieve|oude) )?(?:opa|vader|papa|pa|broer|broertje|neef|oom|mentor|docent|"
    r"docente|juf|meester|trainer|coach|schoonvader|schoonzoon|stiefvader|stiefmoeder|stiefbroer|grootvader|"
    r"grootmoeder)\b",
    r"\b(?:muj|meho|mojeho|memu|mym|nas|naseho) (?:(?:zesnuly|zesnuleho|mily|stary|stareho) )?(?:deda|dedy|dedu|"
    r"dedecek|dedecka|tata|taty|tatu|otec|otce|bratr|bratra|stryc|strejda|strejdy|ucitel|ucitele|trener|trenera)\b",
    r"\b(?:moj|mojego|mojemu|nasz|naszego) (?:(?:zmarly|zmarlego|kochany|kochanego|stary|starego) )?(?:dziadek|dziadka|"
    r"dziadziusia|tata|taty|ojciec|ojca|brat|brata|wujek|wujka|trener|trenera|nauczyciel|nauczyciela)\b",
)

DEPICTION_CUES = re.compile(
    r"\b(?:photos?|pics?|pictures?|selfies?|snaps?|attached|attachment|zip|insta|instagram|ig|facebook|"
    r"lora|lycoris|embedding|dreambooth|face ?swap|deepfake|likeness|her face|his face|realistic|"
    r"photoreal(?:istic)?|portrait|portraits|fotos?|ci joint|ci jointe|piece jointe|jointes?|realiste|"
    r"anhang|im anhang|angehangt|realistisch|adjunt[oa]s?|anexo|anexad[oa]s?|allegat[oei]|realista|"
    r"realistico|retratos?|portrat\w*|ritratt[oi]|restore|colori[sz]e|version sexy|"
    # pl / cs / nl / tr: "zdjęcia w załączniku", "fotky přikládám", "foto's bijgevoegd", "fotoğrafları ekte"
    r"zdjecia|zdjec|zdjeciach|fotki|fotka|fotky|fotek|fotografie|w zalaczniku|zalaczam|zalaczone|prikladam|"
    r"v priloze|priloha|bijgevoegd|bijlage|in de bijlage|foto s|fotos|fotograf\w*|ekte|ekteki|ekliyorum|"
    r"realistyczn\w*|vyfot\w*|sfotograf\w*|zdjecie|realisticky|realisticka|realistisch\w*|gercekci|portret\w*|portre\w*|"
    # round 5: a profile the photos come from, and a demand that the picture look exactly like someone
    r"linkedin\w*|look exactly like (?:her|him)|looks? just like (?:her|him)|parfaitement ressemblante?|exactement comme (?:elle|lui)|"
    r"que se parezca a (?:ella|el)|genau wie (?:sie|er) aussehen|somigliarle|somigliargli|igualzinh[ao] a (?:ela|ele)|"
    r"wygladac dokladnie jak (?:ona|on)|vypada presne jako (?:ona|on)|precies op (?:haar|hem) lijken|birebir (?:ona )?benzesin)\b"
)

SELF_CUES = (
    r"\b(?:lora|model|portraits?|pictures?|photos?|images?|headshots?|avatar|likeness|version) of (?:me|myself)\b",
    r"\bi'?m the (?:person|guy|girl|woman|man) in the (?:photos|pictures|pics|images)\b",
    r"\b(?:verify|confirm) my (?:id|identity)\b",
    r"\b(?:my own (?:face|likeness)|of my (?:own )?face|selfies? of me|my selfies|photos of myself|"
    r"turn me into|make me (?:look like|into)|put my face)\b",
    r"\b(?:de moi meme|mon propre visage|de mi mism[oa]|mi propia cara|von mir selbst|mein eigenes gesicht|"
    r"de mim mesm[oa]|o meu (?:proprio )?rosto|di me stess[oa]|il mio (?:stesso )?volto)\b",
)
