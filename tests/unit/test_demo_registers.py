"""The demo's registers show every part of them on its day: red flags at every level of the
escalation path (one moving up that day), change requests in every state, problems with plans
(one the customer has not heard of), decisions from a customer's mail, Q&A shared and
internal — and Today owes what they owe."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cockpit.care.engine import due_items
from cockpit.domain.decisions import DecisionOrigin
from cockpit.domain.enums import EscalationLevel
from cockpit.domain.work import ChangeRequestStatus
from cockpit.services import change_requests, decision_log, problem_register, questions, red_flags
from cockpit.services.projects import find_project_id
from cockpit.store.store import Store

DAY = date(2026, 11, 24)  # the demo fixture's day (a Tuesday)
MORNING = datetime(2026, 11, 24, 0, 30, tzinfo=UTC)  # 09:30 in Tokyo


def test_red_flags_stand_at_every_level_and_one_moves_up_that_day(demo_store: Store) -> None:
    flags = red_flags.list_flags(demo_store, MORNING)
    open_levels = {f.level for f in flags if f.is_open}
    assert open_levels == {EscalationLevel.PROJECT, EscalationLevel.DEPARTMENT,
                           EscalationLevel.EXECUTIVE}
    assert any(not f.is_open and f.root_cause for f in flags)  # one resolved, with its cause
    moving = [f for f in flags if f.is_open and f.next_move is not None
              and f.next_move.at.astimezone(f.next_move.at.tzinfo).date() == DAY]
    assert moving, "a flag moves up on the demo's day"
    assert any(f.mail_id for f in flags)  # raised from a customer's mail


def test_change_requests_in_every_state(demo_store: Store) -> None:
    states = {c.status for c in change_requests.list_requests(demo_store)}
    assert states == set(ChangeRequestStatus)
    confirmed = [c for c in change_requests.list_requests(demo_store)
                 if c.status is ChangeRequestStatus.CONFIRMED]
    assert any(c.confirmation_mail_id for c in confirmed)  # linked to the customer's mail


def test_problems_decisions_and_questions(demo_store: Store) -> None:
    jp = find_project_id(demo_store, "JP-104")
    found = problem_register.list_problems(demo_store)
    assert any(p.steps and p.data.customer_informed_at is None for p in found)
    assert any(p.status.value == "closed" and p.data.lessons_learned for p in found)
    logged = decision_log.list_decisions(demo_store, jp)
    assert any(d.origin is DecisionOrigin.MAIL and d.confirmed for d in logged)
    assert any(d.origin is DecisionOrigin.MANUAL and not d.confirmed for d in logged)
    asked = questions.list_questions(demo_store, jp)
    assert {q.shared for q in asked} == {True, False} and any(not q.answered for q in asked)


def test_today_owes_what_the_registers_owe(demo_store: Store) -> None:
    rules = {i.rule for i in due_items(demo_store, MORNING)}
    assert {"red_flag", "problem", "change_request", "decision_unconfirmed"} <= rules
