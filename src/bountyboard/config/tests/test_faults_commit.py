"""Fault tests (``make test-faults``): the database connection breaks at a request's COMMIT, with a
real ``bountyboard serve`` on a real PostgreSQL cluster reached through a relay that breaks the
connection at the wire (``bountyboard.testing.pgrelay``). Whatever the site answers is true: a
commit that happened answers as it would have and sends its mail, one that did not answers 503 and
keeps nothing, and one nobody can learn in time says it may have been saved
(``bountyboard.config.commit_outcome``). The PostgreSQL-restart test met the first case at random: a
signup answered 503 "nothing was changed" whose account existed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bountyboard.testing.pgcluster import PgCluster
from bountyboard.testing.pgrelay import PgRelay
from bountyboard.testing.served_site import site_served
from bountyboard.testing.site_client import http_call

pytestmark = [pytest.mark.faults]

WAIT_SECONDS = 3  # BOUNTYBOARD_COMMIT_OUTCOME_WAIT for the served site: the "unknown" case waits it out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PgRelay, str, dict[str, str], Path]]:
    var_dir = tmp_path_factory.mktemp("commit-site")
    with PgCluster(durable=True) as cluster, PgRelay(upstream_port=cluster.port) as relay:
        # Through the relay, in clear: the relay reads the client's messages to find the COMMIT.
        database_url = cluster.database_url.replace(f":{cluster.port}/", f":{relay.port}/") + "?sslmode=disable"
        extra = {"BOUNTYBOARD_COMMIT_OUTCOME_WAIT": str(WAIT_SECONDS)}
        with site_served(database_url=database_url, var_dir=var_dir, extra_env=extra) as (base, env):
            # The guard's models load on the first signup; its mail shows the job threads work.
            assert _signup(base, "warmup")[0] == 202
            assert _mail_to(var_dir, "warmup@example.org", wait=60)
            yield relay, base, env, var_dir


def _signup(base: str, username: str) -> tuple[int, dict[str, str], dict[str, Any]]:
    status, headers, body = http_call("POST", f"{base}/api/v1/auth/signup", {
        "username": username, "email": f"{username}@example.org", "password": "a long passphrase 42",
        "adult": True}, client=f"10.7.{len(username)}.{sum(map(ord, username)) % 250 + 1}")
    return status, headers, json.loads(body)


def _users_found(env: dict[str, str], *usernames: str) -> list[str]:
    found = subprocess.run([sys.executable, "-m", "bountyboard.testing.site_state", ",".join(usernames)],
                           env=env, capture_output=True, text=True, timeout=120, check=False)
    assert found.returncode == 0, found.stderr[-3000:]
    users: list[str] = json.loads(found.stdout.strip().splitlines()[-1])["users_found"]
    return users


def _mail_to(var_dir: Path, address: str, *, wait: float) -> bool:
    """Whether a mail to ``address`` is in the file backend's folder, waiting up to ``wait`` s."""
    deadline = time.monotonic() + wait
    while True:
        mail_dir = var_dir / "mail"
        if mail_dir.is_dir() and any(f"To: {address}" in path.read_text(errors="replace")
                                     for path in mail_dir.iterdir()):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.5)


def test_a_commit_whose_answer_is_lost_answers_what_it_did_and_sends_its_mail(site) -> None:
    relay, base, env, var_dir = site
    broken = relay.commits_broken
    relay.commit_break_arm(marker=b"answerlost", answer_lost=True)
    status, _, body = _signup(base, "answerlost")
    assert relay.commits_broken == broken + 1  # the break happened, on this request's commit
    assert (status, body["code"]) == (202, "signup_received"), body
    assert _users_found(env, "answerlost") == ["answerlost"]
    assert _mail_to(var_dir, "answerlost@example.org", wait=30)  # the after-commit job Django dropped


def test_a_connection_lost_before_the_commit_answers_503_and_keeps_nothing(site) -> None:
    relay, base, env, var_dir = site
    broken = relay.commits_broken
    relay.commit_break_arm(marker=b"beforecommit", answer_lost=False)
    status, headers, body = _signup(base, "beforecommit")
    assert relay.commits_broken == broken + 1
    assert (status, body["code"]) == (503, "database_unavailable"), body
    assert int(headers["Retry-After"]) > 0
    assert _users_found(env, "beforecommit") == []
    assert not _mail_to(var_dir, "beforecommit@example.org", wait=3)
    # Trying again succeeds: the name was never taken.
    assert _signup(base, "beforecommit")[0] == 202


def test_a_commit_nobody_can_learn_in_time_says_it_may_have_been_saved_and_finishes_later(site) -> None:
    relay, base, env, var_dir = site
    broken = relay.commits_broken
    relay.commit_break_arm(marker=b"unknownoutcome", answer_lost=True, then_down=True)
    started = time.monotonic()
    status, headers, body = _signup(base, "unknownoutcome")
    waited = time.monotonic() - started
    assert relay.commits_broken == broken + 1
    assert (status, body["code"]) == (503, "commit_outcome_unknown"), body
    assert "cannot tell yet whether it was saved" in body["message"]
    assert int(headers["Retry-After"]) > 0
    assert waited >= WAIT_SECONDS  # it asked for as long as it was told to
    assert not _mail_to(var_dir, "unknownoutcome@example.org", wait=1)
    relay.closed = False  # the database is back: the commit had happened, and its mail goes now
    assert _users_found(env, "unknownoutcome") == ["unknownoutcome"]
    assert _mail_to(var_dir, "unknownoutcome@example.org", wait=30)
