"""Benefactors add stakes to an open bounty's pool; each stake is held in the bounty's escrow."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyStatus,
    Contribution,
)
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _int_amount,
)
from bountyboard.errors import Conflict, ValidationFailed
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import escrow_for, ledger_post, wallet_for


def bounty_contribute(*, benefactor: User, bounty_id: int, amount: int) -> Contribution:
    """Add a stake to an open bounty's pool (held in escrow). One stake per benefactor."""
    actor_check(benefactor, verified_email=True)
    amount = _int_amount(amount, "amount")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        now = timezone.now()
        if bounty.status != BountyStatus.OPEN or now >= bounty.expires_at:
            raise Conflict("contributions are only taken while the bounty is open", code="bounty_not_open")
        if amount < bounty.min_contribution:
            raise ValidationFailed(f"amount: at least {bounty.min_contribution} credits", code="below_minimum")
        if bounty.max_contribution is not None and amount > bounty.max_contribution:
            raise ValidationFailed(f"amount: at most {bounty.max_contribution} credits", code="above_maximum")
        if Contribution.objects.filter(bounty=bounty, benefactor=benefactor).exists():
            raise Conflict("you are already a benefactor of this bounty", code="already_benefactor")
        try:
            with transaction.atomic():
                contribution = Contribution.objects.create(bounty=bounty, benefactor=benefactor, amount=amount)
        except IntegrityError as exc:
            raise Conflict("you are already a benefactor of this bounty", code="already_benefactor") from exc
        tx = ledger_post(
            idempotency_key=f"contribution:{contribution.pk}",
            kind=TransactionKind.CONTRIBUTION,
            postings=[(wallet_for(benefactor), -amount), (escrow_for(bounty.pk), amount)],
            memo=f"contribution to bounty {bounty.pk}",
        )
        Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") + amount, benefactor_count=F("benefactor_count") + 1)
        audit_record(action="bounty.contribute", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=benefactor, data={"contribution_id": contribution.pk, "amount": amount,
                                             "ledger_transaction_id": tx.pk})
        notification_create(user=bounty.poster, kind="bounty.contribution",
                            message=f"{benefactor.get_username()} added {amount} credits to “{bounty.title[:80]}”.",
                            url=f"/bounties/{bounty.pk}/", target=bounty)
    return contribution
