"""accounts models."""
