"""Scheduled work and concurrency: the tick task (twice is harmless), the command, a real Celery
worker on a real redis-server, and 50 concurrent clients on PostgreSQL followed by ``ledger audit``."""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from bountyboard.bounties import services, tasks
from bountyboard.bounties.models import Bounty
from bountyboard.errors import ApplicationError
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance

pytestmark = [pytest.mark.django_db(transaction=True)]


def _expire(bounty: Bounty) -> None:
    Bounty.objects.filter(pk=bounty.pk).update(expires_at=timezone.now() - dt.timedelta(minutes=1),
                                               starts_at=timezone.now() - dt.timedelta(days=1))


class TestTick:
    @pytest.mark.postgres
    def test_task_expires_due_bounties_and_a_rerun_changes_nothing(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        due, running = open_bounty(poster), open_bounty(poster)
        _expire(due)
        first = tasks.tick.apply().get()
        assert first["expired"] == [due.pk]
        assert tasks.tick.apply().get() == {"expired": [], "windows_closed": [], "reminded": []}
        assert Bounty.objects.get(pk=running.pk).status == "open"
        assert wallet_balance(poster) == 500  # only the running bounty's prize is still escrowed

    def test_reminds_once_when_expiring_soon(self, funded_user, open_bounty):
        poster = funded_user()
        bounty = open_bounty(poster, expires_at=timezone.now() + dt.timedelta(hours=3))
        assert services.bounties_tick().reminded == [bounty.pk]
        assert services.bounties_tick().reminded == []
        assert poster.notifications.filter(kind="bounty.expiring").count() == 1

    def test_management_command_runs_the_tick(self, funded_user, open_bounty, capsys):
        bounty = open_bounty(funded_user())
        _expire(bounty)
        call_command("bounties", "tick")
        assert "expired=1" in capsys.readouterr().out
        assert Bounty.objects.get(pk=bounty.pk).status == "expired"


@pytest.mark.celery
class TestThroughCeleryWorker:
    def _wait_for(self, predicate, what: str, deadline_s: float = 180.0) -> None:
        # A bounded poll for work another process does; not a timing measurement.
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            if predicate():
                return
            time.sleep(0.2)
        raise AssertionError(f"the worker did not {what}")

    def test_screening_and_tick_run_on_the_worker(self, celery_worker, funded_user, draft_bounty):
        from bountyboard.config.celery import app

        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        self._wait_for(lambda: Bounty.objects.get(pk=bounty.pk).status == "open", "screen the bounty")
        _expire(bounty)
        app.send_task("bounties.tick")
        self._wait_for(lambda: Bounty.objects.get(pk=bounty.pk).status == "expired", "run the tick")
        assert wallet_balance(poster) == 1_000


@pytest.mark.postgres
class TestConcurrency:
    def test_fifty_clients_contribute_award_cancel_and_refund_at_once(self, funded_user, open_bounty, visible_entry):
        if connection.vendor != "postgresql":
            pytest.skip("run under `python -m bountyboard.testing.pgcluster -- pytest -m postgres`")
        rng = random.Random(7)
        posters = [funded_user(5_000) for _ in range(4)]
        bounties = [open_bounty(p, max_contribution=None) for p in posters]
        entrants = [funded_user(0) for _ in range(2)]
        entries = {b.pk: visible_entry(entrants[0], b).pk for b in bounties[:2]}  # bounties 0-1 have entries
        clients = [funded_user(300) for _ in range(50)]
        barrier = threading.Barrier(50)
        outcomes: Counter[str] = Counter()
        lock = threading.Lock()

        def act(index: int) -> None:
            user = clients[index]
            try:
                barrier.wait()
                bounty = bounties[index % 4]
                for _attempt in range(2):  # the second contribution must be refused, never double-charged
                    try:
                        services.bounty_contribute(benefactor=user, bounty_id=bounty.pk, amount=rng.choice([100, 200]))
                        key = "contributed"
                    except ApplicationError as exc:
                        key = exc.code
                    with lock:
                        outcomes[key] += 1
                if bounty.pk in entries:
                    try:
                        services.bounty_award(benefactor=user, bounty_id=bounty.pk, entry_id=entries[bounty.pk])
                        key = "awarded"
                    except ApplicationError as exc:
                        key = exc.code
                    with lock:
                        outcomes[key] += 1
                if index < 4:  # the posters' side: cancel (refunds everyone) or award the prize
                    poster = posters[index]
                    try:
                        if bounties[index].pk in entries:
                            services.bounty_award(benefactor=poster, bounty_id=bounties[index].pk,
                                                  entry_id=entries[bounties[index].pk])
                            key = "poster_awarded"
                        else:
                            services.bounty_cancel(actor=poster, bounty_id=bounties[index].pk)
                            key = "cancelled"
                    except ApplicationError as exc:
                        key = exc.code
                    with lock:
                        outcomes[key] += 1
            finally:
                connections.close_all()

        threads = [threading.Thread(target=act, args=(i,)) for i in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert outcomes["already_benefactor"] >= 1 and outcomes["contributed"] >= 1
        assert ledger_discrepancies() == []
        call_command("ledger", "audit")  # raises CommandError on any discrepancy
        total = sum(wallet_balance(u) for u in [*clients, *posters, *entrants])
        assert total == 50 * 300 + 4 * 5_000  # credits are conserved: nothing created or lost
        for bounty in Bounty.objects.filter(pk__in=[b.pk for b in bounties[2:]]):
            assert bounty.status == "cancelled" and bounty.pool == 0
