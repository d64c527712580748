"""The process-wide guard engine, built once (models load once per process) and shared by threads.

The engine matches against stores other apps own (likeness: the protected-person registry;
moderation: the hash banks). Screening sits below those apps and never imports them: each registers
its store here from its ``AppConfig.ready`` with ``screening_store_register``, and building the
engine without one fails with ``ImproperlyConfigured`` (so every scan fails closed to review).

Also the JSON round trip of signals, so parts scanned separately (a bounty's text and each of its
reference images) can be pooled later and decided once with ``Guard.decide``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from bountyboard.guard.config import GuardConfig
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.store.interfaces import BankStore, RegistryStore
from bountyboard.guard.text.likeness_context import shipped_likeness_context_model

if TYPE_CHECKING:
    from bountyboard.guard.engine import Guard

_guard: Guard | None = None
_guard_lock = threading.Lock()
_registry_store: RegistryStore | None = None
_bank_store: BankStore | None = None
_request_likeness = True  # the operator's ``text.likeness_context``, read when the engine is built


def screening_store_register(*, registry: RegistryStore | None = None, banks: BankStore | None = None) -> None:
    """Give the site's guard engine its stores; call from ``AppConfig.ready`` of the app that owns them.

    ``registry``: the protected-person registry (likeness); ``banks``: the hash banks (moderation).
    Register before the first scan: an engine already built keeps the stores it was built with.
    """
    global _registry_store, _bank_store
    if registry is not None:
        _registry_store = registry
    if banks is not None:
        _bank_store = banks


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

    registry, banks = _registry_store, _bank_store
    if registry is None or banks is None:
        # Never scan without a store: a match it would have found must not pass as clean.
        missing = [name for name, store in (("registry", registry), ("banks", banks)) if store is None]
        raise ImproperlyConfigured(
            f"The guard engine has no {' and no '.join(missing)} store: the apps that own them "
            "(bountyboard.likeness, bountyboard.moderation) must be installed and register them "
            "with screening_store_register in their AppConfig.ready."
        )
    store_dir = Path(settings.GUARD_STORE_DIR)
    store_dir.mkdir(parents=True, exist_ok=True)
    config = GuardConfig.load(settings.GUARD_CONFIG_FILE)
    global _request_likeness
    _request_likeness = config.text.likeness_context
    if _request_likeness:  # loaded (and its digest checked) with the engine, not inside a verdict's transaction
        shipped_likeness_context_model()
    # No text scan of the site reads the learned likeness score (decision 0053): it was trained on requests and
    # prompts, not on entries, comments or metadata, and a part's own review would override the consent flow its
    # bounty's reference photos start. A bounty's whole request is read once, pooled with every part
    # (``screening_request_likeness_signals``).
    config = replace(config, text=replace(config.text, likeness_context=False))
    # The web process matches against the site's own registry and hash banks (likeness and
    # moderation tables), so a registration or takedown applies at once; index files live in
    # GUARD_STORE_DIR. ``Guard.open(store_dir)`` is the same engine over a standalone store.
    return Guard(registry=registry, banks=banks, config=config, index_dir=store_dir / "index")


def screening_request_likeness_signals(text: str) -> list[Signal]:
    """The learned reading of a bounty's whole request (decision 0053), to pool with its parts' signals: what no
    rule found may still read like a request for a real person's likeness. No signal when the operator turned
    ``text.likeness_context`` off, or when the text is too short to read."""
    guard = guard_engine()  # builds the engine first, which reads the operator's setting
    return guard.request_likeness_signals(text) if _request_likeness else []


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
