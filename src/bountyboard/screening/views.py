"""screening views."""
