"""audit services."""
