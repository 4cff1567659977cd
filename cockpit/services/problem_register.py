"""The problem register (PRODUCT.md §6): tell the customer as soon as a problem is found,
with a realistic picture (impact, schedule, solution options), offer a workaround, present a
remedial plan with concrete steps and the resources on it, test the fix before shipping,
consider compensation, and afterwards hold a retrospective and record the lessons learned.

The register enforces the order a demanding PM keeps: a problem is *fixed* only once how the
fix was tested is written down, *closed* only with the lessons learned; a compensation decided
(price reduction, extra service, or none) carries its reason. Sending the problem notice
about it records when the customer was informed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cockpit.domain.messages import LinkTarget, MessageState
from cockpit.domain.problem_register import (
    Compensation,
    ProblemData,
    ProblemStatus,
    RemedialStepData,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import (
    Membership,
    Message,
    MessageLink,
    Person,
    ProblemRecord,
    Project,
    RemedialStep,
    Task,
)
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_TITLE, MAX_TEXT, MAX_STEPS = 300, 20000, 100
TEXTS = ("description", "impact_business", "impact_users", "schedule_impact",
         "solution_options", "workaround", "resources", "fix_testing", "compensation_reason",
         "lessons_learned")


@dataclass(frozen=True)
class StepView:
    id: str
    text: str
    owner_person_id: str | None
    owner: str
    due_on: date | None
    done_on: date | None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class ProblemView:
    id: str
    project_id: str
    project_code: str
    key: str  # PB-<n>
    status: ProblemStatus
    data: ProblemData
    steps: tuple[StepView, ...]
    created_at: datetime

    @property
    def title(self) -> str:
        return self.data.title

    @property
    def is_open(self) -> bool:
        return self.status is ProblemStatus.OPEN


def _moment(value: datetime | None, what: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise KnownError(ErrorCode.VALIDATION, f"{what} needs its time zone")
    return value.astimezone(UTC)


def _check(session: Session, project_id: str, data: ProblemData) -> None:
    if not data.title.strip():
        raise KnownError(ErrorCode.VALIDATION, "a problem needs a line saying what happened")
    if len(data.title.strip()) > MAX_TITLE:
        raise KnownError(ErrorCode.VALIDATION, f"the title is longer than {MAX_TITLE} "
                         "characters")
    for name in TEXTS:
        if len(getattr(data, name) or "") > MAX_TEXT:
            raise KnownError(ErrorCode.VALIDATION, f"the {name.replace('_', ' ')} is longer "
                             f"than {MAX_TEXT} characters")
    if data.compensation is not Compensation.UNDECIDED and not data.compensation_reason.strip():
        raise KnownError(ErrorCode.VALIDATION, "say why this compensation (or none) was "
                         "chosen")
    found = _moment(data.found_at, "when it was found")
    informed = _moment(data.customer_informed_at, "when the customer was informed")
    if found and informed and informed < found:
        raise KnownError(ErrorCode.VALIDATION, "the customer cannot have been informed before "
                         "the problem was found")
    _check_steps(session, project_id, data.steps)
    if data.task_id:
        task = session.get(Task, data.task_id)
        if task is None or task.project_id != project_id:
            raise KnownError(ErrorCode.VALIDATION, "that task is not on this project")


def _check_steps(session: Session, project_id: str, steps: list[RemedialStepData]) -> None:
    if len(steps) > MAX_STEPS:
        raise KnownError(ErrorCode.VALIDATION, f"a remedial plan has at most {MAX_STEPS} steps")
    members = set(session.scalars(select(Membership.person_id)
                                  .where(Membership.project_id == project_id)))
    for step in steps:
        if not step.text.strip():
            raise KnownError(ErrorCode.VALIDATION, "every step of the remedial plan needs text")
        if step.owner_person_id and step.owner_person_id not in members:
            raise KnownError(ErrorCode.VALIDATION, f"the owner of “{step.text.strip()}” is "
                             "not one of the project's people")


def _view(session: Session, row: ProblemRecord, code: str) -> ProblemView:
    owners = {s.owner_person_id for s in row.steps if s.owner_person_id}
    names = dict(session.execute(select(Person.id, Person.name)
                                 .where(Person.id.in_(owners))).all()) if owners else {}
    steps = tuple(StepView(s.id, s.text, s.owner_person_id, names.get(s.owner_person_id or "",
                                                                        ""), s.due_on, s.done_on)
                  for s in row.steps)
    data = ProblemData(
        **{f.name: getattr(row, f.name) for f in fields(ProblemData) if f.name != "steps"},
        steps=[RemedialStepData(s.text, s.owner_person_id, s.due_on, s.done_on, s.id)
               for s in row.steps])
    return ProblemView(row.id, row.project_id, code, f"PB-{row.number}", row.status, data,
                       steps, row.created_at)


def _write(row: ProblemRecord, data: ProblemData) -> None:
    for f in fields(ProblemData):
        if f.name in ("steps", "found_at", "customer_informed_at"):
            continue
        value = getattr(data, f.name)
        setattr(row, f.name, value.strip() if type(value) is str else value)  # not an enum
    row.found_at = _moment(data.found_at, "when it was found") or row.found_at or utcnow()
    row.customer_informed_at = _moment(data.customer_informed_at,
                                       "when the customer was informed")
    row.task_id = data.task_id or None
    stored = {s.id: s for s in row.steps}
    kept = []
    for position, step in enumerate(data.steps):
        target = stored.pop(step.id, None) or RemedialStep(id=step.id)
        target.position, target.text = position, step.text.strip()
        target.owner_person_id = step.owner_person_id or None
        target.due_on, target.done_on = step.due_on, step.done_on
        kept.append(target)
    row.steps = kept  # steps left out go (delete-orphan)


def _row(session: Session, problem_id: str) -> ProblemRecord:
    row = session.get(ProblemRecord, problem_id, with_for_update=True)
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, "that problem is no longer in the register")
    return row


def _code(session: Session, project_id: str) -> str:
    return session.scalar(select(Project.code).where(Project.id == project_id)) or ""


# --- reading --------------------------------------------------------------------------------
def list_problems(store: Store, project_id: str | None = None, *, open_only: bool = False
                  ) -> list[ProblemView]:
    query = (select(ProblemRecord, Project.code).join(Project)
             .options(selectinload(ProblemRecord.steps))
             .order_by(Project.code, ProblemRecord.number))
    if project_id is not None:
        query = query.where(ProblemRecord.project_id == project_id)
    if open_only:
        query = query.where(ProblemRecord.status == ProblemStatus.OPEN)
    with store.session() as s:
        return [_view(s, row, code) for row, code in s.execute(query).all()]


def get_problem(store: Store, problem_id: str) -> ProblemView:
    with store.session() as s:
        row = _row(s, problem_id)
        return _view(s, row, _code(s, row.project_id))


# --- writing --------------------------------------------------------------------------------
def record(store: Store, project_id: str, data: ProblemData) -> ProblemView:
    """A new problem, open, numbered PB-<n> on its project."""
    with store.session() as s:
        if s.get(Project, project_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        _check(s, project_id, data)
        number = 1 + (s.scalar(select(func.max(ProblemRecord.number))
                               .where(ProblemRecord.project_id == project_id)) or 0)
        row = ProblemRecord(project_id=project_id, number=number, status=ProblemStatus.OPEN,
                            title=data.title.strip(), found_at=utcnow(), steps=[])
        _write(row, data)
        s.add(row)
        s.flush()
        return _view(s, row, _code(s, project_id))


def save(store: Store, problem_id: str, data: ProblemData) -> ProblemView:
    """Everything the PM wrote about it, the remedial plan's steps as given (in order)."""
    with store.session() as s:
        row = _row(s, problem_id)
        _check(s, row.project_id, data)
        if row.status is ProblemStatus.FIXED and not data.fix_testing.strip():
            raise KnownError(ErrorCode.VALIDATION, "it is marked fixed: keep how the fix was "
                             "tested")
        if row.status is ProblemStatus.CLOSED and not data.lessons_learned.strip():
            raise KnownError(ErrorCode.VALIDATION, "it is closed: keep the lessons learned")
        _write(row, data)
        s.flush()
        return _view(s, row, _code(s, row.project_id))


def set_status(store: Store, problem_id: str, status: ProblemStatus) -> ProblemView:
    """Fixed needs how the fix was tested (fixes are tested before they ship); closed needs
    the lessons learned (after the retrospective). Reopening is always possible."""
    with store.session() as s:
        row = _row(s, problem_id)
        key = f"PB-{row.number}"
        if status is ProblemStatus.FIXED and not row.fix_testing.strip():
            raise KnownError(ErrorCode.VALIDATION, f"{key}: write how the fix was tested "
                             "before marking it fixed")
        if status is ProblemStatus.CLOSED:
            if not row.lessons_learned.strip():
                raise KnownError(ErrorCode.VALIDATION, f"{key}: record the lessons learned "
                                 "(from the retrospective) before closing it")
            if row.status is ProblemStatus.OPEN and not row.fix_testing.strip():
                raise KnownError(ErrorCode.VALIDATION, f"{key}: write how the fix was tested "
                                 "before closing it")
        row.status = status
        s.flush()
        return _view(s, row, _code(s, row.project_id))


def delete(store: Store, problem_id: str) -> str:
    with store.session() as s:
        row = _row(s, problem_id)
        project_id = row.project_id
        s.delete(row)
        return project_id


def message_sent(session: Session, message: Message) -> list[str]:
    """In the transaction that marks ``message`` sent: a problem notice about a problem
    records when the customer was informed (the first notice counts)."""
    if str(message.kind) != "problem_notice" or message.state is not MessageState.SENT:
        return []
    ids = [link.target_id for link in session.scalars(
        select(MessageLink).where(MessageLink.message_id == message.id,
                                  MessageLink.target == LinkTarget.PROBLEM))]
    informed = []
    for row in session.scalars(select(ProblemRecord).where(
            ProblemRecord.id.in_(ids), ProblemRecord.project_id == message.project_id,
            ProblemRecord.customer_informed_at.is_(None))):
        row.customer_informed_at = message.sent_at or utcnow()
        informed.append(row.id)
    return informed


__all__ = ["ProblemView", "StepView", "delete", "get_problem", "list_problems",
           "message_sent", "record", "save", "set_status"]
