"""``cockpit backup list|now|keep|restore``: the backups of a SQLite store (``backups/`` beside
it), and restoring one after the current store is set aside."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cockpit.errors import ErrorCode, KnownError


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    backup = sub.add_parser("backup", parents=[db],
                            help="list, take or restore backups of the store")
    bsub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    listing = bsub.add_parser("list", parents=[db], help="this store's backups, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(run=lambda args: _list(args, open_store))
    now = bsub.add_parser("now", parents=[db], help="take a backup now")
    now.set_defaults(run=lambda args: _now(args, open_store))
    keep = bsub.add_parser("keep", parents=[db],
                           help="how many backups to keep (older ones are deleted)")
    keep.add_argument("count", type=int, metavar="N")
    keep.set_defaults(run=lambda args: _keep(args, open_store))
    restore = bsub.add_parser("restore", parents=[db],
                              help="restore FILE; the store as it is now is kept in backups/")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(run=_restore)


def _sqlite_path(store: Any) -> Path:
    path: Path | None = store.location.path
    if path is None:
        store.dispose()
        raise KnownError(ErrorCode.DB_BAD_URL,
                         f"{store.location.display()} is a database server: back it up with "
                         "the server's own tools (pg_dump)")
    return path


def _list(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.store import backups

    store = open_store(args)
    path = _sqlite_path(store)
    store.dispose()
    found = backups.list_backups(path)
    keep = backups.read_keep(path)
    if args.json:
        json.dump({"keep": keep, "backups": [
            {"file": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason,
             "bytes": b.size} for b in found]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not found:
        print(f"no backups of {path} yet (`cockpit backup now` takes one); keeping the last "
              f"{keep}")
        return 0
    print(f"{len(found)} backups of {path}, newest first; keeping the last {keep} "
          "(`cockpit backup keep N` changes it)")
    rows = [("TAKEN (UTC)", "REASON", "SIZE", "FILE")] + [
        (b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), b.reason, _size(b.size), str(b.path))
        for b in found]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True))
              + "  " + row[3])
    return 0


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _now(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.store import backups

    store = open_store(args)
    path = _sqlite_path(store)
    store.dispose()
    taken = backups.take(path, "by-hand", backups.read_keep(path))
    print(f"backed up {path} to {taken}")
    return 0


def _keep(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.store import backups

    store = open_store(args)
    path = _sqlite_path(store)
    store.dispose()
    removed = backups.set_keep(path, args.count)
    print(f"keeping the last {args.count} backups of {path}"
          + (f"; deleted {len(removed)} older ones" if removed else ""))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from cockpit.paths import resolve_store
    from cockpit.store import backups

    location = resolve_store(getattr(args, "db", None))
    done = backups.restore(location, args.file.expanduser().absolute())
    print(f"restored {done.store} from {done.backup}")
    if done.aside is not None:
        print(f"the store as it was is kept in {done.aside}")
    if done.upgraded_from:
        print(f"the backup's schema {done.upgraded_from} was upgraded to this version")
    return 0
