"""``cockpit followup`` and ``cockpit messages`` as a user runs them, on the demo store."""

from __future__ import annotations

import email
import email.policy
import html
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import MinutesItemData, MinutesKind
from cockpit.domain.messages import MessageKind
from cockpit.paths import resolve_store
from cockpit.services import meetings, messages, occurrences, projects
from cockpit.store.store import Store, open_store
from tests.e2e.test_cli import assert_one_error_line, cli

pytestmark = pytest.mark.both_databases

JSON_KEYS = {"id", "project", "kind", "state", "subject", "to", "updated_at", "sent_at",
             "failure"}


@contextmanager
def _store(path: Path) -> Iterator[Store]:
    store = open_store(resolve_store(str(path)))
    try:
        yield store
    finally:
        store.dispose()


def _parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _bodies(message: EmailMessage) -> tuple[str, str]:
    plain, rich = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and rich is not None
    return plain.get_content(), html.unescape(rich.get_content())


def _listed(tmp_path: Path, db: Path, *args: str) -> list[dict[str, object]]:
    result = cli(tmp_path, "messages", "list", "--json", *args, "--db", db)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    return rows


def _minuted(store: Store, code: str, series_id: str) -> list[occurrences.OccurrenceView]:
    """The series' past meetings with minutes, oldest first."""
    now = datetime.now(UTC)
    return [v for v in occurrences.upcoming(store, now - timedelta(weeks=10), now,
                                            project_id=projects.find_project_id(store, code))
            if v.series_id == series_id and v.has_minutes]


def _weekly(store: Store, code: str) -> str:
    series = meetings.list_series(store, projects.find_project_id(store, code))
    return next(s.id for s in series if s.type.value == "weekly_status")


def _assert_follow_up(eml: Path, store: Store, code: str, view: occurrences.OccurrenceView,
                      minutes: list[MinutesItemData]) -> None:
    message = _parse(eml)
    passport = projects.get_passport(store, projects.find_project_id(store, code))
    pm = next(m for m in passport.members if m.side is Side.VENDOR
              and m.escalation_level is EscalationLevel.PROJECT)
    assert [a.addr_spec for a in message["From"].addresses] == [pm.email]
    to = {a.addr_spec for a in message["To"].addresses}
    customers = {a.email for a in meetings.get_series(store, view.series_id).attendees
                 if a.customer_side and a.email}
    assert customers and customers <= to
    from cockpit.locale_format import format_date

    language = str(passport.fields.language)
    local = format_date(view.occurrence.start.astimezone(ZoneInfo(view.time_zone)).date(),
                        language)  # the meeting's date as the customer's language writes it
    subject = str(message["Subject"])
    # the project's language picks the template: "Follow-up" in English, 議事録 in Japanese
    title = {"en": "Follow-up", "ja": "議事録のご送付"}[language]
    assert subject.startswith(f"[{code}] ") and title in subject and local in subject
    assert passport.fields.customer in subject
    assert message.get_content_type() == "multipart/alternative"
    plain, rich = _bodies(message)
    shared = [m for m in minutes if not m.internal]
    internal = [m for m in minutes if m.internal]
    assert internal and {MinutesKind.POINT, MinutesKind.ACTION} <= {m.kind for m in shared}
    for item in shared:
        assert item.text in plain and item.text in rich, item.text
    for item in internal:
        assert item.text not in plain and item.text not in rich
    assert "(internal)" not in plain + rich


def test_followup_for_a_series_uses_its_latest_meeting_with_minutes(
        db: Path, tmp_path: Path) -> None:
    with _store(db) as store:
        series_id = _weekly(store, "JP-104")
        latest = _minuted(store, "JP-104", series_id)[-1]
        minutes = occurrences.get_minutes(store, series_id, latest.occurrence.original_start)
    assert any(m.kind is MinutesKind.DECISION for m in minutes)  # the latest has the decision
    out = tmp_path / "follow-up.eml"
    result = cli(tmp_path, "followup", "--meeting", series_id, "--out", out, "--new",
                 "--db", db)  # the demo sent this meeting's follow-up already: another one
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and str(out) in result.stdout
    with _store(db) as store:
        _assert_follow_up(out, store, "JP-104", latest, minutes)
        drafts = [m for m in messages.list_messages(store) if m.id in result.stdout]
    assert len(drafts) == 1
    listed = {row["id"]: row for row in _listed(tmp_path, db)}
    assert listed[drafts[0].id]["state"] == "draft"
    assert listed[drafts[0].id]["kind"] == MessageKind.FOLLOW_UP.value
    assert listed[drafts[0].id]["project"] == "JP-104"


def test_followup_run_again_names_the_follow_up_the_meeting_has(
        db: Path, tmp_path: Path) -> None:
    with _store(db) as store:
        series_id = _weekly(store, "JP-104")
        latest = _minuted(store, "JP-104", series_id)[-1]
        sent = next(m for m in messages.list_messages(store)
                    if m.kind is MessageKind.FOLLOW_UP and m.project_code == "JP-104")
    assert sent.state.value == "sent" and sent.sent_at is not None  # the demo's, for `latest`
    before = _listed(tmp_path, db)
    out = tmp_path / "again.eml"

    again = cli(tmp_path, "followup", "--meeting", series_id, "--out", out, "--db", db)

    assert again.returncode == 0 and again.stderr == ""
    assert f"follow-up already sent on {sent.sent_at.astimezone(UTC):%Y-%m-%d}: {sent.id}" \
        in again.stdout
    assert not out.exists() and _listed(tmp_path, db) == before

    assert latest.occurrence.id is not None
    first = cli(tmp_path, "followup", "--meeting", latest.occurrence.id, "--out", out, "--new",
                "--db", db)
    assert first.returncode == 0 and out.exists()
    new_id = first.stdout.split()[2].rstrip(":")  # "saved draft ID: subject"
    for meeting in (series_id, latest.occurrence.id):  # the series stands for the same meeting
        twice = cli(tmp_path, "followup", "--meeting", meeting, "--out", tmp_path / "x.eml",
                    "--db", db)
        assert twice.returncode == 0, twice.stderr
        assert f"follow-up already drafted: {new_id}" in twice.stdout
        assert not (tmp_path / "x.eml").exists()
    assert len(_listed(tmp_path, db)) == len(before) + 1


def test_followup_for_an_occurrence_id(db: Path, tmp_path: Path) -> None:
    with _store(db) as store:
        series_id = _weekly(store, "DE-102")
        first = _minuted(store, "DE-102", series_id)[0]  # not the latest: the id decides
        minutes = occurrences.get_minutes(store, series_id, first.occurrence.original_start)
        before = len(messages.list_messages(store))
    assert first.occurrence.id is not None
    out = tmp_path / "occurrence.eml"
    result = cli(tmp_path, "followup", "--meeting", first.occurrence.id, "--out", out,
                 "--db", db)
    assert result.returncode == 0, result.stderr
    with _store(db) as store:
        _assert_follow_up(out, store, "DE-102", first, minutes)
    rows = _listed(tmp_path, db, "--project", "DE-102")
    new = [r for r in rows if str(r["id"]) in result.stdout]
    assert len(new) == 1 and new[0]["state"] == "draft"
    assert len(_listed(tmp_path, db)) == before + 1


def test_followup_refuses_what_it_cannot_follow_up(db: Path, tmp_path: Path) -> None:
    before = _listed(tmp_path, db)
    out = tmp_path / "nothing.eml"
    unknown = cli(tmp_path, "followup", "--meeting", "no-such-meeting", "--out", out,
                  "--db", db)
    line = assert_one_error_line(unknown)
    assert "no-such-meeting" in line and "cockpit meetings list" in line
    with _store(db) as store:
        series = meetings.list_series(store, projects.find_project_id(store, "JP-104"))
        no_minutes = next(s for s in series if s.type.value == "biweekly_status")
    empty = cli(tmp_path, "followup", "--meeting", no_minutes.id, "--out", out, "--db", db)
    assert "no past meeting with minutes" in assert_one_error_line(empty)
    assert not out.exists()
    assert _listed(tmp_path, db) == before  # nothing saved either


def test_messages_list_json_table_and_project_filter(demo_db: Path, tmp_path: Path) -> None:
    rows = _listed(tmp_path, demo_db)
    assert rows and all(set(row) == JSON_KEYS for row in rows)
    assert {"draft", "queued", "sent", "failed"} <= {row["state"] for row in rows}
    assert "ready" not in {row["state"] for row in rows}  # the window's word: Queued
    updated = [datetime.fromisoformat(str(row["updated_at"])) for row in rows]
    assert all(moment.utcoffset() is not None for moment in updated)
    assert updated == sorted(updated, reverse=True)
    for row in rows:
        if row["state"] == "sent":
            assert datetime.fromisoformat(str(row["sent_at"])).utcoffset() is not None
        assert bool(row["failure"]) == (row["state"] == "failed")

    mine = _listed(tmp_path, demo_db, "--project", "jp-104")
    with _store(demo_db) as store:
        expected = messages.list_messages(store, project_id=messages.find_project(store,
                                                                                  "JP-104"))
    assert mine and all(row["project"] == "JP-104" for row in mine)
    assert [row["id"] for row in mine] == [m.id for m in expected]

    table = cli(tmp_path, "messages", "list", "--db", demo_db)
    assert table.returncode == 0 and table.stderr == ""
    lines = table.stdout.splitlines()
    assert lines[0].split()[:4] == ["ID", "PROJECT", "KIND", "STATE"]
    assert len(lines) == len(rows) + 1
    assert all(str(row["id"]) in table.stdout for row in rows)
    unknown = cli(tmp_path, "messages", "list", "--project", "XX-999", "--db", demo_db)
    assert "XX-999" in assert_one_error_line(unknown)


def test_export_of_a_sent_message(demo_db: Path, tmp_path: Path) -> None:
    sent = next(row for row in _listed(tmp_path, demo_db) if row["state"] == "sent")
    out = tmp_path / "sent.eml"
    result = cli(tmp_path, "messages", "export", str(sent["id"]), "--out", out,
                 "--db", demo_db)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    message = _parse(out)
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert str(message["Subject"]) == sent["subject"]
    assert message["Message-ID"] and message["X-Unsent"] is None  # it went out already
    plain, rich = _bodies(message)
    assert plain.strip() and "<" in message.get_body(("html",)).get_content()
    assert message["To"].addresses
    assert all(a.addr_spec in str(sent["to"]) for a in message["To"].addresses)


def test_export_refuses_unknown_ids_and_invalid_addresses(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.eml"
    unknown = cli(tmp_path, "messages", "export", "no-such-message", "--out", out, "--db", db)
    line = assert_one_error_line(unknown)
    assert "no message with id no-such-message" in line and "messages list" in line
    with _store(db) as store:
        broken = messages.new_message(store, messages.find_project(store, "US-103"),
                                      to="not an address", subject="Broken")
    bad = cli(tmp_path, "messages", "export", broken.id, "--out", out, "--db", db)
    assert "not a valid e-mail address" in assert_one_error_line(bad)
    assert not out.exists()
