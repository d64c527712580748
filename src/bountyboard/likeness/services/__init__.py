"""Likeness writes, one module per concept: ``registry`` (register, update, pause, delete, verify),
``rescan`` (retroactive re-scans), ``matches`` (content showing a protected person goes to
moderators), ``consent`` (asking, granting, refusing, revoking, deadlines) and ``tick`` (the
periodic run).

Callers import from ``bountyboard.likeness.services``; the names below are its public surface.
"""

from bountyboard.likeness.services.consent import (
    CONSENT_GRANT_MAX_DAYS,
    CONSENT_RESPONSE_DAYS,
    ConsentOpening,
    consent_grant,
    consent_refuse,
    consent_requests_open,
    consent_requests_sync,
    consent_revoke,
    consents_expire_overdue,
)
from bountyboard.likeness.services.matches import (
    matches_queue_sync,
    matches_tell,
    moderation_decision_observed,
    screening_decision_changed,
    screening_verdict_observed,
)
from bountyboard.likeness.services.registry import (
    MAX_NAMES,
    MAX_PHOTO_BYTES,
    MAX_PHOTOS,
    MIN_PHOTOS,
    EmbeddedPhoto,
    ReferencePhoto,
    likeness_delete,
    likeness_pause,
    likeness_register,
    likeness_update,
    likeness_verify,
    reference_photos_embed,
)
from bountyboard.likeness.services.rescan import (
    RESCAN_BATCH,
    RESCAN_STALE,
    RescanFinding,
    rescan_execute,
    rescan_start,
    rescans_resume,
    screening_rescan,
)
from bountyboard.likeness.services.tick import LikenessTickReport, likeness_tick

__all__ = [
    "CONSENT_GRANT_MAX_DAYS",
    "CONSENT_RESPONSE_DAYS",
    "MAX_NAMES",
    "MAX_PHOTOS",
    "MAX_PHOTO_BYTES",
    "MIN_PHOTOS",
    "RESCAN_BATCH",
    "RESCAN_STALE",
    "ConsentOpening",
    "EmbeddedPhoto",
    "LikenessTickReport",
    "ReferencePhoto",
    "RescanFinding",
    "consent_grant",
    "consent_refuse",
    "consent_requests_open",
    "consent_requests_sync",
    "consent_revoke",
    "consents_expire_overdue",
    "likeness_delete",
    "likeness_pause",
    "likeness_register",
    "likeness_tick",
    "likeness_update",
    "likeness_verify",
    "matches_queue_sync",
    "matches_tell",
    "moderation_decision_observed",
    "reference_photos_embed",
    "rescan_execute",
    "rescan_start",
    "rescans_resume",
    "screening_decision_changed",
    "screening_rescan",
    "screening_verdict_observed",
]
