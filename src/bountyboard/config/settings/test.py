"""Test settings: fast hashing, in-memory mail, eager tasks unless a test brings a real broker."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("BOUNTYBOARD_VAR_DIR", tempfile.mkdtemp(prefix="bountyboard-test-"))

from .base import *  # noqa: E402,F401,F403
from .base import VAR_DIR  # noqa: E402

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
GUARD_STORE_DIR = Path(VAR_DIR) / "guard"
ALLOWED_HOSTS = ["*"]
# A file, not :memory:, so threads and a real Celery worker process share the test database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(Path(VAR_DIR) / "test.sqlite3")}  # noqa: F405
# Whitenoise warns on every request when STATIC_ROOT is missing; tests never collect static files.
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)  # noqa: F405
