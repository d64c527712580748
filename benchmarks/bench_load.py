"""Load over the reference topology (``make up``): 30 concurrent clients against both web processes.

    python -m benchmarks load [--clients 30] [--seconds 60] [--bounties 2000] [--dir DIR]

Starts the topology (``bountyboard.testing.topology``: a throwaway PostgreSQL cluster, redis-server,
two ``bountyboard serve`` on 127.0.0.1:8001/8002, two Celery workers, beat), seeds it through the
services (members with verified e-mail and granted credits; bounties with a drawn reference image,
scanned by the real guard and published; contributions, each a ledger transaction), then runs the
same request mix twice, measured in the same run:

- baseline: 1 client;
- load: ``--clients`` clients (threads, one keep-alive connection per client and web process,
  round-robin over :8001 and :8002).

Request kinds: ``browse`` (the browse page ``/bounties/`` and ``GET /api/v1/bounties`` at a random
offset), ``detail`` (the bounty page and ``GET /api/v1/bounties/{id}``), ``contribution`` (an
authenticated ``POST /api/v1/bounties/{id}/contributions``, or ``.../contributions/mine/raise`` on a
bounty the client already backs: credits added to a bounty either way). Prints requests per second,
p50/p95/p99 per kind, every non-2xx answer by kind, status and code (5xx counted apart), the
machine's load average, and the load/baseline ratios. Then ``bountyboard ledger audit`` and
``bountyboard audit verify`` run against the topology's database; the benchmark fails if either is
not clean, or if any 5xx was answered. The topology is torn down at the end, on error too.

Not in the default ``python -m benchmarks`` run (it needs PostgreSQL, Redis and ports 8001/8002).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("browse", "detail", "contribution")
MIX = ("browse", "detail", "browse", "detail", "contribution")  # each client cycles through it
SEED_PARTS = 2  # seeding processes (the image scans dominate; one per core)


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of unsorted samples: the smallest sample with at least
    q% of the samples at or below it. 0.0 for no samples."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100), at least the first sample
    return ordered[int(min(rank, len(ordered))) - 1]


@dataclass
class KindStats:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    refusals: Counter[tuple[int, str]] = field(default_factory=Counter)  # (status, code) of non-2xx answers

    def add(self, status: int, millis: float, code: str = "") -> None:
        self.latencies_ms.append(millis)
        self.statuses[status] += 1
        if not 200 <= status < 300:
            self.refusals[(status, code)] += 1

    def merge(self, other: KindStats) -> None:
        self.latencies_ms += other.latencies_ms
        self.statuses.update(other.statuses)
        self.refusals.update(other.refusals)

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500 or status == 0)


@dataclass
class RunResult:
    clients: int
    seconds: float
    kinds: dict[str, KindStats]

    def rate(self, kind: str) -> float:
        return len(self.kinds[kind].latencies_ms) / self.seconds if self.seconds else 0.0

    def total_rate(self) -> float:
        return sum(self.rate(kind) for kind in KINDS)


class Client:
    """One simulated member: keep-alive connections to each web process, used round-robin."""

    def __init__(self, *, ports: list[int], token: str, bounty_ids: list[int], rng: random.Random,
                 backed: set[int] | None = None) -> None:
        self.ports, self.token, self.bounty_ids, self.rng = ports, token, bounty_ids, rng
        self.connections: dict[int, http.client.HTTPConnection] = {}
        self.turn = 0
        self.backed: set[int] = set() if backed is None else backed  # bounties this member already backs
        self.kinds = {kind: KindStats() for kind in KINDS}

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, str]:
        port = self.ports[self.turn % len(self.ports)]
        self.turn += 1
        headers = {"Authorization": f"Bearer {self.token}"} if method == "POST" else {}
        data = None
        if body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        for attempt in (1, 2):  # a keep-alive connection the server closed is reopened once
            connection = self.connections.get(port) or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            self.connections[port] = connection
            try:
                connection.request(method, path, body=data, headers=headers)
                response = connection.getresponse()
                raw = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    del self.connections[port]
                return response.status, _error_code(response.status, raw)
            except (http.client.HTTPException, OSError) as error:
                connection.close()
                self.connections.pop(port, None)
                if attempt == 2:
                    return 0, type(error).__name__
        return 0, "unreachable"

    def step(self, kind: str) -> None:
        bounty_id = self.rng.choice(self.bounty_ids)
        if kind == "browse":
            if self.rng.random() < 0.5:
                path = "/bounties/"
            else:
                path = f"/api/v1/bounties?limit=20&offset={self.rng.randrange(0, max(1, len(self.bounty_ids) - 20))}"
            method, body = "GET", None
        elif kind == "detail":
            path = f"/bounties/{bounty_id}/" if self.rng.random() < 0.5 else f"/api/v1/bounties/{bounty_id}"
            method, body = "GET", None
        else:
            suffix = "/contributions/mine/raise" if bounty_id in self.backed else "/contributions"
            path, method, body = f"/api/v1/bounties/{bounty_id}{suffix}", "POST", {"amount": self.rng.randrange(1, 20)}
        started = time.perf_counter()
        status, code = self._request(method, path, body)
        self.kinds[kind].add(status, (time.perf_counter() - started) * 1000, code)
        if kind == "contribution" and (status == 201 or code == "already_benefactor"):
            self.backed.add(bounty_id)

    def close(self) -> None:
        for connection in self.connections.values():
            connection.close()


def _error_code(status: int, raw: bytes) -> str:
    if 200 <= status < 300:
        return ""
    try:
        return str(json.loads(raw).get("code", ""))
    except (ValueError, AttributeError):
        return "not_json"


def load_run(*, ports: list[int], tokens: list[str], bounty_ids: list[int], clients: int, seconds: float,
             seed: int = 7, backed: dict[str, set[int]] | None = None) -> RunResult:
    """``clients`` threads, each with its own member token (``clients <= len(tokens)`` in the
    benchmark), running ``MIX`` for ``seconds``. ``backed`` (token -> bounty ids) carries what each
    member backs from one run to the next, so a member raises its stake instead of being refused."""
    stop = threading.Event()
    backed = {} if backed is None else backed
    workers = [Client(ports=ports, token=tokens[n % len(tokens)], bounty_ids=bounty_ids,
                      rng=random.Random(seed * 1000 + n), backed=backed.setdefault(tokens[n % len(tokens)], set()))
               for n in range(clients)]

    def loop(client: Client, offset: int) -> None:
        i = offset
        while not stop.is_set():
            client.step(MIX[i % len(MIX)])
            i += 1
        client.close()

    threads = [threading.Thread(target=loop, args=(client, n)) for n, client in enumerate(workers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=300)
    elapsed = time.perf_counter() - started
    merged = {kind: KindStats() for kind in KINDS}
    for client in workers:
        for kind in KINDS:
            merged[kind].merge(client.kinds[kind])
    return RunResult(clients=clients, seconds=elapsed, kinds=merged)


def report_lines(result: RunResult, baseline: RunResult | None = None) -> list[str]:
    lines = []
    for kind in KINDS:
        stats = result.kinds[kind]
        p50, p95, p99 = (percentile(stats.latencies_ms, q) for q in (50, 95, 99))
        line = (f"  {kind:<12} {result.rate(kind):7.1f} req/s  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
                f"p99 {p99:7.1f} ms  ({len(stats.latencies_ms)} requests, 5xx/no answer: {stats.server_errors})")
        if baseline is not None and baseline.kinds[kind].latencies_ms:
            base = baseline.kinds[kind]
            line += (f"  x{result.rate(kind) / max(baseline.rate(kind), 1e-9):.1f} rate, "
                     f"x{p95 / max(percentile(base.latencies_ms, 95), 1e-9):.1f} p95 vs 1 client")
        lines.append(line)
        for (status, code), n in sorted(stats.refusals.items()):
            lines.append(f"      non-2xx: {n} x HTTP {status} {code or '(no code)'}")
    return lines


# --- seeding (a child process per part, Django configured for the topology's database) -----------

def seed_part(*, part: int, parts: int, bounties: int, clients: int, prefix: str) -> dict[str, Any]:
    import datetime as dt

    import django

    django.setup()
    from django.utils import timezone

    from bountyboard.accounts import services as account_services
    from bountyboard.bounties import services as bounty_services
    from bountyboard.ledger import services as ledger_services
    from bountyboard.web import demo_art

    rng = random.Random(part)

    def member(name: str, credits: int) -> Any:
        user = account_services.user_signup(username=name, email=f"{name}@example.invalid",
                                            password="lantern-cobalt-meadow-41", adult=True)
        user = account_services.email_verify(token=account_services.email_verification_token(user=user))
        ledger_services.credits_grant(admin_or_none=None, user=user, amount=credits,
                                      idempotency_key=f"bench-load:{name}", memo="load benchmark credits")
        return user

    mine = range(part, bounties, parts)
    posters = [member(f"{prefix}poster{part}x{n}", 10_000_000) for n in range(max(1, len(mine) // 100 + 1))]
    backers = [member(f"{prefix}backer{part}x{n}", 10_000_000) for n in range(10)]
    drawings = sorted(demo_art.DRAWINGS)
    words = "fox castle lighthouse forest city robot dragon watercolour neon desert ocean pixel".split()
    opened: list[int] = []
    for k, i in enumerate(mine):
        poster = posters[k // 100]  # at most 100 images per poster: under the hourly upload budget
        a, b = rng.sample(words, 2)
        bounty = bounty_services.bounty_create(
            poster=poster, title=f"{a.title()} {b} LoRA #{i}", type="lora", base_model="SDXL 1.0",
            description=f"A style LoRA for {a} and {b} scenes, soft light, flat colour. Reference #{i}.",
            tags=[a, b], prize=rng.randrange(100, 5000), expires_at=timezone.now() + dt.timedelta(days=30),
            rights_statement="Drawn procedurally for the load benchmark; no real person is depicted.",
        )
        drawing = drawings[i % len(drawings)]
        bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=demo_art.DRAWINGS[drawing](i),
                                         filename=f"{drawing}-{i}.png")
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        for backer in rng.sample(backers, rng.randrange(0, 4)):
            bounty_services.bounty_contribute(benefactor=backer, bounty_id=bounty.pk, amount=rng.randrange(1, 200))
        opened.append(bounty.pk)
    tokens = []
    if part == 0:
        for n in range(clients):
            user = member(f"{prefix}client{n}", 10_000_000)
            tokens.append(account_services.api_token_create(user=user, name="load")[1])
    return {"bounties": opened, "tokens": tokens}


def _seed(env: dict[str, str], *, bounties: int, clients: int, workdir: Path) -> tuple[list[int], list[str]]:
    # No broker in the seeders: scans run in-process right after each commit (the same services and
    # guard as the workers), so the seed is finished and published when they exit.
    seed_env = {k: v for k, v in env.items() if k != "CELERY_BROKER_URL"}
    children = []
    for part in range(SEED_PARTS):
        out = workdir / f"seed-{part}.json"
        command = [sys.executable, "-m", "benchmarks.bench_load", "seed", "--part", str(part), "--parts",
                   str(SEED_PARTS), "--bounties", str(bounties), "--clients", str(clients), "--out", str(out)]
        children.append((subprocess.Popen(command, env=seed_env, stdout=(workdir / f"seed-{part}.log").open("w"),
                                          stderr=subprocess.STDOUT), out, part))
    ids: list[int] = []
    tokens: list[str] = []
    for child, out, part in children:
        if child.wait() != 0:
            raise SystemExit(f"seeding part {part} failed; see {workdir}/seed-{part}.log")
        data = json.loads(out.read_text())
        ids += data["bounties"]
        tokens += data["tokens"]
    return sorted(ids), tokens


def _site_command(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    from bountyboard.testing.site_client import site_command

    return site_command(env, *args)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load")
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--baseline-seconds", type=float, default=20.0)
    parser.add_argument("--bounties", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=None, help="topology directory (default: a temporary one)")
    args = parser.parse_args(argv)

    from bountyboard.testing.topology import WEB_PORTS, topology_down, topology_environment, topology_up

    root = (args.dir or Path(tempfile.mkdtemp(prefix="bb-load-"))).resolve()
    for name in ("DATABASE_URL", "CELERY_BROKER_URL", "REDIS_CACHE_URL"):
        os.environ.pop(name, None)
    try:
        started = time.perf_counter()
        state = topology_up(root)
        env = topology_environment(root, state)
        print(f"topology up in {time.perf_counter() - started:.0f} s ({root})", flush=True)
        started = time.perf_counter()
        ids, tokens = _seed(env, bounties=args.bounties, clients=args.clients, workdir=root)
        print(f"seeded {len(ids)} published bounties (image + text scanned, contributions) and "
              f"{len(tokens)} client members in {time.perf_counter() - started:.0f} s", flush=True)
        ports = list(WEB_PORTS)
        backed: dict[str, set[int]] = {}
        load_run(ports=ports, tokens=tokens, bounty_ids=ids, clients=2, seconds=5, backed=backed)  # warm both
        baseline = load_run(ports=ports, tokens=tokens, bounty_ids=ids, clients=1, seconds=args.baseline_seconds,
                            backed=backed)
        load_before = os.getloadavg()
        result = load_run(ports=ports, tokens=tokens, bounty_ids=ids, clients=args.clients, seconds=args.seconds,
                          seed=11, backed=backed)
        load_after = os.getloadavg()
        print(f"\nbaseline: 1 client, {baseline.seconds:.0f} s, {baseline.total_rate():.1f} req/s in all")
        print("\n".join(report_lines(baseline)))
        print(f"\nload: {args.clients} clients, {result.seconds:.0f} s, {result.total_rate():.1f} req/s in all "
              f"(x{result.total_rate() / max(baseline.total_rate(), 1e-9):.1f} the 1-client rate)")
        print("\n".join(report_lines(result, baseline)))
        print(f"\nload average (1/5/15 min) before the load: {load_before[0]:.2f} {load_before[1]:.2f} "
              f"{load_before[2]:.2f}; after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} "
              f"on {os.cpu_count()} cores (clients, servers, workers and PostgreSQL share them)")
        server_errors = sum(r.kinds[k].server_errors for r in (baseline, result) for k in KINDS)
        print(f"5xx or no answer: {server_errors}")
        failures = []
        for check in (("ledger", "audit"), ("audit", "verify")):
            done = _site_command(env, *check)
            clean = done.returncode == 0
            print(f"bountyboard {' '.join(check)}: {'clean' if clean else 'NOT CLEAN'}: "
                  f"{(done.stdout + done.stderr).strip().splitlines()[-1:]}")
            if not clean:
                failures.append(" ".join(check))
        if server_errors:
            failures.append(f"{server_errors} server errors")
        if failures:
            raise SystemExit(f"load benchmark failed: {', '.join(failures)}")
    finally:
        topology_down(root)


def _seed_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_load seed")
    parser.add_argument("--part", type=int, required=True)
    parser.add_argument("--parts", type=int, required=True)
    parser.add_argument("--bounties", type=int, required=True)
    parser.add_argument("--clients", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--prefix", default="load")
    args = parser.parse_args(argv)
    data = seed_part(part=args.part, parts=args.parts, bounties=args.bounties, clients=args.clients,
                     prefix=args.prefix)
    args.out.write_text(json.dumps(data))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["seed"]:
        raise SystemExit(_seed_main(sys.argv[2:]))
    main(sys.argv[1:])
