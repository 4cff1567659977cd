"""An ETA moved later is flagged the day it moves, until the next task update goes out."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import MessageKind
from cockpit.services import projects
from cockpit.store.store import Store
from tests.unit.care.conftest import sent, set_sql, tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases


def _slip(store: Store, task_id: str, eta: date | None, when: datetime) -> None:
    """Move the ETA and date the change (the save stamps the clock)."""
    p = projects.get_passport(store, helpers.PROJECT)
    next(t for t in p.tasks if t.id == task_id).eta = eta
    projects.save_passport(store, p)
    set_sql(store, "UPDATE task_eta_change SET changed_at = :at WHERE task_id = :task"
            " AND old_eta IS NOT NULL AND changed_at > :at", at=when.astimezone(UTC),
            task=task_id)


def _owed(store: Store, at: datetime) -> list[CareItem]:
    return due_items(store, at, rule="eta_slipped")


@pytest.fixture(autouse=True)
def _last_update(store: Store) -> None:
    sent(store, MessageKind.TASK_UPDATE, tokyo(2026, 11, 25, 10, 0))


def test_an_eta_moved_later_is_flagged_until_the_update_goes_out(store: Store) -> None:
    _slip(store, helpers.T_PDF, date(2026, 12, 4), tokyo(2026, 11, 26, 11, 0))
    (item,) = _owed(store, tokyo(2026, 11, 26, 12, 0))
    assert item.title == "ETA slipped: 請求書PDFのレイアウト修正"
    assert item.detail == "2026-11-27 → 2026-12-04"
    assert item.due == tokyo(2026, 11, 26, 18, 0) and item.state is DueState.DUE
    assert item.action == "compose:task_update"
    assert _owed(store, tokyo(2026, 11, 26, 10, 0)) == []  # before it moved
    sent(store, MessageKind.TASK_UPDATE, tokyo(2026, 11, 26, 15, 0))
    assert _owed(store, tokyo(2026, 11, 26, 16, 0)) == []  # the update told them


def test_an_eta_moved_earlier_is_no_slip_and_one_taken_away_is(store: Store) -> None:
    _slip(store, helpers.T_PDF, date(2026, 11, 26), tokyo(2026, 11, 26, 11, 0))
    assert _owed(store, tokyo(2026, 11, 26, 12, 0)) == []
    _slip(store, helpers.T_GATEWAY, None, tokyo(2026, 11, 26, 11, 30))
    (item,) = _owed(store, tokyo(2026, 11, 26, 12, 0))
    assert item.detail == "2026-11-26 → no date"


def test_a_slip_after_hours_is_owed_by_the_next_working_day(store: Store) -> None:
    _slip(store, helpers.T_PDF, date(2026, 12, 4), tokyo(2026, 11, 27, 19, 0))  # Friday
    (item,) = _owed(store, tokyo(2026, 11, 30, 9, 0))
    assert item.due == tokyo(2026, 11, 30, 18, 0)


def test_the_task_update_says_where_a_moved_eta_was_moved_from(store: Store) -> None:
    from dataclasses import replace as copy

    from cockpit.messages.sources import Source
    from cockpit.services import messages

    passport = projects.get_passport(store, helpers.PROJECT)
    moved = [copy(t, eta=date(2026, 12, 4)) if t.id == helpers.T_PDF else t
             for t in passport.tasks]
    projects.save_passport(store, copy(passport, tasks=moved))  # 11-27 → 12-04
    update = messages.compose(store, MessageKind.TASK_UPDATE,
                              Source(helpers.PROJECT, today=date(2026, 11, 24)))
    line = next(ln for ln in update.body.splitlines() if "PDF" in ln or "請求書" in ln)
    assert "4 Dec 2026" in line and "27 Nov 2026" in line
    messages.mark_ready(store, update.id, confirmed=True)
    messages.mark_sent(store, update.id)
    again = messages.compose(store, MessageKind.TASK_UPDATE,
                             Source(helpers.PROJECT, today=date(2026, 11, 24)))
    line = next(ln for ln in again.body.splitlines() if "PDF" in ln or "請求書" in ln)
    assert "2026-11-27" not in line  # told once: the next update shows the date alone


def test_its_action_writes_the_task_update_about_that_task(store: Store) -> None:
    from cockpit.care.actions import Verb, resolve

    _slip(store, helpers.T_PDF, date(2026, 12, 4), tokyo(2026, 11, 26, 11, 0))
    (item,) = _owed(store, tokyo(2026, 11, 26, 12, 0))
    target = resolve(store, item)
    assert target.verb is Verb.COMPOSE and target.kind is MessageKind.TASK_UPDATE
    assert target.source is not None and target.source.task_id == helpers.T_PDF
