"""likeness views."""
