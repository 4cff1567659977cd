"""The store side of an import's checks: what a file may hold given what the store holds.

Run inside the import's transaction (``transfer``), before and just after the records are
written: every reference resolves (in the file or the store), a project code, a meeting's UID or
a message's Message-ID is not another record's, no record moves from one project to another,
and what arrived keeps the rules the app keeps when the PM edits (passport, meeting series,
templates). Each refusal is a ``KnownError`` naming the record; the transaction then rolls back.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from cockpit.errors import ErrorCode, KnownError
from cockpit.services.export_file import UNIQUE_KEYS
from cockpit.services.export_tables import (
    BY_NAME,
    EXPORTED,
    ExportedTable,
    primary_key,
    project_ids_of,
)

CHUNK = 500  # ids per IN (...) query: well under every database's parameter limit


def existing(s: Session, table: Table, ids: list[Any]) -> set[Any]:
    key = primary_key(table)
    found: set[Any] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(s.scalars(select(key).where(key.in_(ids[start:start + CHUNK]))))
    return found


def refuse_taken_codes(s: Session, projects: list[dict[str, Any]]) -> None:
    from cockpit.store.models import Project

    by_code = {str(r["code"]).strip().casefold(): r["id"] for r in projects}
    for stored_id, code in s.execute(select(Project.id, Project.code)):
        theirs = by_code.get(code.strip().casefold())
        if theirs is not None and theirs != stored_id:
            raise KnownError(
                ErrorCode.DUPLICATE_CODE,
                f"project code {code} is already used by a different project in this store",
            )


def refuse_moved_records(s: Session, tables: dict[str, list[dict[str, Any]]],
                          source: str) -> None:
    """A record the store holds for one project may not arrive as another project's (a
    project block pasted in the file with its children's old ids)."""
    for spec in EXPORTED:
        if spec.owner is None or spec.name == "project" or not tables[spec.name]:
            continue
        wanted = _file_projects(spec, tables)
        for row_id, project_id in s.execute(project_ids_of(spec)):
            theirs = wanted.get(row_id)
            if theirs is not None and theirs != project_id:
                raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                                 f"{source}: {spec.name} {row_id} belongs to another project "
                                 "in this store; nothing was imported")


def _file_projects(spec: ExportedTable, tables: dict[str, list[dict[str, Any]]]
                   ) -> dict[str, str | None]:
    """Record id -> its project in the file (None when its parent is not in the file)."""
    assert spec.owner is not None
    key = primary_key(spec.table).name
    if spec.owner == ("project_id",):
        return {r[key]: r["project_id"] for r in tables[spec.name]}
    column, parent_name = spec.owner
    parents = _file_projects(BY_NAME[parent_name], tables)
    return {r[key]: parents.get(r[column]) for r in tables[spec.name]}


def _foreign_keys(table: Table) -> list[tuple[str, str]]:
    """(column, referenced table) of each foreign key of ``table``."""
    return [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]


def unresolved(session: Session, tables: dict[str, list[dict[str, Any]]]
               ) -> tuple[str, str, str, str] | None:
    """The first reference neither the file nor the store holds: (table, record id, column,
    missing id)."""
    held = {name: {r[primary_key(BY_NAME[name].table).name] for r in rows}
            for name, rows in tables.items()}
    for spec in EXPORTED:
        for column, target in _foreign_keys(spec.table):
            wanted: dict[Any, str] = {}
            for row in tables[spec.name]:
                value = row[column]
                if value is not None and value not in held.get(target, ()):
                    wanted.setdefault(value, row[primary_key(spec.table).name])
            if not wanted:
                continue
            target_table = BY_NAME[target].table if target in BY_NAME else None
            found: set[Any] = set()
            if target_table is not None:
                key = primary_key(target_table)
                values = list(wanted)
                for start in range(0, len(values), CHUNK):
                    found.update(session.scalars(
                        select(key).where(key.in_(values[start:start + CHUNK]))))
            for value, record in wanted.items():
                if value not in found:
                    return spec.name, record, column, str(value)
    return None


def refuse_taken_keys(s: Session, tables: dict[str, list[dict[str, Any]]], source: str) -> None:
    """A meeting's UID or a message's Message-ID held by a different record of the store."""
    for name, columns, _fold in UNIQUE_KEYS:
        if name == "project":
            continue
        table = BY_NAME[name].table
        wanted = {tuple(r[c] for c in columns): r["id"] for r in tables[name]}
        if not wanted:
            continue
        first = columns[0]
        values = list({key[0] for key in wanted})
        for start in range(0, len(values), CHUNK):
            query = select(table.c.id, *[table.c[c] for c in columns]).where(
                table.c[first].in_(values[start:start + CHUNK]))
            for stored_id, *key in s.execute(query):
                theirs = wanted.get(tuple(key))
                if theirs is not None and theirs != stored_id:
                    shown = ", ".join(str(v) for v in key)
                    raise KnownError(
                        ErrorCode.BAD_EXPORT_FORMAT,
                        f"{source}: {name} {theirs} has the {' and '.join(columns)} ({shown}) "
                        f"of another record in this store ({stored_id}); nothing was imported")


def validate_projects(s: Session, project_ids: list[str], source: str) -> None:
    """The rules the app keeps when the PM edits (a passport's fields, a series' schedule and
    attendees), kept for what arrives by file too."""
    from cockpit.domain.meeting_rules import validate_series
    from cockpit.domain.validation import validate_passport
    from cockpit.services.meetings_mapping import customer_people, to_series
    from cockpit.services.passport_mapping import to_passport
    from cockpit.store.models import MeetingSeries, Project

    for start in range(0, len(project_ids), CHUNK):
        chunk = project_ids[start:start + CHUNK]
        for project in s.scalars(select(Project).where(Project.id.in_(chunk))):
            where = f"{source}: project {project.code}"
            try:
                passport = to_passport(project)
            except (ValueError, KeyError) as exc:
                raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{where}: {exc}") from exc
            issues = validate_passport(passport)
            if issues:
                detail = ", ".join(f"{i.where} {i.problem.value}" for i in issues[:5])
                raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{where} is invalid: {detail}")
        series_rows = s.scalars(select(MeetingSeries).where(MeetingSeries.project_id.in_(chunk)))
        customers: dict[str, set[str]] = defaultdict(set)
        for row in series_rows:
            if row.project_id not in customers:
                customers[row.project_id] = customer_people(s, row.project_id)
            try:
                validate_series(to_series(row, customers[row.project_id]))
            except (ValueError, KnownError) as exc:
                raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                                 f"{source}: meeting {row.title!r}: {exc}") from exc


def validate_templates(s: Session, tables: dict[str, list[dict[str, Any]]],
                        source: str) -> None:
    """The checklist's steps have titles; agendas and message templates have a name of their
    own and a body that renders (as the template editors require)."""
    from cockpit.services import agenda_templates, message_templates
    from cockpit.services.template_rules import checked_name, ensure_name_free
    from cockpit.store.models import AgendaTemplate, MessageTemplate

    for step in tables["onboarding_template_step"]:
        if not str(step["title"]).strip():
            raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                             f"{source}: an onboarding template step has no title")
    for name, model, check in (
            ("agenda_template", AgendaTemplate,
             lambda row: agenda_templates.check_body(row.body)),
            ("message_template", MessageTemplate,
             lambda row: message_templates.preview(message_templates.to_data(row)))):
        for record in tables[name]:
            row: Any = s.get(model, record["id"])
            assert row is not None  # written a moment ago
            try:
                ensure_name_free(s, model, checked_name(row.name), row.id)
                if not row.body.strip():
                    raise KnownError(ErrorCode.VALIDATION, "its text is empty")
                check(row)
            except KnownError as exc:
                raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                                 f"{source}: template {row.name!r}: {exc.message}") from exc
