"""One lease row per periodic job: whoever moves ``leased_until`` forward runs the job this period.

Every process that runs the schedule (each ``bountyboard serve`` on the embedded default, Celery
beat's worker otherwise) tries to take the lease with one conditional UPDATE; the database lets
exactly one of them win, so a job runs once per period however many processes are up.
"""

from __future__ import annotations

from django.db import models


class JobLease(models.Model):
    name = models.CharField(max_length=100, primary_key=True)  # the Celery task name of the job
    leased_until = models.DateTimeField()
    holder = models.CharField(max_length=200, blank=True, default="")  # host:pid:thread of the last winner
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    def __str__(self) -> str:
        return f"{self.name} leased by {self.holder or 'nobody'} until {self.leased_until:%Y-%m-%d %H:%M:%S}"
