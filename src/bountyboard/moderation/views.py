"""moderation views."""
