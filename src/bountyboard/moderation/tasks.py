"""moderation tasks."""
