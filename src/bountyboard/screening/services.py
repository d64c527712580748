"""screening services."""
