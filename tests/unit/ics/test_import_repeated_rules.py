"""Calendars from CalDAV servers whose events repeat by more than one RRULE, or carry extra
RDATE dates, or repeat single-valued properties: they import what a series can hold and name
what was left out — never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cockpit.domain.meetings import Cadence
from cockpit.ics.importer import Skip, import_ics
from cockpit.services import projects
from cockpit.store.models import MeetingSeries
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases

HEAD = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp.//CalDAV Server//EN\r\n"
        "METHOD:PUBLISH\r\n")


def _event(uid: str, summary: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\n"
            "DTSTART;TZID=Europe/Berlin:20261202T100000\r\n"
            f"DTEND;TZID=Europe/Berlin:20261202T103000\r\n{body}END:VEVENT\r\n")


def _file(tmp_path: Path, *events: str) -> Path:
    path = tmp_path / "caldav.ics"
    path.write_text(HEAD + "".join(events) + "END:VCALENDAR\r\n", encoding="utf-8")
    return path


@pytest.fixture
def project_id(demo_store: Store) -> str:
    return projects.find_project_id(demo_store, "DE-108")


def _series(store: Store, uid: str) -> MeetingSeries | None:
    with store.session() as s:
        return s.scalars(select(MeetingSeries).where(MeetingSeries.uid == uid)).first()


def test_an_event_with_two_rules_is_named_and_the_rest_imports(
        demo_store: Store, project_id: str, tmp_path: Path) -> None:
    path = _file(tmp_path,
                 _event("two-rules@caldav", "Steering and retro",
                        "RRULE:FREQ=WEEKLY;BYDAY=WE", "RRULE:FREQ=MONTHLY;BYDAY=1FR"),
                 _event("one-rule@caldav", "Weekly status", "RRULE:FREQ=WEEKLY;BYDAY=WE"))

    result = import_ics(demo_store, project_id, path)

    assert result.created == 1
    assert result.skipped == [("Steering and retro", Skip.SEVERAL_RULES)]
    assert _series(demo_store, "two-rules@caldav") is None
    weekly = _series(demo_store, "one-rule@caldav")
    assert weekly is not None and weekly.cadence is Cadence.WEEKLY


def test_the_same_rule_written_twice_is_one_rule(demo_store: Store, project_id: str,
                                                 tmp_path: Path) -> None:
    rule = "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    path = _file(tmp_path, _event("twice@caldav", "Biweekly report", rule, rule,
                                  "SEQUENCE:3", "SEQUENCE:4", "SUMMARY:Second title"))
    result = import_ics(demo_store, project_id, path)
    assert (result.created, result.skipped) == (1, [])
    row = _series(demo_store, "twice@caldav")
    assert row is not None
    assert (row.cadence, row.interval, row.title, row.sequence) == (
        Cadence.EVERY_N_WEEKS, 2, "Biweekly report", 3)


def test_extra_dates_are_left_out_and_named(demo_store: Store, project_id: str,
                                            tmp_path: Path) -> None:
    path = _file(tmp_path, _event("rdate@caldav", "Weekly status",
                                  "RRULE:FREQ=WEEKLY;BYDAY=WE",
                                  "RDATE;TZID=Europe/Berlin:20261205T100000",
                                  "EXDATE;TZID=Europe/Berlin:20261209T100000",
                                  "EXDATE;TZID=Europe/Berlin:20261216T100000"))
    result = import_ics(demo_store, project_id, path)
    assert result.created == 1
    assert result.skipped == [("Weekly status", Skip.EXTRA_DATES)]
    row = _series(demo_store, "rdate@caldav")
    assert row is not None
    with demo_store.session() as s:
        stored = s.get(MeetingSeries, row.id)
        assert stored is not None
        assert len([o for o in stored.occurrences if o.state.value == "cancelled"]) == 2
