"""A customer's mail: acknowledged within half an hour of their working time, answered within
two; a reply of ours in the same conversation stops both, the PM's marks stop one each."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.errors import KnownError
from cockpit.services import care_marks, mail_marks
from cockpit.store.models import MailItem
from cockpit.store.store import Store
from tests.unit.care.conftest import set_sql, tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases

FRIDAY_EVENING = tokyo(2026, 11, 27, 17, 50)


def _mail(store: Store, mail_id: str, folder: str, moment: datetime, conversation: str,
          subject: str = "請求書の件", in_reply_to: str = "") -> None:
    """A mail as the sync pulls it (``tests/connectors/outlook`` covers the pull itself)."""
    with store.session() as s:
        s.add(MailItem(id=mail_id, folder=folder, project_id=helpers.PROJECT,
                       internet_message_id=f"<{mail_id}@mail.example>", subject=subject,
                       sender=helpers.YAMADA.email if folder == "inbox" else helpers.PM.email,
                       recipients=[], moment=moment.astimezone(UTC),
                       conversation_id=conversation, body_preview="お世話になっております。",
                       in_reply_to=in_reply_to))


def _owed(store: Store, at: datetime) -> list[CareItem]:
    return due_items(store, at, rule="customer_mail")


@pytest.fixture(autouse=True)
def _question(store: Store) -> None:
    _mail(store, "q-1", "inbox", FRIDAY_EVENING, "conv-1")


def test_a_mail_at_ten_to_six_on_friday_is_acknowledged_by_monday_twenty_past_nine(
        store: Store) -> None:
    (ack,) = _owed(store, tokyo(2026, 11, 27, 17, 55))
    assert ack.due == tokyo(2026, 11, 30, 9, 20)  # 10 minutes on Friday, 20 on Monday
    # owed to whoever wrote, named as the project's people name them
    assert ack.title == "acknowledge: 請求書の件"
    assert ack.recipients == (f"{helpers.YAMADA.name} <{helpers.YAMADA.email}>",)
    assert ack.action == "reply:q-1" and ack.detail == "お世話になっております。"
    assert ack.state is DueState.SOON
    (late,) = _owed(store, tokyo(2026, 11, 30, 9, 30))
    assert late.state is DueState.OVERDUE


def test_a_reply_in_the_same_conversation_stops_the_timer(store: Store) -> None:
    _mail(store, "r-1", "sentitems", tokyo(2026, 11, 30, 9, 10), "conv-1", "RE: 請求書の件")
    assert _owed(store, tokyo(2026, 11, 30, 9, 30)) == []
    assert len(_owed(store, tokyo(2026, 11, 30, 9, 5))) == 1  # before the reply went out


def test_a_reply_naming_it_in_in_reply_to_counts_too(store: Store) -> None:
    _mail(store, "r-2", "sentitems", tokyo(2026, 11, 30, 9, 10), "", "Re: invoice",
          in_reply_to="<q-1@mail.example>")
    assert _owed(store, tokyo(2026, 11, 30, 9, 30)) == []


def test_a_mail_in_another_conversation_is_no_answer(store: Store) -> None:
    _mail(store, "r-3", "sentitems", tokyo(2026, 11, 30, 9, 10), "conv-2", "Weekly report")
    assert len(_owed(store, tokyo(2026, 11, 30, 9, 30))) == 1


def test_acknowledged_by_hand_it_still_owes_the_answer_within_two_hours(store: Store) -> None:
    mail_marks.acknowledge(store, "q-1", tokyo(2026, 11, 30, 9, 5).astimezone(UTC))
    (answer,) = _owed(store, tokyo(2026, 11, 30, 9, 30))
    assert answer.title == "answer: 請求書の件"
    assert answer.due == tokyo(2026, 11, 30, 10, 50)  # 2 h of working time from Friday 17:50
    mail_marks.answer(store, "q-1", tokyo(2026, 11, 30, 10, 0).astimezone(UTC))
    assert _owed(store, tokyo(2026, 11, 30, 10, 30)) == []
    mail_marks.clear(store, "q-1")
    assert _owed(store, tokyo(2026, 11, 30, 10, 30))[0].title.startswith("acknowledge")


def test_a_later_mail_in_the_conversation_takes_over(store: Store) -> None:
    _mail(store, "q-2", "inbox", tokyo(2026, 11, 30, 11, 0), "conv-1", "RE: 請求書の件")
    (item,) = _owed(store, tokyo(2026, 11, 30, 11, 5))
    assert item.action == "reply:q-2"


def test_snoozed_until_the_afternoon_with_a_reason(store: Store) -> None:
    (ack,) = _owed(store, tokyo(2026, 11, 30, 9, 30))
    until = datetime(2099, 1, 1, tzinfo=UTC)
    mark = care_marks.snooze(store, helpers.PROJECT, ack.key, until, "waiting for finance")
    assert mark.kind is care_marks.MarkKind.SNOOZE and mark.note == "waiting for finance"
    # the mark is stamped with the clock: put it back to that Monday morning, ending at 14:00
    set_sql(store, "UPDATE care_mark SET created_at = :at, until = :until WHERE id = :id",
            at=tokyo(2026, 11, 30, 9, 31).astimezone(UTC),
            until=tokyo(2026, 11, 30, 14, 0).astimezone(UTC), id=mark.id)
    assert _owed(store, tokyo(2026, 11, 30, 12, 0)) == []  # snoozed
    (shown,) = due_items(store, tokyo(2026, 11, 30, 12, 0), rule="customer_mail",
                         snoozed=True)
    assert shown.snoozed_until == tokyo(2026, 11, 30, 14, 0)
    (back,) = _owed(store, tokyo(2026, 11, 30, 14, 1))  # the snooze ran out
    assert back.key == ack.key and back.state is DueState.OVERDUE


def test_the_reply_its_action_writes_is_addressed_to_the_writer_and_sending_it_stops_the_timer(
        store: Store) -> None:
    from cockpit.care.actions import Verb, target_of
    from cockpit.domain.messages import LinkTarget
    from cockpit.services import messages

    (ack,) = _owed(store, tokyo(2026, 11, 30, 9, 0))
    with store.session() as s:
        target = target_of(s, ack)
    assert target.verb is Verb.REPLY and target.source is not None
    assert target.source.mail_id == "q-1"
    assert target.kind is not None
    reply = messages.compose(store, target.kind, target.source)
    assert reply.to == f"{helpers.YAMADA.name} <{helpers.YAMADA.email}>" and reply.cc == ""
    assert reply.subject == "Re: 請求書の件"
    assert (LinkTarget.MAIL, "q-1") in [(link.target, link.target_id) for link in reply.links]
    assert "> お世話になっております。" in reply.body
    assert len(_owed(store, tokyo(2026, 11, 30, 9, 30))) == 1  # a draft answers nothing yet
    with pytest.raises(KnownError):  # the answer's placeholder is the PM's to fill first
        messages.mark_ready(store, reply.id)
    placeholder = reply.body[reply.body.index("[["):reply.body.index("]]") + 2]
    messages.save_draft(store, replace(reply, body=reply.body.replace(
        placeholder, "本日中に修正版をお送りいたします。")))
    messages.mark_ready(store, reply.id)
    messages.mark_sent(store, reply.id, tokyo(2026, 11, 30, 9, 10).astimezone(UTC))
    assert _owed(store, tokyo(2026, 11, 30, 9, 30)) == []
    assert len(_owed(store, tokyo(2026, 11, 30, 9, 5))) == 1  # before it went out
