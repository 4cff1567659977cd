"""Follow-ups and reports: compose windows, message lists, templates."""
