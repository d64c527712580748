"""bounties api."""
