"""audit tasks."""
