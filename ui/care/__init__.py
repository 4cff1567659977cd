"""The care engine's settings: the PM's calendar, the company's days off, each rule's
defaults (Settings) and a project's own rule settings (the passport's *Care rules* tab)."""
