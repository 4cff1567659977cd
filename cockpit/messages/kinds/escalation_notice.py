"""Escalation notice: a red flag has moved up the escalation path, to the vendor's people at
its new level (the communication map's escalation levels). Internal: it goes to the company's
own management, with the flag's history, and links the flag so that sending it satisfies the
care engine's "tell them" item."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.domain.red_flags import FlagEventKind
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, KindSpec, StartFrom
from cockpit.messages.sources import Source


def _local(moment: datetime | None, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M") if moment else ""


def build(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.services.red_flags import load_flags
    from cockpit.store.models import Project

    project = session.get(Project, source.project_id)
    found = load_flags(session, datetime.now().astimezone(), project_id=source.project_id,
                       flag_id=source.red_flag_id or "") if project else []
    if not found or project is None:
        raise KnownError(ErrorCode.NOT_FOUND, "no such red flag on this project")
    flag, zone = found[0], project.customer_time_zone
    history = [{"on": _local(e.at, zone), "text": e.text} for e in flag.events
               if e.kind in (FlagEventKind.NOTE, FlagEventKind.ANSWER) and e.text]
    move = flag.next_move
    context: dict[str, Any] = {"flag": {
        "key": flag.key, "title": flag.title, "description": flag.description,
        "category": flag.category.value, "severity": flag.severity.value,
        "raised_by": flag.raised_by, "raised_on": _local(flag.raised_at, zone)[:10],
        "level": flag.level.value, "since": _local(flag.level_since, zone),
        "moves_at": _local(move.at, zone) if move else "",
        "next_level": move.to_level.value if move else "", "history": history}}
    return Prepared(context, [(LinkTarget.RED_FLAG, flag.id, f"{flag.key} {flag.title}")],
                    to=[p.address() for p in flag.people if p.email])


SPEC = KindSpec(
    value=MessageKind.ESCALATION_NOTICE,
    label=QT_TRANSLATE_NOOP("MessageKind", "Escalation notice"),
    order=72,
    build=build,
    names=("flag",),
    sample={"flag": {
        "key": "RF-3", "title": "Invoices show the wrong VAT rate",
        "description": "Since the November release the invoices show 8 % VAT instead of 10 %.",
        "category": "quality", "severity": "high", "raised_by": "山田 太郎",
        "raised_on": "2026-12-04", "level": "department", "since": "2026-12-07 17:00",
        "moves_at": "2026-12-09 17:00", "next_level": "executive",
        "history": [{"on": "2026-12-04 17:30", "text": "Confirmed: the rate table was not "
                     "updated in the release"}]}},
    default_names={Language.EN: "Escalation notice (default)",
                   Language.JA: "エスカレーションのご報告（既定）"},
    start_from=StartFrom.PROJECT,
)
