"""What the problem notice and the remedial-plan update say about a problem of the register
(a module of helpers, no kind of its own)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source


def problem_context(session: Session, source: Source) -> tuple[dict[str, Any],
                                                               tuple[LinkTarget, str, str]]:
    from cockpit.store.models import Person, ProblemRecord, Project

    row = session.get(ProblemRecord, source.problem_id or "")
    project = session.get(Project, source.project_id)
    if row is None or project is None or row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such problem on this project")
    owners = {s.owner_person_id for s in row.steps if s.owner_person_id}
    names = dict(session.execute(select(Person.id, Person.name)
                                 .where(Person.id.in_(owners))).all()) if owners else {}
    zone = ZoneInfo(project.customer_time_zone or "UTC")
    key = f"PB-{row.number}"
    context = {
        "key": key, "title": row.title, "description": row.description,
        "found_on": row.found_at.astimezone(zone).date(),
        "impact_business": row.impact_business, "impact_users": row.impact_users,
        "schedule_impact": row.schedule_impact, "new_date": row.new_date,
        "solution_options": [line.strip(" -•\t") for line in row.solution_options.splitlines()
                             if line.strip(" -•\t")],
        "workaround": row.workaround, "resources": row.resources,
        "fix_testing": row.fix_testing, "status": row.status.value,
        "steps": [{"text": s.text, "owner": names.get(s.owner_person_id or "", ""),
                   "due_on": s.due_on, "done_on": s.done_on} for s in row.steps],
    }
    return context, (LinkTarget.PROBLEM, row.id, f"{key} {row.title}")
