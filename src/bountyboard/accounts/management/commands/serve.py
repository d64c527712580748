"""``bountyboard serve [--host H] [--port P]``: the production server (waitress + whitenoise).

Collects static files quietly first (whitenoise serves them from STATIC_ROOT), refuses to run with
DEBUG on, then serves the WSGI app until interrupted.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.wsgi import get_wsgi_application


class Command(BaseCommand):
    help = "Serve the site with waitress (production settings, DEBUG off)"

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-collectstatic", action="store_true", help="skip collectstatic")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.DEBUG:
            raise CommandError("refusing to serve with DEBUG on; use the production settings")
        if not options["no_collectstatic"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        from waitress import serve

        # Django's own handler for the settings already loaded: the same app config.wsgi builds for
        # other servers, without this command reaching up into the composition root.
        application = get_wsgi_application()
        self.stdout.write(f"Bountyboard on http://{options['host']}:{options['port']}/ (Ctrl-C stops)")
        self.stdout.flush()
        # Waitress would drop every X-Forwarded-* header itself; the site decides instead, believing
        # them only from BOUNTYBOARD_TRUSTED_PROXIES (config.middleware, accounts.auth.client_ip).
        serve(
            application,
            host=options["host"],
            port=options["port"],
            threads=options["threads"],
            ident="",
            clear_untrusted_proxy_headers=False,
        )
