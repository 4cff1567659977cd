"""Decision confirmation: a decision from the minutes, or an agreed change with its hours,
confirmed in writing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.shared import Prepared, local_date
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, Audience, KindSpec, StartFrom
from cockpit.messages.sources import Source
from cockpit.store.models import ChangeRequest, MeetingOccurrence, MeetingSeries, MinutesItem


def _agreed_change(session: Session, source: Source, today: date) -> Prepared:
    """An agreed change request confirmed in writing, with its hours."""
    row = session.get(ChangeRequest, source.change_request_id or "")
    if row is None or row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such change request on this project")
    label = f"{row.key} {row.title}".strip()
    text = f"{label}: agreed" + (f", planned for {row.target_sprint}" if row.target_sprint
                                 else "")
    return Prepared({"decision": {"text": text, "meeting": "",
                                  "decided_on": row.confirmed_on or today},
                     "hours": row.estimate_hours},
                    [(LinkTarget.CHANGE_REQUEST, row.id, label)])


def _recorded(session: Session, source: Source) -> Prepared | None:
    """A decision of the log recorded from a message, a mail or by hand."""
    from cockpit.store.models import Decision

    row = session.get(Decision, source.decision_id or "")
    if row is None:
        return None
    if row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such decision on this project")
    if row.internal:
        raise KnownError(ErrorCode.VALIDATION,
                         "this decision is marked internal: it is not sent to the customer")
    return Prepared({"decision": {"text": row.text, "meeting": "",
                                  "decided_on": row.decided_on}, "hours": None},
                    [(LinkTarget.DECISION, row.id, row.text)])


def build(session: Session, source: Source, today: date) -> Prepared:
    if source.change_request_id and not source.decision_id:
        return _agreed_change(session, source, today)
    recorded = _recorded(session, source)
    if recorded is not None:
        return recorded
    found = session.execute(
        select(MinutesItem, MeetingSeries.title, MeetingOccurrence.start, MeetingSeries.time_zone)
        .select_from(MinutesItem).join(MeetingOccurrence).join(MeetingSeries)
        .where(MinutesItem.id == (source.decision_id or ""),
               MeetingSeries.project_id == source.project_id)).first()
    if found is None:
        raise KnownError(ErrorCode.NOT_FOUND, "no such decision on this project")
    item, title, start, zone = found
    if item.internal:
        raise KnownError(ErrorCode.VALIDATION,
                         "this decision is marked internal: it is not sent to the customer")
    return Prepared({"decision": {"text": item.text, "meeting": title,
                                  "decided_on": local_date(start, zone)}, "hours": None},
                    [(LinkTarget.DECISION, item.id, item.text)])


SPEC = KindSpec(
    value=MessageKind.DECISION,
    label=QT_TRANSLATE_NOOP("MessageKind", "Decision confirmation"),
    order=60,
    audience=Audience(receivers=MessageKind.FOLLOW_UP),
    build=build,
    names=("decision", "hours"),
    sample={"decision": {"text": "Go-live moved to 15 January", "meeting": "Weekly status",
                         "decided_on": date(2026, 11, 24)},
            "hours": Decimal("24")},
    default_names={Language.EN: "Decision confirmation (default)",
                   Language.JA: "合意事項のご確認（既定）"},
    start_from=StartFrom.DECISION,
)
