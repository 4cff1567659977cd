"""Copying between ORM rows and passport dataclasses (both directions)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields as dc_fields
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Meeting, MessageKind
from cockpit.domain.passport import (
    CareRuleData,
    ContractData,
    InvoiceData,
    LinkData,
    MemberData,
    MilestoneData,
    OnboardingStepData,
    Passport,
    ProjectFields,
    QualityReportData,
    SprintData,
    TaskData,
)
from cockpit.domain.work import TaskStatus
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import (
    CareRuleSetting,
    Contract,
    Invoice,
    Link,
    Membership,
    Milestone,
    OnboardingStep,
    Person,
    Project,
    QualityReport,
    Sprint,
    Task,
    TaskEtaChange,
)
from cockpit.store.types import utcnow

PROJECT_FIELD_NAMES = [f.name for f in dc_fields(ProjectFields)]

T = TypeVar("T")


def _copy(source: Any, target_cls: type[T], names: Sequence[str]) -> T:
    return target_cls(**{n: getattr(source, n) for n in names})


def _names(cls: type) -> list[str]:
    return [f.name for f in dc_fields(cls)]


def _report_values() -> set[str]:
    from cockpit.messages.kinds.registry import report_kinds

    return {k.value for k in report_kinds()}


def member_to_data(m: Membership) -> MemberData:
    p = m.person
    return MemberData(
        id=m.id,
        person_id=p.id,
        name=p.name,
        email=p.email,
        organisation=p.organisation,
        time_zone=p.time_zone,
        phone=p.phone,
        role=m.role,
        side=m.side,
        escalation_level=m.escalation_level,
        meetings=frozenset(Meeting(v) for v in m.meetings or [] if v in Meeting._value2member_map_),
        reports=frozenset(MessageKind(v) for v in m.reports or [] if v in _report_values()),
    )


def to_passport(project: Project) -> Passport:
    return Passport(
        id=project.id,
        fields=_copy(project, ProjectFields, PROJECT_FIELD_NAMES),
        members=[member_to_data(m) for m in project.memberships],
        links=[_copy(r, LinkData, _names(LinkData)) for r in project.links],
        contract=_copy(project.contract, ContractData, _names(ContractData))
        if project.contract
        else None,
        invoices=[_copy(r, InvoiceData, _names(InvoiceData)) for r in project.invoices],
        quality_reports=[
            _copy(r, QualityReportData, _names(QualityReportData)) for r in project.quality_reports
        ],
        onboarding=[
            _copy(r, OnboardingStepData, _names(OnboardingStepData))
            for r in project.onboarding_steps
        ],
        sprints=[_copy(r, SprintData, _names(SprintData)) for r in project.sprints],
        tasks=[_copy(r, TaskData, _names(TaskData)) for r in project.tasks],
        milestones=[_copy(r, MilestoneData, _names(MilestoneData)) for r in project.milestones],
        care_rules=[CareRuleData(r.rule, r.enabled, dict(r.params or {}), r.id)
                    for r in project.care_rules],
        created_at=project.created_at,
        updated_at=project.updated_at,
    )


def _sync_rows(
    session: Session,
    current: list[Any],
    wanted: Sequence[Any],
    model: type,
    assign: Callable[[Any, Any, int], None],
    owner_id: str,
    *,
    unique_names: bool = False,
) -> list[Any]:
    """Make ``current`` (an ORM collection) match ``wanted`` (dataclasses) by id, in order.
    ``unique_names``: the rows' names are unique per project, so the rows taken away are
    deleted before the new ones are written (a sprint removed and added again by its name)."""
    by_id = {row.id: row for row in current}
    result = []
    for position, data in enumerate(wanted):
        row = by_id.pop(data.id, None)
        if row is None:
            row = session.get(model, data.id)
            if row is not None and getattr(row, "project_id", None) not in (None, owner_id):
                # an id that belongs to another project: never move rows between projects
                raise KnownError(
                    ErrorCode.VALIDATION,
                    f"{model.__tablename__} {data.id} belongs to another project",
                )
            row = row or model(id=data.id)
        assign(row, data, position)
        result.append(row)
    for orphan in by_id.values():
        session.delete(orphan)
    if unique_names and by_id:
        session.flush()  # the new rows join the session only when the collection is set
    return result


def _assign_simple(names: Sequence[str], has_position: bool) -> Callable[[Any, Any, int], None]:
    def assign(row: Any, data: Any, position: int) -> None:
        for n in names:
            if n != "id":
                setattr(row, n, getattr(data, n))
        if has_position:
            row.position = position

    return assign


def _existing_by_email(session: Session, email: str) -> Person | None:
    if not email:
        return None
    return session.scalars(select(Person).where(func.lower(Person.email) == email.lower())
                           .order_by(Person.id)).first()


def _assign_owned(names: Sequence[str],
                  remap: dict[str, str]) -> Callable[[Any, Any, int], None]:
    """Rows with an ``owner_person_id``: a member merged into a known person keeps ownership."""
    simple = _assign_simple(names, True)

    def assign(row: Any, data: Any, position: int) -> None:
        simple(row, data, position)
        row.owner_person_id = remap.get(row.owner_person_id, row.owner_person_id)

    return assign


def _assign_member(session: Session,
                   remap: dict[str, str]) -> Callable[[Membership, MemberData, int], None]:
    """Writes a member; a new person whose e-mail is already known becomes that person (one
    person on several projects), and ``remap`` records the id the person really has."""
    created: dict[str, Person] = {}  # not flushed yet (no_autoflush), so session.get misses them

    def assign(row: Membership, data: MemberData, position: int) -> None:
        email = data.email.strip().lower()
        person = created.get(data.person_id) or session.get(Person, data.person_id)
        if person is None and email:
            person = created.get(f"email:{email}") or _existing_by_email(session, email)
            if person is not None:
                remap[data.person_id] = person.id
        if person is None:
            person = created[data.person_id] = Person(id=data.person_id)
            if email:
                created[f"email:{email}"] = person
            session.add(person)
        person.name = data.name.strip()
        person.email = data.email.strip()
        person.organisation = data.organisation
        person.time_zone = data.time_zone
        person.phone = data.phone
        row.person = person
        row.role = data.role
        row.side = data.side
        row.escalation_level = data.escalation_level
        row.meetings = sorted(m.value for m in data.meetings)
        row.reports = sorted(r.value for r in data.reports)
        row.position = position

    return assign


TASK_WRITTEN = [n for n in _names(TaskData) if n != "urgent_since"]  # the save keeps that one


def _keep_task_history(session: Session, project: Project, etas: dict[str, date | None]
                       ) -> None:
    """Every ETA change becomes a row of the task's history (a new task's first ETA too), and
    an urgent task remembers since when it is urgent (the hourly-update rule counts from it)."""
    now = utcnow()
    for task in project.tasks:
        if task.urgent and task.urgent_since is None:
            task.urgent_since = now
        elif not task.urgent:
            task.urgent_since = None
        before = etas.get(task.id)
        if task.eta != before and (task.id in etas or task.eta is not None):
            session.add(TaskEtaChange(project=project, task=task, old_eta=before,
                                      new_eta=task.eta, changed_at=now))


def apply_passport(session: Session, project: Project, p: Passport) -> None:
    """Write ``p`` onto ``project`` (new or loaded), syncing every child list by id."""
    with session.no_autoflush:
        _apply(session, project, p)


def _apply(session: Session, project: Project, p: Passport) -> None:
    remap: dict[str, str] = {}
    for name in PROJECT_FIELD_NAMES:
        setattr(project, name, getattr(p.fields, name))
    project.code = p.fields.code.strip()
    project.name = p.fields.name.strip()
    project.memberships = _sync_rows(
        session, project.memberships, p.members, Membership, _assign_member(session, remap),
        project.id
    )
    project.links = _sync_rows(
        session, project.links, p.links, Link, _assign_simple(_names(LinkData), True), project.id
    )
    project.invoices = _sync_rows(
        session,
        project.invoices,
        p.invoices,
        Invoice,
        _assign_simple(_names(InvoiceData), False),
        project.id,
    )
    project.quality_reports = _sync_rows(
        session,
        project.quality_reports,
        p.quality_reports,
        QualityReport,
        _assign_simple(_names(QualityReportData), False),
        project.id,
    )
    project.onboarding_steps = _sync_rows(
        session,
        project.onboarding_steps,
        p.onboarding,
        OnboardingStep,
        _assign_owned(_names(OnboardingStepData), remap),
        project.id,
    )
    for task in p.tasks:  # a task marked done remembers when, for the reports
        if task.status is TaskStatus.DONE and task.done_on is None:
            task.done_on = date.today()
        elif task.status is not TaskStatus.DONE:
            task.done_on = None
    project.sprints = _sync_rows(
        session, project.sprints, p.sprints, Sprint, _assign_simple(_names(SprintData), True),
        project.id, unique_names=True,
    )
    etas = {task.id: task.eta for task in project.tasks}
    project.tasks = _sync_rows(
        session, project.tasks, p.tasks, Task, _assign_owned(TASK_WRITTEN, remap), project.id
    )
    _keep_task_history(session, project, etas)
    project.milestones = _sync_rows(
        session, project.milestones, p.milestones, Milestone,
        _assign_simple(_names(MilestoneData), True), project.id,
    )
    by_rule = {row.rule: row.id for row in project.care_rules}  # one row per rule: kept by name
    wanted = [replace(r, id=by_rule.get(r.rule, r.id)) for r in p.care_rules]
    project.care_rules = _sync_rows(
        session, project.care_rules, wanted, CareRuleSetting,
        _assign_simple(_names(CareRuleData), False), project.id,
    )
    if p.contract is None:
        project.contract = None
    else:
        contract = project.contract
        if contract is None or contract.id != p.contract.id:
            contract = session.get(Contract, p.contract.id)
            if contract is not None and contract.project_id != project.id:
                raise KnownError(
                    ErrorCode.VALIDATION, f"contract {p.contract.id} belongs to another project"
                )
            contract = contract or Contract(id=p.contract.id)
        _assign_simple(_names(ContractData), False)(contract, p.contract, 0)
        project.contract = contract
