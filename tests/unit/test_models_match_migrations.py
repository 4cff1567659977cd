"""The ORM models and the Alembic revisions describe the same schema (``alembic check``)."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, MetaData, String

from cockpit.store import migrate
from cockpit.store.models import Base
from cockpit.store.store import Store


def test_alembic_check_finds_nothing_to_generate(store: Store) -> None:
    command.check(migrate.alembic_config(store.engine))  # raises on any difference


def test_the_same_comparison_sees_a_column_missing_from_the_migrations(store: Store) -> None:
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["link"].append_column(Column("forgotten_in_a_migration", String(10)))
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), changed)
    assert [d[0] for d in diffs] == ["add_column"]
    assert diffs[0][3].name == "forgotten_in_a_migration"
