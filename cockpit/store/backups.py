"""The backups of a SQLite store a user can use: listed, pruned, taken daily, restored.

Backups lie in ``backups/`` beside the store, named ``<store>-<UTC stamp>-<reason>.sqlite3``
(``backup.backup_path_for``). Reasons: ``daily``, ``before-import``,
``before-upgrade-from-<revision>``, ``before-restore``, ``by-hand``. Each new one prunes the
folder to the newest ``keep`` of this store (``backups/<store>.keep``, default ``DEFAULT_KEEP``).

A restore never overwrites the current store: it is first copied aside (``before-restore``;
a damaged one that cannot be read is moved aside as it is), then the backup is written over it
page by page in one SQLite transaction — a process killed half-way leaves the store as it
was. A backup from a newer PM Cockpit is refused; an older one is upgraded, as any store.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import StoreLocation
from cockpit.store.backup import backup_path_for, backup_sqlite, restore_sqlite
from cockpit.store.schema_check import SchemaState, inspect_sqlite

log = logging.getLogger("cockpit.store")

DEFAULT_KEEP = 20
DAILY = timedelta(hours=24)
STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the name
    reason: str  # daily, before-import, before-upgrade-from-…, before-restore, by-hand
    size: int  # bytes


@dataclass(frozen=True)
class Restored:
    store: Path
    backup: Path
    aside: Path | None  # where the store as it was is kept (None: there was none)
    upgraded_from: str | None  # the backup's older schema, upgraded after the restore


def _keep_file(db_path: Path) -> Path:
    return folder(db_path) / f"{db_path.name}.keep"


def read_keep(db_path: Path) -> int:
    """How many backups of this store are kept: the number in ``backups/<store>.keep`` (beside
    the backups it governs, so restoring one does not bring back an old setting)."""
    try:
        return max(int(_keep_file(db_path).read_text(encoding="ascii").strip()), 1)
    except (OSError, ValueError, UnicodeDecodeError):
        return DEFAULT_KEEP


def set_keep(db_path: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups of this store from now on; prunes at once (the paths
    deleted)."""
    if not 1 <= keep <= 1000:
        raise KnownError(ErrorCode.VALIDATION, "keep 1 to 1000 backups")
    path = _keep_file(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{keep}\n", encoding="ascii")
    except OSError as exc:
        raise KnownError(ErrorCode.DB_UNREADABLE, f"cannot write {path} ({exc})") from exc
    return prune(db_path, keep)


def folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-(\d{{8}}T\d{{6}}Z)-(.+?)(?:-\d+)?"
                      rf"{re.escape(db_path.suffix)}$")


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This store's backups, newest first (another store's in the same folder are not)."""
    where = folder(db_path)
    if not where.is_dir():
        return []
    pattern = _pattern(db_path)
    found: list[tuple[int, BackupInfo]] = []
    for path in where.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
            stat = path.stat()
        except (ValueError, OSError):
            continue
        found.append((stat.st_mtime_ns, BackupInfo(path, taken, match.group(2), stat.st_size)))
    # by the moment in the name, then (several in one second) by when each was written
    found.sort(key=lambda item: (item[1].taken_at, item[0]), reverse=True)
    return [info for _written, info in found]


def prune(db_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of this store; the paths deleted."""
    removed: list[Path] = []
    for old in list_backups(db_path)[max(keep, 1):]:
        try:
            old.path.unlink()
        except OSError as exc:  # in use on Windows, or read-only: kept, tried again later
            log.warning("could not remove old backup %s: %s", old.path, exc)
            continue
        removed.append(old.path)
    if removed:
        log.info("pruned %d old backups of %s", len(removed), db_path)
    return removed


def take(db_path: Path, reason: str, keep: int) -> Path:
    """A backup now, then the folder pruned to ``keep``."""
    try:
        path = backup_sqlite(db_path, reason)
    except (OSError, sqlite3.Error) as exc:
        raise KnownError(ErrorCode.DB_UNREADABLE,
                         f"cannot write a backup of {db_path} ({exc})") from exc
    prune(db_path, keep)
    return path


def take_daily(db_path: Path, keep: int, now: datetime | None = None) -> Path | None:
    """A ``daily`` backup when this store has none from the last 24 hours (any reason)."""
    now = now or datetime.now(UTC)
    newest = next(iter(list_backups(db_path)), None)
    if newest is not None and now - newest.taken_at < DAILY:
        return None
    return take(db_path, "daily", keep)


def restore(location: StoreLocation, backup: Path) -> Restored:
    path = location.path
    if path is None:
        raise KnownError(ErrorCode.DB_BAD_URL,
                         f"{location.display()} is a database server: its backups are made and "
                         "restored with the server's own tools (pg_dump, pg_restore)")
    if not backup.is_file():
        raise KnownError(ErrorCode.FILE_NOT_FOUND, f"no such backup: {backup}")
    if path.exists() and backup.resolve() == path.resolve():
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"{backup} is the store itself")
    status = inspect_sqlite(backup)  # damaged or foreign: refused, with the reason
    if status.state in (SchemaState.MISSING, SchemaState.EMPTY):
        raise KnownError(ErrorCode.DB_CORRUPT, f"{backup} is not a backup of a PM Cockpit store")
    if status.state is SchemaState.NEWER:
        raise KnownError(ErrorCode.DB_NEWER,
                         f"{backup} was written by a newer PM Cockpit (schema "
                         f"{status.revision}); update PM Cockpit to restore it")
    aside = _set_aside(path)
    try:
        restore_sqlite(backup, path)
    except TimeoutError as exc:
        raise KnownError(ErrorCode.DB_UNREADABLE,
                         f"{path} is busy in another program; close it and restore again "
                         "(nothing was changed)") from exc
    except sqlite3.Error as exc:
        raise KnownError(ErrorCode.DB_UNREADABLE,
                         f"restoring {backup} failed ({exc}); the store is as it was") from exc
    upgraded = None
    if status.state is SchemaState.BEHIND:
        from cockpit.store.store import open_store

        open_store(location).dispose()  # the usual upgrade, with its own backup first
        upgraded = status.revision
    log.info("restored %s from %s (the store as it was: %s)", path, backup, aside)
    return Restored(path, backup, aside, upgraded)


def _set_aside(path: Path) -> Path | None:
    """The current store copied into ``backups/`` before a restore; a file SQLite cannot read
    is moved there as it is, with its journal files. None when there is no store yet."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        inspect_sqlite(path)
        return take(path, "before-restore", read_keep(path) + 1)  # + the one restored next
    except (KnownError, sqlite3.Error, OSError) as exc:
        log.warning("%s cannot be copied (%s): moved aside as it is", path, exc)
    target = backup_path_for(path, "damaged")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.replace(target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError as exc:
        raise KnownError(ErrorCode.DB_UNREADABLE,
                         f"cannot move {path} aside before the restore ({exc}); nothing was "
                         "changed") from exc
    return target
