"""Inspect a SQLite file before anything writes to it: readable? a database? which revision?

Uses the standard ``sqlite3`` module only, so the check costs no SQLAlchemy/Alembic import.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cockpit.errors import ErrorCode, KnownError
from cockpit.store.revisions import HEAD, REVISIONS
from cockpit.store.sqlite_uri import read_only_uri

OUR_REVISION = re.compile(r"^\d{4}_[a-z0-9_]+$")  # how PM Cockpit names its revisions


class SchemaState(StrEnum):
    MISSING = "missing"  # no file yet, or an empty file: create
    EMPTY = "empty"  # a database without our tables: create
    CURRENT = "current"
    BEHIND = "behind"  # older revision: back up, then upgrade
    NEWER = "newer"  # written by a newer version: refuse


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None


def inspect_sqlite(path: Path) -> SchemaStatus:
    if not _check_access(path):
        return SchemaStatus(SchemaState.MISSING, None)
    revision, tables = _read_revision(path)
    return classify(revision, has_tables=bool(tables - {"alembic_version"}), where=str(path))


def _check_access(path: Path) -> bool:
    """Raise for what PM Cockpit cannot use; False when there is no database yet."""
    if path.is_dir():
        raise KnownError(ErrorCode.DB_UNREADABLE, f"{path} is a folder, not a database file")
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK | os.X_OK):
        raise KnownError(ErrorCode.DB_UNREADABLE,
                         f"the folder {path.parent} is read-only: PM Cockpit writes its journal "
                         "and backups next to the database")
    if not path.exists() or path.stat().st_size == 0:
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise KnownError(ErrorCode.DB_UNREADABLE, f"cannot read or write {path}")
        return False
    if not os.access(path, os.R_OK):
        raise KnownError(ErrorCode.DB_UNREADABLE, f"no permission to read {path}")
    if not os.access(path, os.W_OK):
        raise KnownError(ErrorCode.DB_UNREADABLE, f"{path} is read-only: PM Cockpit needs to "
                                                  "write to it")
    return True


def _read_revision(path: Path) -> tuple[str | None, set[str]]:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise KnownError(ErrorCode.DB_UNREADABLE, f"cannot read {path}: {exc.strerror}") from exc
    if header != b"SQLite format 3\x00":
        raise KnownError(ErrorCode.DB_CORRUPT, f"{path} is not a PM Cockpit database")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            # A damaged data page would otherwise pass here and fail later, mid-work.
            check = conn.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                detail = " ".join(str(check[0] if check else "no answer").split())
                raise sqlite3.DatabaseError(detail)
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise KnownError(ErrorCode.DB_UNREADABLE, f"cannot open {path}: {exc}") from exc
        raise KnownError(ErrorCode.DB_CORRUPT, f"{path} is damaged: {exc}") from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # names that are not text
        raise KnownError(ErrorCode.DB_CORRUPT, f"{path} is damaged: {exc}") from exc
    return revision, tables


def classify(revision: str | None, has_tables: bool, where: str = "the database") -> SchemaStatus:
    if revision is None:
        if has_tables:
            raise KnownError(ErrorCode.DB_CORRUPT,
                             f"{where} holds tables PM Cockpit did not write")
        return SchemaStatus(SchemaState.EMPTY, None)
    if revision == HEAD:
        return SchemaStatus(SchemaState.CURRENT, revision)
    if revision in REVISIONS:
        return SchemaStatus(SchemaState.BEHIND, revision)
    if not OUR_REVISION.match(revision):  # another program's Alembic history
        raise KnownError(ErrorCode.DB_CORRUPT, f"{where} is not a PM Cockpit database "
                                               f"(its schema {revision!r} is another program's)")
    return SchemaStatus(SchemaState.NEWER, revision)
