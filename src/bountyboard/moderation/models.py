"""Moderation: hash banks (the guard's BankStore over Django), reports, takedown notices on the
legal clock, the one moderation queue, decisions with statements of reasons, strikes and appeals.

Content is addressed by ``(target_type, target_id)`` strings, the same pair the audit log and the
screening rows use, so moderation does not depend on the bounties app's tables.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class HashBank(models.Model):
    """A named bank of PDQ / MD5 / SHA-256 hashes (``takedown``, ``stopncii``, ...)."""

    name = models.CharField(max_length=64, unique=True)
    pdq_threshold = models.PositiveSmallIntegerField(default=31)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class HashKindChoice(models.TextChoices):
    PDQ = "pdq", "PDQ"
    MD5 = "md5", "MD5"
    SHA256 = "sha256", "SHA-256"


class BankHash(models.Model):
    bank = models.ForeignKey(HashBank, on_delete=models.CASCADE, related_name="hashes")
    kind = models.CharField(max_length=8, choices=HashKindChoice.choices)
    value = models.CharField(max_length=64)  # lower-case hex
    case_id = models.CharField(max_length=128, blank=True, default="")  # "" stands for None
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["bank", "kind", "value"], name="moderation_bankhash_unique"),
        ]
        indexes = [models.Index(fields=["kind", "value"], name="moderation_bankhash_lookup")]

    def __str__(self) -> str:
        return f"{self.bank_id}:{self.kind}:{self.value}"


class BankChange(models.Model):
    """One row per add/remove: its id is the store's revision, and matchers in other processes
    can replay the changes since the revision they last saw instead of rebuilding."""

    class Op(models.TextChoices):
        ADD = "add", "add"
        REMOVE = "remove", "remove"
        BANK = "bank", "bank created or changed"

    bank_name = models.CharField(max_length=64)
    op = models.CharField(max_length=8, choices=Op.choices)
    kind = models.CharField(max_length=8, blank=True, default="")
    value = models.CharField(max_length=64, blank=True, default="")
    case_id = models.CharField(max_length=128, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"#{self.pk} {self.op} {self.bank_name} {self.kind}:{self.value}"


class BankWriteLock(models.Model):
    """One row locked (SELECT ... FOR UPDATE) by every bank write, so change ids commit in increasing
    order on PostgreSQL too: a matcher that has seen revision r never misses a change below r."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)

    def __str__(self) -> str:
        return "bank write lock"


class ReportCategory(models.TextChoices):
    LIKENESS = "likeness", "Likeness of a real person without consent"
    NCII = "ncii", "Non-consensual intimate imagery"
    MINOR_SAFETY = "minor_safety", "Minor safety"
    ILLEGAL = "illegal", "Other illegal content"
    SPAM = "spam", "Spam"
    IP = "ip", "Intellectual property"
    OTHER = "other", "Other"


class TargetType(models.TextChoices):
    """What can be reported or taken down; the same names the screening rows and audit log use."""

    BOUNTY = "bounty", "Bounty"
    ENTRY = "entry", "Entry"
    IMAGE = "image", "Image"
    FILE = "file", "File"
    COMMENT = "comment", "Comment"
    USER = "user", "User"


class Report(models.Model):
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_type = models.CharField(max_length=16, choices=TargetType.choices)
    target_id = models.CharField(max_length=64)
    category = models.CharField(max_length=16, choices=ReportCategory.choices)
    details = models.TextField(blank=True, default="")
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["target_type", "target_id"], name="moderation_report_target")]

    def __str__(self) -> str:
        return f"report {self.pk}: {self.category} on {self.target_type}:{self.target_id}"


class TakedownCategory(models.TextChoices):
    NCII = "ncii", "Non-consensual intimate imagery"
    LIKENESS = "likeness", "Likeness of a real person without consent"
    ILLEGAL = "illegal", "Other illegal content"


class TakedownStatus(models.TextChoices):
    RECEIVED = "received", "Received: waiting for a moderator"
    REMOVED = "removed", "Content removed"
    REJECTED = "rejected", "Rejected by a moderator"
    RESTORED = "restored", "Restored after a counter-notice"


class Takedown(models.Model):
    """A removal request with every part the law asks for, and its clock."""

    category = models.CharField(max_length=16, choices=TakedownCategory.choices)
    locations = models.JSONField()  # normalised [{"target_type", "target_id", "given"}]
    good_faith_statement = models.TextField()
    signature = models.CharField(max_length=200)  # electronic signature: the signer's typed full name
    contact_name = models.CharField(max_length=200)
    contact_email = models.EmailField()
    contact_phone = models.CharField(max_length=64, blank=True, default="")
    contact_address = models.CharField(max_length=500, blank=True, default="")
    on_behalf_of = models.CharField(max_length=200)  # "myself" or the depicted person's name
    jurisdiction = models.CharField(max_length=8)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    received_at = models.DateTimeField()
    due_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=TakedownStatus.choices, default=TakedownStatus.RECEIVED)
    acted_at = models.DateTimeField(null=True, blank=True)
    acted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    removed = models.JSONField(default=list)  # every piece of content removed, copies included
    alerted_at = models.DateTimeField(null=True, blank=True)  # moderators warned the clock runs out

    class Meta:
        indexes = [models.Index(fields=["status", "due_at"], name="moderation_takedown_clock")]

    def __str__(self) -> str:
        return f"takedown {self.pk} ({self.status}, due {self.due_at:%Y-%m-%d %H:%M})"


class QueueKind(models.TextChoices):
    SCREENING = "screening", "Guard review"
    REPORT = "report", "Report"
    TAKEDOWN = "takedown", "Takedown request"
    CONSENT_DISPUTE = "consent_dispute", "Consent dispute"
    APPEAL = "appeal", "Appeal"
    COUNTER_NOTICE = "counter_notice", "Counter-notice"


class QueueStatus(models.TextChoices):
    OPEN = "open", "Open"
    ESCALATED = "escalated", "Escalated to an admin"
    DECIDED = "decided", "Decided"


class QueueItem(models.Model):
    """One thing that needs a human. ``source_key`` makes creating it idempotent
    (``screening:12``, ``report:4``, ``takedown:9``...)."""

    kind = models.CharField(max_length=16, choices=QueueKind.choices)
    status = models.CharField(max_length=16, choices=QueueStatus.choices, default=QueueStatus.OPEN)
    source_key = models.CharField(max_length=64, unique=True)
    target_type = models.CharField(max_length=16)
    target_id = models.CharField(max_length=64)
    owner = models.ForeignKey(  # who uploaded or posted the content: strikes go to them
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    severity = models.PositiveSmallIntegerField(default=50)
    due_at = models.DateTimeField(null=True, blank=True)
    summary = models.CharField(max_length=500, blank=True, default="")
    evidence = models.JSONField(default=dict)  # the guard's reasons, spans, boxes, scores, persons
    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    takedown = models.ForeignKey(Takedown, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    screening_id = models.BigIntegerField(null=True, blank=True)
    appeal_of = models.ForeignKey(
        "ModerationDecision", null=True, blank=True, on_delete=models.CASCADE, related_name="appeals"
    )
    created_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "due_at"], name="moderation_queue_open")]

    def __str__(self) -> str:
        return f"queue item {self.pk}: {self.kind} {self.target_type}:{self.target_id} ({self.status})"


class DecisionAction(models.TextChoices):
    APPROVE = "approve", "Approve"
    REMOVE = "remove", "Remove"
    REMOVE_AND_BAN = "remove_and_ban", "Remove and ban"
    ESCALATE = "escalate", "Escalate"


class ModerationDecision(models.Model):
    item = models.ForeignKey(QueueItem, on_delete=models.CASCADE, related_name="decisions")
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=16, choices=DecisionAction.choices)
    automated = models.BooleanField(default=False)
    statement = models.JSONField()  # statement of reasons: what, why, ground, automated, how to appeal
    reverses = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reversed_by"
    )
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"decision {self.pk}: {self.action} on item {self.item_id}"


class Strike(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    decision = models.ForeignKey(ModerationDecision, on_delete=models.CASCADE, related_name="strikes")
    reason = models.CharField(max_length=500)
    created_at = models.DateTimeField()
    lifted_at = models.DateTimeField(null=True, blank=True)  # an upheld appeal lifts the strike

    def __str__(self) -> str:
        return f"strike {self.pk} on user {self.user_id}"
