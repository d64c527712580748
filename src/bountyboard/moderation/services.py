"""moderation services."""
