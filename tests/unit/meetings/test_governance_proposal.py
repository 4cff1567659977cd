"""Applying the governance model (PRODUCT.md section 3) to a project: three default series
proposed from the communication map, saved only when the PM confirms."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from cockpit.domain.cadence import rrule_text, series_starts
from cockpit.domain.enums import EscalationLevel, Meeting, Side
from cockpit.domain.meetings import Cadence, SeriesData, SeriesType
from cockpit.domain.passport import MemberData, Passport, ProjectFields
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import meetings, projects
from cockpit.store.models import AgendaTemplate, MeetingSeries, SeriesAttendee
from cockpit.store.store import Store
from tests.unit.meetings.helpers import count, customer_pm, members, vendor_pm

pytestmark = pytest.mark.both_databases

TODAY = date(2026, 11, 24)  # a Tuesday, the demo's "today"
WORK_START, WORK_END = time(9, 0), time(18, 0)


def _by_type(proposals: list[SeriesData]) -> dict[SeriesType, SeriesData]:
    return {p.type: p for p in proposals}


def _starts(series: SeriesData, days: int = 366) -> list[datetime]:
    start = datetime.combine(series.first_date or TODAY, time(0), UTC) - timedelta(days=1)
    return list(series_starts(series, start, start + timedelta(days=days)))


def _inside_working_hours(start: datetime, minutes: int, zone: str) -> bool:
    local = start.astimezone(ZoneInfo(zone))
    end = local + timedelta(minutes=minutes)
    return local.date() == end.date() and local.time() >= WORK_START and end.time() <= WORK_END


def _two_sided_project(store: Store, code: str, customer_tz: str, vendor_tz: str) -> str:
    passport = Passport(
        fields=ProjectFields(code=code, name="Portal", customer="Customer Inc.",
                             customer_time_zone=customer_tz),
        members=[
            MemberData(name="Marta Kowalska", email="marta@vendor.example.com",
                       time_zone=vendor_tz, side=Side.VENDOR,
                       escalation_level=EscalationLevel.PROJECT, meetings=frozenset(Meeting)),
            MemberData(name="Emily Carter", email="emily@customer.example.com",
                       time_zone=customer_tz, side=Side.CUSTOMER,
                       escalation_level=EscalationLevel.PROJECT,
                       meetings=frozenset({Meeting.WEEKLY_STATUS})),
        ])
    return projects.save_passport(store, passport).id


def test_three_default_series_with_the_governance_cadences(demo_store: Store, jp104: str) -> None:
    proposals = _by_type(meetings.propose_governance(demo_store, jp104, today=TODAY))

    assert set(proposals) == {SeriesType.WEEKLY_STATUS, SeriesType.BIWEEKLY_STATUS,
                              SeriesType.EXECUTIVE_REVIEW}
    weekly = proposals[SeriesType.WEEKLY_STATUS]
    biweekly = proposals[SeriesType.BIWEEKLY_STATUS]
    executive = proposals[SeriesType.EXECUTIVE_REVIEW]
    assert (weekly.cadence, weekly.interval) == (Cadence.WEEKLY, 1)
    assert (biweekly.cadence, biweekly.interval) == (Cadence.EVERY_N_WEEKS, 2)
    assert (executive.cadence, executive.interval) == (Cadence.EVERY_N_MONTHS, 6)
    assert "INTERVAL=2" in rrule_text(biweekly) and "FREQ=WEEKLY" in rrule_text(biweekly)

    # the dates a PM will see in the calendar: every 7 days, every 14 days, twice a year
    def gaps(series: SeriesData) -> set[int]:
        starts = _starts(series)
        return {(b.date() - a.date()).days for a, b in zip(starts, starts[1:], strict=False)}

    assert gaps(weekly) == {7}
    assert gaps(biweekly) == {14}
    reviews = _starts(executive, days=2 * 366)
    assert len(reviews) in (4, 5)
    assert {(b.year * 12 + b.month) - (a.year * 12 + a.month)
            for a, b in zip(reviews, reviews[1:], strict=False)} == {6}
    for series in proposals.values():
        assert "JP-104" in series.title and series.objective
        assert series.reminder_minutes is not None


@pytest.mark.parametrize(("code", "zone"), [("JP-104", "Asia/Tokyo"), ("DE-102", "Europe/Berlin"),
                                            ("US-103", "America/New_York")])
def test_times_are_in_the_customers_time_zone(demo_store: Store, code: str, zone: str) -> None:
    project_id = projects.find_project_id(demo_store, code)
    for series in meetings.propose_governance(demo_store, project_id, today=TODAY):
        assert series.time_zone == zone


def test_the_organiser_is_the_vendor_side_project_manager(demo_store: Store, jp104: str) -> None:
    pm, their_pm = vendor_pm(demo_store, jp104), customer_pm(demo_store, jp104)
    assert their_pm.escalation_level is EscalationLevel.PROJECT  # a PM on each side
    for series in meetings.propose_governance(demo_store, jp104, today=TODAY):
        assert series.organizer_person_id == pm.person_id
        attendee_ids = [a.person_id for a in series.attendees]
        assert pm.person_id not in attendee_ids  # the organiser is not invited twice
        assert len(attendee_ids) == len(set(attendee_ids))


def test_attendees_come_from_the_communication_map(demo_store: Store, jp104: str) -> None:
    people = members(demo_store, jp104)
    pm = vendor_pm(demo_store, jp104)
    proposals = _by_type(meetings.propose_governance(demo_store, jp104, today=TODAY))

    for kind, meeting in ((SeriesType.WEEKLY_STATUS, Meeting.WEEKLY_STATUS),
                          (SeriesType.BIWEEKLY_STATUS, Meeting.BIWEEKLY_STATUS),
                          (SeriesType.EXECUTIVE_REVIEW, Meeting.EXECUTIVE_REVIEW)):
        expected = [m.person_id for m in people
                    if meeting in m.meetings and m.person_id != pm.person_id]
        assert [a.person_id for a in proposals[kind].attendees] == expected, kind
    # the demo map: the customer's PM is in the weekly status, their CEO only in the review
    roles = {m.person_id: m.role for m in people}
    assert "Project manager" in {roles[a.person_id] for a in
                                 proposals[SeriesType.WEEKLY_STATUS].attendees}
    assert "CEO" not in {roles[a.person_id] for a in proposals[SeriesType.WEEKLY_STATUS].attendees}
    assert "CEO" in {roles[a.person_id] for a in proposals[SeriesType.EXECUTIVE_REVIEW].attendees}


def test_attendees_carry_name_email_zone_and_side(demo_store: Store, jp104: str) -> None:
    people = {m.person_id: m for m in members(demo_store, jp104)}
    sides = set()
    for series in meetings.propose_governance(demo_store, jp104, today=TODAY):
        for a in series.attendees:
            member = people[a.person_id]
            assert (a.name, a.email, a.time_zone) == (member.name, member.email, member.time_zone)
            assert a.customer_side is (member.side is Side.CUSTOMER)
            sides.add(a.customer_side)
    assert sides == {True, False}  # both sides are in the governance meetings


def test_default_agenda_templates_are_set(demo_store: Store, jp104: str) -> None:
    with demo_store.session() as s:
        defaults = {t.series_type: t.id for t in s.scalars(
            select(AgendaTemplate).where(AgendaTemplate.is_default.is_(True)))}
    proposals = meetings.propose_governance(demo_store, jp104, today=TODAY)
    assert all(p.agenda_template_id is not None for p in proposals)
    assert {p.type: p.agenda_template_id for p in proposals} == {
        kind: defaults[kind] for kind in (SeriesType.WEEKLY_STATUS, SeriesType.BIWEEKLY_STATUS,
                                          SeriesType.EXECUTIVE_REVIEW)}


@pytest.mark.parametrize("today", [TODAY, date(2027, 6, 1)], ids=["winter", "summer"])
@pytest.mark.parametrize("code", ["JP-104", "US-103", "DE-102"])
def test_every_meeting_of_the_year_is_inside_both_sides_working_hours(
        demo_store: Store, code: str, today: date) -> None:
    """Tokyo 09:00-18:00 and Warsaw 09:00-18:00 overlap for one hour (two in summer): the
    proposal must find it, and keep it when Warsaw changes to or from summer time."""
    project_id = projects.find_project_id(demo_store, code)
    vendor_tz = vendor_pm(demo_store, project_id).time_zone
    assert vendor_tz == "Europe/Warsaw"
    for series in meetings.propose_governance(demo_store, project_id, today=today):
        starts = _starts(series)
        assert starts
        outside = [
            f"{s:%Y-%m-%d %H:%M %Z} / {s.astimezone(ZoneInfo(vendor_tz)):%H:%M %Z}"
            for s in starts
            if not (_inside_working_hours(s, series.duration_minutes, series.time_zone)
                    and _inside_working_hours(s, series.duration_minutes, vendor_tz))]
        assert outside == [], series.type


def test_tokyo_customer_with_a_warsaw_pm_meets_at_the_end_of_the_tokyo_day(
        demo_store: Store, jp104: str) -> None:
    weekly = _by_type(meetings.propose_governance(demo_store, jp104, today=TODAY))[
        SeriesType.WEEKLY_STATUS]
    first = _starts(weekly)[0]
    assert first.astimezone(ZoneInfo("Asia/Tokyo")).time() == time(17, 0)
    assert first.astimezone(ZoneInfo("Europe/Warsaw")).time() == time(9, 0)


@pytest.mark.parametrize(("customer_tz", "vendor_tz"), [
    ("America/Los_Angeles", "Europe/Warsaw"),
    ("America/New_York", "Asia/Tokyo"),
])
def test_without_any_overlap_the_documented_10_oclock_is_proposed(
        store: Store, customer_tz: str, vendor_tz: str) -> None:
    """No hour is inside both sides' working hours: the proposal falls back to 10:00 in the
    customer's zone rather than an hour that puts the PM's meeting near midnight."""
    project_id = _two_sided_project(store, "X-1", customer_tz, vendor_tz)
    for series in meetings.propose_governance(store, project_id, today=TODAY):
        assert series.start_time == time(10, 0), series.type


@pytest.mark.parametrize("today", [TODAY, date(2026, 11, 25), date(2026, 12, 31),
                                   date(2027, 2, 28)])
def test_first_dates_are_in_the_future(demo_store: Store, jp104: str, today: date) -> None:
    proposals = _by_type(meetings.propose_governance(demo_store, jp104, today=today))
    for series in proposals.values():
        assert series.first_date is not None and series.first_date > today
    # the status meetings start within their first period, not months later
    assert proposals[SeriesType.WEEKLY_STATUS].first_date <= today + timedelta(days=7)
    assert proposals[SeriesType.BIWEEKLY_STATUS].first_date <= today + timedelta(days=14)


def test_nothing_is_saved_until_the_pm_confirms(demo_store: Store, jp104: str) -> None:
    proposals = meetings.propose_governance(demo_store, jp104, today=TODAY)
    assert meetings.list_series(demo_store, jp104) == []
    assert count(demo_store, MeetingSeries) == 0 and count(demo_store, SeriesAttendee) == 0

    saved = meetings.save_proposals(demo_store, proposals)

    listed = meetings.list_series(demo_store, jp104)
    assert {s.id for s in listed} == {p.id for p in proposals} == {s.id for s in saved}
    uids = [s.uid for s in listed]
    assert all(uids) and len(set(uids)) == 3
    by_id = {s.id: s for s in listed}
    for proposal in proposals:
        stored = by_id[proposal.id]
        assert (stored.type, stored.title, stored.first_date, stored.start_time,
                stored.time_zone, stored.organizer_person_id, stored.agenda_template_id) == (
            proposal.type, proposal.title, proposal.first_date, proposal.start_time,
            proposal.time_zone, proposal.organizer_person_id, proposal.agenda_template_id)
        assert [(a.person_id, a.customer_side) for a in stored.attendees] == [
            (a.person_id, a.customer_side) for a in proposal.attendees]
    # other projects are untouched
    assert meetings.list_series(demo_store, projects.find_project_id(demo_store, "DE-102")) == []


def test_uids_stay_the_same_when_a_saved_series_is_edited(demo_store: Store, jp104: str) -> None:
    meetings.save_proposals(demo_store, meetings.propose_governance(demo_store, jp104,
                                                                    today=TODAY))
    before = {s.id: s.uid for s in meetings.list_series(demo_store, jp104)}
    for series in meetings.list_series(demo_store, jp104):
        series.title += " (renamed)"
        series.uid = "something-else@example.com"  # the service owns the UID
        meetings.save_series(demo_store, series)
    after = meetings.list_series(demo_store, jp104)
    assert {s.id: s.uid for s in after} == before
    assert all(s.title.endswith("(renamed)") for s in after)


def test_a_project_without_people_still_gets_the_three_series(store: Store) -> None:
    passport = Passport(fields=ProjectFields(code="EMPTY-1", name="No people yet",
                                             customer_time_zone="Europe/Berlin"))
    project_id = projects.save_passport(store, passport).id
    proposals = meetings.propose_governance(store, project_id, today=TODAY)
    assert len(proposals) == 3
    assert all(p.organizer_person_id is None and p.attendees == [] for p in proposals)
    assert len(meetings.save_proposals(store, proposals)) == 3


def test_unknown_project_is_refused(store: Store) -> None:
    with pytest.raises(KnownError) as caught:
        meetings.propose_governance(store, "no-such-project", today=TODAY)
    assert caught.value.code is ErrorCode.NOT_FOUND
