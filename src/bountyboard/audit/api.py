"""audit api."""
