"""Version 1 of the JSON export: projects (their passports) and the onboarding template.

Files of this version still import; ``import_passports`` is also how the demo portfolio is
written. Version 1 held no meetings, minutes, templates or messages (see ``transfer``). Its
passports carried the change requests, which now live in their own register with a workflow:
they are read here as ``ChangeRequestV1`` and written in the states they meant then (an
*estimated* request had its estimate sent; a *confirmed* one with a sprint was planned)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from cockpit.domain.passport import OnboardingTemplateStepData, Passport, new_id
from cockpit.domain.validation import validate_passport
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.json_codec import DecodeError, decode
from cockpit.services.onboarding_template import replace_template
from cockpit.services.passport_mapping import apply_passport
from cockpit.store.models import ChangeRequest, ChangeRequestEvent, Project
from cockpit.store.store import Store
from cockpit.store.types import utcnow

if TYPE_CHECKING:
    from cockpit.services.transfer import ImportResult

FORMAT_VERSION = 1


@dataclass
class ChangeRequestV1:
    key: str = ""
    title: str = ""
    description: str = ""
    status: S = S.SUBMITTED
    estimate_hours: Decimal | None = None
    requested_on: date | None = None
    confirmed_on: date | None = None
    target_sprint: str = ""
    id: str = field(default_factory=new_id)

    def meant(self) -> S:
        if self.status is S.ESTIMATED:
            return S.SENT
        if self.status is S.CONFIRMED and self.target_sprint:
            return S.SCHEDULED
        return self.status


Changes = dict[str, list[ChangeRequestV1]]  # per project id


def parse_export(data: Any, source: str
                 ) -> tuple[list[OnboardingTemplateStepData], list[Passport], Changes]:
    """The passports, template and change requests of a version 1 export (``data["version"]
    == 1``)."""
    raw = data.get("projects")
    changes: Changes = {}
    try:
        template = decode(list[OnboardingTemplateStepData], data.get("onboarding_template", []))
        if isinstance(raw, list):
            raw = [dict(p) if isinstance(p, dict) else p for p in raw]
            for index, project in enumerate(raw):
                if isinstance(project, dict) and "change_requests" in project:
                    changes[str(project.get("id", index))] = decode(
                        list[ChangeRequestV1], project.pop("change_requests"),
                        f"$.projects[{index}].change_requests")
        projects = decode(list[Passport], raw, "$.projects")
    except DecodeError as exc:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: {exc}") from exc
    _check_consistency(projects, changes, source)
    _check_template(template, source)
    return template, projects, changes


def _unique(ids: list[str], what: str, where: str) -> None:
    seen: set[str] = set()
    for record_id in ids:
        if record_id in seen:
            raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                             f"{where}: {what} {record_id} appears twice")
        seen.add(record_id)


def _check_template(template: list[OnboardingTemplateStepData], source: str) -> None:
    _unique([step.id for step in template], "onboarding template step", source)
    if any(not step.title.strip() for step in template):
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{source}: an onboarding template step has no title")


def _check_consistency(projects: list[Passport], changes: Changes, source: str) -> None:
    ids: set[str] = set()
    codes: set[str] = set()
    for index, p in enumerate(projects):
        where = f"{source}: project {p.fields.code or index}"
        if p.id in ids or p.fields.code.casefold() in codes:
            raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{where} appears twice")
        ids.add(p.id)
        codes.add(p.fields.code.casefold())
        for what, records in (("person on the project", p.members), ("link", p.links),
                              ("invoice", p.invoices), ("quality report", p.quality_reports),
                              ("onboarding step", p.onboarding), ("task", p.tasks),
                              ("change request", changes.get(p.id, []))):
            _unique([r.id for r in records], what, where)
        if any(not cr.title.strip() for cr in changes.get(p.id, [])):
            raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{where}: a change request has no "
                             "title")
        issues = validate_passport(p)
        if issues:
            detail = ", ".join(f"{i.where} {i.problem.value}" for i in issues[:5])
            raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{where} is invalid: {detail}")
        people = {m.person_id for m in p.members}
        for what, title, owner in [("onboarding step", s.title, s.owner_person_id)
                                   for s in p.onboarding] + [("task", t.name, t.owner_person_id)
                                                             for t in p.tasks]:
            if owner and owner not in people:
                raise KnownError(
                    ErrorCode.BAD_EXPORT_FORMAT,
                    f"{where}: {what} '{title}' names an owner who is not a member",
                )


def import_passports(
    store: Store, template: list[OnboardingTemplateStepData], projects: list[Passport],
    changes: Changes | None = None,
) -> ImportResult:
    """One transaction: every project in the file replaces its stored version (by id)."""
    from cockpit.services.transfer import ImportResult

    created = updated = 0
    with store.session() as s:
        for p in projects:
            code = p.fields.code.strip()
            clash = s.scalar(select(Project.id).where(
            func.lower(Project.code) == code.lower(), Project.id != p.id))
            if clash is not None:
                raise KnownError(
                    ErrorCode.DUPLICATE_CODE,
                    f"project code {code} is already used by a different project in this store",
                )
            project = s.get(Project, p.id)
            if project is None:
                project = Project(id=p.id)
                s.add(project)
                created += 1
            else:
                updated += 1
            apply_passport(s, project, p)
            if changes and p.id in changes:
                _write_changes(project, changes[p.id])
            if p.created_at is not None:  # keep the history the file carries
                project.created_at = p.created_at
            if p.updated_at is not None:
                project.updated_at = p.updated_at
            s.flush()
        if template:  # the file's checklist template replaces the store's
            replace_template(s, template)
    return ImportResult(created=created, updated=updated)


def _write_changes(project: Project, rows: list[ChangeRequestV1]) -> None:
    """The file's change requests replace the project's, each with one event saying where it
    stood when it came in."""
    stored = {row.id: row for row in project.change_requests}
    kept = []
    now = utcnow()
    for position, cr in enumerate(rows):
        row = stored.pop(cr.id, None) or ChangeRequest(id=cr.id, events=[])
        status = cr.meant()
        row.position, row.key, row.title, row.description = (
            position, cr.key, cr.title.strip(), cr.description)
        row.estimate_hours, row.requested_on = cr.estimate_hours, cr.requested_on
        row.confirmed_on, row.target_sprint = cr.confirmed_on, cr.target_sprint
        if row.status is not status or not row.events:
            row.events.append(ChangeRequestEvent(at=now, from_status=None, to_status=status,
                                                 note="imported"))
        row.status = status
        kept.append(row)
    project.change_requests = kept  # those the file no longer holds go (delete-orphan)
