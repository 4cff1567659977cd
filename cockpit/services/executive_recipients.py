"""The customer's executives among a message's recipients.

A message that reaches the customer's C-level (escalation level *executive* on the customer
side of its project) is a step the PM takes on purpose: queueing it asks for one confirmation
naming them (``mark_ready(confirmed=True)``). Department directors get the biweekly reports
and are not asked about.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.messages import MessageData
from cockpit.mail.addresses import parse_address_list
from cockpit.store.models import Membership, Person
from cockpit.store.store import Store

EXECUTIVE_LEVELS = (EscalationLevel.EXECUTIVE,)


@dataclass(frozen=True, slots=True)
class ExecutiveRecipient:
    name: str
    role: str
    email: str

    def named(self) -> str:
        """"Haruki Sato (CEO)", or the name alone when no role is written."""
        return f"{self.name} ({self.role})" if self.role else self.name


def executive_recipients(store: Store, data: MessageData) -> list[ExecutiveRecipient]:
    """The customer's executives on the message's project it is addressed to (To, Cc or
    Bcc), in the project's order."""
    if data.project_id is None:
        return []
    addressed = {a.email.casefold() for field in (data.to, data.cc, data.bcc)
                 for a in parse_address_list(field)[0]}
    if not addressed:
        return []
    with store.session() as s:
        rows = s.execute(
            select(Person.name, Person.email, Membership.role)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.project_id == data.project_id,
                   Membership.side == Side.CUSTOMER,
                   Membership.escalation_level.in_(EXECUTIVE_LEVELS))
            .order_by(Membership.position, Person.name)).all()
    found: dict[str, ExecutiveRecipient] = {}
    for name, email, role in rows:
        key = (email or "").casefold()
        if key in addressed and key not in found:
            found[key] = ExecutiveRecipient(name, role, email)
    return list(found.values())
