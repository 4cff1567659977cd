"""Outlook's calendar back into the planner, for the series Outlook holds.

A delta query on the calendar view (a window from the start of last month to a little over a
year ahead; its ``deltaLink`` is kept per window, so a new month starts a new window) says which
synced series changed — an occurrence moved, cancelled or answered names its series master.
An occurrence removed in Outlook comes back as a bare id Outlook does not tie to its series, so
a removal makes every synced series be checked. Each series that changed is then compared with
Outlook as a whole, which makes replays harmless:

- the event deleted or cancelled in Outlook: the series is cancelled in the planner (Outlook
  already told the attendees, so nothing goes out again);
- the series moved to another hour or length in Outlook: the planner follows;
- a date moved or cancelled in Outlook (found by ``originalStart`` among ``/instances``): the
  planner's date follows, and is marked as what Outlook holds so it is not pushed back;
- attendees' answers (accepted, tentative, declined) update their status in the series.

Every change is a notice for the PM. A 410 (the link expired) starts the window over.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from cockpit.connectors import remote_links
from cockpit.connectors.base import NoticeKind, PullReport
from cockpit.connectors.outlook import calendar_links
from cockpit.connectors.outlook.calendar_push import (
    INSTANCE_FIELDS,
    field_digests,
    graph_moment,
    occurrence_digest,
)
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.delta import CONNECTOR, delta_round, with_resync
from cockpit.connectors.outlook.errors import GraphError
from cockpit.connectors.outlook.events import event_payload
from cockpit.connectors.outlook.notices import notice
from cockpit.connectors.outlook.recurrence import UnsupportedRecurrence
from cockpit.connectors.remote_links import SERIES
from cockpit.domain.cadence import local_start, series_starts
from cockpit.domain.meetings import OccurrenceState, PartStat, SeriesData
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import invites, meetings, occurrences
from cockpit.services.outlook_channel import CANCELLED
from cockpit.store import sync_state
from cockpit.store.models import MeetingOccurrence, MeetingSeries, Person
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.calendar")

KEY_PREFIX = "calendar:"
AHEAD = timedelta(days=400)
MARGIN = timedelta(days=1)  # dates this close to the window's edges are left alone
PAGE = "odata.maxpagesize=50"
DELTA_FIELDS = "id,seriesMasterId,type,changeKey"
MASTER_FIELDS = "id,changeKey,isCancelled,attendees,start,end"
RESPONSES = {
    "accepted": PartStat.ACCEPTED,
    "tentativelyAccepted": PartStat.TENTATIVE,
    "declined": PartStat.DECLINED,
    "none": PartStat.NEEDS_ACTION,
    "notResponded": PartStat.NEEDS_ACTION,
}


def _now() -> datetime:
    return datetime.now(UTC)


def window(now: datetime) -> tuple[datetime, datetime]:
    """From the first day of last month (UTC) to a little over a year ahead."""
    first = now.astimezone(UTC).date().replace(day=1)
    start = (first - timedelta(days=1)).replace(day=1)
    begin = datetime.combine(start, datetime.min.time(), UTC)
    return begin, begin + AHEAD


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _local(value: Any) -> datetime | None:
    """A dateTimeTimeZone Graph sent in UTC (we ask for ``outlook.timezone="UTC"``)."""
    if not isinstance(value, dict) or not value.get("dateTime"):
        return None
    return graph_moment(str(value["dateTime"]))


class CalendarPull:
    def __init__(self, store: Store, client: GraphClient, *, now: Any = _now) -> None:
        self.store, self.client, self.now = store, client, now

    def run(self) -> PullReport:
        report = PullReport()
        synced = self._synced()
        if not synced:
            return report  # nothing of ours in Outlook: the calendar is none of our business
        begin, end = window(self.now())
        key = f"{KEY_PREFIX}{begin:%Y-%m}"
        affected: set[str] = set()
        removed: list[str] = []
        with_resync(self.store, key, "calendar", report,
                    lambda: self._changes(key, begin, end, synced, affected, removed))
        for old, _link in sync_state.starting_with(self.store, CONNECTOR, KEY_PREFIX):
            if old != key:
                sync_state.drop(self.store, CONNECTOR, old)  # an earlier month's window
        for remote_id in sorted(set(synced) if removed else affected):
            self._reconcile(synced[remote_id], remote_id, begin, end, report)
        return report

    # --- what changed -----------------------------------------------------------------------
    def _synced(self) -> dict[str, str]:
        """Outlook event id → series id, for series Outlook holds and nobody cancelled."""
        return calendar_links.synced(self.store)

    def _changes(self, key: str, begin: datetime, end: datetime, synced: dict[str, str],
                 affected: set[str], removed: list[str]) -> None:
        """Which synced series changed (into ``affected``); ``removed`` gets the ids of
        removed items Outlook no longer ties to a series."""
        def apply(items: list[dict[str, Any]]) -> None:
            for item in items:
                item_id = str(item.get("id", ""))
                master = str(item.get("seriesMasterId") or item_id)
                if master in synced:
                    affected.add(master)
                elif "@removed" in item:
                    removed.append(item_id)

        prefer = [PAGE, 'outlook.timezone="UTC"']
        delta_round(self.store, self.client, key, lambda: self.client.get(
            "/me/calendarView/delta", params={"startDateTime": _stamp(begin),
                                              "endDateTime": _stamp(end)}, prefer=prefer),
            apply, prefer=prefer)

    # --- one series, compared with Outlook --------------------------------------------------
    def _reconcile(self, series_id: str, remote_id: str, begin: datetime, end: datetime,
                   report: PullReport) -> None:
        try:
            master = self.client.get(f"/me/events/{remote_id}",
                                     params={"$select": MASTER_FIELDS},
                                     prefer=['outlook.timezone="UTC"'])
        except GraphError as exc:
            if exc.code is not ErrorCode.DELETED_IN_OUTLOOK:
                raise
            master = None
        series = meetings.get_series(self.store, series_id)
        if master is None or master.get("isCancelled"):
            self._cancelled(series, report)
            return
        self._answers(series, master, report)
        moved = self._moved_series(series, master, report)
        series = meetings.get_series(self.store, series_id)
        self._dates(series, remote_id, begin, end, report)
        self._settle(series_id, master, moved)
        report.stored += 1

    def _cancelled(self, series: SeriesData, report: PullReport) -> None:
        with self.store.session() as s:
            row = s.get(MeetingSeries, series.id)
            if row is None:
                return
            row.cancelled = True
            calendar_links.put(s, row, pushed=CANCELLED)  # Outlook already told the attendees
        report.removed += 1
        report.notices.append(notice(NoticeKind.CANCELLED_REMOTELY, series.title,
                                     series.id))

    def _answers(self, series: SeriesData, master: dict[str, Any],
                 report: PullReport) -> None:
        answers: dict[str, PartStat] = {}
        for attendee in master.get("attendees") or []:
            address = str(((attendee or {}).get("emailAddress") or {}).get("address") or "")
            response = str(((attendee or {}).get("status") or {}).get("response") or "none")
            if address and response in RESPONSES:
                answers[address.casefold()] = RESPONSES[response]
        changed = []
        with self.store.session() as s:
            row = s.get(MeetingSeries, series.id)
            assert row is not None
            for attendee in row.attendees:
                person = s.get(Person, attendee.person_id)
                wanted = answers.get((person.email if person else "").casefold())
                if wanted is not None and wanted is not attendee.partstat:
                    attendee.partstat = wanted
                    changed.append(f"{person.name if person else '?'}: {wanted.value}")
        if changed:
            report.notices.append(notice(NoticeKind.RESPONSES_UPDATED, series.title, series.id,
                                         ", ".join(changed)))

    def _moved_series(self, series: SeriesData, master: dict[str, Any],
                      report: PullReport) -> bool:
        """The whole series moved to another hour (or length) in Outlook: follow it."""
        start, finish = _local(master.get("start")), _local(master.get("end"))
        if start is None or finish is None or series.first_date is None:
            return False
        zone = ZoneInfo(series.time_zone)
        local = start.astimezone(zone)
        minutes = int((finish - start).total_seconds() // 60)
        planned = local_start(series)
        if (local.time(), minutes) == (planned.time(), series.duration_minutes):
            return False
        series.start_time = local.time().replace(tzinfo=None)
        if local.date() != planned.date():
            series.first_date = local.date()
        series.duration_minutes = minutes
        try:
            meetings.save_series(self.store, series)
        except KnownError as exc:  # e.g. a length the planner refuses: say so, change nothing
            log.warning("series %s moved in Outlook, not followed: %s", series.id, exc.message)
            return False
        report.notices.append(notice(NoticeKind.MOVED_REMOTELY, series.title,
                                     series.id, f"{local:%H:%M} ({minutes} min)"))
        return True

    def _dates(self, series: SeriesData, remote_id: str, begin: datetime, end: datetime,
               report: PullReport) -> None:
        outlook = self._instances(remote_id, begin, end)
        with self.store.session() as s:
            stored = {o.original_start: o for o in s.scalars(select(MeetingOccurrence).where(
                MeetingOccurrence.series_id == series.id))}
            local = {k: (o.start, o.duration_minutes, o.state) for k, o in stored.items()}
        first, last = begin + MARGIN, end - MARGIN - timedelta(days=1)
        for planned in series_starts(series, first, last):
            original = planned.astimezone(UTC)
            start, minutes, state = local.get(
                original, (original, series.duration_minutes, OccurrenceState.SCHEDULED))
            if state is OccurrenceState.CANCELLED:
                continue  # the planner's cancellation goes out with the push
            there = outlook.get(original)
            if there is None:
                occurrences.cancel(self.store, series.id, original)
                self._mark_date(series.id, original)
                report.notices.append(notice(NoticeKind.OCCURRENCE_CANCELLED_REMOTELY,
                                             series.title, series.id, _day(planned)))
            elif there != (start, minutes):
                occurrences.reschedule(self.store, series.id, original, there[0], there[1])
                self._mark_date(series.id, original)
                moved = there[0].astimezone(ZoneInfo(series.time_zone))
                report.notices.append(notice(NoticeKind.OCCURRENCE_MOVED_REMOTELY,
                                             series.title, series.id,
                                             f"{_day(planned)} → {moved:%Y-%m-%d %H:%M}"))

    def _instances(self, remote_id: str, begin: datetime,
                   end: datetime) -> dict[datetime, tuple[datetime, int]]:
        """originalStart → (start, minutes) of the series' occurrences in Outlook."""
        found: dict[datetime, tuple[datetime, int]] = {}
        prefer = ['outlook.timezone="UTC"']
        page = self.client.get(f"/me/events/{remote_id}/instances", params={
            "startDateTime": _stamp(begin), "endDateTime": _stamp(end),
            "$select": INSTANCE_FIELDS + ",isCancelled"}, prefer=prefer)
        while True:
            for item in page.get("value", []):
                original = graph_moment(item.get("originalStart"))
                start, finish = _local(item.get("start")), _local(item.get("end"))
                if original is None or start is None or finish is None or \
                        item.get("isCancelled"):
                    continue
                found[original] = (start, int((finish - start).total_seconds() // 60))
            if "@odata.nextLink" not in page:
                return found
            page = self.client.follow(page["@odata.nextLink"], prefer=prefer)

    # --- bookkeeping ------------------------------------------------------------------------
    def _mark_date(self, series_id: str, original: datetime) -> None:
        """The date as Outlook holds it now: nothing to push back."""
        with self.store.session() as s:
            row = s.scalars(select(MeetingOccurrence).where(
                MeetingOccurrence.series_id == series_id,
                MeetingOccurrence.original_start == original)).one_or_none()
            if row is not None:
                calendar_links.mark_date(s, row.id, occurrence_digest(row))

    def _settle(self, series_id: str, master: dict[str, Any], moved: bool) -> None:
        """Remember Outlook's change key (sparing the next PATCH a 412) and, when the planner
        followed a move made in Outlook, that Outlook already holds the result."""
        if not moved:
            self._mark(series_id, remote_change_key=master.get("changeKey"))
            return
        try:
            wanted: dict[str, str] | None = field_digests(event_payload(
                invites.build_invite(self.store, series_id)))
        except UnsupportedRecurrence:
            wanted = None
        with self.store.session() as s:
            row = s.get(MeetingSeries, series_id)
            if row is None:
                return
            link = remote_links.ensure(s, SERIES, series_id, CONNECTOR)
            if wanted is not None and not link.problem:
                calendar_links.put(s, row, pushed=wanted)
            link.change_key = master.get("changeKey") or link.change_key

    def _mark(self, series_id: str, **values: Any) -> None:
        calendar_links.mark(self.store, series_id, skip_none=True, **values)


def _day(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"

