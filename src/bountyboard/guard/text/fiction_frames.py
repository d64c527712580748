"""Frames that say a request's people are characters of a work: a comic panel, a sitcom still, a toy, a
video-game character, fan art (decision 0025).

Patterns on the folded ``words`` view (lower case, no diacritics, ``. - _`` between letters read as
spaces), in the ten languages of issue 8. A frame names the *work* a character lives in ("comic panel",
"kadr z sitcomu", "Lego-Minifigur"), never only a style a real person can be drawn in ("comic style",
"im Stil der Simpsons", "Karikatur", "anime"): drawings and caricatures of real people are common
commissions and still need their consent.

What cancels a frame: anything that seeks a real person's likeness or says the picture is real ("LoRA",
"dataset", "face of", "the real person", "realistic", "photoreal", "raw photo"), a role ("sitcom
actress": the actor, not the character), a band, a gift ("a funko of X, it's for a present": a
custom toy of someone the poster knows), or a book about a real life or its author ("biography", "memoir",
"the author").

Whether a text names a work of fiction at all lives here too (``names_fiction``: a franchise, "the character of the
series", "the characters, not the actors"), which every name detector reads; it moved from ``frames`` in session 17,
when that module passed 600 lines.
"""

from __future__ import annotations

import re

from bountyboard.guard.text import roles
from bountyboard.guard.text.alternation import grouped_pattern
from bountyboard.guard.text.frames import INVENTED, LIKENESS_OR_REAL, style_word_after
from bountyboard.guard.text.resemblance_frames import person_resemblance_demands

# Live action: a still or a scene of a sitcom or a series, whose people recur as characters. Not "film
# still": that is a photographic look prompts give real people ("X as a knight, film still"). The policy
# reads these as characters only outside sexual text: a live-action still shows an actor's body.
SCREEN = "screen"
# Drawn or animated works: a comic's panel, strip, page or cover, a cartoon, an animated series.
DRAWN = "drawn"
# Mass-made toys: Lego minifigures, action figures, Funko, Playmobil, plush. Not a "figurine of X" or a
# plasticine figure: those are sculpted to order, a likeness of the person named.
TOY = "toy"
# Games and fan works: a video-game character, fan art, a novel's illustration, a book's cover, a radio drama.
GAME = "game"
# Readers' pictures (session 23): a reading circle, a literature class or a book's new edition, in the ten languages: their
# pictures are of a book's people ("for our book club", "ristampa amatoriale", "Literaturkurs-Plakat"). Read, like
# a screen's still, only outside sexual text: nothing there says the book's people are drawn.
READING = "reading"

_FRAMES: tuple[tuple[str, str], ...] = (
    (
        SCREEN,
        r"sitcom\w*|telenovela\w*|"
        r"(?:tv |television )?(?:series|show|episode)(?: still| scene| screenshot| screencap| frame)s?|"
        r"(?:still|scene|screenshot|screencap) from (?:a |an |the )?(?:sitcom|series|show|tv show|episode)|"
        r"serienszene|(?:scene|image|extrait) (?:de|d'une?|d une?) (?:serie|feuilleton)|"
        r"(?:escena|imagen|captura) de (?:una )?(?:serie|telenovela)|cena de (?:uma )?(?:serie|novela)|"
        r"scena (?:di|da) (?:una )?serie|kadr z serialu|zaber ze? serialu|scene uit (?:een )?serie|dizi (?:sahnesi|karesi)",
    ),
    (
        DRAWN,
        r"comic ?(?:panel|strip|page|cover|book|frame)s?|comicpanel\w*|comicstrip\w*|comicbuch\w*|"
        r"case de (?:bd|bande dessinee)|planche de (?:bd|bande dessinee)|"
        r"vinetas? de (?:comic|historieta)|tira (?:comica|de quadrinhos)|quadrinhos?|"
        # Portuguese "HQ" (a comic) after an article or a preposition only: English prompts' "artstation hq" is high
        # quality (session 19)
        r"(?:uma|numa|da|de|na|estilo|capa de|pagina de|quadro de) hqs?|"
        r"vignett\w* (?:a|di) fumett\w*|tavola a fumetti|striscia a fumetti|"
        r"kadr z komiksu|komiksow\w* (?:kadr|panel|strona|okladka)|komiksov\w* (?:okenk\w*|panel\w*|strip\w*|stran\w*)|"
        r"stripplaatje\w*|stripverhaal\w*|stripboek\w*|stripfiguur\w*|"
        r"cizgi roman (?:karesi|sayfasi|kapagi)|"
        r"cartoon (?:still|episode|frame|character)s?|animated (?:series|show|film|movie|still|short)|"
        # ... a cartoon, not a cartoon's style ("caricature ..., style dessin animé": round 45), which real people are drawn in
        r"(?<!style )(?<!stile )(?<!estilo )(?<!w stylu )(?:dessin anime|cartone animato|dibujos? animados?|desenho animado|"
        r"kreskowk\w*|animovan\w* (?:serial|film|pohadk\w*)|tekenfilm(?!stijl)\w*|cizgi film\w*|zeichentrick(?!stil)\w*)",
    ),
    (
        TOY,
        r"lego|minifig\w*|action ?figur\w*|funko\w*|playmobil|"
        r"plush\w*|peluche\w*|plusch\w*|pluszak\w*|plysak\w*|pelus|knuffel\w*",
    ),
    (
        GAME,
        r"(?:video ?game|game|rpg|mmo) (?:character|npc|boss|screenshot)s?|"
        r"personnage de jeu video|personaje de videojuego|personagem de (?:videogame|jogo|game)|"
        r"personaggio (?:di|del|da) videogioc\w*|spielfigur\w*|videospielfigur\w*|postac z gry|postava ze hry|"
        r"gamekarakter|game personage|oyun karakteri|"
        r"fan ?art|fanart|fan ?fic\w*|"
        # A character or model sheet, a turnaround: how a designed character is drawn for reuse.
        r"(?:character|model|reference|ref) sheets?|turn ?arounds?|fiche (?:de )?personnage|"
        r"hoja de personaje|charakter ?(?:bogen|blatt|sheet)|scheda (?:del )?personaggio|"
        r"ficha de personagem|karta postaci|list postavy|karakterblad|karakter (?:sayfasi|kagidi)|"
        r"(?:novel|book) (?:illustration|cover art)|illustration (?:de|d'un|d un) roman|ilustracion de (?:novela|libro)|"
        r"romanillustration|ilustracao de (?:romance|livro)|illustrazione (?:di|da|per) (?:un )?romanzo|"
        # session 17: a book's or an audiobook's cover and a radio drama, in the ten languages (folded)
        r"(?:book|novel|audiobook|audio book) covers?|buchcover\w*|buchillustration\w*|boekillustrati\w*|kitap illustrasyon\w*|buchumschlag\w*|horbuchcover\w*|"
        r"couverture (?:de|d'un|d un|du) (?:livre|roman|livre audio)|portada (?:de|del) (?:libro|novela|audiolibro)|"
        r"capa (?:de|do) (?:livro|romance|audiolivro)|copertina (?:del|di|di un) (?:libro|romanzo|audiolibro)|"
        r"okladk\w* (?:ksiazki|powiesci|audiobooka)|obalk\w* (?:knihy|romanu|audioknihy)|boekomslag\w*|boekcover\w*|"
        r"kitap kapagi|roman kapagi|sesli kitap kapagi|"
        r"audio ?drama|radio ?drama|horspiel\w*|hoorspel\w*|sluchowisk\w*|rozhlasov\w* hr\w*|radionovela\w*|"
        r"radiodramma\w*|fiction radiophonique|piece radiophonique|radyo tiyatrosu",
    ),
    (
        READING,
        r"book ?clubs?|reading (?:night|group|circle|corner)s?|literature class\w*|reprint\w*|"
        r"club de lecture|cercle de lecture|reedition\w*|club de lectura|reedicion\w*|plan lector|lesekreis\w*|"
        r"buchclub\w*|literaturkurs\w*|lesenacht\w*|neuauflage\w*|club del libro|circolo di lettura|gruppo di lettura|"
        r"ristampa|riedizione|clube do livro|clube de leitura|reedicao|klub ksiazki|klub czytelnicz\w*|lektur[ay] szkoln\w*|"
        r"ctenarsk\w* klub\w*|knizni klub\w*|povinn\w* cetb\w*|reedice|leesclub\w*|boekenclub\w*|herdruk\w*|"
        r"literatuurles\w*|kitap kulub\w*|okuma kulub\w*|edebiyat ders\w*",
    ),
)
_FRAME = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _FRAMES) + r")\b")

# Turkish "like a cartoon", "in a cartoon's air": a frame named as a look ("çizgi film gibi istiyorum", session 19).
# Not in ``frames.STYLE_AFTER_MORE``: after a person's name, "X gibi" is a lookalike of X, not X's style.
_LIKE_AFTER = re.compile(r"\s*(?:gibi|tadinda|havasinda)\b")

# A custom toy or picture made as a present is of someone the poster knows.
GIFT = re.compile(
    r"\b(?:gift|gifts|birthday present|cadeau|cadeaux|regalo|regalar|geschenk\w*|de presente|dar de presente|"
    r"presente de|prezent\w*|darek|darkem|hediye\w*)\b"
)


# A book about a real life, or its author, in the ten languages (folded): the cover shows a real person, not a
# character ("book cover with the author X", "okładka książki, autorka X").
_REAL_PEOPLE_OF_A_BOOK = re.compile(
    r"\b(?:biograph\w*|biografi\w*|memoir\w*|memoires|memorias|memorie|autobiogra\w*|lebenserinnerungen|pamietnik\w*|"
    r"wspomnien\w*|pameti|herinneringen|hatirat\w*|anilarim\w*|true story|true crime|waargebeurd\w*|"
    r"author|authors|auteur\w*|autrice|autor|autora|autore|autorin|autorka|autorky|yazar\w*|writer|escritor\w*|"
    r"scrittore|scrittrice|schriftsteller\w*|pisarz\w*|pisark\w*|spisovatel\w*|ecrivain\w*|schrijver|schrijfster)\b"
)


def fiction_frame(words_text: str) -> tuple[str, str] | None:
    """The first frame that makes the text's unlisted names characters, as (kind, cue), or None when the
    text has none or something cancels it. Role and band cancellations are the caller's (they need the
    role lists in ``frames``)."""
    # a frame followed by a style word names a style, not a work: "çizgi film tarzı", "cartoon style" (round 16: a real
    # jury member drawn "in cartoon style")
    found = next(
        (
            m for m in _FRAME.finditer(words_text)
            if not style_word_after(words_text[m.end() : m.end() + 24]) and not _LIKE_AFTER.match(words_text, m.end())
            # someone drawn "as a comic book superhero" is given a look (session 19); a toy "als Actionfigur" stays one
            and not (m.lastgroup != TOY and _AS_BEFORE.search(words_text, max(0, m.start() - 12), m.start()))
        ),
        None,
    )
    if found is None or LIKENESS_OR_REAL.search(words_text) or GIFT.search(words_text) or _REAL_PEOPLE_OF_A_BOOK.search(words_text):
        return None
    if person_resemblance_demands(words_text):
        return None  # "fan art: X as the inspector, it must look like him" is X drawn (session 43)
    kind = found.lastgroup or DRAWN
    return kind, found.group(0)


# A detective's rank right before a name, in the ten languages (folded): crime fiction's heroes go by it ("Kommissar
# Peter Faber", "vicequestore Rocco Schiavone", "komisarz Alex", "Inspector Morse"); the news names a real officer by
# job and force, not by a rank before the name. An EU commissioner ("EU-Kommissar", "commissaire européen") is no
# detective (round 21).
DETECTIVE_TITLES = frozenset(
    """kommissar kommissarin hauptkommissar hauptkommissarin kriminalkommissar kriminalkommissarin commissaire
    commissario comisario comisaria vicequestore ispettore ispettrice inspecteur inspectrice inspector inspectora
    inspetor inspetora detective detektiv detektyw komisarz komisar inspektor inspektorka hoofdinspecteur
    rechercheur komiser baskomiser dedektif
    sergeant superintendent dci""".split()
)  # session 25: the British ranks ("detective sergeant sean duffy", "Superintendent Ted Hastings")
_DETECTIVE = "|".join(sorted(DETECTIVE_TITLES))
DETECTIVE_TITLE_BEFORE = re.compile(rf"(?<!\beu )(?<!\beu-)\b(?:{_DETECTIVE})\s+$")


# ... or set after it as its apposition: "Paul Vlaanderen, detective uit het hoorspel"
DETECTIVE_TITLE_AFTER = re.compile(rf"^\s*,\s*(?:{_DETECTIVE})\b")


def detective_named(folded_before: str, words_text: str, folded_after: str = "") -> bool:
    """A name right after a detective's rank, or with the rank set after it, in a text that seeks no real likeness
    (``LIKENESS_OR_REAL``)."""
    ranked = DETECTIVE_TITLE_BEFORE.search(folded_before) or DETECTIVE_TITLE_AFTER.match(folded_after)
    return bool(ranked) and not LIKENESS_OR_REAL.search(words_text)


# The text says its people are invented, or names a work the character comes from. Round 12: the franchises whose
# characters fill anime and game prompts, also inside their models' names ("yelan_genshin"), most of whom have a
# name's shape; a listed person in such a prompt still counts.
# session 43 (round 48): the poster's own work of fiction, in the ten languages (folded): "the maths teacher in my
# webcomic", "héroïne de mon visual novel", "píšu knížku pro děti, kde vystupuje ..."; not "my book" or "my story"
# (a photo book, a life), nor Portuguese "meu romance" (a love affair), nor "my D&D campaign" (its players are real
# people and are drawn as its heroes). Like fan art, it yields to a public role.
_OWN_WORK = (
    r"(?:my|mon|ma|mi|mein|meinem|meinen|meiner|il mio|la mia|mio|mia|meu|minha|moj|moja|mojego|mojej|moim|muj|moje|"
    r"meho|mem|mijn) (?:own )?(?:web ?comic|webtoon|visual novel|graphic novel|novel|comic|comic book|manga|fanfic\w*|"
    r"roman|bd|bande dessinee|novela|novela grafica|historieta|romanzo|fumetto|quadrinho|hq|powiesc|powiesci|"
    r"komiks|komiksu|komiksie|romanu|romanem|strip)\b|"
    r"(?:i am|i'm|im) writing an? (?:novel|children'?s book|kids'? book|comic|story)|j'ecris un (?:roman|livre pour enfants)|"
    r"(?:estoy )?escribiendo una novela|ich schreibe (?:einen roman|ein kinderbuch)|sto scrivendo un romanzo|"
    r"(?:estou )?escrevendo um (?:romance|livro infantil)|pisze (?:powiesc|ksiazke dla dzieci)|"
    r"pisu (?:knizku|knihu|roman)|ik schrijf (?:een roman|een kinderboek)|romanimda|romanimin|hikayemde|cizgi romanimda|"
    # ... or a character the poster made ("Criei uma personagem, a Dona Celeste", "I created a character")
    r"(?:i (?:created|made|invented|designed)|j'ai (?:cree|invente)|(?:he )?cre[eo]|(?:ho )?creato|criei|inventei|stworzyl[ae]m|"
    r"vytvoril[a]?|yarattim) (?:a |an |un |une |una |uma |um |bir |my own )?"
    r"(?:original )?(?:character|personnage|personaje|personagem|personaggio|postac|postavu|personage|karakter)|"
    r"ik heb (?:een |mijn eigen )?(?:personage|karakter) (?:bedacht|gemaakt)|"
    r"ich habe (?:eine |meine eigene )?(?:figur|kunstfigur) (?:erfunden|erschaffen|entworfen)"
)
_OWN_WORK_CUE = re.compile(_OWN_WORK)
# ... unless someone is cast in it: "X as a dwarf cleric", "X jako víla mraků", "X als Fee" (folded)
# with an article where the word also means "like", "the" or "when" (Portuguese "as redes", German "als ich")
_CAST_IN_OWN_WORK = re.compile(
    r"\b(?:(?:as|como|come|comme|als) (?:an?|un|une|una|uno|um|uma|ein|eine|einen|een)|jako|en tant que|olarak) \w+"
)

# Written as one alternation and compiled grouped by first character (``alternation.grouped_pattern``: the same
# matches, 0.021 → 0.013 ms a search on the benchmark's prompts; session 43)
_FICTIONAL_CONTEXT_CUES = (
    r"original character|my oc|oc|ocs|fictional character|fan ?art|fanart|in game|game model|"
    r"game design|remake design|character design|personnage original|personaje original|"
    r"personaggio originale|originalfigur|"
    # round 16: a persona the text says is invented, virtual or not real, in the ten languages (folded); "fake" is
    # not one ("fake nudes of X")
    r"(?:fictional|invented|made up|imaginary|virtual|ai|ai generated|synthetic|non existent|nonexistent) (?:person|woman|girl|man|guy|influencer|"
    r"influencerin|influencerka|influenceuse|"  # session 20: "ai influencerin namens lea-sophie"
    r"instagram model|model|persona)|not (?:a |based on (?:a |any )?)?real person|does ?n[o']?t exist|"
    r"(?:personne|femme|fille|influenceuse|influenceur|mannequin) (?:fictive|fictif|inventee?|imaginaire|virtuelle?)|"
    # session 24: the Romance and German order, "IA" after the persona ("une influenceuse 100% IA", "influencer IA")
    r"(?:influenceuse|influenceur|influencer\w*|influenciadora|modelo|modella|mannequin) (?:100 ?% )?(?:ia|ki)\b|"
    r"pas une vraie personne|(?:persona|mujer|chica|modelo|influencer) (?:ficticia|inventada|imaginaria|virtual)|"
    r"no es una persona real|(?:fiktive|erfundene|virtuelle) (?:person\w*|frau\w*|influencerin\w*|figur\w*)|keine echten? person\w*|"
    r"(?:persona|donna|ragazza|modella|influencer) (?:immaginaria|inventata|fittizia|virtuale)|non e una persona reale|"
    r"(?:pessoa|mulher|garota|modelo|influenciadora) (?:ficticia|inventada|imaginaria|virtual)|nao e uma pessoa real|"
    r"(?:wymyslon|fikcyjn|wirtualn)\w* (?:osob\w*|influencerk\w*|postac\w*|dziewczyn\w*|kobiet\w*|modelk\w*)|"
    r"zadna (?:istniejaca|prawdziwa) osoba|(?:vymyslen|smyslen|fiktivn|virtualn|synteticn|syntetick)\w* (?:\w+ )?(?:osob\w*|"
    r"influencerk\w*|postav\w*|holk\w*|zen\w*|modelk\w*)|zadna (?:skutecna|existujici|realna) osoba|"
    r"(?:verzonnen|fictieve|virtuele) (?:persoon|influencer|vrouw|meisje|model)|"
    r"geen echt persoon|verzonnen personage|(?:sanal|hayali|kurgusal) (?:influencer|model\w*|fenomen|kisi|karakter|kadin|kiz|instagram)|"
    r"gercek olmayan|gercek bir kisi degil|yapay zeka (?:influencer|model\w*)|"
    # round 19: "doesn't exist" and an invented character, in the other nine languages (folded)
    r"n ?existe pas|no existe|non esiste|existiert nicht|gibt es nicht|nao existe|nie istnieje|neexistuje|"
    # round 20: a synthetic or non-existent model or person, in the nine other languages (folded)
    r"(?:syntetyczn|nieistniejac|syntetick|neexistujic|synthetisch|niet bestaand|sentetik|sintetic|synthetique|"
    r"inexistant|inexistent|inesistent|nicht existierend)\w* (?:osob\w*|modelk\w*|kobiet\w*|zen\w*|person\w*|"
    r"model\w*|vrouw|kadin|kisi|pessoa|persona|mujer|donna|femme|frau)|"
    # round 21: ... with the noun first, as Romance languages and Polish put it ("modella sintetica", "femme synthétique")
    r"(?:modell[ao]|modelo|modelka|donna|mujer|mulher|femme|persona|pessoa|personne|kobieta) (?:sintetic|synthetique|"
    r"syntetyczn)\w*|"
    r"bestaat niet|var olmayan|(?:personnage|personaje|personaggio|personagem|figur|postac|postava|personage|karakter) "
    r"(?:invente|inventee|imaginaire|fictif|fictive|inventado|inventada|imaginario|inventato|immaginario|erfunden\w*|"
    r"wymyslon\w*|vymyslen\w*|verzonnen|uydurma|hayali)|"
    # round 16: someone the text calls invented, then names ("un boulanger imaginaire, Jean-Marc", "ragazza inventata
    # di nome Giada")
    rf"{INVENTED}(?:(?=,)| (?:named|called|nomme|nommee|appele|appelee|llamad[oa]|chiamat[oa]|di nome|de nome|"
    r"chamad[oa]|genaamd|namens|o imieniu|jmenem|adinda|adli))|"
    rf"{_OWN_WORK}|"
    # not "from the show": talk, quiz and reality shows are of real people ("45 screenshots from the show": session 20)
    r"from the (?:game|anime|manga|manhwa|manhua|webtoon|donghua|series|movie|book|novel|light novel|drama|k ?drama)|"
    r"genshin(?: impact)?|honkai(?: impact)?|star rail|hsr|arknights|blue archive|azur lane|hololive|nijisanji|"
    r"nikke|fate grand order|fgo|pokemon|league of legends|overwatch|final fantasy|naruto|one piece|jujutsu kaisen|"
    r"kimetsu no yaiba|demon slayer|boku no hero|my hero academia|chainsaw man|evangelion|touhou|vocaloid|"
    r"umamusume|idolmaster|love live|kancolle|girls frontline|street fighter|tekken|zelda|spy x family|"
    r"attack on titan|shingeki no kyojin|sailor moon|dragon ball|sword art online|danganronpa|"
    r"journey to the west|dream of the red chamber|water margin|romance of the three kingdoms|black myth|"
    # Round 13: manhwa, webtoons and Korean games, and the anime and manga whose characters prompts name family
    # name first ("kujo jolyne, stone ocean").
    r"solo leveling|tower of god|lookism|omniscient reader|orv|noblesse|god of high school|"
    r"the beginning after the end|nano machine|eleceed|mount hua sect|"
    r"lost ark|blade (?:and|&) soul|maplestory|black desert|stellar blade|epic seven|"
    r"jojo'?s bizarre adventure|stone ocean|city hunter|lupin(?: the third| iii)?|yakuza (?:0|kiwami)|ryu ga gotoku|"
    r"persona [345]|hunter x hunter|one punch man|fullmetal alchemist|death note|cowboy bebop|gintama|haikyuu|"
    r"oshi no ko|bocchi the rock|frieren|kaguya sama|re zero|konosuba|steins gate|gundam|code geass|tokyo ghoul|"
    r"slam dunk|dandadan|blue lock|mushoku tensei|sakamoto days|kingdom hearts|resident evil|metal gear|"
    r"neon genesis|rurouni kenshin|inuyasha|ranma|urusei yatsura|fairy tail|black clover|fire force|"
    r"hell'?s paradise|vinland saga|made in abyss|toradora|clannad|monogatari|nisekoi|"
    r"quintessential quintuplets|dress up darling|horimiya|kakegurui|high school dxd|"
    # round 16: Western game series whose characters have ordinary names ("keira metz, witcher 3"); not those
    # filmed with actors, whose names may stand beside them ("Bella Ramsey as Ellie, The Last of Us")
    r"witcher [123]|wiedzmin [123]|zaklinac [123]|cyberpunk 2077|mass effect|dragon age|baldur'?s gate|red dead|"
    r"grand theft auto|life is strange|bioshock|skyrim|elder scrolls|god of war|alan wake|detroit become human|"
    r"kingdom come:? deliverance|half life|devil may cry|world of warcraft|starcraft|hogwarts legacy"
)
FICTIONAL_CONTEXT = re.compile(rf"\b{grouped_pattern(_FICTIONAL_CONTEXT_CUES)}\b")

# The character of a novel, a series, a comic or a game, as the ten languages say it (folded): "le personnage de la
# série", "die Figur aus 'Der Vorleser'", "postać z serialu", "personage uit", "romandaki Feride", "from the
# stephen king books" (round 16). A series has actors, so these count only in a text that names no role
# (``names_fiction``): "aktorka z serialu" is an actress.
FICTION_WORK_CUES = re.compile(
    r"\b(?:the character|(?:le |ce )?personnage (?:de|du|des|d)|(?:el |la )?personaje (?:de|del)|"
    r"(?:il )?personaggio (?:di|del|della|dello|de)|(?:a |o )?personagem (?:de|da|do)|"
    # session 23: "the character" said so in the Romance languages ("El personaje Emilio Delgado con su escoba")
    r"(?:el|le|ce|il|o|a|het) (?:personaje|personnage|personaggio|personagem|personage)|"
    r"(?:figur|romanfigur|serienfigur|comicfigur|romanheldin|romanheld) (?:aus|von)|romanfigur|serienfigur|"
    r"postac (?:z|ze)|bohater\w* (?:z|ze)|postava (?:z|ze)|hrdin\w* (?:z|ze)|personage uit|hoofdpersonage|"
    r"karakteri|karakterini|karakterinin|karakterleri|dizisi|dizi karakteri|"
    # session 45 (round 50): a novel's character named as one ("een romanpersonage", "postać literacka", "literární
    # postava", "romanın kahramanı")
    r"romanpersonage|romanfiguur|romanheldin|postac\w* (?:literack|powiesciow)\w*|literack\w* postac\w*|"
    r"literarni postav\w*|postav\w* (?:z )?roman\w*|(?<!cizgi )roman(?:in|daki)? kahraman\w*|literary character|"
    # ... or a play an amateur company stages, whose people are its characters (session 45: "poster for our theatre
    # group", "ochotnický soubor"); an actress named by her role keeps hers (``roles.names_a_role``)
    r"amateur dramatics|drama society|theatre group|theater group|(?:troupe|compagnie) de theatre|piece de theatre|"
    r"grupo de teatro|obra de teatro|theatergruppe|theaterstuck|laientheater|laienspiel\w*|theaterverein|"
    r"compagnia teatrale|filodrammatica|peca de teatro|grupa teatraln\w*|teatr amatorski|kolko teatralne|"
    r"ochotnick\w*|divadelni (?:spolek|soubor|hra)|toneelgroep|toneelvereniging|toneelstuk|tiyatro (?:oyunu|grubu|toplulugu)|"
    r"(?:de la|d'une|d une) (?:serie|telenovela|novela|bd)|du (?:roman|livre|jeu(?: video)?|feuilleton)|"
    # session 21: operettas, musicals and zarzuelas ("primadonna z operetki", "denisa z operety"); not the opera,
    # whose house has real singers ("the tenor from the opera")
    r"(?:from|in) the (?:operetta|musical|zarzuela)|de l'?operette|de la (?:zarzuela|opereta)|"
    r"del musical|dell'?operetta|da (?:opereta|zarzuela)|do musical|aus (?:der operette|dem musical)|"
    r"z (?:operetki|operety|musicalu|muzikalu)|uit de (?:operette|musical)|operetinden|muzikalinden|"
    # ... or the work itself, named as one ("blood brothers musical,"); "musical" only as the noun, not "a musical
    # instrument"
    r"musical(?=\s*(?:[,.;:)!?\n]|$|poster|theatre|theater|stage))|operetta|operette|opereta|operetka|zarzuela|"
    r"de la (?:novela|serie|telenovela)|del (?:libro|videojuego|juego|romanzo|videogioco|fumetto)|della serie|"
    r"da (?:serie|novela)|do (?:romance|livro|jogo)|aus (?:der serie|dem roman|dem buch|dem spiel)|"
    r"z (?:serialu|powiesci|ksiazki|gry|bajki)|ze (?:serialu|hry)|z (?:romanu|knihy|pohadky)|"
    r"uit (?:de serie|de roman|het boek|de game|het spel)|"
    r"from (?:the )?(?:\w+ ){1,3}(?:books|novels|book series|saga|comics|games)|"
    # session 19: a series of novels, crime novels or stories, in the nine other languages (folded)
    r"des (?:romans|polars)|de la saga|de las novelas|del cuento|aus den (?:romanen|krimis|buchern)|aus der krimireihe|"
    r"dei (?:romanzi|gialli)|della saga|dos (?:livros|romances)|da saga|z (?:kryminalow|kryminalu|ksiazek|sagi|cyklu)|"
    r"z (?:romanu|knih|detektivek|detektivky|povidek)|ze sagy|uit de (?:boeken|romans|strips|saga)|"
    r"romanlarindaki|kitaplarindaki|serisindeki|hikayesindeki|"
    r"dizisindeki|dizideki|dizisinden|romandaki|romanindaki|kitaptaki|oyunundaki|oyundaki|"
    # round 20: a brand's mascot, in the ten languages (folded)
    r"brand mascot|mascot|mascotte|mascota|maskottchen|maskotka|maskot|mascote|mascotte pubblicitaria|"
    r"mascota publicitaria|reklamni postavicka|"
    # session 22: an advertising character ("the made-up ad character"), and a legend's people ("aus der
    # Rosstrappe-Sage"); not "legend" alone, which calls real people so ("the Cowboys legend")
    r"ad character|advertising character|ad mascot|personnage publicitaire|personaje publicitario|werbefigur|"
    r"personaggio pubblicitario|personagem publicitari[oa]|postac reklamowa|reclamefiguur|reklam karakteri|"
    r"(?:from|of) the (?:\w+ )?legend|de la legende|de la leyenda|della leggenda|da lenda|z legendy|ze legendy|"
    r"aus der (?:\w+ )?sage|uit de (?:\w+ )?(?:sage|legende)|efsanesindeki|"
    r"trilogy|trilogie|trilogia|trylogi\w*|trilogi\w*)\b"  # round 19: "(la de la trilogía del Baztán)"
)


# A negated word or two ("nie fotorealizm", "no actor likeness", "not the actor's likeness") say what the picture is
# not (round 21; the possessive, session 19)
_NEGATED = re.compile(r"\b(?:not|no|nie|ne|non|nicht|kein\w*|geen|niet|bez|sem|sin|sans|ni|nada de)(?:\s+\w+){1,2}(?:['’]s\s+\w+)?")


# The words for a character's cast in the ten languages (folded): the text asks for the characters and says so against
# their cast ("only the characters, not the actors", "sadece karakterler, oyuncular değil": round 17), and the word
# names whoever plays a character ("hermione actress": ``detectors.private``, session 38). Czech "herec" in its cases
# ("herci", "herců"), not any "herc-" word ("hercules").
CAST_WORDS = (
    r"(?:actors?|actress(?:es)?|acteurs?|actrices?|actores|actriz|attori|attore|attrici|attrice|atores|atriz|atrizes|ator|"
    r"schauspieler\w*|aktor\w*|herc(?:i|u|um|ich|e|em)|herec\w*|acteur\w*|oyuncu\w*)"  # session 19: "herečka", "atriz"
)
_ONLY = r"(?:only|just|solo|solamente|seulement|uniquement|nur|soltanto|apenas|tylko|jen|pouze|alleen|sadece)"
_CHARACTERS = (
    r"(?:characters?|personajes?|personnages?|figuren|figur|personaggi|personaggio|personagens?|personages?|postac\w*|"
    r"postav\w*|karakter\w*)"
)
# ... or against the cast's faces ("ne copie pas le visage de l'acteur", "no las caras de los actores"): round 20
_CAST_FACES = (
    r"(?:(?:\w+ ){0,2}(?:face|faces|visage|visages|tete|tetes|cara|caras|rostro|rostros|rosto|rostos|gesicht\w*|volto|volti|viso|faccia|"
    r"twarz\w*|oblicej\w*|gezicht\w*|likeness|"
    # session 26: the likeness itself ("keine Ähnlichkeit mit dem Schauspieler", "nessuna somiglianza con l'attore")
    r"ahnlichkeit|somiglianza|parecido|ressemblance|semelhanca|podobienstwa|podobnost\w*|gelijkenis|resemblance) "
    r"(?:\w+ ){0,2}(?:\w*[ld]['’])?)?"  # "dell'attore" too (session 21)
)
# ... or against looking like them ("Bitte NICHT wie die Schauspielerin aus dem Film", "pas comme l'actrice"): session 37
_LIKE = (
    r"(?:(?:like|wie|comme|como|come|jak|jako|zoals) (?:the |die |der |den |dem |l['’ ]|la |le |el |il |a |o |de |het |ta |ten )?)?"
)
# ... or against the screen's cast ("book version not the tv actor"): session 22
_SCREEN = r"(?:(?:tv|film|movie|series|show|screen|serie|serien|filmowy|dizi) )?"
CHARACTERS_NOT_CAST = re.compile(
    rf"\b(?:not (?:the |any |an? )?|pas (?:les |la |le |l['’ ])?|no (?:los |las |la |el )?|non (?:gli |le |la |il |l['’ ])?|"
    rf"nao (?:os |as |a |o )?|nicht (?:die |der |den )?|"
    rf"nie |ne |niet (?:de )?|geen |keine? |"
    # round 21: "nie chodzi o aktorkę", "nada de atores", "bez podoby herečky", "without the actress"
    rf"nie chodzi o |nada de |bez (?:podoby )?|without (?:the )?|sem (?:os |as )?|sin (?:los |las )?|zonder (?:de )?|"
    # session 26: "no" as a determiner ("nessuna somiglianza con l'attore", "aucune ressemblance avec l'acteur")
    rf"nessun[ao]? |ningun[ao]? |nenhum[a]? |aucune? |zadn\w* )"
    rf"{_LIKE}{_CAST_FACES}{_SCREEN}{CAST_WORDS}\b|\b{CAST_WORDS}(?: \w+)? (?:degil|olmasin|benzemesin)\b|"
    # session 35: not based on an actor ("Not based on any actress", "pas basée sur une actrice", "no basada en ninguna
    # actriz")
    rf"\b(?:not|pas|no|non|nao) (?:based|basee?s?|basad[oa]s?|basat[oa]|basead[oa]s?) (?:on|sur|en|su|em) "
    rf"(?:any |an? |the |une? |la |le |l['’ ]|ningun[ao]? |nessun[ao]? |nenhum[a]? |um[a]? )?{_SCREEN}{CAST_WORDS}\b|"
    # round 23: "only the character" says the same ("Solo el personaje, ilustrado", "Nur die Figuren")
    rf"\b{_ONLY} (?:(?:the|el|la|los|las|le|les|die|il|i|o|os|a|as|het|de) )?{_CHARACTERS}\b|"
    # session 21: the other order ("le personnage seulement"), and no real face at all ("Keine echten Gesichter")
    rf"\b{_CHARACTERS} {_ONLY}\b|"
    r"\b(?:no|keine|pas de|sin|sem|geen|bez|zadne|nessun[oa]?|hic) (?:real|echten?|vrais|reales|reais|prawdziwych|skutecnych|"
    r"veri|vere|gercek) (?:faces|gesichter|visages|caras|rostos|gezichten|twarzy|obliceju|volti|yuz\w*)\b|"
    # session 22: nobody real ("Nobody real, just how I picture him from the radio")
    r"\b(?:nobody|no one|personne de|nadie|ninguem|nessuno di|niemand|nikt|nikdo|hic kimse) (?:real|reel|reale|echtes|echt|"
    r"prawdziwy|skutecny|gercek)\b|\bno real (?:people|person|persons)\b"
)


def characters_not_cast(words_text: str) -> bool:
    """The text (``words`` view) wants the characters, not the actors (``CHARACTERS_NOT_CAST``), and seeks no likeness
    or real look all the same ("X nude, not the actress, photoreal" does)."""
    return bool(CHARACTERS_NOT_CAST.search(words_text)) and not LIKENESS_OR_REAL.search(_NEGATED.sub(" ", words_text))


def names_fiction(words_text: str) -> bool:
    """The text (``words`` view) names a work of fiction its people come from: a franchise or "from the game"
    (``FICTIONAL_CONTEXT``), or a character of a novel, a series or a game and no public role
    (``FICTION_WORK_CUES``); never when it asks for the live-action cast, always when it says it wants the
    characters, not the actors (``CHARACTERS_NOT_CAST``)."""
    if characters_not_cast(words_text):
        return True
    if LIVE_ACTION.search(words_text):
        return False
    fictional = [m.group(0) for m in FICTIONAL_CONTEXT.finditer(words_text)]
    if fictional and all(_OWN_WORK_CUE.fullmatch(cue) for cue in fictional) and (
        LIKENESS_OR_REAL.search(words_text) or _CAST_IN_OWN_WORK.search(words_text)
    ):
        return False  # "X in my novel, photoreal", "hlavní postavou X jako víla mraků": someone cast in it
    if fictional and not (
        all(_FAN_ART.fullmatch(cue) or _OWN_WORK_CUE.fullmatch(cue) for cue in fictional)
        and (roles.names_a_role(words_text) or person_resemblance_demands(words_text))
    ):
        # "fan art" of someone named by a public role is theirs ("the irish youtuber", session 19), and so is fan art
        # that must look like the actor ("deve somigliare proprio a lui": session 43)
        return True
    cues = (m for m in FICTION_WORK_CUES.finditer(words_text) if not _AS_BEFORE.search(words_text, max(0, m.start() - 10), m.start()))
    return next(cues, None) is not None and not roles.names_a_role(words_text)


_FAN_ART = re.compile(r"fan ?art|fanart")


# "como personaje de anime", "as a character from": a real person drawn as a character is still that person
_AS_BEFORE = re.compile(r"\b(?:as|as a|como|comme|come|als|jako|olarak|em|en)\s+(?:an? |un |una |um |uma |ein |eine )?$")


# ... unless the text asks for the work's live-action cast, who are real people ("rurouni kenshin live action",
# "zoro as played by Mackenyu"): round 13.
LIVE_ACTION = re.compile(r"\b(?:live action|live-action|played by|the actor|the actress|cast as)\b")
