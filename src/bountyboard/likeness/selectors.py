"""likeness selectors."""
