"""Timestamped copies of the SQLite file taken with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from cockpit.store.sqlite_uri import read_only_uri


def backup_path_for(db_path: Path, label: str, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder = db_path.parent / "backups"
    candidate = folder / f"{db_path.stem}-{stamp}-{label}{db_path.suffix}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{db_path.stem}-{stamp}-{label}-{counter}{db_path.suffix}"
        counter += 1
    return candidate


def backup_sqlite(db_path: Path, label: str) -> Path:
    """Copy ``db_path`` consistently (even while open elsewhere) and return the copy's path."""
    target = backup_path_for(db_path, label)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(read_only_uri(db_path), uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def restore_sqlite(backup: Path, db_path: Path, give_up_after: float = 5.0) -> None:
    """Write ``backup`` back over ``db_path`` (page by page, through SQLite, so the WAL and
    any open readers stay consistent). Raises ``TimeoutError`` if another program keeps the
    file locked for ``give_up_after`` seconds (SQLite's backup would otherwise wait forever)."""
    deadline = time.monotonic() + give_up_after

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{db_path} stayed locked by another program")

    source = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        dest = sqlite3.connect(db_path, timeout=give_up_after)
        try:
            source.backup(dest, pages=64, progress=progress)
        finally:
            dest.close()
    finally:
        source.close()
