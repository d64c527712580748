"""Production: `bountyboard serve`. Secure cookies when served over HTTPS (BOUNTYBOARD_HTTPS=1)."""

from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("BOUNTYBOARD_HTTPS", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
