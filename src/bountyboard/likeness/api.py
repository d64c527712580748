"""likeness api."""
