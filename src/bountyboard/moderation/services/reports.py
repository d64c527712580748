"""Reports: anyone (signed in or not) reports content, and it lands in the queue."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from bountyboard.accounts.models import User
from bountyboard.audit.services import audit_record
from bountyboard.errors import NotFound, ValidationFailed
from bountyboard.moderation import content as site_content
from bountyboard.moderation.models import QueueKind, Report, ReportCategory, TargetType
from bountyboard.moderation.services._shared import _notice_rate_check, _now
from bountyboard.moderation.services.queue import _screening_evidence, queue_item_add

# How urgent each kind of item is when deadlines tie (higher first).
REPORT_SEVERITY = {
    ReportCategory.MINOR_SAFETY: 100,
    ReportCategory.NCII: 95,
    ReportCategory.LIKENESS: 80,
    ReportCategory.ILLEGAL: 70,
    ReportCategory.IP: 30,
    ReportCategory.OTHER: 20,
    ReportCategory.SPAM: 10,
}


def report_create(
    *,
    reporter: User | None,
    target_type: str,
    target_id: str | int,
    category: str,
    details: str = "",
    ip: str = "",
    now: dt.datetime | None = None,
) -> Report:
    """Anyone (signed in or not) reports any content; it lands in the queue."""
    errors = []
    if category not in ReportCategory.values:
        errors.append(f"category: must be one of {', '.join(ReportCategory.values)}")
    if target_type not in TargetType.values:
        errors.append(f"target_type: must be one of {', '.join(TargetType.values)}")
    if len(details) > 5000:
        errors.append("details: at most 5000 characters")
    if errors:
        raise ValidationFailed("; ".join(errors), extra={"errors": errors})
    reporter = reporter if reporter is not None and reporter.is_authenticated else None
    content = site_content.content_resolve(target_type, str(target_id))
    if not site_content.content_visible_to(content, reporter):
        # Word for word what a missing target answers, so a report cannot probe for hidden content.
        raise NotFound(f"{target_type}:{target_id} does not exist on this site", code="content_not_found")
    _notice_rate_check(ip)
    now = _now(now)
    with transaction.atomic():
        report = Report.objects.create(
            reporter=reporter,
            target_type=target_type,
            target_id=content.target_id,
            category=category,
            details=details,
            created_at=now,
        )
        queue_item_add(
            kind=QueueKind.REPORT,
            source_key=f"report:{report.pk}",
            target_type=target_type,
            target_id=content.target_id,
            owner=content.owner,
            severity=REPORT_SEVERITY[ReportCategory(category)],
            summary=f"Reported as {ReportCategory(category).label.lower()}: {content.label}",
            evidence={"details": details, "screenings": [_screening_evidence(s) for s in content.screenings[:10]]},
            report=report,
            now=now,
        )
        audit_record(
            action="moderation.report",
            target_type=target_type,
            target_id=content.target_id,
            reasons=[f"report.{category}"],
            automated=False,
            actor=reporter,
            actor_label="" if reporter else "anonymous",
            data={
                "report_id": report.pk,
                "category": category,
                "source": "user_report" if reporter else "anonymous_report",
                "at": now.isoformat(),
            },
        )
    return report
