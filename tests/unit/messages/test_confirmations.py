"""Which decisions were confirmed to the customer in writing (the decision log shows it)."""

from __future__ import annotations

from datetime import UTC, datetime

from cockpit.domain.messages import LinkTarget, MessageKind, MessageState
from cockpit.messages.sources import Source
from cockpit.services import messages
from cockpit.store.store import Store
from tests.unit.messages import helpers as h


def _confirm(store: Store) -> str:
    return messages.compose(store, MessageKind.DECISION,
                            Source(h.PROJECT, decision_id=h.DECISION, today=h.TODAY)).id


def test_a_decision_nobody_wrote_about_has_no_confirmation(work_store: Store) -> None:
    assert messages.confirmations(work_store, h.PROJECT, LinkTarget.DECISION) == {}


def test_the_furthest_state_wins_and_sent_carries_its_date(work_store: Store) -> None:
    draft = _confirm(work_store)
    found = messages.confirmations(work_store, h.PROJECT, LinkTarget.DECISION)
    assert found[h.DECISION][0] is MessageState.DRAFT

    sent = _confirm(work_store)
    messages.mark_ready(work_store, sent)
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    messages.mark_sent(work_store, sent, when)
    found = messages.confirmations(work_store, h.PROJECT, LinkTarget.DECISION)
    assert found[h.DECISION] == (MessageState.SENT, when)
    assert h.DECISION_INTERNAL not in found  # never confirmed to the customer

    messages.delete_message(work_store, draft)  # a leftover draft does not hide the sent one
    assert messages.confirmations(work_store, h.PROJECT, LinkTarget.DECISION)[h.DECISION][0] \
        is MessageState.SENT


def test_a_follow_up_links_the_meetings_decisions_too(work_store: Store) -> None:
    messages.compose(work_store, MessageKind.FOLLOW_UP, Source(
        h.PROJECT, series_id=h.SERIES, original_start=h.MEETING, today=h.TODAY))
    found = messages.confirmations(work_store, h.PROJECT, LinkTarget.DECISION)
    assert set(found) == {h.DECISION}


def test_an_agreed_change_is_confirmed_with_its_hours(work_store: Store) -> None:
    from cockpit.services import change_requests

    cr = change_requests.get_request(work_store, h.CR_CSV)
    assert cr.estimate_hours is not None
    message = messages.compose(work_store, MessageKind.DECISION, Source(
        h.PROJECT, change_request_id=h.CR_CSV, today=h.TODAY))
    assert f"- {cr.key} {cr.title}: agreed" in message.body
    assert f"**Agreed effort:** {cr.estimate_hours} hours" in message.body
    assert [(link.target, link.target_id) for link in message.links] == [
        (LinkTarget.CHANGE_REQUEST, h.CR_CSV)]
    assert message.subject.startswith(f"[{h.CODE}] Confirmation: {cr.key}")
