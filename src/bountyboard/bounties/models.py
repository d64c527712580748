"""Bounties: a request with a prize held in escrow, its benefactors, entries, awards and engagement.

Counters (``pool``, ``entry_count``, ``benefactor_count``) are denormalised and kept by the services
in the same transaction as the change, so list pages never aggregate. Money itself lives only in
the ledger (``bountyboard.ledger``); ``pool`` mirrors the escrow for sorting and display.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

USER = settings.AUTH_USER_MODEL


class BountyType(models.TextChoices):
    CHECKPOINT = "checkpoint", "Checkpoint"
    LORA = "lora", "LoRA"
    EMBEDDING = "embedding", "Embedding"
    DATASET = "dataset", "Dataset"
    CAPTIONS = "captions", "Captions"
    IMAGE = "image", "Image"
    VIDEO = "video", "Video"
    OTHER = "other", "Other"


class BountyStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCREENING = "screening", "Screening"
    OPEN = "open", "Open"
    CONSENT_PENDING = "consent_pending", "Waiting for consent"
    IN_REVIEW = "in_review", "In review"
    REJECTED = "rejected", "Rejected"
    AWARDING = "awarding", "Awarding"
    AWARDED = "awarded", "Awarded"
    EXPIRED = "expired", "Expired"
    CANCELLED = "cancelled", "Cancelled"
    REMOVED = "removed", "Removed"


# Statuses in which escrow still holds someone's money.
FUNDED_STATUSES = (
    BountyStatus.SCREENING,
    BountyStatus.OPEN,
    BountyStatus.CONSENT_PENDING,
    BountyStatus.IN_REVIEW,
    BountyStatus.AWARDING,
)
# Statuses anyone may browse (the guard allowed the bounty).
PUBLIC_STATUSES = (BountyStatus.OPEN, BountyStatus.AWARDING, BountyStatus.AWARDED, BountyStatus.EXPIRED)


class EntryMode(models.TextChoices):
    OPEN = "open", "Anyone may enter"
    BENEFACTORS = "benefactors", "Benefactors only"


class ContentRating(models.TextChoices):
    PG = "pg", "PG"
    PG13 = "pg13", "PG-13"
    R = "r", "R"
    X = "x", "X"


RATING_LEVEL = {ContentRating.PG: 0, ContentRating.PG13: 1, ContentRating.R: 2, ContentRating.X: 3}


class Bounty(models.Model):
    poster = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="bounties")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    description_html = models.TextField(blank=True, default="")  # Markdown rendered then sanitised (nh3)
    type = models.CharField(max_length=16, choices=BountyType.choices)
    base_model = models.CharField(max_length=64, blank=True, default="")
    model_details = models.JSONField(default=dict, blank=True)  # {"size": "...", "format": "..."}
    tags = models.JSONField(default=list, blank=True)
    # Text the search indexes read (title, description, tags); kept by the services.
    search_document = models.TextField(blank=True, default="")
    rating = models.CharField(max_length=8, choices=ContentRating.choices, default=ContentRating.PG)
    # The guard's own rating at the last screening: a floor the poster may raise ``rating`` above but
    # never lower it below ("" until first screened).
    guard_rating = models.CharField(max_length=8, choices=ContentRating.choices, blank=True, default="")
    prize = models.BigIntegerField()
    pool = models.BigIntegerField(default=0)
    entry_count = models.IntegerField(default=0)  # visible (guard-allowed, not withdrawn) entries
    benefactor_count = models.IntegerField(default=0)
    starts_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    entry_mode = models.CharField(max_length=16, choices=EntryMode.choices, default=EntryMode.OPEN)
    min_contribution = models.BigIntegerField(default=1)
    max_contribution = models.BigIntegerField(null=True, blank=True)
    entry_limit = models.PositiveIntegerField(default=1)
    rights_statement = models.TextField(blank=True, default="")
    status = models.CharField(max_length=20, choices=BountyStatus.choices, default=BountyStatus.DRAFT)
    # The guard's pooled decision over text + reference images.
    decision = models.CharField(max_length=20, blank=True, default="")
    reasons = models.JSONField(default=list, blank=True)
    consent_person_ids = models.JSONField(default=list, blank=True)
    # A bounty waiting for consent is rejected and refunded at this time unless consent came (a
    # bounded wait: a person who is not registered yet has until then to register, be verified and grant).
    consent_deadline = models.DateTimeField(null=True, blank=True)
    locked_by_moderator = models.BooleanField(default=False)
    # Hidden from everyone but its poster and moderators whatever its lifecycle ``status`` (a re-scan
    # matched a protected person in an awarded or expired bounty): the status and its history stay
    # as they were, for the ledger; a moderator's approval clears it.
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=64, blank=True, default="")
    # The latest scan of title + description + tags (re-scanned when they change).
    text_screening = models.ForeignKey(
        "screening.Screening", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    awarding_ends_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    expiry_reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(prize__gt=0), name="bounty_prize_positive"),
            models.CheckConstraint(condition=models.Q(pool__gte=0), name="bounty_pool_non_negative"),
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("starts_at")), name="bounty_expires_after_start"
            ),
        ]
        # One index per browse sort, each led by status (every list filters on it).
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="bounty_status_newest"),
            models.Index(fields=["status", "-pool", "-id"], name="bounty_status_prize"),
            models.Index(fields=["status", "-entry_count", "-id"], name="bounty_status_entries"),
            models.Index(fields=["status", "expires_at", "id"], name="bounty_status_ending"),
            models.Index(fields=["status", "type", "-published_at"], name="bounty_status_type"),
            models.Index(fields=["status", "base_model", "-published_at"], name="bounty_status_base"),
            models.Index(fields=["poster", "-created_at"], name="bounty_poster"),
            # Covers the browse page's total (status + rating ceiling, not hidden) without reading rows.
            models.Index(fields=["status", "rating", "hidden_at"], name="bounty_status_rating_hidden"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.status})"


class BountyImage(models.Model):
    """A reference image; its bytes live with its screening (clean bytes only)."""

    bounty = models.ForeignKey(Bounty, on_delete=models.CASCADE, related_name="images")
    screening = models.OneToOneField("screening.Screening", on_delete=models.PROTECT, related_name="+")
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"image {self.pk} of bounty {self.bounty_id}"


class BountyFileKind(models.TextChoices):
    MODEL = "model", "Model file (.safetensors)"
    DATASET = "dataset", "Dataset (.zip)"
    TEXT = "text", "Text"


class BountyFile(models.Model):
    """A reference file (model, dataset or text). Model and dataset bytes live with their screening
    (the validated or re-built file); a text file's bytes are kept under ``stored_name`` (private
    storage, served only through the media view once its screening allows it)."""

    bounty = models.ForeignKey(Bounty, on_delete=models.CASCADE, related_name="files")
    screening = models.OneToOneField("screening.Screening", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=16, choices=BountyFileKind.choices)
    filename = models.CharField(max_length=255)
    size = models.BigIntegerField(default=0)
    content_type = models.CharField(max_length=100, blank=True, default="")
    stored_name = models.CharField(max_length=300, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"file {self.filename} of bounty {self.bounty_id}"


class ContributionStatus(models.TextChoices):
    HELD = "held", "Held in escrow"
    AWARDED = "awarded", "Awarded"
    REFUNDED = "refunded", "Refunded"


class Contribution(models.Model):
    """A benefactor's stake. The poster's prize is the first contribution."""

    bounty = models.ForeignKey(Bounty, on_delete=models.PROTECT, related_name="contributions")
    benefactor = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="contributions")
    amount = models.BigIntegerField()
    status = models.CharField(max_length=16, choices=ContributionStatus.choices, default=ContributionStatus.HELD)
    is_poster = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    settled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["bounty", "benefactor"], name="contribution_one_per_benefactor"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="contribution_amount_positive"),
        ]
        indexes = [models.Index(fields=["bounty", "status"], name="contribution_bounty_status")]

    def __str__(self) -> str:
        return f"{self.amount} from user {self.benefactor_id} on bounty {self.bounty_id} ({self.status})"


class EntryStatus(models.TextChoices):
    SCREENING = "screening", "Screening"
    VISIBLE = "visible", "Visible"
    IN_REVIEW = "in_review", "In review"
    BLOCKED = "blocked", "Blocked"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Entry(models.Model):
    bounty = models.ForeignKey(Bounty, on_delete=models.PROTECT, related_name="entries")
    entrant = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="bounty_entries")
    description = models.TextField(blank=True, default="")
    description_html = models.TextField(blank=True, default="")
    status = models.CharField(max_length=16, choices=EntryStatus.choices, default=EntryStatus.SCREENING)
    rating = models.CharField(max_length=8, choices=ContentRating.choices, default=ContentRating.PG)
    reasons = models.JSONField(default=list, blank=True)
    text_screening = models.ForeignKey(
        "screening.Screening", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    awarded_total = models.BigIntegerField(default=0)
    tip_total = models.BigIntegerField(default=0)
    reaction_count = models.IntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["bounty", "status", "created_at"], name="entry_bounty_status"),
            models.Index(fields=["entrant", "bounty"], name="entry_entrant_bounty"),
        ]

    def __str__(self) -> str:
        return f"entry {self.pk} on bounty {self.bounty_id} ({self.status})"


class EntryImage(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="images")
    screening = models.OneToOneField("screening.Screening", on_delete=models.PROTECT, related_name="+")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"image {self.pk} of entry {self.entry_id}"


class EntryFile(models.Model):
    """A deliverable (``.safetensors`` model or dataset ``.zip``): moderators see it; others only
    after the award."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="files")
    screening = models.OneToOneField("screening.Screening", on_delete=models.PROTECT, related_name="+")
    filename = models.CharField(max_length=255)
    size = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return self.filename


class AwardKind(models.TextChoices):
    BENEFACTOR = "benefactor", "Awarded by the benefactor"
    POSTER_PICK = "poster_pick", "Followed the poster's pick at window close"
    SPLIT = "split", "Split among established entrants at window close"


class Award(models.Model):
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, related_name="awards")
    entry = models.ForeignKey(Entry, on_delete=models.PROTECT, related_name="awards")
    amount = models.BigIntegerField()
    fee = models.BigIntegerField(default=0)
    kind = models.CharField(max_length=16, choices=AwardKind.choices, default=AwardKind.BENEFACTOR)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contribution", "entry"], name="award_one_per_contribution_entry"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="award_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.amount} to entry {self.entry_id} ({self.kind})"


class Tip(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.PROTECT, related_name="tips")
    tipper = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    amount = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(amount__gt=0), name="tip_amount_positive")]

    def __str__(self) -> str:
        return f"tip of {self.amount} on entry {self.entry_id}"


class ReactionKind(models.TextChoices):
    LIKE = "like", "👍"
    HEART = "heart", "❤️"
    LAUGH = "laugh", "😂"
    WOW = "wow", "😮"


class Reaction(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8, choices=ReactionKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "user", "kind"], name="reaction_unique")]

    def __str__(self) -> str:
        return f"{self.kind} on entry {self.entry_id}"


class FollowKind(models.TextChoices):
    TRACK = "track", "Track"
    FAVOURITE = "favourite", "Favourite"


class BountyFollow(models.Model):
    """Tracking (notifications) or favouriting a bounty."""

    bounty = models.ForeignKey(Bounty, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="bounty_follows")
    kind = models.CharField(max_length=12, choices=FollowKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["bounty", "user", "kind"], name="bounty_follow_unique")]

    def __str__(self) -> str:
        return f"{self.kind} of bounty {self.bounty_id} by user {self.user_id}"


class CommentStatus(models.TextChoices):
    SCREENING = "screening", "Screening"
    VISIBLE = "visible", "Visible"
    HIDDEN = "hidden", "Hidden"


class Comment(models.Model):
    """A comment on a bounty (or on one of its entries); ``parent`` makes discussion threads."""

    bounty = models.ForeignKey(Bounty, on_delete=models.CASCADE, related_name="comments")
    entry = models.ForeignKey(Entry, null=True, blank=True, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    body_html = models.TextField(blank=True, default="")
    status = models.CharField(max_length=12, choices=CommentStatus.choices, default=CommentStatus.SCREENING)
    screening = models.ForeignKey(
        "screening.Screening", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["bounty", "status", "created_at"], name="comment_bounty_status")]

    def __str__(self) -> str:
        return f"comment {self.pk} on bounty {self.bounty_id}"
