"""``cockpit flags`` (the red flags and where they stand on the escalation path) and ``cockpit
cr`` (change requests and their workflow)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from cockpit.cli.care_commands import _moment
from cockpit.domain.red_flags import FlagCategory, Severity
from cockpit.domain.work import ChangeRequestStatus


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    flags = sub.add_parser("flags", parents=[db], help="red flags and the escalation path")
    fsub = flags.add_subparsers(dest="flags_command", metavar="ACTION", required=True)
    flist = fsub.add_parser(
        "list", parents=[db],
        help="each red flag with its level now and when it moves up next (the clock's due "
             "moves are written first)")
    flist.add_argument("--json", action="store_true", help="print JSON instead of a table")
    flist.add_argument("--at", type=_moment, metavar="ISO-DATETIME",
                       help="where the flags stand at this moment (without an offset, this "
                       "computer's zone); nothing is written")
    flist.add_argument("--project", metavar="CODE", help="only this project")
    flist.add_argument("--open", action="store_true", help="only the flags not resolved")
    flist.set_defaults(run=lambda a: _flags_list(a, open_store))
    fraise = fsub.add_parser("raise", parents=[db],
                             help="raise a red flag at the project manager's level")
    fraise.add_argument("--project", required=True, metavar="CODE")
    fraise.add_argument("--title", required=True)
    fraise.add_argument("--description", default="")
    fraise.add_argument("--severity", choices=[s.value for s in Severity], default="medium")
    fraise.add_argument("--category", choices=[c.value for c in FlagCategory], default="other")
    fraise.add_argument("--raised-by", default="", metavar="NAME",
                        help="who complained (a name, or the e-mail of one of the project's "
                        "people)")
    fraise.add_argument("--at", type=_moment, metavar="ISO-DATETIME",
                        help="when it was raised (default: now)")
    fraise.set_defaults(run=lambda a: _flags_raise(a, open_store))

    cr = sub.add_parser("cr", parents=[db], help="change requests and their workflow")
    csub = cr.add_subparsers(dest="cr_command", metavar="ACTION", required=True)
    clist = csub.add_parser("list", parents=[db], help="change requests and their state")
    clist.add_argument("--json", action="store_true", help="print JSON instead of a table")
    clist.add_argument("--project", metavar="CODE", help="only this project")
    clist.set_defaults(run=lambda a: _cr_list(a, open_store))
    move = csub.add_parser(
        "move", parents=[db],
        help="move a change request to its next state (an illegal move is refused)")
    move.add_argument("--id", required=True, metavar="ID",
                      help="the change request's id (see `cockpit cr list --json`)")
    move.add_argument("--to", required=True, metavar="STATE",
                      choices=[s.value for s in ChangeRequestStatus],
                      help=", ".join(s.value for s in ChangeRequestStatus))
    move.add_argument("--hours", metavar="H", help="estimated: the estimate's hours")
    move.add_argument("--estimated-by", metavar="EMAIL|NAME",
                      help="estimated: who estimated it (one of the project's people)")
    move.add_argument("--sprint", metavar="NAME", help="scheduled: the sprint it goes into")
    move.add_argument("--mail", metavar="MAIL-ID",
                      help="confirmed/rejected: the customer's mail that says so")
    move.add_argument("--logged", metavar="TEXT",
                      help="confirmed/rejected: the customer's message, logged by hand (with "
                      "--on)")
    move.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="the date of the message logged by hand")
    move.add_argument("--note", default="", help="a note kept with the step")
    move.add_argument("--by", metavar="NAME", help="who made the step (default: the project's "
                      "manager)")
    move.set_defaults(run=lambda a: _cr_move(a, open_store))


def _local(moment: Any, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).isoformat() if moment else None  # type: ignore


def _flag_record(flag: Any, zone: str) -> dict[str, Any]:
    move = flag.next_move
    return {
        "id": flag.id, "key": flag.key, "project": flag.project_code, "title": flag.title,
        "severity": flag.severity.value, "category": flag.category.value,
        "raised_by": flag.raised_by, "raised_at": _local(flag.raised_at, zone),
        "level": flag.level.value, "level_since": _local(flag.level_since, zone),
        "next_level": move.to_level.value if move else None,
        "moves_at": _local(move.at, zone) if move else None,
        "resolved_at": _local(flag.resolved_at, zone),
        "people": [p.address() for p in flag.people], "customer_zone": zone,
    }


def _flags_list(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.services import red_flags
    from cockpit.services.messages import find_project

    store = open_store(args)
    try:
        project_id = find_project(store, args.project) if args.project else None
        if args.at is None:
            red_flags.advance(store, project_id=project_id)  # the clock's due moves, once
        flags = red_flags.list_flags(store, args.at, project_id=project_id,
                                     open_only=args.open)
        zones = _zones(store, {f.project_id for f in flags})
    finally:
        store.dispose()
    records = [_flag_record(f, zones.get(f.project_id, "UTC")) for f in flags]
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not records:
        print("no red flags")
        return 0
    rows = [("PROJECT", "FLAG", "SEVERITY", "LEVEL", "MOVES UP (CUSTOMER)", "TITLE")] + [
        (r["project"], r["key"], r["severity"],
         "resolved" if r["resolved_at"] else r["level"],
         f"{r['moves_at'][:16].replace('T', ' ')} → {r['next_level']}" if r["moves_at"]
         else "-", r["title"]) for r in records]
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths, strict=True))
              + "  " + row[5])
    return 0


def _zones(store: Any, project_ids: set[str]) -> dict[str, str]:
    from sqlalchemy import select

    from cockpit.store.models import Project

    if not project_ids:
        return {}
    with store.session() as s:
        return dict(s.execute(select(Project.id, Project.customer_time_zone)
                              .where(Project.id.in_(project_ids))).all())


def _person(store: Any, project_id: str, text: str | None) -> tuple[str | None, str]:
    """(person id, name) of one of the project's people named by e-mail or name."""
    if not text:
        return None, ""
    from sqlalchemy import func, or_, select

    from cockpit.store.models import Membership, Person

    with store.session() as s:
        found = s.execute(
            select(Person.id, Person.name).join(Membership, Membership.person_id == Person.id)
            .where(Membership.project_id == project_id,
                   or_(func.lower(Person.email) == text.strip().lower(),
                       Person.name == text.strip()))).first()
    return (found[0], found[1]) if found else (None, text.strip())


def _flags_raise(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.services import red_flags
    from cockpit.services.messages import find_project

    store = open_store(args)
    try:
        project_id = find_project(store, args.project)
        person_id, name = _person(store, project_id, args.raised_by)
        flag = red_flags.raise_flag(
            store, project_id, title=args.title, description=args.description,
            severity=Severity(args.severity), category=FlagCategory(args.category),
            raised_by_person_id=person_id, raised_by=name, raised_at=args.at)
    finally:
        store.dispose()
    move = flag.next_move
    print(f"{flag.project_code} {flag.key} raised at the {flag.level.value} level"
          + (f"; it moves up to {move.to_level.value} at {move.at.isoformat()}" if move else "")
          + f" (id {flag.id})")
    return 0


def _cr_record(cr: Any) -> dict[str, Any]:
    return {
        "id": cr.id, "project": cr.project_code, "key": cr.key, "title": cr.title,
        "status": cr.status.value,
        "estimate_hours": str(cr.estimate_hours) if cr.estimate_hours is not None else None,
        "estimated_by": cr.estimated_by, "submitted_by": cr.submitted_by,
        "requested_on": cr.requested_on.isoformat() if cr.requested_on else None,
        "confirmed_on": cr.confirmed_on.isoformat() if cr.confirmed_on else None,
        "confirmation": cr.confirmation_label, "sprint": cr.target_sprint,
        "since": cr.since.isoformat() if cr.since else None,
    }


def _cr_list(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.services import change_requests
    from cockpit.services.messages import find_project

    store = open_store(args)
    try:
        project_id = find_project(store, args.project) if args.project else None
        rows = change_requests.list_requests(store, project_id)
    finally:
        store.dispose()
    records = [_cr_record(r) for r in rows]
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not records:
        print("no change requests")
        return 0
    table = [("PROJECT", "KEY", "STATE", "HOURS", "SPRINT", "TITLE")] + [
        (r["project"], r["key"], r["status"], r["estimate_hours"] or "-", r["sprint"] or "-",
         r["title"]) for r in records]
    widths = [max(len(r[c]) for r in table) for c in range(5)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths, strict=True))
              + "  " + row[5])
    return 0


def _cr_move(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.services import change_requests

    store = open_store(args)
    try:
        current = change_requests.get_request(store, args.id)
        person_id, _ = _person(store, current.project_id, args.estimated_by)
        if args.estimated_by and person_id is None:
            from cockpit.errors import ErrorCode, KnownError

            raise KnownError(ErrorCode.VALIDATION, f"{args.estimated_by!r} is not one of the "
                             "project's people")
        confirmation = None
        if args.mail or args.logged:
            confirmation = change_requests.Confirmation(
                mail_id=args.mail, on=args.on, note=args.logged or "")
        moved = change_requests.move(
            store, args.id, ChangeRequestStatus(args.to), by=args.by, note=args.note,
            hours=args.hours, estimated_by_person_id=person_id, sprint=args.sprint,
            confirmation=confirmation)
    finally:
        store.dispose()
    print(f"{moved.project_code} {moved.key or moved.title}: {current.status.value} → "
          f"{moved.status.value}")
    return 0
