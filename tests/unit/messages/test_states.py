"""A message's way through the outbox: draft → ready (only when it can be sent) → sent or
failed (kept with its reason, retried); only drafts change, a sent message is final, and two
windows editing one draft never silently overwrite each other."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from cockpit.domain.messages import MessageData, MessageKind, MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source
from cockpit.services import messages
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

SENT_AT = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)


def _update(store: Store) -> MessageData:
    """A task update ready to go: sender, recipients and subject filled in."""
    return messages.compose(store, MessageKind.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))


def _refused(code: ErrorCode, call, *args) -> KnownError:  # type: ignore[no-untyped-def]
    with pytest.raises(KnownError) as caught:
        call(*args)
    assert caught.value.code is code, caught.value.message
    return caught.value


def _state(store: Store, message_id: str) -> MessageState:
    return messages.get_message(store, message_id).state


def test_a_composed_message_is_a_saved_draft(work_store: Store) -> None:
    m = _update(work_store)

    assert m.state is MessageState.DRAFT and m.revision == 1 and m.project_code == "JP-201"
    assert m.message_id.endswith("@pm-cockpit.invalid") and m.created_at is not None
    assert messages.get_message(work_store, m.id) == m


def test_draft_to_ready_when_it_can_be_sent(work_store: Store) -> None:
    m = _update(work_store)

    ready = messages.mark_ready(work_store, m.id)

    assert ready.state is MessageState.READY and ready.ready_at is not None
    assert ready.revision > m.revision and ready.failure == ""
    assert messages.get_message(work_store, m.id).state is MessageState.READY


def test_ready_is_refused_without_any_recipient(work_store: Store) -> None:
    m = messages.new_message(work_store, h.PROJECT, subject="Question", body="Hi")

    error = _refused(ErrorCode.BAD_RECIPIENTS, messages.mark_ready, work_store, m.id)

    assert "recipient" in error.message
    assert _state(work_store, m.id) is MessageState.DRAFT


@pytest.mark.parametrize(("field", "value"), [
    ("to", "yamada@tokyo-fintech"), ("to", "山田 太郎 <yamada＠tokyo-fintech.example.jp>"),
    ("cc", "piotr.nowak@"), ("bcc", "not an address"),
])
def test_ready_is_refused_while_an_address_is_not_valid(work_store: Store, field: str,
                                                        value: str) -> None:
    m = _update(work_store)
    messages.save_draft(work_store, dataclasses.replace(m, **{field: value}))

    error = _refused(ErrorCode.BAD_RECIPIENTS, messages.mark_ready, work_store, m.id)

    assert error.message.startswith(f"{field}:")
    assert [f for f, _ in messages.recipient_problems(messages.get_message(work_store, m.id))] \
        == [field]
    assert _state(work_store, m.id) is MessageState.DRAFT


def test_ready_is_refused_without_a_sender(work_store: Store) -> None:
    no_project = messages.new_message(work_store, None, to=h.YAMADA.email, subject="Hello")
    assert no_project.sender == ""
    _refused(ErrorCode.BAD_RECIPIENTS, messages.mark_ready, work_store, no_project.id)

    m = _update(work_store)
    messages.save_draft(work_store, dataclasses.replace(m, sender=""))
    _refused(ErrorCode.BAD_RECIPIENTS, messages.mark_ready, work_store, m.id)
    two = f"{h.PM.email}, {h.LEAD.email}"
    messages.save_draft(work_store, dataclasses.replace(
        messages.get_message(work_store, m.id), sender=two))
    _refused(ErrorCode.BAD_RECIPIENTS, messages.mark_ready, work_store, m.id)
    assert _state(work_store, m.id) is MessageState.DRAFT


@pytest.mark.parametrize("subject", ["", "   ", "\n"])
def test_ready_is_refused_with_an_empty_subject(work_store: Store, subject: str) -> None:
    m = _update(work_store)
    messages.save_draft(work_store, dataclasses.replace(m, subject=subject))

    _refused(ErrorCode.VALIDATION, messages.mark_ready, work_store, m.id)
    assert _state(work_store, m.id) is MessageState.DRAFT


def test_ready_to_sent_keeps_when_it_went_out(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)

    sent = messages.mark_sent(work_store, m.id, SENT_AT)

    assert sent.state is MessageState.SENT and sent.sent_at == SENT_AT
    assert messages.get_message(work_store, m.id).sent_at == SENT_AT


def test_a_failed_message_keeps_its_reason_until_retried(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)

    failed = messages.mark_failed(work_store, m.id, "Mailbox of 山田 太郎 is full")

    assert failed.state is MessageState.FAILED
    assert messages.get_message(work_store, m.id).failure == "Mailbox of 山田 太郎 is full"
    retried = messages.retry(work_store, m.id)
    assert retried.state is MessageState.READY and retried.failure == ""
    assert messages.mark_sent(work_store, m.id, SENT_AT).state is MessageState.SENT


def test_a_failure_without_a_reason_still_says_something(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)

    assert messages.mark_failed(work_store, m.id, "").failure != ""


def test_only_a_queued_message_can_fail_or_be_sent(work_store: Store) -> None:
    m = _update(work_store)

    _refused(ErrorCode.MESSAGE_LOCKED, messages.mark_failed, work_store, m.id, "x")
    _refused(ErrorCode.MESSAGE_LOCKED, messages.mark_sent, work_store, m.id, SENT_AT)
    assert messages.get_message(work_store, m.id).sent_at is None


def test_ready_back_to_draft_to_edit_it(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)
    _refused(ErrorCode.MESSAGE_LOCKED, messages.save_draft, work_store, m)

    draft = messages.back_to_draft(work_store, m.id)

    assert draft.state is MessageState.DRAFT and draft.ready_at is None
    edited = messages.save_draft(work_store, dataclasses.replace(draft, body="Changed\n"))
    assert edited.body == "Changed\n"


def test_a_failed_message_can_go_back_to_draft(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)
    messages.mark_failed(work_store, m.id, "refused")

    assert messages.back_to_draft(work_store, m.id).state is MessageState.DRAFT


def test_a_sent_message_is_final(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)
    sent = messages.mark_sent(work_store, m.id, SENT_AT)

    for move in (messages.back_to_draft, messages.mark_ready, messages.retry):
        _refused(ErrorCode.MESSAGE_LOCKED, move, work_store, m.id)
    _refused(ErrorCode.MESSAGE_LOCKED, messages.mark_failed, work_store, m.id, "bounced")
    _refused(ErrorCode.MESSAGE_LOCKED, messages.save_draft, work_store,
             dataclasses.replace(sent, subject="Rewritten history"))
    _refused(ErrorCode.MESSAGE_LOCKED, messages.delete_message, work_store, m.id)

    kept = messages.get_message(work_store, m.id)
    assert kept == sent and kept.subject == m.subject and kept.sent_at == SENT_AT


def test_a_queued_message_is_not_deleted(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)

    _refused(ErrorCode.MESSAGE_LOCKED, messages.delete_message, work_store, m.id)
    assert _state(work_store, m.id) is MessageState.READY


@pytest.mark.parametrize("fail_first", [False, True])
def test_a_draft_or_a_failed_message_can_be_deleted(work_store: Store, fail_first: bool) -> None:
    m = _update(work_store)
    if fail_first:
        messages.mark_ready(work_store, m.id)
        messages.mark_failed(work_store, m.id, "refused")

    messages.delete_message(work_store, m.id)

    _refused(ErrorCode.NOT_FOUND, messages.get_message, work_store, m.id)
    assert messages.list_messages(work_store) == []
    messages.delete_message(work_store, m.id)  # already gone: nothing to do


def test_every_save_raises_the_revision(work_store: Store) -> None:
    m = _update(work_store)

    second = messages.save_draft(work_store, dataclasses.replace(m, body="One\n"))
    third = messages.save_draft(work_store, dataclasses.replace(second, body="Two\n"))

    assert m.revision < second.revision < third.revision
    assert messages.get_message(work_store, m.id).body == "Two\n"


def test_a_save_from_a_stale_copy_is_refused(work_store: Store) -> None:
    m = _update(work_store)
    messages.save_draft(work_store, dataclasses.replace(m, body="From the other window\n"))

    _refused(ErrorCode.CHANGED_ELSEWHERE, messages.save_draft, work_store,
             dataclasses.replace(m, body="From this window\n"))
    assert messages.get_message(work_store, m.id).body == "From the other window\n"


def test_a_queue_and_back_makes_an_open_copy_stale(work_store: Store) -> None:
    m = _update(work_store)
    messages.mark_ready(work_store, m.id)
    messages.back_to_draft(work_store, m.id)

    _refused(ErrorCode.CHANGED_ELSEWHERE, messages.save_draft, work_store, m)


def test_save_draft_keeps_every_field(work_store: Store) -> None:
    m = _update(work_store)
    edited = dataclasses.replace(
        m, to="山田 太郎 <yamada@tokyo-fintech.example.jp>; half-typed@", cc="", bcc=h.SATO.email,
        subject="進捗のご報告", body="本文\n\n- 項目\n", kind=MessageKind.OTHER)

    saved = messages.save_draft(work_store, edited)

    for name in ("to", "cc", "bcc", "subject", "body", "kind", "sender"):
        assert getattr(saved, name) == getattr(edited, name), name
    assert messages.get_message(work_store, m.id) == saved


@pytest.mark.parametrize("typed", ["Line one\nLine two", "Line one\r\nLine two",
                                   "Line one\rLine two"])
def test_line_breaks_in_a_subject_are_flattened(work_store: Store, typed: str) -> None:
    m = _update(work_store)

    saved = messages.save_draft(work_store, dataclasses.replace(m, subject=typed))

    assert "\n" not in saved.subject and "\r" not in saved.subject
    assert saved.subject.split() == ["Line", "one", "Line", "two"]


def test_check_ready_says_what_is_missing_without_saving(work_store: Store) -> None:
    m = _update(work_store)
    messages.check_ready(m)  # fine as composed

    with pytest.raises(KnownError) as caught:
        messages.check_ready(dataclasses.replace(m, to="", cc=""))
    assert caught.value.code is ErrorCode.BAD_RECIPIENTS
    messages.check_ready(dataclasses.replace(m, to="", cc="", bcc=h.SATO.email))
    assert messages.get_message(work_store, m.id) == m
