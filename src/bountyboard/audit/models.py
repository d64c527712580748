"""Append-only, hash-chained audit log.

Each event's ``hash`` is SHA-256 over a canonical JSON of its fields plus the previous event's hash,
so editing or deleting any row breaks the chain from that row on (``bountyboard audit verify``).
There is no update or delete path in code; the admin is read-only.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    seq = models.PositiveBigIntegerField(unique=True)
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
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="audit_event_target"),
            models.Index(fields=["action"], name="audit_event_action"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.target_type}:{self.target_id}"


class AuditChainHead(models.Model):
    """A single row locked (SELECT ... FOR UPDATE) to serialise appends to the chain."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "audit chain head"
