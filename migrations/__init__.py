"""Alembic migration scripts (shipped as package data so installed builds can migrate)."""
