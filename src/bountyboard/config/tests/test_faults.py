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
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bountyboard.testing.network import free_port, wait_for_port
from bountyboard.testing.pgcluster import PgCluster

pytestmark = [pytest.mark.faults]

DOWN_SECONDS = float(os.environ.get("BOUNTYBOARD_FAULT_DOWN_SECONDS", "5"))
BIN = Path(sys.executable).parent


def _command(name: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "bountyboard"), name, *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def _request(method: str, url: str, body: dict[str, Any] | None = None, *, client: str = ""
             ) -> tuple[int, dict[str, str], bytes]:
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"}
    if client:  # the address a trusted proxy (here, the test) says the request came from
        headers["X-Forwarded-For"] = client
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[PgCluster, str, dict[str, str]]]:
    with PgCluster(durable=True) as cluster:  # a confirmed commit must survive the crash, as in production
        env = {
            **os.environ, "DATABASE_URL": cluster.database_url, "BOUNTYBOARD_VAR_DIR": str(tmp_path),
            "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production", "PYTHONUNBUFFERED": "1",
            # Each simulated member signs up from its own address, as behind a proxy: the hourly
            # signup budget is per address, and the test needs signups to reach the outage.
            "BOUNTYBOARD_TRUSTED_PROXIES": "127.0.0.1",
        }
        env.pop("CELERY_BROKER_URL", None)
        migrated = _command("migrate", "--noinput", env=env)
        assert migrated.returncode == 0, migrated.stderr
        port = free_port()
        log = (tmp_path / "serve.log").open("wb")
        server = subprocess.Popen([str(BIN / "bountyboard"), "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            assert wait_for_port(port, timeout=180), (tmp_path / "serve.log").read_text()
            yield cluster, f"http://127.0.0.1:{port}", env
        finally:
            server.terminate()
            server.wait(timeout=30)


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
                status, headers, body = _request("GET", f"{base}/api/v1/bounties")
                signed_up = None
            else:
                status, headers, body = _request("POST", f"{base}/api/v1/auth/signup", {
                    "username": username, "email": f"{username}@example.org",
                    "password": "a long passphrase 42", "adult": True}, client=f"10.{n}.{i // 250}.{i % 250 + 1}")
                signed_up = username
            with lock:
                answers.append(("api", status, headers, body, signed_up))

    # Warm the server (the guard's models load on the first signup) so the load runs before the outage.
    status, _, body = _request("POST", f"{base}/api/v1/auth/signup", {
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
    status, _, _ = _request("GET", f"{base}/readyz")
    assert status == 200
    for check in (("ledger", "audit"), ("audit", "verify")):
        result = _command(*check, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
