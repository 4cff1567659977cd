"""Demo meetings: governance series for most demo projects, past meetings with minutes,
decisions and action items (some done, one internal), one moved and one cancelled date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cockpit.domain.meetings import (
    Cadence,
    MinutesItemData,
    MinutesKind,
    SeriesData,
    SeriesType,
)
from cockpit.domain.passport import Passport
from cockpit.services import meetings, occurrences
from cockpit.store.store import Store

POINTS = {
    "JP": ("進捗と課題の確認", "受入テストの計画", "本番移行のスケジュール"),
    "DE": ("Stand der Umsetzung", "Offene Punkte aus dem Test", "Planung des nächsten Sprints"),
    "US": ("Progress since last week", "Open defects from UAT", "Release plan"),
}
DECISIONS = {
    "JP": "本番移行は1月15日（金）に実施する",
    "DE": "Go-live am 15. Januar; Freeze ab 8. Januar",
    "US": "Go-live on January 15; code freeze from January 8",
}
ACTIONS = {
    "JP": ("テスト計画書を共有する", "移行リハーサルの日程を確定する"),
    "DE": ("Testplan teilen", "Termin für die Migrationsprobe festlegen"),
    "US": ("Share the test plan", "Fix the date of the migration rehearsal"),
}


def add_demo_meetings(store: Store, passports: list[Passport], today: date) -> None:
    """Idempotent: a project that already has meeting series is left alone."""
    start = today - timedelta(weeks=10)
    moved = cancelled = False
    for index, passport in enumerate(passports):
        if passport.fields.archived or passport.fields.status.value in ("onboarding", "closed"):
            continue
        if meetings.list_series(store, passport.id):
            continue
        proposals = meetings.propose_governance(store, passport.id, today=start)
        for proposal in proposals:
            if proposal.type is SeriesType.EXECUTIVE_REVIEW and index % 2:
                proposal.cadence, proposal.interval = Cadence.YEARLY, 1  # the customer's choice
            # one PM runs several projects: spread their meetings over the week and the day,
            # on working days and within both sides' working hours
            assert proposal.first_date is not None
            first = proposal.first_date + timedelta(days=index % 3)
            if first.weekday() >= 5:  # Saturday, Sunday: the Monday after
                first += timedelta(days=7 - first.weekday())
            proposal.first_date = first
            if proposal.start_time.hour <= 10:  # morning slots leave room in both zones
                _spread(store, proposal, proposal.start_time.hour + (index // 3) % 4 * 2, today)
        saved = meetings.save_proposals(store, proposals)
        weekly = next(s for s in saved if s.type is SeriesType.WEEKLY_STATUS)
        biweekly = next(s for s in saved if s.type is SeriesType.BIWEEKLY_STATUS)
        _minutes(store, passport, weekly.id, today)
        upcoming = [v for v in occurrences.upcoming(
            store, datetime.now(UTC), datetime.now(UTC) + timedelta(days=35),
            project_id=passport.id)]
        if not moved:
            nxt = next((v for v in upcoming if v.series_id == weekly.id), None)
            if nxt is not None:
                occurrences.reschedule(store, weekly.id, nxt.occurrence.original_start,
                                       nxt.occurrence.start + timedelta(days=1, hours=1))
                moved = True
        if not cancelled:
            nxt = next((v for v in upcoming if v.series_id == biweekly.id), None)
            if nxt is not None:
                occurrences.cancel(store, biweekly.id, nxt.occurrence.original_start)
                cancelled = True


def _spread(store: Store, proposal: SeriesData, hour: int, today: date) -> None:
    """Start at ``hour`` (15:00 at the latest), or the latest hour before it at which every
    meeting is inside both sides' working hours."""
    from cockpit.services.meeting_checks import WarningKind, check_series

    outside = {WarningKind.OUTSIDE_VENDOR_HOURS, WarningKind.OUTSIDE_CUSTOMER_HOURS}
    planned = proposal.start_time
    for candidate in range(min(hour, 15), planned.hour, -1):
        proposal.start_time = planned.replace(hour=candidate)
        found = check_series(store, proposal, today=today, horizon_days=400)  # reviews too
        if not {w.kind for w in found} & outside:
            return
    proposal.start_time = planned


def _minutes(store: Store, passport: Passport, series_id: str, today: date) -> None:
    market = passport.fields.code[:2]
    points, decision, actions = POINTS[market], DECISIONS[market], ACTIONS[market]
    customers = [m for m in passport.members if m.side.value == "customer"]
    vendor = [m for m in passport.members if m.side.value == "vendor"]
    past = [v for v in occurrences.upcoming(
        store, datetime.combine(today - timedelta(weeks=4), datetime.min.time(), UTC),
        datetime.combine(today, datetime.min.time(), UTC), project_id=passport.id)
        if v.series_id == series_id][-3:]
    for number, view in enumerate(past):
        owner = (customers or vendor or passport.members)[number % max(1, len(customers))]
        items = [MinutesItemData(MinutesKind.POINT, text) for text in points]
        if number == len(past) - 1:
            items.append(MinutesItemData(MinutesKind.DECISION, decision))
        items.append(MinutesItemData(
            MinutesKind.ACTION, actions[number % len(actions)], owner_person_id=owner.person_id,
            due_on=today + timedelta(days=3 + number),
            done_on=view.occurrence.start.date() + timedelta(days=2) if number == 0 else None))
        items.append(MinutesItemData(MinutesKind.POINT, "Margin check before the CR estimate "
                                     "(internal)", internal=True))
        occurrences.save_minutes(store, series_id, view.occurrence.original_start, items)
