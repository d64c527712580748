#!/usr/bin/env bash
# The test suite against real databases, as `make pytest` runs it:
#   scripts/pytest-run.sh sqlite   [pytest args]  whole suite on SQLite (a file, so workers/threads share it)
#   scripts/pytest-run.sh postgres [pytest args]  the postgres-marked tests on a throwaway PostgreSQL cluster
# pytest's exit code 5 means "no tests collected": for the PostgreSQL run that would silently skip the
# money and concurrency tests, so it is an error, reported as such.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
# The Makefile exports the local settings for `make run`; tests always use the test settings.
export DJANGO_SETTINGS_MODULE=bountyboard.config.settings.test
unset DATABASE_URL CELERY_BROKER_URL REDIS_CACHE_URL

target="${1:-sqlite}"
shift || true
case "$target" in
  sqlite)
    "$BIN/pytest" "$@"
    rc=$?
    ;;
  postgres)
    "$BIN/python" -m bountyboard.testing.pgcluster -- "$BIN/pytest" -m postgres "$@"
    rc=$?
    ;;
  *)
    echo "usage: $0 sqlite|postgres [pytest args]" >&2
    exit 2
    ;;
esac
if [ "$rc" -eq 5 ]; then
  echo "pytest ($target): no tests were collected; refusing to call that a pass" >&2
  exit 1
fi
exit "$rc"
