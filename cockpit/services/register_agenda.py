"""What the registers put on a governance meeting's agenda (PRODUCT.md §3: the agenda carries
over what is still open): change requests awaiting the customer's decision, every open red
flag (it stays until resolved), open problems, and the next milestones not yet reached."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.agenda.context import AgendaItem, register
from cockpit.domain.problem_register import ProblemStatus
from cockpit.domain.work import ChangeRequestStatus
from cockpit.store.models import ChangeRequest, Milestone, ProblemRecord, RemedialStep
from cockpit.store.types import utcnow

NEXT_MILESTONES = 3


@register
def _registers_provider(session: Session, project_id: str) -> dict[str, list[AgendaItem]]:
    return {"change_requests": _awaiting_customer(session, project_id),
            "escalations": _open_flags(session, project_id),
            "problems": _open_problems(session, project_id),
            "milestones": _next_milestones(session, project_id)}


def _awaiting_customer(session: Session, project_id: str) -> list[AgendaItem]:
    rows = session.scalars(select(ChangeRequest).where(
        ChangeRequest.project_id == project_id,
        ChangeRequest.status == ChangeRequestStatus.SENT).order_by(ChangeRequest.position))
    return [AgendaItem(row.title, key=row.key, hours=_hours(row.estimate_hours),
                       since=row.requested_on) for row in rows]


def _hours(value: Decimal | None) -> Decimal | None:
    """16.00 → 16, 2.50 → 2.5 (and 100 stays 100, not 1E+2)."""
    return Decimal(f"{value.normalize():f}") if value is not None else None


def _open_flags(session: Session, project_id: str) -> list[AgendaItem]:
    from cockpit.services.red_flags import load_flags

    flags = load_flags(session, utcnow(), project_id=project_id, open_only=True)
    return [AgendaItem(f.title, key=f.key, level=f.level.value, since=f.raised_at.date(),
                       state=f.severity.value) for f in flags]


def _open_problems(session: Session, project_id: str) -> list[AgendaItem]:
    rows = list(session.scalars(select(ProblemRecord).where(
        ProblemRecord.project_id == project_id,
        ProblemRecord.status != ProblemStatus.CLOSED).order_by(ProblemRecord.number)))
    out = []
    for row in rows:
        next_step = session.scalar(
            select(RemedialStep.due_on).where(RemedialStep.problem_id == row.id,
                                              RemedialStep.done_on.is_(None),
                                              RemedialStep.due_on.is_not(None))
            .order_by(RemedialStep.due_on).limit(1))
        out.append(AgendaItem(row.title, key=f"PB-{row.number}", due_on=row.new_date or next_step,
                              since=row.found_at.date(), state=row.status.value,
                              note=row.workaround))
    return out


def _next_milestones(session: Session, project_id: str) -> list[AgendaItem]:
    rows = session.scalars(select(Milestone).where(
        Milestone.project_id == project_id, Milestone.done_on.is_(None))
        .order_by(Milestone.due_on.is_(None), Milestone.due_on, Milestone.position)
        .limit(NEXT_MILESTONES))
    return [AgendaItem(row.name, due_on=row.due_on) for row in rows]
