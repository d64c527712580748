"""Likeness service tests, one module per services module, on real photos, the real guard models
and a real database.

Background work (screening, re-scans) runs in-process after each commit, as in the embedded
deployment, so the tests that follow content through the guard use ``transaction=True``.
"""
