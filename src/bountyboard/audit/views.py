"""audit views."""
