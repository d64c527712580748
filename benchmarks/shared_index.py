"""What the index scale benchmarks share: size flags, memory readings from /proc, and running
several real processes that map one index file and query it at the same time.

A scale benchmark module defines a ``serve(index_path, queries_path)`` that loads the index,
answers the queries and prints one JSON line, then waits for a line on stdin before exiting, so
the parent can read every worker's ``/proc/<pid>/smaps_rollup`` while all of them are alive.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MIB = 2**20


def sizes_parse(text: str) -> list[int]:
    """``"1e6,1e7"`` -> ``[1000000, 10000000]``."""
    return [int(float(part)) for part in text.split(",") if part.strip()]


def arguments(argv: Sequence[str], *, default_sizes: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks {description}")
    parser.add_argument("--sizes", type=sizes_parse, default=sizes_parse(default_sizes),
                        help=f"comma-separated index sizes, e.g. 1e6,1e7 (default {default_sizes})")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where index and data files go (default: a temporary directory, removed after)")
    parser.add_argument("--processes", type=int, default=4, help="processes sharing one index (default 4)")
    return parser


def memory_of(pid: int) -> dict[str, int]:
    """Rss, Pss, Uss (private clean + dirty) and the file pages mapped with 2 MiB page-table entries
    (``FilePmdMapped``: what the index file's huge-page layout buys), in bytes, from
    ``/proc/<pid>/smaps_rollup``."""
    fields: dict[str, int] = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
                fields[parts[0][:-1]] = int(parts[1]) * 1024
    return {
        "rss": fields.get("Rss", 0),
        "pss": fields.get("Pss", 0),
        "uss": fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0),
        "huge": fields.get("FilePmdMapped", 0),
    }


def rss_bytes() -> int:
    return memory_of(os.getpid())["rss"]


def peak_rss_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def report_and_wait(report: dict[str, Any]) -> None:
    """In a worker: print the report as one JSON line, then hold the mapping until told to go."""
    print(json.dumps(report), flush=True)
    sys.stdin.readline()


def run_json(module: str, *args: str) -> dict[str, Any]:
    """Run ``python -m <module> <args>`` to completion and parse its last stdout line."""
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, check=True, capture_output=True,
                          text=True, env={**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"})
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def shared_run(module: str, processes: int, *args: str) -> list[dict[str, Any]]:
    """Start ``processes`` workers at once (``python -m <module> --serve <args>``), each mapping the
    same index; when all have answered, read each one's memory, then let them exit.

    Each worker's report gains ``memory``: its Rss, Pss (its fair share of shared pages) and Uss
    (pages only it holds). The sum of Pss is what the group costs the machine.
    """
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    workers = [
        subprocess.Popen([sys.executable, "-m", module, "--serve", *args], cwd=REPO, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(processes)
    ]
    reports = []
    try:
        for worker in workers:
            assert worker.stdout is not None
            line = worker.stdout.readline()
            if not line:
                raise RuntimeError(f"worker {worker.pid} exited without a report")
            reports.append(json.loads(line))
        time.sleep(0.2)
        for worker, report in zip(workers, reports, strict=True):
            report["memory"] = memory_of(worker.pid)
    finally:
        for worker in workers:
            if worker.stdin is not None:
                worker.stdin.write("\n")
                worker.stdin.close()
        for worker in workers:
            worker.wait(timeout=300)
    return reports


def memory_line(label: str, reports: list[dict[str, Any]]) -> str:
    rss = [r["memory"]["rss"] / MIB for r in reports]
    pss = [r["memory"]["pss"] / MIB for r in reports]
    uss = [r["memory"]["uss"] / MIB for r in reports]
    huge = [r["memory"]["huge"] / MIB for r in reports]
    return (f"{label}: RSS {', '.join(f'{v:,.0f}' for v in rss)} MiB; PSS {', '.join(f'{v:,.0f}' for v in pss)} MiB "
            f"(sum {sum(pss):,.0f} MiB); USS {', '.join(f'{v:,.0f}' for v in uss)} MiB; "
            f"file mapped in 2 MiB pages {', '.join(f'{v:,.0f}' for v in huge)} MiB")


def load_line() -> str:
    return f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
