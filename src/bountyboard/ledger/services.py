"""ledger services."""
