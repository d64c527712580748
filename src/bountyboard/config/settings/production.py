"""Production: `bountyboard serve`. With ``BOUNTYBOARD_HTTPS=1`` (the site is reached over HTTPS,
usually through a TLS-terminating proxy): secure cookies, a redirect of plain HTTP to HTTPS and HSTS.
`python -m django check --deploy` is clean with these (docs/operations.md)."""

from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
HTTPS = env.bool("BOUNTYBOARD_HTTPS", default=False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
# A year, subdomains included, and the preload flag (submitting to browsers' lists stays a choice):
# lower BOUNTYBOARD_HSTS_SECONDS while trying HTTPS out, since browsers remember it.
SECURE_HSTS_SECONDS = env.int("BOUNTYBOARD_HSTS_SECONDS", default=31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("BOUNTYBOARD_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("BOUNTYBOARD_HSTS_PRELOAD", default=True)
