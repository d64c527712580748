"""Suggestive context in the ten languages of issue 8, written as inflecting stems.

``lexicons`` holds whole words matched literally; the words a request uses to sexualise someone without
naming nudity inflect ("verführerische Pose", "svůdná póza", "w przezroczystej koszuli nocnej", "minik
bikiniyle", "doorzichtig nachthemd"), so here each cue is a regular expression on the ``words`` view
(folded: no accents, lower case, ``-``/``_``/``.`` between letters read as spaces) with its endings
spelt out or left open (``\\w*``) only where no ordinary word shares the stem. ``nahore``/``nahodou`` in
Czech and ``mayonnaise`` are why Czech nudity and Turkish swimwear list their endings.

Tiers as in ``lexicons``: ``explicit`` (nudity: rating x), ``suggestive`` (rating r), ``mild`` (swimwear:
pg13). Every tier counts as sexual for the policy's floors.
"""

from __future__ import annotations

# A garment that shows the body, after a word that makes it so ("sheer nightgown", "chemise de nuit
# transparente" is matched by the garment list below).
_SHEER_EN = r"(?:see through|sheer|transparent|translucent|skimpy|tiny|revealing|skin tight|low cut|plunging|wet)"
_GARMENT_EN = (
    r"(?:nightgown|nightie|nighty|nightdress|slip|dress|top|shirt|blouse|robe|gown|bodysuit|swimsuit|bikini|"
    r"outfit|lingerie|negligee|leotard|shorts|tank top|crop top)s?"
)

EXPLICIT_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (r"\bbare (?:breasts?|bottom|butt)\b",),
    "fr": (r"\bnue? (?:comme un ver|integralement|sur (?:le|son) lit)\b", r"\bseins? (?:a l air|denudes?)\b"),
    "es": (r"\bdesnud(?:a|o|as|os|ita|ito)\b", r"\ben cueros\b", r"\bsin (?:nada de )?ropa\b"),
    "de": (r"\bnackt(?:e|en|em|er|es)?\b", r"\bunbekleidet(?:e|en|em|er|es)?\b", r"\bentbloe?sst(?:e|en|em|er|es)?\b"),
    "it": (r"\bsvestit(?:a|o|e|i)\b", r"\bsenza veli\b"),
    "pt": (r"\bpelad(?:a|o|as|os|inha)\b", r"\bsem roupas?\b"),
    "pl": (r"\bnag(?:i|ie|iej|ich|o|usienka|usienki)\b", r"\bbez ubran(?:ia|iu)\b", r"\berotyczn\w*", r"\brozebran(?:a|y|e|ej|ego|ym|ych)\b"),
    "cs": (r"\bnahore bez\b", r"\bnah(?:a|y|ou|ych|ym|ymi)\b", r"\beroticke?\w*", r"\bbez obleceni\b", r"\bsvlecen(?:a|y|e|ou)\b"),
    "nl": (r"\bnaakt\w*", r"\bpoedelnaakt\w*", r"\berotisch\w*", r"\bzonder kleren\b", r"\btopless\b"),
    "tr": (r"\bciplak\w*", r"\berotik\w*", r"\bustsuz\b(?= (?:kadin|kiz|poz|foto|plaj|havuz))", r"\bkiyafetsiz\w*", r"\bsoyunmus\w*"),
}

SUGGESTIVE_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        rf"\b{_SHEER_EN} (?:\w+ )?{_GARMENT_EN}\b", r"\b(?:nightie|nighty|negligee|teddy lingerie)s?\b",
        # French "chemise" is a shirt ("chemise à carreaux", "chemise blanche": round 41); English lingerie stands alone
        r"\bchemises?\b(?! (?:a|de|du|en|et|blanche|noire|bleue|rouge|grise|ouverte|carreaux)\b)",
        r"\b(?:seductive(?:ly)?|sultry|alluring|flirt(?:y|atious)|lascivious|lustful|come hither|sensual(?:ly)?|"
        r"provocative(?:ly)?|suggestive(?:ly)?) (?:pose|poses|posing|look|gaze|smile|stare|photo|shoot|lighting)\b",
        r"\b(?:spread|sprawled|draped|lounging|writhing) (?:out )?on (?:the|a) (?:sofa|couch|bed|sheets)\b",
        r"\b(?:laying|lying|lounging|posing|sprawled|rolling) (?:on|in) (?:the |a |her |his )?bed\b", r"\bbetween the sheets\b",
        r"\bon (?:my|your|our) bed\b", r"\b(?:being )?licked by\b", r"\bwrestling (?:\w+ ){1,3}on (?:a|the) bed\b",
        r"\bunder the (?:bed ?)?sheets\b", r"\b(?:in|taking) (?:the |a )?(?:shower|bubble bath|bathtub)\b",
        r"\b(?:only|just|nothing but) (?:a |her |his )?(?:towel|bed ?sheet|apron|underwear|boxers|briefs|panties|bra|thong|lingerie)\b",
        r"\b(?:wrapped in|covered (?:only )?by|wearing only) (?:a )?(?:towel|bed ?sheet|sheet)\b",
        r"\b(?:in|wearing) (?:her |his |a |only )?(?:bra|panties|boxers|briefs|speedo|jockstrap|g string)s?\b",
        r"\bbare (?:chest(?:ed)?|back|midriff|thighs|skin|body)\b", r"\b(?:oiled|oiled up|glistening|sweaty|wet) (?:body|skin|chest|abs)\b",
        r"\bbody ?suit and (?:high )?heels\b", r"\b(?:thigh highs|garter|garters|bustier)s?\b",
        r"\b(?:bent over|on all fours|arched back|bedroom eyes|biting (?:her|his) lips?|tongue out)\b",
        # session 38: a pose of the legs ("spreading her legs", "legs spread wide"; not a dancer's "legs apart", nor a
        # table's "legs spread for stability")
        r"\b(?:spread(?:ing)? (?:her|his) legs|legs spread wide|legs wide open)\b",
        r"\b(?:licking|sucking(?: on)?) (?:a |an |the )?(?:carrot|banana|popsicle|lollipop|ice cream|cucumber|finger|fingers|lips)\b",
        r"\b(?:pacifier|diaper|adult baby|collar and leash|ball gag|french maid|maid outfit|bunny suit|bunny girl|school ?girl outfit)s?\b",
        r"\b(?:lap dance|pole dancing|striptease|strip tease|boudoir\w*|glamou?r model|pin ?up model|onlyfans model)\b",
        r"\bintimate(?:ly)?\b", r"\b(?:cleavage|busty|curvy body|hourglass body|thick thighs)\b",
    ),
    "fr": (
        r"\b(?:chemise de nuit|nuisette|deshabille|robe|haut|body|maillot|tenue|culotte)s? (?:\w+ )?(?:transparent|moulant|echancre|mouille|minuscule|sexy|affriolant)e?s?\b",
        r"\b(?:nuisette|deshabille|porte jarretelle|jarretiere|bas resille|collants? resille|soutien gorge|culotte|lingerie fine|petite culotte)s?\b",
        r"\b(?:pose|regard|sourire|photo|allure)s? (?:lascive|lascif|sensuelle|suggestive|provocante|provocatrice|aguicheuse|seductrice|langoureuse|coquine|sexy)s?\b",
        r"\b(?:lascive?s?|langoureu(?:x|se|ses)|aguicheu(?:r|se|ses)|affriolant(?:e|es|s)?|seductrice|provocante?s?)\b",
        r"\b(?:allongee?s?|etendue?s?|couchee?s?|lascive) (?:sur|dans) (?:le|son|un) lit\b", r"\bdans (?:son|mon|un) lit\b",
        r"\bsous la douche\b", r"\bdans (?:le|son|un) bain\b", r"\b(?:epaules|dos|jambes) (?:nues|denudees|nu)\b",
        r"\b(?:en|juste en|seulement en) (?:culotte|sous vetements|slip|calecon|string|soutien gorge|petite tenue|serviette)\b",
        r"\b(?:uniquement|seulement|juste) (?:une|sa) serviette\b", r"\bphotos? de charme\b", r"\bintimes?\b",
        r"\bmaillots? (?:de bain )?(?:minuscule|echancre)s?\b",
    ),
    "es": (
        r"\b(?:camison|vestido|top|blusa|body|banador|bikini|ropa|tela)(?:es|s)? (?:\w+ )?(?:transparente|ajustad[oa]|mojad[oa]|diminut[oa]|escotad[oa])s?\b",
        # not "corsé" alone, which folds to French "corse" (Corsican) and Italian "corse" (races): session 23
        r"\b(?:camison|picardias|sujetador|sosten|bragas|braguitas|hilo dental|medias de red|liguero)s?\b|\bcorses\b",
        # the gaucho's trousers in Portuguese and the River Plate ("de bombacha e chapéu", "bombachas de campo"), not panties
        # (session 37)
        r"(?<!\bde )(?<!\bcom )(?<!\bsua )\bbombachas?\b(?! (?:de campo|gauch\w*|campeir\w*|e (?:chapeu|bota|botas|lenco|alpargatas)))",
        r"\b(?:pose|posa|posando|mirada|sonrisa|foto)s? (?:sensual|seductora|provocativa|sugerente|lasciva|coqueta|sexy|insinuante)e?s?\b",
        r"\b(?:seductor(?:a|as|es)?|sugerente|lasciv(?:a|o|as|os)|insinuante|provocativ(?:a|o|as|os))\b",
        r"\b(?:tumbad|acostad|recostad|tendid)(?:a|o|as|os) (?:en|sobre) (?:la|su|una) cama\b", r"\ben (?:su|la) cama\b",
        r"\ben la ducha\b", r"\ben la banera\b", r"\b(?:espalda|piernas|hombros) (?:desnud|descubiert)(?:a|o|as|os)\b",
        r"\b(?:solo|solamente|apenas) (?:con )?(?:una |su )?(?:toalla|sabana|ropa interior|bragas|tanga)\b", r"\bintim(?:a|o|as|os)\b",
        r"\bbikini (?:diminuto|minusculo|pequeno)\b|\b(?:diminuto|minusculo|pequeno) bikini\b",
    ),
    "de": (
        r"\b(?:durchsichtig|transparent|knapp|eng anliegend|hauteng|nass|freizugig|aufreizend|tief ausgeschnitten)(?:e|en|em|er|es)? "
        r"(?:\w+ )?(?:nachthemd|negligee|kleid|top|oberteil|hemd|bluse|body|badeanzug|bikini|outfit|hoschen|slip|shirt)(?:s|es|en|e)?\b",
        r"\b(?:nachthemd|negligee|babydoll|hoschen|bh|stringtanga|strapse|strumpfhalter|netzstrumpfe|halterlose|korsage|korsett)(?:s|en|e)?\b",
        r"\b(?:verfuhrerisch|sinnlich|aufreizend|lasziv|anzuglich|freizugig|kokett|sexy|erotisch)(?:e|en|em|er|es)?\b",
        r"\b(?:knapp|leicht|sparlich|kaum) bekleidet(?:e|en|em|er|es)?\b", r"\b(?:im|ins) bett\b", r"\bauf (?:dem|einem|ihrem|seinem) bett\b",
        r"\bunter der dusche\b", r"\bin der (?:badewanne|wanne)\b", r"\b(?:nackte|nackten|blanke|blanken) (?:schultern|haut|rucken|beine|brust)\b",
        r"\b(?:nur|bloss) (?:in |mit )?(?:einem |ihrem |seinem )?(?:handtuch|unterwasche|hoschen|slip|tanga|string|bh|laken)\b",
        r"\bintim(?:e|en|em|er|es)?\b", r"\bboudoir\w*", r"\bschlafzimmerblick\w*", r"\btiefe[nrms]? (?:ausschnitt|dekollete)\w*",
        r"\bschnuller\b", r"\bschuluniform\w*",
    ),
    "it": (
        r"\b(?:camicia da notte|sottoveste|vestito|abito|top|body|costume|bikini|camicetta)(?: \w+)? (?:trasparente|attillat[oa]|bagnat[oa]|succint[oa]|minuscol[oa]|scollat[oa])i?e?\b",
        r"\b(?:camicia da notte|sottoveste|baby doll|reggiseno|mutandine|perizoma|tanga|giarrettiera|calze a rete|autoreggenti|corsetto)\b",
        r"\b(?:posa|pose|sguardo|sorriso|foto) (?:sensuale|seducente|provocante|lasciva|ammiccante|maliziosa|sexy|sensuali|seducenti|provocanti)\b",
        r"\b(?:seducente|ammiccante|lasciv[ao]|maliziosa|succint[ao]|vedo non vedo)\b", r"\b(?:a|sul|nel) letto\b",
        r"\b(?:sdraiat|distes)(?:a|o|e|i) (?:sul|nel) letto\b", r"\bsotto la doccia\b", r"\bnella vasca\b",
        r"\b(?:schiena|gambe|spalle) nud(?:a|e)\b", r"\b(?:solo|soltanto) (?:con )?(?:un |l )?(?:asciugamano|lenzuolo|intimo|mutande|perizoma)\b",
        r"\bintim(?:a|o|e|i)\b", r"\bciuccio\b", r"\buniforme scolastica\b",
    ),
    "pt": (
        r"\b(?:camisola|camisinha|vestido|top|blusa|body|biquini|mai[ou]|roupa)s? (?:\w+ )?(?:transparente|justa|justo|molhad[oa]|minuscul[oa]|curtinh[oa]|decotad[oa])s?\b",
        r"\b(?:sutia|calcinha|fio dental|cinta liga|meia arrastao|espartilho|corpete|baby doll)s?\b",
        r"\b(?:pose|olhar|sorriso|foto)s? (?:sensual|sedutora|provocante|insinuante|lasciva|safada|sexy|sensuais|sedutoras|provocantes)\b",
        r"\b(?:sedutor(?:a|as|es)?|insinuante|lasciv(?:a|o|as|os)|provocante)\b", r"\b(?:deitad|esparramad)(?:a|o|as|os) (?:na|em uma|numa) cama\b",
        r"\bna cama\b", r"\bno chuveiro\b", r"\bna banheira\b", r"\b(?:costas|pernas|ombros) (?:nuas|nus|de fora)\b",
        r"\b(?:so|somente|apenas) (?:de |com )?(?:uma )?(?:toalha|lencol|calcinha|cueca|lingerie|sutia)\b", r"\bintim(?:a|o|as|os)\b",
        r"\bbiquini (?:minusculo|pequenininho|fio dental)\b",
    ),
    "pl": (
        r"\bprzezroczyst\w*", r"\bkoszul\w* nocn\w*", r"\bbielizn\w*", r"\buwodzicielsk\w*", r"\bzmyslow\w*", r"\bprowokacyjn\w*",
        r"\bseksown\w*", r"\bkuszac\w*", r"\bkusz\w* poz\w*", r"\bponczoch\w*", r"\bstanik\w*", r"\bmajtk\w*", r"\bmajteczk\w*",
        r"\bstring(?:i|ach|ami)\b", r"\bpodwiazk\w*", r"\bgorset\w*", r"\bbez stanika\b", r"\bintymn\w*",
        r"\b(?:w|na) (?:lozku|lozko|poscieli)\b", r"\bpod prysznicem\b", r"\bw (?:kapieli|wannie)\b", r"\b(?:nag|odslonie?t|odkryt)\w* (?:ramion\w*|plec\w*|nog\w*)\b",  # in any case ("z odsłoniętymi ramionami": session 17)
        r"\btylko w (?:reczniku|bieliznie|majtkach|staniku|stringach|bokserkach)\b", r"\bskap\w* (?:bikini|stroj\w*|strojach)\b",
        r"\bsmoczk\w*", r"\bmundurk\w* szkoln\w*",
    ),
    "cs": (
        r"\bpruhledn\w*", r"\bnocni kosil\w*", r"\bspodni(?:m|ho)? pradl\w*", r"\bsvudn\w*", r"\bsmysln\w*", r"\bprovokativn\w*",
        r"\bvyzyvav\w*", r"\blechtiv\w*", r"\bsexy\b", r"\bkalhotk\w*", r"\bpodprsenk\w*", r"\btang(?:ach|ami)\b", r"\bpuncoch\w*",
        r"\bpodvazk\w*", r"\bkorzet\w*", r"\bintimn\w*", r"\b(?:v|na) postel[ie]\b", r"\bve sprse\b", r"\bve vane\b",
        r"\b(?:hol|odhalen|odkryt)(?:a|e|ych|ymi)? (?:ramen\w*|zad\w*|nohy|nohama)\b", r"\bjen v (?:rucniku|pradle|kalhotkach|podprsence|tangach|boxerkach)\b",
        r"\b(?:malych|male|malou|skrovnych|odvaznych|odvazne) plavk\w*", r"\bdudlik\w*", r"\bskolni uniform\w*",
    ),
    "nl": (
        r"\bdoorzichtig\w*", r"\bnachthemd\w*", r"\bnachtjapon\w*", r"\bnegligee\w*", r"\bverleidelijk\w*", r"\bsensu(?:eel|ele)\b",
        r"\bzwoel\w*", r"\buitdagend\w*", r"\bsexy\b", r"\bboudoir\w*", r"\bbeha(?:'s)?\b", r"\bslipje\w*", r"\bstringetje\w*",
        r"\bnetkousen\b", r"\bjarretel\w*", r"\bkorset\w*", r"\bintie?m(?:e|er|ste)?\b", r"\b(?:in|op) (?:het |zijn |haar )?bed\b",
        r"\bonder de douche\b", r"\bin (?:bad|de badkuip)\b", r"\bblote (?:schouders|rug|benen|huid)\b",
        r"\balleen (?:in |met )?(?:een |zijn |haar )?(?:handdoek|ondergoed|onderbroek|slipje|beha|string|boxershort)\b",
        r"\b(?:piepkleine|minuscule|gewaagde) (?:bikini|badpak|zwembroek)\b", r"\bspeen(?:tje)?\b",
        r"\bschooluniform\w*", r"\bmet ontbloot bovenlijf\b",
    ),
    "tr": (
        r"\bbastan cikarici\w*", r"\bseksi\w*", r"\bsehvetli\w*", r"\bkiskirtici\w*", r"\bcilveli\w*", r"\bdavetkar\w*",
        r"\bic camasir\w*", r"\bsutyen\w*", r"\bkulot\w*", r"\btanga\w*", r"\bjartiyer\w*", r"\bfile corap\w*",
        r"\bseffaf\w*", r"\btransparan(?!t)\w*", r"\bgecelik\w*",
        # a slip in Turkish, but a ski-jumper's or a mechanic's suit in Polish ("kombinezon poplamiony olejem"): only
        # with a Turkish ending or a Turkish word before it (session 33)
        r"\bkombinezon(?:lu|la|uyla|unu|u|da|lar\w*)\b", r"\bkombinezon(?= (?:giy\w*|icinde|ile|ve)\b)",
        r"\b(?:saten|ipek|dantel\w*|siyah|kirmizi|beyaz|ince) kombinezon\w*",
        r"\b(?:minik|kucucuk|cesur) (?:bikini|mayo)\w*",
        r"\byatak(?:ta|ta uzanmis|ina|in uzerinde)\b", r"\bdusta\b", r"\bkuvette\b", r"\bciplak (?:omuz|sirt|bacak)\w*",
        r"\bsadece (?:havlu|ic camasiri|sutyen|kulot|tanga)\w*", r"\bemzik\w*", r"\bokul uniforma\w*",
    ),
}

# Session 41 (round 46's writers, asked for vague euphemisms): the version one cannot post, and "no filter" with a
# wink, said of someone's pictures ("the version you can't post", "la version qu'on peut pas poster", "quella che non
# si può postare", "sin filtro, ya me entiendes"); not "no filter" alone, a photo's
_CANNOT_POST: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:version|cut|set|edit|pics|one)s? (?:you|we|i|u) (?:cant|can't|cannot|can not|couldn't) (?:post|share|upload|show)\b",
        r"\badults? only (?:cut|version|edit|set)\b", r"\bafter (?:hours|dark) (?:set|edit|version|cut|pics)\b",
        r"\bno filter,? (?:if you know what i mean|you know what i mean|wink)\b",
    ),
    "fr": (
        r"\bversion qu.?on (?:ne )?(?:peut|pourra|pourrait) pas (?:poster|publier|montrer)\b",
        r"\bsans filtre,? (?:si )?tu vois ce que je veux dire\b",
    ),
    "es": (
        r"\b(?:version|la) que no se (?:puede|podria) (?:subir|publicar|ensenar)\b",
        r"\bsin filtros?,? (?:ya )?(?:me entiendes|me entienden|sabes a lo que me refiero)\b",
    ),
    "de": (
        # "das After-Hours-Set" is read by the English pattern: every language's cues run on every text
        r"\bversion,? die man nicht (?:posten|zeigen|hochladen) (?:kann|darf)\b", r"\bohne alles,? (?:ihr wisst|du weisst) schon\b",
        r"\b(?:u|ue|ab ?)18[ -]?(?:fassung|version|variante|edition|set|bilder|fotos)\b",  # "die Ü18-Fassung": session 42
    ),
    "it": (
        r"\b(?:versione|quella) che non si (?:puo|potrebbe) (?:postare|pubblicare|mostrare)\b",
        r"\bsenza filtri,? se (?:capite|capisci) cosa intendo\b",
    ),
    "pt": (r"\bversao que nao (?:da|se pode) (?:para )?(?:postar|publicar|mostrar)\b",),
    "nl": (r"\bversie die je niet (?:kan|kunt|mag) (?:posten|delen|laten zien)\b",),
    "pl": (r"\bwersj\w* (?:ktorej|ktora|ktorych) nie (?:mozna|da sie) (?:wrzucic|pokazac|opublikowac)\b",),
    "cs": (
        r"\bverz\w* (?:kterou|co) (?:nejde|nemuzes) (?:postnout|zverejnit|ukazat)\b",
        # session 42 (round 47): "the version you can't put on insta"
        r"\bverz\w* (?:kterou|co) (?:nejde|nemuzes|se neda) (?:dat|hodit) na (?:insta|instagram|fb|facebook|tiktok|net)\b",
    ),
    # session 42 (round 47): pictures only subscribers see, the adults-only cut ("yetişkinlere özel versiyonu")
    "tr": (r"\byetiskinlere ozel (?:versiyon|surum|fotograf|foto|set|icerik)\w*", r"\bsadece abonelere (?:ozel|cikan|acik)\b"),
}
SUGGESTIVE_PATTERNS = {lang: patterns + _CANNOT_POST.get(lang, ()) for lang, patterns in SUGGESTIVE_PATTERNS.items()}
# ... and "nothing on" said outright of the person, wherever she is ("ohne was an", "bez niczego na sobie", "üstünde
# hiçbir şey olmadan", "sans rien sur elle", "s úsměvem a bez ničeho": round 47's writers)
_NOTHING_ON_HER: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:nothing|naught) (?:on )?but a smile\b",),
    "fr": (r"\bsans rien sur (?:elle|lui|le dos)\b",),
    "de": (r"\bohne (?:was|etwas|irgendwas|alles) an\b",),
    "pl": (r"\bbez niczego na sobie\b",),
    "cs": (r"\bbez niceho na sobe\b", r"\b(?:jen|jenom|pouze) s usmevem a bez niceho\b"),
    "tr": (r"\b(?:ustunde|uzerinde) (?:hicbir sey|hic bir sey) (?:olmadan|olmayan|yokken)\b",),
}

# Swimwear and bare chests: pg13, still sexual for the floors.
MILD_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (r"\bswim ?(?:suit|wear|trunks)s?\b", r"\bbikinis?\b"),
    "fr": (r"\bmaillots? de bain\b",),  # "en maillot" is also a football shirt
    "es": (r"\bbanadores?\b",),
    "de": (r"\bbikini\w*", r"\bbadeanzug\w*"),
    "it": (r"\bcostumi? da bagno\b",),
    "pt": (r"\bbiquinis?\b", r"\bmaios?\b"),
    "pl": (r"\bbikini\b", r"\bstroj\w* kapielow\w*"),
    "cs": (r"\bplavk\w*", r"\bbikin(?!g)\w*"),
    "nl": (r"\bbikini\w*", r"\bbadpak\w*"),
    "tr": (r"\bbikini\w*", r"\bmayo(?:lu|yla|su|suyla|lar)\b"),
}


# Round 4 (issue 8): the cues of the list that still slipped in some languages: shirtless, nude
# beside where one lies, a body suit with heels, lace bodysuits, in bed, bare shoulders, flirty, licking,
# pacifier, school uniform, only in underwear. Appended per language so each table above stays readable.
_ROUND4_EXPLICIT: dict[str, tuple[str, ...]] = {
    "fr": (r"\bnue?s? (?:sur|dans|au|a la|devant|sous|allongee?s?|assise?s?|debout|comme)\b",),
    "pl": (r"\bnag(?:a|i) (?:na|w|pod|przy|nad|jak|i)\b", r"\b(?:zupelnie|calkiem|calkowicie|cala) nag(?:a|i|ie)\b"),
}
_ROUND4_SUGGESTIVE: dict[str, tuple[str, ...]] = {
    "en": (
        r"\blace (?:bodysuit|body|lingerie|teddy)\b", r"\bflirty\b", r"\bschool uniform\b",
        r"\b(?:in|wearing) (?:a |her |his |only )?thong\b",
    ),
    "fr": (
        r"\bbody (?:en |de )?dentelle\b", r"\bbody (?:et|avec des) (?:talons|escarpins)\b", r"\b(?:au|sur (?:le|son|un)) lit\b",
        r"\blech(?:e|ant|er) (?:une |un |la |le |sa |ses )?(?:carotte|banane|sucette|glace|doigts?|levres)\b",
        r"\btetines?\b", r"\buniformes? (?:scolaire|d ecoliere|d'ecoliere|de collegienne)s?\b",
    ),
    "es": (
        r"\bbody de encaje\b", r"\bbody y tacones\b", r"\b(?:solo|solamente|apenas) en (?:ropa interior|bragas|tanga|sujetador)\b",
        r"\blamiendo (?:una |un |la |el |sus )?(?:zanahoria|banana|platano|paleta|piruleta|helado|dedos?|labios)\b",
        r"\bchupetes?\b", r"\buniformes? (?:escolar|de colegiala)(?:es)?\b",
    ),
    "de": (
        r"\bspitzenbody\w*", r"\bbody aus spitze\b", r"\bbody und (?:high heels|absatzen|stockelschuhen|pumps)\b", r"\bflirtend\w*",
        r"\bleck(?:t|end|en) (?:an )?(?:einer |einem |eine |einen |die |den |das |ihre |seine )?(?:karotte|mohre|banane|lutscher|eis|finger|lippen)\b",
    ),
    "it": (
        r"\bbody (?:di|in) pizzo\b", r"\bbody e tacchi\b", r"\b(?:in|solo in) (?:slip|boxer|mutandine)\b", r"\b(?:solo|soltanto) in (?:biancheria intima|intimo|mutande|reggiseno|perizoma|slip|boxer)\b",
        r"\blecc(?:a|ando|are) (?:una |un |la |il |le )?(?:carota|banana|lecca lecca|ghiacciolo|gelato|dita|labbra)\b",
    ),
    "pt": (
        r"\bbody de renda\b", r"\bbody e (?:salto|saltos) (?:alto|altos)\b", r"\b(?:ombros|costas|pernas) a mostra\b",
        r"\blamb(?:e|endo) (?:uma |um |a |o )?(?:cenoura|banana|pirulito|picole|sorvete|dedos?|labios)\b",
        r"\bchupetas?\b", r"\buniformes? (?:escolar|de colegial)(?:es)?\b",
    ),
    "pl": (
        r"\bkoronkow\w* body\b", r"\bbody i szpilk\w*", r"\bflirtujac\w*", r"\bw (?:samych )?bokserkach\b",
        r"\bli(?:ze|zaca|zacy|zac) (?:\w+ )?(?:marchewk\w*|banan\w*|lizak\w*|lod\w*|palc\w*|warg\w*)",
    ),
    "cs": (
        r"\bkrajkov\w* body\b", r"\bbody a (?:podpatk\w*|lodick\w*)", r"\bkoketn\w*", r"\bv (?:trenyrkach|boxerkach|slipech)\b",
        r"\bl(?:ize|izajici|izat) (?:\w+ )?(?:mrkev|mrkvi|banan\w*|lizatk\w*|zmrzlin\w*|prst\w*|rt\w*)",
    ),
    "nl": (
        r"\bkanten body\b", r"\bbody en (?:hakken|hoge hakken|pumps)\b", r"\bflirt(?:erig|erige|end|ende)\b",
        r"\blik(?:t|kend|ken) (?:aan )?(?:een |de |het |haar |zijn )?(?:wortel|banaan|lolly|ijsje|vingers?|lippen)\b",
    ),
    "tr": (
        r"\bdantel (?:bodysuit|body|ic camasir)\w*", r"\bboxer(?: ile|la|iyla|inla)\b", r"\bbodysuit\w* ve (?:yuksek )?topuklu\w*", r"\byatag(?:a|inda|imda)\b",
        r"\bomuz(?:lar|lari)? (?:acik|ciplak)\b", r"\bsamimi (?:foto\w*|cekim\w*|poz\w*)", r"\bdekolte\w*",
        r"\b(?:havuc|muz|lolipop|dondurma|parmak)\w* yal(?:iyor|ayan|amak)\w*",
    ),
}
_ROUND4_MILD: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:bare chested|no shirt|without (?:a|his|her) shirt)\b",),
    "fr": (r"\bsans (?:t shirt|tee shirt|chemise)\b",),
    "es": (r"\b(?:a pecho descubierto|torso desnudo)\b",),
    "de": (r"\boberkorperfrei\w*", r"\bohne (?:t )?shirt\b", r"\bmit (?:nacktem|freiem|blankem) oberkorper\b"),
    "it": (r"\ba petto nudo\b", r"\bsenza camicia\b"),
    "pt": (r"\b(?:sem camiseta|de peito nu|peito de fora|tronco nu)\b", r"\bde sunga\b"),
    "pl": (r"\bbez koszul(?:ki|ek|i)\b", r"\bz nagim torsem\b"),
    "cs": (r"\bbez (?:tricka|kosile)\b", r"\bdo pul tela\b"),
    "nl": (r"\bzonder (?:t )?shirt(?:je)?\b", r"\bmet (?:ontbloot|bloot) (?:bovenlijf|bast)\b"),
    "tr": (r"\b(?:tisortsuz|ustu ciplak)\b",),
}
# Round 5 (issue 8, decision 0025): the cues the round-4 held-out rows found missing: nudity intensified
# ("splitternackt", "spiernaakt", "çırılçıplak"), "nothing on" where one bathes or lies (the phrase alone is
# ordinary: "sans rien dire"), wet T-shirts and their contests, bunny costumes and naughty poses, parted
# lips, between the sheets, "only in a thong/boxers", tight briefs (a minor in them is blocked).
_BATH_OR_BED = {
    "fr": r"(?:douche|bain|baignoire|lit|draps)", "es": r"(?:ducha|bano|banera|cama|sabanas)",
    "it": r"(?:doccia|bagno|vasca|letto|lenzuola)", "pt": r"(?:chuveiro|banho|banheira|cama|lencois)",
    "pl": r"(?:prysznic\w*|kapiel\w*|wannie|wanna|lozku|lozko|poscieli)", "cs": r"(?:sprse|sprcha|sprchou|koupeli|vane|posteli)",
}
_NOTHING_ON = {
    "fr": r"sans rien(?: sur (?:elle|lui|le dos))?", "es": r"sin nada(?: encima| puesto)?", "it": r"senza (?:niente|nulla)(?: addosso)?",
    "pt": r"sem nada(?: no corpo)?", "pl": r"bez niczego", "cs": r"bez niceho",
}
_ROUND5_EXPLICIT: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:with )?nothing on\b(?! (?:the|tv|my|his|her|their|it|but)\b)", r"\bwearing nothing but\b"),
    "de": (r"\bsplitter(?:faser)?nackt\w*", r"\bnichts an\b"),
    "nl": (r"\bspiernaakt\w*", r"\b(?:niks|niets) aan\b"),
    "tr": (r"\bcirilciplak\w*", r"\bhicbir sey giymeden\b"),
    "pt": (r"\b(?:completamente|totalmente|toda|todo) nua?s?\b",),
    **{lang: (rf"\b{place}\b[^\n]{{0,25}}\b{nothing}\b",) for lang, place in _BATH_OR_BED.items() for nothing in (_NOTHING_ON[lang],)},
}
_ROUND5_SUGGESTIVE: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bwet t ?shirts?(?: contest)?\b", r"\b(?:soaked|drenched|wet) (?:white )?t ?shirts?\b", r"\blips parted\b",
        r"\bparted lips\b", r"\b(?:naughty|cheeky|saucy|raunchy) pose\b", r"\bbunny (?:costume|outfit)\b",
        r"\bin (?:tight|skimpy) (?:underwear|briefs|undies|boxers|speedos?)\b",
    ),
    "fr": (
        r"\bt shirt (?:blanc )?(?:mouille|trempe)\b", r"\bconcours de t shirts? mouilles?\b", r"\bcostume de lapine\b",
        r"\bdans les draps\b", r"\blevres entrouvertes\b", r"\b(?:seulement|juste|rien qu) en (?:calecon|slip|boxer|culotte|string)\b",
        r"\ben slip moulant\b",
    ),
    "es": (
        r"\bcamisetas? (?:blancas? )?(?:empapadas?|mojadas?)\b", r"\bconcurso de camisetas? mojadas?\b",
        r"\bpose (?:atrevida|picante|provocativa|traviesa)\b", r"\bdisfraz de conejita\b",
        r"\b(?:solo|solamente) en (?:calzoncillos|boxers?|slip|tanga)\b", r"\bentre sabanas\b", r"\blabios entreabiertos\b",
        r"\ben calzoncillos ajustados\b",
    ),
    "de": (
        r"\b(?:nur )?im string\b", r"\b(?:nur )?in boxershorts\b", r"\bnur in (?:unterhose|slip|unterwasche)\b",
        r"\bin (?:enger|engen|knapper|knappen) (?:unterhose|badehose|slip)\w*", r"\bnasse?[nms]? (?:weisse?[nms]? )?t ?shirt\w*",
        r"\bwet t ?shirt\w*", r"\b(?:in|zwischen) (?:weissen |seidenen )?laken\b", r"\bhasenkostum\w*", r"\bfreche pose\b",
        r"\bgeoffnete(?:n)? lippen\b", r"\bbody (?:\w+ )?und (?:high heels|stockelschuhen|pumps)\b",
    ),
    "it": (
        r"\bmagliett[ae] (?:bianc[ahe]+ )?bagnat[ae]\w*", r"\bconcorso di magliette bagnate\b", r"\bcostume da coniglietta\b",
        r"\bposa (?:provocante|maliziosa|audace|sexy)\b", r"\btra le lenzuola\b", r"\blabbra socchiuse\b",
        r"\bin (?:slip|mutande) attillat\w*", r"\bbody (?:\w+ )?e tacchi\b",
    ),
    "pt": (
        r"\bcamisetas? (?:brancas? )?(?:encharcadas?|molhadas?)\b", r"\bconcurso de camisetas? molhadas?\b",
        r"\bfantasia de coelhinha\b", r"\bpose (?:safada|provocante|ousada)\b", r"\bentre os lencois\b", r"\blabios entreabertos\b",
        r"\bso de (?:cueca|calcinha|sunga|fio dental|lingerie)\b", r"\bde cueca\b",
    ),
    "pl": (
        r"\bw (?:przemoczon\w*|mokr\w*) (?:\w+ )?(?:t shirc\w*|koszulc\w*|podkoszul\w*)", r"\bkonkurs\w* mokr\w* (?:podkoszul\w*|koszul\w*)",
        r"\bstroj\w* kroliczk\w*", r"\bwyzywajac\w* poz\w*", r"\bw poscieli\b", r"\brozchylon\w* ust\w*",
        r"\bw obcisl\w* (?:slip\w*|majt\w*|bokserk\w*|kapielowk\w*)", r"\bnaoliwion\w*", r"\bw samych (?:majtkach|slipach|bokserkach|stringach|kapielowkach)\b", r"\bw stringach\b",
        # session 46 (round 51): stripped down to them, a flirty pose
        r"\bdo (?:samych )?(?:bokserek|majtek|bielizny|stringow|slipek)\b", r"\bflirciarsk\w*",
    ),
    "cs": (
        r"\bv (?:promocen\w*|mokr\w*) (?:\w+ )?tric\w*", r"\bsoutez\w* mokr\w* tric\w*", r"\bkostym\w* zajick\w*",
        r"\blascivni poz\w*", r"\bv perinach\b", r"\bpootevren\w* rt\w*", r"\bv (?:tesn|upnut)\w* (?:slip\w*|trenyrk\w*|kalhotk\w*|boxerk\w*|plavk\w*)",
        r"\bjen v (?:tangach|slipech|kalhotkach|trenyrkach)\b",
    ),
    "nl": (
        r"\bdoorweekt\w* (?:wit\w* )?t ?shirt\w*", r"\bwet t ?shirt wedstrijd\b", r"\bnatte? (?:wit\w* )?t ?shirt\w*",
        r"\bkonijnenpak\w*", r"\bondeugende pose\b", r"\btussen de lakens\b", r"\bgeopende lippen\b",
        r"\bin strakke (?:onderbroek|slip|boxer)\w*", r"\balleen in (?:een |zijn |haar )?(?:string|onderbroek|boxer|slip)\w*",
        r"\bbody en (?:naaldhakken|hakken)\b",
    ),
    "tr": (
        r"\bislak (?:beyaz )?tisort\w*", r"\btavsan kostum\w*", r"\bedepsiz poz\w*", r"\bmahrem\b", r"\baralik dudak\w*",
        r"\bdar (?:kulot|slip|boxer)\w*", r"\bsadece (?:tanga|string|kulot|slip|boxer)\w*", r"\bcarsaf\w* arasinda\b",
    ),
}
# Round 8 (real prompts): the viewer's own bed ("kristen bell on my bed looking at me, pov"), being licked,
# flirting with someone (round 10: "trying to flirt with" too), having a shower, a centerfold.
_ROUND8_SUGGESTIVE: dict[str, tuple[str, ...]] = {
    "en": (r"\bflirt(?:s|ing)? with\b", r"\bhaving (?:a )?(?:shower|bath|bubble bath)\b", r"\bcenterfold\b"),
    "fr": (r"\bsur (?:mon|ton|notre) lit\b", r"\blechee? par\b", r"\bflirt(?:e|ant) avec\b"),
    "es": (r"\ben (?:mi|tu|nuestra) cama\b", r"\blamid[oa] por\b", r"\bcoquete(?:a|ando) con\b"),
    "de": (
        r"\bauf (?:meinem|deinem|unserem) bett\b", r"\bin (?:meinem|deinem|unserem) bett\b", r"\bgeleckt von\b",
        r"\bflirtet mit\b",
    ),
    "it": (
        r"\bsul (?:mio|tuo|nostro) letto\b", r"\bnel (?:mio|tuo|nostro) letto\b", r"\bleccat[oa] da\b",
        r"\bflirt(?:a|ando) con\b",
    ),
    "pt": (r"\bna (?:minha|tua|sua|nossa) cama\b", r"\blambid[oa] por\b", r"\bflert(?:a|ando) com\b"),
    "pl": (r"\bw (?:moim|twoim|naszym) lozku\b", r"\bna (?:moim|twoim|naszym) lozku\b", r"\blizan[ay] przez\b", r"\bflirtuje z\b"),
    "cs": (r"\bv (?:me|tve|nasi) posteli\b", r"\bna (?:me|tve|nasi) posteli\b", r"\bolizovan[aey]?\b", r"\bflirtuje s\b"),
    "nl": (r"\bop (?:mijn|jouw|ons) bed\b", r"\bin (?:mijn|jouw|ons) bed\b", r"\bgelikt door\b", r"\bflirt met\b"),
    "tr": (r"\byatagimda\b", r"\byatagimizda\b", r"\byatagimin (?:ustunde|icinde)\b", r"\bile flort\w*"),
}
# Round 10: the undress command a nudify request gives about the person of its photos ("svlékni ji", "rozbierz
# ją", "onu çıplak yap" has its word already): nudity by what it asks, in the ten languages.
_ROUND10_EXPLICIT: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:take|strip) (?:off )?(?:her|his|their) clothes(?: off)?\b", r"\bremove (?:her|his|their) clothes\b"),
    "fr": (r"\b(?:deshabille|denude) (?:la|le|les)\b", r"\benleve(?:z)? (?:lui|leur) (?:ses|les) vetements\b"),
    "es": (r"\bdesnud(?:ala|alo|alas|alos)\b", r"\bquital(?:e|es) la ropa\b"),
    "de": (r"\bzieh (?:sie|ihn) aus\b", r"\bentkleide (?:sie|ihn)\b", r"\bzieh (?:ihr|ihm) die kleider aus\b"),
    "it": (r"\bspogli(?:ala|alo|ale|ali)\b", r"\btogli(?:le|gli) i vestiti\b"),
    "pt": (r"\b(?:tire|tira) a roupa (?:dela|dele)\b", r"\bdesp(?:e|a) (?:ela|ele)\b", r"\bdeixa (?:ela|ele) pelad[oa]\b"),
    "pl": (r"\brozbierz (?:ja|go|je)\b", r"\bzdejmij (?:jej|mu) ubrani\w*"),
    "cs": (r"\bsvlekni (?:ji|ho|je)\b", r"\bsvlec (?:ji|ho|je)\b"),
    "nl": (r"\bkleed (?:haar|hem) uit\b", r"\btrek (?:haar|zijn) kleren uit\b"),
    "tr": (r"\b(?:onu|onlari) soy\b", r"\bkiyafetlerini cikar\w*"),
}
# Round 17: an apron or a towel and nothing else, nothing underneath, "spicy" photos, in the ten languages.
_ROUND17_SUGGESTIVE: dict[str, tuple[str, ...]] = {
    "en": (r"\bnothing (?:on )?(?:underneath|under (?:it|that|there))\b",),
    "fr": (r"\b(?:seulement|juste|uniquement) (?:un |son )?tablier\b", r"\brien (?:en )?dessous\b"),
    "de": (r"\bnur (?:mit )?(?:einer |der )?schurze\b", r"\bnichts (?:dr|dar)unter\b"),
    # session 34: "qualche foto piccante di lei", "fotos picantes" (not "salsa piccante")
    "es": (r"\bsolo (?:con )?(?:un |el )?delantal\b", r"\bnada (?:por )?debajo\b", r"\b(?:fotos?|imagenes) picantes?\b"),
    "it": (
        r"\bsolo (?:un |il |col )?grembiule\b", r"\bniente sotto\b",
        r"\b(?:foto|fotografie|scatti|immagini) (?:un po' |un po |molto )?piccant[ei]\b",
    ),
    "pt": (r"\b(?:so|apenas) (?:de |com )?(?:um )?avental\b", r"\bnada por baixo\b", r"\b(?:fotos?|imagens) picantes?\b"),
    "pl": (
        r"\bw samym (?:fartuchu|reczniku|szlafroku)\b",
        r"\bw samej (?:bieliznie|koszuli|halce)\b", r"\bbez niczego pod spodem\b", r"\bpikantnie\b",
        r"\bpikantn\w* (?:zdjec\w*|fot\w*|sesj\w*|obraz\w*|poz\w*|wersj\w*)", r"\bwersj\w* pikantn\w*",
    ),
    "cs": (r"\bjen v (?:zastere|rucniku|zupanu)\b", r"\bnic pod (?:tim|ni|nim)\b", r"\bpikantn\w* (?:fotk\w*|fotograf\w*|snimk\w*|verz\w*)", r"\bverz\w* pikantn\w*"),
    "nl": (r"\balleen (?:een |in een )?(?:schort|handdoek)\b", r"\bniets eronder\b"),
    "tr": (r"\bsadece (?:bir )?onluk\w*", r"\baltinda hicbir sey\b"),
}
# Session 43 (round 48): little or less and less on, in the ten languages (folded): "con poca ropa", "immer weniger an",
# "coraz mniej na sobie", "steeds minder aan"
_LITTLE_ON: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:with|wearing) (?:very )?little on\b", r"\bless and less (?:on|clothing|clothes)\b"),
    "fr": (r"\bpeu vetue?s?\b", r"\bde moins en moins (?:habillee?s?|vetue?s?)\b"),
    "es": (r"\bcon poca ropa\b", r"\b(?:cada vez )?con menos ropa\b", r"\ben plan picante\b"),
    # ... the "hot version" and "dressed only in" ("die heiße Variante", "nur mit Kopfhörern bekleidet")
    "de": (
        r"\bimmer weniger an\b", r"\bknapp bekleidet\w*", r"\bsparlich bekleidet\w*", r"\bheisse (?:variante|version)\b",
        r"\bnur (?:mit )?(?:einem |einer |ihren |seinen )?\w+ bekleidet\b",
    ),
    "it": (r"\bcon pochi vestiti\b", r"\bsempre meno vestit[aoie]\b", r"\bpoco vestit[aoie]\b"),
    "pt": (r"\bcom pouca roupa\b", r"\bcada vez (?:com )?menos roupa\b"),
    "pl": (
        r"\bcoraz mniej na sobie\b", r"\bskapo ubran[aey]\b", r"\bna sobie nic poza \w+|\bnic na sobie poza \w+", r"\bgoraca wersj\w*",
        # ... "the spicier ones", "spicy pics" (session 44)
        r"\b(?:bardziej|te|troche) pikantn\w+", r"\bpikantn\w+ (?:zdjec\w*|fotk\w*|obrazk\w*|ujec\w*|wersj\w*)",
    ),
    "cs": (
        r"\bcim dal min obleceni\b", r"\bspore odena?\b", r"\bskrovne oblecena?\b",
        r"\b(?:pikantnejsi|(?:ty |trochu )pikantni)\b", r"\bpikantni (?:fotk\w*|obrazk\w*|snimk\w*|verz\w*)",
        r"\bjak se (?:prevlek\w*|svlek\w*)",  # "how she gets changed" (session 44)
    ),
    "nl": (r"\bsteeds minder aan\b", r"\bschaars gekleed\b"),
    "tr": (
        r"\bgittikce daha az (?:giyimli|kiyafet\w*)\b", r"\baz giyimli\b", r"\bsadece (?:beline |belinde )?(?:bir )?havlu\w*",
        r"\bcekici poz\w*", r"\bformasiz\b",
    ),
}
# Session 45 (round 50): undressing oneself, a lacy or translucent garment, nothing underneath, in the ten languages
# (folded): "despindo-se", "wie er sich auszieht", "průsvitné šaty", "niks eronder"
_UNDRESSING: dict[str, tuple[str, ...]] = {
    "en": (r"\blacy (?:bodysuit|body|lingerie|teddy|bra|nightie|knickers|underwear|slip)\b", r"\bgets? undressed\b"),
    "es": (r"\bse (?:desnuda|desviste)\b", r"\bdesnudandose\b", r"\bdesvistiendose\b"),
    "de": (r"\bsich (?:langsam )?aus(?:zieht|ziehen|zog)\b", r"\bzieht sich (?:langsam )?aus\b"),
    "it": (r"\bsi spogli(?:a|ano|ava)\b", r"\bspogliarsi\b", r"\bspogliandosi\b"),
    "pt": (r"\bdespir[- ]?se\b", r"\bdespindo[- ]?se\b", r"\bse desp(?:e|ir|indo)\b"),
    "pl": (r"\brozbiera(?:jac\w*|ja)? sie\b", r"\bsie rozbiera\w*"),
    "cs": (r"\bsvleka(?:ji|jici)? se\b", r"\bse svleka\w*", r"\bprusvitn\w*"),
    "nl": (r"\bkleedt zich uit\b", r"\bzich uit(?:kleedt|kleden)\b", r"\bniks eronder\b"),
    "tr": (r"\bsoyunu(?:yor|rken|yordu)\w*", r"\bsoyunma\w*"),
}
# Session 24: "nu", too short a word to list alone ("nu metal", Dutch "nu"), is nude after an adverb of entirety or
# before where the nude person lies, in French and Portuguese (folded)
_SESSION24_EXPLICIT: dict[str, tuple[str, ...]] = {
    "fr": (r"\b(?:entierement|completement|totalement) nue?s?\b",),
    "pt": (r"\b(?:completamente|totalmente|inteiramente|todo|toda) nu(?:a|s|as)?\b", r"\bnu(?:a)? (?:num|numa)\b"),
}
for _table, _more in (
    (EXPLICIT_PATTERNS, _ROUND5_EXPLICIT), (EXPLICIT_PATTERNS, _ROUND10_EXPLICIT), (EXPLICIT_PATTERNS, _SESSION24_EXPLICIT), (SUGGESTIVE_PATTERNS, _ROUND5_SUGGESTIVE), (SUGGESTIVE_PATTERNS, _ROUND8_SUGGESTIVE),
    (SUGGESTIVE_PATTERNS, _ROUND17_SUGGESTIVE), (EXPLICIT_PATTERNS, _NOTHING_ON_HER), (SUGGESTIVE_PATTERNS, _LITTLE_ON),
    (SUGGESTIVE_PATTERNS, _UNDRESSING),
):  # fmt: skip
    for _lang, _patterns in _more.items():
        _table[_lang] = _table.get(_lang, ()) + _patterns
for _table, _more in ((EXPLICIT_PATTERNS, _ROUND4_EXPLICIT), (SUGGESTIVE_PATTERNS, _ROUND4_SUGGESTIVE), (MILD_PATTERNS, _ROUND4_MILD)):
    for _lang, _patterns in _more.items():
        _table[_lang] = _table.get(_lang, ()) + _patterns

def all_patterns() -> list[tuple[str, str, str]]:
    """(tier, language, pattern) for every cue above."""
    out: list[tuple[str, str, str]] = []
    for tier, table in (("explicit", EXPLICIT_PATTERNS), ("suggestive", SUGGESTIVE_PATTERNS), ("mild", MILD_PATTERNS)):
        out += [(tier, lang, p) for lang, patterns in table.items() for p in patterns]
    return out
