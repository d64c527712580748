"""bounties views."""
