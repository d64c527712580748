"""bounties tasks."""
