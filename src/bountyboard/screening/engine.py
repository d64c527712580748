"""The process-wide guard engine, built once (models load once per process) and shared by threads.

Also the JSON round trip of signals, so parts scanned separately (a bounty's text and each of its
reference images) can be pooled later and decided once with ``Guard.decide``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings

from bountyboard.guard.config import GuardConfig
from bountyboard.guard.signals import Signal, SignalKind

if TYPE_CHECKING:
    from bountyboard.guard.engine import Guard

_guard: Guard | None = None
_guard_lock = threading.Lock()


def guard_engine() -> Guard:
    """The shared ``Guard`` over ``settings.GUARD_STORE_DIR``, created on first use."""
    global _guard
    if _guard is None:
        with _guard_lock:
            if _guard is None:  # another thread may have opened it while we waited
                _guard = _guard_build()
    return _guard


def _guard_build() -> Guard:
    # Imported here so Django starts (and pages render) without loading any model.
    from bountyboard.guard.engine import Guard
    from bountyboard.likeness.guard_store import DjangoRegistryStore
    from bountyboard.moderation.guard_banks import DjangoBankStore

    store_dir = Path(settings.GUARD_STORE_DIR)
    store_dir.mkdir(parents=True, exist_ok=True)
    config = GuardConfig.load(settings.GUARD_CONFIG_FILE)
    # The web process matches against the site's own registry and hash banks (likeness and
    # moderation tables), so a registration or takedown applies at once; index files live in
    # GUARD_STORE_DIR. ``Guard.open(store_dir)`` is the same engine over a standalone store.
    return Guard(registry=DjangoRegistryStore(), banks=DjangoBankStore(), config=config, index_dir=store_dir / "index")


def signal_from_json(raw: dict[str, Any]) -> Signal:
    """Inverse of ``Signal.to_json`` (scores come back rounded to 4 digits, which the policy tolerates)."""
    span = raw.get("span")
    box = raw.get("box")
    return Signal(
        kind=SignalKind(raw["kind"]),
        source=str(raw.get("source", "")),
        score=float(raw.get("score", 1.0)),
        text=raw.get("text"),
        span=(int(span[0]), int(span[1])) if span else None,
        box=(int(box[0]), int(box[1]), int(box[2]), int(box[3])) if box else None,
        label=raw.get("label"),
        person_id=raw.get("person_id"),
        detail=dict(raw.get("detail") or {}),
    )


def signals_from_json(rows: Iterable[dict[str, Any]]) -> list[Signal]:
    return [signal_from_json(row) for row in rows]
