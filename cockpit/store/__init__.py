"""Persistence: SQLAlchemy models, engine, schema version, migrations and backups."""
