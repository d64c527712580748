"""What surrounds a name and says how it is used: depicted (likeness, action frames), cited as a style,
given a role or a band (a real person), or in a drawn, photographic or invented medium.

Patterns on the folded ``words``/``names`` views, in English, French, Spanish, German, Portuguese and
Italian (style cues of more languages are in ``detectors.given_names``). The name detectors read
these; the lexicons of sexual and minor words are in ``lexicons``.
"""

from __future__ import annotations

import re

from bountyboard.guard.text import roles

# Frames that depict the named person (as opposed to borrowing their style).
LIKENESS_BEFORE = re.compile(
    r"(?:\b(?:portrait|portraits|photo|photos|picture|pictures|painting|drawing|image|images|render|renders|"
    r"lora|loras|model|checkpoint|embedding|face|likeness|lookalike|look alike|cosplay|statue|bust|"
    r"caricature|sketch|illustration|deepfake|face swap|faceswap|version|funko|figurine|figurka|figurku) (?:of|de|d'|del|von|di|do|da|des|van)\s*|"
    r"\b(?:funko|figurka|figurku) \s*|"
    r"\b(?:portrait|retrato|portrat|ritratto|photo|foto|image|imagen|bild|dessin|dibujo)(?: \w+)? (?:de|d'|del|von|di|do|da)\s*|"
    r"\b(?:face mix|face blend|blend of|mix of|swap|swapped|looks like|look like|lookalike of|resembling|"
    r"resembles|the real|ressemble a|parecid[oa] a|ahnlich wie)[:\s]+(?:\d+% )?)$"
)
LIKENESS_AFTER = re.compile(
    r"^(?:'s|s)?\s*(?:as|en|als|como|come|in a|in an|dressed as|playing|riding|eating|wearing|skateboarding|"
    r"lookalike|look alike|doppelganger|double|himself|herself|in person|face|'s face|s face|likeness|"
    r"lora|loras|lycoris|checkpoint|embedding|dreambooth|(?:\w+ )?(?:portrait|headshot|photocard|photoshoot|"
    r"photos?|selfies?|fancam)|idol|cosplay|album art|cover|poster|style (?:portrait|photo)|"
    # "in anime style", "em estilo anime", "in versione cartoon", "im Comic-Stil", "in a hanbok"
    r"(?:in|im|em|en|na|no|nel|nello|nella|dans) (?:(?:\w+ ){0,3}(?:style|estilo|stile|stil|version|versione|"
    r"versao|fassung)|(?:un|una|um|uma|einem|einer|der|dem|le|la|il) \w+)|im \w+)\b"
)
# Cast as someone or something right after a name ("X as a queen", "X als Ritter", "X dressed as"): the
# likeness frame that still holds for a word that is also a name (an artist's, a surname that is a word).
CAST_AFTER = re.compile(r"^(?:'s|s)?\s*(?:as|en|als|como|come|jako|dressed as|verkleed als)\s")
# Doing something: depicts a public figure ("Ons Jabeur holding a trophy") but not an artist, whose
# name in a prompt is a style ("makoto shinkai smiling girls" is a style tag before a subject).
ACTION_AFTER = re.compile(
    r"^(?:'s|s)?\s*(?:holding|dancing|singing|posing|sitting|standing|walking|running|cooking|smiling|fighting|"
    r"dunking|scoring|celebrating|driving|swimming|boxing|hugging|waving|laughing|crying|reading|drinking|"
    r"climbing|skiing|surfing|skating|cycling|jumping|kicking|serving|sprinting|lifting|training|pole vaulting|"
    r"vaulting|diving|spiking|tackling|shooting hoops|performing|rapping|giving a speech|speaking|eating|"
    r"playing|riding|skateboarding|wrestling|"
    # es / pt / it gerunds
    r"bailando|cantando|corriendo|jugando|surfeando|nadando|montando|comiendo|"
    r"dancando|correndo|jogando|surfando|nadando|andando|comendo|"
    r"ballando|giocando|nuotando|mangiando|guidando|"
    # round 21: French and German present participles
    r"chantant|dansant|jouant|courant|nageant|cuisinant|posant|souriant|marchant|conduisant|mangeant|buvant|"
    r"singend|tanzend|lachend|laufend|kochend|"
    # session 17: what a person does, in the present of Czech, Polish and Dutch (folded)
    r"stoji|sedi|tanci|zpiva|drzi|bezi|pozuje|"  # not "vari" (cooks): Italian "various"

    r"stoi|siedzi|tanczy|spiewa|trzyma|gotuje|biegnie|"
    r"staat|danst|zingt|loopt|kookt|poseert|"
    # ... and European Portuguese "a" with the infinitive ("yuri da cunha a cantar")
    r"a (?:cantar|dancar|correr|jogar|nadar|tocar|surfar|sorrir|discursar|falar|cozinhar|posar))\b"
)

# For a title that opens with an unknown name, the action must read as a verb: followed by an article,
# a preposition, a capitalised object or the end of a clause ("Ons Jabeur holding a trophy",
# "Tadej Pogačar climbing Alpe d'Huez"), not as an adjective ("Cherry Blossom dancing petals").
TITLE_ACTION_AFTER = re.compile(
    ACTION_AFTER.pattern.removesuffix(r")\b")
    + r")(?=\s+(?:(?i:a|an|the|over|on|in|with|at|into|for|to|under|through|his|her|their|like|up|down|"
    r"um|uma|un|una|une|el|la|le|les|des|ein|eine|einen|il|lo|sur|sobre|no|na|em|en|con|com|avec|mit)\b|"
    r"[A-ZÀ-Ý])|\s*(?:[,.;:!?\n]|$))"
)

# The stricter frames the weak name-shape heuristic needs before it calls a capitalised run a person.
NAME_SHAPE_BEFORE = re.compile(
    r"\b(?:portrait|portraits|photo|photos|picture|pictures|lora|loras|model|checkpoint|embedding|face|"
    r"likeness|lookalike|deepfake|face swap|faceswap|statue|caricature|funko|figurine) (?:of|de|d'|del|von|di|do|da|van)\s*$|"
    r"\b(?:funko|figurka|figurku) \s*$|"
    r"\b(?:portrait|retrato|portrat|ritratto)(?: \w+)? (?:de|d'|del|von|di|do|da)\s*$|"
    r"\b(?:face mix|face blend|blend of|mix of|lookalike of|looks like|look like)[:\s]+(?:\d+% )?$"
)
NAME_SHAPE_AFTER = re.compile(
    r"^(?:'s|s)? ?(?:as (?:a|an|the)|en (?:\w+ )?(?:astronaute|reine|roi|super heros|chevalier|princesse|"
    r"sirene|sorciere|vampire|pirate|soldat|style|estilo|version|tenue)|en (?:un|une|el|la)|als|como (?:un|una|el|la)|"
    r"come (?:un|una|(?!(?:to|true|alive|back|home|in|out|on|up|down|with|and|from|here|closer|over|along)\b)\w+)|"
    r"dressed as|'s face|s face|face|lookalike|look alike|lora|likeness|himself|herself)\b"
)


# Groups and bands whose members are real people: "Nayeon (TWICE)", "Kim Chaewon from LE SSERAFIM".
GROUPS = (
    "twice", "blackpink", "newjeans", "le sserafim", "aespa", "ive", "itzy", "red velvet", "bts", "stray kids",
    "seventeen", "nmixx", "kiss of life", "babymonster", "illit", "fromis 9", "fromis_9", "gidle", "(g)i-dle",
    "i-dle", "mamamoo", "oh my girl", "girls' generation", "snsd", "exo", "enhypen", "ateez", "nct",
    "kep1er", "stayc", "dreamcatcher", "viviz", "loona", "everglow", "apink", "tripleS", "qwer",
    "akb48", "nogizaka46", "yoasobi", "one direction", "little mix", "fifth harmony", "måneskin",
    "maneskin", "coldplay", "the beatles", "rolling stones", "tokio hotel", "rammstein", "kraftwerk",
)
_GROUP = "|".join(re.escape(g) for g in sorted(GROUPS, key=len, reverse=True))
GROUP_AFTER = re.compile(
    rf"^\s*(?:\(\s*(?i:{_GROUP})\s*\)|(?:from|of|de|von|di|do|da|del|des)\s+(?i:{_GROUP})(?![\w']))"
)
GROUP_LEADING = re.compile(rf"(?i:(?:{_GROUP}))(?:'s|’s)?\s+")  # "TWICE's Tzuyu" read as one capitalised run
GROUP_BEFORE = re.compile(rf"(?i:(?<![\w'])(?:{_GROUP}))(?:'s|’s|s)?\s+$")
GROUP_ANYWHERE = re.compile(rf"(?<![\w'])(?:{_GROUP})(?![\w])")  # on folded text: cheap pre-check

# Words that say a request is about photographs of real people (corroborates a name shape).
REALISM_CUES = re.compile(
    r"\b(?:realistic|realism|photoreal(?:istic)?|photorealism|hyper ?realistic|lifelike|real life|irl|photos?|"
    r"pics?|photoshoot|photo shoot|selfies?|candids?|paparazzi|leak|leaked|leaks|red carpet|telephoto|"
    r"realiste|photorealiste|realista|hiperrealista|fotorrealista|fotos?|realistisch|fotorealistisch|"
    r"realistico|realistica|fotorealistico|fotorealistica|fotografia|foto realista|fotografico)\b"
)


def real_life(words_text: str) -> bool:
    """A photograph or a realistic render, and no drawn medium: where a model named with a name's shape only is
    a person's likeness more often than a character's (round 12)."""
    return bool(REALISM_CUES.search(words_text) or PHOTOGRAPHIC_CUES.search(words_text)) and not drawn_medium(words_text)


# A drawn or invented medium: without one, a framed name beside sexual words reads as a photograph
# of someone ("Bella Ramsey implied nude"); with one it may be a character ("Aria Vale, anime, lewd").
DRAWN_MEDIUM_CUES = re.compile(
    r"\b(?:anime|manga|manhwa|manhua|donghua|hentai|ecchi|cartoon|comic|comics|webtoon|game|video game|videogame|waifu|husbando|"
    r"character|characters|personnage|personaje|personaggio|figur|oc|ocs|fan ?art|fanart|illustration|"
    r"illustrations|drawing|drawn|doujin|doujinshi|visual novel|vn|furry|monster girl|elf|succubus|"
    r"3d|blender|render|sprite|chibi|cel shaded|toon|pixar|disney|dnd|d&d|rpg|"
    # booru-tag prompts ("1girl, masterpiece, best quality") are written for drawn-style models; "solo" as a tag of
    # its own, not the Romance "only" ("solo grembiule", "solo en la playa"); not a dataset's booru tags or captions,
    # a caption format ("captions in booru-stijl", "not just booru tags": round 47)
    r"1girl|1boy|2girls|solo(?=\s*(?:[,)\]:|\n]|$|focus\b))|highres|absurdres|masterpiece|best quality|pin ?up|pinups|fanservice|cgi|"
    r"(?<!captions in )(?<!caption in )booru(?! (?:tags?|tagg\w*|captions?|captioning)\b)|"
    # comics, cartoons and children's books in the other nine languages (folded)
    r"bande dessinee|dessin anime|fumetto|fumetti|cartone animato|historieta|dibujos? animados?|quadrinhos|"
    r"desenho animado|komiks\w*|kreskowk\w*|kreslen\w*|stripverhaal|tekenfilm|cizgi (?:roman|film)|zeichentrick\w*|"
    r"kinderbuch|children'?s book|picture book|libro illustrato|libro infantil|livro infantil|dziecieca ksiazk\w*|"
    r"detska knizk\w*|kinderboek|cocuk kitab\w*|"
    # drawings and illustrations in the other nine languages (folded)
    r"dessin|dessine|dibujo|ilustracion|zeichnung|gezeichnet|disegno|illustrazione|desenho|ilustracao|rysunek|"
    r"ilustracja|kresba|ilustrace|tekening|illustratie|cizim|illustrasyon)\b"
)
# Quality and subject tags that booru-trained models made habitual in every prompt, photographic ones too
# ("8k, raw photo, masterpiece", "1girl, realistic, RAW photo"): they mark a drawn medium only in a text
# that does not say it is a photograph.
# So are the words of a 3D render ("octane render", "3d", "blender", "cgi"): photoreal renders are how a
# photograph of someone is faked, so beside a photographic word ("selfie", "polaroid", "35mm") they mark no
# drawn medium either.
_QUALITY_TAGS_ONLY = re.compile(
    r"\b(?:highres|absurdres|masterpiece|best quality|1girl|1boy|2girls|solo|render|3d|blender|cgi)\b"
)


# Words that ask for the look of a photograph outright, in the ten languages (folded): with one of them a
# text asks for no drawn medium, whatever else it names (decision 0025). Not "raw photo" or "dslr": booru
# prompts carry them out of habit ("masterpiece, anime, raw photo" stays drawn).
PHOTOREAL_CUES = re.compile(
    r"\b(?:photoreal\w*|photo ?realis\w*|hyper ?realis\w*|hiperrealis\w*|fotorealis\w*|fotorealiz\w*|fotogercekci|fotorrealis\w*|"
    r"real person|realistic photo|photo realiste|foto realista|realistisches foto|foto realistica|"
    r"realistyczne zdjecie|realisticka fotka|realisticka fotografie|realistische foto|gercekci fotograf\w*)\b"
)


# Where a clause of a request or an item of a prompt ends: what lies before it no longer qualifies what follows
# (a negation, a place word)
CLAUSE_END = re.compile(r"[,;:.!?()\[\]\n]")

# A medium the text refuses ("realistic not anime", "kein Comic", "anime değil"): no drawn medium asked for.
_NEGATION_BEFORE = re.compile(r"\b(?:not|no|non|pas|nicht|kein|keine|nie|ne|geen|niet|sin|sem|senza|nada de)\s+(?:an? |un |une |ein |eine )?$")
_NEGATION_AFTER = re.compile(r"^\s+(?:degil|olmasin|yok)\b")


def drawn_medium(words_text: str) -> bool:
    """The text (``words`` view) asks for a drawn or invented medium. Booru quality tags alone do not
    say so when the text also says it is a photograph ("nua numa toalha, 8k, raw photo, masterpiece")."""
    cues = [
        m for m in DRAWN_MEDIUM_CUES.finditer(words_text)
        if not (_NEGATION_BEFORE.search(words_text, max(0, m.start() - 12), m.start()) or _NEGATION_AFTER.match(words_text[m.end() : m.end() + 12]))
    ]  # fmt: skip
    if not cues or PHOTOREAL_CUES.search(words_text):
        return False  # "X nude, comic panel, photorealistic": the picture asked for is a photograph
    if not _QUALITY_TAGS_ONLY.fullmatch(cues[0].group(0)):
        return True
    if not (PHOTOGRAPHIC_CUES.search(words_text) or REALISM_CUES.search(words_text) or SKIN_DETAIL.search(words_text)):
        return True  # "nsfw, masterpiece, best quality, (hautdetails:1.2)": detailed skin is a photograph's (round 41)
    return any(not _QUALITY_TAGS_ONLY.fullmatch(m.group(0)) for m in cues[1:])

def drawn_fiction(words_text: str) -> bool:
    """An unlisted name in the text (``words`` view) may be an invented character: the text asks for a drawn
    medium and names no public figure's role. "Manon Vale, anime" may be anyone's character; "the senator ...
    sexy pinup", "X, dutch tiktok girl, lingerie, masterpiece" and "X to wójt naszej gminy ... karykatura" are
    real people drawn."""
    return drawn_medium(words_text) and not roles.names_a_role(words_text)


# Close-ups and face-detail tags in the ten languages (folded), the tags tag soup sets after its subject:
# "X, gros plan", "X, yakın çekim", "X, volto dettagliato", "X - headshots only".
CLOSE_UP_TAGS = (
    r"(?:portrait|portret|portrait photo|portrat|retrato|ritratto|portre|headshots?(?: only)?|close up|closeup|close|"
    r"kopfportrat|brustportrat|hoofdportret|portretfoto|vesikalik|"
    r"gros plan|primer plano|primo piano|grande plano|nahaufnahme|zblizenie|detail|detailni portret|yakin cekim|"
    r"detayli portre|face close up|(?:ultra |highly |very )?detailed face|visage detaille|rostro detallado|"
    r"detailliertes gesicht|volto dettagliato|rosto detalhado|szczegolowa twarz|detailni tvar|gedetailleerd gezicht|"
    r"detayli yuz)"
)
# What follows a tag-soup subject and makes it one ("hocine yousfi, gros plan", "tijmen korstman - rode
# loper looks, lora"): a close-up tag, or a dash on a LoRA's line. Used by the given-name and joined-name
# detectors, each adding its own alternatives.
TAGS_AFTER_SUBJECT = rf"\s*[,–-]\s*{CLOSE_UP_TAGS}\b|\s+[-–]\s+[^\n]{{0,40}}\b(?:lora|loras|lycoris)\b"

STYLE_BEFORE = re.compile(
    r"(?:\b(?:by|in the style of|style of|styled after|in the manner of|in the spirit of|inspired by|"
    r"influenced by|after|a la|a la maniere de|a la maniere d'|facon|dans le style de|style|estilo|stile|stil|"
    r"stil von|styl|stijl|"
    r"estilo de|al estilo de|tipo|im stil von|im stile von|nach|stile di|nello stile di|alla maniera di|"
    r"no estilo de|ao estilo de|a maneira de|inspire de|"
    # session 33: the article contracted into the preposition ("no estilo do Humberto Espíndola", "im Stil des X")
    r"estilo do|estilo da|estilo del|a maneira do|a maneira da|stile del|stile della|stile dello|im stil des|"
    r"im stil der|im stile des|style du|inspire par|inspirado en|inspirado por|"
    r"inspiriert von|ispirato a|vibes of|artwork by|art by|painting by|painted by|photo by|photographed by|"
    r"shot by|directed by|cinematography by|illustrated by|drawn by|concept art by|"
    # round 21: French "par X" in a prompt's list, and a cinematographer's look ("cinématographie de Jacques Demy")
    r"par|cinematographie de|cinematografia de|cinematografia di|"
    # round 23: Spanish and Portuguese "by X" as a prompt's item after a comma ("pintura expresiva, por Evaristo Valle")
    r"(?<=,)\s*por|(?<=, )por|"
    # session 19: ... and "de X" as such an item, in the three Romance languages that say "by" so ("naturalismo, de José Malhoa")
    r"(?<=,)\s*de|(?<=, )de|"
    # ... and a Czech photograph or painting "by" X, a Polish work "authored by" X ("fotografie od Josefa Sudka")
    r"fotografie od|fotky od|obraz od|malba od|autorstwa|"
    # session 32: "as if by" X in Czech and Polish ("černobílá fotografie jako od Josefa Sudka")
    r"jako od|jak od|"
    # session 35: a painting or a drawing "like" X in Czech and Polish ("realistická malba jako Zdeněk Burian")
    r"(?:malba|malby|kresba|kresby|ilustrace|obrazy|ilustracje|malarstwo|grafiki|rysunki) (?:jako|jak)|"
    # session 17: a comic's clear line, a director's framing ("in de klare lijn van Joost Swarte", "enquadramento de X")
    r"klare lijn van|ligne claire de|enquadramento de|encuadre de|"
    # "painted/drawn by" in the other nine languages (folded)
    r"peint par|peinte par|dessine par|pintado por|pintada por|dibujado por|gemalt von|gezeichnet von|"
    r"dipinto da|dipinta da|disegnato da|desenhado por|namalowany przez|namalowana przez|narysowany przez|"
    r"namalovany|namalovana|namalovane|nakresleny|stylem|geschilderd door|getekend door|"
    r"inspirowany|inspirowana|inspirowane|inspirowany przez|w stylu|inspirovany|inspirovana|inspirovano|ve stylu|"
    r"geinspireerd door|in de stijl van|stijl van|a la manera de|jak u|"
    # session 41 (round 46): Spanish "a lo X", Portuguese "inspired by" with "em", an "aesthetic" ("colores explosivos a
    # lo Joaquim Mir", "casa inspirada em Lina Bo Bardi", "estética Lina Bo Bardi")
    r"a lo|inspirada em|inspirado em|inspiradas em|inspirados em|inspirada en|estetica|estetica de|estetica da|estetica do|"
    # session 30: "in the spirit of" in the other nine languages (folded): "v duchu Josefa Sudka", "w duchu X"
    r"v duchu|ve duchu|w duchu|im geiste von|im geist von|im geiste|dans l'esprit de|dans l'esprit d'|"
    r"en el espiritu de|con el espiritu de|nello spirito di|no espirito de|in de geest van|"
    # round 10: "in the manner of", "with the vibe of" as the other languages say it (folded)
    r"in der art von|in der art|w manierze|v manyre|in the vein of|dans la veine de|in de trant van|"
    r"atmosfera alla|atmosfera di|klimat|con el rollo de|vibe of|"
    # session 20: Italian "alla X" after a photograph or a painting ("fotografia alla Luigi Ghirri", "foto alla X")
    r"(?:foto|fotografia|fotografie|ritratto|ritratti|paesaggio|paesaggi|pittura|dipinto|dipinti|quadro|quadri|disegno|"
    r"disegni|immagine|immagini|scatto|scatti|luce|colori|manifesto|locandina|copertina|illustrazione|illustrazioni) alla|"
    # session 32: a technique or a brushstroke, an adjective between ("tecnica divisionista alla Giovanni Segantini")
    r"(?:tecnica|pennellata|pennellate|tratto)(?: [a-z]+)? alla|"
    # session 38 (round 43): an artist's line ("una locandina col tratto di Andrea Pazienza", "con el trazo de X")
    r"col tratto di|con il tratto di|con el trazo de|com o traco de|avec le trait de|"
    # round 17: "kadr jak z filmów Stanisława Barei", "like the films of", "como lo haría César Manrique"
    r"jak z filmow|jak z filmu|jako z filmu|jak w filmach|like the films of|as in the films of|comme dans les films de|"
    r"como en las peliculas de|wie in den filmen von|come nei film di|como nos filmes de|zoals in de films van|"
    r"como lo haria|como la haria|comme l'aurait fait|come lo farebbe|como o faria|"
    # session 32: the artist's works ("como las obras de César Manrique en Lanzarote", "like the works of"); not "Bilder
    # von" or Polish "obrazy", which are as often pictures of someone
    r"the works of|works by|las obras de|los cuadros de|les oeuvres de|les tableaux de|le opere di|i quadri di|"
    r"die werke von|as obras de|os quadros de|dziela|dila|de werken van|de schilderijen van|"
    r"(?:namalowany|namalowana|geschilderd|gemalt|dipinto|pintado|peint) (?:w stylu|in de stijl van|im stil von|nello stile di|al estilo de|dans le style de)|"
    # session 43 (round 48): a list of styles or artists after its heading and a colon ("stiller: KORKMAZ Nuri, ERDEM Abidin",
    # "styles: MONET Claude"), in the ten languages (folded)
    r"(?:styles|style|stiller|stilleri|stil|estilos|estilo|stili|stile|stijlen|stijl|styly|styl|artists|artistes|"
    r"artistas|artisti|kunstler|kunstenaars|sanatcilar|artysci|umelci)\s*:)"
    # ... and any cue above before a colon ("in the style of: X, Y": session 46, round 51)
    r"\s*:?\s*)$"
)
# Painted or drawn "like" someone, in their manner, or as a tribute to them, in the ten languages (folded):
# "painted like", "dipinta come", "namalowany jak", "namalovaná jako od", "gemalt nach Art von", "hommage à",
# "hołd dla". The artist veto's cue for artists and for names no list knows; a listed public figure stays
# a person ("homage to Pelé" may well depict him).
# The cast of a character named as such ("Catherine Cawood as played by Sarah Lancashire", "gespielt von", "interpretada
# por"): the actor is depicted, and the "by" is no style's (session 22)
PLAYED_BY_BEFORE = re.compile(
    r"\b(?:(?:played|portrayed|acted) by|gespielt von|dargestellt von|interpretad[oa] por|interpretee? par|jouee? par|"
    r"interpretat[oa] da|grany przez|grana przez|gespeeld door|vertolkt door)\s*$"
)
# Portuguese "à X" after a word is "in X's manner" ("caricatura à Bordalo Pinheiro", "Cartaz à Glauber Rocha", "estética
# da fome, à glauber rocha"): session 22. Folding makes it the article "a", so it is read on the original text; at a
# line's start, or after French words of likeness and giving, it is French "to" ("À Julie, pour ses 30 ans", "qui
# ressemble à X", "offert à X").
_GRAVE_A_BEFORE = re.compile(r"([^\W\d_]+)[,)]?\s+à\s*$")
_FRENCH_BEFORE_A = frozenset(
    """ressemble ressemblent ressemblant ressemblante ressembler identique fidèle fidele pareil pareille semblable
    offert offerte dédié dédiée dedie merci cadeau lettre pense parle""".split()
)


def style_a_before(original: str, start: int) -> bool:
    """The original text right before ``start`` is Portuguese "à" after a word: the name that follows is a manner."""
    found = _GRAVE_A_BEFORE.search(original, max(0, start - 32), start)
    return found is not None and found.group(1).lower() not in _FRENCH_BEFORE_A


# "Like" in the ten languages (folded; Turkish "gibi" follows the name)
LIKE_WORDS = r"(?:like|comme|como|wie|come|jak|jako|zoals)"
STYLE_VERB_BEFORE = re.compile(
    r"\b(?:(?:painted|drawn|rendered|sketched|peint|peinte|peints|dessine|dessinee|pintad[oa]s?|dibujad[oa]s?|"
    r"gemalt|gezeichnet|dipint[oaie]|disegnat[oaie]|desenhad[oa]s?|namalowan[yaeo]|narysowan[yaeo]|"
    r"namalovan[yaeo]|nakreslen[yaeo]|malovan[yaeo]|geschilderd|getekend)(?: (?:a|na))? "
    r"(?:like|as if by|as|comme|como|wie|come|jak|jako(?: od)?|als|zoals|a la|na modle|po vzoru)|"
    r"(?:painted|drawn|shot|photographed|rendered|lit|done) (?:just |exactly )?the way|"
    r"in the manner of|after the manner of|homage to|tribute to|an homage to|hommage a|hommage an|hommage aan|"
    r"homenaje a|homenagem a|omaggio a|hold dla|pocta|eerbetoon aan|nach art von|nach art|na modle|na wzor|"
    r"po vzoru|op de manier van|a maneira de|a moda (?:de|do|da)|alla maniera di|a la maniere de|a la manera de|"
    # session 25: like the photographs or paintings of X, in the ten languages ("como as fotos do Luiz Braga", "like the
    # photos of X", "zoals de foto's van X"); not "look like": "make her look like the photos of X" is X's likeness
    rf"(?<!look )(?<!looks )(?:{LIKE_WORDS}) (?:(?:the|les|as|los|las|le|die|de|nas|nos|en las|dans les|auf den|in den|op de|na) )?"
    r"(?:photos?|photographs|pictures|fotos?|foto['’ ]s|fotografias|fotografie|paintings|tableaux|cuadros|quadros|quadri|"
    r"gemalde|bilder|schilderijen|zdjeciach|fotkach|obrazach|obrazech) (?:of|de|des|du|do|da|dos|das|di|del|della|von|van|"
    r"der)|(?<!wygladac )(?<!wyglada )(?<!vypadat )(?<!vypada )(?:jak|jako) na (?:zdjeciach|fotkach|fotografiach|fotografiich|"
    r"obrazach|obrazech)|"
    # round 19: "jak malował X", "wie bei X", "un film de X": as the artist painted, as with them, a film of theirs
    # ... and as the artist would (Czech and Polish "jak by to fotil X", "jakby to sfotografował X": session 26)
    # session 40 (round 45): ... with the works as a pronoun and "made" ("come le faceva Mario Giacomelli", "comme les
    # faisait X"), and "painted the way X did it"
    rf"(?:{LIKE_WORDS}|as|jakby) (?:(?:by )?to |(?:le|li|la|lo|les|los|las|them|ze|je|ji|go|ja|sie) )?"
    r"(?:malowal|malowala|maloval|malovala|malt|malte|painted|paints|"
    r"faceva|facevano|faisait|hacia|fazia|machte|maakte|made|shot|"
    r"fotil|fotila|sfotografowal|sfotografowala|namaloval|namalovala|namalowal|namalowala|"
    r"peignait|pintaba|dipingeva|pintava|schilderde|fotografowal|fotografoval|fotografierte|photographed|drew|"
    r"rysowal|kreslil|zeichnete|dessinait|dibujaba|disegnava|desenhava|tekende)|wie bei|comme chez|"
    r"(?:un|a|een|ein|uno) film (?:de|di|von|van|by)|films? (?:de|di|von|van)|"
    # round 20: draws or paints like the artist, in the present ("tekent zoals X", "malt wie X", "rysuje jak X")
    # (verbs only: "photographie", "fotografia" are also the noun, "fotografia come X" casts someone as X)
    r"(?:draws|paints|photographs|tekent|schildert|fotografeert|zeichnet|malt|fotografiert|dessine|peint|"
    r"dibuja|pinta|disegna|dipinge|desenha|rysuje|maluje|fotografuje|kresli) "
    rf"{LIKE_WORDS})\s*$"
)
# ... and after the name, as Turkish writes them: "X gibi boyanmış", "X anısına", "X üslubuyla".
STYLE_VERB_AFTER = re.compile(
    r"^(?:['’]?[^\W\d_]{1,3})?\s*(?:gibi (?:boyanmis|cizilmis|resmedilmis)|anisina|uslubuyla|uslubunda|tarzinda)\b"
    # "Devrim Erbil'in ... İstanbul resimleri tarzında": the artist's works named in between; "zoals Rien
    # Poortvliet ze tekende": as the artist drew them (round 17)
    r"|^['’]n?[iu]n\b[^.;:\n]{0,48}?\b(?:(?:resimleri|tablolari|cizimleri|eserleri|fotograflari) (?:tarzinda|gibi)|tarzinda)\b"
    r"|^\s+(?:ze|hem|haar|het|hen|die|ze ooit) (?:tekende|schilderde|tekent|schildert|fotografeerde)\b"
)
# ... and the style words after a name of the languages STYLE_AFTER lacks ("X tarzında", "X'ten esinlenen",
# "X stylem"): for names no list knows, and for listed people whose occupation the list does not give.
STYLE_AFTER_MORE = re.compile(
    # session 17: a Turkish honorific may stand between ("Osman Hamdi Bey tarzında")
    r"^(?:\s+(?:bey|hanim|pasa|efendi|aga)\b)?(?:['’]?[^\W\d_]{1,3})?\s*(?:tarzinda|tarzi|stylem|stijl|stylu|esinlen\w*|"
    r"filmlerinden|filmlerindeki|filmleri gibi|cizgisiyle|tablolarindaki|"  # round 19: "X filmlerinden bir kare gibi"
    r"filmi gibi|filmindeki gibi|filmi tadinda|tablosu gibi|tablolari gibi|resimleri gibi|"  # round 20: "X filmi gibi"
    r"sinematografisi\w*|uslubu\w*|"  # round 21: "X sinematografisi", X's cinematography; round 23: "X üslubu", manner
    r"cizgisinde|"  # session 42: "Turhan Selçuk çizgisinde", in X's line (round 47)
    r"fotograflari gibi|cizimleri gibi|eserleri gibi)\b"  # session 43: "X fotoğrafları gibi", like X's photographs
)
# A painting movement as the next tag of a list, in the ten languages (folded): "henri le sidaner,
# post-impressionnisme", "X, symbolismus". Read after an unlisted name only: a listed person drawn as a cubist stays
# that person ("putin, cubism") (round 20).
_MOVEMENT = (
    # the movements' names, not the words they come from ("expression", "symbol", "modern" stay words)
    r"(?:impressionn?is\w*|impresionis\w*|impresjoniz\w*|empresyoniz\w*|expressionn?is\w*|expresionis\w*|"
    r"ekspresjoniz\w*|ekspresyoniz\w*|symbolis[mt]\w*|simbolis[mt]\w*|symboliz\w*|cubis[mt]\w*|kubis[mt]\w*|kubiz\w*|"
    r"fauvis\w*|pointillis\w*|puntinis\w*|art nouveau|jugendstil|secese|secesja|sezession|modernism\w*|modernisme|"
    r"modernizm\w*|tonalism\w*|luminism\w*|pre ?raphaelite\w*|"
    r"prerafaeli\w*|unizm|unism|orientalis\w*|oryantalis\w*|futuris\w*|konstruktyw\w*|constructiv\w*|costruttiv\w*|"
    r"konstruktiv\w*|barok\w*|baroque|barocco|barroco|rococo|rokok\w*)"
)
MOVEMENT_AFTER = re.compile(rf"^\s*,\s*(?:post[\s-]?|neo[\s-]?)?{_MOVEMENT}\b")
MOVEMENT = re.compile(_MOVEMENT)  # the word alone: "post-impressionnisme" is no "Post" and a surname
# Painting as such, in the ten languages (folded), or one of its movements: "peinture naïve", "expressionistisch",
# "modernist african painting" (session 21; the media themselves are listed_context.PAINTING_MEDIUM)
PAINTING = re.compile(
    rf"\b(?:painting|paintings|painterly|peinture|pintura|pinturas|malerei|gemalde|pittura|dipinto|malarstwo|malba|"
    rf"schilderij|schilderkunst|resim|tablo)\b|{_MOVEMENT}"
)
STYLE_AFTER = re.compile(
    r"^(?:'s|s|-)?\s*(?:style|styled|stylisation|stylization|inspired|esque|like|vibes|aesthetic|look|"
    r"lighting|palette|colou?rs|brushwork|brush strokes|linework|line art|background work|backgrounds|"
    r"films?|movies?|art|artwork|paintings?|illustrations?|photography|composition|influence|"
    r"type|estilo|stil|stile|trending|concept art)\b"
    # round 14: one word may stand between the possessive and the art ("tara mcpherson's poster art")
    r"|^['’]s\s+[^\W\d_]+\s+(?:art|artwork|paintings|illustrations|photography|style)\b"
)

# Words that call someone invented, virtual or imaginary in the ten languages (folded): read after a name's role by
# the alias rule ("Wymyślona influencerka Zosia") and before a name here ("un boulanger imaginaire, Jean-Marc").
INVENTED = (
    r"(?:fictional|invented|made up|imaginary|virtual|imaginaire|inventee?|fictive?|fictif|virtuelle?|inventad[oa]|"
    r"imaginari[oa]|fictici[oa]|inventat[oa]|immaginari[oa]|fittizi[oa]|virtuale|erfundene?[rn]?|fiktive?[rn]?|"
    r"virtuelle?[rn]?|verzonnen|fictieve?|virtuele|wymyslon\w*|fikcyjn\w*|wirtualn\w*|vymyslen\w*|smyslen\w*|fiktivn\w*|"
    r"virtualn\w*|sanal|hayali|kurgusal|uydurma)"
)
# ... anywhere in a text: it says its people are invented
INVENTED_WORD = re.compile(rf"\b{INVENTED}\b")
# Right after a role, the words that make its holder invented: "influencer de ia", "influencer, 100% sintética"
# (folded; session 21)
INVENTED_AFTER = re.compile(
    rf"\s*,?\s*(?:de |da |di |der |van |100 ?% )?(?:{INVENTED}|ia|ai|ki|sztucznej inteligencji|umela inteligence|"
    r"yapay zeka|synthetic|sintetic[ao]|synthetique|synthetisch\w*|generated|generad[oa]|gerad[oa]|generat[oa])\b"
)


def style_word_after(after: str) -> bool:
    """The words right after a name or a medium say it is a style ("X style", "X tarzında", "X stylem")."""
    return bool(STYLE_AFTER.match(after) or STYLE_AFTER_MORE.match(after))


# Words that seek a real person's likeness ...
_LIKENESS_WORDS = (
    r"lora|loras|lycoris|checkpoint|embedding|dreambooth|dataset|datasets|face ?swap|deepfake|lookalike|"
    r"look alike|looks? like|likeness|face of|faces of|(?:his|her) face|"
    r"real (?:person|one|life|people)|irl|in person|"
    r"personne reelle|vraie personne|en vrai|persona real|en la vida real|echte person|im echten leben|"
    r"persona vera|dal vivo|pessoa real|na vida real|prawdziwa osoba|na zywo|skutecny clovek|skutecna osoba|nazivo|"
    r"echte persoon|in het echt|gercek kisi|gercek hayatta"
)
LIKENESS_SOUGHT = re.compile(rf"\b(?:{_LIKENESS_WORDS})\b")
# ... or say the picture is real: any one cancels a frame.
LIKENESS_OR_REAL = re.compile(
    rf"\b(?:{_LIKENESS_WORDS}|"
    r"realistic\w*|realism|photoreal\w*|photo ?realis\w*|hyper ?real\w*|lifelike|raw photo|dslr|leak\w*|"
    r"realiste|realistes|realista|realistas|realistisch\w*|realistic[oa]|realistich\w*|realistyczn\w*|"
    r"realistick\w*|gercekci|fotogercekci|fotorealis\w*|fotorealiz\w*|fotorrealis\w*|hiperrealis\w*)\b"
)
# A text about photographs, wider than REALISM_CUES: camera words and "raw photo" prompts in six
# languages. Together with a sexual word it makes a one-word name worth a moderator's look.
PHOTOGRAPHIC_CUES = re.compile(
    r"\b(?:raw photo|dslr|slr|35mm|50mm|85mm|canon eos|nikon|sony a7|kodak portra|fujifilm|analog photo|"
    r"polaroid|photograph|photographs|photography|photographie|photographique|fotografie|fotografisch|"
    r"fotografia|fotografica|fotografico|selfie|selfies|snapshot|onlyfans|webcam|boudoir shoot|leica|cinestill|"
    r"film grain|shot on|mirror selfie|ring light|"
    # round 16: a photo session in the ten languages (folded): "sesja boudoir", "fotoshooting", "ensaio fotográfico"
    r"boudoir|photoshoot|photo shoot|fotoshooting|fotoshoot|seance photo|sesion de fotos|servizio fotografico|"
    r"ensaio fotografico|sesja zdjeciowa|sesja|foceni|fotosessie|fotograf cekimi|"
    # ... and the skin and lens tags of photoreal prompts ("wet skin, 8k", "sun-kissed, bokeh")
    r"bokeh|depth of field|skin texture|skin pores|detailed skin|wet skin|sun kissed)\b"
)

# Where a one-word name stands as the subject: right before a LoRA or nudity word ("Yseult nue").
SUBJECT_AFTER = re.compile(
    r"^\s*(?:lora|loras|lycoris|nue|nu|nues|nude|nudes|naked|nackt|nackte|desnuda|desnudo|nuda|nudo|"
    r"pelada|pelado|topless|sans vetements|oben ohne)\b"
)
# ... or right after "of/de/von/di/da" ("nude photo of Yseult").
SUBJECT_BEFORE = re.compile(r"\b(?:of|de|d'|du|des|del|von|di|da|do)\s*$")
# A lower-case "<given> <word>" framed as a model of a person: "renee rapp lora", "lora of sophie rain".
LORA_FRAME_AFTER = re.compile(r"(?: [a-z]+){0,2} (?:lora|loras|lycoris)\b")
LORA_FRAME_BEFORE = re.compile(r"\b(?:lora|loras|lycoris|model|embedding) (?:of|de|von|di|da|do) $")


# Skin-detail tags of portrait prompts in the ten languages (folded): only a person has skin to detail, so a
# name right after "photo of" / "zdjęcie" / "foto van" (or before Turkish "fotoğrafı") in such a prompt is the
# subject ("photo of X, bokeh, dslr, highly detailed skin, 4k").
SKIN_DETAIL = re.compile(
    r"\b(?:(?:highly |very |ultra )?detailed skin|skin (?:detail|texture|pores)|peau (?:tres )?detaillee|"
    r"piel (?:muy )?detallada|(?:sehr )?detaillierte haut|hautdetails|pelle (?:molto )?dettagliata|"
    r"pele (?:muito )?detalhada|(?:bardzo )?szczegolowa skora|(?:velmi )?detailni plet|"
    r"(?:zeer )?gedetailleerde huid|(?:cok )?detayli cilt)\b"
)
PHOTO_OF_BEFORE = re.compile(
    r"\b(?:photo|photos|foto|fotos|zdjecie|fotka|fotografie|fotografia|portrait|portret)(?: (?:of|de|d|di|van|von|do|da|z))?[\s#]*$"
)
PHOTO_OF_AFTER = re.compile(r"^\s+fotograf(?:i|lari)\b")


# -ing words of prompts that are things, not actions: "houdini rendering" is the software's render.
ING_NOUNS = frozenset(
    """rendering render painting drawing lighting shading clothing building ceiling wedding morning evening
    pudding setting engraving etching printing colouring coloring sketching modeling modelling texturing
    sculpting photographing filming casting bedding stuffing frosting icing lettering""".split()
)
_VERB_AFTER = re.compile(r"^\s*([a-z]{3,}ing)\b")
_VERB_OR_PAST_AFTER = re.compile(r"^\s*([a-z]{3,}(?:ing|ed))\b")
_VERB_BEFORE = re.compile(r"\b([a-z]{3,}ing)\s+$")


def verb_after(after: str, *, past: bool = False) -> bool:
    """A verb's -ing form (or, with ``past``, its -ed form) opens ``after``: what a name does ("trump eating")."""
    verb = (_VERB_OR_PAST_AFTER if past else _VERB_AFTER).match(after)
    return verb is not None and verb.group(1) not in ING_NOUNS


_WORD_AFTER = re.compile(r"^\s*([a-z]{3,})\b")


def present_verb_after(after: str, *, words: frozenset[str]) -> bool:
    """A verb's third-person present opens ``after``: "putin bathes", "yeltsin punishes sinners", "obama cries".
    English has no list of verbs here, so the word must end in -s and its -ing form be in ``words`` (a
    dictionary): "bathes" -> "bathing", "cries" -> "crying", "runs" -> "running"; "paintings" and "glass" fail."""
    match = _WORD_AFTER.match(after)
    if match is None:
        return False
    word = match.group(1)
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "ings")):
        return False
    stems = {word[:-1], word[:-1].removesuffix("e")}
    if word.endswith("es"):
        stems.add(word[:-2])
    if word.endswith("ies"):
        stems.add(word[:-3] + "y")
    forms = {stem + "ing" for stem in stems if len(stem) >= 2} | {stem + stem[-1] + "ing" for stem in stems if stem}
    return any(form in words and form not in ING_NOUNS for form in forms)


# Verbs whose object, when it is a name, is that person's work: "reading hemingway", "playing debussy".
_WORK_VERBS = frozenset(
    """reading playing performing studying listening watching quoting citing covering singing translating hearing
    learning teaching analysing analyzing practicing practising conducting reciting discussing rereading
    directing staging screening remixing sampling""".split()
)


def verb_before(before: str) -> bool:
    """A verb's -ing form ends ``before``: what is done to a name ("punching hitler"), not to their work
    ("reading hemingway", "playing debussy")."""
    verb = _VERB_BEFORE.search(before)
    return verb is not None and verb.group(1) not in ING_NOUNS and verb.group(1) not in _WORK_VERBS


# The author of a book, before or after the name (folded): "the book of Jorge Amado", "do livro do Jorge Amado",
# "from jin yong's novel", "Roman von Max Frisch" (round 21); session 19: the plurals and crime novels of the ten
# languages, Polish and Czech genitives with no preposition ("z kryminałów Krajewskiego", "romány Michala Sýkory"),
# "the stephen king books", Turkish possessives ("Yaşar Kemal'in romanındaki") and a film's maker ("un film de Marcel
# Pagnol"). The name is the writer's or the director's, not someone depicted.
AUTHOR_BEFORE = re.compile(
    r"\b(?:(?:book|books|novel|novels|livro|livros|libro|libros|novela|novelas|roman|romans|romane|romanen|romanzo|"
    r"romanzi|buch|buches|bucher|buchern|krimi|krimis|polar|polars|gialli|kniha|knihy|ksiazka|ksiazki|boek|boeken|"
    r"strips) (?:by|of|de|do|da|di|del|von|van|od|des|du)|"
    r"(?:film|films|filme|filmes|movie|movies|pelicula|peliculas) (?:by|de|di|von|van)|"  # "un film de Marcel Pagnol"
    r"kryminalow|kryminalach|powiesci|ksiazek|ksiazkach|opowiadan|romany|romanu|romanech|knih|knihach|detektivek|povidek)"
    r"\s*$"
)  # not "romance de X" or Polish "romans": an affair depicts X
AUTHOR_AFTER = re.compile(
    r"^(?:(?:'s|s)\s+(?:novel|novels|book|books|poem|poems|short stories|song|songs)|\s+(?:books|novels|book series|short stories|"
    r"poem|poems|ballad|song|songs)|"  # session 21: "Sam McGee from the Robert Service poem"; 23: "the dolly parton song"
    # session 42: a painter's or a photographer's works, two words between at most ("Joan Eardley's stormy Catterline
    # seascapes": round 47); not "her photos" or "her portraits", which may be of her
    r"(?:'s|s)\s+(?:[^\W\d_]+\s+){0,2}?(?:seascapes|landscapes|cityscapes|paintings|canvases|etchings|engravings|woodcuts|"
    r"linocuts|lithographs|murals|watercolou?rs|brushwork|street photography)|"
    r"['’]?(?:n?[iu]n|n?in)\s+(?:roman|kitap|kitab|hikaye|oyku|eser)\w*)\b"
)


def work_verb_before(before: str) -> bool:
    """``before`` ends with a verb whose object is a person's work: "an orchestra playing debussy"."""
    verb = _VERB_BEFORE.search(before)
    return verb is not None and verb.group(1) in _WORK_VERBS


# Prompt attention weights: a name that fills "(Name:1.2)" on its own, next to another such name ("(Mario
# Sironi:1.2), (Ian Miller:1.2)"), is one item of a list of artists. Original text.
_WEIGHT_OPEN = re.compile(r"\(\s*$")
# A surname alone may keep the given name no list knows in front of it: "(even amundsen:1.1)".
_WEIGHT_OPEN_WORD = re.compile(r"\(\s*(?:[^\W\d_]+\s+)?$")
_WEIGHT_CLOSE = re.compile(r"(?:[ -][^\W\d_]+)?\s*:\s*\d(?:\.\d+)?\s*\)")
_BETWEEN_WEIGHTS = re.compile(r"^\s*,?\s*\(?\s*$")
_WEIGHTED_ITEM = re.compile(r"\(\s*([^():]{1,60}?)\s*:\s*\d(?:\.\d+)?\s*\)")


def weighted_slot(original: str, span: tuple[int, int], *, word_before: bool = False) -> tuple[int, int] | None:
    """Where the attention weight that holds only this name starts and ends in ``original``, or None.
    ``word_before``: one more word may stand before the name inside it."""
    close = _WEIGHT_CLOSE.match(original, span[1], span[1] + 32)  # room for a third word ("eyüboğlu:1.3)": session 26)
    opening = (_WEIGHT_OPEN_WORD if word_before else _WEIGHT_OPEN).search(original, max(0, span[0] - 24), span[0])
    return (opening.start(), close.end()) if close and opening else None


def weighted_items(original: str) -> list[tuple[tuple[int, int], str]]:
    """Every attention weight of the text, "(words:1.2)": its span and its words."""
    return [(m.span(), m.group(1)) for m in _WEIGHTED_ITEM.finditer(original)]


def weighted_neighbours(original: str, slots: list[tuple[int, int]], slot: tuple[int, int]) -> bool:
    """Another weighted name right before or after this one, only a comma between."""
    return any(
        other != slot and (
            (other[0] >= slot[1] and _BETWEEN_WEIGHTS.match(original[slot[1] : other[0]]) is not None)
            or (other[1] <= slot[0] and _BETWEEN_WEIGHTS.match(original[other[1] : slot[0]]) is not None)
        )
        for other in slots
    )
