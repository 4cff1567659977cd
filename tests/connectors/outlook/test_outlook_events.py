"""A series sent as an Outlook event repeats on exactly the dates the planner shows: the event
payload is posted to the fake Graph server, which expands the recurrence its own way."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.events import event_payload, transaction_id
from cockpit.domain.cadence import series_starts
from cockpit.domain.meetings import AttendeeRole, Cadence
from cockpit.services import invites, meetings, projects
from cockpit.store.store import Store
from tests.connectors.outlook.fake_graph import FakeGraph
from tests.unit.meetings.helpers import series_data

pytestmark = pytest.mark.both_databases

WINDOW = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)


@pytest.mark.parametrize(("cadence", "interval", "zone", "hour"), [
    (Cadence.WEEKLY, 1, "Asia/Tokyo", 10),
    (Cadence.EVERY_N_WEEKS, 2, "Europe/Berlin", 9),  # across the spring DST change
    (Cadence.MONTHLY, 1, "America/Los_Angeles", 17),
    (Cadence.EVERY_N_MONTHS, 6, "Asia/Tokyo", 15),
    (Cadence.YEARLY, 1, "Europe/Berlin", 11),
])
def test_outlook_repeats_the_series_on_the_planners_dates(
        demo_store: Store, graph: FakeGraph, client: GraphClient, cadence: Cadence,
        interval: int, zone: str, hour: int) -> None:
    project_id = projects.find_project_id(demo_store, "JP-104")
    series = meetings.save_series(demo_store, series_data(
        demo_store, project_id, cadence=cadence, interval=interval, time_zone=zone,
        start_time=time(hour), first_date=date(2027, 1, 12), reminder_minutes=15))
    payload = event_payload(invites.build_invite(demo_store, series.id))
    created = client.post("/me/events", payload, idempotent=True)
    page = client.get(f"/me/events/{created['id']}/instances", params={
        "startDateTime": WINDOW[0].isoformat(), "endDateTime": WINDOW[1].isoformat()})
    shown = list(page["value"])
    while "@odata.nextLink" in page:
        page = client.follow(page["@odata.nextLink"])
        shown += page["value"]
    outlook = sorted(_utc(e["start"]["dateTime"]) for e in shown)
    planner = [s.astimezone(UTC) for s in series_starts(series, *WINDOW)]
    assert outlook == planner and len(planner) >= 2


def test_the_event_carries_what_the_invite_carries(demo_store: Store) -> None:
    project_id = projects.find_project_id(demo_store, "JP-104")
    series = meetings.save_series(demo_store, series_data(
        demo_store, project_id, first_date=date(2027, 1, 12), reminder_minutes=10,
        location="会議室A"))
    series.attendees[0].role = AttendeeRole.OPTIONAL
    series = meetings.save_series(demo_store, series)
    invite = invites.build_invite(demo_store, series.id)
    payload = event_payload(invite)
    assert payload["subject"] == series.title
    assert payload["start"] == {"dateTime": "2027-01-12T10:00:00",
                                "timeZone": "Tokyo Standard Time"}
    assert payload["end"]["dateTime"] == "2027-01-12T10:45:00"
    assert payload["recurrence"]["pattern"]["daysOfWeek"] == ["tuesday"]
    assert payload["attendees"] == [{"emailAddress": {"name": a.name, "address": a.email},
                                     "type": "optional"} for a in series.attendees]
    assert payload["location"] == {"displayName": "会議室A"}
    assert payload["isReminderOn"] and payload["reminderMinutesBeforeStart"] == 10
    assert invite.description_html == payload["body"]["content"]  # the agenda, as invited
    assert payload["transactionId"] == transaction_id(series.id)


def test_a_repeated_create_after_a_lost_answer_makes_one_event(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    project_id = projects.find_project_id(demo_store, "JP-104")
    series = meetings.save_series(demo_store, series_data(demo_store, project_id))
    payload = event_payload(invites.build_invite(demo_store, series.id))
    graph.lose_response_next("POST", r"^/me/events$")
    first = client.post("/me/events", payload, idempotent=True)
    again = client.post("/me/events", payload, idempotent=True)
    assert first["id"] == again["id"] and len(graph.events()) == 1
