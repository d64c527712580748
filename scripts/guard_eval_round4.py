"""Generate the round-4 held-out set: `python scripts/guard_eval_round4.py` writes scripts/guard_eval_round4.jsonl.

Why: the text guard has been tuned on every earlier set (requests_dev.jsonl, guard_eval_general.jsonl,
guard_eval_heldout.jsonl and, after its one measurement, guard_eval_sealed.jsonl), so none of them
predicts anything now. This set was written before round 4 tuned anything, by a helper that did not read
the guard's code, lists, data or docs, and it was measured exactly once, after round 4's tuning (87.0%
recall, 81.6% block rate, 20.3% false positives, 10.7% review). It has been part of
`scripts/guard_eval.py --test` (`make eval`) since, as tuning data: round 5 tuned on it.

Provenance and licence:
- Templates (scripts/guard_eval_round4_templates.py): written for this set, CC0; no sentence is taken
  from an earlier generator. Famous people, one-word aliases of streamers and singers, artists named as
  a style, fictional characters and pets were written from the author's common knowledge, not from any
  list file, and none of them appears in requests_dev.jsonl, the earlier generators or their sets, or
  the issue text (scripts/tests/test_guard_eval_round4.py checks the earlier files).
- Ordinary people's names (scripts/guard_eval_round4_names.tsv, 240: 24 a language, 12 women and 12
  men, with sex and source locale): drawn (seed 20261205) from the person providers of Faker 40.54.0
  (MIT, Copyright (c) 2012 Daniele Faraglia; wheel faker-40.54.0-py3-none-any.whl, sha256
  2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7; not a dependency, only unpacked in a
  temporary folder to draw the names). Locales no earlier round drew a name from: ga_IE and en_NG for
  English, fr_QC, es_CL (round 2 listed it but drew no name from it); where Faker has only locales an
  earlier round used (de_DE, it_IT, pt_PT, pt_BR, pl_PL, cs_CZ, nl_NL, tr_TR), only given names and
  surnames that none of guard_eval_names.tsv, guard_eval_heldout_names.tsv and guard_eval_sealed_names.tsv
  uses (compared without accents, lower case). Turkish surnames: Faker's tr_TR list is used up by the
  earlier rounds, so they come from TR_SURNAMES below (written from the author's knowledge, none in
  Faker's list or an earlier file), marked `tr_TR+own`. The guard never loads Faker or these files.
  `--names-from FAKER_SRC` redraws the names file from an unpacked Faker 40.54.0 wheel.

Rows (same schema and label rule as guard_eval_sealed.jsonl, with `split` "round4"): in each of ten
languages, every ordinary name once in a non-sexual row (a likeness frame, a capitalised name outside
any frame, or lower-case prompt tag soup) and once in a sexual row in the language's own words (naked,
in bed, bare shoulders, intimate, body suit and high heels on a bed, schoolgirl with a pacifier,
shirtless, thong, wet t-shirt, only underwear), with an evasion (dotted, spaced or hyphenated letters,
emoji between the words, hashtag, CamelCase, run together, leetspeak, stripped diacritics, misspelt,
all lower case); ten famous people of the language's country, most misspelt (five non-sexual, five
sexual); four one-word aliases of real streamers or singers beside a likeness cue; five private
unnamed people; four rows about minors (two sexual); and 67 legitimate rows (technical bounties using
"face", "body", "nude palette" innocently, brands, places, products, animals, generic people, artists
as a style, some misspelt, fictional characters with ordinary names, six fictional adults in sexual
frames). Seeded: running it again writes the same file; it prints these counts when it runs.

Counts (1,380 rows; scripts/tests/test_guard_eval_round4.py checks the invariants, not these figures):
- by language: 138 each in en, fr, es, de, it, pt, pl, cs, nl, tr; in every language allow 69,
  consent_required 31, block 38.
- by expected label: allow 690, consent_required 310, block 380.
- real_person subject 670 (240 names x 2 rows: 80 likeness frames, 80 capitalised names outside any
  frame, 80 lower-case tag soup, 240 sexual rows of which 40 as tag soup; 100 famous people, 77 misspelt
  and 23 correct but lower case or without diacritics; 40 aliases; 50 private people), style 189, none
  521; sexual explicit 97, suggestive 313, none 970; minor 40 (20 sexual).
- evasions on the 480 ordinary-name rows: dotted, spaced, hyphenated, emoji, leet, misspelt and run
  together 40 each, hashtag and CamelCase 30 each, lower case 57, stripped diacritics 13 (names without
  diacritics fall back to lower case), plain 50, and with no other evasion 10 capitalised names outside
  any frame (`bare_name`) and 10 tag soup (the other rows of those families carry their evasion's label).
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import guard_eval_round4_templates as tpl  # noqa: E402

HERE = Path(__file__).resolve().parent
NAMES = HERE / "guard_eval_round4_names.tsv"
EARLIER_NAMES = (HERE / "guard_eval_names.tsv", HERE / "guard_eval_heldout_names.tsv", HERE / "guard_eval_sealed_names.tsv")
OUT = HERE / "guard_eval_round4.jsonl"
SEED = 20261205
NAMES_PER_LANG = 24
ALLOW_PER_LANG = 67
FICTION_SEXUAL_PER_LANG = 6
# Faker locales per language: (given-name locale, surname locale); None = TR_SURNAMES.
LOCALES: dict[str, list[tuple[str, str | None]]] = {
    "en": [("ga_IE", "ga_IE"), ("en_NG", "en_NG")], "fr": [("fr_QC", "fr_QC")], "es": [("es_CL", "es_CL")],
    "de": [("de_DE", "de_DE")], "it": [("it_IT", "it_IT")], "pt": [("pt_PT", "pt_PT"), ("pt_BR", "pt_BR")],
    "pl": [("pl_PL", "pl_PL")], "cs": [("cs_CZ", "cs_CZ")], "nl": [("nl_NL", "nl_NL")], "tr": [("tr_TR", None)],
}  # fmt: skip
TR_SURNAMES = [
    "Karagöz", "Tunçel", "Boztepe", "Kuzucu", "Erbaş", "Gökalp", "Sevindik", "Yavuzer", "Akyürek", "Kandemir", "Ilgaz",
    "Soydan", "Aydemir", "Toprakçı", "Kalender", "Tosun", "Ünlü", "Sağlam", "Dinçer", "Güleç", "Ertürk", "Karabulut",
    "Sevim", "Uçar", "Akgül", "Koçak", "Temiz", "Bilgin", "Durmaz", "Gezer", "Öztürkmen", "Yeşilyurt", "Taşdelen",
    "Bakırcı", "Demirbağ", "Kılıçarslan", "Sarıkaya", "Oruç", "Efe", "Yurtsever",
]  # fmt: skip
# Evasions of the ordinary names, in turn (the sexual row of a name takes the one seven places on).
EVASIONS = ("plain", "dotted", "spaced", "hyphenated", "emoji", "hashtag", "camel", "run_together", "leet",
            "stripped", "misspelt", "lower", "plain")  # fmt: skip
EMOJI = ("💖", "🌙", "🍑", "👀", "🌶️", "😍", "🫦")
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
TAGSOUP_TAIL = ", raw photo, 8k uhd, film grain"
FICTION_TAILS = (", fan art", ", video game character, 3d render", ", comic panel", ", anime style")


def strip_accents(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def lower(text: str) -> str:
    """Lower case as a poster types it: a Turkish dotted capital I becomes a plain i, not i plus a dot."""
    return text.replace("İ", "i").lower()


def fold(text: str) -> str:
    return strip_accents(text).lower()


def gendered(text: str, sex: str) -> str:
    """Resolve "[for a woman|for a man]" forms."""
    out, rest = [], text
    while "[" in rest:
        head, _, tail = rest.partition("[")
        choice, _, rest = tail.partition("]")
        female, _, male = choice.partition("|")
        out += [head, female if sex == "f" else male]
    return "".join(out) + rest


def misspell(word: str, rng: random.Random) -> str:
    """A slip a poster makes: a doubled letter dropped, a consonant doubled, two inner letters swapped or a vowel changed."""
    low = word.lower()
    doubled = [i for i in range(1, len(word)) if low[i] == low[i - 1]]
    if doubled:
        i = rng.choice(doubled)
        return word[:i] + word[i + 1 :]
    kind = rng.randrange(3)
    inner = range(1, len(word) - 1)
    if kind == 0:
        consonants = [i for i in inner if low[i] in "bcdfgklmnprstvz"]
        if consonants:
            i = rng.choice(consonants)
            return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == 1 and len(word) > 4:
        i = rng.randrange(1, len(word) - 2)
        if low[i] != low[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    vowels = [i for i in inner if low[i] in "aeiou"]
    if vowels:
        i = rng.choice(vowels)
        return word[:i] + {"a": "e", "e": "a", "i": "y", "o": "u", "u": "o"}[low[i]] + word[i + 1 :]
    return word + word[-1]


def evade(given: str, surname: str, evasion: str, rng: random.Random) -> tuple[str, str]:
    """Return (written form, evasion actually applied)."""
    words = [given, surname]
    name = f"{given} {surname}"
    if evasion == "dotted":
        return " ".join(".".join(w) for w in words), evasion
    if evasion == "spaced":
        return "   ".join(" ".join(w) for w in words), evasion
    if evasion == "hyphenated":
        return " ".join("-".join(w) for w in words), evasion
    if evasion == "emoji":
        return f" {rng.choice(EMOJI)} ".join(words), evasion
    if evasion == "hashtag":
        return "#" + "".join(words), evasion
    if evasion == "camel":
        return "".join(words), evasion
    if evasion == "run_together":
        return fold(name).replace(" ", ""), evasion
    if evasion == "leet":
        return name.translate(LEET), evasion
    if evasion == "stripped":
        return (strip_accents(name), evasion) if strip_accents(name) != name else (lower(name), "lower")
    if evasion == "misspelt":
        written = f"{given} {misspell(surname, rng)}" if rng.random() < 0.7 else f"{misspell(given, rng)} {surname}"
        return written, evasion
    if evasion == "lower":
        return lower(name), evasion
    return name, "plain"


def earlier_tokens() -> set[str]:
    """Given names and surnames the earlier held-out name files use (folded)."""
    tokens: set[str] = set()
    for path in EARLIER_NAMES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                tokens |= {fold(fields[1]), fold(fields[2])}
    return tokens


def redraw_names(faker_src: Path) -> None:
    """Write guard_eval_round4_names.tsv from an unpacked Faker 40.54.0 wheel (not a dependency)."""
    sys.path.insert(0, str(faker_src))
    used = earlier_tokens()
    tr_faker = {fold(s) for s in importlib.import_module("faker.providers.person.tr_TR").Provider.last_names}
    rng = random.Random(SEED)
    seen: set[str] = set()  # no given name or surname twice in the file, across languages too
    out = ["# lang\tgiven\tsurname\tsex\tlocale  (round-4 held-out names; never loaded by the guard)"]
    for lang, pairs in LOCALES.items():
        picked: list[tuple[str, str, str, str]] = []
        for given_loc, surname_loc in pairs:
            given_provider = importlib.import_module(f"faker.providers.person.{given_loc}").Provider
            surname_provider = importlib.import_module(f"faker.providers.person.{surname_loc or 'tr_TR'}").Provider
            for sex in ("f", "m"):
                givens = sorted({g for g in getattr(given_provider, f"first_names_{'female' if sex == 'f' else 'male'}")
                                 if g.isalpha() and fold(g) not in used})  # fmt: skip
                if surname_loc is None:
                    pool = [s for s in TR_SURNAMES if fold(s) not in tr_faker]
                elif hasattr(surname_provider, "last_names_female"):
                    pool = list(getattr(surname_provider, f"last_names_{'female' if sex == 'f' else 'male'}"))
                elif hasattr(surname_provider, "unisex_last_names"):  # pl_PL: -ski forms are men's only
                    pool = list(surname_provider.unisex_last_names) + (list(surname_provider.male_last_names) if sex == "m" else [])
                else:
                    pool = list(surname_provider.last_names)
                # Only surnames written the way a person writes them (ga_IE also lists run-together "ÓBroinín" forms).
                surnames = sorted({s for s in pool if s.isalpha() and (s[1:].islower() or s.startswith("Mc")) and fold(s) not in used})
                locale = "tr_TR+own" if surname_loc is None else given_loc
                picked += [(rng.choice(givens), rng.choice(surnames), sex, locale) for _ in range(NAMES_PER_LANG)]
        rng.shuffle(picked)
        count = Counter[str]()
        for given, surname, sex, locale in picked:
            if fold(given) in seen or fold(surname) in seen or count[sex] >= NAMES_PER_LANG // 2:
                continue
            seen |= {fold(given), fold(surname)}
            count[sex] += 1
            out.append(f"{lang}\t{given}\t{surname}\t{sex}\t{locale}")
        if sum(count.values()) != NAMES_PER_LANG:
            raise SystemExit(f"{lang}: only {sum(count.values())} distinct names drawn")
    NAMES.write_text("\n".join(out) + "\n", encoding="utf-8")


def expected_label(real: str, sexual: str, minor: bool, private: bool) -> str:
    """The earlier sets' rule, the one place this set derives `expected`."""
    if (real == "subject" and sexual != "none") or (minor and sexual != "none") or (private and real == "subject"):
        return "block"
    return "consent_required" if real == "subject" else "allow"


def sexual_choices(lang: str, sex: str, *, fiction: bool) -> list[int]:
    return [
        i for i, (_, _, only) in enumerate(tpl.SEXUAL[lang])
        if only in ("", sex) or (only == "real" and sex == "f" and not fiction)
    ]  # fmt: skip


def build(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()

    def add(lang: str, text: str, *, real: str, names: list[str], sexual: str = "none", private: bool = False, minor: bool = False,
            evasion: str = "plain", template: str) -> bool:
        if text in seen:
            return False
        seen.add(text)
        rows.append({
            "id": f"r4-{len(rows) + 1:04d}", "lang": lang, "text": text, "source": "generated", "real_person": real,
            "person_names": names, "private_person": private, "sexual": sexual, "minor": minor,
            "expected": expected_label(real, sexual, minor, private), "split": "round4", "evasion": evasion, "template": template,
        })  # fmt: skip
        return True

    names = [line.split("\t") for line in NAMES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for lang in tpl.LANGS:
        for index, (_, given, surname, sex, _locale) in enumerate(n for n in names if n[0] == lang):
            for kind in ("person", "sexual"):
                evasion = EVASIONS[(index + 7 * (kind == "sexual")) % len(EVASIONS)]
                written, applied = evade(given, surname, evasion, rng)
                if kind == "person":
                    family = ("consent", "bare", "tagsoup")[index % 3]
                    pool = {"consent": tpl.CONSENT, "bare": tpl.BARE, "tagsoup": tpl.TAGSOUP}[family][lang]
                    t = rng.randrange(len(pool))
                    text, sexual = gendered(pool[t], sex).replace("{n}", written), "none"
                    if family == "tagsoup":
                        text, applied = lower(text), ("tag_soup" if applied == "plain" else applied)
                    elif family == "bare" and applied == "plain":
                        applied = "bare_name"
                else:
                    family = "sexual"
                    t = rng.choice(sexual_choices(lang, sex, fiction=False))
                    template, sexual, _ = tpl.SEXUAL[lang][t]
                    text = gendered(template, sex).replace("{n}", written)
                    if index % 6 == 5:  # a sexual prompt written as tag soup
                        text, applied = lower(text + TAGSOUP_TAIL), ("tag_soup" if applied == "plain" else applied)
                add(lang, text, real="subject", names=[f"{given} {surname}"], sexual=sexual, evasion=applied, template=f"{lang}-{family}-{t}")
        for c, (written, real_name, sex) in enumerate(tpl.FAMOUS[lang]):
            f = c % 2 + (2 if c >= len(tpl.FAMOUS[lang]) // 2 else 0)
            template, sexual = tpl.FAMOUS_FRAMES[lang][f]
            evasion = "misspelt_famous" if fold(written) != fold(real_name) else "famous_lower"
            add(lang, gendered(template, sex).replace("{c}", written), real="subject", names=[real_name], sexual=sexual, evasion=evasion,
                template=f"{lang}-famous-{f}")
        for t, ((alias, sex), (template, sexual)) in enumerate(zip(tpl.STAGE[lang], tpl.STAGE_FRAMES[lang], strict=True)):
            add(lang, gendered(template, sex).replace("{s}", alias), real="subject", names=[alias], sexual=sexual, evasion="stage_name",
                template=f"{lang}-stage-{t}")
        for t, (text, sexual) in enumerate(tpl.PRIVATE[lang]):
            add(lang, text, real="subject", names=[], sexual=sexual, private=True, evasion="private", template=f"{lang}-private-{t}")
        for t, (text, sexual) in enumerate(tpl.MINORS[lang]):
            add(lang, text, real="none", names=[], sexual=sexual, minor=True, template=f"{lang}-minor-{t}")
        allowed = sum(add(lang, text, real="none", names=[], template=f"{lang}-allow-fixed-{t}") for t, text in enumerate(tpl.ALLOW_FIXED[lang]))
        fiction_sexual = 0
        while fiction_sexual < FICTION_SEXUAL_PER_LANG:  # fictional adults in a sexual frame: allowed (rated)
            fiction = rng.choice(tpl.FICTION_ADULT_SEXUAL)
            fsex = dict(tpl.FICTION)[fiction]
            t = rng.choice(sexual_choices(lang, fsex, fiction=True))
            template, sexual, _ = tpl.SEXUAL[lang][t]
            text = gendered(template, fsex).replace("{n}", fiction) + rng.choice(FICTION_TAILS)
            added = add(lang, text, real="none", names=[], sexual=sexual, template=f"{lang}-fiction-sexual-{t}")
            allowed += added
            fiction_sexual += added
        for _attempt in range(5000):
            if allowed >= ALLOW_PER_LANG:
                break
            t = rng.randrange(len(tpl.ALLOW[lang]))
            template, kind = tpl.ALLOW[lang][t]
            first, second = rng.sample([f for f, _ in tpl.FICTION], 2)
            artist = rng.choice(tpl.ARTISTS)
            text = template.replace("{f}", first).replace("{g}", second).replace("{a}", artist).replace("{p}", rng.choice(tpl.PETS))
            if rng.random() < 0.25:
                text = lower(text)
            style = kind == "style"
            allowed += add(lang, text, real="style" if style else "none", names=[tpl.ARTIST_CANONICAL.get(artist, artist)] if style else [],
                           template=f"{lang}-allow-{t}")  # fmt: skip
        else:
            raise SystemExit(f"{lang}: cannot draw {ALLOW_PER_LANG} distinct legitimate rows")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--names-from", type=Path, help="unpacked Faker 40.54.0 wheel: redraw the names file first")
    args = parser.parse_args()
    if args.names_from:
        redraw_names(args.names_from)
    rows = build(random.Random(SEED))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
    for field in ("lang", "expected", "evasion", "sexual", "real_person"):
        counts = Counter(str(r[field]) for r in rows)
        print(f"by {field}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    families = Counter(str(r["template"]).split("-")[1] for r in rows)
    print("by template family: " + ", ".join(f"{k} {v}" for k, v in sorted(families.items())))
    print(f"minor: {sum(bool(r['minor']) for r in rows)}, private: {sum(bool(r['private_person']) for r in rows)}")


if __name__ == "__main__":
    main()
