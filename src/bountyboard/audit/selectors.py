"""audit selectors."""
