"""likeness models."""
