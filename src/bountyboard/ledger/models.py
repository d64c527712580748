"""ledger models."""
