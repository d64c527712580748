"""screening selectors."""
