"""Who a message goes to, suggested from the project's communication map.

Customer-side people who receive that kind of report go in To, vendor-side ones in Cc (the PM,
who sends it, is left out). A follow-up goes to the people invited to the meeting. Which
report's receivers a kind goes to is its spec's ``audience``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Side
from cockpit.messages.kinds.registry import spec_of
from cockpit.store.models import Membership, Person, SeriesAttendee


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    customer: bool
    role: str = ""


@dataclass(frozen=True)
class Suggestion:
    to: list[Contact]
    cc: list[Contact]

    @property
    def greeting(self) -> str:
        """How the message opens: the To people by name, or "all" for a larger group."""
        names = [c.name for c in self.to if c.name]
        return ", ".join(names) if 0 < len(names) <= 3 else "all"


def contacts(session: Session, project_id: str) -> list[Contact]:
    """Everyone on the project with an e-mail address, in the communication map's order."""
    rows = session.execute(
        select(Person.name, Person.email, Membership.side, Membership.role)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.project_id == project_id, Person.email != "")
        .order_by(Membership.position))
    return [Contact(name, email, side is Side.CUSTOMER, role) for name, email, side, role in rows]


def _receivers(session: Session, project_id: str, report: str) -> set[str]:
    rows = session.execute(select(Membership.person_id, Membership.reports)
                           .where(Membership.project_id == project_id))
    return {pid for pid, reports in rows if report in (reports or [])}


def _attendees(session: Session, series_id: str) -> set[str]:
    return set(session.scalars(select(SeriesAttendee.person_id)
                               .where(SeriesAttendee.series_id == series_id)))


def suggest(session: Session, project_id: str, kind: str, *, sender: str,
            series_id: str | None = None) -> Suggestion:
    audience = spec_of(kind).audience
    wanted: set[str] = set()
    if audience.attendees and series_id:
        wanted = _attendees(session, series_id)
    report = audience.receivers
    if not wanted and report is not None:
        wanted = _receivers(session, project_id, report)
    rows = session.execute(
        select(Person.id, Person.name, Person.email, Membership.side, Membership.role)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.project_id == project_id, Person.email != "")
        .order_by(Membership.position))
    to: list[Contact] = []
    cc: list[Contact] = []
    seen = {sender.casefold()} if sender else set()
    for pid, name, email, side, role in rows:
        if pid not in wanted or email.casefold() in seen:
            continue
        seen.add(email.casefold())
        (to if side is Side.CUSTOMER else cc).append(
            Contact(name, email, side is Side.CUSTOMER, role))
    return Suggestion(to, cc)
