"""bounties selectors."""
