"""Health signals read from the store: overdue invoices, late tasks, failed messages, overdue
onboarding steps — beside the PM's own health, and one query per kind for any number of
projects."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from cockpit.domain.enums import EscalationLevel, Health, Side
from cockpit.domain.messages import MessageKind
from cockpit.domain.passport import (
    InvoiceData,
    MemberData,
    OnboardingStepData,
    Passport,
    TaskData,
)
from cockpit.domain.signals import HealthSignal, SignalKind
from cockpit.domain.work import TaskStatus
from cockpit.services import health_signals, messages, projects
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases

TODAY = date(2026, 11, 24)


def _project(store: Store, code: str) -> Passport:
    p = projects.new_passport(store)
    p.fields.code, p.fields.name = code, f"Project {code}"
    p.fields.health = Health.GREEN  # the PM says all is well
    p.members = [MemberData(name="Elena Petrova", email="elena@vendor.example.com",
                            side=Side.VENDOR, escalation_level=EscalationLevel.PROJECT)]
    p.onboarding = [
        OnboardingStepData(title="Kick-off", due_on=date(2026, 11, 1)),
        OnboardingStepData(title="Access", due_on=date(2026, 11, 1), done_on=date(2026, 11, 2)),
        OnboardingStepData(title="Later", due_on=date(2026, 12, 1)),
    ]
    p.invoices = [
        InvoiceData(number="INV-7", issued_on=date(2026, 10, 12), amount=Decimal(100),
                    currency="EUR", due_on=date(2026, 11, 12)),
        InvoiceData(number="INV-8", issued_on=date(2026, 10, 12), amount=Decimal(100),
                    currency="EUR", due_on=date(2026, 11, 12), paid_on=date(2026, 11, 10)),
        InvoiceData(number="INV-9", issued_on=date(2026, 11, 20), amount=Decimal(100),
                    currency="EUR", due_on=date(2026, 12, 20)),
        InvoiceData(number="INV-10", issued_on=date(2026, 11, 20), amount=Decimal(100),
                    currency="EUR", due_on=TODAY),  # due today: not late yet
    ]
    p.tasks = [
        TaskData(name="API docs", eta=date(2026, 11, 20)),
        TaskData(name="Shipped", eta=date(2026, 11, 20), status=TaskStatus.DONE),
        TaskData(name="Dropped", eta=date(2026, 11, 20), status=TaskStatus.CANCELLED),
        TaskData(name="Next week", eta=date(2026, 12, 1)),
    ]
    return projects.save_passport(store, p)


def test_a_green_project_with_trouble_in_its_data_has_its_signals(store: Store) -> None:
    project = _project(store, "JP-7")
    calm = projects.save_passport(store, _calm(store))
    notice = messages.new_message(store, project.id, MessageKind.PROBLEM_NOTICE,
                                  to="yamada@example.jp", subject="Outage on 20 Nov")
    messages.mark_ready(store, notice.id)
    messages.mark_failed(store, notice.id, "mailbox full")

    found = health_signals.health_signals(store, TODAY)

    assert calm.id not in found
    signals = found[project.id]
    assert [(s.kind, s.subject) for s in signals] == [
        (SignalKind.ONBOARDING_OVERDUE, "Kick-off"),
        (SignalKind.INVOICE_OVERDUE, "INV-7"),
        (SignalKind.TASK_LATE, "API docs"),
        (SignalKind.MESSAGE_FAILED, "Outage on 20 Nov"),
    ]  # oldest first
    assert signals[1].since == date(2026, 11, 12)
    assert signals[2].since == date(2026, 11, 20)
    assert projects.get_passport(store, project.id).fields.health is Health.GREEN  # untouched


def _calm(store: Store) -> Passport:
    p = projects.new_passport(store)
    p.fields.code, p.fields.name = "DE-1", "Calm"
    p.onboarding = []
    return p


def test_one_query_per_kind_of_signal_for_any_number_of_projects(store: Store) -> None:
    for n in range(25):
        _project(store, f"P-{n:02}")
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        found = health_signals.health_signals(store, TODAY)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(found) == 25 and all(len(s) == 3 for s in found.values())
    assert len(statements) == len(health_signals.SOURCES) == 4


def test_only_the_projects_asked_for(store: Store) -> None:
    first, second = _project(store, "A-1"), _project(store, "B-2")
    found = health_signals.health_signals(store, TODAY, [second.id])
    assert list(found) == [second.id]
    assert health_signals.health_signals(store, TODAY, []) == {}
    assert first.id in health_signals.health_signals(store, TODAY)


def test_a_new_source_adds_its_kind(store: Store) -> None:
    project = _project(store, "C-3")

    def renewal_due(_s, today, ids):  # type: ignore[no-untyped-def]
        yield HealthSignal(project.id, "renewal_due", "Contract", today)

    health_signals.register("renewal_due")(renewal_due)
    try:
        kinds = {s.kind for s in health_signals.health_signals(store, TODAY)[project.id]}
    finally:
        del health_signals.SOURCES["renewal_due"]
    assert "renewal_due" in kinds
