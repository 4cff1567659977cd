"""Who a register's step is recorded as having been made by, when the caller does not say.

PM Cockpit has no sign-in of its own: the one at the keyboard is the project's manager — the
vendor-side member at the project-manager level of the escalation path. A project without
one records the computer's login name, so a step is never anonymous.
"""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import EscalationLevel, Side


def project_manager(session: Session, project_id: str) -> str:
    from cockpit.store.models import Membership, Person

    name = session.scalar(
        select(Person.name).join(Membership, Membership.person_id == Person.id)
        .where(Membership.project_id == project_id, Membership.side == Side.VENDOR,
               Membership.escalation_level == EscalationLevel.PROJECT)
        .order_by(Membership.position).limit(1))
    return name or ""


def actor(session: Session, project_id: str, given: str | None) -> str:
    if given is not None and given.strip():
        return given.strip()
    name = project_manager(session, project_id)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return ""


__all__ = ["actor", "project_manager"]
