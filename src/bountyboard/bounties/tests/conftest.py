"""Fixtures for the bounties tests: the shared bounty fixtures (``bountyboard.testing.bounty_fixtures``:
real users with credits, real image and model files, a bounty driven through the real guard),
the page fixtures (``bountyboard.testing.pages``: a poster, a creator, a backer), and the "nothing
changed" check for refused actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bountyboard.audit.models import AuditEvent
from bountyboard.bounties.models import Award, Bounty, Comment, Contribution, Entry, Tip
from bountyboard.ledger.models import LedgerAccount, LedgerTransaction
from bountyboard.testing.bounty_fixtures import draft_bounty as draft_bounty
from bountyboard.testing.bounty_fixtures import funded_user as funded_user
from bountyboard.testing.bounty_fixtures import open_bounty as open_bounty
from bountyboard.testing.bounty_fixtures import submitted_entry as submitted_entry
from bountyboard.testing.bounty_fixtures import visible_entry as visible_entry
from bountyboard.testing.pages import backer as backer
from bountyboard.testing.pages import creator as creator
from bountyboard.testing.pages import poster as poster


@pytest.fixture
def dogs_jpg(shared_data: Path) -> bytes:
    return (shared_data / "faces" / "negatives" / "dogs.jpg").read_bytes()


def world_state() -> dict[str, Any]:
    """Everything a refused action must leave as it was: balances, rows, statuses, audit length."""
    return {
        "balances": dict(LedgerAccount.objects.values_list("pk", "balance")),
        "transactions": LedgerTransaction.objects.count(),
        "audit": AuditEvent.objects.count(),
        "bounties": dict(Bounty.objects.values_list("pk", "status")),
        "pools": dict(Bounty.objects.values_list("pk", "pool")),
        "locks": dict(Bounty.objects.values_list("pk", "locked_by_moderator")),
        "entry_counts": dict(Bounty.objects.values_list("pk", "entry_count")),
        "contributions": dict(Contribution.objects.values_list("pk", "status")),
        "stakes": dict(Contribution.objects.values_list("pk", "amount")),
        "entries": dict(Entry.objects.values_list("pk", "status")),
        "awards": Award.objects.count(),
        "tips": Tip.objects.count(),
        "comments": Comment.objects.count(),
    }


@pytest.fixture
def unchanged() -> Callable[[], Any]:
    """``with unchanged(): <refused call>`` asserts the world is the same afterwards."""
    import contextlib

    @contextlib.contextmanager
    def check() -> Any:
        before = world_state()
        yield
        assert world_state() == before

    return check
