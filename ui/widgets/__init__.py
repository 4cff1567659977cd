"""Shared widgets: tables over records, form fields, prompts, small indicators."""
