"""What a written name looks like: capitalised runs, title words that are not names, particles.

Shared by the name-shape detectors (``detectors.name_shapes``, ``detectors.given_names``).
"""

from __future__ import annotations

import re

from bountyboard.guard.text import frames, roles
from bountyboard.guard.text.normalize import fold

# Capitalised words that start titles and sentences but are not names (for the weak NER heuristic).
NOT_NAME_WORDS = frozenset(
    """a an the this that these my our your his her their new old big small best top final free paid
    need needed want wanted looking seeking request requests bounty contest commission help please zoek gezocht
    lora loras model checkpoint embedding dataset workflow caption captions photo photos portrait
    portraits picture pictures image images render renders art artwork painting drawing sketch poster
    cover album logo icon set pack series style styles realistic photoreal photorealistic cinematic
    anime cartoon pixar disney marvel dc fantasy epic dark cozy retro vintage modern classic cyberpunk
    steampunk medieval victorian gothic noir sci fi scifi space knight queen king prince princess lady
    lord sir saint st mr mrs ms dr captain general president senator mayor pope emperor empress jedi sith
    elf elven dwarf orc wizard witch vampire zombie robot cyborg angel demon god goddess dragon
    christmas halloween easter summer winter spring autumn fall monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    paris london tokyo new york rome berlin madrid lisbon venice los angeles hollywood
    portrait retrato portrat ritratto affiche cartel plakat tableau pintura gemalde dipinto
    le la les un une des du de del el los las der die das ein eine il lo gli uno o os um uma
    und et y e and or ou o oder as en als como come in on at of for with by from to
    sdxl sd flux pony illustrious nsfw sfw hd uhd
    mein meine meinem meinen meiner unser unsere unserem unserer dein deine ihr ihre sein seine
    mon ma mes ton ta mi mis tu meu minha mio mia hund katze kater pferd hase chien chat perro gato cane gatto
    virtual virtuel virtuelle virtuale wirtualna wirtualny virtualni virtuele sanal fictional fictive fictif
    ficticia ficticio fittizia fittizio immaginaria immaginario fikcyjna fikcyjny fiktivni fiktiv fiktive fictief
    kurgusal imaginary influencer influencers influencerka influenceuse influenciadora
    janvier fevrier juillet aout septembre octobre novembre decembre enero febrero marzo septiembre octubre
    noviembre diciembre januar februar marz juni juli oktober dezember gennaio febbraio aprile maggio giugno
    luglio settembre ottobre dicembre janeiro fevereiro junho julho setembro outubro novembro dezembro styczen
    luty marzec kwiecien czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien leden unor brezen duben
    kveten cerven cervenec srpen zari rijen prosinec januari februari maart augustus ocak subat mayis haziran
    temmuz agustos eylul ekim aralik anfang mitte
    ile ve veya icin uit anos jahre jaar yas yeni dona
    aus mit nach vom zum zur beim avec dans chez sous desde sobre hasta przy przez naar met voor gibi
    einer einem einen eines
    epoque borealis australis
    named called nomme nommee appele appelee llamado llamada chamado chamada chiamato chiamata genaamd namens
    nome nombre
    deux trois quatre cinq sept huit neuf dix cuatro cinco seis siete ocho nueve zwei drei vier funf sechs sieben
    acht neun zehn tre quattro cinque sette nove dieci dois duas tres oito dwa dwie dwoch trzy cztery piec szesc
    siedem osiem dziewiec dziesiec dva dve tri ctyri sedm osm devet deset twee drie vijf zes zeven negen iki dort
    alti yedi sekiz dokuz
    anonymous anonimo anonima anonimos anonimas anonimi anonime anonyme anonymes anonym anonymen anonymer anonimowy
    anonimowa anonimowi anonimowe anonymni anoniem anonieme anonim gran
    qui que quoi dont quien quienes cuyo cuya
    uber unter ohne gegen durch zwischen hinter neben
    alter alte altes alten
    schwabisch vecchio vecchia vecchi vecchie
    quiero dni
    nad pod przed bez dla zza znad spod obok kolem okolo pred pri pres mezi vedle podle boven onder naast achter bij
    zonder tussen tegen door auf sopra sotto senza contro verso nel nella sul sulla agli alle hacia contra bajo
    altinda ustunde uzerinde onunde yaninda arkasinda
    """.split()  # months of the ten languages but those that are given names too ("Avril", "Julio", "Kasım", "Mei");
    # round 23: "Belle Époque", an era, not Belle someone; session 20: "aurora borealis", the northern lights, and the
    # words that give a name ("influencer chiamata giada", "di nome tonino": session 26), never one, nor the numbers of
    # the nine other languages ("dois capoeiristas anônimos"; not those that are names too: Otto, Sei, Tien); "anonymous"
    # in the ten languages ("dos pelotaris anónimos") and "gran" ("gran canaria") are never a name's word either;
    # session 22: nor the prepositions a name goes before ("rupert aus den ostfriesenkrimis"), but those that are names
    # too (Bei, Con, Sur), nor German's indefinite article in its cases ("porträt einer erfundenen dame"); session 26:
    # nor the French and Spanish relative pronouns ("mademoiselle jeanne qui le regarde"); session 34: nor German's
    # prepositions of place and manner ("kletterseil über der schulter"); session 35: nor the adjective "old" German
    # capitalises opening a line ("Alter Krabbenfischer", "alter köhler namens alois"); session 40: nor "Swabian" (round
    # 45: "Schwäbisch Hall", a town), nor the Italian "old" ("vecchio scalpellino"); session 41: nor Spanish "I want"
    # opening a request ("Quiero Sepúlveda con campesinos", a town), nor Polish "days" ("Dni Mrągowa", a festival);
    # session 43: nor the prepositions of place of the other languages ("orkan teodor nad doliną", "storm mara boven
    # de haven", "schiff 'prinz otto' auf dem see"), but those that are names too (Ai, Dal, Sur)
)
# A shop's or a family firm's word, which names the family after it, no given name ("Bäckerei Brenninger", "Hermanos
# Albizuri", "slagerij dekkers": session 44, from round 49's tune half); folded
FIRM_WORDS = frozenset(
    """backerei metzgerei fleischerei konditorei gartnerei schreinerei bakkerij slagerij kapsalon boulangerie boucherie
    patisserie panaderia carniceria bodega bodegas panetteria macelleria pasticceria padaria talho pastelaria piekarnia
    masarnia cukiernia pekarstvi reznictvi cukrarna hermanos fratelli irmaos freres gebroeders gebruder bracia bratri""".split()
)
# Titles before a surname in the ten languages, folded ("Mrs Halloran", "la señora Ibáñez", "pani Kowalska", "mevrouw De
# Smet", "Dra. Valadares"): read by the title-and-surname rule (``detectors.titled_names``), and never a given name for
# the pair rule ("Herr Kunzmann" had read as one: session 40). Not "don" (English "don"; "Don Quijote"), "lady" or "sir"
# (nobility and fiction), "m." (an initial), nor "sig" (a given name: "Sig Hansen"). They stay names' words elsewhere: a
# stage name may be one ("la cantante Madame").
TITLES = frozenset(
    """mr mrs ms miss mister missus madame mme mademoiselle mlle monsieur senora senor senorita sra srta sr dona frau herr
    fraulein signora signor signore signorina senhora senhor pani panna pan slecna mevrouw mevr meneer mijnheer
    juffrouw juf meester dhr dr dra doctora doktor dott dottoressa
    stor stora prof profe professora maestra ucitelka ucitel
    fr rev revd reverend ks pfr""".split()
)  # session 42 (round 47): what pupils call a teacher before the surname ("stôr Valente", "paní učitelka Horká"); session 43
# (round 48): a priest's ("Fr. Mulcahy", "Rev. Hughes", "ks. Nowak")
# The first halves of compound adjectives of nations ("franco-belge", "italo-americano", "anglo-saxon"), folded: a given
# name ("Franco", "Italo") joined so by a hyphen to the word after it is that adjective, no name (session 26)
NATION_PREFIXES = frozenset(
    "franco italo anglo afro luso hispano ibero germano greco russo sino indo austro judeo arabo turco polono".split()
)
# Words for ordinary people in the ten languages (folded): never the second word of a name ("ruda kobieta",
# "nederlandse vrouw"), never an alias opening a sexual request (with ``PRONOUNS``).
PERSON_WORDS = frozenset(
    """woman women man men girl girls guy guys lady ladies couple model models blonde brunette redhead wife husband
    someone person femme homme fille garcon couple mannequin mujer hombre chica chico pareja modelo frau mann
    madchen junge paar donna uomo ragazza ragazzo coppia mulher homem garota moca rapaz casal kobieta mezczyzna
    dziewczyna chlopak para modelka zena muz divka holka kluk par vrouw meisje jongen stel kadin adam kiz erkek
    cift manken marido maridos esposa esposo mari epouse ehemann ehefrau moglie marito maz zona manzel manzelka
    echtgenoot echtgenote koca karisi teyze abla abi amca bloke blokes lad lads lass lasses chap fella geezer""".split()
)  # ... and the English ones no dictionary here holds whole (session 44: "bloke from the pub" is no nickname)
# Personal pronouns of the ten languages: "sie" may be a misspelt surname ("omar sie"), so only the alias rule reads them.
PRONOUNS = frozenset("she he her him elle lui ella sie er lei ona zij hij o".split())
PARTICLES = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "bin",
        "al",
        "mc",
        "vd",  # Dutch "van de(n|r)" abbreviated: "maikel vd vleuten" (round 21)
        "ter",  # session 22: Dutch "Ilse ter Haar"; not "ten" ("anna ten minutes later")
    }
)
# Endings that mark a surname in the languages the guard reads (folded: no diacritics): Czech and Slovak
# -ova ("Langerova"), Polish -ski/-ska/-cki/-wicz/-czyk, Turkish -oglu, South Slavic -ovic/-ic, Romanian
# -escu, Nordic -sson/-sen, German -mann/-berger/-bauer/-huber/-hofer/-egger/-inger/-meier, Italian
# -elli/-etti/-ucci/-azzi, Spanish -ez, Russian and Azerbaijani -ov/-ova/-ev/-eva, Ukrainian -enko/-chuk,
# Greek -opoulos/-idis, Armenian -yan/-ian. Evidence for the second word of a pair, never alone.
SURNAME_ENDING = re.compile(
    r"(?:[^aeiouy]ova|[^aeiouy]eva|ovska|owska|[^aeiou]ski|[^aeiou]ska|[cd]ki|[cd]ka|wicz|owicz|czyk|czak|oglu|ovic|evic"
    r"|[ijv]ic|escu|sson|ssen|mann|berger|bauer|huber|hofer|egger|inger|meier|mayer|elli|etti|ucci|azzi"
    r"|[aeiou][nrl]ez|[^aeiouy]ov|[^aeiouy]ev|enko|chuk|opoulos|idis|[^aeiou]yan|[ao]glu|zade)$"
)


# How a surname can begin (folded): a consonant or a usual cluster, then a vowel ("Brandt",
# "Szymański"); "rdgirl" cannot. Used where a token may hide a given name and a surname run together.
SURNAME_ONSET = re.compile(r"(?:[^aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kr|pl|pr|sch|sh|sk|sl|sm|sn|sp|st|sw|th|tr|cz|sz|rz|dz)[aeiouy]")

def surname_ending(word: str) -> bool:
    """``word`` (folded) ends like a surname of one of the guard's languages ("langerova", "kowalski")."""
    return len(word) >= 5 and bool(SURNAME_ENDING.search(word))


# Dutch tussenvoegsels: a capitalised word before them is a given name even when no list holds it
# ("Evy van Voorhout"), unless it is one of the nouns that take "van" ("Kasteel van Gaasbeek"). German
# "von" and Romance "de", "da", "del" start place names too often ("Schloss von Neuschwanstein",
# "Torre de Belém").
SURNAME_PARTICLES = frozenset({"van", "ter", "ten"})
# Articles of the ten languages (folded): a weak lower-case pair right after one is a noun and its adjective, and
# one is no misspelt given name ("een molen" is no "Ben Molen").
ARTICLES = frozenset("a an the un une una uno unos unas ein eine einen einem einer een het um uma il lo la le les gli el los las".split())
NOUNS_BEFORE_VAN = frozenset(
    """kasteel paleis portret schilderij museum huis stad haven kerk toren brug landschap poster foto
    gezicht beeld standbeeld kaart plein straat markt molen hof slot abdij graf kunst stijl werk""".split()
)
CAP_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽ"
NAME_WORD = rf"[{UPPER}][\w'’]*[a-zß-öø-ÿā-ž][\w'’]*(?:-[a-zß-öø-ÿā-ž]+)?"  # "Heung-min"
CAPITALISED_RUN = re.compile(
    rf"(?<!\w){NAME_WORD}(?:[ -](?:(?:{'|'.join(sorted(PARTICLES))}) )*{NAME_WORD})+(?![\w'’])"
)  # several particles in a row: "Ursula von der Leyen"
CAPITALISED_WORD = re.compile(rf"(?<![\w'’]){NAME_WORD}(?![\w'’])")


# "Chloe Price from Life is Strange": a name followed by the capitalised title it comes from.
# Round 16: the same in the other languages ("Charlotte Lindholm aus dem Tatort", "Janine uit GTST", "Martin Gruber vom
# Bergdoktor"); not "de", "du", "dal" or "dalla", which join surnames ("Manuela de Sousa", "Roger Martin du Gard",
# "Carlo Alberto dalla Chiesa"), nor "z", "ze" (Polish and Czech write a person's town so: "Anna Nowak z Krakowa").
# Not a broadcaster, whose people are its presenters ("Derek Brockway from BBC Wales weather": session 19; a regional
# channel's number too: "Agata Wierzbicka from TVP3 Białystok", session 20).
# Only names no work is called by: not "Fox", "Sky", "Nova", "Prima" or "Record" ("Brunhilde from Record of Ragnarok").
_BROADCASTERS = (
    r"BBC|ITV|RT[EÉ]|RTS|RTL|ZDF|ARD|NDR|WDR|SWR|MDR|ORF|SRF|RAI|Mediaset|TVE|RTVE|Antena 3|Telecinco|TF1|France [23]|"
    r"Globo|SBT|RTP|TVI|TVN|Polsat|TVP|ČT|NOS|NPO|VRT|VTM|TRT|Kanal D|CNN|CBC|NBC|CBS|ESPN|Eurosport|Channel [45]|S4C"
)
# "aus den" only before works in the plural ("aus den Ostfriesenkrimis"), not "aus den Niederlanden" (session 24)
_FROM_WORDS = (
    r"(?:from|aus|aus dem|aus der|vom|uit|uit de|uit het|della serie|de la serie|da serie|"
    r"aus den(?=\s+(?i:[^\W\d_]*(?:krimis|romanen|b[uü]chern|filmen|serien|comics|geschichten|m[aä]rchen|sagen|heften))\b))"
)
FROM_A_WORK = re.compile(rf"^\s*,?\s*{_FROM_WORDS}\s+(?:the\s+)?(?!(?:{_BROADCASTERS})\d?\b)(?:[{UPPER}0-9])")
# ... and that work's title, right after a capitalised name and the word ("Eric Vanderburg uit |Flikken Maastricht",
# session 20): a title, not a second person (searched on the original text before the title)
WORK_TITLE_BEFORE = re.compile(rf"[{UPPER}][^\W\d_]+\s*,?\s*{_FROM_WORDS}\s+(?:the\s+)?$")
PORTRAIT_AFTER = re.compile(r"^\s*(?:\w+ )?(?:portrait|headshot|photocard|photoshoot)\b")
CAPITAL_NEXT = re.compile(rf"[ -]?[{UPPER}]")
ALONE_AFTER = re.compile(r"\s*(?:[,:;.!?]|$)")
LOWER_PAIR = re.compile(r"(?<![\w'])([a-z]{3,}) ([a-z]{2,})(?![\w'])")
LORA_WORDS = frozenset({"lora", "loras", "lycoris"})
LORA_TAG_OPEN = re.compile(r"<\s*(?:lora|lyco|lycoris|hypernet|embedding)\s*:\s*$", re.IGNORECASE)


def capitalised_single_words(text: str) -> list[tuple[int, int]]:
    """Spans of single capitalised words that are not title words ("Kameto", "Nayeon")."""
    return [m.span() for m in CAPITALISED_WORD.finditer(text) if fold(m.group(0)).text not in NOT_NAME_WORDS]


# The handle opens its item ("mongraal, fortnite pro"): after a word it is a surname ("marta kowalska, polska
# youtuberka") or a noun ("a bodybuilder, athlete"), for the pair rules to read; after "the" it is a nickname ("the
# harpoon, pdc darts player": session 21)
_ITEM_OPENS_BEFORE = re.compile(r"(?:^|[,;|(\[{:\n]|\s[-–—])\s*(?P<article>(?:the|el|la|le|il|lo|der|die|het)\s+)?$")
_LOWER_WORD = re.compile(r"(?<![\w'’@#-])[a-z][a-z0-9_]*[a-zA-Z0-9](?![\w'’-])")


def lower_case_words_with_a_role(text: str) -> list[tuple[int, int, bool]]:
    """Spans of lower-case words set beside a role, in parentheses or after a comma ("mongraal, fortnite pro,",
    "murda (de rapper)"): a handle or stage name written as its owner writes it (round 20). The flag says the word is
    a nickname whatever it means, "the" before it or its role in brackets ("honeybee (the karaoke singer)"); a word
    before a comma and a role may be a list's noun ("singer, actress")."""
    out = []
    for m in _LOWER_WORD.finditer(text):
        if len(m.group(0)) < 3 or m.group(0).lower() in NOT_NAME_WORDS:
            continue
        opens = _ITEM_OPENS_BEFORE.search(text, max(0, m.start() - 12), m.start())  # "marta kowalska, ...": a pair's rule
        after = fold(text[m.end() : m.end() + 60]).text
        if opens and (role := roles.LOWER_ALIAS_ROLE_AFTER.match(after)) and not frames.INVENTED_AFTER.match(after, role.end()):
            out.append((m.start(), m.end(), bool(opens.group("article")) or bool(roles.ROLE_IN_PARENS.match(after))))
    return out


SHORT_CAPS = re.compile(r"(?<![\w'’-])[A-Z]{2,3}(?![\w'’-])")


def short_caps_names_with_a_role(text: str) -> list[tuple[int, int]]:
    """Spans of 2-3 letter all-caps words followed by a role in parentheses ("IU (K-pop singer)");
    without that role such a word is an acronym ("SDXL (base model)", "UI (dark theme)")."""
    return [
        m.span()
        for m in SHORT_CAPS.finditer(text)
        if fold(m.group(0)).text not in NOT_NAME_WORDS
        and roles.ROLE_IN_PARENS.match(fold(text[m.end() : m.end() + 48]).text)
    ]


RUN_TOKEN = re.compile(r"[\w'’]+(?:-[a-zß-öø-ÿā-ž]+)?")  # "Heung-min" is one word of a name


def capitalised_runs(text: str) -> list[tuple[int, int]]:
    """Spans of 2-4 capitalised words in a row (particles like "de", "van" allowed inside).

    Words that start titles but are not names ("Portrait", "The", "Need") split a run.
    """
    runs: list[tuple[int, int]] = []
    for run in CAPITALISED_RUN.finditer(text):
        current: list[tuple[int, int, bool]] = []
        for word in RUN_TOKEN.finditer(run.group(0)):
            token = word.group(0)
            capital = token[0].isupper()
            if capital and fold(token).text in NOT_NAME_WORDS:
                _close_run(current, runs)
                current = []
                continue
            current.append((run.start() + word.start(), run.start() + word.end(), capital))
        _close_run(current, runs)
    return runs


def _close_run(words: list[tuple[int, int, bool]], runs: list[tuple[int, int]]) -> None:
    while words and not words[0][2]:
        words.pop(0)  # a particle cannot start a name
    while words and not words[-1][2]:
        words.pop()
    if 2 <= sum(1 for w in words if w[2]) <= 4:
        runs.append((words[0][0], words[-1][1]))


def all_capitalised(raw: str) -> bool:
    """Every word of a name as written opens with a capital ("Ji-won Kim", "Yingsha Sun"; not "ji-won kim")."""
    words = raw.split()
    return bool(words) and all(w[:1].isupper() for w in words)


# Word endings that make a token no name, read by the given-name rule (moved here from its module in round 17).
# Endings of inflected words in a language whose dictionary the guard lacks: Turkish locative and "with"
# ("odasında", "çamaşırıyla"); a surname rarely ends so, so such a word is no lower-case pair's surname.
INFLECTED_ENDINGS = (
    "inda", "inde", "unda", "unde", "iyla", "iyle", "uyla", "uyle",
    # round 20: the plural's cases, "with", "in", "from" ("kaplumbağalarla", "sokaklarda"): no surname ends so
    "larla", "lerle", "larda", "lerde", "lardan", "lerden",
)  # str.endswith: per pair, cheap
# ... and, read in the original text, Turkish nouns with their possessive ("tabelası"), made with "-lık" ("sabahlık") or
# in the locative or ablative after a dotless ı or a ü ("yalıda"): no name's word ends so ("Çelik" has its dot;
# session 34)
# (no IGNORECASE: it would match the dotless ı with a dotted i)
_TURKISH_NOUN_END = re.compile(r"(?:l[ıü]k|[aeıioöuü]s[ıü]|[ıü][dt][ae]n?)$")


def turkish_noun(raw: str) -> bool:
    """A word of ``raw`` (the original text of a pair) is a Turkish noun by its ending."""
    return any(_TURKISH_NOUN_END.search(word) for word in raw.lower().split())


# ... and the gerunds of Spanish, Portuguese and Italian, a pronoun attached or not ("quemando", "convirtiéndose",
# "fazendo", "sorrindo", folded): a lower-case word so ending follows a name as the verb, never as its surname
# unless a list knows it (Fernando, Orlando, Armando are given names and surnames: session 20)
GERUND = re.compile(r"[^\W\d_]{3,}(?:ando|iendo|yendo|endo|indo)(?:se|lo|la|los|las|si)?$")
# The words that cast an actor as a character ("X as Y", "X als Y", "X jako Y", "X como Y"): read by the cast-actor
# rule and by the given-name rule (session 20)
CAST_AS = r"(?:as|als|jako|como|come|comme|en tant que)"
# ... the words that say it with "role" before the character ("X in der Rolle von Y", "X w roli Y") and, in Turkish,
# after it ("X'i Y rolünde", "X Y olarak"): read by the cast-actor rule (session 24)
CAST_IN_THE_ROLE = (
    r"(?:in the role of|dans le r[oô]le d[eu']|en el papel de|nel ruolo di|no papel de|in der rolle (?:von|des|der)|"
    r"w roli|v roli|in de rol van)"
)
CAST_AFTER_THE_ROLE = r"(?:olarak|rol[uü]nde|rol[uü]yle)"
# Colours in the nine languages besides English (folded): after a word no common given name, a lower-case colour is
# that word's adjective ("ciré jaune", "marea roja", "lenço preto": session 20), unless a surname list holds it (Blanco)
COLOUR_WORDS = frozenset(
    """jaune rouge noire noir bleu bleue verte vert blanche roja rojo azul negra negro amarilla amarillo preto preta
    branco branca vermelho vermelha amarelo amarela rosso rossa nero nera bianco giallo gialla rot rote roter schwarz
    schwarze blau blaue gelb gelbe grun grune weiss weisse czerwony czerwona czarny czarna bialy biala niebieski
    niebieska zolty zolta zielony zielona cerveny cervena cerny cerna bily bila modry modra zluty zluta zeleny
    zelena rood rode zwart zwarte wit witte blauw blauwe geel gele groen groene kirmizi beyaz mavi sari yesil
    naranja laranja arancione oranje turuncu pomaranczowy pomaranczowa oranzovy oranzova rosado rosada roxo roxa
    morado morada gris grigio grigia cinza grau graue grijs szary szara marron castano castana braun braune bruin
    kahverengi dorado dorada dourado dourada dorato dorata plateado plateada prateado prateada""".split()
)
# Turkish writes a proper noun's case ending after an apostrophe ("Tarsus'taki", "Kasia'nın", "Bursa'da", folded):
# the word after the apostrophe is that ending, never a surname (session 20)
APOSTROPHE_SUFFIX = re.compile(r"(?:[dt][ae](?:ki|n)?|n?[iu]n(?:ki)?|y?[iuae]|s[iu]|l[ae]r\w*|y?l[ae]|[dt][iu]r)")
# ... and the suffixes a run-together tail may be alone ("yağmur|luklu", "pari|sien"); "-lı" ends
# Azerbaijani surnames too ("Cabbarlı"), so it only stops a split, never a pair.
SUFFIX_TAIL = re.compile(r"^(?:l[iu]kl[iu]|l[iu]k|l[iu]|s[iu]z|[sn]?[iu]nd[ae]|[iu]yl[ae])$")
DEMONYM = re.compile(r"(?:ienn?e?s?|igian[aeio])$")  # "parisien", "italienne", "marchigiane": not "pari|sien"
# Towns named after someone run a given name into a place word: "johannes|burg", "sophia|town", "elisabeth|ville"
# (round 17), or an estate ("collin|wood", session 23); only the place word alone after the given name ("sarah|goldberg"
# keeps its surname)
TOWN_WORDS = frozenset("burg bourg berg town ville stadt stad dorf polis grad hafen haven wood".split())
# Dutch and German adjective and noun endings: "regenachtig", "vriendelijk", "herrlich" are words (round 16)
DERIVED_ENDING = re.compile(r"(?:achtig|achtige|lijk|lijke|heid|isch|ische|lich|liche|keit|schaft)$")
ADJECTIVE_ENDING = re.compile(r"(?:sk|ck|dk)[aiey]$")


def word_with_an_ending(word: str, *words: frozenset[str]) -> bool:
    """A long folded token is a word of ``words`` with a case ending of one or two letters ("dinosaury", "kalendarza",
    "karikatura"): a word of a language, not a name run together (rounds 20 and 22)."""
    return len(word) >= 8 and any(word[:-cut] in known for cut in (1, 2) for known in words)


# An English verb's -ing or -ed form, and the function words and common verbs that follow a subject, in the surname's
# place of a lower-case pair whose given name is no word ("jennifer stop eating", "jill going up the hill", "eros who
# is", "jesus will"): a sentence, not a surname. Known surnames ("jennings", "banks") are read before (session 19).
# Not ``frames.verb_after``, whose -ing nouns ("lighting") are no surnames either, nor ``frames.present_verb_after``:
# many surnames are a verb's -s form ("mills", "fares", "trumps").
VERB_ENDING = re.compile(r"(?:ing|ed)$")
VERBS_AFTER_A_SUBJECT = frozenset(
    """who will would is was are were has had have does did can could should stop stops turns seen shoots takes makes
    says goes gets sits looks eats runs walks plays holds wears rides meets fights kills loves""".split()
)


def words_run_together(word: str, words: frozenset[str]) -> bool:
    """``word`` is two words of ``words``, three letters or more each, written as one ("starfox", "noiseoffset"): a
    compound or a concept's name, not a given name and a surname run together (session 19)."""
    return any(word[:cut] in words and word[cut:] in words for cut in range(3, len(word) - 2))


def frequent_compound(word: str, *, frequent: frozenset[str], given: frozenset[str]) -> bool:
    """Two frequent words joined as German and Dutch write a compound ("strassenszenen", "kerstmarkt",
    "boerderijdieren"; round 17): each part four letters or more and no given name, so a short word or a name never
    opens one. Read by the run-together reading (``detectors.joined_names``) and the alias reading (``detectors.aliases``)."""
    return any(
        word[:cut] in frequent and word[cut:] in frequent and word[:cut] not in given and word[cut:] not in given
        for cut in range(4, len(word) - 3)
    )
