"""screening api."""
