"""``cockpit due``: what each customer is owed, from the care engine (the same as Today)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    due = sub.add_parser("due", parents=[db],
                         help="what is owed to customers: overdue, due today, soon")
    due.add_argument("--json", action="store_true", help="print JSON instead of a table")
    due.add_argument("--at", type=_moment, metavar="ISO-DATETIME",
                     help="evaluate the store as of this moment (default: now; without an "
                     "offset, this computer's zone); nothing is written")
    due.add_argument("--project", metavar="CODE", help="only this project")
    due.add_argument("--rule", metavar="NAME", help="only this rule (e.g. open_task_update)")
    due.set_defaults(run=lambda a: _due(a, open_store))


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 moment: {text!r} (e.g. 2026-12-01T10:00+09:00)") from None
    return moment if moment.tzinfo else moment.astimezone()


def _due(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.care.engine import due_items
    from cockpit.services.messages import find_project

    store = open_store(args)
    try:
        project_id = find_project(store, args.project) if args.project else None
        items = due_items(store, args.at, project_id=project_id, rule=args.rule)
    finally:
        store.dispose()
    if args.json:
        json.dump([_record(i) for i in items], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not items:
        print("nothing is owed to a customer now or in the next two days")
        return 0
    rows = [("STATE", "DUE (CUSTOMER)", "PROJECT", "WHAT", "TO")] + [
        (i.state.value, _local(i.due, i.customer_zone).strftime("%Y-%m-%d %H:%M %Z"),
         i.project_code, i.title, ", ".join(i.recipients) or "-") for i in items]
    widths = [max(len(r[c]) for r in rows) for c in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True))
              + "  " + row[4])
    return 0


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def _record(item: Any) -> dict[str, Any]:
    return {
        "project": item.project_code, "rule": item.rule, "title": item.title,
        "recipients": list(item.recipients), "state": item.state.value,
        "due": _local(item.due, item.customer_zone).isoformat(),
        "since": item.since.astimezone(ZoneInfo(item.customer_zone)).isoformat()
        if item.since else None,
        "action": item.action, "customer_zone": item.customer_zone,
        "key": item.key, "detail": item.detail, "subject": item.subject,
    }
