"""ledger selectors."""
