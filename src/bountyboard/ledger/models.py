"""Double-entry credits ledger. Integer credits only.

Every movement is a ``LedgerTransaction`` whose ``LedgerEntry`` amounts sum to zero. Each account keeps
a cached ``balance`` updated in the same database transaction as its entries; a CHECK constraint keeps
every balance but the platform mint's non-negative. See docs/decisions/0005-ledger.md.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AccountKind(models.TextChoices):
    WALLET = "wallet", "User wallet"
    ESCROW = "escrow", "Bounty escrow"
    MINT = "mint", "Platform mint"
    FEE = "fee", "Platform fee"


class TransactionKind(models.TextChoices):
    GRANT = "grant", "Grant"
    BOUNTY_FUNDING = "bounty_funding", "Bounty funding"
    CONTRIBUTION = "contribution", "Contribution"
    AWARD = "award", "Award"
    REFUND = "refund", "Refund"
    TIP = "tip", "Tip"
    FEE = "fee", "Fee"
    ADJUSTMENT = "adjustment", "Adjustment"


class LedgerAccount(models.Model):
    kind = models.CharField(max_length=16, choices=AccountKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # A plain integer, not a foreign key: the ledger must not depend on the bounties app.
    bounty_id = models.BigIntegerField(null=True, blank=True)
    balance = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(balance__gte=0) | models.Q(kind=AccountKind.MINT),
                name="ledger_account_balance_non_negative_unless_mint",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind=AccountKind.WALLET, user__isnull=False, bounty_id__isnull=True)
                    | models.Q(kind=AccountKind.ESCROW, user__isnull=True, bounty_id__isnull=False)
                    | models.Q(
                        kind__in=[AccountKind.MINT, AccountKind.FEE],
                        user__isnull=True,
                        bounty_id__isnull=True,
                    )
                ),
                name="ledger_account_owner_matches_kind",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(kind=AccountKind.WALLET),
                name="ledger_one_wallet_per_user",
            ),
            models.UniqueConstraint(
                fields=["bounty_id"],
                condition=models.Q(kind=AccountKind.ESCROW),
                name="ledger_one_escrow_per_bounty",
            ),
            models.UniqueConstraint(
                fields=["kind"],
                condition=models.Q(kind__in=[AccountKind.MINT, AccountKind.FEE]),
                name="ledger_one_platform_account_per_kind",
            ),
        ]

    def __str__(self) -> str:
        if self.kind == AccountKind.WALLET:
            return f"wallet of user {self.user_id}"
        if self.kind == AccountKind.ESCROW:
            return f"escrow of bounty {self.bounty_id}"
        return f"platform {self.kind}"


class LedgerTransaction(models.Model):
    idempotency_key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=TransactionKind.choices)
    memo = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.idempotency_key}"


class LedgerEntry(models.Model):
    transaction = models.ForeignKey(LedgerTransaction, on_delete=models.PROTECT, related_name="entries")
    account = models.ForeignKey(LedgerAccount, on_delete=models.PROTECT, related_name="entries")
    amount = models.BigIntegerField()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=~models.Q(amount=0), name="ledger_entry_amount_non_zero"),
            models.UniqueConstraint(fields=["transaction", "account"], name="ledger_entry_one_per_account"),
        ]
        indexes = [models.Index(fields=["account", "transaction"], name="ledger_entry_account_tx")]

    def __str__(self) -> str:
        return f"{self.amount:+d} on account {self.account_id}"
