"""The demo portfolio shows the messaging at work: tasks (urgent, slipped) on every active
project, messages in every state of the outbox, and one failure to retry."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from cockpit.domain.enums import ProjectStatus
from cockpit.domain.messages import MessageKind, MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.placeholders import find_placeholders
from cockpit.services import messages, projects
from cockpit.services.demo import build_demo
from cockpit.services.demo_messages import WRITTEN
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases

TODAY = date(2026, 11, 24)


def _active(store: Store) -> list[str]:
    return [p.id for p in projects.list_projects(store) if p.status is ProjectStatus.ACTIVE]


def test_every_active_project_has_tasks_some_late_and_two_an_urgent_one(
        demo_store: Store) -> None:
    active = _active(demo_store)
    assert len(active) >= 3
    urgent = set()
    for project_id in active:
        passport = projects.get_passport(demo_store, project_id)
        assert passport.tasks
        assert any(t.eta and t.eta < TODAY and t.status.is_open for t in passport.tasks)
        if any(t.urgent and t.status.is_open for t in passport.tasks):
            urgent.add(passport.fields.code)
    assert urgent == {"JP-104", "DE-102"}  # a PM has an urgent task or two, not one everywhere


def test_every_active_project_has_drafts_queued_and_sent_messages(demo_store: Store) -> None:
    for project_id in _active(demo_store):
        states = {m.state for m in messages.list_messages(demo_store, project_id=project_id)}
        assert {MessageState.DRAFT, MessageState.READY, MessageState.SENT} <= states, project_id


def test_exactly_one_failed_message_across_the_portfolio(demo_store: Store) -> None:
    failed = messages.list_messages(demo_store, states=frozenset({MessageState.FAILED}))

    assert len(failed) == 1
    assert failed[0].failure and failed[0].kind is MessageKind.PROBLEM_NOTICE
    assert failed[0].project_code  # it belongs to a project


def test_demo_messages_are_ready_to_send(demo_store: Store) -> None:
    """Everything queued, failed or sent is written out; one draft notice shows the places a
    PM must still fill, and cannot be queued until they are."""
    listed = messages.list_messages(demo_store)
    assert MessageKind.FOLLOW_UP in {m.kind for m in listed}  # from minutes with internal items
    half_written = []
    for summary in listed:
        message = messages.get_message(demo_store, summary.id)
        assert "{{" not in message.subject + message.body
        assert "(internal)" not in message.body  # the demo minutes hold an internal point
        if find_placeholders(message.subject + message.body):
            half_written.append(message)
            continue
        messages.check_ready(message)  # sender, recipients and subject all usable
    assert [(m.kind, m.state) for m in half_written] == [
        (MessageKind.PROBLEM_NOTICE, MessageState.DRAFT)]
    with pytest.raises(KnownError) as refused:
        messages.mark_ready(demo_store, half_written[0].id, confirmed=True)
    assert refused.value.code is ErrorCode.PLACEHOLDERS_LEFT
    assert "[[" in refused.value.message


def test_the_demo_failed_notice_is_written_out_and_can_be_retried(demo_store: Store) -> None:
    failed = [m for m in messages.list_messages(demo_store)
              if m.state is MessageState.FAILED]
    assert [m.kind for m in failed] == [MessageKind.PROBLEM_NOTICE]
    notice = messages.get_message(demo_store, failed[0].id)
    assert "[[" not in notice.subject + notice.body
    written = [text for table in WRITTEN.values() for text in table.values() if len(text) > 20]
    assert sum(text in notice.body for text in written) >= 4  # impact, options, workaround…
    assert messages.retry(demo_store, notice.id, confirmed=True).state is MessageState.READY


def test_only_active_projects_have_messages(demo_store: Store) -> None:
    active = set(_active(demo_store))
    assert {m.project_id for m in messages.list_messages(demo_store)} == active


def test_building_the_demo_again_does_not_duplicate_messages(demo_store: Store) -> None:
    before = Counter((m.project_code, m.kind, m.state)
                     for m in messages.list_messages(demo_store))
    ids = {m.id for m in messages.list_messages(demo_store)}

    build_demo(demo_store, today=TODAY)

    after = messages.list_messages(demo_store)
    assert {m.id for m in after} == ids
    assert Counter((m.project_code, m.kind, m.state) for m in after) == before
