"""Local development: `make run`."""

from .base import *  # noqa: F401,F403
from .base import _env_bool

DEBUG = _env_bool("DJANGO_DEBUG", True)
