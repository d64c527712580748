"""Likeness registration and the retroactive re-scan, on real photos and the real guard models.

In one fresh SQLite database (its own process), with a site of entries whose sample images are the
shared deepface photos, measures in the same run:

- baseline: the guard alone scanning every screened item again (texts, stored clean images,
  stored model files), with no database writes;
- the re-scan (``rescan_execute``) over the same rows: the guard's scans plus, per row, the
  transaction that moves the cursor, records matches, hides and queues them;
- registering a likeness with three photos (embedding, PDQ, rows, audit), re-scan excluded.

    python -m benchmarks likeness
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTRIES = 16


def backend_run() -> None:
    import django

    django.setup()
    import datetime as dt

    import numpy as np
    from conftest import shared_data_dir
    from django.core.files.storage import default_storage
    from django.core.management import call_command
    from django.utils import timezone
    from safetensors.numpy import save

    from bountyboard.bounties import services as bounty_services
    from bountyboard.ledger.services import credits_grant
    from bountyboard.likeness import services
    from bountyboard.likeness.models import RescanRun
    from bountyboard.screening.engine import guard_engine
    from bountyboard.screening.models import Screening
    from bountyboard.testing.factories import make_user

    call_command("migrate", verbosity=0)
    faces = shared_data_dir() / "faces" / "deepface"
    with (faces / "labels.csv").open(newline="") as handle:
        labelled = [row for row in csv.DictReader(handle) if row["n_faces"] == "1" and row["identity"]]
    hers = [faces / row["file"] for row in labelled if row["identity"] == "deepface_id00"]
    others = [faces / row["file"] for row in labelled if row["identity"] != "deepface_id00"]
    samples = [*hers[3:5], *others[: ENTRIES - 2]]

    poster = make_user("poster")
    credits_grant(admin_or_none=None, user=poster, amount=1000, idempotency_key="seed-poster")
    bounty = bounty_services.bounty_create(
        poster=poster, title="A knight in armour", description="fantasy art", type="lora", prize=100,
        expires_at=timezone.now() + dt.timedelta(days=7), rights_statement="mine",
    )
    dogs = (shared_data_dir() / "faces" / "negatives" / "dogs.jpg").read_bytes()
    bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=dogs, filename="dogs.jpg")
    bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    model = save({"w": np.zeros((4, 4), dtype=np.float32)}, metadata={"ss_network": "lora"})
    for n, sample in enumerate(samples):
        entrant = make_user(f"entrant{n}")
        bounty_services.entry_submit(
            entrant=entrant, bounty_id=bounty.pk, description=f"entry {n}",
            images=[(sample.name, sample.read_bytes())], files=[("model.safetensors", model)],
        )
    rows = list(Screening.objects.filter(status="done").order_by("pk"))

    guard = guard_engine()
    started = time.perf_counter()
    for row in rows:  # baseline: the guard's own work per row, nothing written
        if row.kind == "text":
            guard.scan_text(row.text)
        elif row.kind == "image" and row.stored_name:
            with default_storage.open(row.stored_name, "rb") as handle:
                guard.scan_image(handle.read())
        elif row.kind == "model" and row.stored_name:
            guard.scan_model(Path(default_storage.path(row.stored_name)))
    baseline = len(rows) / (time.perf_counter() - started)

    her = make_user("lea")
    photos = [services.ReferencePhoto(name=p.name, data=p.read_bytes()) for p in hers[:3]]
    real_start = services.rescan_start
    services.rescan_start = lambda **kwargs: None  # type: ignore[assignment]  # time registration alone
    started = time.perf_counter()
    likeness = services.likeness_register(actor=her, photos=photos, legal_name="Lea Moreau")
    register_ms = (time.perf_counter() - started) * 1000
    services.rescan_start = real_start  # type: ignore[assignment]

    run = RescanRun.objects.create(likeness=likeness, trigger="bench", total=len(rows))
    started = time.perf_counter()
    run = services.rescan_execute(run_id=run.pk)
    rescan = run.done / (time.perf_counter() - started)

    print(f"site: {len(rows)} screened items ({ENTRIES} entries: text, image, model file; a bounty: text, image)")
    print(f"baseline guard re-scan alone: {baseline:6.1f} items/s")
    print(f"rescan_execute:               {rescan:6.1f} items/s  (x{rescan / baseline:.2f} baseline); "
          f"{run.matched} matched (expected 2)")
    print(f"register with 3 photos:       {register_ms:6.0f} ms", flush=True)


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="bb-bench-likeness-") as var_dir:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{var_dir}/bench.sqlite3", "BOUNTYBOARD_VAR_DIR": var_dir,
               "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test", "BENCH_LIKENESS_CHILD": "1"}
        subprocess.run([sys.executable, "-m", "benchmarks.bench_likeness"], env=env, check=True,
                       cwd=Path(__file__).resolve().parent.parent)


if __name__ == "__main__":
    if os.environ.get("BENCH_LIKENESS_CHILD"):
        backend_run()
    else:
        run()
