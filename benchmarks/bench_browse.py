"""Browse speed over 100,000 bounties on SQLite and on a throwaway PostgreSQL.

Each backend runs in its own process (Django configures one database per process): it migrates a
fresh database, bulk-inserts 100,000 bounties (plus the FTS5 rows on SQLite), then measures p50/p95
through the Django test client of:

- baseline: ``GET /api/v1/bounties/{id}`` (one primary-key read), measured in the same run;
- ``GET /api/v1/bounties`` (default: open, newest first);
- ``GET /api/v1/bounties?type=lora&sort=prize&q=fox`` (filter + sort + full-text);
- the browse page ``/bounties/`` when the web app serves it.

Target: p95 < 50 ms for the list queries on both backends.

    python -m benchmarks browse            # both backends
    python -m benchmarks.bench_browse sqlite
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from benchmarks.backends import backend_main, both_backends_run, django_ready

N_BOUNTIES = 100_000
REPEATS = 200
WORDS = ("fox castle portrait anime knight forest city robot dragon watercolour neon desert ocean "
         "cyberpunk oil sketch pixel vintage studio landscape mecha ghibli noir baroque").split()


def _seed(n: int) -> int:
    import datetime as dt
    import random

    from django.utils import timezone

    from bountyboard.bounties.models import Bounty, BountyStatus, BountyType, ContentRating
    from bountyboard.bounties.search import search_document_for, search_rebuild
    from bountyboard.testing.factories import make_user

    rng = random.Random(42)
    poster = make_user("bench-poster")
    now = timezone.now()
    types = list(BountyType.values)
    statuses = [BountyStatus.OPEN] * 6 + [BountyStatus.AWARDED, BountyStatus.EXPIRED, BountyStatus.AWARDING,
                                          BountyStatus.DRAFT]
    batch: list[Bounty] = []
    for i in range(n):
        words = rng.sample(WORDS, 4)
        title = f"{words[0].title()} {words[1]} {rng.choice(types)} #{i}"
        description = f"Looking for a {' '.join(words)} model. " * 3
        tags = words[2:]
        published = now - dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 90))
        prize = rng.randrange(100, 50_000)
        batch.append(Bounty(
            poster=poster, title=title, description=description, description_html=f"<p>{description}</p>",
            type=rng.choice(types), base_model=rng.choice(["SDXL", "SD 1.5", "Flux", "Pony"]), tags=tags,
            search_document=search_document_for(title=title, description=description, tags=tags, base_model="SDXL"),
            rating=rng.choice([ContentRating.PG] * 3 + [ContentRating.R]), prize=prize, pool=prize + rng.randrange(0, 500),
            entry_count=rng.randrange(0, 40), starts_at=published, expires_at=published + dt.timedelta(days=30),
            status=rng.choice(statuses), published_at=published,
        ))
        if len(batch) == 5_000:
            Bounty.objects.bulk_create(batch)
            batch = []
    if batch:
        Bounty.objects.bulk_create(batch)
    search_rebuild()
    from django.db import connection

    if connection.vendor == "postgresql":
        # autovacuum would analyse the fresh table soon anyway; SQLite gets no statistics, as in
        # production (Django never runs ANALYZE there), so the plans measured are the real ones.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return int(Bounty.objects.filter(status=BountyStatus.OPEN).values_list("pk", flat=True).first() or 0)


def _measure(client: Any, path: str) -> tuple[float, float, int]:
    for _ in range(10):  # warm caches and connections
        response = client.get(path)
    status = response.status_code
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(samples, n=20)
    return statistics.median(samples), cuts[18], status


def backend_run(backend: str) -> None:
    """Child process: configure Django for one database, seed, measure, print."""
    django_ready()
    from django.db import connection
    from django.test import Client

    started = time.perf_counter()
    some_id = _seed(N_BOUNTIES)
    seeded_s = time.perf_counter() - started
    client = Client()
    base_p50, base_p95, _ = _measure(client, f"/api/v1/bounties/{some_id}")
    print(f"[{backend}] {connection.vendor}: seeded {N_BOUNTIES:,} bounties in {seeded_s:.1f} s; {REPEATS} requests each")
    print(f"[{backend}] baseline GET /api/v1/bounties/{{id}}: p50 {base_p50:.2f} ms  p95 {base_p95:.2f} ms")
    cases = [
        ("GET /api/v1/bounties (open, newest)", "/api/v1/bounties"),
        ("GET /api/v1/bounties?sort=ending", "/api/v1/bounties?sort=ending"),
        ("GET /api/v1/bounties?type=lora&sort=prize&q=fox", "/api/v1/bounties?type=lora&sort=prize&q=fox"),
        ("GET /bounties/ (browse page)", "/bounties/"),
    ]
    for label, path in cases:
        p50, p95, status = _measure(client, path)
        if status != 200:
            print(f"[{backend}] {label}: HTTP {status}, skipped")
            continue
        verdict = "OK" if p95 < 50 else "OVER TARGET"
        print(f"[{backend}] {label}: p50 {p50:.2f} ms  p95 {p95:.2f} ms  "
              f"(x{p95 / base_p95:.1f} baseline p95; target p95 < 50 ms: {verdict})", flush=True)


def run() -> None:
    both_backends_run("benchmarks.bench_browse")


if __name__ == "__main__":
    backend_main(backend_run, run)
