"""bounties services."""
