"""Settings shared by every environment. Everything deployment-specific comes from the environment.

Embedded default: SQLite (WAL) and media under ``var/``, tasks run in-process (no broker).
Scale-out: ``DATABASE_URL`` (PostgreSQL), ``CELERY_BROKER_URL`` (Redis), ``BOUNTYBOARD_S3_BUCKET``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parents[2]  # src/bountyboard
VAR_DIR = Path(os.environ.get("BOUNTYBOARD_VAR_DIR", Path.cwd() / "var")).resolve()
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    key = os.environ.get("DJANGO_SECRET_KEY")
    if key:
        return key
    # One key per installation, kept beside the data it signs, so restarts keep sessions valid.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "bountyboard.audit",
    "bountyboard.accounts",
    "bountyboard.ledger",
    "bountyboard.screening",
    "bountyboard.bounties",
    "bountyboard.likeness",
    "bountyboard.moderation",
    "bountyboard.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "bountyboard.config.urls"
WSGI_APPLICATION = "bountyboard.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'bountyboard.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; IMMEDIATE avoids lock upgrades failing mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]  # site CSS and the vendored htmx (no CDN)
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Likeness reference photos stay in memory, never a temp file (bountyboard/likeness/uploads.py);
# every other upload uses Django's defaults, listed after it.
FILE_UPLOAD_HANDLERS = [
    "bountyboard.likeness.uploads.ReferencePhotoUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

_S3_BUCKET = os.environ.get("BOUNTYBOARD_S3_BUCKET")
STORAGES = {
    "default": (
        {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": _S3_BUCKET,
                "endpoint_url": os.environ.get("BOUNTYBOARD_S3_ENDPOINT_URL"),
                "default_acl": "private",
                "querystring_auth": True,
            },
        }
        if _S3_BUCKET
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "bountyboard@localhost")

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_CACHE_URL"]}
        if os.environ.get("REDIS_CACHE_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Celery: with no broker the tasks run in-process (eagerly, after the transaction commits).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = "UTC"

# Bounties (docs/bounties.md): prize range in credits, awarding window, optional platform fee.
BOUNTY_PRIZE_MIN = int(os.environ.get("BOUNTY_PRIZE_MIN", "100"))
BOUNTY_PRIZE_MAX = int(os.environ.get("BOUNTY_PRIZE_MAX", "1000000"))
BOUNTY_AWARD_WINDOW_HOURS = 48
BOUNTY_EXPIRING_SOON_HOURS = 24
BOUNTY_PLATFORM_FEE_PERCENT = int(os.environ.get("BOUNTY_PLATFORM_FEE_PERCENT", "0"))
CELERY_BEAT_SCHEDULE = {
    # Safe to run twice; `bountyboard bounties tick` does the same from cron.
    "bounties-tick": {"task": "bounties.tick", "schedule": 300.0},
    # Consent requests to send and to expire (refunds), protected-person matches to queue, re-scans
    # to resume; `bountyboard likeness tick` does the same from cron.
    "likeness-tick": {"task": "likeness.tick", "schedule": 60.0},
    # Guard `review` decisions become moderation queue items (idempotent).
    "moderation-queue-sync": {"task": "moderation.queue_sync", "schedule": 60.0},
    # Moderators are warned once about takedown notices close to their legal deadline.
    "moderation-takedowns-alert": {"task": "moderation.takedowns_alert", "schedule": 600.0},
}

# Takedown clock: hours from receipt to removal per jurisdiction (docs/decisions/0008-takedown-clock.md).
TAKEDOWN_DEADLINES = {"US": 48, "UK": 48, "EU": 48, "DEFAULT": 48}
TAKEDOWN_DEFAULT_JURISDICTION = os.environ.get("BOUNTYBOARD_TAKEDOWN_JURISDICTION", "US")
MODERATION_STRIKES_TO_BAN = 3
MODERATION_NOTICES_PER_HOUR = 30  # reports + takedown notices from one address
TAKEDOWN_ALERT_HOURS = 12  # warn moderators this long before a notice's deadline

# The guard engine's store (protected-person registry mirror, hash banks, index files).
GUARD_STORE_DIR = Path(os.environ.get("BOUNTYBOARD_GUARD_STORE", VAR_DIR / "guard"))
GUARD_CONFIG_FILE = os.environ.get("BOUNTYBOARD_GUARD_CONFIG")  # optional TOML, see docs/guard-config.md

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("BOUNTYBOARD_LOG_LEVEL", "INFO")},
}
