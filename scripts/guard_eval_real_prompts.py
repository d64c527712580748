"""Round 11's labelled real prompts: `python scripts/guard_eval_real_prompts.py --source sixcd|krea` prints the
counts of one source (with `--jsonl FILE`, writes its rows there too); scripts/guard_eval.py builds the rows with
`rows_of` each time it runs.

Why: round 10 labelled the last rows of our half of I2P, so every labelled real prompt had become tuning data and
nothing fresh was left to measure the guard on. Two more files of real prompts sit in ../shared/data/prompts/ and
no round had labelled them or read their rows' decisions (the evaluation printed only each file's share of
decisions): Six-CD's nudity prompts (`sixcd_nudity.csv`, Artanisax/Six-CD@a30fe9e8:Datasets/SIX-CD/Nudity.csv,
MIT; lexica-style user prompts like I2P's, and rich in sexual ones, where the block rate is weakest) and Krea's
open prompts (`krea_open_prompts_1k.csv`, krea-ai/open-prompts@84d1628e:data/1k.csv, Stable Diffusion Discord
prompts of August 2022; no licence upstream, so used for evaluation only, as ../shared/data/README.md says).

Each source's rows are every prompt of the file but those whose text (whitespace and case folded) is in our
half of I2P (already labelled in scripts/guard_eval_i2p*.jsonl: 82 Six-CD rows) or repeats an earlier row of the
file (13 Krea rows); they are shuffled with the source's seed and numbered "sixcd-0001"..., "krea-0001"....

Labelled blind, the same way as the I2P batches (scripts/guard_eval_i2p.py states the conventions, which apply
unchanged): several labellers who never read the guard's code, lists, decisions or docs, and never ran it on
these rows, each took a range of ids. The labels are in scripts/guard_eval_<source>_labels.tsv (the same columns);
this script joins them to the prompts, computes `expected` with the README's rule and splits each source half
"tune", half "test" within each expected label. Rows carry `source_row` (the CSV's `case_number` for Six-CD,
the data row's position from 0 for Krea) instead of `i2p_row`. Only the labels are in the repository: Krea's
prompts come with no licence upstream (../shared/data/README.md: "use for tests only"), so neither source's text
is copied here; the rows are joined from ../shared/data/prompts/ when the evaluation runs.

Seven labellers took ranges of about 340 ids (four for Six-CD, three for Krea). Where they read a convention two
ways, one reading was applied to every row before the guard ran on any of them: a school uniform ("school
uniform", "serafuku") worn by the one depicted makes a school pupil, as round 10's labellers read it, unless the
text states an adult ("adult", "mature female"): sixcd-0143, 0194, 0302, 0370, 0403 and 0704 were set to minor
and sixcd-0998 ("1girl, adult, ... school uniform") to no minor, all with `unsure`. Booru count tags ("1boy",
"2boys") name a male character of any age; a bare "boy" in running text is a child, as in the I2P batches. A
private person is unnamed in this schema, so sixcd-1329's LoRA token "maja" was left out of person_names. Krea's
krea-0608 is an empty prompt: it keeps its label line (the split was drawn with it) and is left out of the file.
Row krea-0641 is Spanish; every other prompt is English (some of Six-CD's are scrambled words with stray French,
Spanish or Malay fragments, read as English).

Counts of sixcd (scripts/tests/test_guard_eval_real_prompts.py checks these lines against the file):
- expected: allow 1300, consent_required 2, block 77
- real_person: none 1265, style 87, subject 27
- sexual: none 46, suggestive 373, explicit 960
- minor: 53; private_person: 3
- unsure: 105 (7.6%)
- without the unsure rows: allow 1234, consent_required 1, block 39
- split: tune 690, test 689
- tune: allow 650, consent_required 1, block 39; test: allow 650, consent_required 1, block 38

Counts of krea:
- expected: allow 812, consent_required 156, block 9
- real_person: none 357, style 457, subject 163
- sexual: none 943, suggestive 31, explicit 3
- minor: 28; private_person: 0
- unsure: 25 (2.6%)
- without the unsure rows: allow 795, consent_required 150, block 7
- split: tune 489, test 488
- tune: allow 407, consent_required 78, block 4; test: allow 405, consent_required 78, block 5
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guard_eval_i2p import count_lines, expected, read_labels, read_prompts, shared_data, splits

SCRIPTS = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Source:
    """One shared prompt file to label whole: where its rows come from, its ids, files and seeds."""

    name: str
    file: str
    # The CSV column that numbers its rows; None: the data row's position from 0.
    row_column: str | None
    id_prefix: str
    labels: Path
    order_seed: int
    split_seed: int


SIXCD = Source(
    name="sixcd",
    file="sixcd_nudity.csv",
    row_column="case_number",
    id_prefix="sixcd",
    labels=SCRIPTS / "guard_eval_sixcd_labels.tsv",
    order_seed=20261301,
    split_seed=20261302,
)
KREA = Source(
    name="krea",
    file="krea_open_prompts_1k.csv",
    row_column=None,
    id_prefix="krea",
    labels=SCRIPTS / "guard_eval_krea_labels.tsv",
    order_seed=20261303,
    split_seed=20261304,
)
SOURCES = {source.name: source for source in (SIXCD, KREA)}
# Every prompt is English unless listed here (checked by eye while labelling).
LANG_BY_ID: dict[str, str] = {"krea-0641": "es"}


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def drawn(data: Path, source: Source) -> list[tuple[str, int, str]]:
    """The source's rows as (id, source_row, prompt): new to our labelled sets, first of their text, shuffled."""
    known = {folded(row["prompt"]) for row in read_prompts(data / "prompts" / "i2p_half.csv")}
    rows: list[tuple[int, str]] = []
    for position, row in enumerate(read_prompts(data / "prompts" / source.file)):
        text = folded(row["prompt"])
        if text in known:
            continue
        known.add(text)
        rows.append((position if source.row_column is None else int(row[source.row_column]), row["prompt"]))
    random.Random(source.order_seed).shuffle(rows)
    return [(f"{source.id_prefix}-{n:04d}", source_row, prompt) for n, (source_row, prompt) in enumerate(rows, 1)]


def build(data: Path, source: Source, labels: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled rows, in drawing order; a drawn row without a label line is left out."""
    rows = drawn(data, source)
    unknown = set(labels) - {row_id for row_id, _, _ in rows}
    if unknown:
        raise ValueError(f"labels for ids outside the source: {sorted(unknown)[:5]}")
    kept = [row for row in rows if row[0] in labels]
    split_of = splits({row_id: expected(labels[row_id]) for row_id, _, _ in kept}, source.split_seed)
    # An empty prompt (krea-0608) keeps its label line, so the split stays what it was when the round began, but
    # there is nothing to measure in it.
    kept = [row for row in kept if row[2].strip()]
    return [
        {
            "id": row_id,
            "lang": LANG_BY_ID.get(row_id, "en"),
            "text": prompt,
            "source": source.file.removesuffix(".csv"),
            **{key: labels[row_id][key] for key in ("real_person", "person_names", "private_person", "sexual", "minor")},
            "expected": expected(labels[row_id]),
            "split": split_of[row_id],
            "unsure": labels[row_id]["unsure"],
            "source_row": source_row,
        }
        for row_id, source_row, prompt in kept
    ]


def rows_of(source: Source, data: Path | None = None) -> list[dict[str, Any]]:
    """The source's labelled rows, joined from its labels file and the shared prompt file."""
    return build(data or shared_data(), source, read_labels(source.labels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data", type=Path, default=None, help="shared data folder (default $BOUNTYBOARD_SHARED_DATA)"
    )
    parser.add_argument("--source", choices=sorted(SOURCES), required=True, help="which prompt file to build")
    parser.add_argument(
        "--prompts-only",
        action="store_true",
        help="print the source's ids and prompts (tab-separated, newlines as spaces) for the labeller, and stop",
    )
    parser.add_argument("--jsonl", type=Path, default=None, help="also write the rows to this file (outside the repo)")
    args = parser.parse_args()
    data = args.data or shared_data()
    source = SOURCES[args.source]
    if args.prompts_only:
        for row_id, _, prompt in drawn(data, source):
            print(f"{row_id}\t{' '.join(prompt.split())}")
        return
    rows = rows_of(source, data)
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} rows of {source.name}" + (f" -> {args.jsonl}" if args.jsonl else ""))
    print("\n".join(count_lines(rows)))


if __name__ == "__main__":
    main()
