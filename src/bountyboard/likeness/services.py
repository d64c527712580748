"""likeness services."""
