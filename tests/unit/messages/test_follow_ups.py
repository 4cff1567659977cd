"""One follow-up per meeting: asking again gives the one the meeting has, in its state."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cockpit.domain.messages import MessageKind, MessageState
from cockpit.messages.sources import Source
from cockpit.services import follow_ups, messages
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

pytestmark = pytest.mark.both_databases


def _source() -> Source:
    return Source(h.PROJECT, series_id=h.SERIES, original_start=h.MEETING, today=h.TODAY)


def _follow_ups(store: Store) -> list[str]:
    return [m.id for m in messages.list_messages(store, project_id=h.PROJECT)
            if m.kind is MessageKind.FOLLOW_UP]


def test_a_meeting_without_follow_up_gets_a_new_draft(work_store: Store) -> None:
    assert follow_ups.follow_up_of(work_store, h.SERIES, h.MEETING) is None

    written = follow_ups.write_follow_up(work_store, _source())

    assert written.created and written.message is not None
    assert _follow_ups(work_store) == [written.message.id]
    state = follow_ups.follow_up_of(work_store, h.SERIES, h.MEETING)
    assert state is not None and state.state is MessageState.DRAFT
    assert state.message_id == written.message.id and state.is_open


def test_asking_again_gives_the_existing_follow_up_in_each_state(work_store: Store) -> None:
    first = follow_ups.write_follow_up(work_store, _source()).message
    assert first is not None
    when = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)
    for move, state in ((messages.mark_ready, MessageState.READY),
                        (lambda s, i: messages.mark_failed(s, i, "mailbox full"),
                         MessageState.FAILED),
                        (messages.retry, MessageState.READY),
                        (lambda s, i: messages.mark_sent(s, i, when), MessageState.SENT)):
        move(work_store, first.id)
        again = follow_ups.write_follow_up(work_store, _source())
        assert not again.created and again.existing is not None
        assert (again.existing.message_id, again.existing.state) == (first.id, state)
    assert again.existing is not None and again.existing.when == when  # "sent on 18 Nov"
    assert _follow_ups(work_store) == [first.id]  # none more was made


def test_another_on_request_and_the_open_one_speaks_for_the_meeting(work_store: Store) -> None:
    first = follow_ups.write_follow_up(work_store, _source()).message
    assert first is not None
    messages.mark_ready(work_store, first.id)
    messages.mark_sent(work_store, first.id)

    second = follow_ups.write_follow_up(work_store, _source(), another=True).message

    assert second is not None and second.id != first.id
    assert sorted(_follow_ups(work_store)) == sorted([first.id, second.id])
    state = follow_ups.follow_up_of(work_store, h.SERIES, h.MEETING)
    assert state is not None and state.message_id == second.id and state.others == 1
    assert follow_ups.write_follow_up(work_store, _source()).existing == state


def test_states_of_a_project_name_each_meeting_once(demo_store: Store) -> None:
    found = follow_ups.follow_up_states(demo_store)
    sent = [m for m in messages.list_messages(demo_store) if m.kind is MessageKind.FOLLOW_UP]
    assert found and len(found) == len(sent)  # the demo writes one follow-up per meeting
    assert all(s.state is MessageState.SENT and s.others == 0 for s in found.values())
    key = next(iter(found))
    assert follow_ups.follow_up_states(demo_store, [key]) == {key: found[key]}
    assert follow_ups.follow_up_states(demo_store, []) == {}
