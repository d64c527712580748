"""One-word stage names and aliases in a person frame: "LoRA of kravix, the streamer", "the famous singer
Luxa", "raper Zelnox na scenie", "ünlü şarkıcı Mirakra".

A single word is a name only when the text says who it is: a role word (streamer, singer, rapper,
youtuber, influencer, in the guard's ten languages: ``roles.ROLE_TERMS``) right before it, or set
after it ("kravix, the streamer"), or "the famous" before it; or a LoRA of its face, a darts ring name, a
description in brackets ("Snakebite (the darts one)"), or a line it opens in sexual text or in a text that
demands its likeness ("... que se le reconozca"). No list can hold every alias, so this
is weak evidence: a moderator looks (``review``), and sexual words around it block (the policy's
"possible real person + sexual" rule). Capitalised one-word names beside a role are the name-shape
detector's; this one adds the lower-case and mixed-case forms of tag soup and chat.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, named_things, resemblance_frames, roles
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.listed_context import PAINTING_MEDIUM
from bountyboard.guard.text.detectors.name_shapes import SOURCE_SEXUAL_PHOTO
from bountyboard.guard.text.letter_case import NEXT_CAPITALISED
from bountyboard.guard.text.name_words import (
    FROM_A_WORK,
    NOT_NAME_WORDS,
    PERSON_WORDS,
    PRONOUNS,
    frequent_compound,
)
from bountyboard.guard.text.normalize import fold

# Roles whose people go by one name (stage names, handles), in the guard's ten languages; "forward",
# "president" or "anchor" are left out: a word after them is rarely an alias ("leaning forward, cityscape").
ALIAS_ROLES = frozenset(
    """singer rapper streamer youtuber tiktoker influencer vtuber podcaster cosplayer idol popstar dj
    instagrammer camgirl chanteuse chanteur rappeur rappeuse streameuse youtubeur youtubeuse tiktokeur
    tiktokeuse influenceuse influenceur cantante rapero rapera streamera youtubera tiktokera
    sangerin sanger rapperin streamerin youtuberin influencerin cantora cantor
    raper raperka piosenkarka piosenkarz wokalistka wokalista influencerka youtuberka streamerka
    zpevacka zpevak zanger zangeres sarkici rapci fenomen yayinci
    piosenkarke piosenkarki raperke raperki raperem influencerke youtuberke streamerke zpevacku zpevacky
    yayincisi sarkicisi trapera trapero reguetonera reguetonero cantautora cantautor divulgatore divulgatrice
    divulgador divulgadora legend legende leyenda leggenda lenda legenda efsane efsanesi diva""".split()
)  # round 16: the object and possessive forms ("tę piosenkarkę", "Twitch yayıncısı X"), and more roles
_ROLE = "|".join(sorted(ALIAS_ROLES, key=len, reverse=True)) + f"|{roles.ROLE_COMPOUND}"  # "der schlagersanger"
_FAMOUS = r"famous|famosa|famoso|celebre|bekannte|bekannter|beroemde|slavna|slavny|znana|znany|unlu"
_FAMOUS_WORD = re.compile(rf"\b(?:{_FAMOUS})\b")
_WORD = re.compile(r"\w+")
# "a'salfo" too (session 26), but not after the French and Italian elided articles and pronouns ("l'artista sul palco")
_ALIAS = r"@?(?P<alias>(?:(?![cdjlmnqst])[a-z]['’])?[a-z][a-z0-9_.]{2,24}[a-z0-9])"
# The platform a streamer or an influencer is known on, beside the role ("twitch streamer", "le streamer twitch")
_PLATFORM = r"(?:twitch|youtube|tiktok|instagram|kick|insta)"
_NATIONALITY = "|".join(sorted(roles.NATIONALITIES))
# "yayıncı kız Pqueen", "streamer girl X": a word for a young woman or man between the role and the alias (round 17)
_GIRL_OR_GUY = r"(?:girl|guy|boy|kiz|kizi|dziewczyna|holka|kluk|meisje|jongen|madchen|chica|chico|ragazza|ragazzo|menina|fille)"
# "the streamer kravix", "ünlü şarkıcı mirakra", "the famous zelnox", "le streamer twitch français Ponce"
_ROLE_THEN_ALIAS = re.compile(
    rf"(?<![\w@])(?:(?:{_FAMOUS}) (?:{_ROLE})|(?:{_ROLE})(?: {_PLATFORM})?(?: (?:{_NATIONALITY}))?(?: {_GIRL_OR_GUY})?|(?:{_FAMOUS})):? {_ALIAS}(?![\w@])"
)
# A genre, or a nationality as the ten languages write it ("wrzosek, polski raper")
_GENRE = rf"(?:[kjct] pop|kpop|jpop|pop|rock|rap|indie|{_NATIONALITY})"
# What a creator makes, before the role ("turkish makeup youtuber", "fitness influencer"): round 17
_TOPIC = (
    r"(?:makeup|beauty|fitness|gaming|food|travel|fashion|lifestyle|tech|comedy|cooking|music|dance|asmr|chess|mukbang|"
    # session 25: a sport before a legend ("barney, darts legende")
    r"darts|snooker|football|voetbal|futbol|fussball|calcio|rugby|boxing|cricket|cycling|wielren|tennis|golf)"
)
# "kravix, the streamer", "aimyon, j-pop singer", "kedi_kiz_ece (turkish twitch streamer)"
_ALIAS_THEN_ROLE = re.compile(
    rf"(?<![\w@.]){_ALIAS}(?:, (?:(?:the|a|an|le|la|el|der|die|de|il|o|a|te|ta|ten) )?(?:(?:{_FAMOUS}) )?(?:{_GENRE} ){{0,2}}"
    rf"(?:{_TOPIC} )?(?:{_PLATFORM} )?| \((?:{_GENRE} )?(?:{_TOPIC} )?(?:{_PLATFORM} )?"
    # session 22: the role last in the brackets, after a handle or a platform ("lumi (lumi_plays on twitch, the portland
    # streamer)"), a place's word or two before it
    rf"| \([^()\n]{{1,40}}?, (?:(?:the|a|an|le|la|el|der|die|de|il|o) )?(?:[a-z]+ ){{0,2}}?(?:{_PLATFORM} )?)(?:{_ROLE})\b"
    rf"{roles.NEGATED_AFTER}"  # "(şarkıcı değil)": Turkish negates the role after it (session 24)
)
# "LoRA of Brakvoll, face only", "LoRA Żelkowa, tylko twarz", "Gülkarsu LoRA'sı, sadece yüz", "LoRA de Quivrelle,
# 30 photos": a model of one word's face, or trained on photographs, is a model of someone, whoever they are (a
# character's name is on a list or is a word, and a character is drawn, not photographed).
_FACE_ONLY = (
    r"(?:face only|only the face|just the face|headshots? only|visage seulement|le visage seulement|seulement le visage|"
    r"juste le visage|uniquement le visage|solo (?:la )?cara|solo (?:el )?rostro|nur (?:das )?gesicht|solo (?:il )?(?:viso|volto)|"
    r"so (?:o )?rosto|apenas (?:o )?rosto|tylko twarz|jen (?:oblicej|tvar)|pouze oblicej|alleen (?:het )?gezicht|sadece yuz\w*|"
    # ... or trained on a number of photographs: characters are drawn, people are photographed
    r"\d+ (?:photos|pics|photographs|photographies|fotos|foto'?s|foto s|fotografie|fotografias|fotografii|zdjec\w*|fotek|fotky|"
    r"fotograf\w*))"
)
_LORA_THEN_ALIAS_FACE = re.compile(
    rf"(?<![\w@])(?:lora|lycoris)(?: (?:of|de|du|von|van|di|da|do|z|od))? {_ALIAS}(?: \([^)]{{0,30}}\))?,? {_FACE_ONLY}\b"
)
_ALIAS_LORA_FACE = re.compile(rf"(?<![\w@.]){_ALIAS} (?:lora|lycoris)(?:['’]?(?:si|su|s))?,? {_FACE_ONLY}\b")
# Round 5 (decision 0025): where a single word can only be someone, whatever their name. "LoRA: xQc (the real
# one, not a cosplay)": the text says it is a real person; "Kovy naživo, realistický obličej": a person seen
# "in real life"; "Hozier in the shower, nothing on, photoreal": a capitalised word opening the request,
# sexual words right after it, in a text that asks for realism.
_REAL_ONE = (
    r"(?:the real (?:one|person)|a real person|la persona real|la vraie personne|la personne reelle|die echte person|"
    r"la persona vera|a pessoa real|prawdziwa osoba|skutecny clovek|skutecna osoba|de echte persoon|gercek kisi|"
    r"not (?:a )?cosplay|no cosplay|pas (?:un )?cosplay|kein cosplay|non (?:un )?cosplay|nao cosplay|nie cosplay|"
    r"ne cosplay|geen cosplay|cosplay degil)"
)
_IN_REAL_LIFE = (
    r"(?:in real life|irl|en vrai|en la vida real|im echten leben|dal vivo|na vida real|na zywo|nazivo|in het echt|"
    r"gercek hayatta)"
)
_LINE_ALIAS = r"(?P<alias>[a-z][a-z0-9_.]{1,24}[a-z0-9])"
_LORA_ALIAS_REAL = re.compile(
    rf"(?<![\w@])(?:lora|lycoris)(?: (?:of|de|du|von|van|di|da|do|z|od))?[:\s]+{_LINE_ALIAS}\s*[(,:-]?\s*{_REAL_ONE}\b"
)
_ALIAS_IN_REAL_LIFE = re.compile(rf"(?:^|(?<=\n))[ \t]*{_LINE_ALIAS} {_IN_REAL_LIFE}\b")
# ... also written as a hashtag ("#Pavoletti a petto nudo": session 23)
_LINE_OPENING_ALIAS = re.compile(rf"(?:^|(?<=\n))[ \t]*#?{_LINE_ALIAS}\b(?![.'’-])")
# Session 22: one word opening a line, or after a line's first words and a colon ("Hledám obal: Yzomandias"), in a text
# that demands the picture be recognisably its subject ("Ibai de narrador ... que se le reconozca", "Taddy w
# Bieszczadach ... ma być rozpoznawalny"): a one-word character is listed or has a surname beside it
_LINE_OPENING_RECOGNISED = re.compile(rf"(?:^|(?<=\n))[ \t]*(?:[a-z]+(?: [a-z]+)?: )?{_LINE_ALIAS}\b(?![.'’-])")
_REALISM = re.compile(
    r"\b(?:realist\w*|photoreal\w*|fotorealis\w*|fotorealiz\w*|fotorrealis\w*|fotogercekci|gercekci|hyper ?realis\w*|"
    r"realistyczn\w*|realistick\w*|realisticky)\b"
)
# Round 19: a photograph or a photo shoot is of someone real as often as "photorealistic" ("Marpo ... svůdně, fotka"),
# but a word that is also a given name opens it as a thing ("Rose gold lingerie photo")
_PHOTOGRAPH = re.compile(
    r"\b(?:photo|photos|photograph|fotografia|fotografie|fotka|fotky|zdjecie|foto|fotograf|fotografi|"
    r"photoshoot|fotoshoot|fotoshooting|shooting|ensaio|sesja|cekimi)\b"
)
# "Kovy jako astronaut na Marsu", "Jahrein bir Osmanlı paşası olarak": one unknown capitalised word opening a line, cast
# as someone (round 19). A character or an OC is on a list or has a given name; a nickname is neither.
_LINE_OPENING_CAST = re.compile(
    rf"(?:^|(?<=\n))[ \t]*{_LINE_ALIAS} (?:as an?|als|jako(?! (?:od|z|ze|u|v|ve|na|w)\b)|comme (?:un|une)|"
    rf"como (?:un|una|um|uma)|come (?:un|una|uno)|"
    rf"verkleed als|en tant que|w roli|in de rol van|bir [a-z ]{{3,30}} olarak)\b"  # not "en un": "in a" in Spanish
)
# Session 21: a darts player's ring name opening the prompt, "the" and up to three words, then a darts player or a
# walk-on ("the polish eagle darts walk-on", "the dreammaker z'n walk-on", "the german giant, dartsspieler aus ..."):
# every darts text of the blind sets was about a real player, and their ring names are words ("the pub darts league"
# is no player).
_DARTS_ROLES = "|".join(sorted((re.escape(t) for t in roles.ROLE_TERMS if "dart" in t), key=len, reverse=True))
_RING_NAME = re.compile(
    r"(?:^|(?<=\n))[ \t]*the (?P<alias>[a-z]+(?: [a-z]+){0,2}?)(?:,? |'s |['’] |\s+z'?n\s+)(?:pdc |bdo )?"
    rf"(?:{_DARTS_ROLES}|darts? (?:star|legend|champion|walk ?on)|walk ?on|walkon|"
    # session 23: ... or a darts player's feat ("the hobart hammer hitting a 180, darts oche")
    r"(?:hitting|hits|throwing|throws|checking out) (?:a |the )?(?:180|nine ?darter|bullseye|bull|double top|checkout)|"
    r"(?:at|on) the oche)\b"
)
_SHOW = roles.SHOWS_BESIDE_A_NAME  # the shows of real people: reality, talent and quiz shows
# One word a show of real people says who is ("kelvra from love island", "Survivor'daki Turabi'yi", "Survivor şampiyonu
# Turabi"), before or after the show
_CONTESTANT_OF_SHOW = re.compile(
    rf"(?<![\w@.]){_ALIAS} (?:from|aus|de|del|da|do|z|ze|uit|van|di|dal|dalla|du) (?:(?:the|der|die|dem|den|het|el|la|lo|il|o|a|l|les) )?"
    rf"{_SHOW}\b"
)
_SHOW_THEN_CONTESTANT = re.compile(
    rf"\b{_SHOW}(?: ?['’]?(?:daki|deki|taki|teki|dan|den|tan|ten))? (?:(?:sampiyonu|yarismacisi|winner|champion|"
    r"contestant|kandidat\w*|concursante|concorrente|participante|uczestnik\w*|soutezici|deelnemer|gagnant\w*|"
    rf"ganador\w*|vincitor\w*|vencedor\w*|zwyciezc\w*|winnaar|sieger\w*) )?{_ALIAS}\b"
)
# Session 22: a word with the person it names described in brackets, by a sport, a platform or the news ("Snakebite (the
# darts one, mohawk ...)", "Mugsy (the bald fella who does the NI used car videos on YouTube)"): someone real; not a
# show's or a game's ("the cute one from the anime")
_DOMAIN = (
    rf"(?:darts?|snooker|football|soccer|rugby|boxing|boxer|cycling|tennis|golf|cricket|radio|news|weather|{_PLATFORM}|"
    rf"podcast|videos|vlogs?|channel|{_SHOW}|"
    # session 25: the shows by their kind, and the news in the ten languages
    r"reality|quiz\w*|talk ?show|journaal|nieuws|noticias|telediario|tagesschau|"
    r"telegiornale|jornal|wiadomosci|fakty|zpravy|haber\w*|journal (?:de|du) \w+|jt)"
)
# "the one from X" in the ten languages (folded): "Gordon (die van Holland's Got Talent)", "Paco (el de Supervivientes)"
_ONE_FROM = (
    r"(?:the one (?:from|on|in)|die (?:van|uit)|el (?:de|del)|la (?:de|del)|celui (?:de|du)|celle (?:de|du)|"
    r"(?:der|die) (?:aus|von|vom)|quell[oa] (?:di|del|della|dello)|aquel[ea] (?:do|da|de)|(?:ten|ta|to) (?:z|ze|od))"
)
_DESCRIBED_IN_BRACKETS = re.compile(
    rf"(?<![\w@.]){_ALIAS} \((?=[^()\n]{{0,80}}\b{_DOMAIN}\b)(?:(?:the|that) (?:[a-z]+ ){{0,2}}"
    rf"(?:one|guy|girl|lad|bloke|fella|man|woman|lady)|{_ONE_FROM})\b"
)
# Session 25: one word right before a stage or a broadcaster's studio, in the ten languages (folded): "Zenek na scenie
# w Białymstoku", "il blasco sul palco", "safadão no palco", "El Molusco en su estudio de radio". Of the tuning rows
# where one word stood so, nearly every one was a real performer; a character on a stage is listed or has a surname.
_STAGE = (
    r"(?:on stage|on the stage|onstage|sul palco|sul palcoscenico|no palco|em palco|na scenie|na scene|na podiu|"
    r"auf der buhne|op het podium|op het toneel|sahnede|sahnesinde|sur scene|sur la scene|en el escenario|en escena|"
    r"(?:en su|nel suo|dans son|in (?:his|her)|im|w|ve|in zijn|no seu|in seinem) (?:estudio|studio|studiu) "
    r"(?:de radio|radio|radiowym|di registrazione|de grabacion|de gravacao|de television|de tv|tv))"
)
_STAGE_ARTICLES = ("the", "il", "el", "la", "lo", "o", "a", "der", "die", "de", "le")  # "il blasco sul palco"
_ALIAS_ON_STAGE = re.compile(rf"(?:^|(?<=\n)|(?<=, )|(?<=: ))[ \t]*(?:(?:{'|'.join(_STAGE_ARTICLES)}) )?{_ALIAS} {_STAGE}\b")
# ... and one word a streamer's channel dresses: "Emote do Gaules", "Figurinha do Datena", "Thumbnail met Kalvijn"
_EMOTE_OF = re.compile(
    r"\b(?:emotes?|emotki|emotka|emotky|figurinhas?|thumbnail|sticker pack|stickers?|naklejki|pegatinas?) "
    rf"(?:de|do|da|of|z|ze|od|van|met|mit|von|di|del|du|des) (?:(?:el|la|lo|il|o|a|the|der|die|de) )?{_ALIAS}\b"
)
_LINE_ARTICLES = frozenset({"", *_STAGE_ARTICLES})  # what may stand before a lower-case performer opening its line
# A nickname a town knows one person by, in the ten languages (folded): "the barrel racer everyone calls Wombat",
# "todos le dicen la Chata", "alle nennen sie Mausi", "jeder im Ries kennt die Mausi", "tout le monde l'appelle la
# Frisée", "'Kasaba Güzeli' diye bilinen kız" (round 47): someone real, whom the poster knows of; session 46 (round
# 51): where everyone knows the person from may stand between ("everyone at the darts club knows Spudsy", "todo el pueblo
# conoce a La Pulga", "wer beim Dorffest war, kennt die Kuchen-Gerti")
_WHERE_EVERYONE = r"(?: [a-z]+){0,6}?"
_KNOWN_AS = re.compile(
    r"\b(?:(?:everyone|everybody|they all|the whole town|the locals|locals)(?: (?:here|round here|around here|in town))? "
    r"(?:calls?|knows?) (?:her|him)?\s*(?:as )?(?:the )?|(?:todos|todo el mundo|todo el pueblo) (?:le|la|lo) (?:dicen|llaman) "
    r"(?:la |el )?|tutti (?:la|lo) chiamano (?:la |il |lo )?|alle nennen (?:sie|ihn) (?:die |der |den )?|"
    r"jeder (?:hier |im \w+ |in \w+ )?kennt (?:die|den) |tout le monde l ?appelle (?:la |le )?|"
    rf"(?:everyone|everybody){_WHERE_EVERYONE} knows (?:the )?|(?:todos|todo el mundo|todo el pueblo){_WHERE_EVERYONE} "
    r"(?:conocemos|conoce|conocen) a (?:la |el )?|"
    rf"(?:jeder|alle|wer[^.!?\n]{{0,60}}?,){_WHERE_EVERYONE} kenn(?:t|en) (?:die |den |der )?|"
    rf"(?:tout le monde|tout le village){_WHERE_EVERYONE} connait (?:la |le )?|"
    rf"(?:tutti|tutto il paese){_WHERE_EVERYONE} conosc(?:e|ono|iamo) (?:la |il )?|"
    rf"(?:todo mundo|toda a vila|toda a cidade){_WHERE_EVERYONE} conhece(?:m|mos)? (?:a |o )?|"
    rf"wszyscy{_WHERE_EVERYONE} znaja |vsichni{_WHERE_EVERYONE} znaji |iedereen{_WHERE_EVERYONE} kent (?:de )?|"
    r"todo (?:mundo|o mundo) (?:chama|conhece) (?:ela|ele) (?:de|como) (?:a |o )?|iedereen noemt (?:haar|hem) |"
    r"wszyscy (?:mowia na (?:nia|niego)|nazywaja (?:ja|go)) |vsichni (?:ji|mu) rikaji |"
    r"\b(?=[a-z0-9_.]+(?: [a-z0-9_.]+)? diye bilinen\b))"
    rf"{_ALIAS}\b"
)
# The scenes above, read the same way (session 25): one word a stage, a channel or a show says is someone
_SCENES_OF_SOMEONE = (_ALIAS_ON_STAGE, _EMOTE_OF, _CONTESTANT_OF_SHOW, _SHOW_THEN_CONTESTANT)
_PLATFORM_WORD = re.compile(rf"{_PLATFORM}|whatsapp|discord|telegram|twitter|facebook|snapchat")
_SEXUAL_RIGHT_AFTER = 40
_SEXUAL_NEXT = 12
# Words that follow a role word without being a name: prepositions, articles, verbs and adjectives of
# the guard's languages ("the singer on stage", "de streamer achter zijn setup", "cantante famosa").
_NOT_ALIAS = frozenset(
    """and with without who that which from into onto while when where is was are has have had his her their
    its our your this these those very most more being playing singing dancing streaming performing posing
    girl boy woman man guy lady gamer setup stage studio live room chair desk style outfit look looks
    avec sans qui dans sur sous pour son sa ses une des est sont fait qui
    con sin que para por sobre entre muy mas
    mit ohne bei beim auf unter fur ist sind hat sehr
    met zonder bij achter voor naast zijn haar het een die dat wat op aan
    con senza che per sul sulla nel nella molto
    com sem que para sobre muito
    na w z ze przy podczas jest jako
    na v ve s se pri behem je jako
    ile ve icin gibi olarak sahnede cok hesabi hesabim hesap degil gorsel gorseli gorseller gorselleri
    anni anos ans lat let jahre jaar yas years yrs""".split()  # "de 30 años, influencer": an age, not an alias
)
_NEAR_SEXUAL = 80
# The shortest alias read as a compound noun: two words of four letters and more, and a link or a longer word
_SHORTEST_COMPOUND = 9
# A role the text says is invented: "Wymyślona influencerka Zosia", "sanal influencer Ece". Not "my": "nudes of my
# streamer X" may well be a real streamer.
# "ai influencer X", "yapay zekâ influencer" too; session 20: "synthetic influencer Leilani", "ai generated model X"
_INVENTED_BEFORE = re.compile(rf"\b(?:{frames.INVENTED}|ai|ai generated|synthetic|yapay zeka)\s+$")


class AliasDetector:
    name = "aliases"

    def __init__(
        self, common_words: frozenset[str], given_names: frozenset[str] = frozenset(),
        frequent_words: frozenset[str] = frozenset(),
    ) -> None:
        self._common = common_words  # shared with the other detectors, not copied (63k words)
        self._frequent = frequent_words  # the frequent words of the nine other languages, folded
        self._given = given_names  # a given name that is also a word may open a sexual request ("Margaret")
        self._not_alias = NOT_NAME_WORDS | _NOT_ALIAS | roles.ROLE_WORDS

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        text = norm.words.text
        # a request that the picture be recognisably its subject reads as realism does (session 21)
        realism = bool(_REALISM.search(text)) or resemblance_frames.resemblance_demanded(text)
        photograph = realism or bool(_PHOTOGRAPH.search(text))
        # one word opening a sexual line: photographed, or in a text that neither draws nor paints it nor says it is
        # invented ("Knossi nackt in der Badewanne": round 22)
        opening = context.has_sexual and not context.names_fiction and (
            photograph or not (frames.drawn_fiction(text) or PAINTING_MEDIUM.search(text) or frames.INVENTED_WORD.search(text))
        )
        # ... and names nobody else the demand could be about ("qaulcuno mi fa Lupo Alberto ... deve somigliare")
        recognised = not context.has_sexual and not context.names_fiction and resemblance_frames.resemblance_demanded(text) and not (
            frames.INVENTED_WORD.search(text) or any(s.kind in _NAMED for s in context.signals)
        )
        ring_names = [] if frames.INVENTED_WORD.search(text) else self._ring_names(context)
        if ALIAS_ROLES.isdisjoint(_WORD.findall(text)) and not _FAMOUS_WORD.search(text) and not (
            roles.COMPOUND_ROLE_WORD.search(text)
        ) and (
            "lora" not in text and "lycoris" not in text and "(" not in text  # "(the darts one)", "(die van X)"
        ) and not any(p.search(text) for p in _SCENES_OF_SOMEONE) and not (
            opening or recognised or _ALIAS_IN_REAL_LIFE.search(text) or _LINE_OPENING_CAST.search(text)
            or _KNOWN_AS.search(text)
        ):
            return ring_names
        # a one-word subject of sexual photographs is weak alone ("Kungs ... torse nu, photo"); said to be a DJ, it is
        # someone, so this rule may find it again (round 19)
        taken = SpanIndex(context.explained + [
            s.span for s in context.signals
            if s.span and s.kind in (*_NAMED, SignalKind.PRIVATE_PERSON_CUE) and s.source != SOURCE_SEXUAL_PHOTO
        ])
        sexual = SpanIndex(context.sexual_spans)
        out: list[Signal] = list(ring_names)
        seen: set[str] = {s.label.lower() for s in ring_names if s.label}
        patterns = [
            _ROLE_THEN_ALIAS, _ALIAS_THEN_ROLE, _LORA_THEN_ALIAS_FACE, _ALIAS_LORA_FACE, _LORA_ALIAS_REAL, _ALIAS_IN_REAL_LIFE,
            _DESCRIBED_IN_BRACKETS, *_SCENES_OF_SOMEONE,
        ]  # fmt: skip
        if not context.names_fiction:
            patterns.append(_LINE_OPENING_CAST)
            if not (frames.drawn_fiction(text) or frames.INVENTED_WORD.search(text)):
                patterns.append(_KNOWN_AS)
        if opening:
            patterns.append(_LINE_OPENING_ALIAS)  # "fan art", "my OC": the text says its people are invented
        if recognised:
            patterns.append(_LINE_OPENING_RECOGNISED)
        # a handle keeps its underscore in the base view ("kedi_kiz_ece (turkish twitch streamer)"); the words view
        # splits it, and has the same offsets
        handles = norm.base.text if "_" in norm.base.text else None
        for pattern in patterns:
            matches = list(pattern.finditer(text))
            if handles is not None and pattern in (_ROLE_THEN_ALIAS, _ALIAS_THEN_ROLE):
                matches += [m for m in pattern.finditer(handles) if "_" in m.group("alias")]
            for m in matches:
                alias = m.group("alias")
                start, end = m.span("alias")
                if pattern is _ROLE_THEN_ALIAS and _INVENTED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                    continue
                if pattern is _KNOWN_AS and not named_things.PET_WORDS.isdisjoint(_WORD.findall(text, max(0, m.start() - 40), m.start())):
                    continue  # "my dog, everyone calls him Biscuit": a pet's name
                if pattern is _ALIAS_THEN_ROLE and (
                    # "luma, influencer de ia", "kelvra, ai influencer": the role of someone invented (session 21)
                    frames.INVENTED_AFTER.match(text, m.end()) or _INVENTED_BEFORE.search(text, max(0, m.end("alias")), m.end() - 3)
                ):
                    continue
                opening_given = pattern is _LINE_OPENING_ALIAS and realism and alias in self._given
                span = norm.words.span(start, end)
                # "la cantante Madame", "rapper Drake": after a role, a capitalised word is a stage name, word or not
                stage_name = pattern is _ROLE_THEN_ALIAS and norm.original[span[0] : span[0] + 1].isupper() and not (
                    norm.original[span[0] : span[1]].isupper()
                )
                described = pattern is _DESCRIBED_IN_BRACKETS  # "Snakebite (the darts one)": a word, and a name here
                # "everyone calls Wombat": a town's nickname is a word as often as not
                nickname = pattern is _KNOWN_AS and norm.original[span[0] : span[0] + 1].isupper()
                if (alias in self._common and not (opening_given or stage_name or described or nickname)) or alias in self._not_alias or (
                    alias in seen or alias.isdigit() or frames.INVENTED_WORD.fullmatch(alias)
                    # a lower-case compound noun ("boerderijdieren": session 45); a capitalised one may be a surname
                    # or a stage name made so ("Wirrimstroom"), and a shorter one a nickname ("casi|miro")
                    or (len(alias) >= _SHORTEST_COMPOUND and norm.original[span[0] : span[1]].islower()
                        and frequent_compound(alias, frequent=self._frequent, given=self._given))
                ):
                    continue  # ... nor the word "invented" itself ("wymyślona ruda barmanka": round 45)
                if taken.overlaps(*span) or sexual.overlaps(*span):
                    continue  # a listed name, a handle or a character already explains it; "nago" is a sexual word
                capitalised = norm.original[span[0] : span[0] + 1].isupper()
                if pattern in _SCENES_OF_SOMEONE and (
                    context.names_fiction or alias in PERSON_WORDS or alias in PRONOUNS or len(alias) < 4
                    or (alias in self._frequent and not capitalised) or _PLATFORM_WORD.fullmatch(alias)
                    # in lower case, only a line's first word ("safadão no palco"): "..., statuetka na scenie" is a thing
                    or (pattern is _ALIAS_ON_STAGE and not capitalised and text[text.rfind("\n", 0, start) + 1 : start].strip()
                        not in _LINE_ARTICLES)
                ):
                    # "Figaro sul palco" in an opera's text, "la banda sul palco", "figurinha de whatsapp": a character,
                    # a word, a platform
                    continue
                if pattern is _LINE_OPENING_CAST and (
                    alias in self._given or alias in PERSON_WORDS or alias in PRONOUNS
                    or not norm.original[span[0] : span[0] + 1].isupper() or NEXT_CAPITALISED.match(norm.original, span[1])
                ):
                    continue
                if pattern is _LINE_OPENING_RECOGNISED and (
                    alias in PERSON_WORDS or alias in PRONOUNS or alias in self._frequent or len(alias) < 4
                    or (alias in self._given and not norm.original[span[0] : span[0] + 1].isupper())
                    or NEXT_CAPITALISED.match(norm.original, span[1])
                ):
                    continue
                if pattern is _LINE_OPENING_ALIAS and (
                    alias in PERSON_WORDS or alias in PRONOUNS
                    or not self._line_opening_alias(norm.original, span, alias, photograph=photograph, realism=realism, sexual=sexual)
                    or NEXT_CAPITALISED.match(norm.original, span[1])
                ):
                    continue  # one capitalised word with sexual words right after it ("Dylan Dog" is two)
                seen.add(alias)
                detail = {"alias": True}
                if described:
                    detail["described"] = True  # said in brackets to be someone of a sport, a platform or the news
                # ... a town's nickname for someone names whom a sexual text is about, however far its words
                if sexual.overlaps(span[0] - _NEAR_SEXUAL, span[1] + _NEAR_SEXUAL) or (pattern is _KNOWN_AS and context.has_sexual):
                    detail["sexual_context"] = True
                out.append(
                    Signal(
                        kind=SignalKind.NER_PERSON, source="heuristic:alias-in-person-frame", score=0.5,
                        text=norm.original[span[0] : span[1]], span=span, label=norm.original[span[0] : span[1]],
                        detail=detail,
                    )
                )  # fmt: skip
        return out

    @staticmethod
    def _ring_names(context: ScanContext) -> list[Signal]:
        """Darts players' ring names ("the polish eagle darts walk-on"): weak, as every alias is."""
        norm = context.norm
        sexual = SpanIndex(context.sexual_spans)
        out = []
        for m in _RING_NAME.finditer(norm.words.text):
            span = norm.words.span(*m.span("alias"))
            name = norm.original[span[0] : span[1]]
            detail = {"alias": True, "ring_name": True}
            if sexual.overlaps(span[0] - _NEAR_SEXUAL, span[1] + _NEAR_SEXUAL):
                detail["sexual_context"] = True
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:alias-in-person-frame", score=0.5, text=name, span=span,
                    label=name, detail=detail,
                )
            )  # fmt: skip
        return out

    def _line_opening_alias(
        self, original: str, span: tuple[int, int], alias: str, *, photograph: bool, realism: bool, sexual: SpanIndex
    ) -> bool:
        capitalised = original[span[0] : span[0] + 1].isupper()
        if photograph and capitalised and sexual.overlaps(span[1], span[1] + _SEXUAL_RIGHT_AFTER):
            return True
        if alias in self._frequent or alias in self._given or alias in self._common or len(alias) < 4:
            return False
        if capitalised:
            return sexual.overlaps(span[1], span[1] + _SEXUAL_NEXT) and not _named_as_a_character(original, span)
        # lower case, only as the subject of a sentence or a name's first word: "hyperfuta, nude" is a tag of its own
        return realism and original[span[1] : span[1] + 1] == " " and sexual.overlaps(span[1], span[1] + _SEXUAL_RIGHT_AFTER)


def _named_as_a_character(original: str, span: tuple[int, int]) -> bool:
    """The word comes back as a character's: with a surname, a work in brackets or "from <Work>" after it ("Moni
    sexy\nMoni Argento (Casados con hijos)", "Roodhaar uit de Storm strips")."""
    word = re.escape(original[span[0] : span[1]])
    for m in re.finditer(rf"\b{word}\b", original):
        after = original[m.end() : m.end() + 40]
        bracket = after.lstrip().startswith("(") and not roles.ROLE_IN_PARENS.match(fold(after).text)
        if NEXT_CAPITALISED.match(original, m.end()) or FROM_A_WORK.match(after) or bracket:
            return True  # not a role in brackets: "Knossi (Twitch-Streamer)" is someone
    return False


_NAMED = (
    SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.SOCIAL_PROFILE, SignalKind.FICTIONAL_CHARACTER,
    SignalKind.STYLE_REFERENCE, SignalKind.NER_PERSON,
)  # fmt: skip
