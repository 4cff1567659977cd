"""Connectors that carry the outbox out and bring changes back (Outlook is the first)."""
