"""A role set aside after an unlisted name ("Pedri (Barcelona midfielder)", "IU (K-pop singer)",
"Pedri - Brazilian footballer") makes it a real person: TextScanner.scan reports a corroborated
``ner_person`` and Policy.decide asks for consent. Acronyms before a parenthesis stay allowed."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import roles
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner(TextConfig())


def name_shapes(signals: list[Signal]) -> list[tuple[str, bool]]:
    return [
        (s.text or "", bool(s.detail.get("corroborated")))
        for s in signals
        if s.kind is SignalKind.NER_PERSON and s.source == "heuristic:name-shape"
    ]


def decision(scanner: TextScanner, text: str) -> str:
    return Policy().decide(scanner.scan(text)).decision.value


class TestRoleInParenthesesAfterAName:
    def test_one_word_name_with_a_club_and_position(self, scanner: TextScanner) -> None:
        text = "LoRA of Pedri (Barcelona midfielder), match day photos"
        assert name_shapes(scanner.scan(text)) == [("Pedri", True)]
        assert decision(scanner, text) == "consent_required"

    def test_two_word_name_with_a_nationality_and_role(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("Vini Jr (Brazilian footballer) photos")) == [("Vini Jr", True)]

    def test_role_alone_in_parentheses(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("Lewandowski (striker) celebrating a goal")) == [("Lewandowski", True)]

    def test_role_followed_by_a_club_in_italian(self, scanner: TextScanner) -> None:
        found = name_shapes(scanner.scan("Rafael Leão (attaccante del Milan) ritratto"))
        assert found == [("Rafael Leão", True)]

    def test_a_work_in_parentheses_is_not_a_role(self, scanner: TextScanner) -> None:
        assert decision(scanner, "Jinx (League of Legends) cosplay") == "allow"

    def test_a_non_role_word_in_parentheses_is_not_a_role(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("Aurora (fantasy princess) in a forest")) == []


class TestRoleAfterACommaOrDash:
    def test_comma_then_club_and_position(self, scanner: TextScanner) -> None:
        text = "Pedri, Barcelona midfielder, portrait"
        assert name_shapes(scanner.scan(text)) == [("Pedri", True)]
        assert decision(scanner, text) == "consent_required"

    def test_dash_then_nationality_and_role(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("Pedri - Brazilian footballer, photo")) == [("Pedri", True)]

    def test_comma_then_french_multi_word_role(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("Gavi, milieu de terrain du Barça, portrait")) == [("Gavi", True)]

    def test_one_word_without_comma_or_parentheses_is_not_a_name(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("Neon idol poster on a wall")) == []

    def test_a_role_that_does_not_end_the_clause_is_not_an_apposition(self, scanner: TextScanner) -> None:
        # "singer" opens a description of the scene here, not a role set aside after a name
        assert name_shapes(scanner.scan("Meadow - Brazilian singer birds everywhere at dawn")) == []


class TestShortAllCapsNameWithARole:
    def test_two_letter_name_with_a_role_in_parentheses(self, scanner: TextScanner) -> None:
        text = "IU (K-pop singer) in hanbok, realistic"
        assert name_shapes(scanner.scan(text)) == [("IU", True)]
        assert decision(scanner, text) == "consent_required"

    def test_short_caps_with_a_role_after_a_comma_is_not_a_name(self, scanner: TextScanner) -> None:
        assert name_shapes(scanner.scan("HD, K-pop singer on stage")) == []

    @pytest.mark.parametrize(
        "text",
        ["NSFW (lewd) anime girl", "SDXL (base model) landscape", "UI (dark theme) mockup",
         "OC (original character) knight in armour"],
    )  # fmt: skip
    def test_an_acronym_before_parentheses_is_allowed(self, scanner: TextScanner, text: str) -> None:
        assert name_shapes(scanner.scan(text)) == []
        assert decision(scanner, text) == "allow"


class TestRoleLexicon:
    @pytest.mark.parametrize(
        "role",
        ["midfielder", "striker", "goalkeeper", "defender", "winger", "forward", "quarterback", "point guard",
         "pitcher", "tennis player", "F1 driver", "K-pop idol", "rapper", "YouTuber", "TikToker", "streamer",
         "influencer", "politician", "senator", "MP", "minister", "news anchor", "presenter", "footballer",
         "Fußballer", "footballeur", "futbolista", "calciatore", "jogador", "Torhüter", "portero", "goleiro",
         "portiere", "attaquant", "periodista", "Abgeordneter"],
    )  # fmt: skip
    def test_role_in_parentheses_makes_the_name_a_person(self, scanner: TextScanner, role: str) -> None:
        assert name_shapes(scanner.scan(f"Zorvak ({role}) portrait")) == [("Zorvak", True)]


def test_a_title_cased_run_of_words_is_no_name(scanner: TextScanner) -> None:
    """Round 11: "Beautiful Delicate Detailed portrait of ..." asked for consent; a run needs a given name or a
    word no dictionary holds."""
    text = "Beautiful Delicate Detailed portrait of sun summer woman, with magical golden eyes"
    assert name_shapes(scanner.scan(text)) == []
    assert name_shapes(scanner.scan("portrait of Ortrun Kalbfleisch, oil on canvas"))


@pytest.mark.parametrize(
    "text",
    [
        # round 16: the programme a presenter is known from, in brackets, and weather presenters' names for it
        "LoRA Orla Vexmoor (pogoda TVN)\nSzukam kogoś kto zrobi lorę na SDXL.",
        "Orla Vexmoor (weather, RTL) lora",
        "need a set of Orla Vexmoor, the weather lady of the morning show",
        # session 20: the kind of programme alone, or a radio phone-in's name
        "LoRA of Orla Vexmoor (dating show), clean portraits only",
        "set of Kelvin Tobar (VOCM open line), studio portraits",
        "LoRA of Orla Vexmoor (UK TV), clean portraits only",
        "orla vexmoor (reporterka tv nova:1.1), studio, portrait",
    ],
)
def test_a_presenter_named_by_the_programme_or_as_weather_presenter_is_a_person(scanner: TextScanner, text: str) -> None:
    assert decision(scanner, text) == "consent_required"


def test_a_nsfw_request_of_a_weather_presenter_blocks_whatever_medium_it_refuses(scanner: TextScanner) -> None:
    text = "need nsfw set of Orla Vexmoor\nthe weather lady. topless is fine, realistic not anime"
    assert decision(scanner, text) == "block"


def test_a_character_named_before_its_franchise_in_brackets_stays_allowed(scanner: TextScanner) -> None:
    assert decision(scanner, "Orla Vexmoor (Starfall Chronicles), anime, castle") == "allow"


def test_a_role_named_in_the_text_makes_a_bracket_after_the_name_no_franchise(scanner: TextScanner) -> None:
    # round 16: "Poslankyně ... Orla Vexmoorová (Piráti)": a party after an MP, not a character's work
    assert decision(scanner, "Poslankyně jako superhrdinka\nChci obrázek, kde je Orla Vexmoorová (Piráti) jako superhrdinka.") != "allow"


def test_a_lower_case_name_before_a_role_is_a_person(scanner: TextScanner) -> None:
    # round 16: ", volleybalster," after a tag-soup pair says who it is
    assert decision(scanner, "lonneke vexmoor, volleybalster, (strakke short:1.2), sexy, 85mm") == "block"


def test_a_blogger_is_a_public_role(scanner: TextScanner) -> None:
    # round 17: "food blogger" beside a leetspeak name is a real person, whatever "solo" says after it
    text = "0rl4 v3xm00r, food blogger, nuda in cucina, solo grembiule, (nsfw:1.2)"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 20: the trades and sports of its corners, as the ten languages name them (invented people)
        ("Kelvra Oswin, dragqueen, korset en netkousen, sexy pose op een podium", "block"),
        ("Potřebuju obrázky youtuberky Kelvra v plavkách, sexy póza", "block"),
        ("zelvin tobarro, loutkoherec, drží loutky, zákulisí divadla, portrét", "review"),
        ("zelvin tobarro, chef, restaurant kitchen, plating manti, documentary photo", "review"),
        ("a pin-up image of London chef Kelvra Oswin in a bikini", "block"),
        ("kelvo tobarro, mesatenista nipo-brasileiro, saque com efeito, ginásio", "review"),
        # the words that are also something else stay out: "Archer" the series, Polish "rower" a bicycle
        ("lana from archer, spy outfit, nude, toon style like the show", "allow"),
        ("Kasia na rowerze, mój rower, akwarela", "allow"),
    ],
)
def test_round20_roles_name_a_person(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 20: a handle written in lower case with its role right beside it, and a capitalised word that is
        # a word, with a role in parentheses (invented handles)
        ("kelvrix, fortnite pro, gaming chair, headset, esports poster", "consent_required"),
        ("zorvak (de rapper) op een dak in Amsterdam-West, albumcover", "consent_required"),
        ("kelvrix, oyun yayıncısı, gözlüklü, espor afişi", "consent_required"),
        ("image of Pepper (Polish rapper) walking on a Warsaw street at night", "consent_required"),
        # a word before a role two words on is a scene; a dictionary word in lower case stays a word
        ("cuddling with a bodybuilder, hugging an athlete, wholesome", "allow"),
        ("a bodybuilder, athlete, on a beach, oil painting", "allow"),
    ],
)
def test_round20_one_word_aliases_beside_a_role(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 21: a programme after a qualifier in brackets, and fencers, say who the name is (invented people)
        ("photoreal boudoir shots of Kelvra Oswin (ex TVN weather) in red satin lingerie", "block"),
        ("Nakreslete mi Zelvina Tobarra (ten šermíř, co má bronz z Tokia) jak slaví zásah", "consent_required"),
        ("Kelvra Oswin (Olympic fencer) holding a sabre, oil painting", "consent_required"),
        # ... and a broadcaster's short name after the role still ends the aside
        ("kelvin tobarro, prezenter pogody TVN, stoi przed mapą, studio tv", "review"),
    ],
)
def test_round21_roles_name_a_person(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 21: a lower-case handle's role may have two qualifiers, none an article or a verb
        ("kelvrix, bongo flava singer, satin robe slipping off, bare shoulders", "block"),
        ("kelvrix, bodybuilder, hugging an athlete, gym", "allow"),
    ],
)
def test_round21_a_handles_role_with_two_qualifiers(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 17: a reality or talent show after "from" says who a one-word name is, in any case
        ("kelvrix z big brothera, nago w wannie, piana, flash", "block"),
        ("Kelvrix from Love Island, nude in a bathtub", "block"),
        ("Kelvrix du Koh-Lanta en maillot de bain sur la plage, sexy", "block"),
        ("Zelvina Tobarro from American Idol, singing on stage, oil painting", "consent_required"),
        # ... and a word of its own stays a word
        ("kelvrix from the swamp, a green ogre, cartoon", "allow"),
        # a parish priest and a radio voice are known by name in their town
        ("farář Kelvrin Ostrander z Lanškrouna, úsměv, kolárek, před kostelem, akvarel", "consent_required"),
        ("Una caricatura del Kelvrix de la mañana, el locutor hondureño de LA, con audífonos", "review"),
        # an e-sports caster, and a Turkish sportswoman named with -cu
        ("Want Kelvrix (the Polish CS caster) screaming into a mic during a clutch, comic book style", "consent_required"),
        ("kelvrix, badmintoncu, bikini, Kuşadası plajı, seksi poz, (fotogerçekçi:1.2)", "block"),
        # a role set aside may be followed by a bracket that says more ("the Sitya Loss guy")
        ("Need an album cover with Kelvrix, the Ugandan singer (the big hit guy), dancing on a street", "consent_required"),
    ],
)
def test_a_reality_show_after_a_name_says_who(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


def test_in_a_bracket_a_nickname_and_a_comma_may_come_before_the_role() -> None:
    # session 17: "Van Quickenborne (VVQ, de burgemeester)"; outside a bracket a comma ends a list's item
    assert roles.ROLE_IN_PARENS.match(" (vvk, de burgemeester) in een zwembroekje")
    assert not roles.ROLE_ASIDE_AFTER.match(", dog, singer")


@pytest.mark.parametrize(
    "bracket", [" (not the singer)", " (NO el presidente)", " (nicht der sanger)", " (sarkici degil, cizgi roman kahramani)"]
)
def test_a_role_a_bracket_negates_says_who_the_name_is_not(bracket: str) -> None:
    # session 24: "tarkan (şarkıcı değil, çizgi roman kahramanı)" is the comic hero, not the singer
    assert not roles.ROLE_IN_PARENS.match(bracket.lower())
    assert roles.ROLE_IN_PARENS.match(" (the singer)")


def test_words_that_only_look_like_roles_or_shows_name_none() -> None:
    # review of session 17: a spell caster, a bachelor party and a drag race are no roles or shows
    for text in ("orla vexmoor, spell caster, anime", "the bachelor party, neon sign", "a drag race at night"):
        assert not roles.names_a_role(text), text
    assert roles.names_a_role("kelvrix, the polish cs caster")


def test_a_negated_role_says_who_someone_is_not() -> None:
    # session 19: "Postava, ne herečka" (the character, not the actress) names no actress
    assert not roles.ROLE_ASIDE_AFTER.match(", ne herecka. 600 kc")
    assert not roles.ROLE_ASIDE_AFTER.match(", not the actress, just the character")
    assert roles.ROLE_ASIDE_AFTER.match(", polska herecka, na scenie")


def test_fan_art_of_an_antiques_dealer_is_of_a_real_person(scanner: TextScanner) -> None:
    # session 20: a dealer is a role, so "fan art" does not make the named dealer a character
    text = "Antiquitäten Fanart\nIch hätte gern Orla Vexmoor, den tätowierten Händler, in Boxershorts, lasziv, Kerzenlicht"
    assert decision(scanner, text) == "block"


def test_a_character_named_before_a_tv_series_in_brackets_stays_a_character(scanner: TextScanner) -> None:
    # session 20: "(UK TV)" says a presenter, "(TV series)" still a work's character
    assert decision(scanner, "Orla Vexmoor (TV series), oil painting") == "allow"
    # a radio drama is named as a work by its own cue; "(radio)" says a presenter
    assert decision(scanner, "Orla Vexmoor (radio drama), noir poster, rain") == "allow"
    assert decision(scanner, "Orla Vexmoor (radio), studio portrait") == "consent_required"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 21: a nickname that is a word, after "the" or before a role in brackets, set beside a role
        ("the grapnel, pdc darts player from kelvmoor, shirtless, oiled, photoreal", "block"),
        ("thornbill (the karaoke singer from that corner bar in kelvmoor), nude, nsfw, photoreal", "block"),
        ("Big Kettle doing the chant\nCan someone make Big Kettle, the auctioneer at the Drune livestock sale, "
         "rattling off bids on a stage? Realistic.", "consent_required"),
        # ... or from a quiz show whose chasers go by nicknames
        ("the grapnel from the chase, quizzer, red hair, bikini, sexy smirk, (realistic:1.2)", "block"),
        ("a red fox running through the snow, the chase, hounds, oil painting", "allow"),
        # a word alone beside a role is still a word: tag soup lists roles and things
        ("stage, singer, microphone, spotlight, photoreal", "allow"),
        ("a kettle, the singer's favourite, on a table, photoreal", "allow"),
    ],
)
def test_a_nickname_that_is_a_word_is_someone_beside_a_role(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # session 21: French and Italian elide the article before a role that opens with a vowel
        "Qui peut me faire Kelvara, l'animatrice du Club Do, en affiche rétro ?",
        "Vorrei Drunello, l'attrice del teatro stabile, in versione cartoon",
    ],
)
def test_an_elided_article_before_a_role_still_sets_it_beside_the_name(scanner: TextScanner, text: str) -> None:
    assert decision(scanner, text) == "consent_required"


@pytest.mark.parametrize(
    "text",
    [
        # session 21: pelota players, German darts players and television's tarot readers are public people
        "Modelo 3D de Drunez (el pelotari riojano de Tricio) para imprimir una figurita",
        "Alguém faz a Kelvara, aquela taróloga da televisão, vestida de bruxa?",
        "kelvrix, dartsspieler aus dem saarland, beim walk-on, bühnennebel",
    ],
)
def test_pelota_and_darts_players_and_tarot_readers_are_roles(scanner: TextScanner, text: str) -> None:
    assert decision(scanner, text) == "consent_required"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 24: television's psychics, and German and Dutch roles joined to what they are of
        ("Quiero a Kelvrix, el vidente de la tele, con su túnica", "consent_required"),
        ("kelvrix, der schlagersänger aus kitzbühel, oberkörperfrei im heu", "block"),
        ("Kelvrix, de volkszanger uit Volendam, op een podium", "consent_required"),
        ("LoRA Orla Vexmoor (Schwingerkönig 2022), 40 Bilder vom Brünig", "consent_required"),  # a fair's king
    ],
)
def test_psychics_and_compound_roles_are_roles(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


def test_a_thing_ending_like_a_player_is_no_role() -> None:
    # "Plattenspieler" is a record player: "spieler" is no compound head
    assert not roles.ROLE_BEFORE.search("ein plattenspieler ")
    assert roles.ROLE_BEFORE.search("der radiomoderator ")


@pytest.mark.parametrize("text", ["prezydent szczecina", "mem z prezydentem miasta", "pan prezident v kresbe", "cumhurbaskani"])
def test_presidents_in_polish_czech_and_turkish_name_a_role(text: str) -> None:
    # session 22: "prezydent Szczecina Piotr X ... kreskówka" is a city's president drawn, not a character
    assert roles.names_a_role(text)


def test_a_citys_president_drawn_is_a_real_person(scanner: TextScanner) -> None:
    text = "Potrzebuję obrazka: prezydent Szczecina Piotr Drunek jako kapitan promu na Odrze, w czapce, kreskówka. 60 zł"
    assert decision(scanner, text) == "consent_required"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 26: a sport's champions, rally drivers, the Palio's jockeys and reality-show contestants are public
        ("Want Orla Vexmoor (the women's snooker champ) in a sexy low cut waistcoat. £40", "block"),
        ("Vogliamo un'immagine di Kelvrix, il fantino, a pelo sul cavallo dopo il Palio", "consent_required"),
        ("Brennick Taul, rally driver, sliding through a muddy forest stage", "consent_required"),
        ("LoRA: Orla Vexmoor (Skeleton)\nDie Sauerländer Olympiasiegerin, bitte 60 Bilder", "consent_required"),
        ("0rl4 v3xm00r (tiktokerka), n4k3d, shower, wet skin, realistic", "block"),  # a Polish TikTok woman, in leetspeak
        ("MC Kelvra (česká rapperka z ostravy), bikini, pool, sexy, (photorealistic:1.2)", "block"),
    ],
)
def test_champions_rally_drivers_and_jockeys_are_roles(scanner: TextScanner, text: str, expected: str) -> None:
    assert decision(scanner, text) == expected


def test_a_bountys_winner_is_no_role() -> None:
    # the winner of the bounty itself: "$25 via paypal voor de winnaar" names no public figure
    assert not roles.names_a_role("portret van kapitein haddock in harnas, $25 via paypal voor de winnaar")


def test_a_masters_compound_is_no_champion() -> None:
    # "Jägermeister" is a liqueur and "Wachtmeister" a constable of puppet plays: "-meister" is no compound head
    assert not roles.names_a_role("eine flasche jagermeister")
    assert not roles.names_a_role("wachtmeister dimpfelmoser")
    assert roles.names_a_role("die olympiasiegerin") and roles.names_a_role("de wereldkampioen")
