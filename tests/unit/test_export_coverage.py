"""Every table of the store is in the JSON export or named as machine bookkeeping: a table a
later feature adds fails here until it joins the export (or says why it stays behind)."""

from __future__ import annotations

from sqlalchemy import JSON

from cockpit.services.export_tables import BOOKKEEPING, BY_NAME, EXPORTED, JSON_SHAPES
from cockpit.store.models import Base


def test_every_table_is_exported_or_named_as_bookkeeping() -> None:
    tables = set(Base.metadata.tables)
    exported = [spec.name for spec in EXPORTED]
    assert len(exported) == len(set(exported))
    assert not set(exported) & set(BOOKKEEPING)
    assert tables - set(exported) - set(BOOKKEEPING) == set(), "neither exported nor bookkeeping"
    assert set(exported) | set(BOOKKEEPING) <= tables, "a listed table no longer exists"
    assert all(reason.strip() for reason in BOOKKEEPING.values())


def test_parents_come_before_their_children() -> None:
    order = {spec.name: index for index, spec in enumerate(EXPORTED)}
    for spec in EXPORTED:
        assert len(spec.table.primary_key.columns) == 1, spec.name
        for fk in spec.table.foreign_keys:
            parent = fk.column.table.name
            assert parent in order, f"{spec.name} points at {parent}, which is not exported"
            assert order[parent] < order[spec.name], f"{spec.name} comes before {parent}"


def test_every_row_of_a_project_knows_its_project() -> None:
    """A table that hangs off a project says how, so an import can replace that project's
    records; the store-wide tables are merged only."""
    store_wide = {"person", "onboarding_template_step", "agenda_template", "message_template",
                  "mail_item", "company_setting"}
    for spec in EXPORTED:
        if spec.name in store_wide:
            assert spec.owner is None, spec.name
            continue
        assert spec.owner is not None, spec.name
        if len(spec.owner) == 2:
            column, parent = spec.owner
            assert column in spec.table.c and parent in BY_NAME
            assert BY_NAME[parent].owner is not None


def test_every_json_column_says_what_it_holds() -> None:
    json_columns = {(spec.name, c.name) for spec in EXPORTED for c in spec.table.columns
                    if isinstance(c.type, JSON)}
    assert json_columns == set(JSON_SHAPES)
