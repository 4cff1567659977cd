"""Project passport operations: list, load, create, save, archive, delete."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.passport import OnboardingStepData, Passport, ProjectSummary
from cockpit.domain.validation import Issue, validate_passport
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.passport_mapping import apply_passport, to_passport
from cockpit.store.models import Membership, OnboardingStep, OnboardingTemplateStep, Person, Project
from cockpit.store.store import Store
from cockpit.store.types import utcnow


class ValidationFailed(KnownError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(
            ErrorCode.VALIDATION,
            "; ".join(f"{i.where}: {i.problem.value}" for i in issues),
        )
        self.issues = issues


def list_projects(
    store: Store, *, include_archived: bool = False, project_id: str | None = None
) -> list[ProjectSummary]:
    """Summaries ordered by code; archived ones only when asked (or when named by id)."""
    done = (
        select(
            OnboardingStep.project_id,
            func.count().label("total"),
            func.count(OnboardingStep.done_on).label("done"),
        )
        .group_by(OnboardingStep.project_id)
        .subquery()
    )
    manager = (
        select(Membership.project_id, func.min(Person.name).label("manager"))
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.side == Side.VENDOR,
            Membership.escalation_level == EscalationLevel.PROJECT,
        )
        .group_by(Membership.project_id)
        .subquery()
    )
    stmt = (
        select(Project, done.c.done, done.c.total, manager.c.manager)
        .outerjoin(done, done.c.project_id == Project.id)
        .outerjoin(manager, manager.c.project_id == Project.id)
        .order_by(Project.code)
    )
    if project_id is not None:
        stmt = stmt.where(Project.id == project_id)
    elif not include_archived:
        stmt = stmt.where(Project.archived.is_(False))
    with store.session() as s:
        return [
            ProjectSummary(
                id=p.id,
                code=p.code,
                name=p.name,
                customer=p.customer,
                department=p.department,
                status=p.status,
                health=p.health,
                archived=p.archived,
                end_date=p.end_date,
                onboarding_done=d or 0,
                onboarding_total=t or 0,
                manager=m or "",
            )
            for p, d, t, m in s.execute(stmt)
        ]


def get_summary(store: Store, project_id: str) -> ProjectSummary:
    rows = list_projects(store, project_id=project_id)
    if not rows:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
    return rows[0]


def _load(session, project_id: str) -> Project:  # type: ignore[no-untyped-def]
    project = session.scalars(
        select(Project)
        .where(Project.id == project_id)
        .options(
            selectinload(Project.memberships).selectinload(Membership.person),
            selectinload(Project.links),
            selectinload(Project.contract),
            selectinload(Project.invoices),
            selectinload(Project.quality_reports),
            selectinload(Project.onboarding_steps),
        )
    ).one_or_none()
    if project is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
    return project


def get_passport(store: Store, project_id: str) -> Passport:
    with store.session() as s:
        return to_passport(_load(s, project_id))


def find_project_id(store: Store, code: str) -> str:
    with store.session() as s:
        project_id = s.scalar(select(Project.id).where(Project.code == code))
    if project_id is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with code {code}")
    return project_id


def new_passport(store: Store) -> Passport:
    """An unsaved passport whose onboarding checklist comes from the company template."""
    with store.session() as s:
        steps = s.scalars(select(OnboardingTemplateStep).order_by(OnboardingTemplateStep.position))
        onboarding = [OnboardingStepData(title=t.title, description=t.description) for t in steps]
    return Passport(onboarding=onboarding)


def save_passport(store: Store, passport: Passport) -> Passport:
    """Validate and write the whole passport in one transaction; return it as stored."""
    issues = validate_passport(passport)
    if issues:
        raise ValidationFailed(issues)
    code = passport.fields.code.strip()
    with store.session() as s:
        clash = s.scalar(select(Project.id).where(Project.code == code, Project.id != passport.id))
        if clash is not None:
            raise KnownError(ErrorCode.DUPLICATE_CODE, f"another project already has code {code}")
        project = s.get(Project, passport.id)
        if project is None:
            project = Project(id=passport.id)
            s.add(project)
        else:
            project = _load(s, passport.id)
        apply_passport(s, project, passport)
        project.updated_at = utcnow()  # also when only child rows changed
        s.flush()
        s.refresh(project)
        return to_passport(_load(s, project.id))


def set_archived(store: Store, project_id: str, archived: bool) -> None:
    with store.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        project.archived = archived


def delete_project(store: Store, project_id: str) -> None:
    """Delete the project and everything it holds; people stay (they may be on other projects)."""
    with store.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        s.delete(project)
