"""``cockpit meetings …`` and ``cockpit ics import``: the meeting planner from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cockpit.errors import ErrorCode, KnownError


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    meetings = sub.add_parser("meetings", parents=[db], help="meeting planner commands")
    msub = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)

    mlist = msub.add_parser("list", parents=[db], help="a project's meeting series")
    mlist.add_argument("--project", required=True, metavar="CODE")
    mlist.add_argument("--json", action="store_true", help="print JSON instead of a table")
    mlist.set_defaults(run=lambda a: _list(a, open_store))

    export = msub.add_parser("export", parents=[db], help="write an .ics invite or calendar")
    export.add_argument("--project", required=True, metavar="CODE")
    export.add_argument("--series", metavar="ID|NAME",
                        help="the series: its id (or a unique start of it) or its title "
                        "(needed when the project has several and the method is request or "
                        "cancel)")
    export.add_argument("--method", choices=("request", "cancel", "publish"), default="request")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    export.set_defaults(run=lambda a: _export(a, open_store))

    governance = msub.add_parser(
        "governance", parents=[db],
        help="set up the default governance series (weekly, biweekly, executive review)")
    governance.add_argument("--project", required=True, metavar="CODE")
    governance.set_defaults(run=lambda a: _governance(a, open_store))

    ics = sub.add_parser("ics", parents=[db], help="iCalendar files")
    isub = ics.add_subparsers(dest="ics_command", metavar="ACTION", required=True)
    imp = isub.add_parser("import", parents=[db], help="import an .ics file into a project")
    imp.add_argument("--project", required=True, metavar="CODE")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(run=lambda a: _import(a, open_store))


def _project(store: Any, code: str) -> str:
    from cockpit.services.projects import find_project_id

    return find_project_id(store, code)


def _list(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.domain.cadence import rrule_text, series_starts
    from cockpit.services.meetings import list_series

    store = open_store(args)
    try:
        rows = list_series(store, _project(store, args.project))
    finally:
        store.dispose()
    now = datetime.now(UTC)
    out = []
    for s in rows:
        upcoming = [] if s.cancelled else [
            d.isoformat() for d in series_starts(s, now, now + timedelta(days=400))][:3]
        out.append({
            "id": s.id, "uid": s.uid, "title": s.title, "type": s.type.value,
            "cadence": s.cadence.value, "interval": s.interval, "rrule": rrule_text(s),
            "first_date": s.first_date.isoformat() if s.first_date else None,
            "start_time": s.start_time.strftime("%H:%M"), "time_zone": s.time_zone,
            "duration_minutes": s.duration_minutes, "cancelled": s.cancelled,
            "sequence": s.sequence, "next": upcoming,
            "attendees": [{"name": a.name, "email": a.email, "role": a.role.value,
                           "response": a.partstat.value} for a in s.attendees],
        })
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not out:
        print(f"{args.project} has no meetings yet "
              f"(try: cockpit meetings governance --project {args.project})")
    for row in out:
        state = " (cancelled)" if row["cancelled"] else ""
        print(f"{row['id']}  {row['title']}{state}")
        print(f"    {row['rrule']} at {row['start_time']} {row['time_zone']}, "
              f"{row['duration_minutes']} min, {len(row['attendees'])} attendees")
        for moment in row["next"]:
            print(f"    next: {moment}")
    return 0


def _export(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.ics.export import Method
    from cockpit.services.invites import export_series
    from cockpit.services.meeting_lookup import pick_series
    from cockpit.services.meetings import list_series

    method = Method(args.method.upper())
    store = open_store(args)
    try:
        series = list_series(store, _project(store, args.project))
        if args.series:
            chosen = [pick_series(series, args.series, args.project)]
        elif method is Method.PUBLISH:
            chosen = [s for s in series if not s.cancelled]
        elif len(series) == 1:
            chosen = series
        else:
            ids = ", ".join(f"{s.id} ({s.title})" for s in series) or "none"
            raise KnownError(ErrorCode.VALIDATION,
                             f"choose a series with --series; {args.project} has: {ids}")
        if not chosen:
            raise KnownError(ErrorCode.NOT_FOUND, f"{args.project} has no meetings to export")
        if len(chosen) == 1:
            data = export_series(store, chosen[0].id, method)
        else:
            data = _merge([export_series(store, s.id, method) for s in chosen])
    finally:
        store.dispose()
    _write(args.out, data, store.location.path)
    print(f"wrote {args.out} ({method.value}, {len(chosen)} series)")
    return 0


def _merge(files: list[bytes]) -> bytes:
    """Several series in one PUBLISH calendar: one VCALENDAR, each zone once."""
    from icalendar import Calendar

    merged: Calendar | None = None
    zones: set[str] = set()
    for data in files:
        calendar = Calendar.from_ical(data)
        if merged is None:
            merged = Calendar()
            for key, value in calendar.property_items(recursive=False)[1:-1]:
                merged.add(key, value)
        for component in calendar.subcomponents:
            if component.name == "VTIMEZONE":
                if str(component["TZID"]) in zones:
                    continue
                zones.add(str(component["TZID"]))
            merged.add_component(component)
    assert merged is not None
    return merged.to_ical()


def _write(path: Path, data: bytes, store_path: Path | None) -> None:
    from cockpit.safe_write import write_atomically

    write_atomically(path, data, protected=[store_path] if store_path else [])


def _governance(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.services.meetings import list_series, propose_governance, save_proposals

    store = open_store(args)
    try:
        project_id = _project(store, args.project)
        existing = {s.type for s in list_series(store, project_id) if not s.cancelled}
        proposals = [p for p in propose_governance(store, project_id) if p.type not in existing]
        saved = save_proposals(store, proposals)
    finally:
        store.dispose()
    if not saved:
        print(f"{args.project} already has its governance series")
    for series in saved:
        print(f"created {series.id}  {series.title} ({series.cadence.value}, "
              f"{series.start_time:%H:%M} {series.time_zone}, {len(series.attendees)} attendees)")
    return 0


def _import(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.ics.importer import SKIP_TEXT, import_ics, parse

    parse(args.file)  # a bad file is refused before the store is even opened
    store = open_store(args)
    try:
        result = import_ics(store, _project(store, args.project), args.file)
    finally:
        store.dispose()
    print(f"imported {args.file}: {result.created} created, {result.updated} updated, "
          f"{result.cancelled} cancelled, {result.responses} responses")
    for summary, reason in result.skipped:
        print(f"  skipped '{summary}': {SKIP_TEXT[reason]}")
    return 0
