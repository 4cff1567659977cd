"""What the rules read: a snapshot of every live project's facts, loaded in one query per kind
of fact for the whole portfolio (never one per project), as the store stood at a moment."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from cockpit.care.company import Company, load_company
from cockpit.care.governance_facts import GovernanceSeries, governance_series
from cockpit.care.items import SOON, CareItem, DueState
from cockpit.care.marks import MarkData, MarkKind, marks_at
from cockpit.care.meeting_facts import HeldMeeting, latest_held
from cockpit.care.register_facts import ChangeFact, DecisionFact, FlagFact, ProblemFact
from cockpit.care.satisfaction_facts import AnswerFact, answers
from cockpit.care.work_facts import (
    CustomerMail,
    EtaSlip,
    SprintDates,
    UrgentTask,
    customer_mail,
    eta_slips,
    sprints,
    urgent_tasks,
)
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
    pm: WorkingCalendar = field(default_factory=lambda: WorkingCalendar("UTC"))
    sprints: list[SprintDates] = field(default_factory=list)
    urgent: list[UrgentTask] = field(default_factory=list)
    slips: list[EtaSlip] = field(default_factory=list)  # ETAs moved later, newest last
    mail: list[CustomerMail] = field(default_factory=list)  # customers' mail awaiting us
    marks: list[MarkData] = field(default_factory=list)  # snoozes and "done" in force
    rule_layers: dict[str, dict[str, Any]] = field(default_factory=dict)  # the project's
    flags: list[FlagFact] = field(default_factory=list)  # open red flags
    changes: list[ChangeFact] = field(default_factory=list)  # change requests waiting
    decisions: list[DecisionFact] = field(default_factory=list)  # not confirmed in writing
    problems: list[ProblemFact] = field(default_factory=list)  # open problems
    answers: list[AnswerFact] = field(default_factory=list)  # satisfaction, oldest first

    def recipients_of(self, kind: MessageKind) -> tuple[str, ...]:
        return tuple(r.address() for r in self.customers if kind.value in r.reports and r.email)

    def done_since(self, prefix: str) -> datetime | None:
        """When the PM last marked done an item whose key starts with ``prefix`` (done by
        other means — a phone call — counts as the update it stood for)."""
        if not self.marks:
            return None
        times = [m.created_at for m in self.marks
                 if m.kind is MarkKind.DONE and m.item_key.startswith(prefix)]
        return max(times, default=None)

    def is_done(self, key: str) -> bool:
        return any(m.kind is MarkKind.DONE and m.item_key == key for m in self.marks)

    def owe(self, at: datetime, *, rule: str, key: str, title: str, due: datetime,
            recipients: tuple[str, ...] = (), since: datetime | None = None, action: str = "",
            detail: str = "", subject: str = "") -> CareItem | None:
        """The item, with its state at ``at``; None while it is not close enough to show.

        Due: it falls due later on the customer's day, or before the PM's day ends (a PM in
        Berlin sees a Tokyo customer's 18:00 as due in the morning), or the PM has no working
        day left before it (a German holiday the Japanese customer works on). Soon: before the
        end of the PM's next working day, or within ``SOON`` — a PM leaving on Friday sees what
        is owed on Monday.
        """
        customer = self.customer
        today_ends, next_day, next_day_ends = _pm_window(self.pm, at)
        if at > due:
            state = DueState.OVERDUE
        elif (due <= today_ends or customer.day_of(due) == customer.day_of(at)
              or next_day > self.pm.day_of(due)):
            state = DueState.DUE  # later today, or today is the PM's last working day for it
        elif due - at <= SOON or due <= next_day_ends:
            state = DueState.SOON
        else:
            return None
        return CareItem(project_id=self.id, project_code=self.code, rule=rule, key=key,
                        title=title, recipients=recipients, due=due, state=state, since=since,
                        action=action, customer_zone=customer.zone, detail=detail,
                        subject=subject)


@lru_cache(maxsize=8)
def _pm_window(pm: WorkingCalendar, at: datetime) -> tuple[datetime, date, datetime]:
    """The end of the PM's day at ``at``, the PM's next working day and its end (the same
    for every item of one evaluation, so worked out once)."""
    today = pm.day_of(at)
    following = pm.next_working_day(today)
    return pm.closes(today), following, pm.closes(following)


def load_facts(session: Session, at: datetime, project_id: str | None = None,
               company: Company | None = None) -> list[ProjectFacts]:
    from cockpit.store.models import Project

    where: list[ColumnElement[bool]] = [Project.archived.is_(False),
                                        Project.status.in_(LIVE)]
    if project_id is not None:
        where.append(Project.id == project_id)
    query = select(Project.id, Project.code, Project.name, Project.status,
                   Project.customer_time_zone, Project.working_days_country,
                   Project.start_date, Project.created_at).where(*where)
    company = company or load_company(session)
    facts = {}
    for row in session.execute(query):
        calendar = side_calendar(row.customer_time_zone, row.working_days_country,
                             company.days_off)
        started = calendar.opens(row.start_date) if row.start_date else row.created_at
        facts[row.id] = ProjectFacts(row.id, row.code, row.name, row.status, calendar,
                                     started=started, pm=company.pm)
    if not facts:
        return []
    # the projects as a subquery, not a list of ids: one short statement at any scale
    ids = select(Project.id).where(*where).scalar_subquery()
    _add_work(session, facts, ids, at)
    _add_more(session, facts, ids, at)
    _add_registers(session, facts, ids, at)
    return sorted(facts.values(), key=lambda f: f.code)


def _add_work(session: Session, facts: dict[str, ProjectFacts], ids: Any, at: datetime
              ) -> None:
    """Open tasks, the last message sent per kind, the customers on the communication map."""
    from cockpit.store.models import Membership, Message, Person, Task

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


def _add_more(session: Session, facts: dict[str, ProjectFacts], ids: Any, at: datetime
              ) -> None:
    """Meetings, onboarding steps, sprints, urgent tasks, slips, mail, marks, settings."""
    from cockpit.store.models import CareRuleSetting, OnboardingStep, Person

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
    for pid, items in sprints(session, ids).items():
        facts[pid].sprints = items
    for pid, tasks in urgent_tasks(session, ids, at).items():
        facts[pid].urgent = tasks
    for pid, slips in eta_slips(session, ids, at).items():
        facts[pid].slips = slips
    for pid, mails in customer_mail(session, ids, at).items():
        facts[pid].mail = mails
    for pid, marks in marks_at(session, ids, at).items():
        facts[pid].marks = marks
    for pid, rule, enabled, params in session.execute(
            select(CareRuleSetting.project_id, CareRuleSetting.rule, CareRuleSetting.enabled,
                   CareRuleSetting.params).where(CareRuleSetting.project_id.in_(ids))):
        facts[pid].rule_layers[rule] = {**(params or {}), "enabled": bool(enabled)}


def _add_registers(session: Session, facts: dict[str, ProjectFacts], ids: Any, at: datetime
                   ) -> None:
    """Red flags, change requests, unconfirmed decisions, open problems, satisfaction."""
    from cockpit.care import register_facts

    calendars = {pid: f.customer for pid, f in facts.items()}
    for pid, flags in register_facts.flags(session, ids, at, calendars).items():
        facts[pid].flags = flags
    for pid, changes in register_facts.changes(session, ids, at).items():
        facts[pid].changes = changes
    for pid, decisions in register_facts.decisions(session, ids, at).items():
        facts[pid].decisions = decisions
    for pid, problems in register_facts.problems(session, ids, at).items():
        facts[pid].problems = problems
    for pid, found in answers(session, ids, at).items():
        facts[pid].answers = found


def side_calendar(zone: str, country: str, days_off: frozenset[date]) -> WorkingCalendar:
    """A side's working calendar from stored values (an unknown zone counts as UTC)."""
    return WorkingCalendar(zone if is_valid_time_zone(zone) else "UTC", country or "",
                           days_off)
