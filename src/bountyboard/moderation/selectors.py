"""moderation selectors."""
