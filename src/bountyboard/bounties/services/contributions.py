"""Benefactors add stakes to an open bounty's pool, and raise them; each stake is held in the
bounty's escrow."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyStatus,
    Contribution,
    ContributionStatus,
)
from bountyboard.bounties.services.lifecycle import prize_limits
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _int_amount,
)
from bountyboard.errors import Conflict, NotFound, ValidationFailed
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


def bounty_contribution_raise(*, benefactor: User, bounty_id: int, amount: int) -> Contribution:
    """Add ``amount`` credits to the benefactor's own stake on an open bounty (Civitai's "raise your
    contribution"). The stake after the raise stays within the bounty's maximum per benefactor (the
    poster's, within the prize limit). The state change, its own ledger movement (wallet -> escrow)
    and the audit event commit together; a refused raise changes nothing."""
    actor_check(benefactor, verified_email=True)
    amount = _int_amount(amount, "amount")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.OPEN or timezone.now() >= bounty.expires_at:
            raise Conflict(_("Stakes can only be raised while the bounty is open."), code="bounty_not_open")
        contribution = (
            Contribution.objects.select_for_update().filter(bounty=bounty, benefactor=benefactor).first()
        )
        if contribution is None:
            raise NotFound(_("You have no stake on this bounty yet; contribute first."), code="not_benefactor")
        if contribution.status != ContributionStatus.HELD:
            raise Conflict(_("This stake is already settled and cannot be raised."), code="contribution_settled")
        total = contribution.amount + amount
        ceiling = prize_limits()[1] if contribution.is_poster else bounty.max_contribution
        if ceiling is not None and total > ceiling:
            raise ValidationFailed(
                _("You can add at most %(room)s more credits: a stake on this bounty is at most %(max)s credits.")
                % {"room": max(ceiling - contribution.amount, 0), "max": ceiling},
                code="above_maximum",
            )
        before = contribution.amount
        tx = ledger_post(
            # The stake only grows, so its new total names this raise uniquely (a retry posts nothing twice).
            idempotency_key=f"contribution:{contribution.pk}:raise-to:{total}",
            kind=TransactionKind.CONTRIBUTION,
            postings=[(wallet_for(benefactor), -amount), (escrow_for(bounty.pk), amount)],
            memo=f"raise of contribution {contribution.pk} to bounty {bounty.pk}",
        )
        contribution.amount = total
        contribution.save(update_fields=["amount"])
        Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") + amount)
        audit_record(action="bounty.contribution_raise", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=benefactor, data={"contribution_id": contribution.pk, "added": amount, "before": before,
                                             "after": total, "ledger_transaction_id": tx.pk})
        if benefactor.pk != bounty.poster_id:
            notification_create(
                user=bounty.poster, kind="bounty.contribution", url=f"/bounties/{bounty.pk}/", target=bounty,
                message=_("%(who)s raised their stake on “%(title)s” by %(amount)s credits.")
                % {"who": benefactor.get_username(), "title": bounty.title[:80], "amount": amount},
            )
    return contribution
