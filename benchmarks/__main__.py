"""Run every benchmark, or the ones named: `python -m benchmarks [text image pdq face browse ...]`.

The index scale benchmarks and the load benchmark (it starts the `make up` topology) run only when
named, with their own flags: `python -m benchmarks pdq_scale --sizes 1e6,1e7,1e8`,
`python -m benchmarks face_scale --sizes 1e6,1e7`, `python -m benchmarks load --clients 30 --seconds 60` and
`python -m benchmarks face_models --models dlib,mbf` (other face-embedding models beside SFace).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

ON_DEMAND = {
    "pdq_scale": "benchmarks.scale_pdq",
    "face_scale": "benchmarks.scale_face",
    "load": "benchmarks.bench_load",
    "face_models": "benchmarks.compare_face_models",  # candidates installed outside the project
}


def main(argv: list[str]) -> int:
    if argv and argv[0] in ON_DEMAND:
        module = importlib.import_module(ON_DEMAND[argv[0]])
        print(f"\n=== {argv[0]} ===", flush=True)
        started = time.perf_counter()
        module.main(argv[1:])
        print(f"({argv[0]}: {time.perf_counter() - started:.1f} s)", flush=True)
        return 0
    here = Path(__file__).parent
    names = sorted(m.name[len("bench_") :] for m in pkgutil.iter_modules([str(here)])
                   if m.name.startswith("bench_") and m.name[len("bench_") :] not in ON_DEMAND)
    wanted = argv or names
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(names)}, "
              f"and on demand (one at a time, with flags): {', '.join(ON_DEMAND)}", file=sys.stderr)
        return 2
    for name in wanted:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        module.run()
        print(f"({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
