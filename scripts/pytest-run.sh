#!/usr/bin/env bash
# The test suite against real databases, as `make pytest` runs it:
#   scripts/pytest-run.sh all      [pytest args]  both runs below; fails if either fails
#   scripts/pytest-run.sh sqlite   [pytest args]  whole suite on SQLite (a file, so workers/threads share it)
#   scripts/pytest-run.sh postgres [pytest args]  the postgres-marked tests on a throwaway PostgreSQL cluster
#   scripts/pytest-run.sh faults   [pytest args]  the fault tests (real processes killed and restarted; `make test-faults`)
# pytest's exit code 5 means "no tests collected": that would silently skip the money and concurrency
# tests, so it is an error, reported as such.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
# The Makefile exports the local settings for `make run`; tests always use the test settings.
export DJANGO_SETTINGS_MODULE=bountyboard.config.settings.test
unset DATABASE_URL CELERY_BROKER_URL REDIS_CACHE_URL
# Shared read-only test data: $BOUNTYBOARD_SHARED_DATA, else ../shared/data beside the clone, else the
# machine's copy, so a clone made anywhere (e.g. /tmp/fresh) still finds it.
if [ -z "${BOUNTYBOARD_SHARED_DATA:-}" ] && [ ! -d ../shared/data ] && [ -d /work/shared/data ]; then
  export BOUNTYBOARD_SHARED_DATA=/work/shared/data
fi

run_one() {
  local target="$1"
  shift
  local rc
  case "$target" in
    sqlite) "$BIN/pytest" -m "not faults" "$@"; rc=$? ;;
    postgres) "$BIN/python" -m bountyboard.testing.pgcluster -- "$BIN/pytest" -m "postgres and not faults" "$@"; rc=$? ;;
    faults) "$BIN/pytest" -m faults "$@"; rc=$? ;;
    *) echo "usage: $0 all|sqlite|postgres|faults [pytest args]" >&2; return 2 ;;
  esac
  if [ "$rc" -eq 5 ]; then
    echo "pytest ($target): no tests were collected; refusing to call that a pass" >&2
    return 1
  fi
  return "$rc"
}

target="${1:-all}"
shift || true
if [ "$target" = all ]; then
  # Run PostgreSQL even when SQLite failed, so one run shows every failure; fail if either did.
  run_one sqlite "$@"
  sqlite_rc=$?
  run_one postgres "$@"
  postgres_rc=$?
  echo "pytest: SQLite exit $sqlite_rc, PostgreSQL exit $postgres_rc" >&2
  [ "$sqlite_rc" -eq 0 ] && [ "$postgres_rc" -eq 0 ]
  exit $?
fi
run_one "$target" "$@"
