"""The load benchmark's own logic (not timed): percentiles, the tally of answers, and a client
against two small real HTTP servers standing in for the web processes."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from benchmarks.bench_load import KINDS, Client, KindStats, RunResult, load_run, percentile, report_lines


def test_percentile_is_nearest_rank():
    samples = [float(n) for n in range(100, 0, -1)]  # 100..1, unsorted on purpose
    assert (percentile(samples, 50), percentile(samples, 95), percentile(samples, 99)) == (50.0, 95.0, 99.0)
    assert percentile(samples, 100) == 100.0
    assert percentile([7.0], 99) == 7.0
    assert percentile([], 50) == 0.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0  # ceil(4 * 0.5) = the 2nd sample


def test_non_2xx_answers_are_tallied_with_their_code():
    stats = KindStats()
    stats.add(200, 1.0)
    stats.add(409, 2.0, "already_benefactor")
    stats.add(503, 3.0, "database_unavailable")
    stats.add(0, 4.0, "ConnectionResetError")
    assert stats.refusals == {(409, "already_benefactor"): 1, (503, "database_unavailable"): 1,
                              (0, "ConnectionResetError"): 1}
    assert stats.server_errors == 2  # 5xx and no answer at all


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like waitress
    seen: list[tuple[int, str, str, str]] = []
    backers: set[tuple[str, str]] = set()

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append((self.server.server_address[1], "GET", self.path, ""))
        self._answer(200, {"items": []})

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        token = self.headers.get("Authorization", "")
        self.seen.append((self.server.server_address[1], "POST", self.path, token))
        assert json.loads(body)["amount"] > 0
        key = (token, self.path.split("/contributions")[0])
        if self.path.endswith("/contributions"):
            if key in _Handler.backers:
                self._answer(409, {"code": "already_benefactor", "message": "already"})
            else:
                _Handler.backers.add(key)
                self._answer(201, {"id": 1})
        else:
            self._answer(200 if key in _Handler.backers else 404, {"code": "x", "message": "y"})

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def two_servers() -> Iterator[list[int]]:
    _Handler.seen, _Handler.backers = [], set()
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), _Handler) for _ in range(2)]
    threads = [threading.Thread(target=server.serve_forever, daemon=True) for server in servers]
    for thread in threads:
        thread.start()
    yield [server.server_address[1] for server in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_client_alternates_web_processes_and_raises_a_stake_it_holds(two_servers):
    client = Client(ports=two_servers, token="t1", bounty_ids=[5], rng=random.Random(1))
    for kind in ("browse", "detail", "contribution", "contribution", "contribution"):
        client.step(kind)
    client.close()
    ports = [port for port, *_ in _Handler.seen]
    assert ports == [two_servers[n % 2] for n in range(5)]  # round-robin over both
    posts = [(path, token) for _, method, path, token in _Handler.seen if method == "POST"]
    assert posts == [("/api/v1/bounties/5/contributions", "Bearer t1"),
                     ("/api/v1/bounties/5/contributions/mine/raise", "Bearer t1"),
                     ("/api/v1/bounties/5/contributions/mine/raise", "Bearer t1")]
    assert client.kinds["contribution"].statuses == {201: 1, 200: 2}
    assert all(path.startswith(("/bounties/", "/api/v1/bounties")) for _, method, path, _ in _Handler.seen
               if method == "GET")


def test_a_run_counts_every_request_and_reports_each_kind(two_servers):
    result = load_run(ports=two_servers, tokens=["a", "b"], bounty_ids=[1, 2, 3], clients=3, seconds=0.5)
    assert isinstance(result, RunResult)
    counted = sum(len(result.kinds[kind].latencies_ms) for kind in KINDS)
    assert counted == len(_Handler.seen) > 0
    assert result.kinds["contribution"].server_errors == 0
    lines = report_lines(result, result)
    assert [line.split()[0] for line in lines if not line.startswith("      ")] == list(KINDS)


def test_what_members_back_carries_over_so_a_second_run_raises_instead_of_being_refused(two_servers):
    backed: dict[str, set[int]] = {}
    runs = [load_run(ports=two_servers, tokens=["a", "b"], bounty_ids=[1, 2], clients=2, seconds=0.4, backed=backed)
            for _ in range(2)]
    assert backed["a"] and backed["b"]
    assert [run.kinds["contribution"].refusals for run in runs] == [{}, {}]
