"""Moderation services (one test module per services module) over the real stack: SQLite
(PostgreSQL for the ``postgres`` marks), the real ledger and audit log, real PNG/JPEG files and real
PDQ hashes."""
