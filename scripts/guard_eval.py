"""Guard text quality: `.venv/bin/python scripts/guard_eval.py [--test]` (`make eval` adds --test).

Targets (the same figures are measured on held-out requests):
  recall on real-person rows (real_person == subject -> consent_required, review or block)     >= 97 %
  false positives (expected allow -> consent_required or block)                                 <= 3 %
  block rate on rows expected block                                                               >= 95 %
  legitimate rows sent to review (expected allow -> review)                                       <= 5 %
Review counts as a catch in recall (a moderator sees the row); "recall without review" is printed too.
The figures are printed for requests_dev.jsonl, for scripts/guard_eval_extra.jsonl (handcrafted, CC0)
for both splits of the generalisation set scripts/guard_eval_general.jsonl (issue 8; round 1 measured
its `test` split, so round 2 tunes on it too), and with --test for round 2's held-out set
scripts/guard_eval_heldout.jsonl (measured once after round 2; round 3 tuned on it, so it is tuning data
now) and the round-3 held-out set scripts/guard_eval_sealed.jsonl (written before round 3 tuned anything,
measured once after it; tuning data since round 4), and the round-4 held-out set
scripts/guard_eval_round4.jsonl (scripts/guard_eval_round4.py: 1,380 rows in ten languages, written
before round 4 tuned, by someone who did not read the guard; measured once after round 4's tuning, at
87.0% recall, 81.6% block rate, 20.3% false positives, 10.7% of legitimate rows sent to review; tuning
data since), and the round-6 held-out set scripts/guard_eval_round6.jsonl (scripts/guard_eval_round6.py:
1,300 rows in ten languages, half bounty requests and half Lexica-style prompts, written by someone who
did not read the guard; measured with round 5's guard at 80.0% recall, 77.6% block rate, 20.9% false
positives, 10.3% review, and once after round 6's lists at 81.1%, 77.9%, 20.8%, 9.5%; tuning data since),
and both splits of scripts/guard_eval_i2p.jsonl (600 real prompts of our half of I2P, labelled by hand
without reading the guard; its test split measured first with round 6's lists at 83.3% recall, 55.6%
block rate (5/9), 4.0% false positives, 2.8% review), and both splits of scripts/guard_eval_i2p8.jsonl (round
8: 600 other real prompts of our half, labelled the same way; measured with round 7's guard before round 8
tuned anything: tune 91.1% recall, 57.1% block rate (4/7), 4.5% false positives, 3.7% review; test 87.5%,
37.5% (3/8), 5.3%, 3.7%. Round 8 tuned on the tune split only; the test split was measured once after it
(a first draft of the surname rule was also run on it once, at 89.3% recall, the other figures unchanged):
91.1% recall, 37.5% (3/8), 2.5%, 3.7%; the first batch's test split then read 85.4%, 55.6% (5/9), 1.2%, 2.4%.
Both test splits are tuning data from round 9 on. And scripts/guard_eval_i2p9.jsonl (round 9's batch: 600 more
real prompts, labelled the same way; 68 of its rows had been printed during round 8 and carry `seen`), measured
once whole at the end of round 8: with round 7's guard 86.5% recall (96/111), 64.0% block rate (16/25), 7.4%
false positives, 4.1% review; with round 8's 90.1% (100/111), 68.0% (17/25), 3.7%, 3.9%.
From round 10 on every earlier real-prompt split is tuning data; scripts/guard_eval_i2p10.jsonl (the last 551 rows
of our half, labelled the same way) was measured once, whole, at round 10's end: with round 9's guard (the session's
start) 85.1% recall (80/94), 58.8% block rate (10/17), 1.8% false positives (8/455), 2.2% review (10/455); with round
10's 87.2% (82/94), 58.8% (10/17), 2.0% (9/455), 1.8% (8/455). It is tuning data since: three of its block misses
added sex acts and body pillows to the lexicons.
Round 11 labelled the two other shared real-prompt files whole (scripts/guard_eval_real_prompts.py: Six-CD's nudity
prompts and Krea's Discord prompts: labels in scripts/guard_eval_sixcd_labels.tsv and guard_eval_krea_labels.tsv,
joined to the shared files when this runs); both were
measured once whole with round 10's guard before anything was tuned on them (Six-CD 44.4% recall, 23.4% block
rate, 5.0% false positives, 2.5% review; Krea 90.2%, 5/9, 4.3%, 3.7%), then round 11 tuned on their tune splits;
their test splits, measured once at the round's end: Six-CD 50.0% recall (7/14), 36.8% block rate (14/38; 15.8%
with round 10's guard), 5.4% false positives (4.6%), 1.2% review (2.3%); Krea 86.4% (70/81), 2/5, 4.2% (4.4%),
2.7% (3.2%). Round 12's set (scripts/guard_eval_round12.py: 480 prompts and requests with add-on models and
romanised East Asian names, by two blind writers) was measured once whole with round 11's guard (72.2% recall,
74.8% block rate, 14.0% false positives, 2.2% review) and with round 12's detectors as first written (77.4%, 79.0%,
14.0%, 3.1%), then round 12 tuned on its tune split; its test split, measured once at the round's end: 77.7% recall
(87/112; 67.9% with round 11's guard), 81.7% block rate (58/71; 74.6%), 7.1% false positives (8/113; 12.4%), 2.7%
review (3/113; 2.7%). Six-CD's test split was run a second time then (not read): 50.0%, 36.8%, 6.0%, 1.4%.
Rounds 13 to 51 added thirty-nine more blind sets of the kind (scripts/guard_eval_round13.py to
guard_eval_round51.py); their figures are in the README's "Measuring it", decisions 0036 to 0071 and each round's
script. The `tune` halves of rounds 17 to 51 are tuning data, their `test` halves were never read: run a set whole,
or one writer's part, with --requests scripts/guard_eval_round51.jsonl --no-extra [--id-prefix by], which prints the
figures and no row.
`--tuning-only` leaves the test splits out.
Also runs the shared prompt files and prints decision and rating distributions.
Exits 1 when a target is missed. `--show-misses` lists the rows behind each figure."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from bountyboard.guard.config import TextConfig  # noqa: E402
from bountyboard.guard.policy import Policy  # noqa: E402
from bountyboard.guard.text.scanner import TextScanner  # noqa: E402

sys.path.insert(0, str(REPO / "scripts"))
import guard_eval_real_prompts  # noqa: E402

RECALL_MIN = 0.97
FALSE_POSITIVE_MAX = 0.03
BLOCK_RATE_MIN = 0.95
REVIEW_MAX = 0.05
# Generated (scripts/guard_eval_general.py): names no shipped list holds, ten languages, evasions.
GENERAL_REQUESTS = REPO / "scripts" / "guard_eval_general.jsonl"
# Handcrafted for Bountyboard (CC0), same schema and label rules as requests_dev.jsonl, different
# names (mostly people the shipped lists do not hold), six languages: a stand-in for held-out rows.
EXTRA_REQUESTS = REPO / "scripts" / "guard_eval_extra.jsonl"
# Round 2's held-out set (scripts/guard_eval_heldout.py): new templates, names from Faker locales the
# generalisation set did not use, one-word aliases. Written before round 2 tuned; measured with --test only.
HELDOUT_REQUESTS = REPO / "scripts" / "guard_eval_heldout.jsonl"
# Round 3's held-out set (scripts/guard_eval_sealed.py): written before round 3 tuned, by someone who did
# not read the guard's detection code or lists; new templates, Faker locales and names again. Measured once
# after round 3, tuned on by round 4. --test only.
SEALED_REQUESTS = REPO / "scripts" / "guard_eval_sealed.jsonl"
# Round 4's held-out set (scripts/guard_eval_round4.py): written before round 4 tuned, without reading the
# guard; names from Faker locales and tokens no earlier set used, famous people misspelt. Measured once
# after round 4 (the figures are in the docstring), tuning data since. --test only.
ROUND4_REQUESTS = REPO / "scripts" / "guard_eval_round4.jsonl"
# Round 6's held-out set (scripts/guard_eval_round6.py): written without reading the guard, half bounty
# requests and half Lexica-style prompts; measured before and after round 6's lists (figures in the
# docstring), tuning data since. --test only.
ROUND6_REQUESTS = REPO / "scripts" / "guard_eval_round6.jsonl"
# Real prompts (scripts/guard_eval_i2p.py): 600 rows of our half of I2P labelled by hand without reading the
# guard, split in two; the owner's held-out rows are mostly prompts like these. --test only.
I2P_REQUESTS = REPO / "scripts" / "guard_eval_i2p.jsonl"
# Round 8's real prompts (scripts/guard_eval_i2p.py --batch 8): 600 other rows of our half of I2P, labelled the
# same way; its test split is measured once, after round 8's tuning. --test only.
I2P8_REQUESTS = REPO / "scripts" / "guard_eval_i2p8.jsonl"
# Round 9's batch (scripts/guard_eval_i2p.py --batch 9): 600 more real prompts, labelled the same way, measured
# once with round 7's and round 8's guards (figures in the docstring). --test only.
I2P9_REQUESTS = REPO / "scripts" / "guard_eval_i2p9.jsonl"
I2P10_REQUESTS = REPO / "scripts" / "guard_eval_i2p10.jsonl"
# Round 11's real prompts (scripts/guard_eval_real_prompts.py): the shared Six-CD nudity and Krea prompt files,
# labelled whole, joined from their labels and the shared files when this runs (their text is not in the repo);
# measured once whole, then their tune splits are tuned on and their test splits measured once more at the
# round's end. --test only; --tuning-only leaves the test splits out.
ROUND11_SOURCES = (("Six-CD nudity", "sixcd"), ("Krea open prompts", "krea"))
# The sets blind writers wrote (scripts/guard_eval_round12.py to guard_eval_round51.py), each with what it holds.
BLIND_SETS = (
    (REPO / "scripts" / "guard_eval_round12.jsonl", "model tags and romanised names, round 12"),
    (REPO / "scripts" / "guard_eval_round13.jsonl", "Korean, Vietnamese, Japanese names and stage names, round 13"),
    (REPO / "scripts" / "guard_eval_round14.jsonl", "unlisted people in ten languages, round 14"),
    (REPO / "scripts" / "guard_eval_round15.jsonl", "unlisted people in ten languages, round 15"),
    (REPO / "scripts" / "guard_eval_round16.jsonl", "unlisted people in ten languages, round 16"),
    (REPO / "scripts" / "guard_eval_round17.jsonl", "unlisted people in ten languages, round 17"),
    (REPO / "scripts" / "guard_eval_round18.jsonl", "unlisted people in ten languages, round 18"),
    (REPO / "scripts" / "guard_eval_round19.jsonl", "unlisted people in ten languages, round 19"),
    (REPO / "scripts" / "guard_eval_round20.jsonl", "unlisted people in ten languages, round 20"),
    (REPO / "scripts" / "guard_eval_round21.jsonl", "unlisted people in ten languages, round 21"),
    (REPO / "scripts" / "guard_eval_round22.jsonl", "unlisted people in ten languages, round 22"),
    (REPO / "scripts" / "guard_eval_round23.jsonl", "unlisted people in ten languages, round 23"),
    (REPO / "scripts" / "guard_eval_round24.jsonl", "unlisted people in ten languages, round 24"),
    (REPO / "scripts" / "guard_eval_round25.jsonl", "unlisted people in ten languages, round 25"),
    (REPO / "scripts" / "guard_eval_round26.jsonl", "unlisted people in ten languages, round 26"),
    (REPO / "scripts" / "guard_eval_round27.jsonl", "unlisted people in ten languages, round 27"),
    (REPO / "scripts" / "guard_eval_round28.jsonl", "unlisted people in ten languages, round 28"),
    (REPO / "scripts" / "guard_eval_round29.jsonl", "unlisted people in ten languages, round 29"),
    (REPO / "scripts" / "guard_eval_round30.jsonl", "unlisted people in ten languages, round 30"),
    (REPO / "scripts" / "guard_eval_round31.jsonl", "unlisted people in ten languages, round 31"),
    (REPO / "scripts" / "guard_eval_round32.jsonl", "unlisted people in ten languages, round 32"),
    (REPO / "scripts" / "guard_eval_round33.jsonl", "unlisted people in ten languages, round 33"),
    (REPO / "scripts" / "guard_eval_round34.jsonl", "unlisted people in ten languages, round 34"),
    (REPO / "scripts" / "guard_eval_round35.jsonl", "unlisted people in ten languages, round 35"),
    (REPO / "scripts" / "guard_eval_round36.jsonl", "unlisted people in ten languages, round 36"),
    (REPO / "scripts" / "guard_eval_round37.jsonl", "unlisted people in ten languages, round 37"),
    (REPO / "scripts" / "guard_eval_round38.jsonl", "unlisted people in ten languages, round 38"),
    (REPO / "scripts" / "guard_eval_round39.jsonl", "unlisted people in ten languages, round 39"),
    (REPO / "scripts" / "guard_eval_round40.jsonl", "unlisted people in ten languages, round 40"),
    (REPO / "scripts" / "guard_eval_round41.jsonl", "unlisted people in ten languages, round 41"),
    (REPO / "scripts" / "guard_eval_round42.jsonl", "unlisted people in ten languages, round 42"),
    (REPO / "scripts" / "guard_eval_round43.jsonl", "unlisted people in ten languages, round 43"),
    (REPO / "scripts" / "guard_eval_round44.jsonl", "unlisted people in ten languages and posters' evasions, round 44"),
    (REPO / "scripts" / "guard_eval_round45.jsonl", "titles, surnames first, addresses and euphemisms, round 45"),
    (REPO / "scripts" / "guard_eval_round46.jsonl", "initials, shops, classes, nicknames and split names, round 46"),
    (REPO / "scripts" / "guard_eval_round47.jsonl", "initials before surnames, programmes, nicknames and euphemisms, round 47"),
    (REPO / "scripts" / "guard_eval_round48.jsonl", "descriptions, lower-case initials, storms and names given to things, round 48"),
    (REPO / "scripts" / "guard_eval_round49.jsonl", "nicknames with a town, platforms, firms and generic adults, round 49"),
    (REPO / "scripts" / "guard_eval_round50.jsonl", "nicknames in sentences, epithets, classic characters, round 50"),
    (REPO / "scripts" / "guard_eval_round51.jsonl", "offices and relations, particles with towns, disguised names, round 51"),
)


def shared_data_dir() -> Path:
    import os

    env = os.environ.get("BOUNTYBOARD_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


def prompts(path: Path) -> Iterator[str]:
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield str(row.get("initial_prompt") or row.get("prompt") or row.get("text") or "")
        return
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        column = next((c for c in ("prompt", "caption", "text", "Prompt") if c in (reader.fieldnames or [])), None)
        if column is None:
            raise SystemExit(f"{path.name}: no prompt column in {reader.fieldnames}")
        for row in reader:
            yield row[column] or ""


def load_rows(path: Path, split: str | None = None, *, id_prefix: str = "") -> list[dict[str, Any]]:
    """A labelled set's rows, or those of one split, or those whose id starts with ``id_prefix`` (a writer's part)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if (split is None or r.get("split") == split) and str(r.get("id", "")).startswith(id_prefix)]


def evaluate_requests(
    label: str, rows: list[dict[str, Any]], scanner: TextScanner, policy: Policy, *, show_misses: bool
) -> tuple[bool, list[str]]:
    """Print the four target figures for one labelled set; return (all targets met, miss lines).

    Recall counts ``review`` as a catch (a moderator sees the row); the share of legitimate rows sent
    to review is the budget that keeps that honest.
    """
    subject_total = subject_hit = strict_hit = allow_total = false_pos = reviewed = block_total = blocked = exact = 0
    misses: list[str] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        verdict = policy.decide(scanner.scan(row["text"]))
        got, expected = verdict.decision.value, row["expected"]
        confusion[(expected, got)] += 1
        exact += got == expected
        flagged = got in ("consent_required", "block")
        if row.get("real_person") == "subject":
            subject_total += 1
            subject_hit += flagged or got == "review"
            strict_hit += flagged
            if not flagged and got != "review":
                misses.append(f"recall miss  {row['id']} got {got}: {row['text'][:90]!r}")
        if expected == "allow":
            allow_total += 1
            false_pos += flagged
            reviewed += got == "review"
            if flagged or got == "review":
                misses.append(f"false pos    {row['id']} got {got}: {row['text'][:90]!r} {[r.code for r in verdict.reasons]}")
        if expected == "block":
            block_total += 1
            blocked += got == "block"
            if got != "block":
                misses.append(f"block miss   {row['id']} got {got}: {row['text'][:90]!r}")
        if got != expected and show_misses:
            misses.append(f"mismatch     {row['id']} expected {expected} got {got}: {[r.code for r in verdict.reasons]}")

    recall = subject_hit / subject_total if subject_total else 1.0
    fp_rate = false_pos / allow_total if allow_total else 0.0
    block_rate = blocked / block_total if block_total else 1.0
    review_rate = reviewed / allow_total if allow_total else 0.0
    strict = strict_hit / subject_total if subject_total else 1.0
    print(f"requests: {label} ({len(rows)} rows)")
    print(f"{'figure':<44}{'value':>10}{'target':>12}  status")
    results = [
        ("recall on real-person likeness requests", recall, f">= {RECALL_MIN:.0%}", recall >= RECALL_MIN, f"{subject_hit}/{subject_total}"),
        ("false positives on expected allow", fp_rate, f"<= {FALSE_POSITIVE_MAX:.0%}", fp_rate <= FALSE_POSITIVE_MAX, f"{false_pos}/{allow_total}"),
        ("block rate on expected block", block_rate, f">= {BLOCK_RATE_MIN:.0%}", block_rate >= BLOCK_RATE_MIN, f"{blocked}/{block_total}"),
        ("legitimate rows sent to review", review_rate, f"<= {REVIEW_MAX:.0%}", review_rate <= REVIEW_MAX, f"{reviewed}/{allow_total}"),
    ]
    for name, value, target, ok, count in results:
        print(f"{name:<44}{value:>9.1%}{target:>12}  {'ok' if ok else 'MISSED'} ({count})")
    print(f"{'recall without review (consent or block)':<44}{strict:>9.1%}")
    print(f"{'exact decision match':<44}{exact / len(rows):>9.1%}" if rows else "no rows")
    print("confusion (expected -> got): " + ", ".join(f"{e}->{g}: {n}" for (e, g), n in sorted(confusion.items())))
    return all(ok for _, _, _, ok, _ in results), misses


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default ../shared/data)")
    parser.add_argument("--requests", type=Path, default=None, help="labelled requests (default requests_dev.jsonl)")
    parser.add_argument(
        "--extra", type=Path, default=EXTRA_REQUESTS, help="second labelled set, reported separately (default %(default)s)"
    )
    parser.add_argument("--no-extra", action="store_true", help="skip the second set")
    parser.add_argument(
        "--id-prefix", default="", help="only the rows of --requests whose id starts with this (a blind set's part: ng, nh)"
    )
    parser.add_argument(
        "--test",
        action="store_true",
        help=(
            "also measure the held-out sets scripts/guard_eval_heldout.jsonl (round 2, tuning data since round 3), "
            "guard_eval_sealed.jsonl (round 3, tuning data since round 4) and guard_eval_round4.jsonl "
            "(round 4, measured once after round 4, tuning data since) and guard_eval_round6.jsonl (round 6, "
            "measured before and after round 6's lists, tuning data since) and both splits of guard_eval_i2p.jsonl "
            "(real prompts, labelled by hand) and both splits of guard_eval_i2p8.jsonl and guard_eval_i2p9.jsonl "
            "(rounds 8 and 9's real prompts) and guard_eval_i2p10.jsonl (round 10's) and the tune splits of "
            "round 11's Six-CD and Krea prompts (scripts/guard_eval_real_prompts.py) and the tune halves of the blind "
            "writers' sets of rounds 12 to 51 (scripts/guard_eval_round12.py to guard_eval_round51.py) and, unless "
            "--tuning-only, the test splits and halves of both"
        ),
    )
    parser.add_argument(
        "--tuning-only",
        action="store_true",
        help="with --test, leave out the test splits and halves, measured once at a round's end (never tune on them)",
    )
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    data = args.data or shared_data_dir()
    requests_path = args.requests or data / "requests_dev.jsonl"
    if not requests_path.is_file():
        print(f"requests file not found: {requests_path}", file=sys.stderr)
        return 2

    scanner = TextScanner(TextConfig())
    policy = Policy()
    sets = [(str(requests_path) + (f" [ids {args.id_prefix}*]" if args.id_prefix else ""), load_rows(requests_path, id_prefix=args.id_prefix))]
    if not args.no_extra and args.extra.is_file() and args.extra.resolve() != requests_path.resolve():
        sets.append((str(args.extra), load_rows(args.extra)))
    if GENERAL_REQUESTS.is_file():
        sets.append((f"{GENERAL_REQUESTS.name} [tune]", load_rows(GENERAL_REQUESTS, "tune")))
        sets.append((f"{GENERAL_REQUESTS.name} [test, tuned on since round 2]", load_rows(GENERAL_REQUESTS, "test")))
    if args.test and HELDOUT_REQUESTS.is_file():
        sets.append((f"{HELDOUT_REQUESTS.name} [round-2 held out, tuned on since round 3]", load_rows(HELDOUT_REQUESTS)))
    if args.test and SEALED_REQUESTS.is_file():
        sets.append((f"{SEALED_REQUESTS.name} [round-3 held out, tuned on since round 4]", load_rows(SEALED_REQUESTS)))
    if args.test and ROUND4_REQUESTS.is_file():
        sets.append((f"{ROUND4_REQUESTS.name} [round-4 held out, measured once, tuned on since]", load_rows(ROUND4_REQUESTS)))
    if args.test and ROUND6_REQUESTS.is_file():
        sets.append((f"{ROUND6_REQUESTS.name} [round-6 held out, measured, tuning data since]", load_rows(ROUND6_REQUESTS)))
    if args.test and I2P_REQUESTS.is_file():
        sets.append((f"{I2P_REQUESTS.name} [real prompts, tune]", load_rows(I2P_REQUESTS, "tune")))
        sets.append((f"{I2P_REQUESTS.name} [real prompts, test]", load_rows(I2P_REQUESTS, "test")))
    if args.test and I2P8_REQUESTS.is_file():
        sets.append((f"{I2P8_REQUESTS.name} [real prompts round 8, tune]", load_rows(I2P8_REQUESTS, "tune")))
        sets.append((f"{I2P8_REQUESTS.name} [real prompts round 8, test]", load_rows(I2P8_REQUESTS, "test")))
    if args.test and I2P9_REQUESTS.is_file():
        sets.append((f"{I2P9_REQUESTS.name} [real prompts round 9, tune]", load_rows(I2P9_REQUESTS, "tune")))
        sets.append((f"{I2P9_REQUESTS.name} [real prompts round 9, test]", load_rows(I2P9_REQUESTS, "test")))
    if args.test and I2P10_REQUESTS.is_file():
        sets.append((f"{I2P10_REQUESTS.name} [real prompts round 10, measured once, tuning data since]", load_rows(I2P10_REQUESTS)))
    for what, name in ROUND11_SOURCES if args.test else ():
        source = guard_eval_real_prompts.SOURCES[name]
        if not (data / "prompts" / source.file).is_file():
            print(f"{source.file} missing: round 11's {what} rows skipped", file=sys.stderr)
            continue
        rows = guard_eval_real_prompts.rows_of(source, data)
        sets.append((f"{source.labels.name} [{what}, round 11, tune]", [r for r in rows if r["split"] == "tune"]))
        if not args.tuning_only:
            sets.append((f"{source.labels.name} [{what}, round 11, test: measured once at the end]", [r for r in rows if r["split"] == "test"]))
    for path, what in BLIND_SETS if args.test else ():
        if not path.is_file():
            continue
        sets.append((f"{path.name} [{what}, tune]", load_rows(path, "tune")))
        if not args.tuning_only:
            sets.append((f"{path.name} [{what}, test: measured once at the end]", load_rows(path, "test")))
    all_ok = True
    misses: list[str] = []
    for label, rows in sets:
        ok, set_misses = evaluate_requests(label, rows, scanner, policy, show_misses=args.show_misses)
        all_ok &= ok
        misses += set_misses
        print()

    print(f"\n{'prompt file':<28}{'rows':>6}{'allow':>8}{'consent':>9}{'review':>8}{'block':>7}   ratings pg/pg13/r/x")
    for name in ("sixcd_benign.csv", "promptist_diffusiondb.jsonl", "promptist_lexica.jsonl", "i2p_half.csv", "sixcd_nudity.csv"):
        path = data / "prompts" / name
        if not path.is_file():
            print(f"{name:<28} missing")
            continue
        decisions: Counter[str] = Counter()
        ratings: Counter[str] = Counter()
        for text in prompts(path):
            verdict = policy.decide(scanner.scan(text))
            decisions[verdict.decision.value] += 1
            ratings[verdict.rating.value] += 1
        total = sum(decisions.values())

        def pct(counter: Counter[str], key: str, total: int = total) -> str:
            return f"{counter[key] / total:.0%}" if total else "-"

        print(
            f"{name:<28}{total:>6}{pct(decisions, 'allow'):>8}{pct(decisions, 'consent_required'):>9}"
            f"{pct(decisions, 'review'):>8}{pct(decisions, 'block'):>7}   "
            + "/".join(pct(ratings, r) for r in ("pg", "pg13", "r", "x"))
        )
    # The rows behind the figures only when asked: `make eval` runs the blind sets' never-read halves too, and a
    # miss line is a row read (session 14 found them printed by default)
    if misses and args.show_misses:
        print("\n" + "\n".join(misses))
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
