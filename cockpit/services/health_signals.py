"""The health signals of every project, read from the store: one query per kind of signal,
whatever the number of projects (the project list asks for all of them at once).

A source is a function ``(session, today, project_ids) -> signals``; ``register`` adds one
(the care engine's rules can add theirs). ``project_ids`` None means every project.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cockpit.domain.messages import MessageState
from cockpit.domain.signals import HealthSignal, SignalKind
from cockpit.domain.work import TaskStatus
from cockpit.store.models import Invoice, Message, OnboardingStep, Task
from cockpit.store.store import Store

Source = Callable[[Session, date, Collection[str] | None], Iterable[HealthSignal]]
SOURCES: dict[str, Source] = {}


def register(kind: str) -> Callable[[Source], Source]:
    def add(source: Source) -> Source:
        SOURCES[kind] = source
        return source

    return add


def health_signals(store: Store, today: date, project_ids: Collection[str] | None = None
                   ) -> dict[str, list[HealthSignal]]:
    """Project id → its signals, oldest first; projects without any are left out."""
    out: dict[str, list[HealthSignal]] = defaultdict(list)
    if project_ids is not None and not project_ids:
        return {}
    with store.session() as s:
        for source in SOURCES.values():
            for signal in source(s, today, project_ids):
                out[signal.project_id].append(signal)
    return {pid: sorted(signals, key=HealthSignal.sort_key) for pid, signals in out.items()}


def _of(query: Select, column, project_ids: Collection[str] | None) -> Select:  # type: ignore[type-arg,no-untyped-def]
    return query if project_ids is None else query.where(column.in_(list(project_ids)))


@register(SignalKind.INVOICE_OVERDUE)
def _overdue_invoices(s: Session, today: date, project_ids: Collection[str] | None
                      ) -> Iterable[HealthSignal]:
    query = select(Invoice.project_id, Invoice.id, Invoice.number, Invoice.due_on).where(
        Invoice.paid_on.is_(None), Invoice.due_on.is_not(None), Invoice.due_on < today)
    for project_id, item_id, number, due in s.execute(_of(query, Invoice.project_id,
                                                          project_ids)):
        yield HealthSignal(project_id, SignalKind.INVOICE_OVERDUE, number, due, item_id)


@register(SignalKind.TASK_LATE)
def _late_tasks(s: Session, today: date, project_ids: Collection[str] | None
                ) -> Iterable[HealthSignal]:
    closed = [TaskStatus.DONE, TaskStatus.CANCELLED]
    query = select(Task.project_id, Task.id, Task.name, Task.eta).where(
        Task.status.not_in(closed), Task.eta.is_not(None), Task.eta < today)
    for project_id, item_id, name, eta in s.execute(_of(query, Task.project_id, project_ids)):
        yield HealthSignal(project_id, SignalKind.TASK_LATE, name, eta, item_id)


@register(SignalKind.MESSAGE_FAILED)
def _failed_messages(s: Session, today: date, project_ids: Collection[str] | None
                     ) -> Iterable[HealthSignal]:
    query = select(Message.project_id, Message.id, Message.subject, Message.updated_at).where(
        Message.state == MessageState.FAILED, Message.project_id.is_not(None))
    for project_id, item_id, subject, when in s.execute(_of(query, Message.project_id,
                                                            project_ids)):
        yield HealthSignal(project_id, SignalKind.MESSAGE_FAILED, subject,
                           when.date() if when else None, item_id)


@register(SignalKind.ONBOARDING_OVERDUE)
def _overdue_onboarding(s: Session, today: date, project_ids: Collection[str] | None
                        ) -> Iterable[HealthSignal]:
    query = select(OnboardingStep.project_id, OnboardingStep.id, OnboardingStep.title,
                   OnboardingStep.due_on).where(
        OnboardingStep.done_on.is_(None), OnboardingStep.due_on.is_not(None),
        OnboardingStep.due_on < today)
    for project_id, item_id, title, due in s.execute(_of(query, OnboardingStep.project_id,
                                                         project_ids)):
        yield HealthSignal(project_id, SignalKind.ONBOARDING_OVERDUE, title, due, item_id)
