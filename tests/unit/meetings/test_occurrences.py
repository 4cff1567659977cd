"""Occurrences as a PM runs them: the agenda view across projects, moving, cancelling and
restoring a date, its own agenda, minutes, the decision log and action items that carry over."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cockpit.domain.meetings import (
    Cadence,
    MinutesItemData,
    MinutesKind,
    OccurrenceState,
    SeriesData,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import invites, meetings, occurrences
from cockpit.store.models import MeetingOccurrence, MeetingSeries, MinutesItem
from cockpit.store.store import Store
from tests.unit.meetings.helpers import at, count, customer_pm, members, save, vendor_pm

pytestmark = pytest.mark.both_databases

JAN = datetime(2027, 1, 4, tzinfo=UTC)  # a Monday
FEB = datetime(2027, 2, 1, tzinfo=UTC)
TUESDAYS = [date(2027, 1, 5), date(2027, 1, 12), date(2027, 1, 19), date(2027, 1, 26)]
BERLIN = "Europe/Berlin"


def _weekly(store: Store, project_id: str, **overrides: object) -> SeriesData:
    """JP-104 weekly status: Tuesdays 10:00 Tokyo (01:00 UTC) from 5 January 2027."""
    return save(store, project_id, **overrides)


def _biweekly(store: Store, project_id: str) -> SeriesData:
    """DE-102 biweekly status: every other Thursday 09:00 Berlin (08:00 UTC) from 7 January."""
    return save(store, project_id, title="Biweekly status", cadence=Cadence.EVERY_N_WEEKS,
                interval=2, first_date=date(2027, 1, 7), start_time=time(9, 0), time_zone=BERLIN,
                duration_minutes=60)


def _starts(views: list[occurrences.OccurrenceView], series_id: str | None = None) -> list[str]:
    return [f"{v.occurrence.start.astimezone(ZoneInfo(v.time_zone)):%m-%d %H:%M}"
            for v in views if series_id is None or v.series_id == series_id]


def test_upcoming_lists_every_project_in_time_order_within_the_window(
        demo_store: Store, jp104: str, de102: str) -> None:
    weekly, biweekly = _weekly(demo_store, jp104), _biweekly(demo_store, de102)

    views = occurrences.upcoming(demo_store, JAN, FEB)

    assert [(v.project_code, f"{v.occurrence.start:%m-%d %H:%M}") for v in views] == [
        ("JP-104", "01-05 01:00"), ("DE-102", "01-07 08:00"), ("JP-104", "01-12 01:00"),
        ("JP-104", "01-19 01:00"), ("DE-102", "01-21 08:00"), ("JP-104", "01-26 01:00")]
    assert _starts(views, weekly.id) == ["01-05 10:00", "01-12 10:00", "01-19 10:00",
                                         "01-26 10:00"]
    assert _starts(views, biweekly.id) == ["01-07 09:00", "01-21 09:00"]
    assert all(JAN <= v.occurrence.start < FEB for v in views)
    first = views[0]
    assert (first.title, first.time_zone, first.project_id) == (weekly.title, "Asia/Tokyo", jp104)
    assert first.end - first.occurrence.start == timedelta(minutes=45)
    assert all(v.occurrence.state is OccurrenceState.SCHEDULED and not v.has_minutes
               for v in views)
    # one project only
    assert {v.project_code for v in occurrences.upcoming(demo_store, JAN, FEB,
                                                         project_id=de102)} == {"DE-102"}


def test_the_window_includes_its_start_and_excludes_its_end(demo_store: Store,
                                                            jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    after, before = at(TUESDAYS[1], 10), at(TUESDAYS[3], 10)
    assert _starts(occurrences.upcoming(demo_store, after, before), weekly.id) == [
        "01-12 10:00", "01-19 10:00"]
    assert occurrences.upcoming(demo_store, at(TUESDAYS[0], 10, 1), at(TUESDAYS[1], 10)) == []


def test_a_moved_meeting_shows_at_its_new_time_only(demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    original = at(TUESDAYS[1], 10)
    new_start = datetime(2027, 1, 13, 14, 30, tzinfo=ZoneInfo("Asia/Tokyo"))

    moved = occurrences.reschedule(demo_store, weekly.id, original, new_start,
                                   duration_minutes=60)

    assert moved.state is OccurrenceState.MOVED
    assert moved.start == new_start and moved.original_start == original
    views = occurrences.upcoming(demo_store, JAN, FEB)
    assert _starts(views) == ["01-05 10:00", "01-13 14:30", "01-19 10:00", "01-26 10:00"]
    shown = views[1]
    assert shown.occurrence.state is OccurrenceState.MOVED
    assert shown.occurrence.original_start == original
    assert shown.end == new_start + timedelta(minutes=60)
    # only that date: the series itself did not move
    assert meetings.get_series(demo_store, weekly.id).start_time == weekly.start_time
    assert occurrences.get_occurrence(demo_store, weekly.id, original).start == new_start


def test_moving_a_meeting_out_of_the_window_and_back(demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    original = at(TUESDAYS[3], 10)
    later = at(date(2027, 2, 3), 16)
    occurrences.reschedule(demo_store, weekly.id, original, later)
    assert _starts(occurrences.upcoming(demo_store, JAN, FEB)) == [
        "01-05 10:00", "01-12 10:00", "01-19 10:00"]
    february = occurrences.upcoming(demo_store, FEB, FEB + timedelta(days=7))
    assert _starts(february) == ["02-02 10:00", "02-03 16:00"]

    back = occurrences.reschedule(demo_store, weekly.id, original, original)
    assert back.state is OccurrenceState.SCHEDULED
    assert _starts(occurrences.upcoming(demo_store, JAN, FEB)) == [
        "01-05 10:00", "01-12 10:00", "01-19 10:00", "01-26 10:00"]


def test_cancel_hides_a_date_and_restore_brings_it_back(demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    original = at(TUESDAYS[2], 10)

    cancelled = occurrences.cancel(demo_store, weekly.id, original)

    assert cancelled.state is OccurrenceState.CANCELLED
    assert _starts(occurrences.upcoming(demo_store, JAN, FEB)) == [
        "01-05 10:00", "01-12 10:00", "01-26 10:00"]
    everything = occurrences.upcoming(demo_store, JAN, FEB, include_cancelled=True)
    assert _starts(everything) == ["01-05 10:00", "01-12 10:00", "01-19 10:00", "01-26 10:00"]
    assert everything[2].occurrence.state is OccurrenceState.CANCELLED

    restored = occurrences.restore(demo_store, weekly.id, original)
    assert restored.state is OccurrenceState.SCHEDULED
    views = occurrences.upcoming(demo_store, JAN, FEB)
    assert _starts(views) == ["01-05 10:00", "01-12 10:00", "01-19 10:00", "01-26 10:00"]
    assert views[2].occurrence.state is OccurrenceState.SCHEDULED


def test_restoring_a_moved_then_cancelled_meeting_keeps_its_new_time(demo_store: Store,
                                                                      jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    original = at(TUESDAYS[0], 10)
    occurrences.reschedule(demo_store, weekly.id, original, at(TUESDAYS[0], 15))
    occurrences.cancel(demo_store, weekly.id, original)
    assert _starts(occurrences.upcoming(demo_store, JAN, FEB))[0] == "01-12 10:00"
    restored = occurrences.restore(demo_store, weekly.id, original)
    assert restored.state is OccurrenceState.MOVED
    assert _starts(occurrences.upcoming(demo_store, JAN, FEB))[0] == "01-05 15:00"




def test_a_cancelled_date_stays_cancelled_when_the_series_moves_to_another_hour(
        demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    occurrences.cancel(demo_store, weekly.id, at(TUESDAYS[2], 10))
    meetings.save_series(demo_store, dataclasses.replace(weekly, start_time=time(11, 0)))
    assert _starts(occurrences.upcoming(demo_store, JAN, FEB)) == [
        "01-05 11:00", "01-12 11:00", "01-26 11:00"]


@pytest.mark.parametrize("when", [
    at(date(2027, 1, 6), 10),  # a Wednesday
    at(TUESDAYS[1], 11),  # the right day, the wrong hour
    at(date(2026, 12, 29), 10),  # a Tuesday before the first meeting
    at(date(2027, 3, 2), 10),  # after the series ends
])
def test_a_date_the_series_never_has_is_refused(demo_store: Store, jp104: str,
                                                when: datetime) -> None:
    weekly = _weekly(demo_store, jp104, until=date(2027, 2, 28))
    attempts = [
        lambda: occurrences.reschedule(demo_store, weekly.id, when, when + timedelta(hours=1)),
        lambda: occurrences.cancel(demo_store, weekly.id, when),
        lambda: occurrences.restore(demo_store, weekly.id, when),
        lambda: occurrences.set_agenda(demo_store, weekly.id, when, "Agenda"),
        lambda: occurrences.save_minutes(demo_store, weekly.id, when,
                                         [MinutesItemData(MinutesKind.POINT, "Discussed")]),
        lambda: occurrences.get_occurrence(demo_store, weekly.id, when),
    ]
    for attempt in attempts:
        with pytest.raises(KnownError) as caught:
            attempt()
        assert caught.value.code is ErrorCode.NOT_FOUND
    assert count(demo_store, MeetingOccurrence) == 0


def test_an_unknown_series_is_not_found(demo_store: Store) -> None:
    with pytest.raises(KnownError) as caught:
        occurrences.cancel(demo_store, "no-such-series", at(TUESDAYS[0], 10))
    assert caught.value.code is ErrorCode.NOT_FOUND


def test_a_new_time_without_a_time_zone_is_refused(demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    with pytest.raises(ValueError, match="time zone"):
        occurrences.reschedule(demo_store, weekly.id, at(TUESDAYS[0], 10),
                               datetime(2027, 1, 5, 15, 0))
    assert count(demo_store, MeetingOccurrence) == 0


def test_an_own_agenda_for_one_date_and_back_to_the_template(demo_store: Store,
                                                              jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    original, other = at(TUESDAYS[1], 10), at(TUESDAYS[2], 10)
    own = "特別議題: UAT 開始判定 (30 min)\n1. Go / no-go (15 min)"

    stored = occurrences.set_agenda(demo_store, weekly.id, original, own)

    assert stored.agenda == own
    assert occurrences.get_occurrence(demo_store, weekly.id, original).agenda == own
    agenda = invites.render_agenda(demo_store, weekly.id, original)
    assert agenda.text.strip() == own and agenda.planned_minutes == 45
    template = invites.render_agenda(demo_store, weekly.id, other)
    assert "UAT 開始判定" not in template.text and "目的：Keep the customer informed" in \
        template.text
    # the date is still where it was: an own agenda is not a move
    assert occurrences.get_occurrence(demo_store, weekly.id, original).state is \
        OccurrenceState.SCHEDULED

    occurrences.set_agenda(demo_store, weekly.id, original, None)
    assert occurrences.get_occurrence(demo_store, weekly.id, original).agenda is None
    back = invites.render_agenda(demo_store, weekly.id, original).text
    assert "UAT 開始判定" not in back and "目的：Keep the customer informed" in back


def _item(kind: MinutesKind, text: str, **kw: object) -> MinutesItemData:
    return MinutesItemData(kind, text, **kw)  # type: ignore[arg-type]


def test_minutes_are_saved_replaced_and_reordered(demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    meeting = at(TUESDAYS[0], 10)
    owner = customer_pm(demo_store, jp104)
    point = _item(MinutesKind.POINT, "進捗: テスト環境の準備完了")
    decision = _item(MinutesKind.DECISION, "Go-live on 15 January")
    action = _item(MinutesKind.ACTION, "Share the test plan", owner_person_id=owner.person_id,
                   due_on=date(2027, 1, 8))

    saved = occurrences.save_minutes(demo_store, weekly.id, meeting, [point, decision, action])

    assert [(m.kind, m.text) for m in saved] == [
        (MinutesKind.POINT, "進捗: テスト環境の準備完了"),
        (MinutesKind.DECISION, "Go-live on 15 January"),
        (MinutesKind.ACTION, "Share the test plan")]
    read = occurrences.get_minutes(demo_store, weekly.id, meeting)
    assert [m.id for m in read] == [point.id, decision.id, action.id]
    assert (read[2].owner_person_id, read[2].due_on) == (owner.person_id, date(2027, 1, 8))
    assert occurrences.upcoming(demo_store, JAN, FEB)[0].has_minutes

    # the PM reorders, edits one, drops one and adds one
    decision.text = "Go-live on 22 January"
    extra = _item(MinutesKind.POINT, "Risks reviewed")
    occurrences.save_minutes(demo_store, weekly.id, meeting, [action, extra, decision])

    read = occurrences.get_minutes(demo_store, weekly.id, meeting)
    assert [m.text for m in read] == ["Share the test plan", "Risks reviewed",
                                      "Go-live on 22 January"]
    assert [m.id for m in read] == [action.id, extra.id, decision.id]
    assert count(demo_store, MinutesItem) == 3
    # other dates have none
    assert occurrences.get_minutes(demo_store, weekly.id, at(TUESDAYS[1], 10)) == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_minutes_item_is_refused_and_the_minutes_stay(demo_store: Store, jp104: str,
                                                               text: str) -> None:
    weekly = _weekly(demo_store, jp104)
    meeting = at(TUESDAYS[0], 10)
    occurrences.save_minutes(demo_store, weekly.id, meeting,
                             [_item(MinutesKind.POINT, "Kept")])
    with pytest.raises(KnownError) as caught:
        occurrences.save_minutes(demo_store, weekly.id, meeting,
                                 [_item(MinutesKind.POINT, "New"), _item(MinutesKind.ACTION, text)])
    assert caught.value.code is ErrorCode.VALIDATION
    assert [m.text for m in occurrences.get_minutes(demo_store, weekly.id, meeting)] == ["Kept"]


def test_an_action_owner_who_is_not_a_person_is_refused(demo_store: Store, jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    meeting = at(TUESDAYS[1], 10)
    with pytest.raises(KnownError) as caught:
        occurrences.save_minutes(demo_store, weekly.id, meeting, [
            _item(MinutesKind.ACTION, "Ghost task", owner_person_id="no-such-person")])
    assert caught.value.code is ErrorCode.VALIDATION
    assert occurrences.get_minutes(demo_store, weekly.id, meeting) == []
    assert count(demo_store, MinutesItem) == 0


def test_the_decision_log_lists_decisions_with_their_meeting(demo_store: Store, jp104: str,
                                                             de102: str) -> None:
    weekly = _weekly(demo_store, jp104)
    review = save(demo_store, jp104, title="Executive review", cadence=Cadence.EVERY_N_MONTHS,
                  interval=6, first_date=date(2027, 1, 13))
    other_project = _biweekly(demo_store, de102)
    occurrences.save_minutes(demo_store, weekly.id, at(TUESDAYS[2], 10), [
        _item(MinutesKind.POINT, "Discussed the budget"),
        _item(MinutesKind.DECISION, "UAT extended by one week"),
        _item(MinutesKind.ACTION, "Update the plan")])
    occurrences.save_minutes(demo_store, review.id, at(date(2027, 1, 13), 10), [
        _item(MinutesKind.DECISION, "Phase 2 approved")])
    occurrences.save_minutes(demo_store, weekly.id, at(TUESDAYS[0], 10), [
        _item(MinutesKind.DECISION, "Go-live moved to March")])
    occurrences.save_minutes(demo_store, other_project.id, at(date(2027, 1, 7), 9, zone=BERLIN),
                             [_item(MinutesKind.DECISION, "Another customer's decision")])

    log = occurrences.decision_log(demo_store, jp104)

    assert [(d.item.text, d.series_title, d.meeting_start) for d in log] == [
        ("Go-live moved to March", weekly.title, at(TUESDAYS[0], 10)),
        ("Phase 2 approved", "Executive review", at(date(2027, 1, 13), 10)),
        ("UAT extended by one week", weekly.title, at(TUESDAYS[2], 10))]
    assert [d.item.text for d in occurrences.decision_log(demo_store, de102)] == [
        "Another customer's decision"]


def test_open_actions_carry_over_from_several_meetings_until_done(demo_store: Store,
                                                                   jp104: str) -> None:
    weekly = _weekly(demo_store, jp104)
    people = {m.role: m for m in members(demo_store, jp104)}
    pm, owner = vendor_pm(demo_store, jp104), people["Product owner"]
    done = _item(MinutesKind.ACTION, "Send the contract draft", owner_person_id=pm.person_id,
                 done_on=date(2027, 1, 10))
    occurrences.save_minutes(demo_store, weekly.id, at(TUESDAYS[0], 10), [
        _item(MinutesKind.ACTION, "Share the test plan", owner_person_id=owner.person_id,
              due_on=date(2027, 1, 8)),
        done,
        _item(MinutesKind.DECISION, "Not an action")])
    occurrences.save_minutes(demo_store, weekly.id, at(TUESDAYS[1], 10), [
        _item(MinutesKind.ACTION, "Book the UAT room", owner_person_id=pm.person_id),
        _item(MinutesKind.ACTION, "Ask legal", internal=True)])

    actions = occurrences.open_actions(demo_store, jp104)

    assert [(a.item.text, a.owner_name, a.meeting_start.date()) for a in actions] == [
        ("Share the test plan", owner.name, TUESDAYS[0]),
        ("Book the UAT room", pm.name, TUESDAYS[1]),
        ("Ask legal", "", TUESDAYS[1])]
    assert actions[2].item.internal

    # ticking one off in a later meeting's minutes removes it from the open list
    first = occurrences.get_minutes(demo_store, weekly.id, at(TUESDAYS[0], 10))
    first[0].done_on = date(2027, 1, 12)
    occurrences.save_minutes(demo_store, weekly.id, at(TUESDAYS[0], 10), first)
    assert [a.item.text for a in occurrences.open_actions(demo_store, jp104)] == [
        "Book the UAT room", "Ask legal"]


def test_deleting_a_series_removes_its_occurrences_and_minutes(demo_store: Store, jp104: str,
                                                               de102: str) -> None:
    weekly, other = _weekly(demo_store, jp104), _biweekly(demo_store, de102)
    occurrences.save_minutes(demo_store, weekly.id, at(TUESDAYS[0], 10), [
        _item(MinutesKind.DECISION, "Gone with the series"),
        _item(MinutesKind.ACTION, "Also gone")])
    occurrences.cancel(demo_store, weekly.id, at(TUESDAYS[1], 10))
    occurrences.save_minutes(demo_store, other.id, at(date(2027, 1, 7), 9, zone=BERLIN),
                             [_item(MinutesKind.POINT, "Stays")])
    assert count(demo_store, MeetingOccurrence) == 3

    meetings.delete_series(demo_store, weekly.id)

    assert [s.id for s in meetings.list_series(demo_store, jp104)] == []
    assert count(demo_store, MeetingSeries) == 1
    assert count(demo_store, MeetingOccurrence) == 1 and count(demo_store, MinutesItem) == 1
    assert occurrences.decision_log(demo_store, jp104) == []
    assert occurrences.open_actions(demo_store, jp104) == []
    assert {v.series_id for v in occurrences.upcoming(demo_store, JAN, FEB)} == {other.id}
    with pytest.raises(KnownError) as caught:
        meetings.get_series(demo_store, weekly.id)
    assert caught.value.code is ErrorCode.NOT_FOUND
