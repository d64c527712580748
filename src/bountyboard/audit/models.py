"""Append-only, hash-chained audit log.

Each event's ``hash`` is SHA-256 over a canonical JSON of its fields plus the previous event's hash
in its chain, so editing or deleting any row breaks its chain from that row on (``bountyboard audit
verify``); the chains' heads are written to an anchor file that ``verify --anchor`` compares, so
removing the newest rows is seen too. There is no update or delete path in code for events; the
admin is read-only.

Events are spread over ``AUDIT_CHAINS`` chains by target (chain.py): every event about one target
stays in one chain, in order, and writes about unrelated targets do not wait for each other.

Personal data (a protected person's names, handles, photo hashes) is not in the hashed event: the
event holds a salted digest of it, and the data sits in ``AuditPersonalData``, which can be erased
when the person deletes their registration while the chain still verifies.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    chain = models.PositiveSmallIntegerField(default=0)
    # Position in its chain, from 1 without gaps.
    seq = models.PositiveBigIntegerField()
    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True, default="")
    action = models.CharField(max_length=100)
    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    reasons = models.JSONField(default=list)
    automated = models.BooleanField()
    data = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["chain", "seq"], name="audit_event_chain_seq")]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="audit_event_target"),
            models.Index(fields=["action"], name="audit_event_action"),
        ]

    def __str__(self) -> str:
        return f"#{self.chain}.{self.seq} {self.action} {self.target_type}:{self.target_id}"


class AuditPersonalData(models.Model):
    """The personal fields of one event, outside the hashed row. The event's ``data`` holds
    ``personal_digest`` = SHA-256 of ``salt`` and these fields; erasing this row (a registration
    deleted) leaves a digest nobody can reverse, and the chain intact."""

    event = models.OneToOneField(AuditEvent, on_delete=models.CASCADE, primary_key=True, related_name="personal")
    salt = models.CharField(max_length=64)
    fields = models.JSONField(default=dict)

    def __str__(self) -> str:
        return f"personal data of audit event {self.event_id}"


class AuditChainHead(models.Model):
    """One row per chain, locked (SELECT ... FOR UPDATE) to serialise appends to that chain only.
    ``updated_at`` is when the row was created; appends do not write to it."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"audit chain head {self.id}"
