"""What Outlook holds of each meeting series and of each of its dates, kept in ``remote_link``
rows under ``outlook``: the event's immutable id and change key, the moment its create went
out, a digest per field of what Outlook last received (JSON in ``digest``), Outlook's reason
when it refused the series (``problem``), and for a date the digest of its start, length and
state as Outlook last received them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cockpit.connectors import remote_links
from cockpit.connectors.remote_links import OCCURRENCE, SERIES
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.outlook_channel import CONNECTOR, cancelled_out, pushed_of
from cockpit.store.models import MeetingOccurrence, MeetingSeries, RemoteLink
from cockpit.store.store import Store

LINK_FIELDS = {"remote_id": "remote_id", "remote_change_key": "change_key",
               "create_started_at": "create_started_at", "sync_problem": "problem"}


@dataclass(frozen=True)
class SeriesState:
    """A series as the calendar push sees it: its own fields and what Outlook holds of it."""

    id: str
    title: str
    cancelled: bool
    remote_id: str | None = None
    remote_change_key: str | None = None
    pushed: dict[str, str] | None = None
    sync_problem: str = ""


def series_state(store: Store, series_id: str) -> SeriesState:
    with store.session() as s:
        row = s.get(MeetingSeries, series_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no meeting series with id {series_id}")
        link = remote_links.get(s, SERIES, series_id, CONNECTOR)
        if link is None:
            return SeriesState(row.id, row.title, row.cancelled)
        return SeriesState(row.id, row.title, row.cancelled, link.remote_id, link.change_key,
                           pushed_of(link), link.problem or "")


def put(session: Session, row: MeetingSeries, *, skip_none: bool = False,
        **values: Any) -> None:
    """Set fields by their old names: ``uid`` on the series, the rest on its link
    (``pushed`` as JSON); ``skip_none`` leaves fields given None as they are."""
    link = remote_links.ensure(session, SERIES, row.id, CONNECTOR)
    for name, value in values.items():
        if skip_none and value is None:
            continue
        if name == "uid":
            row.uid = value
        elif name == "pushed":
            link.digest = None if value is None else json.dumps(value, sort_keys=True)
        else:
            setattr(link, LINK_FIELDS[name], value)


def mark(store: Store, series_id: str, *, skip_none: bool = False, **values: Any) -> None:
    with store.session() as s:
        row = s.get(MeetingSeries, series_id)
        if row is not None:  # deleted meanwhile: nothing to keep
            put(s, row, skip_none=skip_none, **values)


def _outer(query: Any) -> Any:
    return query.outerjoin(RemoteLink, remote_links.join_on(SERIES, CONNECTOR,
                                                            MeetingSeries.id))


def candidates(store: Store) -> list[str]:
    """Series that may have something for Outlook, oldest first."""
    with store.session() as s:
        rows = s.execute(_outer(select(MeetingSeries.id, RemoteLink)).where(
            MeetingSeries.outlook.is_(True),
            or_(RemoteLink.remote_id.is_not(None), MeetingSeries.cancelled.is_(False)),
        ).order_by(MeetingSeries.created_at, MeetingSeries.id))
        return [series_id for series_id, link in rows if not cancelled_out(pushed_of(link))]


def waiting_series(store: Store) -> int:
    """Series not yet in Outlook, and cancellations still to carry out (no network)."""
    with store.session() as s:
        rows = s.execute(_outer(select(MeetingSeries.cancelled, RemoteLink)).where(
            MeetingSeries.outlook.is_(True)))
        count = 0
        for cancelled, link in rows:
            remote = link.remote_id if link else None
            problem = link.problem if link else ""
            if (remote is None and not cancelled and not problem) or (
                    remote is not None and cancelled and not cancelled_out(pushed_of(link))):
                count += 1
        return count


def synced(store: Store) -> dict[str, str]:
    """Outlook event id → series id, for series Outlook holds and nobody cancelled."""
    with store.session() as s:
        rows = s.execute(select(RemoteLink.remote_id, MeetingSeries.id).join(
            RemoteLink, remote_links.join_on(SERIES, CONNECTOR, MeetingSeries.id)).where(
            RemoteLink.remote_id.is_not(None), MeetingSeries.cancelled.is_(False)))
        return {str(remote): series for remote, series in rows}


def dates_pushed(session: Session, rows: list[MeetingOccurrence]) -> dict[str, str | None]:
    """Occurrence id → the digest Outlook last received of that date (None: never)."""
    links = remote_links.by_entity(session, OCCURRENCE, CONNECTOR, [r.id for r in rows])
    return {r.id: (links[r.id].digest if r.id in links else None) for r in rows}


def pushed_date_ids(session: Session, series_id: str) -> set[str]:
    """Ids of the dates of ``series_id`` of which Outlook received something."""
    return set(session.scalars(select(MeetingOccurrence.id).join(
        RemoteLink, remote_links.join_on(OCCURRENCE, CONNECTOR, MeetingOccurrence.id)).where(
        MeetingOccurrence.series_id == series_id, RemoteLink.digest.is_not(None))))


def mark_date(session: Session, occurrence_id: str, digest: str | None) -> None:
    remote_links.put(session, OCCURRENCE, occurrence_id, CONNECTOR, digest=digest)
