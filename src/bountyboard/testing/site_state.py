"""What a fault test checks after the fault, read from the site's own database:

    DATABASE_URL=... DJANGO_SETTINGS_MODULE=bountyboard.config.settings.production \\
        python -m bountyboard.testing.site_state [USERNAME,...]   # prints one JSON object

- ``pending``: scans still pending (work not finished yet);
- ``failed_unqueued``: failed scans (and guard ``review`` verdicts) with no moderation queue item;
- ``bounties_screening`` / ``entries_screening``: content still waiting for its scan;
- ``public_unscanned``: bounties and entries shown to the public with a scan that did not allow
  them (must always be empty);
- ``retried``: scans that took more than one try (a killed worker's try counts);
- ``bounties``: how many exist (a test compares it with the creations the site confirmed);
- ``users_found``: which of the usernames given as the first argument (comma-separated) exist;
- ``counts`` / ``entry_counts``: screenings / entries per status.

A separate process because the test runner's Django is configured for its own test database.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any


def site_state(*, usernames: list[str] | None = None) -> dict[str, Any]:
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from bountyboard.bounties.models import Bounty, BountyStatus, Entry, EntryStatus
    from bountyboard.moderation.models import QueueItem
    from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningStatus

    queued = set(QueueItem.objects.filter(screening_id__isnull=False).values_list("screening_id", flat=True))
    needs_review = Screening.objects.filter(status__in=[ScreeningStatus.FAILED, ScreeningStatus.DONE],
                                            decision=ScreeningDecision.REVIEW)
    not_allowed = Screening.objects.exclude(status=ScreeningStatus.DONE, decision=ScreeningDecision.ALLOW)
    open_bounties = set(Bounty.objects.filter(status=BountyStatus.OPEN).values_list("pk", flat=True))
    visible_entries = set(Entry.objects.filter(status=EntryStatus.VISIBLE).values_list("pk", flat=True))
    public_unscanned = sorted(
        {f"bounty:{pk}" for pk in not_allowed.filter(subject_type="bounty").values_list("subject_id", flat=True)
         if pk in open_bounties}
        | {f"entry:{pk}" for pk in not_allowed.filter(subject_type="entry").values_list("subject_id", flat=True)
           if pk in visible_entries}
    )
    return {
        "pending": sorted(Screening.objects.filter(status=ScreeningStatus.PENDING).values_list("pk", flat=True)),
        "failed_unqueued": sorted(pk for pk in needs_review.values_list("pk", flat=True) if pk not in queued),
        "bounties_screening": sorted(Bounty.objects.filter(status=BountyStatus.SCREENING).values_list("pk", flat=True)),
        "entries_screening": sorted(Entry.objects.filter(status=EntryStatus.SCREENING).values_list("pk", flat=True)),
        "public_unscanned": public_unscanned,
        "bounties": Bounty.objects.count(),
        "retried": sorted(Screening.objects.filter(attempts__gt=1).values_list("pk", flat=True)),
        "users_found": sorted(get_user_model().objects.filter(username__in=usernames or []).values_list(
            "username", flat=True)),
        "counts": {row["status"]: row["n"] for row in Screening.objects.values("status").annotate(n=Count("pk"))},
        "entry_counts": {row["status"]: row["n"] for row in Entry.objects.values("status").annotate(n=Count("pk"))},
    }


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bountyboard.config.settings.production")
    import django

    django.setup()
    print(json.dumps(site_state(usernames=sys.argv[1].split(",") if len(sys.argv) > 1 else [])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
