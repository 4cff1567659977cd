"""Meeting series through Outlook: created once (whatever is lost on the way), kept up to date,
their moved and cancelled dates as exceptions, cancelled with the series — and what the PM or the
attendees change in Outlook comes back into the planner. One meeting keeps one UID."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import icalendar
import pytest

from cockpit.connectors.base import NoticeKind, PullReport, PushReport
from cockpit.connectors.outlook.calendar_pull import CalendarPull
from cockpit.connectors.outlook.calendar_push import CalendarPush
from cockpit.connectors.outlook.calendar_push import waiting as calendar_waiting
from cockpit.connectors.outlook.client import GraphClient
from cockpit.domain.meetings import Cadence, OccurrenceState, PartStat, SeriesData
from cockpit.errors import ErrorCode, KnownError
from cockpit.ics.export import Method
from cockpit.services import invites, meetings, occurrences, projects
from cockpit.store.store import Store
from tests.connectors.outlook.fake_graph import FakeGraph
from tests.unit.meetings.helpers import series_data

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
FIRST = datetime(2027, 1, 5, 1, 0, tzinfo=UTC)  # Tuesday 10:00 in Tokyo
WEEK = timedelta(days=7)


def _push(store: Store, client: GraphClient) -> PushReport:
    report = PushReport()
    CalendarPush(store, client, now=lambda: NOW).run(report)
    return report


def _pull(store: Store, client: GraphClient) -> PullReport:
    return CalendarPull(store, client, now=lambda: NOW).run()


def _series(store: Store, **overrides: Any) -> SeriesData:
    project_id = projects.find_project_id(store, "JP-104")
    return meetings.save_series(store, series_data(store, project_id, outlook=True,
                                                   **overrides))


def _event(graph: FakeGraph) -> dict[str, Any]:
    events = graph.events()
    assert len(events) == 1, events
    return events[0]


def _dates(graph: FakeGraph, event_id: str, weeks: int = 6) -> list[datetime]:
    shown = graph.instances(event_id, FIRST - timedelta(days=1), FIRST + weeks * WEEK)
    return [datetime.fromisoformat(i["start"]["dateTime"][:19]).replace(tzinfo=UTC)
            for i in shown]


def _occurrence_id(graph: FakeGraph, event_id: str, original: datetime) -> str:
    shown = graph.instances(event_id, original - timedelta(days=1), original + timedelta(days=1))
    return next(i["id"] for i in shown if i["originalStart"] == original.strftime(
        "%Y-%m-%dT%H:%M:%SZ"))


# --- push -------------------------------------------------------------------------------------
def test_a_series_handed_to_outlook_is_created_once_and_takes_outlooks_uid(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    report = _push(demo_store, client)
    event = _event(graph)
    assert [n.kind for n in report.notices] == [NoticeKind.INVITED]
    assert event["subject"] == series.title
    assert [a["emailAddress"]["address"] for a in event["attendees"]] == [
        a.email for a in series.attendees]
    stored = meetings.get_series(demo_store, series.id)
    assert stored.in_outlook and stored.uid == event["iCalUId"]
    graph.clear_requests()
    _push(demo_store, client)  # nothing changed: nothing goes out
    assert graph.count("POST", r"/events") == 0 and graph.count("PATCH", r"/events") == 0
    assert calendar_waiting(demo_store) == 0


def test_series_not_handed_to_outlook_never_reach_it(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    project_id = projects.find_project_id(demo_store, "JP-104")
    meetings.save_series(demo_store, series_data(demo_store, project_id))
    _push(demo_store, client)
    assert graph.events() == [] and graph.count("*", r"/events") == 0


def test_a_create_whose_answer_was_lost_twice_is_found_not_repeated(
        demo_store: Store, graph: FakeGraph) -> None:
    series = _series(demo_store)
    # the first run loses every answer: it stops, unsure; the event may exist
    with GraphClient(lambda: graph.token, base_url=graph.url, sleep=lambda _s: None) as c:
        graph.lose_response_next("POST", r"^/me/events$", times=10)
        report = _push(demo_store, c)
        assert report.stopped_by is not None
    graph.clear_faults()
    # a restart: a new pusher on the same file creates it "again" with the same transactionId
    with GraphClient(lambda: graph.token, base_url=graph.url, sleep=lambda _s: None) as c:
        assert _push(demo_store, c).stopped_by is None
    assert len(graph.events()) == 1
    assert meetings.get_series(demo_store, series.id).in_outlook


def test_throttling_is_waited_out_and_the_event_made_once(
        demo_store: Store, graph: FakeGraph) -> None:
    waits: list[float] = []
    _series(demo_store)
    graph.throttle_next("POST", r"^/me/events$", retry_after=3)
    with GraphClient(lambda: graph.token, base_url=graph.url, sleep=waits.append) as c:
        assert _push(demo_store, c).stopped_by is None
    assert len(graph.events()) == 1 and 3 in [round(w) for w in waits]


def test_changes_in_the_planner_update_the_event_with_if_match(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    series = meetings.get_series(demo_store, series.id)
    series.title = "週次定例 (新)"
    series.location = "会議室B"
    meetings.save_series(demo_store, series)
    graph.clear_requests()
    _push(demo_store, client)
    patches = graph.find("PATCH", r"^/me/events/[^/]+$")
    assert len(patches) == 1 and patches[0].headers.get("if-match")
    event = _event(graph)
    assert event["subject"] == "週次定例 (新)" and event["location"]["displayName"] == "会議室B"


def test_a_stale_change_key_is_read_again_and_the_update_lands(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    graph.edit_event_in_outlook(_event(graph)["id"], categories=["Blue"])  # new change key
    series = meetings.get_series(demo_store, series.id)
    series.duration_minutes = 60
    meetings.save_series(demo_store, series)
    graph.clear_requests()
    assert _push(demo_store, client).stopped_by is None
    statuses = [r.status for r in graph.find("PATCH", r"^/me/events/[^/]+$")]
    assert statuses == [412, 200]
    event = _event(graph)
    start = datetime.fromisoformat(event["start"]["dateTime"][:19])
    end = datetime.fromisoformat(event["end"]["dateTime"][:19])
    assert end - start == timedelta(minutes=60)


def test_moved_and_cancelled_dates_become_exceptions_of_the_series(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    second, third = FIRST + WEEK, FIRST + 2 * WEEK
    occurrences.reschedule(demo_store, series.id, second, second + timedelta(days=1, hours=2))
    occurrences.cancel(demo_store, series.id, third)
    _push(demo_store, client)
    event_id = _event(graph)["id"]
    assert _dates(graph, event_id, weeks=4) == [
        FIRST, second + timedelta(days=1, hours=2), FIRST + 3 * WEEK]
    graph.clear_requests()
    _push(demo_store, client)
    assert graph.count("*", r"/events") == 0  # each date went once


def test_cancelling_the_series_cancels_the_event_once(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    event_id = _event(graph)["id"]
    series = meetings.get_series(demo_store, series.id)
    series.cancelled = True
    meetings.save_series(demo_store, series)
    _push(demo_store, client)
    _push(demo_store, client)
    assert graph.count("POST", r"/cancel$") == 1 and not graph.in_calendar(event_id)


def test_deleting_a_series_outlook_holds_cancels_it_there(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    event_id = _event(graph)["id"]
    meetings.delete_series(demo_store, series.id)
    assert calendar_waiting(demo_store) == 1  # the cancellation waits
    graph.drop_next("POST", r"/cancel$", times=10)
    assert _push(demo_store, client).stopped_by is not None  # offline: kept for later
    graph.clear_faults()
    _push(demo_store, client)
    assert not graph.in_calendar(event_id)
    assert calendar_waiting(demo_store) == 0


def test_a_rule_outlook_cannot_hold_is_refused_once_with_its_reason(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store, cadence=Cadence.CUSTOM,
                     custom_rrule="FREQ=WEEKLY;BYDAY=TU;BYHOUR=10,15")
    report = _push(demo_store, client)
    assert [n.kind for n in report.notices] == [NoticeKind.SERIES_REFUSED]
    assert "BYHOUR" in report.notices[0].detail
    assert "BYHOUR" in meetings.get_series(demo_store, series.id).outlook_problem
    graph.clear_requests()
    assert _push(demo_store, client).notices == []  # not repeated while nothing changed
    series = meetings.get_series(demo_store, series.id)
    series.cadence, series.custom_rrule = Cadence.WEEKLY, ""
    meetings.save_series(demo_store, series)
    _push(demo_store, client)
    assert len(graph.events()) == 1
    assert meetings.get_series(demo_store, series.id).outlook_problem == ""


# --- one meeting, one UID ---------------------------------------------------------------------
def test_a_series_invited_by_ics_is_not_invited_again_from_outlook(demo_store: Store) -> None:
    project_id = projects.find_project_id(demo_store, "JP-104")
    series = meetings.save_series(demo_store, series_data(demo_store, project_id))
    invites.export_series(demo_store, series.id, Method.REQUEST)  # the .ics went out
    series = meetings.get_series(demo_store, series.id)
    series.outlook = True
    with pytest.raises(KnownError) as caught:
        meetings.save_series(demo_store, series)
    assert caught.value.code is ErrorCode.INVITATION_CHANNEL
    assert series.uid in caught.value.message
    assert not meetings.get_series(demo_store, series.id).outlook


def test_an_outlook_series_exported_later_keeps_outlooks_uid(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    data = invites.export_series(demo_store, series.id, Method.REQUEST)
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert uids == {_event(graph)["iCalUId"]}
    series = meetings.get_series(demo_store, series.id)
    series.outlook = False
    with pytest.raises(KnownError) as caught:  # Outlook sent its invitations: it stays there
        meetings.save_series(demo_store, series)
    assert caught.value.code is ErrorCode.INVITATION_CHANNEL


# --- pull -------------------------------------------------------------------------------------
def test_a_date_moved_in_outlook_moves_in_the_planner_and_is_not_pushed_back(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    _pull(demo_store, client)
    event_id = _event(graph)["id"]
    second = FIRST + WEEK
    graph.move_event_in_outlook(_occurrence_id(graph, event_id, second),
                                datetime(2027, 1, 13, 15, 0), tz="Tokyo Standard Time")
    report = _pull(demo_store, client)
    assert [n.kind for n in report.notices] == [NoticeKind.OCCURRENCE_MOVED_REMOTELY]
    moved = occurrences.get_occurrence(demo_store, series.id, second)
    assert moved.state is OccurrenceState.MOVED
    assert moved.start == datetime(2027, 1, 13, 6, 0, tzinfo=UTC)
    graph.clear_requests()
    _push(demo_store, client)
    assert [(r.path, r.json) for r in graph.find("*", r"/events")] == []
    assert _pull(demo_store, client).notices == []  # a replay changes nothing


def test_a_date_cancelled_in_outlook_is_cancelled_in_the_planner(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    _pull(demo_store, client)
    third = FIRST + 2 * WEEK
    graph.cancel_event_in_outlook(_occurrence_id(graph, _event(graph)["id"], third))
    report = _pull(demo_store, client)
    assert [n.kind for n in report.notices] == [NoticeKind.OCCURRENCE_CANCELLED_REMOTELY]
    assert occurrences.get_occurrence(demo_store, series.id, third).state is \
        OccurrenceState.CANCELLED
    graph.clear_requests()
    _push(demo_store, client)
    assert graph.count("POST", r"/cancel$") == 0


def test_attendee_answers_in_outlook_update_their_status(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    _pull(demo_store, client)
    guest = series.attendees[0]
    graph.respond(_event(graph)["id"], guest.email, "tentativelyAccepted")
    report = _pull(demo_store, client)
    assert [n.kind for n in report.notices] == [NoticeKind.RESPONSES_UPDATED]
    assert guest.name in report.notices[0].detail
    assert meetings.get_series(demo_store, series.id).attendees[0].partstat is \
        PartStat.TENTATIVE
    graph.respond(_event(graph)["id"], guest.email, "declined")
    _pull(demo_store, client)
    assert meetings.get_series(demo_store, series.id).attendees[0].partstat is \
        PartStat.DECLINED


def test_a_series_cancelled_in_outlook_is_cancelled_here_without_a_second_notice(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    _pull(demo_store, client)
    graph.cancel_event_in_outlook(_event(graph)["id"])
    report = _pull(demo_store, client)
    assert [n.kind for n in report.notices] == [NoticeKind.CANCELLED_REMOTELY]
    assert meetings.get_series(demo_store, series.id).cancelled
    graph.clear_requests()
    _push(demo_store, client)
    assert graph.count("*", r"/events") == 0  # Outlook already told the attendees


def test_a_series_moved_to_another_hour_in_outlook_moves_here(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    _pull(demo_store, client)
    graph.move_event_in_outlook(_event(graph)["id"], datetime(2027, 1, 5, 14, 0),
                                tz="Tokyo Standard Time")
    report = _pull(demo_store, client)
    assert NoticeKind.MOVED_REMOTELY in [n.kind for n in report.notices]
    moved = meetings.get_series(demo_store, series.id)
    assert moved.start_time == time(14, 0) and moved.first_date == date(2027, 1, 5)
    graph.clear_requests()
    _push(demo_store, client)
    assert graph.count("PATCH", r"/events") == 0


def test_an_expired_calendar_link_reads_the_window_again(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    _pull(demo_store, client)
    graph.expire_delta_tokens()
    graph.respond(_event(graph)["id"], series.attendees[0].email, "accepted")
    report = _pull(demo_store, client)
    assert report.resynced == ["calendar"]
    assert meetings.get_series(demo_store, series.id).attendees[0].partstat is \
        PartStat.ACCEPTED


def test_nothing_is_asked_of_the_calendar_without_a_synced_series(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    graph.add_event("Someone else's meeting", datetime(2027, 1, 5, 9), datetime(2027, 1, 5, 10))
    assert _pull(demo_store, client) == PullReport()
    assert graph.count("*", r"calendar") == 0


def test_the_agenda_alone_sends_no_update_but_rides_along_with_one_that_matters(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    series = _series(demo_store)
    _push(demo_store, client)
    series = meetings.get_series(demo_store, series.id)
    series.objective = "新しい目的 New objective"
    meetings.save_series(demo_store, series)
    graph.clear_requests()
    _push(demo_store, client)
    assert graph.count("PATCH", r"/events") == 0  # no update mail a week for the agenda
    series = meetings.get_series(demo_store, series.id)
    series.location = "会議室C"
    meetings.save_series(demo_store, series)
    _push(demo_store, client)
    sent = graph.find("PATCH", r"^/me/events/[^/]+$")[0].json
    assert set(sent) == {"location", "body"}
    assert "新しい目的" in _event(graph)["body"]["content"]


def test_the_sync_command_carries_a_series_to_outlook(
        demo_store: Store, graph: FakeGraph, client: GraphClient) -> None:
    from cockpit.connectors.outlook.connector import OutlookConnector
    from cockpit.connectors.runner import run_once

    _series(demo_store)
    connector = OutlookConnector(demo_store, client)
    assert connector.waiting() >= 1
    result = run_once(demo_store, connector)
    assert result.error is None and len(graph.events()) == 1
    assert NoticeKind.INVITED in [n.kind for n in result.notices]
    assert connector.waiting() == 0


def test_no_second_invitation_while_outlook_is_about_to_invite(demo_store: Store) -> None:
    series = _series(demo_store)  # handed to Outlook, not synced yet
    with pytest.raises(KnownError) as caught:
        invites.export_series(demo_store, series.id, Method.REQUEST)
    assert caught.value.code is ErrorCode.INVITATION_CHANNEL
    from cockpit.services import outlook_channel

    with pytest.raises(KnownError):
        outlook_channel.check_mail_invite(demo_store, series.id)
    assert not meetings.get_series(demo_store, series.id).ics_sent
