"""Faults on the reference topology (``make up``: PostgreSQL, Redis, two web processes, two Celery
workers, beat), as ``make test-faults`` runs it, with the product's own settings (reconciler period,
re-send delay, visibility timeout). Members publish bounties through both web processes while:

- Redis is stopped for ``BOUNTYBOARD_FAULT_REDIS_SECONDS`` (default 30) and comes back empty;
- a worker is killed with SIGKILL in the middle of scans (it is not restarted);
- PostgreSQL is restarted (``BOUNTYBOARD_FAULT_DOWN_SECONDS``, default 5);
- and a moderator decides a takedown while 30 resized copies of the picture are being entered and
  scanned: no copy ends public.

Every answer during the fault is JSON (a 503 at worst, never a 500); a refused step leaves nothing
half-written (a bounty whose publish was refused is still a draft; every bounty in the database is
one the site confirmed creating); nothing unscanned is public at any moment; within two minutes of
the fault's end every scan is finished or ``failed`` and queued for moderators; ``ledger audit`` and
``audit verify`` are clean. One topology serves the module's tests, in order."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bountyboard.moderation.tests.conftest import TAKEDOWN_OK, jpeg, picture, png
from bountyboard.testing.services import RedisServer, wait_until
from bountyboard.testing.site_client import json_call, member_token, site_command
from bountyboard.testing.topology import (
    WEB_PORTS,
    topology_cluster,
    topology_down,
    topology_environment,
    topology_up,
)
from bountyboard.testing.uploads import landscape_png, safetensors_bytes

pytestmark = [pytest.mark.faults]

REDIS_DOWN_SECONDS = float(os.environ.get("BOUNTYBOARD_FAULT_REDIS_SECONDS", "30"))
PG_DOWN_SECONDS = float(os.environ.get("BOUNTYBOARD_FAULT_DOWN_SECONDS", "5"))
SETTLE_SECONDS = 120  # the promise: everything scanned or failed-and-queued two minutes after the fault
MEMBERS = 4
COPIES = 30
SAFE_TEXT = "A LoRA of a red fox in watercolour style, autumn forest, soft light."


@dataclass
class Site:
    root: Path
    state: dict[str, Any]
    env: dict[str, str]
    bases: list[str]
    tokens: list[str] = field(default_factory=list)
    created: int = 0  # bounties the site confirmed creating (201), over the module's tests


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with pytest.MonkeyPatch.context() as patch:
        for name in ("DATABASE_URL", "CELERY_BROKER_URL", "REDIS_CACHE_URL", "BOUNTYBOARD_SCREENING_RESEND_AFTER",
                     "CELERY_VISIBILITY_TIMEOUT", "BOUNTYBOARD_SCHEDULE_PERIOD"):
            patch.delenv(name, raising=False)  # the product's defaults, not shortened ones
        root = tmp_path_factory.mktemp("topology")
        try:
            state = topology_up(root)
            env = topology_environment(root, state)
            bases = [f"http://127.0.0.1:{port}" for port in WEB_PORTS]
            built = Site(root, state, env, bases)
            built.tokens = [member_token(base=bases[n % 2], mail_dir=root / "var" / "mail", env=env,
                                         username=f"publisher{n}", credits=1_000_000) for n in range(MEMBERS)]
            yield built
        finally:
            topology_down(root)


def _site_state(site: Site) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-m", "bountyboard.testing.site_state"], env=site.env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _logs(site: Site, *names: str) -> str:
    return "\n".join(f"--- {name}\n" + (site.root / f"{name}.log").read_text(errors="replace")[-2500:] for name in names)


def _database_log(site: Site) -> str:
    return "--- postgresql\n" + (Path(site.state["pg_root"]) / "server.log").read_text(errors="replace")[-2500:]


class Publishers:
    """``MEMBERS`` threads publishing bounties (create, reference image, publish) through both web
    processes until stopped, recording every answer, and a watcher reading the public list."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.answers: list[tuple[str, int, Any]] = []
        self.refused_publish: list[tuple[int, str]] = []
        self.public_unscanned: list[int] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._publish, args=(n,)) for n in range(MEMBERS)]
        self.threads.append(threading.Thread(target=self._watch))

    def _call(self, step: str, method: str, url: str, **kwargs: Any) -> tuple[int, Any]:
        try:
            status, body = json_call(method, url, **kwargs)
        except (urllib.error.URLError, OSError) as error:  # no answer at all: recorded, and fails the test
            status, body = 0, {"not_json": f"no answer: {error}"}
        with self.lock:
            self.answers.append((step, status, body))
        return status, body

    def _publish(self, n: int) -> None:
        base, token = self.site.bases[n % 2], self.site.tokens[n]
        i = 0
        while not self.stop.is_set():
            i += 1
            expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 7 * 86400))
            status, body = self._call("create", "POST", f"{base}/api/v1/bounties", token=token, body={
                "title": f"Fox {n}-{i}", "description": SAFE_TEXT, "type": "lora", "base_model": "SDXL",
                "prize": 500, "expires_at": expires, "rights_statement": "My own photos."})
            if status != 201:
                time.sleep(0.5)
                continue
            with self.lock:
                self.site.created += 1
            bounty_id = body["id"]
            status, _ = self._call("image", "POST", f"{base}/api/v1/bounties/{bounty_id}/images", token=token,
                                   multipart={"image": SimpleUploadedFile("ref.png", landscape_png(n * 1000 + i))})
            if status != 201:
                continue
            status, _ = self._call("publish", "POST", f"{base}/api/v1/bounties/{bounty_id}/publish", token=token)
            if status != 200:
                with self.lock:
                    self.refused_publish.append((bounty_id, token))
            time.sleep(0.5)  # a member's pace: the three tests stay under the hourly upload budgets

    def _watch(self) -> None:
        while not self.stop.is_set():
            self.check_public()
            time.sleep(0.5)

    def check_public(self) -> None:
        """Anyone's view of the list: every bounty shown must be open (its scans allowed it)."""
        try:
            status, body = json_call("GET", f"{self.site.bases[1]}/api/v1/bounties?limit=100")
        except (urllib.error.URLError, OSError):
            return
        if status == 200:
            with self.lock:
                self.public_unscanned += [item["id"] for item in body["items"] if item["status"] != "open"]

    def __enter__(self) -> Publishers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=180)


def _assert_answers_and_settled(site: Site, load: Publishers, *, fault_over: float) -> None:
    answers = load.answers
    assert [a for a in answers if a[1] == 201 and a[0] == "create"], f"nothing was created: {answers[-5:]}"
    not_json = [a for a in answers if "not_json" in a[2]]
    assert not_json == [], not_json[:5]
    server_errors = [a for a in answers if a[1] >= 500 and a[1] != 503]
    assert server_errors == [], server_errors[:5]
    assert all(set(body) >= {"code", "message"} for _, status, body in answers if status >= 400)
    # A refused publish left a draft: no escrow taken, nothing sent to scan.
    for bounty_id, token in load.refused_publish:
        status, body = json_call("GET", f"{site.bases[0]}/api/v1/bounties/{bounty_id}", token=token)
        assert (status, body.get("status")) == (200, "draft"), (bounty_id, status, body)

    last: dict[str, Any] = {}

    def settled() -> bool:
        load.check_public()
        last.update(_site_state(site))
        return not (last["pending"] or last["failed_unqueued"] or last["bounties_screening"]
                    or last["entries_screening"])

    settled_in_time = wait_until(settled, timeout=max(1.0, fault_over + SETTLE_SECONDS - time.monotonic()),
                                 interval=3)
    assert settled_in_time, (f"not settled {SETTLE_SECONDS} s after the fault: {last}\n"
                             + _logs(site, "scheduler", "worker-1", "worker-2"))
    print(f"settled {time.monotonic() - fault_over:.0f} s after the fault; screenings {last['counts']}; "
          f"{len(load.answers)} answers, {sum(1 for a in load.answers if a[1] == 503)} of them 503")
    assert last["public_unscanned"] == [] and load.public_unscanned == [], (last, load.public_unscanned)
    assert last["bounties"] == site.created, "a bounty exists that the site did not confirm creating"
    for check in (("ledger", "audit"), ("audit", "verify")):
        result = site_command(site.env, *check)
        assert result.returncode == 0, result.stdout + result.stderr


def test_redis_stopped_while_publishing_loses_nothing(site: Site) -> None:
    redis_port = int(site.state["broker_url"].rsplit(":", 1)[1].split("/")[0])
    with Publishers(site) as load:
        time.sleep(8)
        os.kill(int(site.state["redis_pid"]), signal.SIGTERM)  # gone, with every message it held
        time.sleep(REDIS_DOWN_SECONDS)
        redis = RedisServer().start(port=redis_port)  # back, empty
        # Recorded where `topology down` looks, so the teardown stops this redis-server too.
        site.state.update(redis_pid=redis.process.pid if redis.process else 0, redis_dir=str(redis.dir))
        on_disk = json.loads((site.root / "state.json").read_text())
        on_disk.update(redis_pid=site.state["redis_pid"], redis_dir=site.state["redis_dir"])
        (site.root / "state.json").write_text(json.dumps(on_disk, indent=2))
        (site.root / "redis.pid").write_text(str(site.state["redis_pid"]))
        fault_over = time.monotonic()
        time.sleep(5)
    assert any(status == 200 for step, status, _ in load.answers if step == "publish")
    _assert_answers_and_settled(site, load, fault_over=fault_over)


def _worker_children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(p) for p in found.stdout.split()]


def _scan_running(log: Path) -> bool:
    """The worker's log shows a scan received and not yet finished: it is scanning now."""
    received = re.findall(r"Task screening\.screening_run\[([0-9a-f-]+)\] received", log.read_text(errors="replace"))
    return bool(received) and f"[{received[-1]}] succeeded" not in log.read_text(errors="replace")


def test_a_worker_killed_mid_scan_loses_nothing(site: Site) -> None:
    worker = int(site.state["processes"]["worker-1"])
    retried_before = set(_site_state(site)["retried"])
    with Publishers(site) as load:
        assert wait_until(lambda: _scan_running(site.root / "worker-1.log"), timeout=90, interval=0.05), (
            _logs(site, "worker-1"))
        for pid in [*_worker_children(worker), worker]:  # kill -9: the pool's child mid-scan and its parent
            os.kill(pid, signal.SIGKILL)
        fault_over = time.monotonic()
        time.sleep(10)
    _assert_answers_and_settled(site, load, fault_over=fault_over)
    # The killed try was counted, and the scan was done again by the other worker.
    assert set(_site_state(site)["retried"]) - retried_before, _logs(site, "worker-1", "worker-2")


def test_a_postgresql_restart_while_publishing_loses_nothing(site: Site) -> None:
    with Publishers(site) as load:
        time.sleep(5)
        topology_cluster(site.state).restart(down_seconds=PG_DOWN_SECONDS)
        fault_over = time.monotonic()
        time.sleep(5)
    assert any(status == 503 for _, status, _ in load.answers), "the restart was not seen: make it longer"
    _assert_answers_and_settled(site, load, fault_over=fault_over)


def test_a_takedown_decided_during_30_in_flight_copies_leaves_none_public(site: Site) -> None:
    """Thirty resized copies of a picture are entered through both web processes (the workers scan
    them) while a moderator decides a takedown notice against the original, through the API."""
    moderator, poster, entrants = site.tokens[0], site.tokens[1], site.tokens[2:]
    granted = site_command(site.env, "users", "set-role", "publisher0", "moderator")
    assert granted.returncode == 0, granted.stderr
    base = site.bases[0]
    expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 7 * 86400))
    original = picture(40)

    def published(title: str, image: bytes, **extra: Any) -> tuple[int, int]:
        status, body = json_call("POST", f"{base}/api/v1/bounties", token=poster, body={
            "title": title, "description": SAFE_TEXT, "type": "lora", "base_model": "SDXL", "prize": 500,
            "expires_at": expires, "rights_statement": "My own photos.", **extra})
        assert status == 201, body
        status, added = json_call("POST", f"{base}/api/v1/bounties/{body['id']}/images", token=poster,
                                  multipart={"image": SimpleUploadedFile("ref.png", image)})
        assert status == 201, added
        status, done = json_call("POST", f"{base}/api/v1/bounties/{body['id']}/publish", token=poster)
        assert status == 200, done
        site.created += 1
        return int(body["id"]), int(added["screening_id"])  # a notice names an image by its screening

    funded, original_image = published("Lighthouse at dusk", png(original))
    host, _ = published("Lighthouse variations", png(picture(41)), entry_limit=COPIES)
    # Both public (scanned) first: a notice names content the public can see.
    assert wait_until(lambda: all(json_call("GET", f"{base}/api/v1/bounties/{pk}")[1].get("status") == "open"
                                  for pk in (funded, host)), timeout=SETTLE_SECONDS), _logs(site, "worker-2")
    status, notice = json_call("POST", f"{base}/api/v1/takedowns", body={
        **TAKEDOWN_OK, "locations": [f"image:{original_image}"]})
    assert status == 201, notice
    model = safetensors_bytes()
    answers: list[tuple[int, Any]] = []

    def enter(n: int) -> None:
        copy = jpeg(original.resize((512 - 6 * n, 384 - 4 * n)), quality=80 + n % 15)
        answers.append(json_call("POST", f"{site.bases[n % 2]}/api/v1/bounties/{host}/entries",
                                 token=entrants[n % len(entrants)], multipart={
                                     "description": f"A lighthouse, take {n}.",
                                     "images": [SimpleUploadedFile(f"copy{n}.jpg", copy)],
                                     "files": [SimpleUploadedFile("model.safetensors", model)]}))

    threads = [threading.Thread(target=enter, args=(n,)) for n in range(COPIES)]
    for thread in threads:
        thread.start()

    # Decide while the copies are in flight: a third of the entries are in, their scans queued or running.
    wait_until(lambda: len(answers) >= COPIES // 3, timeout=SETTLE_SECONDS, interval=0.05)
    status, queue = json_call("GET", f"{base}/api/v1/moderation/queue?kind=takedown", token=moderator)
    assert status == 200, queue
    notices = [i for i in queue["items"] if i["kind"] == "takedown"]
    assert len(notices) == 1, queue  # the only notice filed on this site
    item = notices[0]
    status, decided = json_call("POST", f"{base}/api/v1/moderation/queue/{item['id']}/decide", token=moderator,
                                body={"action": "remove", "ground": "law.take_it_down_act",
                                      "why": "The depicted person asked for removal; shared without consent."})
    fault_over = time.monotonic()
    assert status == 200, (decided, _logs(site, *(f"web-{port}" for port in WEB_PORTS)), _database_log(site))
    for thread in threads:
        thread.join(timeout=300)
    assert [a for a in answers if a[0] != 201] == [], answers[:3]
    assert len(answers) == COPIES

    last: dict[str, Any] = {}

    def settled() -> bool:
        last.update(_site_state(site))
        return not (last["pending"] or last["failed_unqueued"] or last["entries_screening"])

    assert wait_until(settled, timeout=max(1.0, fault_over + SETTLE_SECONDS - time.monotonic()), interval=3), last
    assert sum(last["entry_counts"].values()) == COPIES and "visible" not in last["entry_counts"], last
    status, public = json_call("GET", f"{base}/api/v1/bounties/{host}/entries")  # anyone's view: no copy
    assert (status, public) == (200, [])
    assert last["public_unscanned"] == []
    for check in (("ledger", "audit"), ("audit", "verify")):
        result = site_command(site.env, *check)
        assert result.returncode == 0, result.stdout + result.stderr
