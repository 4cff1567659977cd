"""``cockpit`` sub-commands. Expected errors print one line on stderr and exit non-zero."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cockpit.cli.commands import COMMANDS, is_cli
from cockpit.errors import KnownError

__all__ = ["COMMANDS", "build_parser", "is_cli", "main", "run"]

EXIT_ERROR = 1


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $COCKPIT_DB, else the user data folder)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="cockpit",
        description="PM Cockpit. Without a command, starts the desktop app.",
        parents=[db],
    )
    parser.add_argument("--lang", metavar="CODE", help="UI language for the app, e.g. ja or en")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", parents=[db], help="create a new, empty store")
    init.set_defaults(run=_cmd_init)

    demo = sub.add_parser(
        "demo", parents=[db],
        help="create or refresh the demo portfolio in its own store (default: demo.sqlite3 in "
             "the data folder); it never syncs or sends")
    demo.add_argument("--scale", type=_positive, metavar="N",
                      help="a large portfolio of N projects (10+ people each) for benchmarks")
    demo.set_defaults(run=_cmd_demo)

    projects = sub.add_parser("projects", parents=[db], help="project commands")
    psub = projects.add_subparsers(dest="projects_command", metavar="ACTION", required=True)
    plist = psub.add_parser("list", parents=[db], help="list projects")
    plist.add_argument("--json", action="store_true", help="print JSON instead of a table")
    plist.add_argument("--archived", action="store_true", help="include archived projects")
    plist.set_defaults(run=_cmd_projects_list)

    export = sub.add_parser("export", parents=[db], help="write the whole store to a JSON file")
    export.add_argument("--json", required=True, type=Path, metavar="FILE", dest="file")
    export.set_defaults(run=_cmd_export)

    database = sub.add_parser("db", parents=[db], help="the store's schema")
    dbsub = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = dbsub.add_parser(
        "upgrade", parents=[db],
        help="create or upgrade the schema (the only way on a PostgreSQL server)")
    upgrade.set_defaults(run=_cmd_db_upgrade)

    imp = sub.add_parser("import", parents=[db], help="merge a JSON export into the store")
    imp.add_argument("--json", required=True, type=Path, metavar="FILE", dest="file")
    imp.set_defaults(run=_cmd_import)

    from cockpit.cli.backup_commands import add_parsers as add_backup_parsers
    from cockpit.cli.care_commands import add_parsers as add_care_parsers
    from cockpit.cli.meetings_commands import add_parsers
    from cockpit.cli.messages_commands import add_parsers as add_message_parsers
    from cockpit.cli.registers_commands import add_parsers as add_register_parsers
    from cockpit.cli.sync_commands import add_parsers as add_sync_parsers

    add_parsers(sub, db, _open)
    add_backup_parsers(sub, db, _open)
    add_care_parsers(sub, db, _open)
    add_message_parsers(sub, db, _open)
    add_register_parsers(sub, db, _open)
    add_sync_parsers(sub, db, _open)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _open(args: argparse.Namespace):  # -> Store
    """The store an ordinary command works on; it must exist (see ``cockpit init``)."""
    from cockpit.paths import require_existing, resolve_store
    from cockpit.store.store import open_store

    location = resolve_store(getattr(args, "db", None))
    require_existing(location)
    return open_store(location)


def _cmd_init(args: argparse.Namespace) -> int:
    from cockpit.paths import resolve_store
    from cockpit.store.store import open_store

    location = resolve_store(getattr(args, "db", None))
    existed = location.path is None or location.path.exists()
    store = open_store(location)
    store.dispose()
    if existed and not store.created:
        print(f"a store is already at {location.display()}; nothing changed")
    else:
        print(f"created a new, empty store at {location.display()}")
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from cockpit.paths import resolve_store
    from cockpit.store.revisions import HEAD
    from cockpit.store.store import open_store

    location = resolve_store(getattr(args, "db", None))
    store = open_store(location, upgrade_server=True)  # a newer schema is refused, as always
    store.dispose()
    if store.created:
        print(f"created the PM Cockpit schema ({HEAD}) in {location.display()}")
    elif store.migrated_from:
        print(f"upgraded {location.display()} from {store.migrated_from} to {HEAD}"
              + (f"; a backup is in {store.backup}" if store.backup else ""))
    else:
        print(f"{location.display()} is up to date ({HEAD}); nothing changed")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from cockpit.paths import resolve_store
    from cockpit.services.demo_store import open_demo

    db = getattr(args, "db", None)
    location = resolve_store(db) if db is not None else None
    opened = open_demo(location, refresh=True, scale=args.scale)
    opened.store.dispose()
    result = opened.built
    assert result is not None  # refresh=True always builds
    how = f"cockpit --db {opened.store.location.display()}" if db is not None else "cockpit --demo"
    print(f"demo portfolio in {opened.store.location.display()}: "
          f"{result.created} projects created, {result.updated} updated. It never syncs or "
          f"sends mail; open it with `{how}`")
    return 0


def _cmd_projects_list(args: argparse.Namespace) -> int:
    from cockpit.services.json_codec import encode
    from cockpit.services.projects import list_projects

    store = _open(args)
    try:
        rows = list_projects(store, include_archived=args.archived)
        archived_only = not rows and not args.archived and bool(
            list_projects(store, include_archived=True))
    finally:
        store.dispose()
    if args.json:
        json.dump(encode(rows), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if archived_only:
        print("every project is archived; `cockpit projects list --archived` shows them")
        return 0
    if not rows:
        print("no projects yet: create one in the app, import an export with `cockpit import "
              "--json FILE`, or look around the demo portfolio with `cockpit demo`")
        return 0
    headers = ("CODE", "NAME", "CUSTOMER", "STATUS", "HEALTH", "MANAGER")
    table = [headers] + [
        (r.code, r.name, r.customer, r.status.value + (" (archived)" if r.archived else ""),
         r.health.value, r.manager)
        for r in rows
    ]
    widths = [max(_width(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        print("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths,
                                                                           strict=True)).rstrip())
    return 0


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cmd_export(args: argparse.Namespace) -> int:
    from cockpit.services.transfer import export_json

    store = _open(args)
    try:
        count = export_json(store, args.file)
    finally:
        store.dispose()
    print(f"exported {count} projects to {args.file}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from cockpit.paths import resolve_store
    from cockpit.services.transfer import import_json, read_export
    from cockpit.store.store import open_store

    read_export(args.file)  # a bad file is refused before the store is even opened
    store = open_store(resolve_store(getattr(args, "db", None)))  # importing may create it
    try:
        result = import_json(store, args.file)
    finally:
        store.dispose()
    print(f"imported {args.file}: {result.created} projects created, {result.updated} updated, "
          f"{result.records} records in all")
    if result.kept:
        print(f"kept {result.kept} records as they are here: they were changed after the export")
    if result.removed:
        print(f"removed {result.removed} records that the newer file no longer holds")
    if result.backup is not None:
        print(f"the store as it was before is kept in {result.backup}")
    return 0


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    command: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        code = command(args)
        sys.stdout.flush()  # a reader that went away shows up here rather than at exit
        return code
    except KnownError as exc:
        print(f"cockpit: error: {exc.message}", file=sys.stderr)
        if getattr(args, "json", None) is True and not getattr(args, "report_printed", False):
            # a script reading stdout learns what went wrong too
            json.dump({"error": {"code": exc.code.value, "message": exc.message}}, sys.stdout,
                      ensure_ascii=False)
            sys.stdout.write("\n")
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. `cockpit projects list | head -1`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cockpit: interrupted", file=sys.stderr)
        return 130


def main() -> None:  # pragma: no cover - thin wrapper
    sys.exit(run(sys.argv[1:]))
