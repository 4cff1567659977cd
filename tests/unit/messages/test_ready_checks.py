"""What needs the PM's judgement before a message reaches a customer: a ``[[place]]`` left
unfilled refuses queueing and Retry (naming every place), and a message to the customer's
executives is queued only once the PM confirmed them."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import update

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.messages import MessageData, MessageKind, MessageState
from cockpit.domain.passport import MemberData
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source
from cockpit.services import messages, projects
from cockpit.store.models import Message
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

CEO = "watanabe.ceo@tokyo-fintech.example.jp"
CTO = "cto@vendor.example.com"


def _refused(code: ErrorCode, call, *args, **kwargs) -> KnownError:  # type: ignore[no-untyped-def]
    with pytest.raises(KnownError) as caught:
        call(*args, **kwargs)
    assert caught.value.code is code, caught.value.message
    return caught.value


def _notice(store: Store) -> MessageData:
    return messages.compose(store, MessageKind.PROBLEM_NOTICE,
                            Source(h.PROJECT, task_id=h.T_DRY_RUN, today=h.TODAY))


def _with_executives(store: Store) -> None:
    """The customer's CEO and the vendor's CTO join JP-201 (both at the executive level)."""
    passport = projects.get_passport(store, h.PROJECT)
    passport.members += [
        MemberData(name="渡辺 誠", email=CEO, role="CEO", side=Side.CUSTOMER,
                   escalation_level=EscalationLevel.EXECUTIVE),
        MemberData(name="Jan Zieliński", email=CTO, role="CTO", side=Side.VENDOR,
                   escalation_level=EscalationLevel.EXECUTIVE),
    ]
    projects.save_passport(store, passport)


def test_the_problem_notice_marks_what_the_pm_must_write(work_store: Store) -> None:
    notice = _notice(work_store)

    error = _refused(ErrorCode.PLACEHOLDERS_LEFT, messages.mark_ready, work_store, notice.id)

    for place in ("[[Impact on your users]]", "[[Second option]]",
                  "[[What your team can do in the meantime]]",
                  "[[How we will fix this and keep it from happening again]]"):
        assert place in error.message
    assert messages.get_message(work_store, notice.id).state is MessageState.DRAFT


def test_filling_every_place_lets_it_be_queued_and_one_left_is_named(work_store: Store) -> None:
    notice = _notice(work_store)
    body = notice.body
    for label in ("Impact on your users", "date we will confirm it",
                  "First option, with its cost and effect on the schedule",
                  "What your team can do in the meantime",
                  "How we will fix this and keep it from happening again"):
        body = body.replace(f"[[{label}]]", "Written by the PM")
    saved = messages.save_draft(work_store, dataclasses.replace(notice, body=body))

    error = _refused(ErrorCode.PLACEHOLDERS_LEFT, messages.mark_ready, work_store, saved.id)
    assert error.message.endswith(": [[Second option]]")

    saved = messages.save_draft(work_store, dataclasses.replace(
        saved, body=body.replace("[[Second option]]", "Move it to the next sprint")))
    assert messages.mark_ready(work_store, saved.id).state is MessageState.READY


def test_a_placeholder_in_the_subject_counts_too(work_store: Store) -> None:
    m = messages.new_message(work_store, h.PROJECT, subject="Release on [[date]]",
                             body="Hello", to=h.YAMADA.email)

    error = _refused(ErrorCode.PLACEHOLDERS_LEFT, messages.mark_ready, work_store, m.id)
    assert "[[date]]" in error.message


def test_retry_of_a_half_written_message_is_refused(work_store: Store) -> None:
    """Queued by an older version that had no check: it failed, and Retry says why not."""
    notice = _notice(work_store)
    with work_store.session() as s:
        s.execute(update(Message).where(Message.id == notice.id)
                  .values(state=MessageState.FAILED, failure="mailbox full"))

    error = _refused(ErrorCode.PLACEHOLDERS_LEFT, messages.retry, work_store, notice.id,
                     confirmed=True)

    assert "[[Impact on your users]]" in error.message
    assert messages.get_message(work_store, notice.id).state is MessageState.FAILED


def test_a_message_to_the_customers_ceo_waits_for_the_pms_confirmation(
        work_store: Store) -> None:
    _with_executives(work_store)
    m = messages.compose(work_store, MessageKind.TASK_UPDATE,
                         Source(h.PROJECT, today=h.TODAY))
    m = messages.save_draft(work_store, dataclasses.replace(m, cc=f"渡辺 誠 <{CEO}>"))

    error = _refused(ErrorCode.EXECUTIVE_RECIPIENTS, messages.mark_ready, work_store, m.id)

    assert error.message.endswith("executives: 渡辺 誠 (CEO)")
    assert messages.get_message(work_store, m.id).state is MessageState.DRAFT
    queued = messages.mark_ready(work_store, m.id, confirmed=True)
    assert queued.state is MessageState.READY


def test_the_customers_director_and_the_vendors_cto_are_not_asked_about(
        work_store: Store) -> None:
    """Directors get the biweekly reports by routine; the vendor's own executives are the PM's
    colleagues."""
    _with_executives(work_store)
    m = messages.compose(work_store, MessageKind.TASK_UPDATE,
                         Source(h.PROJECT, today=h.TODAY))
    m = messages.save_draft(work_store, dataclasses.replace(
        m, cc=f"{h.TAKAHASHI.email}, {CTO.upper()}"))

    assert messages.mark_ready(work_store, m.id).state is MessageState.READY


def test_a_wrong_address_is_said_before_the_executives_are_asked_about(
        work_store: Store) -> None:
    _with_executives(work_store)
    m = messages.compose(work_store, MessageKind.TASK_UPDATE,
                         Source(h.PROJECT, today=h.TODAY))
    m = messages.save_draft(work_store, dataclasses.replace(m, cc=f"{CEO}, not-an-address"))

    _refused(ErrorCode.BAD_RECIPIENTS, messages.mark_ready, work_store, m.id)
