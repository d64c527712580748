"""The Celery worker's entry point (``celery -A bountyboard.config.celery worker``).

The app itself is ``bountyboard.jobs.celery_app``, below every app; this module only picks the
default settings first, so Celery installs its Django fix-ups. Without CELERY_BROKER_URL, tasks run
eagerly in-process (embedded default).
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bountyboard.config.settings.local")

from bountyboard.jobs import celery_app as app  # noqa: E402  (the settings default must come first)

__all__ = ["app"]
