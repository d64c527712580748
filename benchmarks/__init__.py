"""Benchmarks: `make bench` (never part of `make test`). Each module `bench_*.py` has a `run()`
that prints its figures and its ratio to a baseline measured in the same run."""
