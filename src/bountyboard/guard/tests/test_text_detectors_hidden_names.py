"""One token hiding a given name and a surname (``detectors.hidden_names``), read with small word lists written
for the test: the given-name rule's tests read it through the scanner with the shipped ones."""

from __future__ import annotations

from bountyboard.guard.text.detectors.hidden_names import HIDDEN, WEAK, HiddenNames

GIVEN = frozenset({"iris", "zoe", "christina"})
READER = HiddenNames(
    given=GIVEN, split_given=GIVEN, surnames=frozenset({"vargas", "felix"}), common=frozenset({"art", "station"}),
    frequent_folded=frozenset({"karikatur"}),
)


def read(text: str, word: str) -> tuple[str, str, str] | None:
    start = text.index(word.lstrip("#")) if word.startswith("#") else text.lower().index(word)
    return READER.read(text, (start, start + len(word.lstrip("#"))), word.lstrip("#").lower())


def test_a_hashtag_in_camel_case_hides_a_name() -> None:
    assert read("photo of #IrisVargas at the beach", "#IrisVargas") == ("iris", "vargas", HIDDEN)


def test_a_given_name_run_into_a_known_surname_is_a_name() -> None:
    assert read("zoefelix at the beach, photo", "zoefelix") == ("zoe", "felix", HIDDEN)


def test_one_given_name_and_a_frequent_word_are_no_hidden_name() -> None:
    assert read("Christina at the beach", "christina") is None
    assert read("karikatur, istanbul, kahve", "karikatur") is None


def test_camel_case_keeps_the_particles_with_the_surname() -> None:
    """Round 20: "#MatsVanHeusden" is three capitalised parts; the particle between belongs to the surname."""
    assert read("#KelvaVanHeusden in lingerie op bed", "#KelvaVanHeusden") == ("kelva", "heusden", WEAK)
    assert read("#KelvaDeJong naakt in bed", "#KelvaDeJong") == ("kelva", "jong", WEAK)
    assert read("a #ArtStationVanGogh poster", "#ArtStationVanGogh") is None  # a word between, not a particle


def test_a_dictionary_word_with_another_languages_ending_is_no_hidden_name() -> None:
    """Round 20: Czech "dinosaury" is "dinosaur" with a case ending, not "dino" and "saury"."""
    reader = HiddenNames(
        given=frozenset({"dino"}), split_given=frozenset({"dino"}), surnames=frozenset({"saury"}),
        common=frozenset({"dinosaur"}), frequent_folded=frozenset(),
    )
    text = "pravěké scény s dinosaury ve stylu"
    start = text.index("dinosaury")
    assert reader.read(text, (start, start + 9), "dinosaury") is None


def test_a_frequent_word_in_a_case_is_no_hidden_name() -> None:
    """Session 17: Polish "kalendarza" is "kalendarz" in the genitive, not "kalen" and "darza"."""
    reader = HiddenNames(
        given=frozenset({"kalen"}), split_given=frozenset({"kalen"}), surnames=frozenset({"darza"}),
        common=frozenset(), frequent_folded=frozenset({"kalendarz"}),
    )
    text = "sesja do kalendarza, seksownie"
    start = text.index("kalendarza")
    assert reader.read(text, (start, start + len("kalendarza")), "kalendarza") is None
    assert reader.read("kalendarza", (0, 10), "kalendarza") is None
    assert HiddenNames(
        given=frozenset({"kalen"}), split_given=frozenset({"kalen"}), surnames=frozenset({"darza"}),
        common=frozenset(), frequent_folded=frozenset(),
    ).read(text, (start, start + len("kalendarza")), "kalendarza") is not None



def test_two_dictionary_words_run_together_hide_no_name() -> None:
    # session 19: "starfox" is a game's name, two words of the dictionary run together, not "Star Fox" the person
    def reader(common: frozenset[str]) -> HiddenNames:
        return HiddenNames(
            given=frozenset({"star"}), split_given=frozenset({"star"}), surnames=frozenset({"fox"}), common=common,
            frequent_folded=frozenset(),
        )

    text = "portrait of a wolf pilot from starfox, concept art"
    span = (text.index("starfox"), text.index("starfox") + 7)
    assert reader(frozenset({"star", "fox"})).read(text, span, "starfox") is None
    assert reader(frozenset({"fox"})).read(text, span, "starfox") == ("star", "fox", HIDDEN)


def test_a_compound_of_two_words_hides_no_name() -> None:
    """Session 21: "annen|kirche", "marine|malerei": a word, then a frequent word that is no name, is a compound; a given
    name that is no English word before it is still a name run together ("iris|kirche")."""
    reader = HiddenNames(
        given=frozenset({"anne", "iris", "marine"}), split_given=frozenset({"anne", "iris", "marine"}),
        surnames=frozenset({"vargas"}), common=frozenset({"marine"}),
        frequent_folded=frozenset({"annen", "kirche", "malerei", "marine"}),
    )
    assert reader.read("st. annenkirche bei nacht", (4, 15), "annenkirche") is None
    assert reader.read("ölgemälde, marinemalerei", (11, 24), "marinemalerei") is None
    assert reader.read("iriskirche at the beach", (0, 10), "iriskirche") is not None


def test_a_thing_named_after_someone_in_the_genitive_hides_no_name() -> None:
    """Session 24: "willems|toren", a given name, the genitive "s" and a word that is no name, is a tower named after
    Willem; a surname after the "s" still reads as a name run together ("willem|stormer")."""
    reader = HiddenNames(
        given=frozenset({"willem", "orla"}), split_given=frozenset({"willem", "orla"}),
        surnames=frozenset({"stormer"}), common=frozenset(), frequent_folded=frozenset({"toren", "tormer"}),
    )
    assert reader.read("willemstoren bij zonsondergang", (0, 12), "willemstoren") is None
    assert reader.read("orlastoren in de mist", (0, 10), "orlastoren") is None
    assert reader.read("willemstormer op het strand", (0, 13), "willemstormer") is not None


def test_a_fraction_joins_no_letters() -> None:
    # session 23: mojibake ("querÃ¼gay...") read as leetspeak; dots still join letters spelt out
    text = "film iris¼kelvdrun plugs man"
    found = READER.read(text, (5, 18), "iriskelvdrun")
    assert found is None or found[2] != HIDDEN  # at most a name if the text puts it where a person goes
    text = "i.r.i.s v.a.r.g.a.s at the beach"
    assert READER.read(text, (0, 17), "irisvargas") == ("iris", "vargas", HIDDEN)


def test_a_given_name_run_into_an_estate_is_a_place() -> None:
    # session 23: "collin|wood", "dolly|wood" as "johannes|burg" (a surname ending alone stays: "iris|vargas")
    reader = HiddenNames(
        given=GIVEN, split_given=GIVEN, surnames=frozenset({"vargas", "wood"}), common=frozenset(), frequent_folded=frozenset(),
    )
    text = "candlelit iriswood mansion, gothic"
    assert reader.read(text, (10, 18), "iriswood") is None
    text = "candlelit irisvargas mansion, gothic"
    assert reader.read(text, (10, 20), "irisvargas") == ("iris", "vargas", HIDDEN)



def test_a_given_name_run_into_english_words_hides_no_name() -> None:
    # session 23: Six-CD's run-together junk ("maranlittlesighted", "willyinflpomething"): an English ending, no surname's
    assert READER.read("blonde woman irislittlesighted riding", (13, 30), "irislittlesighted") is None
    assert READER.read("iriskelvmoor on a beach", (0, 12), "iriskelvmoor") is not None  # no English ending: stays


def test_a_compound_of_two_vocabulary_words_hides_no_name() -> None:
    """Session 34: "bodensee|schiff", a word and a word, neither a given name, is a compound; "boden|seeschiff" is
    no name run together. A given name before a vocabulary word still reads ("edwin|campbell")."""
    reader = HiddenNames(
        given=frozenset({"boden", "edwin"}), split_given=frozenset({"boden", "edwin"}),
        surnames=frozenset({"schiff", "campbell"}), common=frozenset(), frequent_folded=frozenset({"schiff"}),
        vocabulary=frozenset({"bodensee", "campbell"}),
    )
    assert reader.read("ms graf zeppelin, bodenseeschiff im hafen", (18, 32), "bodenseeschiff") is None
    assert reader.read("lora of edwincampbell, photo", (8, 21), "edwincampbell") is not None


def test_an_italian_demonym_hides_no_name() -> None:
    """Session 34: "marchigiane" (of the Marche) is no "marc|higiane"."""
    reader = HiddenNames(
        given=frozenset({"marc"}), split_given=frozenset({"marc"}), surnames=frozenset({"giordano"}), common=frozenset(),
        frequent_folded=frozenset(),
    )
    assert reader.read("Colline marchigiane al tramonto", (8, 19), "marchigiane") is None
    assert reader.read("lora di marcgiordano al tramonto", (8, 20), "marcgiordano") is not None


def test_a_doubled_consonant_opens_no_surname() -> None:
    """Session 36: Italian "merlettaia" (a lace-maker) is no "merle|ttaia"; Welsh "Ll" opens one ("carys|llwyd")."""
    reader = HiddenNames(
        given=frozenset({"merle", "carys"}), split_given=frozenset({"merle", "carys"}), surnames=frozenset(),
        common=frozenset(), frequent_folded=frozenset(),
    )
    assert reader.read("una merlettaia al tombolo, luce di finestra", (4, 14), "merlettaia") is None
    assert reader.read("carysllwyd on the beach, photo", (0, 10), "carysllwyd") == ("carys", "llwyd", WEAK)
