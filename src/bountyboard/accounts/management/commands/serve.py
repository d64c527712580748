"""``bountyboard serve [--host H] [--port P]``: the production server (waitress + whitenoise).

Collects static files quietly first (whitenoise serves them from STATIC_ROOT), refuses to run with
DEBUG on, then serves the WSGI app until interrupted. On the embedded default (no broker) it also
runs the background work itself: a job thread for scans and mail (never the request's thread) and
the schedule (expiry, consent deadlines, reminders, the scan reconciler...), so nothing else is
needed. With a broker, Celery workers and beat do both (``--schedule`` runs the schedule here too;
the job leases keep every job to one run per period).
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.wsgi import get_wsgi_application

from bountyboard.jobs import jobs_worker_start
from bountyboard.scheduler.services import schedule_thread_start


class Command(BaseCommand):
    help = "Serve the site with waitress (production settings, DEBUG off)"

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-collectstatic", action="store_true", help="skip collectstatic")
        schedule = parser.add_mutually_exclusive_group()
        schedule.add_argument("--schedule", dest="schedule", action="store_true", default=None,
                              help="run the periodic jobs in this process (default: only without a broker)")
        schedule.add_argument("--no-schedule", dest="schedule", action="store_false",
                              help="leave the periodic jobs to another process (Celery beat)")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.DEBUG:
            raise CommandError("refusing to serve with DEBUG on; use the production settings")
        if not options["no_collectstatic"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        from waitress import serve

        # Django's own handler for the settings already loaded: the same app config.wsgi builds for
        # other servers, without this command reaching up into the composition root.
        application = get_wsgi_application()
        embedded = not settings.CELERY_BROKER_URL
        if embedded:
            jobs_worker_start()
        if options["schedule"] if options["schedule"] is not None else embedded:
            schedule_thread_start()
        self.stdout.write(f"Bountyboard on http://{options['host']}:{options['port']}/ (Ctrl-C stops)")
        self.stdout.flush()
        serve(application, host=options["host"], port=options["port"], threads=options["threads"], ident="")
