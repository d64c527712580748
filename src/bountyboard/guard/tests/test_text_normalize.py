"""Normalisation and its offset map (guard.text.normalize)."""

from __future__ import annotations

import pytest

from bountyboard.guard.text.normalize import fold, normalize, normalize_name, padded, padded_key


def _find_in_original(text: str, needle: str) -> str:
    """The original text under the names-view match of ``needle``."""
    norm = normalize(text)
    index = norm.names.text.index(needle)
    start, end = norm.names.span(index, index + len(needle))
    return text[start:end]


class TestFold:
    def test_ascii_is_lower_cased_with_identity_offsets(self) -> None:
        view = fold("Emma WATSON")
        assert view.text == "emma watson"
        assert view.offsets is None

    def test_diacritics_are_removed(self) -> None:
        assert fold("Léa Seydoux, Penélope, Mbappé").text == "lea seydoux, penelope, mbappe"

    def test_a_lone_combining_mark_is_dropped_like_any_diacritic(self) -> None:
        # Python lower-cases Turkish "İ" to "i" + U+0307; decomposed input writes "é" as "e" + U+0301
        assert fold("İlkay Doğru".lower()).text == "ilkay dogru"
        assert fold("Rene\u0301e Kova\u0301c\u030c").text == "renee kovac"
        view = fold("i\u0307pek")
        assert view.text == "ipek"
        assert view.span(0, 4) == (0, 5)

    def test_cyrillic_and_greek_look_alikes_become_latin(self) -> None:
        assert fold("Tаylor Swіft").text == "taylor swift"  # Cyrillic а and і
        assert fold("Εmma Wαtson").text == "emma watson"  # Greek Ε and α

    def test_zero_width_characters_are_dropped_and_offsets_skip_them(self) -> None:
        view = fold("Em\u200bma")
        assert view.text == "emma"
        assert view.offsets == (0, 1, 3, 4)

    def test_compatibility_forms_are_composed(self) -> None:
        assert fold("ﬁne Ｅｍｍａ").text == "fine emma"

    def test_ligatures_nfkd_keeps_are_spelled_out(self) -> None:
        assert fold("belle-sœur").text == "belle-soeur"


class TestNameView:
    def test_leetspeak_inside_words_is_undone(self) -> None:
        assert normalize("3mma W4tson cosplay").names.text == "emma watson cosplay"

    def test_numbers_on_their_own_are_left_alone(self) -> None:
        assert normalize("3,000 Buzz for 16:9").names.text == "3,000 buzz for 16:9"

    def test_symbol_leetspeak_is_undone(self) -> None:
        assert normalize("Sc@rl3tt Joh@ns$on").names.text == "scarlett johansson"

    def test_handle_at_sign_is_kept(self) -> None:
        assert normalize("@l3a.moreau").names.text == "@lea moreau"

    def test_spaced_letters_collapse_and_a_double_space_separates_words(self) -> None:
        assert normalize("E m m a  S t o n e - retro").names.text == "emma stone - retro"

    def test_dotted_letters_collapse(self) -> None:
        assert normalize("E.m.m.a W.a.t.s.o.n bikini").names.text == "emmawatson bikini"

    def test_joined_names_are_split(self) -> None:
        assert normalize("Gal_Gadot_lora_v2 Billie.Eilish Léa-Seydoux").names.text == (
            "gal gadot lora v2 billie eilish lea seydoux"
        )

    def test_a_number_appended_to_a_name_is_read_as_blanks(self) -> None:
        assert normalize("emma_watson99 and LeaMoreau1989").names.text.split() == [
            "emma", "watson", "and", "leamoreau"
        ]

    def test_a_closing_number_leetspeak_can_spell_stays_leetspeak(self) -> None:
        # "10" and "00" are letters in leetspeak ("io", "oo"); "182" and "19" are numbers.
        assert normalize("Már10 P1nh31r0, d3r L00, blink182, covid19").names.text == (
            "mario pinheiro, der loo, blink , covid "
        )

    def test_spans_of_spaced_letters_point_into_the_original(self) -> None:
        assert _find_in_original("Retro: E m m a  S t o n e", "emma stone") == "E m m a  S t o n e"

    def test_spans_of_leetspeak_point_into_the_original(self) -> None:
        assert _find_in_original("new 3mma W4tson set", "emma watson") == "3mma W4tson"

    def test_spans_across_zero_width_characters_point_into_the_original(self) -> None:
        text = "Em\u200bma Wat\u200bson"
        assert _find_in_original(text, "emma watson") == text


class TestNormalizeName:
    def test_list_entries_and_inputs_share_one_key(self) -> None:
        assert normalize_name("  Penélope   Cruz ") == normalize_name("penelope cruz") == "penelope cruz"


class TestPadded:
    def test_non_word_characters_become_spaces_with_one_at_each_end(self) -> None:
        assert padded("emma's, nude!") == " emma s  nude  "

    def test_keys_are_padded_the_same_way(self) -> None:
        assert padded_key("Lupita Nyong'o") == " Lupita Nyong o "


def test_a_lone_letter_after_dotted_names_stays_a_word() -> None:
    # the Polish "w" (in) after a dotted-out name is no letter of it; the name itself stays one run
    assert normalize("J.o.l.a.n.t.a M.a.d.u.r.a w stylu Pixara").names.text == "jolantamadura w stylu pixara"
    assert normalize("a L.e.e G.r.i.m.e.s nude").names.text == "a leegrimes nude"
    assert normalize("E m m a  S t o n e").names.text == "emma stone"  # spaced letters: unchanged


def test_an_eight_opening_a_leet_word_is_a_b_but_numbers_stay() -> None:
    assert normalize("foto de 8u3n4v3ntur4 P3dr054").names.text == "foto de buenaventura pedrosa"
    assert normalize("8k, 80s, 8bit").names.text.startswith("8k, 8")
    assert _find_in_original("l3nk4 8ur3sova", "buresova") == "8ur3sova"  # the span maps back


def test_a_size_is_no_leetspeak() -> None:
    # session 23: "Druk 100x70" read "iooxto" as a surname
    assert normalize("Druk 100x70, tapeta 1920x1080, 50x70cm").names.text == "druk 100x70, tapeta 1920x1080, 50x70cm"
    assert normalize("w4ts0n 3x").names.text.startswith("watson")


@pytest.mark.parametrize(
    ("text", "names"),
    [("5 0 cent in a music video", "50 cent in a music video"), ("fatherhood, 2 1 savage", "fatherhood, 21 savage"),
     ("1 9 5 0 s photo", "1950s photo"), ("8 k, 3 5 mm", "8 k, 35 mm"), ("room 1 and 2", "room 1 and 2")],
)  # fmt: skip
def test_spaced_out_digits_read_whole_in_the_names_view(text: str, names: str) -> None:
    """Round 11: Lexica spaces numbers out; "5 0 cent" is 50 Cent. A lone digit stays apart."""
    assert normalize(text).names.text == names


@pytest.mark.parametrize("token", ["3d", "4k", "8k", "35mm", "90s", "1080p", "18yo", "70er", "70ler", "80lerin"])
def test_a_number_and_its_unit_is_no_leetspeak(token: str) -> None:
    # round 16: "rendu 3D de Yoko" read "ed de yoko", a pair of names; session 20: a decade in German and Turkish
    # ("70ler türk" read "toler turk")
    assert normalize(f"a {token} render of a castle").names.text == f"a {token} render of a castle"


def test_leetspeak_inside_a_word_is_still_undone() -> None:
    assert normalize("p1a skrzyszow5ka").names.text == "pia skrzyszowska"


@pytest.mark.parametrize(
    ("text", "names"),
    [("Zenon „Zenek” Martyniuk śpiewa", "zenon martyniuk spiewa"),
     ('Bartłomiej "Gruszka" Gruszecki, arm wrestler', "bartlomiej gruszecki, arm wrestler"),
     ("Jean-Pierre « Pépé » Castagnet", "jean pierre castagnet"),
     ('a "big" deal', 'a "big" deal'), ('the word "hello"', 'the word "hello"'),
     # session 38: a nickname of two or three words; a quoted name after a lower-case word is the name itself
     ('Dwayne "The Rock" Kelvar on stage', "dwayne kelvar on stage"),
     ('photo of "Rihanna" nude', 'photo of "rihanna" nude'), ('lora of "Anna Kelvar" now', 'lora of "anna kelvar" now')],
)  # fmt: skip
def test_a_quoted_nickname_between_two_names_is_left_out_of_the_names_view(text: str, names: str) -> None:
    """Session 35: the name reads whole without the nickname; a quoted word with no name after it stays."""
    assert normalize(text).names.text == names


def test_an_exclamation_mark_between_letters_is_an_i_in_the_names_view() -> None:
    # session 39 (round 44): "ç!plak" (Turkish "naked") had hidden its sexual word; "nude!" keeps its punctuation
    assert normalize("ç!plak set, nude!").names.text == "ciplak set, nude!"
