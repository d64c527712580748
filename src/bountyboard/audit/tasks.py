"""Audit background jobs (thin: call a service, safe to run twice)."""

from __future__ import annotations

from celery import shared_task

from bountyboard.audit import services


@shared_task(name="audit.anchor")  # type: ignore[untyped-decorator]
def audit_anchor() -> None:
    services.audit_anchor_write()
