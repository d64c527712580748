"""Generate the round-3 held-out set: `python scripts/guard_eval_sealed.py` writes scripts/guard_eval_sealed.jsonl.

Why: rounds 1 and 2 tuned on (or looked at) the generalisation set and the round-2 held-out set, so
neither measures generalisation any more. This set was written before round 3 tuned anything, by a
helper that did not read the guard's detection code, lexicons or name lists, and it is measured once,
at the end (`guard_eval.py --test`, what `make eval` runs). Nobody reads its per-row results to tune.

Provenance and licence:
- Templates (scripts/guard_eval_sealed_templates.py): written for this set, CC0; none is taken from
  guard_eval_general.py or guard_eval_heldout.py. Fictional characters, artists, stage names and the
  misspelt celebrities were chosen from the author's own knowledge, not from any list the guard or
  the reserved evaluation sources (VGGFace2, CelebBasis, MACE, I2P) hold; none appears in the earlier
  sets except Saul Goodman, Peter Griffin and Patrick Bateman, kept on purpose (issue 8 names them as
  the false positives of a looser rule).
- Names (scripts/guard_eval_sealed_names.tsv, 240: 24 a language, with sex and source locale): drawn
  (seed 20261204) from the person providers of Faker 40.40.0 (MIT, Copyright (c) 2012 Daniele
  Faraglia; wheel faker-40.40.0-py3-none-any.whl, sha256
  cd45ebdd1363f92a45740ac49945e49fa18f7e10771884a83c796a235550d7b7), from locales rounds 1 and 2 did not
  use where Faker has one (en_IN, en_KE, fr_DZ, es_CA given names with es_ES surnames, de_LI, de_LU),
  else from it_IT, pt_PT, pt_BR, pl_PL, cs_CZ, sk_SK, nl_NL, nl_BE and tr_TR keeping only given names
  and surnames that neither guard_eval_names.tsv nor guard_eval_heldout_names.tsv uses. Turkish
  surnames: tr_TR has 61 and the earlier rounds drew them all, so they come from TR_SURNAMES below
  (common Turkish surnames written from the author's knowledge, none in Faker's tr_TR list), marked
  locale `tr_TR+own`. The guard never loads Faker or these files. `--names-from FAKER_SRC` redraws the
  names file from an unpacked Faker wheel; scripts/tests/test_guard_eval_sealed.py checks that no name
  token is in the earlier files.

Rows: every name once in a non-sexual person frame (a consent frame: LoRA of X, X as a knight, a
dataset of X's face, "keep it looking like X"; a capitalised name outside any likeness frame; or
lower-case prompt tag soup) and once in a sexual frame in the row language's own words (nude,
topless, lingerie, in bed, bare shoulders, intimate, shirtless, thong, underwear, body suit and high
heels on a bed, school uniform with a pacifier), with an evasion applied (dotted or spaced letters,
hashtag, CamelCase, emoji between the words, leetspeak, run-together, stripped diacritics, a
misspelling, an @handle, all lower case). Per language also: misspelt well-known people, one-word
stage names (real and made up) in a person frame, private people, minors with and without sexual
content, and legitimate rows (fictional characters, some with ordinary names, also in sexual frames;
artists as a style, some misspelt; brands and places named after people; pets; OCs; products;
landscapes; children's books; synthetic adults in sexual frames). Same schema and label rules as
requests_dev.jsonl (../shared/data/README.md), plus `split` ("sealed"), `evasion` and `template`.
Seeded: running it again writes the same file.

Counts (1,280 rows; scripts/tests/test_guard_eval_sealed.py checks the invariants, not these figures):
- by language: 128 each in en, fr, es, de, it, pt, pl, cs, nl, tr; in every language allow 67,
  consent_required 28, block 33.
- by expected label: allow 670, consent_required 280, block 330.
- real_person subject 590 (240 names x 2 rows: 80 consent frames, 70 capitalised names outside a
  likeness frame, 90 lower-case tag soup, 240 sexual frames; 40 misspelt celebrities, 30 stage names, 40 private
  people), style 144, none 546; sexual explicit 69, suggestive 392, none 819; minor 40 (20 sexual).
- legitimate (allow) 670: 140 fictional adults in sexual frames, 144 artists as a style, 386 others
  (fiction, brands and places named after people, pets, OCs, products, landscapes, children's books,
  synthetic adults, 20 non-sexual minors).
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

import guard_eval_sealed_templates as tpl  # noqa: E402

HERE = Path(__file__).resolve().parent
NAMES = HERE / "guard_eval_sealed_names.tsv"
EARLIER_NAMES = (HERE / "guard_eval_names.tsv", HERE / "guard_eval_heldout_names.tsv")
OUT = HERE / "guard_eval_sealed.jsonl"
SEED = 20261204
NAMES_PER_LANG = 24
ALLOW_PER_LANG = 65
FICTION_SEXUAL_PER_LANG = 14
# (given-name locale, surname locale); None = TR_SURNAMES.
LOCALES: dict[str, list[tuple[str, str | None]]] = {
    "en": [("en_IN", "en_IN"), ("en_KE", "en_KE")], "fr": [("fr_DZ", "fr_DZ")], "es": [("es_CA", "es_ES")],
    "de": [("de_LI", "de_LI"), ("de_LU", "de_LU")], "it": [("it_IT", "it_IT")], "pt": [("pt_PT", "pt_PT"), ("pt_BR", "pt_BR")],
    "pl": [("pl_PL", "pl_PL")], "cs": [("cs_CZ", "cs_CZ"), ("sk_SK", "sk_SK")], "nl": [("nl_NL", "nl_NL"), ("nl_BE", "nl_BE")],
    "tr": [("tr_TR", None)],
}  # fmt: skip
TR_SURNAMES = [
    "Kocabaş", "Eroğlu", "Tekin", "Karakaya", "Sezer", "Uysal", "Bozkurt", "Gündoğdu", "Akbulut", "Ergün", "Başaran",
    "Kılınç", "Coşkun", "Yazıcı", "Çakır", "Avcı", "Duman", "Önal", "Sarı", "Kurtuluş", "Ateş", "Bulut", "Kaplan",
    "Türkmen", "Ekinci", "Güneş", "Karaca", "Altıntaş", "Erdem", "Yüksel", "Sönmez", "Keskin", "Çelebi", "Bayram",
]  # fmt: skip
# Evasions applied to the two rows of each name, in turn (the sexual row takes the next one).
EVASIONS = ("plain", "dotted", "hashtag", "emoji", "leet", "run_together", "spaced", "camel", "stripped",
            "misspelt", "handle", "lower", "plain", "tag_soup")  # fmt: skip
EMOJI = ("🌸", "✨", "🔥", "💋", "⭐", "🦋")
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"})
# Sexual templates whose words fit one sex only (topless / body and heels; sweaty-and-shirtless forms).
FEMALE_ONLY = {1, 7}
MALE_ONLY = {5}
# School uniform and pacifier: a fetish cue around a real person (blocked as sexual either way), but it
# would make a fictional character's row read as a minor, so fiction never gets it.
SCHOOL_UNIFORM = {8}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l")


def gendered(text: str, sex: str) -> str:
    """Resolve "[for a woman|for a man]" forms."""
    out, rest = [], text
    while "[" in rest:
        head, _, tail = rest.partition("[")
        choice, _, rest = tail.partition("]")
        female, _, male = choice.partition("|")
        out += [head, female if sex == "f" else male]
    return "".join(out) + rest


def evade(given: str, surname: str, evasion: str, rng: random.Random) -> tuple[str, str]:
    """Return (written form, evasion actually applied)."""
    name = f"{given} {surname}"
    words = name.split()
    if evasion == "dotted":
        return " ".join(".".join(w) for w in words), evasion
    if evasion == "spaced":
        return "  ".join(" ".join(w) for w in words), evasion
    if evasion == "hashtag":
        return "#" + "".join(w[:1].upper() + w[1:] for w in words), evasion
    if evasion == "camel":
        return "".join(w[:1].upper() + w[1:] for w in words), evasion
    if evasion == "emoji":
        return f" {rng.choice(EMOJI)} ".join(words), evasion
    if evasion == "leet":
        return name.translate(LEET), evasion
    if evasion == "run_together":
        return strip_accents(name).replace(" ", "").lower(), evasion
    if evasion == "stripped":
        stripped = strip_accents(name)
        return (stripped, evasion) if stripped != name else (name.lower(), "lower")
    if evasion == "misspelt":
        letters = list(surname)
        if len(letters) > 3:  # swap two inner letters; a doubled letter when they are the same
            i = rng.randrange(1, len(letters) - 2)
            letters[i], letters[i + 1] = letters[i + 1], letters[i]
        written = f"{given} {''.join(letters)}"
        return (written, evasion) if written != name else (f"{given} {surname}{surname[-1]}", evasion)
    if evasion == "handle":
        base = strip_accents(name).lower().split()
        return "@" + rng.choice((".".join(base), "".join(base) + "_", "_".join(base), base[0] + base[1][:1] + "official")), evasion
    return name, evasion


def earlier_tokens() -> tuple[set[str], set[str]]:
    """Given names and surnames the two earlier held-out name files use (compared without accents, lower case)."""
    givens: set[str] = set()
    surnames: set[str] = set()
    for path in EARLIER_NAMES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                givens.add(strip_accents(fields[1]).lower())
                surnames.add(strip_accents(fields[2]).lower())
    return givens, surnames


def redraw_names(faker_src: Path) -> None:
    """Write guard_eval_sealed_names.tsv from an unpacked Faker 40.40.0 wheel (not a dependency)."""
    sys.path.insert(0, str(faker_src))
    used_given, used_surnames = earlier_tokens()
    used = used_given | used_surnames
    tr_faker = importlib.import_module("faker.providers.person.tr_TR").Provider.last_names
    rng = random.Random(SEED)
    out = ["# lang\tgiven\tsurname\tsex\tlocale  (round-3 sealed held-out names; never loaded by the guard)"]
    for lang, pairs in LOCALES.items():
        picked: list[tuple[str, str, str, str]] = []
        for given_loc, surname_loc in pairs:
            given_provider = importlib.import_module(f"faker.providers.person.{given_loc}").Provider
            surname_provider = importlib.import_module(f"faker.providers.person.{surname_loc or 'tr_TR'}").Provider
            for sex in ("f", "m"):
                pool = getattr(given_provider, "first_names_female" if sex == "f" else "first_names_male")
                givens = sorted({g for g in pool if g.isalpha() and strip_accents(g).lower() not in used})
                gendered_pool = getattr(surname_provider, "last_names_female" if sex == "f" else "last_names_male", None)
                surname_pool = (
                    TR_SURNAMES if surname_loc is None
                    else gendered_pool or getattr(surname_provider, "unisex_last_names", None) or surname_provider.last_names
                )  # fmt: skip
                if surname_loc is None:
                    surname_pool = [s for s in surname_pool if s not in tr_faker]
                surnames = sorted({s for s in surname_pool if s.isalpha() and strip_accents(s).lower() not in used})
                locale = "tr_TR+own" if surname_loc is None else (given_loc if given_loc == surname_loc else f"{given_loc}+{surname_loc}")
                picked += [(rng.choice(givens), rng.choice(surnames), sex, locale) for _ in range(NAMES_PER_LANG)]
        rng.shuffle(picked)
        seen_given: set[str] = set()
        seen_surname: set[str] = set()
        count = Counter[str]()
        for given, surname, sex, locale in picked:
            if given in seen_given or surname in seen_surname or count[sex] >= NAMES_PER_LANG // 2:
                continue
            seen_given.add(given)
            seen_surname.add(surname)
            count[sex] += 1
            out.append(f"{lang}\t{given}\t{surname}\t{sex}\t{locale}")
        if sum(count.values()) != NAMES_PER_LANG:
            raise SystemExit(f"{lang}: only {sum(count.values())} distinct names drawn")
    NAMES.write_text("\n".join(out) + "\n", encoding="utf-8")


def expected_label(real: str, sexual: str, minor: bool, private: bool) -> str:
    """The README's rule: the one place this set derives `expected`."""
    if (real == "subject" and sexual != "none") or (minor and sexual != "none") or (private and real == "subject"):
        return "block"
    return "consent_required" if real == "subject" else "allow"


def build(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()

    def add(lang: str, text: str, *, real: str, names: list[str], sexual: str = "none", private: bool = False, minor: bool = False,
            evasion: str = "plain", template: str) -> bool:
        if text in seen:
            return False
        seen.add(text)
        rows.append({
            "id": f"s3-{len(rows) + 1:04d}", "lang": lang, "text": text, "source": "generated", "real_person": real,
            "person_names": names, "private_person": private, "sexual": sexual, "minor": minor,
            "expected": expected_label(real, sexual, minor, private), "split": "sealed", "evasion": evasion, "template": template,
        })  # fmt: skip
        return True

    names = [line.split("\t") for line in NAMES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    by_lang: dict[str, list[list[str]]] = {lang: [n for n in names if n[0] == lang] for lang in tpl.LANGS}
    fiction_by_sex = {s: [f for f, g in tpl.FICTION if g == s] for s in "fm"}
    for lang in tpl.LANGS:
        for index, (_, given, surname, sex, _locale) in enumerate(by_lang[lang]):
            name = f"{given} {surname}"
            for kind in ("person", "sexual"):
                evasion = EVASIONS[(index + (kind == "sexual") * len(EVASIONS) // 2) % len(EVASIONS)]
                if kind == "person":
                    family = ("consent", "bare", "tagsoup")[index % 3] if evasion != "tag_soup" else "tagsoup"
                    pool = {"consent": tpl.CONSENT, "bare": tpl.BARE, "tagsoup": tpl.TAGSOUP}[family][lang]
                    t = rng.randrange(len(pool))
                    template, sexual = pool[t], "none"
                else:
                    family = "sexual"
                    choices = [i for i in range(len(tpl.SEXUAL[lang])) if not (sex == "m" and i in FEMALE_ONLY) and not (sex == "f" and i in MALE_ONLY)]
                    t = rng.choice(choices)
                    template, sexual = tpl.SEXUAL[lang][t]
                written, applied = evade(given, surname, "plain" if evasion == "tag_soup" else evasion, rng)
                text = gendered(template, sex).replace("{f}", rng.choice(fiction_by_sex[sex])).replace("{n}", written)
                if family == "tagsoup" or evasion == "tag_soup":
                    if family != "tagsoup":  # a sexual frame written as tag soup
                        text = f"{text}, 8k, raw photo, masterpiece"
                    text, applied = text.lower(), ("tag_soup" if applied == "plain" else applied)
                elif applied == "lower":
                    text = text.lower()
                label = [written] if applied == "handle" else [name]
                add(lang, text, real="subject", names=label, sexual=sexual, evasion=applied, template=f"{lang}-{family}-{t}")
        for c, (written, real_name) in enumerate(tpl.MISSPELT_CELEBS[lang]):
            template, sexual = tpl.CELEB_FRAMES[lang][c % 2]
            template = gendered(template, "m" if real_name in tpl.MALE_CELEBS else "f")
            add(lang, template.replace("{c}", written), real="subject", names=[real_name], sexual=sexual, evasion="misspelt_celebrity",
                template=f"{lang}-celebrity-{c % 2}")
        for t, (template, sexual) in enumerate(tpl.STAGE_FRAMES[lang]):
            stage = tpl.STAGE_NAMES[lang][t]
            add(lang, gendered(template, tpl.STAGE_GENDER[stage]).replace("{s}", stage), real="subject", names=[stage], sexual=sexual,
                evasion="stage_name", template=f"{lang}-stage-{t}")
        for t, (text, sexual) in enumerate(tpl.PRIVATE[lang]):
            add(lang, text, real="subject", names=[], sexual=sexual, private=True, template=f"{lang}-private-{t}")
        for t, (text, sexual) in enumerate(tpl.MINORS[lang]):
            add(lang, text, real="none", names=[], sexual=sexual, minor=True, template=f"{lang}-minor-{t}")
        allowed = 0
        for t, text in enumerate(tpl.ALLOW_FIXED[lang]):
            allowed += add(lang, text, real="none", names=[], template=f"{lang}-allow-fixed-{t}")
        attempts = fiction_sexual = 0
        while allowed < ALLOW_PER_LANG:
            attempts += 1
            if attempts > 5000:
                raise SystemExit(f"{lang}: cannot draw {ALLOW_PER_LANG} distinct legitimate rows")
            fiction, fsex = rng.choice(tpl.FICTION)
            if fiction_sexual < FICTION_SEXUAL_PER_LANG and rng.random() < 0.25:  # fictional adults in a sexual frame: allowed (rated)
                choices = [
                    i for i in range(len(tpl.SEXUAL[lang]))
                    if not (fsex == "m" and i in FEMALE_ONLY) and not (fsex == "f" and i in MALE_ONLY) and i not in SCHOOL_UNIFORM
                ]  # fmt: skip
                t = rng.choice(choices)
                template, sexual = tpl.SEXUAL[lang][t]
                text = gendered(template, fsex).replace("{n}", fiction) + rng.choice(("", ", fan art", ", anime style", ", comic cover"))
                added = add(lang, text, real="none", names=[], sexual=sexual, template=f"{lang}-fiction-sexual-{t}")
                allowed += added
                fiction_sexual += added
                continue
            t = rng.randrange(len(tpl.ALLOW[lang]))
            template, kind = tpl.ALLOW[lang][t]
            artist = rng.choice(tpl.ARTISTS)
            text = (template.replace("{f}", fiction).replace("{a}", artist).replace("{p}", rng.choice(tpl.PETS))
                    .replace("{o}", rng.choice(tpl.OCS)))  # fmt: skip
            if rng.random() < 0.25:
                text = text.lower()
            sexual = "suggestive" if kind == "synthetic" else "none"
            artist_label = tpl.ARTIST_CANONICAL.get(artist, artist)
            allowed += add(lang, text, real="style" if kind == "style" else "none", names=[artist_label] if kind == "style" else [],
                           sexual=sexual, template=f"{lang}-allow-{t}")  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--names-from", type=Path, help="unpacked Faker 40.40.0 wheel: redraw the names file first")
    args = parser.parse_args()
    if args.names_from:
        redraw_names(args.names_from)
    rows = build(random.Random(SEED))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    by_lang = Counter(str(r["lang"]) for r in rows)
    by_label = Counter(str(r["expected"]) for r in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    print("by language: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
    print("by expected: " + ", ".join(f"{k} {v}" for k, v in sorted(by_label.items())))


if __name__ == "__main__":
    main()
