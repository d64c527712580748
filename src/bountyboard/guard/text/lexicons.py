"""Word lists and patterns in English, French, Spanish, German, Portuguese and Italian.

Literal terms are matched whole-word by an Aho-Corasick automaton on the ``words`` view (folded:
no accents, lower case, ``-``/``_``/``.`` between letters read as spaces), so each term is written
here once, in plain form, and plurals are added by the loader. Patterns that need structure
(stated ages, "photos of her attached") are regular expressions on the same view.

Tiers: ``explicit`` (nudity, sex acts: rating x), ``suggestive`` (sexualised without nudity:
rating r), ``mild`` (swimwear, kissing, pin-up: rating pg13). All three count as sexual for the
policy's floors. Civitai's lists add to these (see ``scanner._load_civitai_terms``).
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
    # fr
    "nue", "nues", "nus", "a poil", "toute nue", "tout nu", "seins nus", "sein nu", "porno", "erotique",
    "sexe", "sexuel", "sexuelle", "deshabillee", "deshabille", "sans vetements", "denudee", "xxx",
    # es
    "desnuda", "desnudo", "desnudas", "desnudos", "desnudez", "en topless", "erotico", "erotica", "sexo",
    "sin ropa", "encuerada", "encuerado", "porno", "tetas", "pezones",
    # de
    "nackt", "nackte", "nackten", "nacktbilder", "nacktfotos", "oben ohne", "erotisch", "erotische",
    "erotischen", "akt", "aktzeichnung", "aktzeichnungen", "aktfoto", "aktfotos", "aktmalerei",
    "ohne kleidung", "entkleidet", "sexbilder", "brueste", "muschi",
    # pt
    "nua", "nuas", "pelada", "pelado", "peladas", "sem roupa", "erotica", "sexo", "putaria", "safada",
    # it
    "nuda", "nudo", "nude", "senza vestiti", "erotico", "erotica", "sesso", "porno", "tette", "svestita",
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
)  # fmt: skip

MILD = (
    "bikini", "bikinis", "swimsuit", "swimsuits", "swimwear", "bathing suit", "one piece swimsuit",
    "pin up", "pinup", "kissing", "making out", "shirtless", "beach body", 
    
    # fr / es / de / pt / it
    "maillot de bain", "banador", "traje de bano", "besandose",
    "badeanzug", "badehose", "kussend", "biquini", "beijando", "costume da bagno", "bacio",
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
    "paedophile", 
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
)  # fmt: skip

# Minor words that already mean a sexualised child in this field: a block with or without other words.
SEXUALISED_MINOR = frozenset(
    "loli lolis lolicon shota shotacon jailbait jail bait barely legal cunny pedo pedophile paedophile "
    "toddlercon lolita".split()
) | frozenset({"jail bait", "barely legal"})

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
    edition remake design collection pack set""".split()
)

# A stated age under 18: "15yo", "15 y/o", "15-year-old", "aged 15", "she's 14", "(14)", "16 again",
# "15 ans", "15 anos", "15 años" (folded to "anos"), "15 Jahre", "15 anni".
_AGE = r"(?<![\d.,])(?:1[0-7]|[1-9])(?![\d.,]\d)"
# Ages under 18 written as words (en, fr, es, de, pt, it), as folded by the words view.
_AGE_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|douze|treize|quatorze|quinze|seize|dix sept|doce|trece|catorce|quince|dieciseis|diecisiete|"
    r"zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|treze|catorze|quatorze|dezesseis|dezessete|"
    r"dodici|tredici|quattordici|quindici|sedici|diciassette)"
)
AGE_WORD_PATTERNS = (
    rf"\b{_AGE_WORD}\s*(?:-\s*)?(?:years?\s*(?:-\s*)?old|yo|ans|anos|jahre(?: alt)?|jahrige|anni)\b",
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) grader?s?\b",
)
# Stated ages are found number first (cheap), then checked against what surrounds the number.
AGE_NUMBER = re.compile(_AGE)
AGE_SUFFIX = re.compile(
    r"\s*(?:yo|y/?o|y\.o\.?|yrs?\s*old|years?\s*old|year\s*old|years?\s*of\s*age)\b|\s*-\s*years?\s*-\s*old|"
    r"\s+again\b|\s+(?:ans|anos|jahre alt|jahre|jahrige|jahriges|anni)\b"
)
AGE_PREFIX = re.compile(r"\b(?:aged?|age of|she'?s|he'?s|she is|he is|turned|turning|just turned|who is)\s+$")
AGE_PAREN_PREFIX = re.compile(
    r"\b(?:girl|boy|schoolgirl|schoolboy|student|oc|character|she|he|her|him|daughter|son|sister|brother)\s*\(\s*$"
)
AGE_PAREN_SUFFIX = re.compile(r"\s*\)")
AGE_NOT_AN_AGE = re.compile(r"\s*(?:%|k\b|m\b|cm|mm|px|x\b|:)")
GRADE = re.compile(r"\b\d+(?:st|nd|rd|th) grader?s?\b")

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

# "nude" as a colour is not nudity: "nude lipstick", "nude heels".
NUDE_COLOUR = re.compile(
    r"^\s*(?:lipstick|lip|lips|lipgloss|makeup|make up|colou?r|colou?red|tones?|palette|heels|shoes|pumps|"
    r"nails|nail polish|beige|pink|eyeshadow|blush|bra|dress colou?r)\b"
)

NEGATORS = frozenset(
    "no not non without sans pas sin ni kein keine keinen keinerlei ohne nicht senza niente sem nada nunca never zero".split()
)

# Relations that name a private person when they are the subject of the request.
PRIVATE_RELATIONS = (
    # en: matched after "my" / "our" / "my friend's"
    r"\b(?:my|our|my friend'?s|my best friend'?s|a friend'?s) (?:(?:ex|former|current|new|old|hot|cute|married|step) )?"
    r"(?:wife|husband|girlfriend|boyfriend|gf|bf|ex|ex wife|ex girlfriend|ex husband|fiancee?|spouse|"
    r"coworker|co worker|colleague|coworkers|colleagues|boss|manager|secretary|employee|intern|"
    r"neighbou?r|neighbou?rs|roommate|flatmate|housemate|landlady|classmate|classmates|teacher|"
    r"professor|tutor|babysitter|nanny|student|students|stepsister|step sister|stepmom|stepmother|"
    r"stepdaughter|sister|sister in law|sisters|brother|daughter|son|mom|mum|mother|mother in law|"
    r"dad|father|aunt|niece|nephew|cousin|grandma|grandmother|granny|grandpa|grandfather|crush|friend|"
    r"best friend|bff|friends|gym crush|barista|waitress|nurse|doctor|therapist|pastor|ex partner|partner|"
    r"kid|kids|children|child|baby|family|parents|grandparents|granddaughter|grandson|stepson|in laws|"
    r"wife and kids|girlfriends|neighbours? daughter|neighbors? daughter|landlord)\b",
    r"\b(?:a|this|some|the|random) (?:girl|woman|lady|guy|man|chick|milf|teen|student) (?:from|at|in|on) (?:my|our|the|"
    r"work|school|class|the office|church|instagram|insta|ig|tiktok|facebook|snapchat|tinder|bumble|hinge|"
    r"the gym|the bus|the train|the subway|the street|the beach|the bar|the club)\b"
    r"(?! (?:painting|movie|film|book|game|anime|show|series|ad|commercial|video))",
    r"\b(?:mes|nos) (?:enfants|parents|filles|fils|soeurs|collegues|voisines|amies)\b|\bma famille\b|\bmon bebe\b",
    r"\b(?:mis|nuestros) (?:hijos|hijas|padres|hermanas|companeras|vecinas|amigas)\b|\bmi familia\b",
    r"\b(?:meine|unsere) (?:kinder|familie|eltern|tochter|tochter|schwestern|kolleginnen|nachbarinnen)\b",
    r"\b(?:meus|minhas) (?:filhos|filhas|pais|irmas|colegas|vizinhas|amigas)\b|\bminha familia\b",
    r"\b(?:i miei|le mie) (?:figli|figlie|genitori|sorelle|colleghe|vicine|amiche)\b|\bla mia famiglia\b",
    r"\b(?:girl|woman|lady|guy|someone|somebody|person) i (?:know|met|work with|saw)\b",
    # fr
    r"\b(?:ma|mon|notre) (?:ex|femme|copine|petite amie|fiancee|epouse|voisine|voisin|collegue|cheffe|patronne|"
    r"secretaire|prof|professeure|professeur|maitresse|institutrice|soeur|belle soeur|demi soeur|cousine|"
    r"tante|niece|mere|belle mere|fille|meilleure amie|amie|pote|coloc|colocataire|camarade|baby sitter|"
    r"nounou|grand mere|mamie|mari|copain|petit ami|frere|cousin|pere|fils|patron|chef|crush)\b",
    # es
    r"\b(?:mi|nuestra|nuestro) (?:esposa|mujer|novia|ex|vecina|vecino|companera|companero|companera de clase|"
    r"companera de trabajo|colega|jefa|jefe|profesora|profe|maestra|hermana|hermanastra|prima|tia|madre|"
    r"mama|hija|amiga|mejor amiga|abuela|cunada|suegra|ninera|marido|novio|hermano|primo|padre|hijo|amigo|"
    r"secretaria|crush)\b",
    # de
    r"\b(?:meine|mein|unsere|unser) (?:ex|frau|freundin|ex freundin|nachbarin|nachbar|kollegin|kollege|chefin|"
    r"chef|lehrerin|lehrer|schwester|stiefschwester|cousine|mutter|stiefmutter|tochter|tante|nichte|oma|"
    r"grossmutter|mitbewohnerin|mitschulerin|klassenkameradin|schwagerin|mann|freund|bruder|vater|sohn|"
    r"opa|sekretarin|babysitterin|crush)\b",
    # pt
    r"\b(?:minha|meu|nossa|nosso) (?:esposa|mulher|namorada|ex|vizinha|vizinho|colega|colega de trabalho|"
    r"colega de classe|chefe|professora|irma|meia irma|prima|mae|madrasta|filha|tia|amiga|melhor amiga|"
    r"avo|cunhada|sogra|baba|marido|namorado|irmao|primo|pai|filho|amigo|professor|crush)\b",
    # it
    r"\b(?:la mia|il mio|mia|mio|la nostra|il nostro) (?:moglie|ragazza|fidanzata|ex|vicina|vicino|collega|"
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
PRIVATE_PHOTO_CUES = (
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
)

# Words showing the relation is the subject of a depiction (rather than the owner of a bakery).
DEPICTION_CUES = re.compile(
    r"\b(?:photos?|pics?|pictures?|selfies?|snaps?|attached|attachment|zip|insta|instagram|ig|facebook|"
    r"lora|lycoris|embedding|dreambooth|face ?swap|deepfake|likeness|her face|his face|realistic|"
    r"photoreal(?:istic)?|portrait|portraits|fotos?|ci joint|ci jointe|piece jointe|jointes?|realiste|"
    r"anhang|im anhang|angehangt|realistisch|adjunt[oa]s?|anexo|anexad[oa]s?|allegat[oei]|realista|"
    r"realistico|retrato|portrat|ritratto|restore|colori[sz]e|version sexy)\b"
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

# Frames that depict the named person (as opposed to borrowing their style).
LIKENESS_BEFORE = re.compile(
    r"(?:\b(?:portrait|portraits|photo|photos|picture|pictures|painting|drawing|image|images|render|renders|"
    r"lora|loras|model|checkpoint|embedding|face|likeness|lookalike|look alike|cosplay|statue|bust|"
    r"caricature|sketch|illustration|deepfake|face swap|faceswap|version) (?:of|de|d'|del|von|di|do|da|des)\s*|"
    r"\b(?:portrait|retrato|portrat|ritratto|photo|foto|image|imagen|bild|dessin|dibujo)(?: \w+)? (?:de|d'|del|von|di|do|da)\s*|"
    r"\b(?:face mix|face blend|blend of|mix of|swap|swapped|looks like|look like|lookalike of|resembling|"
    r"resembles|the real|ressemble a|parecid[oa] a|ahnlich wie)[:\s]+(?:\d+% )?)$"
)
LIKENESS_AFTER = re.compile(
    r"^(?:'s|s)?\s*(?:as|en|als|como|come|in a|in an|dressed as|playing|riding|eating|wearing|skateboarding|"
    r"lookalike|look alike|doppelganger|double|himself|herself|in person|face|'s face|s face|likeness|"
    r"lora|loras|lycoris|checkpoint|embedding|dreambooth|portrait|headshot|photos?|selfie|cosplay|"
    r"album art|cover|poster|in (?:\w+ ){0,3}style|style (?:portrait|photo))\b"
)
# The stricter frames the weak name-shape heuristic needs before it calls a capitalised run a person.
NAME_SHAPE_BEFORE = re.compile(
    r"\b(?:portrait|portraits|photo|photos|picture|pictures|lora|loras|model|checkpoint|embedding|face|"
    r"likeness|lookalike|deepfake|face swap|faceswap|statue|caricature) (?:of|de|d'|del|von|di|do|da)\s*$|"
    r"\b(?:portrait|retrato|portrat|ritratto)(?: \w+)? (?:de|d'|del|von|di|do|da)\s*$|"
    r"\b(?:face mix|face blend|blend of|mix of|lookalike of|looks like|look like)[:\s]+(?:\d+% )?$"
)
NAME_SHAPE_AFTER = re.compile(
    r"^(?:'s|s)? ?(?:as (?:a|an|the)|en (?:\w+ )?(?:astronaute|reine|roi|super heros|chevalier|princesse|"
    r"sirene|sorciere|vampire|pirate|soldat|style|estilo|version|tenue)|en (?:un|une|el|la)|als|como (?:un|una|el|la)|"
    r"come (?:un|una)|dressed as|'s face|s face|face|lookalike|look alike|lora|likeness|himself|herself)\b"
)

STYLE_BEFORE = re.compile(
    r"(?:\b(?:by|in the style of|style of|styled after|in the manner of|in the spirit of|inspired by|"
    r"influenced by|after|a la|a la maniere de|a la maniere d'|facon|dans le style de|style|estilo|"
    r"estilo de|al estilo de|tipo|im stil von|im stile von|nach|stile di|nello stile di|alla maniera di|"
    r"no estilo de|ao estilo de|a maneira de|inspire de|inspire par|inspirado en|inspirado por|"
    r"inspiriert von|ispirato a|vibes of|artwork by|art by|painting by|painted by|photo by|photographed by|"
    r"shot by|directed by|cinematography by|illustrated by|drawn by|concept art by)\s*)$"
)
STYLE_AFTER = re.compile(
    r"^(?:'s|s|-)?\s*(?:style|styled|stylisation|stylization|inspired|esque|like|vibes|aesthetic|look|"
    r"lighting|palette|colou?rs|brushwork|brush strokes|linework|line art|background work|backgrounds|"
    r"films?|movies?|art|artwork|paintings?|illustrations?|photography|composition|influence|"
    r"type|estilo|stil|stile|trending)\b"
)

# The text says its people are invented, or names a work the character comes from.
FICTIONAL_CONTEXT = re.compile(
    r"\b(?:original character|my oc|oc|ocs|fictional character|fan ?art|fanart|in game|game model|"
    r"game design|remake design|character design|personnage original|personaje original|"
    r"personaggio originale|originalfigur|from the (?:game|anime|manga|series|show|movie|book))\b"
)
