"""The post-call follow-up: owed for a held meeting (one with minutes) by the end of the
customer's working day, until a follow-up linked to that meeting is sent.

JP-201 (tests/unit/messages/helpers.py): a weekly status on Tuesdays 10:00–10:45 Tokyo, with
minutes on Tuesday 2026-11-17.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import MessageKind
from cockpit.domain.meetings import MinutesItemData, MinutesKind
from cockpit.messages.sources import Source
from cockpit.services import messages, occurrences
from cockpit.store.store import Store
from tests.unit.care.conftest import tokyo
from tests.unit.messages import helpers as h

pytestmark = pytest.mark.both_databases



def _owed(store: Store, at: datetime) -> list[CareItem]:
    return due_items(store, at, rule="follow_up")


def _send_follow_up(store: Store, start: datetime, when: datetime) -> None:
    draft = messages.compose(store, MessageKind.FOLLOW_UP, Source(
        h.PROJECT, today=h.TODAY, series_id=h.SERIES, original_start=start))
    messages.sent_remotely(store, draft.id, when)


def test_owed_the_same_working_day_as_the_meeting(store: Store) -> None:
    assert _owed(store, tokyo(2026, 11, 17, 9, 0)) == []  # not held yet
    (today,) = _owed(store, tokyo(2026, 11, 17, 11, 0))
    assert today.state is DueState.DUE and today.due == tokyo(2026, 11, 17, 18, 0)
    assert today.since == h.MEETING + timedelta(minutes=45)
    assert today.action.startswith("follow_up:") and "2026-11-17" in today.title
    assert f"{h.YAMADA.name} <{h.YAMADA.email}>" in today.recipients
    (late,) = _owed(store, tokyo(2026, 11, 18, 9, 0))
    assert late.state is DueState.OVERDUE


def test_a_sent_follow_up_satisfies_it_from_the_moment_it_went(store: Store) -> None:
    _send_follow_up(store, h.MEETING, tokyo(2026, 11, 17, 16, 0))
    assert _owed(store, tokyo(2026, 11, 18, 9, 0)) == []
    (before,) = _owed(store, tokyo(2026, 11, 17, 15, 0))  # as it stood before it was sent
    assert before.state is DueState.DUE


def test_a_meeting_moved_to_the_evening_owes_it_by_the_next_working_day(store: Store) -> None:
    """Only each series' latest held meeting counts: the next Tuesday's call, moved to a
    Friday evening, takes over from the one of the 17th."""
    next_one = h.tokyo(h.MEETING_DAY + timedelta(days=7), 10)  # Tuesday 24 November
    occurrences.reschedule(store, h.SERIES, next_one, tokyo(2026, 11, 27, 17, 30))
    occurrences.save_minutes(store, h.SERIES, next_one, [
        MinutesItemData(id="", kind=MinutesKind.POINT, text="Late call on the gateway")])
    (friday,) = _owed(store, tokyo(2026, 11, 27, 19, 0))  # ended 18:15: due on Monday,
    assert friday.due == tokyo(2026, 11, 30, 18, 0)  # the PM's next working day: soon
    assert friday.state is DueState.SOON
    (owed,) = _owed(store, tokyo(2026, 11, 30, 10, 0))
    assert owed.due == tokyo(2026, 11, 30, 18, 0) and owed.state is DueState.DUE
    assert "2026-11-27" in owed.title
    (before,) = _owed(store, tokyo(2026, 11, 27, 12, 0))  # before it, the 17th's is owed
    assert "2026-11-17" in before.title and before.state is DueState.OVERDUE


def test_the_pms_word_on_whether_it_was_held_wins(store: Store) -> None:
    next_one = h.tokyo(h.MEETING_DAY + timedelta(days=7), 10)  # Tuesday 24th: no minutes
    assert ["2026-11-17" in i.title for i in _owed(store, tokyo(2026, 11, 24, 12, 0))] == [True]
    held = occurrences.mark_held(store, h.SERIES, next_one, True)
    assert held.held is True
    (owed,) = _owed(store, tokyo(2026, 11, 24, 12, 0))  # held without minutes: it is owed
    assert "2026-11-24" in owed.title and owed.state is DueState.DUE
    occurrences.mark_held(store, h.SERIES, next_one, None)
    occurrences.mark_held(store, h.SERIES, h.MEETING, False)  # minutes, but it did not happen
    assert _owed(store, tokyo(2026, 11, 24, 12, 0)) == []
    assert occurrences.get_occurrence(store, h.SERIES, h.MEETING).held is False


def test_its_action_opens_the_follow_up_of_that_meeting(store: Store) -> None:
    from cockpit.care.actions import Verb, resolve

    (item,) = _owed(store, tokyo(2026, 11, 17, 11, 0))
    target = resolve(store, item)
    assert target.verb is Verb.FOLLOW_UP and target.kind is MessageKind.FOLLOW_UP
    assert (target.series_id, target.original_start) == (h.SERIES, h.MEETING)
