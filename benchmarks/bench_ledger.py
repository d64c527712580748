"""Ledger write speed on SQLite and on a throwaway PostgreSQL.

Each backend runs in its own process on a fresh migrated database and measures, in the same run:

- baseline: the same rows ``ledger_post`` writes (one transaction, two entries, two balance updates)
  inserted directly, with no row locks, no checks and no idempotency lookup;
- ``ledger_post`` one at a time (the cost of locking, checking and the idempotency lookup);
- ``ledger_post`` from 8 threads at once over 10 shared wallets (contention on the row locks);
- audited writes from 8 threads, each over its own two wallets, without and with an audit event in
  the same transaction (what the audit log's locks add: issue 12 measured one chain-head lock
  serialising them all), and with 5 ms more work in the transaction after the audit event (what the
  services do after recording it: notifications, screening requests, jobs; the time any audit lock
  is held until commit, without the CPU this shared machine lacks);
- ``ledger audit`` (``ledger_discrepancies``) over everything written.

    python -m benchmarks ledger
    python -m benchmarks.bench_ledger            # same
"""

from __future__ import annotations

import random
import threading
import time

from benchmarks.backends import backend_main, both_backends_run, django_ready

POSTS = 2_000
THREADS = 8
WALLETS = 10
AUDITED_POSTS = 800


def backend_run(backend: str) -> None:
    django_ready()
    from django.db import connection, transaction
    from django.db.models import F

    from bountyboard.ledger.models import LedgerAccount, LedgerEntry, LedgerTransaction
    from bountyboard.ledger.selectors import ledger_discrepancies
    from bountyboard.ledger.services import credits_grant, ledger_post, wallet_for
    from bountyboard.testing.factories import make_user

    wallets = []
    for n in range(WALLETS):
        user = make_user(f"bench{n}")
        credits_grant(admin_or_none=None, user=user, amount=10_000_000, idempotency_key=f"seed-{n}")
        wallets.append(wallet_for(user))
    rng = random.Random(7)
    pairs = [rng.sample(wallets, 2) for _ in range(POSTS)]

    started = time.perf_counter()
    for n, (src, dst) in enumerate(pairs):
        with transaction.atomic():
            tx = LedgerTransaction.objects.create(idempotency_key=f"raw-{n}", kind="tip")
            LedgerEntry.objects.bulk_create(
                [LedgerEntry(transaction=tx, account=src, amount=-1), LedgerEntry(transaction=tx, account=dst, amount=1)]
            )
            LedgerAccount.objects.filter(pk=src.pk).update(balance=F("balance") - 1)
            LedgerAccount.objects.filter(pk=dst.pk).update(balance=F("balance") + 1)
    baseline = POSTS / (time.perf_counter() - started)

    started = time.perf_counter()
    for n, (src, dst) in enumerate(pairs):
        with transaction.atomic():
            ledger_post(idempotency_key=f"seq-{n}", kind="tip", postings=[(src, -1), (dst, 1)])
    sequential = POSTS / (time.perf_counter() - started)

    def worker(number: int) -> None:
        try:
            for n in range(POSTS // THREADS):
                src, dst = pairs[(number * 997 + n) % POSTS]
                with transaction.atomic():
                    ledger_post(idempotency_key=f"par-{number}-{n}", kind="tip", postings=[(src, -1), (dst, 1)])
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    parallel = (POSTS // THREADS * THREADS) / (time.perf_counter() - started)

    from bountyboard.audit.services import audit_record

    own_pairs = []
    for t in range(THREADS):
        pair = []
        for side in range(2):
            user = make_user(f"own{t}-{side}")
            credits_grant(admin_or_none=None, user=user, amount=10_000_000, idempotency_key=f"own-{t}-{side}")
            pair.append(wallet_for(user))
        own_pairs.append(pair)

    def audited_worker(number: int, audited: bool, work_after: float = 0.0) -> None:
        src, dst = own_pairs[number]
        try:
            for n in range(AUDITED_POSTS // THREADS):
                with transaction.atomic():
                    tx = ledger_post(
                        idempotency_key=f"own-{audited}-{work_after}-{number}-{n}", kind="tip", postings=[(src, -1), (dst, 1)]
                    )
                    if audited:
                        audit_record(action="bench.tip", target_type="entry", target_id=f"{number}-{n}",
                                     automated=False, data={"ledger_transaction_id": tx.pk})
                    if work_after:
                        time.sleep(work_after)
        finally:
            connection.close()

    def threaded(audited: bool, work_after: float = 0.0) -> float:
        workers = [threading.Thread(target=audited_worker, args=(t, audited, work_after)) for t in range(THREADS)]
        started = time.perf_counter()
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()
        return (AUDITED_POSTS // THREADS * THREADS) / (time.perf_counter() - started)

    unaudited_parallel = threaded(False)
    audited_parallel = threaded(True)
    working_unaudited = threaded(False, 0.005)
    working_audited = threaded(True, 0.005)

    entries = LedgerEntry.objects.count()
    started = time.perf_counter()
    problems = ledger_discrepancies()
    audit_s = time.perf_counter() - started

    print(f"[{backend}] {connection.vendor}: {POSTS} two-entry posts per case")
    print(f"[{backend}] baseline raw inserts:     {baseline:8.0f} posts/s")
    print(f"[{backend}] ledger_post sequential:   {sequential:8.0f} posts/s  (x{sequential / baseline:.2f} baseline)")
    print(f"[{backend}] ledger_post {THREADS} threads:    {parallel:8.0f} posts/s  (x{parallel / baseline:.2f} baseline)")
    print(f"[{backend}] ledger audit over {entries} entries: {audit_s * 1000:.0f} ms; "
          f"{'clean' if not problems else problems}", flush=True)
    print(f"[{backend}] {THREADS} threads, own wallets, no audit:    {unaudited_parallel:8.0f} posts/s")
    print(f"[{backend}] {THREADS} threads, own wallets, audited:     {audited_parallel:8.0f} posts/s  "
          f"(x{audited_parallel / unaudited_parallel:.2f} of unaudited)")
    print(f"[{backend}] {THREADS} threads, +5 ms work, no audit: {working_unaudited:8.0f} posts/s")
    print(f"[{backend}] {THREADS} threads, +5 ms work, audited:  {working_audited:8.0f} posts/s  "
          f"(x{working_audited / working_unaudited:.2f} of unaudited)", flush=True)


def run() -> None:
    both_backends_run("benchmarks.bench_ledger")


if __name__ == "__main__":
    backend_main(backend_run, run)
