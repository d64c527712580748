"""Likeness registry: protected persons, their face embeddings (never photos), re-scan runs and
consent requests.

A ``ProtectedLikeness`` is the web app's record of a ``guard.store.interfaces.ProtectedPerson``;
its ``person_id`` (the UUID as text) is what the guard puts in signals and reasons.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class LikenessStatus(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


def new_person_id() -> str:
    return uuid.uuid4().hex


class ProtectedLikeness(models.Model):
    # Text, not a UUID column: the guard's stores accept any person id, and so must this one.
    id = models.CharField(primary_key=True, max_length=64, default=new_person_id, editable=False)
    # The protected person's own account when they hold one; consent requests go to it.
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="likenesses"
    )
    # Who filed it: the person themselves or a representative acting for them.
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="likenesses_filed"
    )
    on_behalf_of = models.CharField(max_length=200, blank=True, default="")  # set when a representative filed
    legal_name = models.CharField(max_length=200)
    known_names = models.JSONField(default=list)
    aliases = models.JSONField(default=list)
    handles = models.JSONField(default=list)
    status = models.CharField(
        max_length=16, choices=LikenessStatus.choices, default=LikenessStatus.UNVERIFIED
    )
    paused = models.BooleanField(default=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    verification_basis = models.TextField(blank=True, default="")  # what the moderator checked
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in LikenessStatus]),
                name="likeness_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.legal_name} ({self.status})"

    @property
    def person_id(self) -> str:
        return self.id

    @property
    def names(self) -> list[str]:
        return [n for n in [self.legal_name, *self.known_names] if n]


class ReferenceFace(models.Model):
    """One embedding per reference photo plus that photo's PDQ hash. The photo itself is gone."""

    likeness = models.ForeignKey(ProtectedLikeness, on_delete=models.CASCADE, related_name="faces")
    vector = models.BinaryField()  # float32, L2-normalised, native little-endian
    dim = models.PositiveSmallIntegerField()
    pdq = models.CharField(max_length=64, blank=True, default="")
    pdq_quality = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]  # insertion order, the same on every database

    def __str__(self) -> str:
        return f"face {self.pk} of {self.likeness_id}"


class RegistryChange(models.Model):
    """One row per registry write; the highest id is the registry's revision.

    An auto-increment id never repeats, even after rows are deleted, so a guard that cached the
    registry at revision ``r`` always sees a different number after any later write.
    """

    kind = models.CharField(max_length=32)  # person_put / person_deleted / faces_erased / embedding_added
    person_id = models.CharField(max_length=64)
    # The ReferenceFace an ``embedding_added`` change added, so a matcher replays just that face
    # (guard_store.DjangoRegistryStore.changes_since); null on rows written before the log kept it.
    embedding_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.pk} {self.kind} {self.person_id}"


class RegistryWriteLock(models.Model):
    """One row locked (SELECT ... FOR UPDATE) by every registry write just before its change row,
    so change ids commit in increasing order on PostgreSQL too: a matcher that has seen revision r
    never misses a change below r (as ``moderation.BankWriteLock`` does for the hash banks)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)

    def __str__(self) -> str:
        return "registry write lock"


class RescanStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"  # stopped by an error; the next run resumes from the cursor


class RescanRun(models.Model):
    """A retroactive re-scan of every screened item after a registry change.

    ``cursor`` is the last ``Screening`` primary key fully handled: it moves in the same
    transaction as that row's decision, so a crash resumes exactly after it.
    """

    likeness = models.ForeignKey(
        ProtectedLikeness, null=True, blank=True, on_delete=models.SET_NULL, related_name="rescans"
    )
    trigger = models.CharField(max_length=32)  # registered / updated / verified / resumed
    status = models.CharField(max_length=16, choices=RescanStatus.choices, default=RescanStatus.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    matched = models.PositiveIntegerField(default=0)
    cursor = models.BigIntegerField(default=0)
    last_error = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"rescan {self.pk} ({self.status} {self.done}/{self.total})"

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)


class ConsentStatus(models.TextChoices):
    PENDING = "pending", "Waiting for the person"
    GRANTED = "granted", "Granted"
    REFUSED = "refused", "Refused"
    EXPIRED = "expired", "No answer before the deadline"
    REVOKED = "revoked", "Granted, then revoked"
    CLOSED = "closed", "The bounty closed first"


class ConsentRequest(models.Model):
    """A bounty asking to depict a registered person, shown to that person to grant or refuse.

    A grant covers this one bounty (``bounty_id``) and nothing else, and never sexual content: the
    guard's floors still apply after consent. The bounty is addressed by id, like moderation does,
    so the registry does not depend on the bounties app's tables.
    """

    likeness = models.ForeignKey(ProtectedLikeness, on_delete=models.CASCADE, related_name="consents")
    bounty_id = models.BigIntegerField()
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="consents_asked"
    )
    bounty_title = models.CharField(max_length=200)  # what the person saw when asked
    purpose = models.TextField(blank=True, default="")  # the bounty's description at that time
    status = models.CharField(max_length=16, choices=ConsentStatus.choices, default=ConsentStatus.PENDING)
    respond_by = models.DateTimeField()
    expires_at = models.DateTimeField(null=True, blank=True)  # when a grant lapses
    decided_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["likeness", "bounty_id"], name="likeness_consent_one_per_bounty"),
        ]
        indexes = [
            models.Index(fields=["status", "respond_by"], name="likeness_consent_deadline"),
            models.Index(fields=["bounty_id"], name="likeness_consent_bounty"),
        ]

    def __str__(self) -> str:
        return f"consent {self.pk} of {self.likeness_id} for bounty {self.bounty_id} ({self.status})"
