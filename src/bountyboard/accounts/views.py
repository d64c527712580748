"""accounts views."""
