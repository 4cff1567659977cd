"""The demo's change requests, written through the workflow's own rows: each submitted by the
customer's first contact on its day, the first of each project estimated by the PM the next
morning (the demo's messages then send the estimate, which moves it to *sent*).

Written in one transaction for the whole portfolio (a 500-project demo has a thousand); a
request already in the store (a refresh of the demo) is left as it is.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.passport import Passport
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.services.demo_work import DemoChange
from cockpit.store.models import ChangeRequest, ChangeRequestEvent
from cockpit.store.store import Store


def add_demo_changes(store: Store, passports: list[Passport],
                     changes: dict[str, list[DemoChange]]) -> None:
    with store.session() as s:
        known = set(s.scalars(select(ChangeRequest.id)))
        for passport in passports:
            seeds = [c for c in changes.get(passport.id, []) if c.id not in known]
            if not seeds:
                continue
            pm = next((m for m in passport.members if m.side is Side.VENDOR
                       and m.escalation_level is EscalationLevel.PROJECT),
                      next((m for m in passport.members if m.side is Side.VENDOR), None))
            customer = next((m for m in passport.members if m.side is Side.CUSTOMER), None)
            for position, seed in enumerate(seeds):
                at = datetime.combine(seed.requested_on, time(9, 15), UTC)
                row = ChangeRequest(
                    id=seed.id, project_id=passport.id, position=position, key=seed.key,
                    title=seed.title, description=seed.description, status=S.SUBMITTED,
                    submitted_by_person_id=customer.person_id if customer else None,
                    requested_on=seed.requested_on, events=[])
                row.events.append(ChangeRequestEvent(
                    at=at, from_status=None, to_status=S.SUBMITTED,
                    by=pm.name if pm else ""))
                if seed.status is S.ESTIMATED and seed.estimate_hours is not None:
                    row.status, row.estimate_hours = S.ESTIMATED, seed.estimate_hours
                    row.estimated_by_person_id = pm.person_id if pm else None
                    row.events.append(ChangeRequestEvent(
                        at=at + timedelta(days=1), from_status=S.SUBMITTED,
                        to_status=S.ESTIMATED, by=pm.name if pm else ""))
                s.add(row)
