"""Write guard/data/wordfreq/frequent_words.txt: the frequent words of the nine languages of issue 8 other than
English (whose words SCOWL already gives the guard), from wordfreq 3.1.1 (docs/decisions/0039); and
guard/data/wordfreq/vocabulary_words.txt.gz, the words of all ten languages a one-token name reading tests
(decision 0056).

    python scripts/frequent_words_build.py

A word is kept when its Zipf frequency in French, Spanish, German, Italian, Portuguese, Polish, Czech, Dutch or
Turkish is at least 4.0 (once in 10,000 words or more) and it is letters only, lower case as wordfreq gives it
(accents kept). The guard reads the frequent list to tell two ordinary words of those languages ("fotografia grande",
"vieux marin") from an unknown given name and surname in lower-case tag soup. wordfreq is pinned and its data
files are checked by digest, so the list is reproducible; the words are wordfreq's data (CC BY-SA 4.0, see
guard/data/wordfreq/NOTICE).

The vocabulary list is wider and read for one thing only: a single token the guard would split into a given name
and a surname ("dettagliato", "realistisch", "barlume") is no name when it is a word of one of the ten languages,
English included, with a Zipf frequency of at least 3.0 (once in a million words) and six letters or more. Names run
together stay under that bar: the most frequent of the famous ones tried, "justinbieber", has 2.39 (decision 0056).
The words are folded as the guard folds a token (``normalize_name``: no accents, lower case), one a line, sorted,
gzip-compressed with no timestamp so that the build is byte for byte the same.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "bountyboard" / "guard" / "data" / "wordfreq" / "frequent_words.txt"
VOCABULARY_OUT = OUT.with_name("vocabulary_words.txt.gz")
VERSION = "3.1.1"
LANGUAGES = ("fr", "es", "de", "it", "pt", "pl", "cs", "nl", "tr")
MIN_ZIPF = 4.0
TOP = 20_000  # more than any language has words at Zipf 4.0 (Turkish, the most, has 10,467)
VOCABULARY_LANGUAGES = ("en", *LANGUAGES)
VOCABULARY_MIN_ZIPF = 3.0
VOCABULARY_MIN_LETTERS = 6
VOCABULARY_HEADER = (
    "# Words (Zipf >= 3.0, six letters or more) of en fr es de it pt pl cs nl tr, folded, from wordfreq 3.1.1's small\n"
    "# lists (data CC BY-SA 4.0: see NOTICE). Written by scripts/frequent_words_build.py; one word a line, sorted.\n"
)
HEADER = (
    "# Frequent words (Zipf >= 4.0) of fr es de it pt pl cs nl tr, from wordfreq 3.1.1 (data CC BY-SA 4.0: see\n"
    "# NOTICE). Written by scripts/frequent_words_build.py; one word a line, sorted.\n"
)


def build() -> str:
    import wordfreq

    _check_digests(wordfreq, LANGUAGES)
    words = {
        word
        for language in LANGUAGES
        for word in wordfreq.top_n_list(language, TOP)
        if word.isalpha() and wordfreq.zipf_frequency(word, language) >= MIN_ZIPF
    }
    return HEADER + "".join(f"{word}\n" for word in sorted(words))


def build_vocabulary() -> bytes:
    """The vocabulary list, gzip-compressed with no name and no timestamp in its header."""
    import wordfreq

    from bountyboard.guard.text.normalize import normalize_name

    _check_digests(wordfreq, VOCABULARY_LANGUAGES)
    words = {
        normalize_name(word)
        for language in VOCABULARY_LANGUAGES
        # the small lists, whose digests are checked, hold every word down to Zipf 3.0 (once in a million)
        for word in wordfreq.top_n_list(language, 10**6, wordlist="small")
        if word.isalpha() and len(word) >= VOCABULARY_MIN_LETTERS
        and wordfreq.zipf_frequency(word, language, wordlist="small") >= VOCABULARY_MIN_ZIPF
    }  # fmt: skip
    text = VOCABULARY_HEADER + "".join(f"{word}\n" for word in sorted(words))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def _check_digests(wordfreq: object, languages: tuple[str, ...]) -> None:
    from importlib.metadata import version

    if version("wordfreq") != VERSION:
        raise SystemExit(f"wordfreq {VERSION} is needed, not {version('wordfreq')}")
    data = Path(wordfreq.__file__).parent / "data"  # type: ignore[attr-defined]
    for language in languages:
        digest = hashlib.sha256((data / f"small_{language}.msgpack.gz").read_bytes()).hexdigest()
        if digest != DIGESTS[language]:
            raise SystemExit(f"wordfreq's {language} list has digest {digest}, expected {DIGESTS[language]}")


DIGESTS = {  # sha256 of wordfreq 3.1.1's data/small_<language>.msgpack.gz
    "en": "f94a80cba6a3857b260d0666b5432bb7ea9b85315574dee9c306e87f61298247",
    "fr": "8fbbf619ff2e6ff5b3d99d41e69c105daf5795771ce8ef36529f210d571abe6e",
    "es": "ff5853040f65bcc9cb3ed3721d1d09d4405389c1741ebbf529612220829ff5af",
    "de": "2115b5bb4adb671a3352555a480b9c2f5b03493e9f7e4047997361d62310017a",
    "it": "07a4355d735d9cc864ce9fe679d94a13dee4cefa2495b6b013ecdb214b231c66",
    "pt": "fe4e551f6da739583d66cd5ef4fca28a1ccfa2ae5a53a5cbf48aa73dd7c91e0c",
    "pl": "95691a55cc2afe0719c11f187fe55a8956bef0654ec476e945af3c495b4aa285",
    "cs": "213812b32ab2b2cdb626e5e1ced308d0d89e2990ae1eb5cf183c5e1f16d52940",
    "nl": "ae0d64f10e9d11898b2b9481c0b20698ec40c79b8025edfdd70856bd593ad4b0",
    "tr": "10980704ee3ac5b52f226579251905412a04ead57092a12182dd0b8be6a765df",
}


def main(argv: list[str]) -> int:
    if argv:
        print(__doc__)
        return 2
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    VOCABULARY_OUT.write_bytes(build_vocabulary())
    print(f"wrote {OUT} and {VOCABULARY_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
