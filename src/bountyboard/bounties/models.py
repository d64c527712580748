"""bounties models."""
