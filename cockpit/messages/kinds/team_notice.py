"""Team notice: a change request the customer confirmed goes into a sprint, and the vendor
team is told (PRODUCT.md §4). To the communication map's "Team notices" receivers; sending it
moves the request to *team informed*."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, Audience, KindSpec, StartFrom
from cockpit.messages.sources import Source


def build(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.store.models import ChangeRequest, MailItem, Person

    row = session.get(ChangeRequest, source.change_request_id or "")
    if row is None or row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such change request on this project")
    estimator = session.scalar(select(Person.name).where(
        Person.id == row.estimated_by_person_id)) if row.estimated_by_person_id else None
    confirmation = row.confirmation_note
    if row.confirmation_mail_id:
        confirmation = session.scalar(select(MailItem.subject).where(
            MailItem.id == row.confirmation_mail_id)) or confirmation
    hours = Decimal(f"{row.estimate_hours.normalize():f}") if row.estimate_hours else None
    return Prepared({"change_request": {
        "key": row.key, "title": row.title, "description": row.description,
        "estimate_hours": hours, "estimated_by": estimator or "", "sprint": row.target_sprint,
        "confirmed_on": row.confirmed_on, "confirmation": confirmation}},
        [(LinkTarget.CHANGE_REQUEST, row.id, f"{row.key} {row.title}".strip())])


SPEC = KindSpec(
    value=MessageKind.TEAM_NOTICE,
    label=QT_TRANSLATE_NOOP("MessageKind", "Team notice of a change"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Team notices"),
    order=55,
    audience=Audience(report=True, receivers=MessageKind.TEAM_NOTICE),
    build=build,
    names=("change_request",),
    sample={"change_request": {
        "key": "CR-12", "title": "Export invoices to CSV",
        "description": "A monthly CSV export of all invoices for accounting.",
        "estimate_hours": Decimal("16"), "estimated_by": "Piotr Nowak", "sprint": "Sprint 15",
        "confirmed_on": date(2026, 12, 3), "confirmation": "Re: CR-12 estimate"}},
    default_names={Language.EN: "Team notice of a change (default)",
                   Language.JA: "変更内容のチーム共有（既定）"},
    start_from=StartFrom.CHANGE_REQUEST,
)
