"""screening models."""
