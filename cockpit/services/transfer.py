"""The portable JSON export of the whole store, and its atomic, duplicate-free import.

Format version 2 (README, "Export format") holds every table of the PM's work
(``export_tables.EXPORTED``), each as a list of records keyed by column name, sorted by id:

  {"format": "pm-cockpit", "version": 2, "exported_at": ISO-8601, "app_version": "...",
   "schema": "<revision>", "demo": false, "tables": {"project": [...], "person": [...], ...}}

Version 1 files (projects and the onboarding template only) still import
(``transfer_v1``). Export → import into an empty store → export gives the same document, apart
from ``exported_at``.

Import rules: the whole file is checked before anything is written (shape, every value against
its column, ids unique, references resolvable, unique keys free), then written in one
transaction. Records are merged by their stable ids (``import_merge``): importing a file twice
changes nothing, and what was edited in the store after the export is kept. A SQLite store is
copied to ``backups/`` first. The sync's bookkeeping is not in the file: an imported message
that could already be in Outlook is looked up there before it is written again, never sent
twice.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from cockpit import __version__
from cockpit.domain.passport import OnboardingTemplateStepData, Passport
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.export_tables import (
    BY_NAME,
    EXPORTED,
    JSON_SHAPES,
    ExportedTable,
    primary_key,
    project_ids_of,
)
from cockpit.services.export_values import BadValue, decode_value, encode_value
from cockpit.store.store import Store

log = logging.getLogger("cockpit.transfer")

FORMAT_NAME = "pm-cockpit"
FORMAT_VERSION = 2
CHUNK = 500  # ids per IN (...) query: well under every database's parameter limit


@dataclass(frozen=True)
class ImportResult:
    created: int  # projects new to the store
    updated: int  # projects that replaced their stored version
    records: int = 0  # records written, of every table
    removed: int = 0  # stored records of the file's projects the file no longer holds
    backup: Path | None = None  # the copy of the store taken first
    kept: int = 0  # the file's records left out: the store's were edited after the export


@dataclass
class Parsed:
    """A checked export: version 1 passports, or version 2 tables of decoded values."""

    version: int
    source: str
    demo: bool = False
    template: list[OnboardingTemplateStepData] = field(default_factory=list)
    projects: list[Passport] = field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def project_count(self) -> int:
        return len(self.projects) if self.version == 1 else len(self.tables.get("project", []))


# --- export ---------------------------------------------------------------------------------
def export_data(store: Store) -> dict[str, Any]:
    from cockpit.store.revisions import HEAD
    from cockpit.store.store import is_undecodable_text

    tables: dict[str, list[dict[str, Any]]] = {}
    try:
        with _snapshot(store) as conn:
            for spec in EXPORTED:
                tables[spec.name] = _rows(conn, spec)
    except (LookupError, ValueError, TypeError, ArithmeticError) as exc:
        raise store.damaged(exc) from exc
    except DBAPIError as exc:
        if is_undecodable_text(exc):
            raise store.damaged(exc) from exc
        raise
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
        "schema": HEAD,
        "demo": store.demo,
        "tables": tables,
    }


def _rows(conn: Connection, spec: ExportedTable) -> list[dict[str, Any]]:
    table = spec.table
    columns = list(table.columns)
    key = primary_key(table).name
    rows = [{c.name: encode_value(c, row[c.name]) for c in columns}
            for row in conn.execute(select(table)).mappings()]
    rows.sort(key=lambda r: r[key])  # by code point, the same on every database
    return rows


@contextmanager
def _snapshot(store: Store) -> Iterator[Connection]:
    """One consistent view of the whole store (on a server, while others keep writing)."""
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def export_json(store: Store, path: Path) -> int:
    """Write the store to ``path`` (atomically: a temp file renamed over it). Returns projects."""
    from cockpit.safe_write import write_atomically

    data = export_data(store)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    store_files = [store.location.path] if store.location.path else []
    write_atomically(path, text.encode("utf-8"), protected=store_files)
    return len(data["tables"]["project"])


# --- reading and checking a file -------------------------------------------------------------
def read_export(path: Path) -> Parsed:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KnownError(ErrorCode.FILE_NOT_FOUND, f"no such file: {path}") from exc
    except OSError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"cannot read {path}: {exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE,
                         f"{path} is not UTF-8 text (byte {exc.start}): not a PM Cockpit "
                         "export") from exc
    return parse_text(text, str(path))


def parse_text(text: str, source: str) -> Parsed:
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError as exc:
        raise KnownError(ErrorCode.BAD_JSON,
                         f"{source} is nested too deeply to be an export") from exc
    except json.JSONDecodeError as exc:
        raise KnownError(
            ErrorCode.BAD_JSON, f"{source} is not valid JSON (line {exc.lineno}: {exc.msg})"
        ) from exc
    except ValueError as exc:
        raise KnownError(ErrorCode.BAD_JSON, f"{source} is not valid JSON ({exc})") from exc
    return parse_export(data, source)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_export(data: Any, source: str) -> Parsed:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source} is not a PM Cockpit export")
    version = data.get("version")
    if version == 1:
        from cockpit.services import transfer_v1

        template, projects = transfer_v1.parse_export(data, source)
        return Parsed(1, source, template=template, projects=projects)
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) \
            and version > FORMAT_VERSION
        hint = "; update PM Cockpit to import it" if newer else ""
        raise KnownError(
            ErrorCode.UNSUPPORTED_EXPORT_VERSION,
            f"{source} has export format version {version!r}; this PM Cockpit reads versions "
            f"1 and {FORMAT_VERSION}{hint}",
        )
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: demo: expected true or false")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: tables: expected an object")
    unknown = sorted(set(tables) - set(BY_NAME))
    if unknown:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{source}: unknown table {unknown[0]!r} (written by a newer PM "
                         "Cockpit?)")
    decoded = {spec.name: _decode_table(spec, tables.get(spec.name, []), source)
               for spec in EXPORTED}
    _check_unique_keys(decoded, source)
    return Parsed(2, source, demo=demo, tables=decoded)


def _bad(source: str, where: str, message: str) -> KnownError:
    return KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: {where}: {message}")


def _decode_table(spec: ExportedTable, records: Any, source: str) -> list[dict[str, Any]]:
    if not isinstance(records, list):
        raise _bad(source, f"tables.{spec.name}", "expected a list")
    table = spec.table
    columns = {c.name: c for c in table.columns}
    key = primary_key(table).name
    seen: set[Any] = set()
    out: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        where = f"tables.{spec.name}[{index}]"
        if not isinstance(record, dict):
            raise _bad(source, where, "expected an object")
        unknown = sorted(str(k) for k in set(record) - set(columns))
        if unknown:
            raise _bad(source, where, f"unknown field {unknown[0]!r} (written by a newer PM "
                                      "Cockpit?)")
        row: dict[str, Any] = {}
        for name, column in columns.items():
            if name in record:
                try:
                    row[name] = decode_value(column, record[name],
                                             JSON_SHAPES.get((spec.name, name)))
                except BadValue as exc:
                    raise _bad(source, f"{where}.{name}", str(exc)) from None
            else:
                row[name] = _missing(column, source, f"{where}.{name}")
        if not row[key]:
            raise _bad(source, f"{where}.{key}", "a record needs its id")
        if row[key] in seen:
            raise _bad(source, where, f"{spec.name} {row[key]} appears twice")
        seen.add(row[key])
        out.append(row)
    return out


def _missing(column: Any, source: str, where: str) -> Any:
    default = column.default
    if default is not None and not column.primary_key:
        if default.is_scalar:
            return default.arg
        if default.is_callable:
            return default.arg(None)
    if column.nullable and not column.primary_key:
        return None
    raise _bad(source, where, "is missing")


# (table, columns) that must be unique; compared case-insensitively where ``fold`` is set
UNIQUE_KEYS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("project", ("code",), True),
    ("contract", ("project_id",), False),
    ("meeting_series", ("uid",), False),
    ("meeting_occurrence", ("series_id", "original_start"), False),
    ("message", ("message_id",), False),
)


def _check_unique_keys(tables: dict[str, list[dict[str, Any]]], source: str) -> None:
    for name, columns, fold in UNIQUE_KEYS:
        seen: dict[tuple[Any, ...], str] = {}
        for row in tables[name]:
            value = tuple(str(row[c]).casefold() if fold else row[c] for c in columns)
            if value in seen:
                shown = ", ".join(str(row[c]) for c in columns)
                raise _bad(source, f"tables.{name}",
                           f"{shown} belongs to two records ({seen[value]} and {row['id']})")
            seen[value] = row["id"]


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


# --- import ---------------------------------------------------------------------------------
def import_json(store: Store, path: Path) -> ImportResult:
    parsed = read_export(path)
    return import_parsed(store, parsed)


def import_parsed(store: Store, parsed: Parsed) -> ImportResult:
    becomes_demo = parsed.demo and not store.demo
    if becomes_demo:
        _refuse_demo_into_own_work(store, parsed.source)
    backup = _backup_first(store)
    if parsed.version == 1:
        from cockpit.services.transfer_v1 import import_passports

        result = import_passports(store, parsed.template, parsed.projects)
        return ImportResult(result.created, result.updated, backup=backup)
    try:
        with store.session() as s:
            result = _write_tables(s, parsed)
            if becomes_demo:
                from cockpit.store.models import StoreInfo
                from cockpit.store.purpose import DEMO, PURPOSE_KEY

                s.merge(StoreInfo(key=PURPOSE_KEY, value=DEMO))
    except IntegrityError as exc:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{parsed.source} does not fit this store ({_reason(exc)}); nothing "
                         "was imported") from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{parsed.source} could not be written ({_reason(exc)}); nothing was "
                         "imported") from exc
    store.demo = store.demo or becomes_demo
    log.info("imported %s: %d records, %d removed", parsed.source, result.records,
             result.removed)
    return ImportResult(result.created, result.updated, result.records, result.removed, backup,
                        result.kept)


def _refuse_demo_into_own_work(store: Store, source: str) -> None:
    """An export of the demo portfolio goes only into a demo store, or into an empty store,
    which then becomes one (never syncs or sends): its people and addresses are made up."""
    from cockpit.store.models import Message, Project

    with store.session() as s:
        holds = any(s.scalar(select(func.count()).select_from(model))
                    for model in (Project, Message))
    if holds:
        raise KnownError(
            ErrorCode.DEMO_STORE,
            f"{source} is an export of the demo portfolio: its people and addresses are made "
            f"up, so it does not go into {store.location.display()}, which holds your own "
            "work; import it into a new store, or open the demo with `cockpit demo`")


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _backup_first(store: Store) -> Path | None:
    """A copy of a SQLite store that holds projects, before the import changes it."""
    path = store.location.path
    if path is None or not path.exists():
        return None
    from cockpit.store.models import Project

    with store.session() as s:
        if not s.scalar(select(func.count()).select_from(Project)):
            return None
    from cockpit.store import backups

    try:
        return backups.take(path, "before-import", backups.read_keep(path))
    except KnownError as exc:
        raise KnownError(exc.code, f"{exc.message}: nothing was imported") from exc


def _write_tables(s: Session, parsed: Parsed) -> ImportResult:
    tables, source = parsed.tables, parsed.source
    missing = unresolved(s, tables)
    if missing is not None:
        name, record, column, value = missing
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{source}: {name} {record} names {column} {value}, which is neither "
                         "in the file nor in this store")
    stored_projects = _existing(s, BY_NAME["project"].table,
                                [r["id"] for r in tables["project"]])
    _refuse_taken_codes(s, tables["project"])
    _refuse_moved_records(s, tables, source)
    from cockpit.services import import_merge

    merge = import_merge.plan(s, tables)
    removed = 0
    for spec in reversed(EXPORTED):  # children first
        removed += _delete(s, spec.table, merge.remove.get(spec.name, []))
    _refuse_taken_keys(s, merge.write, source)
    records = 0
    for spec in EXPORTED:
        records += _upsert(s, spec.table, merge.write[spec.name])
    s.flush()
    project_ids = [r["id"] for r in merge.write["project"]]
    _validate_projects(s, project_ids, source)
    _validate_templates(s, merge.write, source)
    _look_up_before_writing_again(s, merge.write["message"])
    created = len(set(project_ids) - stored_projects)
    return ImportResult(created, len(project_ids) - created, records, removed,
                        kept=merge.kept_count)


def _existing(s: Session, table: Table, ids: list[Any]) -> set[Any]:
    key = primary_key(table)
    found: set[Any] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(s.scalars(select(key).where(key.in_(ids[start:start + CHUNK]))))
    return found


def _refuse_taken_codes(s: Session, projects: list[dict[str, Any]]) -> None:
    from cockpit.store.models import Project

    by_code = {str(r["code"]).strip().casefold(): r["id"] for r in projects}
    for stored_id, code in s.execute(select(Project.id, Project.code)):
        theirs = by_code.get(code.strip().casefold())
        if theirs is not None and theirs != stored_id:
            raise KnownError(
                ErrorCode.DUPLICATE_CODE,
                f"project code {code} is already used by a different project in this store",
            )


def _refuse_moved_records(s: Session, tables: dict[str, list[dict[str, Any]]],
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


def _delete(s: Session, table: Table, ids: list[Any]) -> int:
    key = primary_key(table)
    for start in range(0, len(ids), CHUNK):
        s.execute(delete(table).where(key.in_(ids[start:start + CHUNK])))
    return len(ids)


def _refuse_taken_keys(s: Session, tables: dict[str, list[dict[str, Any]]], source: str) -> None:
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


def _upsert(s: Session, table: Table, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    key = primary_key(table)
    stored = _existing(s, table, [r[key.name] for r in rows])
    new = [r for r in rows if r[key.name] not in stored]
    old = [r for r in rows if r[key.name] in stored]
    for start in range(0, len(new), CHUNK):
        s.execute(insert(table), new[start:start + CHUNK])
    if old:
        others = [c.name for c in table.columns if c.name != key.name]
        statement = (update(table).where(key == bindparam("b_key"))
                     .values({name: bindparam(f"b_{name}") for name in others}))
        params = [{f"b_{k}" if k != key.name else "b_key": v for k, v in r.items()}
                  for r in old]
        for start in range(0, len(params), CHUNK):
            s.connection().execute(statement, params[start:start + CHUNK])
    return len(rows)


def _validate_projects(s: Session, project_ids: list[str], source: str) -> None:
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


def _validate_templates(s: Session, tables: dict[str, list[dict[str, Any]]],
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


def _look_up_before_writing_again(s: Session, messages: list[dict[str, Any]]) -> None:
    """An imported message not yet sent may already be in an outside tool (the store it came
    from wrote it there): each connector is told to look for it before writing it anew, as
    after a create whose answer was lost — so nothing is sent twice."""
    from cockpit.connectors import remote_links
    from cockpit.connectors.registry import default_registry
    from cockpit.domain.messages import MessageState

    now = datetime.now(UTC)
    for row in messages:
        if row["state"] is MessageState.SENT:
            continue
        for connector in default_registry().names():
            link = remote_links.ensure(s, remote_links.MESSAGE, row["id"], connector)
            if link.remote_id is None and link.create_started_at is None:
                link.create_started_at = now
