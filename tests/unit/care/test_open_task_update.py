"""The open-task update (every 2 working days): falls due in the customer's working days, is
satisfied by the next update sent, and reads the store as it stood at the moment asked about.

JP-201 (tests/unit/messages/helpers.py): a Tokyo customer (Japanese holidays) with open tasks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import MessageKind
from cockpit.domain.work import TaskStatus
from cockpit.errors import KnownError
from cockpit.services import messages, projects
from cockpit.store.store import Store
from tests.unit.care.conftest import tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases

BERLIN = ZoneInfo("Europe/Berlin")


def _sent_update(store: Store, when: datetime) -> str:
    draft = messages.new_message(store, helpers.PROJECT, MessageKind.TASK_UPDATE)
    return messages.sent_remotely(store, draft.id, when).id


def _owed(store: Store, at: datetime) -> CareItem | None:
    items = due_items(store, at, rule="open_task_update")
    assert len(items) <= 1
    return items[0] if items else None


def test_due_two_customer_working_days_after_the_last_update(store: Store) -> None:
    _sent_update(store, tokyo(2026, 11, 27, 10, 0))  # a Friday
    due = tokyo(2026, 12, 1, 18, 0)  # Tuesday, the end of the customer's working day
    soon = _owed(store, tokyo(2026, 11, 30, 12, 0))
    assert soon is not None and soon.state is DueState.SOON and soon.due == due
    today = _owed(store, tokyo(2026, 12, 1, 10, 0))
    assert today is not None and today.state is DueState.DUE
    late = _owed(store, tokyo(2026, 12, 1, 18, 30))
    assert late is not None and late.state is DueState.OVERDUE
    assert late.project_code == helpers.CODE and late.action == "compose:task_update"
    assert late.since == tokyo(2026, 11, 27, 10, 0)
    assert late.recipients == (f"{helpers.YAMADA.name} <{helpers.YAMADA.email}>",)  # the map
    assert "open tasks" in late.title
    assert _owed(store, tokyo(2026, 11, 27, 12, 0)) is None  # not yet worth showing


def test_a_japanese_holiday_is_not_a_working_day(store: Store) -> None:
    _sent_update(store, tokyo(2026, 11, 20, 15, 0))  # Friday; Monday 23rd is a holiday
    item = _owed(store, tokyo(2026, 11, 25, 9, 0))
    assert item is not None and item.due == tokyo(2026, 11, 25, 18, 0)


def test_a_message_sent_at_half_past_eleven_at_night_in_berlin_counts_for_tokyos_next_day(
        store: Store) -> None:
    _sent_update(store, datetime(2026, 11, 30, 23, 30, tzinfo=BERLIN))  # Tue 07:30 in Tokyo
    item = _owed(store, tokyo(2026, 12, 3, 9, 0))
    assert item is not None and item.due == tokyo(2026, 12, 3, 18, 0)  # Tue + 2: Thursday


def test_the_next_update_sent_satisfies_it_and_a_later_one_does_not_count_before_it_went(
        store: Store) -> None:
    _sent_update(store, tokyo(2026, 11, 27, 10, 0))
    _sent_update(store, tokyo(2026, 12, 1, 16, 0))  # sent on the day it was due
    at_night = _owed(store, tokyo(2026, 12, 1, 20, 0))  # no longer overdue: the next one
    assert at_night is not None and at_night.state is DueState.SOON  # is owed on Thursday
    assert at_night.due == tokyo(2026, 12, 3, 18, 0)
    as_it_was = _owed(store, tokyo(2026, 12, 1, 15, 0))  # before the second one went out
    assert as_it_was is not None and as_it_was.state is DueState.DUE


def test_nothing_is_owed_without_open_tasks(store: Store) -> None:
    _sent_update(store, tokyo(2026, 11, 27, 10, 0))
    passport = projects.get_passport(store, helpers.PROJECT)
    closed = [replace(t, status=TaskStatus.DONE) if t.status.is_open else t
              for t in passport.tasks]
    projects.save_passport(store, replace(passport, tasks=closed))
    assert _owed(store, tokyo(2026, 12, 2, 10, 0)) is None


def test_an_unknown_rule_is_refused_with_the_names_there_are(store: Store) -> None:
    with pytest.raises(KnownError) as err:
        due_items(store, tokyo(2026, 12, 1, 10, 0), rule="weather")
    assert "open_task_update" in err.value.message
