"""What the rules read: a snapshot of every live project's facts, loaded in one query per kind
of fact for the whole portfolio (never one per project), as the store stood at a moment."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from cockpit.care.governance_facts import GovernanceSeries, governance_series
from cockpit.care.meeting_facts import HeldMeeting, latest_held
from cockpit.care.working_time import WorkingCalendar
from cockpit.domain.enums import MessageKind, ProjectStatus, Side
from cockpit.domain.messages import MessageState
from cockpit.domain.validation import is_valid_time_zone
from cockpit.domain.work import TaskStatus

LIVE = (ProjectStatus.ONBOARDING, ProjectStatus.ACTIVE)


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    reports: frozenset[str]  # the report kinds the communication map gives them

    def address(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True)
class OpenStep:
    id: str
    title: str
    due_on: date
    owner: str  # "Name <address>", or "" when nobody owns it


@dataclass
class ProjectFacts:
    id: str
    code: str
    name: str
    status: ProjectStatus
    customer: WorkingCalendar
    open_tasks: int = 0
    open_since: datetime | None = None  # the oldest open task's last change
    last_sent: dict[MessageKind, datetime] = field(default_factory=dict)
    customers: list[Recipient] = field(default_factory=list)
    held_meetings: list[HeldMeeting] = field(default_factory=list)  # each series' latest
    open_steps: list[OpenStep] = field(default_factory=list)  # onboarding, with a due date
    governance: list[GovernanceSeries] = field(default_factory=list)
    started: datetime = datetime.min.replace(tzinfo=UTC)  # the project's start (or creation)

    def recipients_of(self, kind: MessageKind) -> tuple[str, ...]:
        return tuple(r.address() for r in self.customers if kind.value in r.reports and r.email)


def load_facts(session: Session, at: datetime, project_id: str | None = None
               ) -> list[ProjectFacts]:
    from cockpit.store.models import (
        Membership,
        Message,
        OnboardingStep,
        Person,
        Project,
        Task,
    )

    where: list[ColumnElement[bool]] = [Project.archived.is_(False),
                                        Project.status.in_(LIVE)]
    if project_id is not None:
        where.append(Project.id == project_id)
    query = select(Project.id, Project.code, Project.name, Project.status,
                   Project.customer_time_zone, Project.working_days_country,
                   Project.start_date, Project.created_at).where(*where)
    facts = {}
    for row in session.execute(query):
        calendar = _calendar(row.customer_time_zone, row.working_days_country)
        started = calendar.opens(row.start_date) if row.start_date else row.created_at
        facts[row.id] = ProjectFacts(row.id, row.code, row.name, row.status, calendar,
                                     started=started)
    if not facts:
        return []
    # the projects as a subquery, not a list of ids: one short statement at any scale
    ids = select(Project.id).where(*where).scalar_subquery()
    open_statuses = [s for s in TaskStatus if s.is_open]
    for pid, count, oldest in session.execute(
            select(Task.project_id, func.count(), func.min(Task.updated_at))
            .where(Task.project_id.in_(ids), Task.status.in_(open_statuses))
            .group_by(Task.project_id)):
        facts[pid].open_tasks, facts[pid].open_since = count, oldest
    for message_project, kind, last in session.execute(
            select(Message.project_id, Message.kind, func.max(Message.sent_at))
            .where(Message.project_id.in_(ids), Message.state == MessageState.SENT,
                   Message.sent_at <= at)
            .group_by(Message.project_id, Message.kind)):
        if message_project is not None and last is not None:
            facts[message_project].last_sent[MessageKind(kind)] = last
    people: dict[str, list[Recipient]] = defaultdict(list)
    for pid, name, email, reports in session.execute(
            select(Membership.project_id, Person.name, Person.email, Membership.reports)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.project_id.in_(ids), Membership.side == Side.CUSTOMER)
            .order_by(Membership.project_id, Membership.position)):
        people[pid].append(Recipient(name, email, frozenset(reports or ())))
    for pid, recipients in people.items():
        facts[pid].customers = recipients
    for pid, meetings in latest_held(session, ids, at).items():
        facts[pid].held_meetings = meetings
    for pid, series in governance_series(session, ids, at).items():
        facts[pid].governance = series
    for step in session.execute(
            select(OnboardingStep.project_id, OnboardingStep.id, OnboardingStep.title,
                   OnboardingStep.due_on, Person.name, Person.email)
            .outerjoin(Person, Person.id == OnboardingStep.owner_person_id)
            .where(OnboardingStep.project_id.in_(ids), OnboardingStep.done_on.is_(None),
                   OnboardingStep.due_on.is_not(None))
            .order_by(OnboardingStep.project_id, OnboardingStep.position)):
        owner = Recipient(step.name, step.email or "", frozenset()).address() \
            if step.name else ""
        facts[step.project_id].open_steps.append(
            OpenStep(step.id, step.title, step.due_on, owner))
    return sorted(facts.values(), key=lambda f: f.code)


def _calendar(zone: str, country: str) -> WorkingCalendar:
    return WorkingCalendar(zone if is_valid_time_zone(zone) else "UTC", country or "")
