"""Change-request estimate sent for the customer's confirmation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, Audience, KindSpec, StartFrom
from cockpit.messages.sources import Source
from cockpit.store.models import ChangeRequest


def build(session: Session, source: Source, today: date) -> Prepared:
    row = session.get(ChangeRequest, source.change_request_id or "")
    if row is None or row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such change request on this project")
    return Prepared({"change_request": {
        "key": row.key, "title": row.title, "description": row.description,
        "estimate_hours": row.estimate_hours, "target_sprint": row.target_sprint,
        "requested_on": row.requested_on, "status": row.status.value}},
        [(LinkTarget.CHANGE_REQUEST, row.id, f"{row.key} {row.title}".strip())])


SPEC = KindSpec(
    value=MessageKind.CHANGE_REQUEST,
    label=QT_TRANSLATE_NOOP("MessageKind", "Change request estimate"),
    order=50,
    audience=Audience(receivers=MessageKind.FOLLOW_UP),  # the day-to-day contacts
    build=build,
    names=("change_request",),
    sample={"change_request": {
        "key": "CR-12", "title": "Export invoices to CSV", "description": "Monthly CSV export.",
        "estimate_hours": Decimal("16"), "target_sprint": "Sprint 15",
        "requested_on": date(2026, 11, 18), "status": "estimated"}},
    default_names={Language.EN: "Change request estimate (default)",
                   Language.JA: "変更依頼のお見積り（既定）"},
    start_from=StartFrom.CHANGE_REQUEST,
)
