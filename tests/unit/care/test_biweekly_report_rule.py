"""The biweekly report, every second Friday of the project's own: owed by 18:00 of the
customer's Friday (the day before when it is a holiday), satisfied by a report sent that week."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.care.rules.biweekly_report import report_fridays
from cockpit.domain.enums import MessageKind
from cockpit.services import messages, projects
from cockpit.store.store import Store
from tests.unit.care.conftest import tokyo
from tests.unit.messages import helpers as h

pytestmark = pytest.mark.both_databases


def _start(store: Store, day: date, zone: str = "Asia/Tokyo", country: str = "JP") -> None:
    passport = projects.get_passport(store, h.PROJECT)
    projects.save_passport(store, replace(passport, fields=replace(
        passport.fields, start_date=day, customer_time_zone=zone, working_days_country=country)))


def _sent(store: Store, when: datetime) -> None:
    draft = messages.new_message(store, h.PROJECT, MessageKind.BIWEEKLY_REPORT)
    messages.sent_remotely(store, draft.id, when)


def _owed(store: Store, at: datetime) -> list[CareItem]:
    return due_items(store, at, rule="biweekly_report")


def test_the_fridays_are_the_projects_own() -> None:
    start = date(2026, 11, 2)  # a Monday: the first report Friday is the 13th
    assert report_fridays(start, date(2026, 11, 10)) == (None, date(2026, 11, 13))
    assert report_fridays(start, date(2026, 11, 13)) == (None, date(2026, 11, 13))
    assert report_fridays(start, date(2026, 11, 14)) == (date(2026, 11, 13), date(2026, 11, 27))
    assert report_fridays(start, date(2026, 11, 27)) == (date(2026, 11, 13), date(2026, 11, 27))


def test_a_missed_friday_stays_owed_and_a_sent_report_moves_it_on(store: Store) -> None:
    _start(store, date(2026, 11, 2))
    (missed,) = _owed(store, tokyo(2026, 11, 25, 10, 0))
    assert missed.state is DueState.OVERDUE and missed.due == tokyo(2026, 11, 13, 18, 0)
    assert "2026-11-13" in missed.title and missed.action == "compose:biweekly_report"
    _sent(store, tokyo(2026, 11, 13, 15, 0))
    assert _owed(store, tokyo(2026, 11, 25, 10, 0)) == []  # the 27th: not within two days
    (soon,) = _owed(store, tokyo(2026, 11, 26, 10, 0))
    assert soon.state is DueState.SOON and soon.due == tokyo(2026, 11, 27, 18, 0)
    (today,) = _owed(store, tokyo(2026, 11, 27, 10, 0))
    assert today.state is DueState.DUE
    _sent(store, tokyo(2026, 11, 27, 17, 0))
    assert _owed(store, tokyo(2026, 11, 27, 18, 30)) == []


def test_good_friday_moves_the_report_to_thursday(store: Store) -> None:
    _start(store, date(2026, 3, 9), "Europe/Berlin", "DE")  # Fridays: 20 March, 3 April
    berlin = ZoneInfo("Europe/Berlin")
    _sent(store, datetime(2026, 3, 20, 12, 0, tzinfo=berlin))
    (owed,) = _owed(store, datetime(2026, 4, 2, 10, 0, tzinfo=berlin))
    assert owed.due == datetime(2026, 4, 2, 18, 0, tzinfo=berlin)  # Good Friday is off
    assert owed.state is DueState.DUE
