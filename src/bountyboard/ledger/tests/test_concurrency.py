"""50 threads, each with its own database connection, move credits at once."""

from __future__ import annotations

import random
import threading

import pytest
from django.db import connection, transaction

from bountyboard.errors import InsufficientFunds
from bountyboard.ledger.models import AccountKind, LedgerAccount, LedgerTransaction
from bountyboard.ledger.selectors import ledger_discrepancies
from bountyboard.ledger.services import credits_grant, escrow_for, ledger_post, wallet_for
from bountyboard.testing.factories import make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]

THREADS = 50
MOVES_PER_THREAD = 12
WALLETS = 8
ESCROWS = 4
START = 400


def test_fifty_concurrent_clients_neither_lose_nor_create_credits() -> None:
    wallets = []
    for n in range(WALLETS):
        user = make_user(f"racer{n}")
        credits_grant(admin_or_none=None, user=user, amount=START, idempotency_key=f"seed-{n}")
        wallets.append(wallet_for(user))
    escrows = [escrow_for(bounty_id) for bounty_id in range(1, ESCROWS + 1)]
    accounts = wallets + escrows
    total_before = WALLETS * START

    barrier = threading.Barrier(THREADS)
    posted: list[str] = []
    refused: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def client(number: int) -> None:
        rng = random.Random(number)
        try:
            barrier.wait()
            for move in range(MOVES_PER_THREAD):
                src, dst = rng.sample(accounts, 2)
                amount = rng.randint(1, 250)  # large enough that some moves must be refused
                # Every fifth client replays client 0's keys: concurrent retries must post once.
                key = f"move-{0 if number % 5 == 0 else number}-{move}"
                if number % 5 == 0:
                    src, dst, amount = random.Random(move).sample(accounts, 2) + [
                        random.Random(move).randint(1, 50)
                    ]
                try:
                    with transaction.atomic():
                        ledger_post(idempotency_key=key, kind="tip", postings=[(src, -amount), (dst, amount)])
                    with lock:
                        posted.append(key)
                except InsufficientFunds:
                    with lock:
                        refused.append(key)
        except BaseException as error:  # surfaced below; a thread must not die silently
            with lock:
                errors.append(error)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=client, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(posted) + len(refused) == THREADS * MOVES_PER_THREAD
    assert refused, "the amounts were chosen so some transfers must be refused"
    held = {a.pk: a.balance for a in LedgerAccount.objects.exclude(kind=AccountKind.MINT)}
    assert sum(held.values()) == total_before
    assert min(held.values()) >= 0
    # Replayed keys posted once each: one transaction per distinct successful key, plus the grants.
    assert LedgerTransaction.objects.filter(kind="tip").count() == len(set(posted))
    assert ledger_discrepancies() == []
