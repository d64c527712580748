"""The guard: Bountyboard's framework-free safety engine.

Scanners (text, image, model file) turn content into typed ``Signal``s; one ``Policy`` turns the
signals into a ``Verdict`` (decision, rating, machine-readable reasons). Hash banks, the face index
and the protected-person registry live behind the small interfaces in ``guard.store.interfaces``.
This package must never import Django or the web apps (an import-linter contract enforces it).
"""

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.verdict import Decision, Rating, Reason, Verdict

__all__ = ["Decision", "Rating", "Reason", "Signal", "SignalKind", "Verdict"]
