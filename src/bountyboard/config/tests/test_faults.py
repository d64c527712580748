"""Fault tests with real processes (``make test-faults``): a real ``bountyboard serve`` on a real
PostgreSQL cluster that is restarted under load. Every answer stays JSON (a 503 with Retry-After
during the outage, never an HTML 500), a refused signup leaves no account, an accepted one has it
(also when the outage met its commit: ``test_faults_commit``), the site serves again
afterwards, and ``ledger audit`` and ``audit verify`` are clean.

Outage length: ``BOUNTYBOARD_FAULT_DOWN_SECONDS`` (default 5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bountyboard.testing.pgcluster import PgCluster
from bountyboard.testing.served_site import site_served
from bountyboard.testing.site_client import http_call, site_command

pytestmark = [pytest.mark.faults]

DOWN_SECONDS = float(os.environ.get("BOUNTYBOARD_FAULT_DOWN_SECONDS", "5"))


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[PgCluster, str, dict[str, str]]]:
    with PgCluster(durable=True) as cluster:  # a confirmed commit must survive the crash, as in production
        with site_served(database_url=cluster.database_url, var_dir=tmp_path) as (base, env):
            yield cluster, base, env


def test_a_postgresql_restart_under_load_answers_json_and_loses_nothing(site) -> None:
    cluster, base, env = site
    answers: list[tuple[str, int, dict[str, str], bytes, str | None]] = []
    lock = threading.Lock()
    stop = threading.Event()

    def client(n: int) -> None:
        i = 0
        while not stop.is_set():
            i += 1
            username = f"load{n}x{i}"
            if i % 2:
                status, headers, body = http_call("GET", f"{base}/api/v1/bounties")
                signed_up = None
            else:
                status, headers, body = http_call("POST", f"{base}/api/v1/auth/signup", {
                    "username": username, "email": f"{username}@example.org",
                    "password": "a long passphrase 42", "adult": True}, client=f"10.{n}.{i // 250}.{i % 250 + 1}")
                signed_up = username
            with lock:
                answers.append(("api", status, headers, body, signed_up))

    # Warm the server (the guard's models load on the first signup) so the load runs before the outage.
    status, _, body = http_call("POST", f"{base}/api/v1/auth/signup", {
        "username": "warmup", "email": "warmup@example.org", "password": "a long passphrase 42", "adult": True},
        client="10.9.9.9")
    assert status == 202, body
    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    cluster.restart(down_seconds=DOWN_SECONDS)
    time.sleep(5)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)

    statuses = [status for _, status, *_ in answers]
    assert 503 in statuses, "the restart was not seen: make the outage longer"
    assert 500 not in statuses
    for _, status, headers, body, _ in answers:
        parsed = json.loads(body)  # every answer is JSON, errors included
        if status >= 400:
            assert set(parsed) >= {"code", "message"}, parsed
        if status == 503:
            assert int(headers["Retry-After"]) > 0
    # A signup that answered an error left no account (read from the site's database; the API's
    # answer to a second signup would not say, by design). A signup whose commit was on the wire
    # when the server went down answers what PostgreSQL says happened to it (config.commit_outcome);
    # one that could not learn it in time says so, and may have an account.
    refused = [name for _, status, _, body, name in answers
               if name and status >= 400 and json.loads(body)["code"] != "commit_outcome_unknown"]
    accepted = [name for _, status, _, _, name in answers if name and status == 202]
    assert refused and accepted, [(status, body[:100]) for _, status, _, body, name in answers if name][:12]
    assert not [name for _, status, _, _, name in answers if name and status == 429]  # each from its own address
    found = subprocess.run([sys.executable, "-m", "bountyboard.testing.site_state", ",".join(refused + accepted)],
                           env=env, capture_output=True, text=True, timeout=120, check=False)
    assert found.returncode == 0, found.stderr[-3000:]
    assert json.loads(found.stdout.strip().splitlines()[-1])["users_found"] == sorted(accepted)
    # The site serves again, and the books and the audit chain are intact.
    status, _, _ = http_call("GET", f"{base}/readyz")
    assert status == 200
    for check in (("ledger", "audit"), ("audit", "verify")):
        result = site_command(env, *check)
        assert result.returncode == 0, result.stdout + result.stderr
