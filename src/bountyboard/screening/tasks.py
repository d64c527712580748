"""screening tasks."""
