"""Matchers: the stores' hashes and faces kept in indexes, refreshed in place as the stores change.

``mirror`` keeps an index at its store's revision (change-log replay, diff, rebuild, persistence);
``hashes`` matches images against hash banks; ``faces`` matches face embeddings against the
likeness registry.
"""

from bountyboard.guard.index.matchers.faces import FaceMatch, FaceMatcher
from bountyboard.guard.index.matchers.hashes import HashMatch, HashMatcher
from bountyboard.guard.index.matchers.mirror import SAVE_EVERY

__all__ = ["SAVE_EVERY", "FaceMatch", "FaceMatcher", "HashMatch", "HashMatcher"]
