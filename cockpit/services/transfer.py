"""The portable JSON export of the whole store, and its atomic, duplicate-free import.

Format version 2 (README, "Export format") holds every table of the PM's work
(``export_tables.EXPORTED``), each as a list of records keyed by column name, sorted by id:

  {"format": "pm-cockpit", "version": 2, "exported_at": ISO-8601, "app_version": "...",
   "schema": "<revision>", "demo": false, "tables": {"project": [...], "person": [...], ...}}

Version 1 files (projects and the onboarding template only) still import
(``transfer_v1``). Export → import into an empty store → export gives the same document, apart
from ``exported_at``.

Import rules: the whole file is checked before anything is written — on its own
(``export_file``: shape, every value against its column, ids and unique keys unique) and against
the store (``import_checks``: references resolvable, unique keys free, nothing moved between
projects, the editors' rules kept) — then written in one transaction. Records are merged by
their stable ids (``import_merge``): importing a file twice changes nothing, and what was
edited in the store after the export is kept. A SQLite store is
copied to ``backups/`` first. The sync's bookkeeping is not in the file: an imported message
that could already be in Outlook is looked up there before it is written again, never sent
twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from cockpit import __version__
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import import_checks
from cockpit.services.export_file import FORMAT_NAME, FORMAT_VERSION, Parsed, read_export
from cockpit.services.export_tables import (
    BY_NAME,
    EXPORTED,
    ExportedTable,
    primary_key,
)
from cockpit.services.export_values import encode_value
from cockpit.store.store import Store

log = logging.getLogger("cockpit.transfer")

CHUNK = import_checks.CHUNK
__all__ = ["FORMAT_VERSION", "ImportResult", "Parsed", "export_data", "export_json",
           "import_json", "import_parsed", "read_export"]


@dataclass(frozen=True)
class ImportResult:
    created: int  # projects new to the store
    updated: int  # projects that replaced their stored version
    records: int = 0  # records written, of every table
    removed: int = 0  # stored records of the file's projects the file no longer holds
    backup: Path | None = None  # the copy of the store taken first
    kept: int = 0  # the file's records left out: the store's were edited after the export


# --- export ---------------------------------------------------------------------------------
def export_data(store: Store) -> dict[str, Any]:
    from cockpit.store.revisions import HEAD
    from cockpit.store.store import is_damaged_schema, is_undecodable_text

    tables: dict[str, list[dict[str, Any]]] = {}
    try:
        with _snapshot(store) as conn:
            for spec in EXPORTED:
                tables[spec.name] = _rows(conn, spec)
    except (LookupError, ValueError, TypeError, ArithmeticError) as exc:
        raise store.damaged(exc) from exc
    except DBAPIError as exc:
        if is_undecodable_text(exc) or is_damaged_schema(exc):
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

        result = import_passports(store, parsed.template, parsed.projects,
                                  parsed.changes)
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
    missing = import_checks.unresolved(s, tables)
    if missing is not None:
        name, record, column, value = missing
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{source}: {name} {record} names {column} {value}, which is neither "
                         "in the file nor in this store")
    stored_projects = import_checks.existing(s, BY_NAME["project"].table,
                                [r["id"] for r in tables["project"]])
    import_checks.refuse_taken_codes(s, tables["project"])
    import_checks.refuse_moved_records(s, tables, source)
    from cockpit.services import import_merge

    merge = import_merge.plan(s, tables)
    removed = 0
    for spec in reversed(EXPORTED):  # children first
        removed += _delete(s, spec.table, merge.remove.get(spec.name, []))
    import_checks.refuse_taken_keys(s, merge.write, source)
    records = 0
    for spec in EXPORTED:
        records += _upsert(s, spec.table, merge.write[spec.name])
    s.flush()
    project_ids = [r["id"] for r in merge.write["project"]]
    import_checks.validate_projects(s, project_ids, source)
    import_checks.validate_templates(s, merge.write, source)
    _look_up_before_writing_again(s, merge.write["message"])
    created = len(set(project_ids) - stored_projects)
    return ImportResult(created, len(project_ids) - created, records, removed,
                        kept=merge.kept_count)


def _delete(s: Session, table: Table, ids: list[Any]) -> int:
    key = primary_key(table)
    for start in range(0, len(ids), CHUNK):
        s.execute(delete(table).where(key.in_(ids[start:start + CHUNK])))
    return len(ids)


def _upsert(s: Session, table: Table, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    key = primary_key(table)
    stored = import_checks.existing(s, table, [r[key.name] for r in rows])
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
