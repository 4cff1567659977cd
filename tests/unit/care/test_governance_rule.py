"""Every project runs the governance model: each of its three meetings has a series with a
next date. JP-201 has only its weekly status (Tuesdays 10:00 Tokyo, from 2026-11-03)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import DueState
from cockpit.services import meetings, projects
from cockpit.store.store import Store
from tests.unit.care.conftest import tokyo
from tests.unit.messages import helpers as h

pytestmark = pytest.mark.both_databases


def _started(store: Store, day: date) -> None:
    passport = projects.get_passport(store, h.PROJECT)
    projects.save_passport(store, replace(passport, fields=replace(passport.fields,
                                                                   start_date=day)))


def _titles(store: Store, *at: int) -> list[str]:
    return [i.title for i in due_items(store, tokyo(*at), rule="governance")]


def test_the_missing_meetings_are_owed_from_the_projects_start(store: Store) -> None:
    _started(store, date(2026, 11, 2))
    items = due_items(store, tokyo(2026, 12, 1, 10, 0), rule="governance")
    assert [i.title for i in items] == ["set up the biweekly status meeting",
                                        "set up the executive review meeting"]
    assert all(i.state is DueState.OVERDUE and i.due == tokyo(2026, 11, 2, 18, 0)
               for i in items)
    assert items[0].action == f"governance:{h.PROJECT}"
    for proposal in meetings.propose_governance(store, h.PROJECT):
        if proposal.type.value != "weekly_status":
            meetings.save_series(store, proposal)
    assert _titles(store, 2026, 12, 1, 10, 0) == []


def test_a_series_that_ended_is_owed_its_next_date(store: Store) -> None:
    _started(store, date(2026, 11, 2))
    weekly = meetings.get_series(store, h.SERIES)
    meetings.save_series(store, replace(weekly, until=date(2026, 11, 24)))
    items = due_items(store, tokyo(2026, 12, 1, 10, 0), rule="governance")
    ended = [i for i in items if i.action == f"series:{h.SERIES}"]
    assert len(ended) == 1 and ended[0].title.startswith("plan the next weekly status")
    assert ended[0].since == h.tokyo(date(2026, 11, 24), 10)  # its last date
    assert ended[0].due == tokyo(2026, 11, 24, 18, 0)
    meetings.save_series(store, replace(meetings.get_series(store, h.SERIES), cancelled=True))
    # its only series cancelled, the project has none of its meetings: one item for all three
    assert _titles(store, 2026, 12, 1, 10, 0) == [
        "set up the governance meetings (weekly status, biweekly status, executive review)"]


def test_a_project_with_none_of_its_meetings_owes_one_item_to_set_them_up(store: Store) -> None:
    _started(store, date(2026, 11, 2))
    meetings.save_series(store, replace(meetings.get_series(store, h.SERIES), cancelled=True))
    (item,) = due_items(store, tokyo(2026, 12, 1, 10, 0), rule="governance")
    assert item.key == "governance:all" and item.action == f"governance:{h.PROJECT}"
    assert item.title.startswith("set up the governance meetings")
    assert item.due == tokyo(2026, 11, 2, 18, 0) and item.state is DueState.OVERDUE
    for proposal in meetings.propose_governance(store, h.PROJECT):
        meetings.save_series(store, proposal)
    assert _titles(store, 2026, 12, 1, 10, 0) == []


def test_their_actions_open_the_proposal_or_the_series(store: Store) -> None:
    from cockpit.care.actions import Verb, resolve

    _started(store, date(2026, 11, 2))
    weekly = meetings.get_series(store, h.SERIES)
    meetings.save_series(store, replace(weekly, until=date(2026, 11, 24)))
    targets = {i.action.split(":")[0]: resolve(store, i)
               for i in due_items(store, tokyo(2026, 12, 1, 10, 0), rule="governance")}
    assert targets["series"].verb is Verb.SERIES and targets["series"].series_id == h.SERIES
    assert targets["governance"].verb is Verb.GOVERNANCE
    assert targets["governance"].project_id == h.PROJECT
