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
custom toy of someone the poster knows), or a book about a real life ("biography", "memoir").
"""

from __future__ import annotations

import re

from bountyboard.guard.text.frames import LIKENESS_OR_REAL, style_word_after

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
        r"vinetas? de (?:comic|historieta)|tira (?:comica|de quadrinhos)|quadrinhos?|hq|"
        r"vignett\w* (?:a|di) fumett\w*|tavola a fumetti|striscia a fumetti|"
        r"kadr z komiksu|komiksow\w* (?:kadr|panel|strona|okladka)|komiksov\w* (?:okenk\w*|panel\w*|strip\w*|stran\w*)|"
        r"stripplaatje\w*|stripverhaal\w*|stripboek\w*|stripfiguur\w*|"
        r"cizgi roman (?:karesi|sayfasi|kapagi)|"
        r"cartoon (?:still|episode|frame|character)s?|animated (?:series|show|film|movie|still|short)|"
        r"dessin anime|cartone animato|dibujos? animados?|desenho animado|kreskowk\w*|animovan\w* (?:serial|film|pohadk\w*)|"
        r"tekenfilm\w*|cizgi film\w*|zeichentrick\w*",
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
)
_FRAME = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _FRAMES) + r")\b")

# A custom toy or picture made as a present is of someone the poster knows.
GIFT = re.compile(
    r"\b(?:gift|gifts|birthday present|cadeau|cadeaux|regalo|regalar|geschenk\w*|de presente|dar de presente|"
    r"presente de|prezent\w*|darek|darkem|hediye\w*)\b"
)


# A book about a real life, in the ten languages (folded): its cover shows a real person, not a character.
_REAL_LIFE_BOOK = re.compile(
    r"\b(?:biograph\w*|biografi\w*|memoir\w*|memoires|memorias|memorie|autobiogra\w*|lebenserinnerungen|pamietnik\w*|"
    r"wspomnien\w*|pameti|herinneringen|hatirat\w*|anilarim\w*|true story|true crime|waargebeurd\w*)\b"
)


def fiction_frame(words_text: str) -> tuple[str, str] | None:
    """The first frame that makes the text's unlisted names characters, as (kind, cue), or None when the
    text has none or something cancels it. Role and band cancellations are the caller's (they need the
    role lists in ``frames``)."""
    # a frame followed by a style word names a style, not a work: "çizgi film tarzı", "cartoon style" (round 16: a real
    # jury member drawn "in cartoon style")
    found = next((m for m in _FRAME.finditer(words_text) if not style_word_after(words_text[m.end() : m.end() + 24])), None)
    if found is None or LIKENESS_OR_REAL.search(words_text) or GIFT.search(words_text) or _REAL_LIFE_BOOK.search(words_text):
        return None
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
    rechercheur komiser baskomiser dedektif""".split()
)
_DETECTIVE = "|".join(sorted(DETECTIVE_TITLES))
DETECTIVE_TITLE_BEFORE = re.compile(rf"(?<!\beu )(?<!\beu-)\b(?:{_DETECTIVE})\s+$")


# ... or set after it as its apposition: "Paul Vlaanderen, detective uit het hoorspel"
DETECTIVE_TITLE_AFTER = re.compile(rf"^\s*,\s*(?:{_DETECTIVE})\b")


def detective_named(folded_before: str, words_text: str, folded_after: str = "") -> bool:
    """A name right after a detective's rank, or with the rank set after it, in a text that seeks no real likeness
    (``LIKENESS_OR_REAL``)."""
    ranked = DETECTIVE_TITLE_BEFORE.search(folded_before) or DETECTIVE_TITLE_AFTER.match(folded_after)
    return bool(ranked) and not LIKENESS_OR_REAL.search(words_text)

