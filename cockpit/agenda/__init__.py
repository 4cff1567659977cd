"""Agenda templates: Jinja2 rendered against a project's open items (sandboxed)."""
