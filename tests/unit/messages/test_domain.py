"""The messaging vocabulary: which moves a message can make, which states can be edited, and
which tasks and change requests count as open."""

from __future__ import annotations

import pytest

from cockpit.domain.messages import (
    TRANSITIONS,
    MessageData,
    MessageKind,
    MessageState,
    MessageTemplateData,
    can_move,
    is_editable,
)
from cockpit.domain.work import ChangeRequestStatus, TaskStatus

D, R, S, F = MessageState.DRAFT, MessageState.READY, MessageState.SENT, MessageState.FAILED
ALLOWED = {(D, R), (R, D), (R, S), (R, F), (F, R), (F, D)}


def test_every_state_has_its_moves_and_nothing_else_is_allowed() -> None:
    assert set(TRANSITIONS) == set(MessageState)
    for current in MessageState:
        for target in MessageState:
            assert can_move(current, target) is ((current, target) in ALLOWED), (current, target)


def test_a_sent_message_is_final_and_a_draft_is_never_sent_unqueued() -> None:
    assert TRANSITIONS[S] == frozenset()
    assert not can_move(D, S) and not can_move(D, F)
    assert not any(can_move(state, state) for state in MessageState)


@pytest.mark.parametrize("state", list(MessageState))
def test_only_a_draft_is_editable(state: MessageState) -> None:
    assert is_editable(state) is (state is D)


def test_every_written_rule_has_a_kind_with_a_stable_stored_value() -> None:
    assert [k.value for k in MessageKind] == [
        "follow_up", "task_update", "sprint_report", "biweekly_report", "survey",
        "change_request", "team_notice", "decision", "problem_notice", "remedial_plan",
        "escalation_notice", "mail_reply", "invite", "other"]
    assert [s.value for s in MessageState] == ["draft", "ready", "sent", "failed"]


def test_a_new_message_is_an_unsaved_draft_with_its_own_id() -> None:
    first, second = MessageData(project_id=None), MessageData(project_id=None)

    assert first.state is D and first.kind is MessageKind.OTHER and first.revision == 0
    assert first.id != second.id and first.links == [] and first.links is not second.links
    assert MessageTemplateData(MessageKind.DECISION, "x").id != \
        MessageTemplateData(MessageKind.DECISION, "x").id


def test_done_and_cancelled_tasks_are_closed_every_other_status_is_open() -> None:
    closed = {TaskStatus.DONE, TaskStatus.CANCELLED}
    assert {s for s in TaskStatus if not s.is_open} == closed
    assert TaskStatus.BLOCKED.is_open and TaskStatus.IN_REVIEW.is_open


def test_a_change_request_is_open_until_rejected_or_done() -> None:
    assert {s for s in ChangeRequestStatus if not s.is_open} == {
        ChangeRequestStatus.REJECTED, ChangeRequestStatus.DONE}
