"""The decision log takes decisions from the minutes, from a message or mail, or by hand, each
traced to the written message that confirms it; the Q&A register keeps who asked and answered
what, shared with the customer or internal."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cockpit.domain.decisions import Confirmation, DecisionOrigin
from cockpit.domain.enums import MessageKind
from cockpit.errors import KnownError
from cockpit.messages.sources import Source
from cockpit.services import decision_log, messages, questions
from cockpit.store.models import MailItem
from cockpit.store.store import Store
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases


def _mail(store: Store, mail_id: str, subject: str, day: int) -> None:
    with store.session() as s:
        s.add(MailItem(id=mail_id, folder="inbox", project_id=helpers.PROJECT, subject=subject,
                       sender=helpers.YAMADA.email,
                       moment=datetime(2026, 12, day, 2, 0, tzinfo=UTC)))


def _by_text(store: Store) -> dict[str, decision_log.LoggedDecision]:
    return {d.text: d for d in decision_log.list_decisions(store, helpers.PROJECT)}


def test_the_log_holds_the_minutes_and_the_recorded_decisions(store: Store) -> None:
    minutes = [d for d in decision_log.list_decisions(store, helpers.PROJECT)
               if d.origin is DecisionOrigin.MEETING]
    assert minutes and all(d.confirmation is Confirmation.AWAITING for d in minutes)
    assert all(d.source == "週次定例 Weekly status" for d in minutes)
    _mail(store, "AAMk-golive", "Go-live on 15 January agreed", 3)
    from_mail = decision_log.from_mail(store, "AAMk-golive")
    assert (from_mail.origin, from_mail.decided_on, from_mail.confirmed) == (
        DecisionOrigin.MAIL, date(2026, 12, 3), True)  # the customer's mail is the trace
    by_hand = decision_log.record(store, helpers.PROJECT, "UAT runs two weeks, not one",
                                  date(2026, 12, 4))
    assert by_hand.confirmation is Confirmation.AWAITING
    assert {d.text for d in decision_log.list_decisions(store, helpers.PROJECT)} >= {
        "Go-live on 15 January agreed", "UAT runs two weeks, not one"}


def test_a_decision_from_a_message_is_confirmed_once_it_is_sent(store: Store) -> None:
    draft = messages.new_message(store, helpers.PROJECT, MessageKind.OTHER,
                                 to=helpers.YAMADA.email, subject="Scope of phase 2 agreed")
    recorded = decision_log.from_message(store, draft.id)
    assert (recorded.origin, recorded.confirmed) == (DecisionOrigin.MESSAGE, False)
    messages.sent_remotely(store, draft.id, datetime(2026, 12, 5, 1, 0, tzinfo=UTC))
    again = _by_text(store)["Scope of phase 2 agreed"]
    assert again.confirmed and again.confirmed_on == date(2026, 12, 5)


def test_a_minutes_decision_is_confirmed_by_the_confirmation_sent_about_it(
        store: Store) -> None:
    decision = next(d for d in decision_log.list_decisions(store, helpers.PROJECT)
                    if d.origin is DecisionOrigin.MEETING and not d.internal)
    confirmation = messages.compose(store, MessageKind.DECISION, Source(
        helpers.PROJECT, decision_id=decision.id, today=helpers.TODAY))
    assert not _by_text(store)[decision.text].confirmed  # a draft is not in writing yet
    messages.sent_remotely(store, confirmation.id, datetime(2026, 11, 18, 3, 0, tzinfo=UTC))
    confirmed = _by_text(store)[decision.text]
    assert confirmed.confirmed and confirmed.confirmed_by == confirmation.subject


def test_a_confirmation_is_linked_by_hand(store: Store) -> None:
    decision = decision_log.record(store, helpers.PROJECT, "Weekly call moves to Tuesday")
    with pytest.raises(KnownError, match="date"):
        decision_log.confirm(store, helpers.PROJECT, decision.id, note="Teams chat")
    _mail(store, "AAMk-tuesday", "Re: Tuesday calls", 6)
    linked = decision_log.confirm(store, helpers.PROJECT, decision.id, mail_id="AAMk-tuesday")
    assert (linked.confirmed, linked.confirmed_on, linked.confirmed_by) == (
        True, date(2026, 12, 6), "Re: Tuesday calls")
    with pytest.raises(KnownError, match="needs its text"):
        decision_log.record(store, helpers.PROJECT, "  ")


def test_questions_and_answers_shared_or_internal(store: Store) -> None:
    first = questions.ask(store, helpers.PROJECT, "ログイン画面は多言語対応が必要ですか？",
                          asked_by_person_id=helpers.YAMADA.person_id,
                          asked_on=date(2026, 12, 1), shared=True)
    internal = questions.ask(store, helpers.PROJECT, "Do we bill the extra UAT week?",
                             asked_by="Marta", asked_on=date(2026, 12, 2))
    assert (first.key, first.asked_by, internal.key, internal.shared) == (
        "Q-1", "山田 太郎", "Q-2", False)
    answered = questions.save(
        store, first.id, question=first.question, asked_by_person_id=first.asked_by_person_id,
        asked_by="", asked_on=first.asked_on, answer="はい、日本語と英語に対応します。",
        answered_by_person_id=helpers.PM.person_id, answered_by="", answered_on=None,
        shared=True)
    assert answered.answered and answered.answered_by == helpers.PM.name
    assert answered.answered_on is not None
    assert [q.key for q in questions.list_questions(store, helpers.PROJECT,
                                                   shared_only=True)] == ["Q-1"]
    with pytest.raises(KnownError, match="before the question"):
        questions.save(store, internal.id, question=internal.question,
                       asked_by_person_id=None, asked_by="Marta", asked_on=internal.asked_on,
                       answer="No", answered_by_person_id=None, answered_by="Jan",
                       answered_on=date(2026, 11, 30), shared=False)
