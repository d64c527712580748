"""The transparency figures as a CSV download, shared by the API and the public page."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from bountyboard.moderation.selectors import transparency_csv_rows, transparency_report

TRANSPARENCY_CACHE_SECONDS = 60  # the public page walks the whole audit log; anyone may hit it


def transparency_public() -> dict[str, Any]:
    """The figures as the public sees them: recomputed at most once a minute (``generated_at`` says when)."""
    report: dict[str, Any] | None = cache.get("moderation:transparency")
    if report is None:
        report = transparency_report(now=timezone.now())
        cache.set("moderation:transparency", report, TRANSPARENCY_CACHE_SECONDS)
    return report


def transparency_csv_response(report: dict[str, Any]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["metric", "dimension", "value"])
    writer.writerows(transparency_csv_rows(report))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="transparency.csv"'
    return response
