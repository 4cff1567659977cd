"""Project passport operations: list, load, create, save, archive, delete."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from cockpit.domain.passport import OnboardingStepData, Passport, ProjectSummary
from cockpit.domain.validation import Issue, validate_passport
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.passport_mapping import apply_passport, to_passport
from cockpit.store.models import Membership, OnboardingTemplateStep, Project
from cockpit.store.store import Store
from cockpit.store.summary_query import SUMMARY_SQL, summary_params, to_summary
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
    with store.session() as s:
        rows = s.execute(text(SUMMARY_SQL), summary_params(include_archived, project_id))
        return [to_summary(row) for row in rows]


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
            selectinload(Project.sprints),
            selectinload(Project.tasks),
            selectinload(Project.milestones),
            selectinload(Project.care_rules),
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
    from cockpit.services.care_settings import check_project_rules

    check_project_rules(passport.care_rules)
    code = passport.fields.code.strip()
    with store.session() as s:
        clash = s.scalar(select(Project.id).where(
            func.lower(Project.code) == code.lower(), Project.id != passport.id))
        if clash is not None:
            raise KnownError(ErrorCode.DUPLICATE_CODE, f"another project already has code {code}")
        # the row is locked until the commit (on a server; SQLite's write lock already is one):
        # two saves of the same copy cannot both pass the check below
        project = s.get(Project, passport.id, with_for_update=True)
        if project is None:
            if passport.updated_at is not None:  # it was loaded, so it existed: deleted since
                raise KnownError(ErrorCode.NOT_FOUND,
                                 f"project {code} was deleted elsewhere after you opened it")
            project = Project(id=passport.id)
            s.add(project)
        else:
            if passport.updated_at is not None and project.updated_at != passport.updated_at:
                # someone else (another window, the command line, an import) saved it since
                # this copy was loaded: refuse rather than silently undo their changes
                raise KnownError(ErrorCode.CHANGED_ELSEWHERE,
                                 f"project {code} was changed elsewhere after you opened it")
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
