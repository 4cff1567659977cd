"""Meeting series out to Outlook as events, so Outlook sends the invitations — once.

For every series the PM handed to Outlook (``outlook``; see ``cockpit.services.outlook_channel``
for the one-UID rule):
1. not in Outlook yet: the event is created with a ``transactionId`` derived from the series'
   id, the moment stored first. A create whose answer was lost is simply repeated — Outlook
   answers with the event the first one made, so nobody is invited twice. The series then takes
   Outlook's UID (``iCalUId``), so an ``.ics`` written later is the same meeting;
2. in Outlook: what it last received is kept as a digest; when the series changed (title, time,
   attendees, agenda…) the event is PATCHed with ``If-Match`` on its change key. A 412 (changed
   in Outlook meanwhile) re-reads the change key and repeats once: the planner owns what it
   sends, and what Outlook changed on its side comes back through the calendar pull;
3. dates moved or cancelled in the planner become exceptions of the series: the occurrence is
   found among ``/instances`` by its ``originalStart`` and PATCHed (moved, own agenda) or
   cancelled (``/cancel``, so attendees are told); each date keeps its own digest;
4. a cancelled series is cancelled in Outlook (``/cancel``); a series deleted from the planner
   left its event id behind for this (a ``remote_links`` tombstone).

A series Outlook cannot hold (a rule it cannot represent, a refused request) keeps the reason in
``sync_problem`` and is tried again only when it changes. Errors about the account or the line
stop the run and leave everything waiting.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from cockpit.connectors import remote_links
from cockpit.connectors.base import NoticeKind, PushReport
from cockpit.connectors.outlook import NAME, calendar_links
from cockpit.connectors.outlook.calendar_links import SeriesState
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.errors import GraphError
from cockpit.connectors.outlook.events import event_payload, when
from cockpit.connectors.outlook.notices import notice
from cockpit.connectors.outlook.recurrence import UnsupportedRecurrence, graph_time_zone
from cockpit.connectors.remote_links import SERIES
from cockpit.domain.meetings import OccurrenceState, SeriesData
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import invites
from cockpit.services.outlook_channel import CANCELLED
from cockpit.store import sync_state
from cockpit.store.models import MeetingOccurrence, MeetingSeries
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.calendar")

CONNECTOR = NAME
SERIES_FAILURES = {ErrorCode.OUTLOOK_REFUSED, ErrorCode.DELETED_IN_OUTLOOK}
INSTANCE_FIELDS = "id,start,end,originalStart,type"
CANCEL_COMMENT = {"comment": "This meeting is cancelled."}
QUIET_FIELDS = frozenset({"body"})  # sent along with a change that matters, never alone


def _now() -> datetime:
    return datetime.now(UTC)


def digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def occurrence_digest(row: MeetingOccurrence) -> str | None:
    """What Outlook should hold for this date; None for a date as the series plans it."""
    plain = (row.state is OccurrenceState.SCHEDULED and row.start == row.original_start
             and row.agenda is None)
    if plain:
        return None
    return digest([row.state.value, row.start.isoformat(), row.duration_minutes, row.agenda])


def graph_moment(text: Any) -> datetime | None:
    """Graph's UTC moments ("2026-12-01T01:00:00Z", up to 7 decimals) as aware datetimes."""
    if not text:
        return None
    whole = str(text).split(".")[0].removesuffix("Z")
    try:
        moment = datetime.fromisoformat(whole)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _window_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def candidates(store: Store) -> list[str]:
    """Series that may have something for Outlook, oldest first."""
    return calendar_links.candidates(store)


def field_digests(payload: dict[str, Any]) -> dict[str, str]:
    return {name: digest(value) for name, value in payload.items() if name != "transactionId"}


def tombstones(store: Store) -> list[tuple[str, str]]:
    """(sync_state key, event id) of deleted series still to cancel in Outlook."""
    return remote_links.deleted(store, SERIES, CONNECTOR)


def waiting(store: Store) -> int:
    """Series not yet in Outlook, cancellations still to carry out (no network)."""
    return calendar_links.waiting_series(store) + len(tombstones(store))


class CalendarPush:
    def __init__(self, store: Store, client: GraphClient, *, now: Any = _now) -> None:
        self.store, self.client, self.now = store, client, now
        self._wanted: dict[str, str] | None = None  # digests of the series being pushed

    # --- the run --------------------------------------------------------------------------
    def run(self, report: PushReport) -> None:
        """Push every series with something new; a stop (offline, sign-in) goes in ``report``."""
        if report.stopped_by is not None:
            return
        try:
            for key, event_id in tombstones(self.store):
                self._cancel_deleted(key, event_id)
            for series_id in candidates(self.store):
                self._one(series_id, report)
        except GraphError as exc:
            log.warning("calendar push stopped: %s", exc.message)
            report.stopped_by = exc

    def _one(self, series_id: str, report: PushReport) -> None:
        self._wanted = None
        try:
            self.push(series_id, report)
        except (GraphError, UnsupportedRecurrence) as exc:
            if isinstance(exc, GraphError) and exc.code not in SERIES_FAILURES:
                raise
            title = self._refused(series_id, exc, self._wanted)
            report.notices.append(notice(NoticeKind.SERIES_REFUSED, title, series_id,
                                         exc.message))

    # --- one series -----------------------------------------------------------------------
    def push(self, series_id: str, report: PushReport) -> None:
        row = self._row(series_id)
        if row.cancelled:
            if row.remote_id is not None:
                self._cancel_event(row.remote_id)
            self._mark(series_id, pushed=CANCELLED, sync_problem="")
            return
        invite = invites.build_invite(self.store, series_id)
        try:
            built = event_payload(invite)
            payload: dict[str, Any] | None = built
            wanted = field_digests(built)
        except UnsupportedRecurrence:
            payload, wanted = None, {"refused": digest(invites.snapshot(invite))}
        self._wanted = wanted
        if row.sync_problem and row.pushed == wanted:
            return  # refused as it is: tried again once the series changes
        if payload is None:
            event_payload(invite)  # raises the reason again, for the PM
            return
        if row.remote_id is None:
            self._create(row, payload, wanted)
            report.notices.append(notice(NoticeKind.INVITED, row.title, series_id))
        else:
            self._update(row, payload, wanted)
        self._dates(series_id, invite.series)

    def _create(self, row: SeriesState, payload: dict[str, Any],
                wanted: dict[str, str]) -> None:
        self._mark(row.id, create_started_at=self.now())  # stored before the request
        # the transactionId makes a repeat return the first event: safe to repeat
        created = self.client.post("/me/events", payload, idempotent=True)
        values: dict[str, Any] = {"remote_id": created["id"],
                                  "remote_change_key": created.get("changeKey"),
                                  "pushed": wanted, "sync_problem": ""}
        uid = str(created.get("iCalUId") or "")
        if uid and not self._uid_taken(uid, row.id):
            values["uid"] = uid  # one meeting, one UID: an .ics written later matches it
        self._mark(row.id, **values)
        log.info("series %s is in Outlook", row.id)

    def _update(self, row: SeriesState, payload: dict[str, Any],
                wanted: dict[str, str]) -> None:
        """PATCH what changed. The agenda alone (it names the next date, the open actions…)
        changes every week: it rides along with a change that matters, never on its own, so
        attendees are not sent an update a week for it."""
        pushed = row.pushed or {}
        changed = [name for name in wanted if pushed.get(name) != wanted[name]]
        if not [name for name in changed if name not in QUIET_FIELDS]:
            return
        body = {name: payload[name] for name in changed}
        path = f"/me/events/{row.remote_id}"
        try:
            updated = self.client.patch(path, body, if_match=row.remote_change_key)
        except GraphError as exc:
            if exc.code is not ErrorCode.OUTLOOK_CONFLICT:
                raise
            current = self.client.get(path, params={"$select": "id,changeKey"})
            updated = self.client.patch(path, body, if_match=current.get("changeKey"))
        self._mark(row.id, remote_change_key=updated.get("changeKey"), pushed=wanted,
                   sync_problem="")

    def _cancel_event(self, event_id: str) -> None:
        try:
            self.client.post(f"/me/events/{event_id}/cancel", CANCEL_COMMENT, idempotent=True)
        except GraphError as exc:
            if exc.code is not ErrorCode.DELETED_IN_OUTLOOK:
                raise  # gone already: nothing left to cancel

    def _cancel_deleted(self, key: str, event_id: str) -> None:
        self._cancel_event(event_id)
        sync_state.drop(self.store, CONNECTOR, key)

    # --- moved and cancelled dates ----------------------------------------------------------
    def _dates(self, series_id: str, series_data: SeriesData) -> None:
        with self.store.session() as s:
            pushed_ids = calendar_links.pushed_date_ids(s, series_id)
            rows = s.scalars(select(MeetingOccurrence).where(
                MeetingOccurrence.series_id == series_id,
                or_(MeetingOccurrence.state != OccurrenceState.SCHEDULED,
                    MeetingOccurrence.agenda.is_not(None),
                    MeetingOccurrence.id.in_(pushed_ids))).order_by(
                MeetingOccurrence.original_start)).all()
            remote_id = remote_links.remote_id(s, SERIES, series_id, CONNECTOR)
            pushed = calendar_links.dates_pushed(s, list(rows))
            todo = [(r.id, r.original_start, r.start, r.duration_minutes, r.state, r.agenda,
                     occurrence_digest(r)) for r in rows
                    if occurrence_digest(r) != pushed[r.id]]
        assert remote_id is not None
        for occurrence_id, original, start, minutes, state, agenda, wanted in todo:
            instance = self._instance(remote_id, original, start)
            if instance is not None:
                if state is OccurrenceState.CANCELLED:
                    self._cancel_event(instance)
                else:
                    self.client.patch(f"/me/events/{instance}",
                                      self._date_payload(start, minutes, series_data, agenda))
            self._mark_date(occurrence_id, wanted)

    @staticmethod
    def _date_payload(start: datetime, minutes: int, series: SeriesData,
                      agenda: str | None) -> dict[str, Any]:
        """One date as an exception of the series: its time, and its own agenda if any."""
        name = graph_time_zone(series.time_zone)
        local = start.astimezone(ZoneInfo(series.time_zone))
        payload: dict[str, Any] = {"start": when(local, name),
                                   "end": when(local + timedelta(minutes=minutes), name)}
        if agenda is not None:
            payload["body"] = {"contentType": "html",
                               "content": invites.agenda_description(series, agenda)[1]}
        return payload

    def _instance(self, event_id: str, original: datetime, start: datetime) -> str | None:
        """The Outlook id of the occurrence first planned at ``original`` (None: not there)."""
        begin = min(original, start) - timedelta(days=1)
        end = max(original, start) + timedelta(days=2)
        page = self.client.get(f"/me/events/{event_id}/instances", params={
            "startDateTime": _window_text(begin), "endDateTime": _window_text(end),
            "$select": INSTANCE_FIELDS})
        while True:
            for item in page.get("value", []):
                if graph_moment(item.get("originalStart")) == original.astimezone(UTC):
                    return str(item["id"])
            if "@odata.nextLink" not in page:
                return None
            page = self.client.follow(page["@odata.nextLink"])

    # --- bookkeeping ------------------------------------------------------------------------
    def _row(self, series_id: str) -> SeriesState:
        return calendar_links.series_state(self.store, series_id)

    def _mark(self, series_id: str, **values: Any) -> None:
        calendar_links.mark(self.store, series_id, **values)

    def _mark_date(self, occurrence_id: str, wanted: str | None) -> None:
        with self.store.session() as s:
            if s.get(MeetingOccurrence, occurrence_id) is not None:
                calendar_links.mark_date(s, occurrence_id, wanted)

    def _uid_taken(self, uid: str, series_id: str) -> bool:
        with self.store.session() as s:
            other = s.scalars(select(MeetingSeries.id).where(
                MeetingSeries.uid == uid, MeetingSeries.id != series_id)).first()
            return other is not None

    def _refused(self, series_id: str, exc: KnownError,
                 wanted: dict[str, str] | None) -> str:
        """Keep Outlook's reason with the series; tried again when the series changes."""
        with self.store.session() as s:
            row = s.get(MeetingSeries, series_id)
            if row is None:
                return ""
            problem = exc.message or exc.code.value
            calendar_links.put(s, row, sync_problem=problem, pushed=wanted)
            log.warning("series %s refused by Outlook: %s", series_id, problem)
            return row.title
