"""Settings shared by every environment. Everything deployment-specific comes from the environment,
read through django-environ (docs/operations.md lists every variable).

Embedded default: SQLite (WAL) and media under the data folder, tasks run in-process (no broker).
Scale-out: ``DATABASE_URL`` (PostgreSQL), ``CELERY_BROKER_URL`` (Redis), ``BOUNTYBOARD_S3_BUCKET``.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

env = environ.Env()

BASE_DIR = Path(__file__).resolve().parents[2]  # src/bountyboard


def _default_var_dir() -> Path:
    """The data folder when ``BOUNTYBOARD_VAR_DIR`` is unset: ``var/`` at the root of a source checkout,
    else the user's data folder. Never the current folder, so a command run from elsewhere finds the
    same database and secret key instead of silently creating new ones."""
    checkout = BASE_DIR.parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "src" / "bountyboard").is_dir():
        return checkout / "var"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "bountyboard"


def _var_dir() -> Path:
    given: str = env.str("BOUNTYBOARD_VAR_DIR", default="")
    if not given:
        return _default_var_dir()
    path = Path(given).expanduser()
    if not path.is_absolute():
        raise ImproperlyConfigured(
            f"BOUNTYBOARD_VAR_DIR must be an absolute path (got {given!r}), so every command uses "
            "the same data folder whatever folder it runs from."
        )
    return path


VAR_DIR = _var_dir()
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    key: str = env.str("DJANGO_SECRET_KEY", default="")
    if key:
        return key
    # One key per installation, kept beside the data it signs, so restarts keep sessions valid.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = [h for h in env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"]) if h]
# The public address of the site (scheme, host, optional port), used for every link in an e-mail.
SITE_URL = env.str("BOUNTYBOARD_SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
_site = urlsplit(SITE_URL)
if _site.scheme not in ("http", "https") or not _site.hostname:
    raise ImproperlyConfigured(f"BOUNTYBOARD_SITE_URL must look like https://host[:port] (got {SITE_URL!r}).")
# The public host is always served, so setting the site's address is enough to deploy it.
if _site.hostname not in ALLOWED_HOSTS:
    ALLOWED_HOSTS.append(_site.hostname)

# Behind a reverse proxy (docs/operations.md, "Behind a reverse proxy"). Only connections from these
# addresses or networks may speak for the client through X-Forwarded-For/-Proto/-Host
# (bountyboard.config.middleware.ForwardedHeadersMiddleware drops those headers from anyone else).
try:
    TRUSTED_PROXY_NETWORKS = tuple(
        ipaddress.ip_network(n, strict=False) for n in env.list("BOUNTYBOARD_TRUSTED_PROXIES", default=[]) if n
    )
except ValueError as error:
    raise ImproperlyConfigured(f"BOUNTYBOARD_TRUSTED_PROXIES: {error}") from None
if TRUSTED_PROXY_NETWORKS:
    # Safe because only a trusted proxy's X-Forwarded-Proto survives the middleware.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = env.bool("BOUNTYBOARD_USE_X_FORWARDED_HOST", default=False)
# Origins allowed to POST forms besides the request's own (the public site by default).
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[f"{_site.scheme}://{_site.netloc}"])

# Response headers on every page and API answer (config/middleware.py, docs/operations.md).
# Nothing inline: no script (htmx is a static file configured by a <meta> tag) and no style attribute
# or element (site.css); no frames, plugins or foreign form targets.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "browsing-topics=(), interest-cohort=()"
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "bountyboard.audit",
    "bountyboard.scheduler",
    "bountyboard.accounts",
    "bountyboard.ledger",
    "bountyboard.screening",
    "bountyboard.bounties",
    "bountyboard.likeness",
    "bountyboard.moderation",
    "bountyboard.web",
]

MIDDLEWARE = [
    # First: whether X-Forwarded-* headers count depends on who sent them.
    "bountyboard.config.middleware.ForwardedHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "bountyboard.config.middleware.SecurityHeadersMiddleware",
    # Database and broker outages answer 503 with a sentence and Retry-After, never an HTML 500.
    "bountyboard.config.outages.OutageMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF, so a forged request is refused as forged before its text is read.
    "bountyboard.config.middleware.ControlCharactersMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",  # request.htmx: which htmx request this is
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout answer.
    "axes.middleware.AxesMiddleware",
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
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'bountyboard.sqlite3'}")
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
# A kept connection is pinged before a request reuses it: after a database restart, an idle
# thread's dead connection would otherwise fail that request with a 503 (a topology fault test).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A request whose COMMIT met an outage waits this long for PostgreSQL to say whether it committed
# (bountyboard.config.commit_outcome): long enough for a restart, short of a client's timeout.
COMMIT_OUTCOME_WAIT_SECONDS = env.float("BOUNTYBOARD_COMMIT_OUTCOME_WAIT", default=20.0)
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
# django-axes goes first so a locked-out login never reaches the password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
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

# Login limits (django-axes, bountyboard/accounts/login_limits.py): 5 failures within 15 minutes
# against one account, or from one client address, pause logins for either on every login form
# (API, site, admin). Counted in the database, so every server process shares them. A password
# reset by e-mail lifts an account's lockout.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "bountyboard.accounts.login_limits.login_username"
AXES_CLIENT_IP_CALLABLE = "bountyboard.accounts.auth.client_ip"
AXES_LOCKOUT_CALLABLE = "bountyboard.accounts.login_limits.login_locked_response"
# Refused attempts during a lockout change nothing (they do not extend it).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Only failures are kept (and only for the cool-off): no log of every successful login's address.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False  # no start-up banner on every command
AXES_RESET_ON_SUCCESS = False  # the service forgets the account's failures, not the address's

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

_S3_BUCKET = env.str("BOUNTYBOARD_S3_BUCKET", default="")
STORAGES = {
    "default": (
        {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": _S3_BUCKET,
                "endpoint_url": env.str("BOUNTYBOARD_S3_ENDPOINT_URL", default=None),
                "default_acl": "private",
                "querystring_auth": True,
            },
        }
        if _S3_BUCKET
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Mail: files in the data folder unless SMTP is configured, by one URL (EMAIL_URL, e.g.
# smtp+tls://user:password@smtp.example.org:587) or by EMAIL_HOST and its companions.
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
if env.str("EMAIL_URL", default=""):
    _smtp = env.email_url("EMAIL_URL")
    EMAIL_BACKEND = _smtp["EMAIL_BACKEND"]
    EMAIL_HOST = _smtp["EMAIL_HOST"] or "localhost"
    EMAIL_PORT = _smtp["EMAIL_PORT"] or 25
    EMAIL_HOST_USER = _smtp["EMAIL_HOST_USER"] or ""
    EMAIL_HOST_PASSWORD = _smtp["EMAIL_HOST_PASSWORD"] or ""
    EMAIL_USE_TLS = bool(_smtp.get("EMAIL_USE_TLS"))
    EMAIL_USE_SSL = bool(_smtp.get("EMAIL_USE_SSL"))
elif env.str("EMAIL_HOST", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env.str("EMAIL_HOST")
    EMAIL_PORT = env.int("EMAIL_PORT", default=587)
    EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
    EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
    EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)
    EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)
# An explicit backend wins (e.g. the console backend while trying things out).
EMAIL_BACKEND = env.str("DJANGO_EMAIL_BACKEND", default=EMAIL_BACKEND)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="bountyboard@localhost")

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env.str("REDIS_CACHE_URL")}
        if env.str("REDIS_CACHE_URL", default="")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Celery: with no broker the tasks run in-process: after commit, in the worker thread of
# `bountyboard serve` (eagerly elsewhere: shell commands, tests). docs/decisions/0015-durable-work.md.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# A worker killed mid-task loses nothing: the message is acknowledged only after the task, a
# worker that dies hands it back, each worker holds one message at a time, and Redis gives an
# unacknowledged message to another worker after the visibility timeout (longer than any scan).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=900)}
# Sending after commit must not hold a request when the broker is down: two quick tries, then the
# job stays recorded (a pending screening) and the reconciler sends it again later.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
CELERY_BROKER_CONNECTION_TIMEOUT = 2.0
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = "UTC"

# Bounties (docs/bounties.md): prize range in credits, awarding window, optional platform fee.
BOUNTY_PRIZE_MIN = env.int("BOUNTY_PRIZE_MIN", default=100)
BOUNTY_PRIZE_MAX = env.int("BOUNTY_PRIZE_MAX", default=1000000)
BOUNTY_AWARD_WINDOW_HOURS = 48
BOUNTY_EXPIRING_SOON_HOURS = 24
BOUNTY_PLATFORM_FEE_PERCENT = env.int("BOUNTY_PLATFORM_FEE_PERCENT", default=0)
# The schedule (docs/operations.md "The schedule"): Celery task name -> period in seconds. Each job
# runs once per period however many processes run the schedule (a lease row, scheduler app), and
# each is safe to run twice. `bountyboard serve` runs it in a thread on the embedded default;
# with a broker, Celery beat sends `scheduler.job_run` for each.
SCHEDULER_JOBS = {
    "bounties.tick": 300,  # expiry (with refunds), the close of award windows, expiring-soon reminders
    "likeness.tick": 60,  # consent requests, consent deadlines and lapses, held-back matches, re-scans
    "moderation.queue_sync": 60,  # guard `review` decisions and failed scans become queue items
    "moderation.takedowns_alert": 600,  # warn moderators before a takedown notice's legal deadline
    "screening.reconcile": 20,  # re-send scans nobody vouched for lately; fail (and queue) after too many tries
    "audit.anchor": 600,  # the audit chains' heads, appended to the anchor file (`bountyboard audit anchor`)
}
# Tests and demos shorten every period at once (0: the periods above).
SCHEDULER_PERIOD_SECONDS = env.float("BOUNTYBOARD_SCHEDULE_PERIOD", default=0.0)
# Beat asks for each job every SCHEDULER_BEAT_TICK_SECONDS (or its period, if shorter) and the lease
# runs it once per period. Asking only once per period skipped whole periods: a message that arrived
# a moment before the previous lease ran out lost the race, so a 60 s job ran every 120 s. A request
# still queued after one tick (workers busy) expires unrun: the next tick asks again.
SCHEDULER_BEAT_TICK_SECONDS = 10.0
CELERY_BEAT_SCHEDULE = {
    name: {
        "task": "scheduler.job_run",
        "schedule": min(SCHEDULER_BEAT_TICK_SECONDS, SCHEDULER_PERIOD_SECONDS or float(period)),
        "kwargs": {"name": name},
        "options": {"expires": SCHEDULER_BEAT_TICK_SECONDS},
    }
    for name, period in SCHEDULER_JOBS.items()
}
# Durable scans (screening.delivery): a pending scan nobody vouched for this long (its task sent, or
# a worker's claim and heartbeat while it scans) is sent again by the reconciler, so a scan lost in
# a broker outage or with a killed worker is done within two minutes; after SCREENING_MAX_ATTEMPTS
# tries it becomes `failed` and goes to moderators.
SCREENING_RESEND_AFTER_SECONDS = env.int("BOUNTYBOARD_SCREENING_RESEND_AFTER", default=45)
SCREENING_MAX_ATTEMPTS = 5
# Where the audit chains' heads are anchored (bountyboard audit anchor / verify --anchor). Point it
# at storage the database's writers cannot rewrite, or copy the file there.
AUDIT_ANCHOR_FILE = Path(env.str("BOUNTYBOARD_AUDIT_ANCHOR_FILE", default=str(VAR_DIR / "audit-anchor.jsonl")))

# Takedown clock: hours from receipt to removal per jurisdiction (docs/decisions/0008-takedown-clock.md).
TAKEDOWN_DEADLINES = {"US": 48, "UK": 48, "EU": 48, "DEFAULT": 48}
TAKEDOWN_DEFAULT_JURISDICTION = env.str("BOUNTYBOARD_TAKEDOWN_JURISDICTION", default="US")
MODERATION_STRIKES_TO_BAN = 3
MODERATION_NOTICES_PER_HOUR = 30  # reports + takedown notices from one address
TAKEDOWN_ALERT_HOURS = 12  # warn moderators this long before a notice's deadline

# The guard engine's store (protected-person registry mirror, hash banks, index files).
GUARD_STORE_DIR = Path(env.str("BOUNTYBOARD_GUARD_STORE", default=str(VAR_DIR / "guard")))
GUARD_CONFIG_FILE = env.str("BOUNTYBOARD_GUARD_CONFIG", default=None)  # optional TOML, see docs/guard-config.md

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("BOUNTYBOARD_LOG_LEVEL", default="INFO")},
}
