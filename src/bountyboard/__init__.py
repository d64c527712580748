"""Bountyboard: a consent-first bounty board for generative-AI work."""

__version__ = "0.1.0"
