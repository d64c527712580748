"""ledger views."""
