"""likeness tasks."""
