"""While a task is urgent: an update every hour of the customer's working time, the clock
stopping at the end of their day; a task update sent (or the item marked done) restarts it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import MessageKind
from cockpit.services import care_marks, care_settings, projects
from cockpit.store.store import Store
from tests.unit.care.conftest import sent, set_sql, tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases


@pytest.fixture(autouse=True)
def _urgent_at_half_past_five(store: Store) -> None:
    set_sql(store, "UPDATE task SET urgent_since = :since WHERE id = :task",
            since=tokyo(2026, 12, 1, 17, 30).astimezone(UTC), task=helpers.T_GATEWAY)


def _owed(store: Store, at: datetime) -> list[CareItem]:
    return due_items(store, at, rule="urgent_update")


def test_an_urgent_task_made_at_half_past_five_owes_its_update_the_next_morning(
        store: Store) -> None:
    (evening,) = _owed(store, tokyo(2026, 12, 1, 17, 45))
    assert evening.due == tokyo(2026, 12, 2, 9, 30)  # 30 minutes on Tuesday, 30 on Wednesday
    assert evening.state is DueState.SOON and "Payment gateway" in evening.title
    assert evening.action == "compose:task_update"
    (morning,) = _owed(store, tokyo(2026, 12, 2, 9, 40))
    assert morning.state is DueState.OVERDUE
    assert _owed(store, tokyo(2026, 12, 1, 17, 0)) == []  # before it became urgent


def test_an_update_sent_restarts_the_hour(store: Store) -> None:
    sent(store, MessageKind.TASK_UPDATE, tokyo(2026, 12, 2, 9, 35))
    (item,) = _owed(store, tokyo(2026, 12, 2, 9, 40))
    assert item.due == tokyo(2026, 12, 2, 10, 35) and item.state is DueState.DUE


def test_a_task_no_longer_urgent_owes_nothing(store: Store) -> None:
    p = projects.get_passport(store, helpers.PROJECT)
    next(t for t in p.tasks if t.id == helpers.T_GATEWAY).urgent = False
    projects.save_passport(store, p)
    assert _owed(store, tokyo(2026, 12, 2, 9, 40)) == []


def test_the_company_default_sets_the_pace(store: Store) -> None:
    care_settings.set_company_rule(store, "urgent_update", True, {"every_minutes": 30})
    (item,) = _owed(store, tokyo(2026, 12, 1, 17, 45))
    assert item.due == tokyo(2026, 12, 1, 18, 0)


def test_marked_done_counts_as_the_update_and_undo_brings_it_back(store: Store) -> None:
    (item,) = _owed(store, tokyo(2026, 12, 2, 9, 40))
    mark = care_marks.mark_done(store, helpers.PROJECT, item.key, "told them on the phone")
    set_sql(store, "UPDATE care_mark SET created_at = :at WHERE id = :id",
            at=tokyo(2026, 12, 2, 9, 45).astimezone(UTC), id=mark.id)
    (next_one,) = _owed(store, tokyo(2026, 12, 2, 9, 50))
    assert next_one.due == tokyo(2026, 12, 2, 10, 45) and next_one.key != item.key
    assert _owed(store, tokyo(2026, 12, 2, 9, 44)) == [item]  # as it stood before the mark
    care_marks.undo(store, mark.id)
    later = datetime.now(UTC) + timedelta(minutes=1)  # after the undo: overdue again
    (again,) = _owed(store, later)
    assert again.key == item.key and again.state is DueState.OVERDUE
    (kept,) = care_marks.history(store, helpers.PROJECT)
    assert kept.note == "told them on the phone" and kept.undone_at is not None


def test_its_action_writes_the_task_update_about_that_task(store: Store) -> None:
    from cockpit.care.actions import Verb, resolve

    (item,) = _owed(store, tokyo(2026, 12, 2, 9, 0))
    target = resolve(store, item)
    assert target.verb is Verb.COMPOSE and target.kind is MessageKind.TASK_UPDATE
    assert target.source is not None and target.source.task_id == helpers.T_GATEWAY
