"""moderation models."""
