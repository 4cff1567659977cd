"""The project's registers — change requests, red flags, problems, decisions, Q&A — as a
passport tab whose actions take effect at once (not part of the passport's Save)."""
