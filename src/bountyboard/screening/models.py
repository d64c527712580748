"""One ``Screening`` row per piece of user content the guard must look at before anyone else sees it.

The row also owns where the content's bytes live: ``upload_name`` is the raw upload in quarantine
(never served, deleted once scanned) and ``stored_name`` the guard's re-encoded ``clean_bytes`` (or,
for model files and datasets, the validated file). Fail closed: only ``status=done`` with an
allowing decision may be shown to anyone but the owner and moderators.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class ScreeningKind(models.TextChoices):
    TEXT = "text", "Text"
    IMAGE = "image", "Image"
    MODEL = "model", "Model file"
    ARCHIVE = "archive", "Dataset archive"


class ScreeningStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ScreeningDecision(models.TextChoices):
    ALLOW = "allow", "Allow"
    CONSENT_REQUIRED = "consent_required", "Consent required"
    REVIEW = "review", "Review"
    BLOCK = "block", "Block"


class Screening(models.Model):
    # The owning domain object, e.g. ("bounty", 12) or ("entry_image", 40); the domain registers a
    # handler per subject_type (screening.services.screening_handler_register).
    subject_type = models.CharField(max_length=32)
    subject_id = models.BigIntegerField()
    kind = models.CharField(max_length=16, choices=ScreeningKind.choices)
    status = models.CharField(max_length=16, choices=ScreeningStatus.choices, default=ScreeningStatus.PENDING)
    decision = models.CharField(max_length=20, choices=ScreeningDecision.choices, blank=True, default="")
    rating = models.CharField(max_length=8, blank=True, default="")
    reasons = models.JSONField(default=list)  # [{"code", "detail", "decision", "person_ids"?, "evidence"?}]
    signals = models.JSONField(default=list)  # Signal.to_json() each: pooled later by Guard.decide
    evidence = models.JSONField(default=dict)  # format, size, faces, nudity, model metadata, archive members
    person_ids = models.JSONField(default=list)
    # content
    text = models.TextField(blank=True, default="")
    filename = models.CharField(max_length=255, blank=True, default="")
    size = models.BigIntegerField(default=0)
    upload_name = models.CharField(max_length=300, blank=True, default="")
    stored_name = models.CharField(max_length=300, blank=True, default="")
    content_type = models.CharField(max_length=100, blank=True, default="")
    # hashes (images and files)
    pdq = models.CharField(max_length=64, blank=True, default="")
    md5 = models.CharField(max_length=32, blank=True, default="")
    sha256 = models.CharField(max_length=64, blank=True, default="")
    error = models.TextField(blank=True, default="")  # the last failed try's error (pending) or the final one
    # Durable work (docs/decisions/0012-durable-work.md): the row is the record of the job. ``attempts``
    # counts scans started (committed before the scan, so a killed worker's try counts too);
    # ``sent_at`` is when its task was last sent, so the reconciler re-sends a row pending too long.
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["subject_type", "subject_id"], name="screening_subject"),
            models.Index(fields=["status", "created_at"], name="screening_status_created"),
            models.Index(fields=["status", "sent_at"], name="screening_status_sent"),
            models.Index(fields=["sha256"], name="screening_sha256"),
        ]

    def __str__(self) -> str:
        return f"screening {self.pk} of {self.subject_type}:{self.subject_id} ({self.status})"

    @property
    def is_allowed(self) -> bool:
        """True only for a finished scan whose decision lets the content be public."""
        return self.status == ScreeningStatus.DONE and self.decision == ScreeningDecision.ALLOW
