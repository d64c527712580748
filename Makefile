# Bountyboard: `make run` starts the site with a demo on http://127.0.0.1:8000; `make test` runs everything.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE ?= bountyboard.config.settings.local

.PHONY: up down test-faults install run serve test lint typecheck contracts house migrations-check i18n-check pytest bench system-deps eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# System packages the tests need (redis-server, chromium, gettext); PostgreSQL's server binaries ship with the machine.
system-deps:
	@bash scripts/system-deps.sh

run: install
	$(BIN)/bountyboard migrate --noinput
	$(BIN)/bountyboard demo seed
	DJANGO_SETTINGS_MODULE=bountyboard.config.settings.production $(BIN)/bountyboard serve --host 127.0.0.1 --port 8000

lint: install
	$(BIN)/ruff check src benchmarks scripts

typecheck: install
	DJANGO_SETTINGS_MODULE=bountyboard.config.settings.test $(BIN)/mypy src/bountyboard

contracts: install
	$(BIN)/lint-imports

# House rules no linter checks: no product module past 600 lines, no placeholder module, no import of
# another app inside a function (scripts/check_house.py; its tests are in scripts/tests/).
house: install
	$(BIN)/python scripts/check_house.py

migrations-check: install
	DJANGO_SETTINGS_MODULE=bountyboard.config.settings.test $(BIN)/python -m django makemigrations --check --dry-run

# Both languages complete: the French catalogue regenerated from the source has no untranslated or
# fuzzy message, and django.mo is the compiled django.po (scripts/i18n_check.py; needs gettext).
i18n-check: install system-deps
	$(BIN)/python scripts/i18n_check.py

# Whole suite on SQLite, then the postgres-marked tests (money, concurrency, ...) again on a throwaway
# PostgreSQL cluster the run starts and removes itself (scripts/pytest-run.sh).
pytest: install system-deps
	BIN=$(BIN) bash scripts/pytest-run.sh all

test: install system-deps lint typecheck contracts house migrations-check i18n-check pytest

# The scale-out reference deployment on this machine (docs/operations.md): PostgreSQL, Redis, two web
# processes on 127.0.0.1:8001/8002, two Celery workers and the scheduler; pids and logs in var/topology/.
up: install system-deps
	$(BIN)/python -m bountyboard.testing.topology up

down:
	$(BIN)/python -m bountyboard.testing.topology down

# Fault tests with real processes (kill -9 a worker, stop Redis, restart PostgreSQL), about 10 minutes.
test-faults: install system-deps
	BIN=$(BIN) bash scripts/pytest-run.sh faults

bench: install
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	$(BIN)/python -m benchmarks

# Guard quality on the shared development data (recall, false positives, block rate).
eval: install
	$(BIN)/python scripts/guard_eval.py --test

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
