"""ledger tasks."""
