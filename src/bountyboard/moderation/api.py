"""moderation api."""
