"""Timestamped copies of the SQLite file taken with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


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
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
