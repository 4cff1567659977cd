"""``cockpit followup`` and ``cockpit messages …``: messages from the shell, as .eml files."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cockpit.errors import ErrorCode, KnownError

SUBJECT_COLUMNS = 50


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    followup = sub.add_parser(
        "followup", parents=[db],
        help="write the follow-up of a meeting as an .eml draft (also kept in the app)")
    followup.add_argument(
        "--meeting", required=True, metavar="ID",
        help="a meeting series id from `cockpit meetings list` (its latest meeting with "
             "minutes) or a meeting occurrence id")
    followup.add_argument("--out", required=True, type=Path, metavar="FILE.eml")
    followup.add_argument(
        "--new", action="store_true",
        help="write another follow-up even if the meeting has one (drafted, queued or sent)")
    followup.set_defaults(run=lambda a: _followup(a, open_store))

    messages = sub.add_parser("messages", parents=[db], help="message commands")
    msub = messages.add_subparsers(dest="messages_command", metavar="ACTION", required=True)

    mlist = msub.add_parser("list", parents=[db], help="messages, newest first")
    mlist.add_argument("--project", metavar="CODE", help="only this project's messages")
    mlist.add_argument("--json", action="store_true", help="print JSON instead of a table")
    mlist.set_defaults(run=lambda a: _list(a, open_store))

    export = msub.add_parser("export", parents=[db], help="write a message as an .eml file")
    export.add_argument("id", metavar="ID", help="a message id from `cockpit messages list`")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.eml")
    export.set_defaults(run=lambda a: _export(a, open_store))


def _check_out(path: Path, store: Any) -> None:
    """Refuse an output file that cannot be written before anything is saved."""
    if store.location.path is not None and path.resolve() == store.location.path.resolve():
        raise KnownError(ErrorCode.FILE_UNREADABLE,
                         f"{path} is the database itself: choose another file name")
    if path.is_dir():
        raise KnownError(ErrorCode.FILE_UNREADABLE,
                         f"{path} is a folder: choose a file name to write to")
    if not path.parent.is_dir():
        raise KnownError(ErrorCode.FILE_NOT_FOUND,
                         f"cannot write {path}: the folder {path.parent} does not exist")


def _followup(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.messages.sources import Source
    from cockpit.services.follow_ups import write_follow_up
    from cockpit.services.meeting_lookup import find_meeting
    from cockpit.services.messages import write_eml

    store = open_store(args)
    try:
        _check_out(args.out, store)
        meeting = find_meeting(store, args.meeting)
        result = write_follow_up(store, Source(
            meeting.project_id, series_id=meeting.series_id,
            original_start=meeting.original_start), another=args.new)
        draft = result.message
        if draft is not None:
            try:
                write_eml(store, draft.id, args.out)
            except KnownError as exc:
                raise KnownError(exc.code, f"{exc.message} (draft {draft.id} is saved: correct "
                                           "it in the app, then `cockpit messages export`)"
                                 ) from exc
    finally:
        store.dispose()
    if draft is None:
        assert result.existing is not None
        print(_existing_text(result.existing))
        print(f"nothing written; `cockpit messages export {result.existing.message_id} --out "
              "FILE.eml` writes it, --new writes another follow-up")
        return 0
    print(f"saved draft {draft.id}: {draft.subject}")
    print(f"wrote {args.out}")
    return 0


def _existing_text(existing: Any) -> str:
    """"follow-up already drafted: ID (subject)", "… already sent on 2026-11-24: ID (…)"."""
    from cockpit.domain.messages import MessageState

    what = {MessageState.DRAFT: "drafted", MessageState.READY: "queued",
            MessageState.FAILED: "written but failed to send",
            MessageState.SENT: f"sent on {existing.when.astimezone(UTC):%Y-%m-%d}"}
    return (f"follow-up already {what[existing.state]}: {existing.message_id} "
            f"({existing.subject})")


def _moment(value: datetime | None, timespec: str = "auto") -> str | None:
    return value.astimezone(UTC).isoformat(timespec=timespec) if value else None


def _list(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.domain.messages import state_word
    from cockpit.services.messages import find_project, list_messages

    store = open_store(args)
    try:
        project_id = find_project(store, args.project) if args.project else None
        rows = list_messages(store, project_id=project_id)
    finally:
        store.dispose()
    if args.json:
        out = [{"id": r.id, "project": r.project_code or None, "kind": r.kind.value,
                "state": state_word(r.state), "subject": r.subject, "to": r.to,
                "updated_at": _moment(r.updated_at), "sent_at": _moment(r.sent_at),
                "failure": r.failure} for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(f"{args.project or 'the store'} has no messages yet")
        return 0
    headers = ("ID", "PROJECT", "KIND", "STATE", "UPDATED (UTC)", "SUBJECT")
    table = [headers] + [
        (r.id, r.project_code or "-", r.kind.value, state_word(r.state),
         _moment(r.updated_at, "minutes") or "", _truncate(r.subject, SUBJECT_COLUMNS))
        for r in rows
    ]
    widths = [max(_width(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        print("  ".join(cell + " " * (w - _width(cell))
                        for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _truncate(text: str, columns: int) -> str:
    if _width(text) <= columns:
        return text
    out, used = "", 1  # room for the ellipsis
    for char in text:
        used += _width(char)
        if used > columns:
            break
        out += char
    return out + "…"


def _export(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.domain.messages import state_word
    from cockpit.services.messages import get_message, write_eml

    store = open_store(args)
    try:
        _check_out(args.out, store)
        try:
            message = get_message(store, args.id.strip())
        except KnownError as exc:
            raise KnownError(exc.code, f"{exc.message}; `cockpit messages list` shows the "
                                       "ids") from exc
        write_eml(store, message.id, args.out)
    finally:
        store.dispose()
    print(f"wrote {args.out} ({state_word(message.state)}: {message.subject})")
    return 0
