"""ledger api."""
