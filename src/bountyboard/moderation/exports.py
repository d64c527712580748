"""The transparency figures as a CSV download, shared by the API and the public page."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.http import HttpResponse

from bountyboard.moderation.selectors import transparency_csv_rows


def transparency_csv_response(report: dict[str, Any]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["metric", "dimension", "value"])
    writer.writerows(transparency_csv_rows(report))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="transparency.csv"'
    return response
