"""The portable JSON format of the whole store: export, and atomic, duplicate-free import.

Format (documented in README, "Export format"):
  {"format": "pm-cockpit", "version": 1, "exported_at": ISO-8601, "app_version": "...",
   "onboarding_template": [OnboardingTemplateStepData...],
   "projects": [Passport...]}
Every record carries its stable ``id``; importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from cockpit import __version__
from cockpit.domain.passport import OnboardingTemplateStepData, Passport
from cockpit.domain.validation import validate_passport
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.json_codec import DecodeError, decode, encode
from cockpit.services.onboarding_template import get_template, replace_template
from cockpit.services.passport_mapping import apply_passport, to_passport
from cockpit.store.models import Membership, Project
from cockpit.store.store import Store

FORMAT_NAME = "pm-cockpit"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def export_data(store: Store) -> dict[str, Any]:
    with store.session() as s:
        rows = s.scalars(
            select(Project)
            .order_by(Project.code)
            .options(
                selectinload(Project.memberships).selectinload(Membership.person),
                selectinload(Project.links),
                selectinload(Project.contract),
                selectinload(Project.invoices),
                selectinload(Project.quality_reports),
                selectinload(Project.onboarding_steps),
                selectinload(Project.tasks),
                selectinload(Project.change_requests),
            )
        )
        projects = [to_passport(p) for p in rows]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
        "onboarding_template": encode(get_template(store)),
        "projects": encode(projects),
    }


def export_json(store: Store, path: Path) -> int:
    """Write the store to ``path`` (atomically: a temp file renamed over it). Returns projects."""
    from cockpit.safe_write import write_atomically

    data = export_data(store)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    store_files = [store.location.path] if store.location.path else []
    write_atomically(path, text.encode("utf-8"), protected=store_files)
    return len(data["projects"])


def read_export(path: Path) -> tuple[list[OnboardingTemplateStepData], list[Passport]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnownError(ErrorCode.FILE_NOT_FOUND, f"no such file: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"cannot read {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise KnownError(ErrorCode.BAD_JSON,
                         f"{path} is nested too deeply to be an export") from exc
    except json.JSONDecodeError as exc:
        raise KnownError(
            ErrorCode.BAD_JSON, f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})"
        ) from exc
    return parse_export(data, str(path))


def parse_export(data: Any, source: str) -> tuple[list[OnboardingTemplateStepData], list[Passport]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source} is not a PM Cockpit export")
    version = data.get("version")
    if version != FORMAT_VERSION:
        raise KnownError(
            ErrorCode.UNSUPPORTED_EXPORT_VERSION,
            f"{source} has export format version {version}; this PM Cockpit reads version "
            f"{FORMAT_VERSION}",
        )
    try:
        template = decode(list[OnboardingTemplateStepData], data.get("onboarding_template", []))
        projects = decode(list[Passport], data.get("projects"), "$.projects")
    except DecodeError as exc:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: {exc}") from exc
    _check_consistency(projects, source)
    _check_template(template, source)
    return template, projects


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


def _check_consistency(projects: list[Passport], source: str) -> None:
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
                              ("change request", p.change_requests)):
            _unique([r.id for r in records], what, where)
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


def import_json(store: Store, path: Path) -> ImportResult:
    template, projects = read_export(path)
    return import_passports(store, template, projects)


def import_passports(
    store: Store, template: list[OnboardingTemplateStepData], projects: list[Passport]
) -> ImportResult:
    """One transaction: every project in the file replaces its stored version (by id)."""
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
            if p.created_at is not None:  # keep the history the file carries
                project.created_at = p.created_at
            if p.updated_at is not None:
                project.updated_at = p.updated_at
            s.flush()
        if template:  # the file's checklist template replaces the store's
            replace_template(s, template)
    return ImportResult(created=created, updated=updated)
