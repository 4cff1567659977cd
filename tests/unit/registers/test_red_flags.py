"""Red flags climb the escalation path on the customer's working days: a flag raised on
Friday at 17:00 in Tokyo moves from the project manager to the department director on Monday
at 17:00 (Tuesday when Monday is a holiday), and to C-level two working days later — once per
level, and never after it is resolved."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from cockpit.domain.enums import EscalationLevel as L
from cockpit.domain.red_flags import FlagCategory, FlagEventKind, Severity
from cockpit.errors import KnownError
from cockpit.services import care_settings, red_flags
from cockpit.store.store import Store
from tests.unit.messages import helpers
from tests.unit.registers.conftest import COO, DIRECTOR, tokyo

pytestmark = pytest.mark.both_databases


def _raise(store: Store, at: object, **kw: object) -> red_flags.Flag:
    return red_flags.raise_flag(store, helpers.PROJECT, title="Invoices show the wrong VAT",
                                category=FlagCategory.QUALITY, severity=Severity.HIGH,
                                raised_by_person_id=helpers.YAMADA.person_id,
                                raised_at=at, **kw)  # type: ignore[arg-type]


def _moves(flag: red_flags.Flag) -> list[tuple[object, L]]:
    return [(e.at.astimezone(tokyo(2026, 1, 1).tzinfo), e.level) for e in flag.events
            if e.kind is FlagEventKind.MOVED_UP]


def test_a_flag_raised_friday_evening_in_tokyo_moves_up_on_monday_then_wednesday(
        store: Store) -> None:
    flag = _raise(store, tokyo(2026, 12, 4, 17, 0))  # Friday
    assert (flag.key, flag.level, flag.raised_by) == ("RF-1", L.PROJECT, "山田 太郎")
    assert flag.next_move is not None and flag.next_move.at == tokyo(2026, 12, 7, 17, 0)
    assert [p.name for p in flag.people] == [helpers.PM.name]  # the vendor's PM first
    # the weekend does not count
    assert red_flags.get_flag(store, flag.id, tokyo(2026, 12, 7, 16, 59)).level is L.PROJECT
    monday = red_flags.get_flag(store, flag.id, tokyo(2026, 12, 7, 17, 0))
    assert monday.level is L.DEPARTMENT and monday.level_since == tokyo(2026, 12, 7, 17, 0)
    assert DIRECTOR[0] in [p.name for p in monday.people]
    assert monday.next_move is not None
    assert monday.next_move.at == tokyo(2026, 12, 9, 17, 0)  # two working days at this level
    top = red_flags.get_flag(store, flag.id, tokyo(2026, 12, 31))
    assert top.level is L.EXECUTIVE and top.next_move is None  # C-level is the top
    assert [p.name for p in top.people] == [COO[0]]


def test_the_clock_writes_each_move_once(store: Store) -> None:
    flag = _raise(store, tokyo(2026, 12, 4, 17, 0))
    assert red_flags.advance(store, tokyo(2026, 12, 7, 16, 0)) == []
    first = red_flags.advance(store, tokyo(2026, 12, 7, 17, 30))
    assert [(fid, m.to_level) for fid, m in first] == [(flag.id, L.DEPARTMENT)]
    assert red_flags.advance(store, tokyo(2026, 12, 7, 18, 0)) == []  # not again
    assert red_flags.advance(store, tokyo(2026, 12, 8, 12, 0)) == []
    later = red_flags.advance(store, tokyo(2026, 12, 20))
    assert [m.to_level for _, m in later] == [L.EXECUTIVE]
    assert red_flags.advance(store, tokyo(2027, 3, 1)) == []  # nothing above C-level
    stored = red_flags.get_flag(store, flag.id, tokyo(2027, 3, 1))
    # each move written at the moment its level's time ran out, not when the clock looked
    assert _moves(stored) == [(tokyo(2026, 12, 7, 17, 0), L.DEPARTMENT),
                              (tokyo(2026, 12, 9, 17, 0), L.EXECUTIVE)]
    assert stored.pending == ()


def test_a_holiday_and_a_company_day_off_do_not_count(store: Store) -> None:
    """Friday 8 January 2027: Monday the 11th is Coming of Age Day in Japan, and the company
    is closed on Wednesday the 13th."""
    from datetime import date
    care_settings.set_days_off(store, [date(2027, 1, 13)])
    flag = _raise(store, tokyo(2027, 1, 8, 17, 0))
    assert flag.next_move is not None and flag.next_move.at == tokyo(2027, 1, 12, 17, 0)
    moved = red_flags.get_flag(store, flag.id, tokyo(2027, 1, 12, 17, 0))
    assert moved.next_move is not None
    assert moved.next_move.at == tokyo(2027, 1, 15, 17, 0)  # Thursday and Friday


def test_outside_working_hours_the_clock_starts_when_work_begins(store: Store) -> None:
    flag = _raise(store, tokyo(2026, 12, 5, 11, 0))  # Saturday
    assert flag.next_move is not None and flag.next_move.at == tokyo(2026, 12, 8, 9, 0)


def test_a_resolved_flag_stops_moving(store: Store) -> None:
    flag = _raise(store, tokyo(2026, 12, 4, 17, 0))
    red_flags.advance(store, tokyo(2026, 12, 7, 17, 0))
    done = red_flags.resolve(store, flag.id, resolution="VAT rate table corrected",
                             root_cause="A rate change missed in the release checklist",
                             retrospective="Retrospective 2026-12-10 with the customer",
                             at=tokyo(2026, 12, 8, 10, 0))
    assert done.level is L.DEPARTMENT and done.next_move is None and not done.is_open
    assert red_flags.advance(store, tokyo(2027, 1, 31)) == []
    later = red_flags.get_flag(store, flag.id, tokyo(2027, 1, 31))
    assert later.level is L.DEPARTMENT and later.root_cause.startswith("A rate change")
    assert [e.kind for e in later.events] == [FlagEventKind.RAISED, FlagEventKind.MOVED_UP,
                                              FlagEventKind.RESOLVED]
    again = red_flags.reopen(store, flag.id, "It happened again on the credit notes",
                             at=tokyo(2026, 12, 11, 10, 0))
    assert again.is_open and again.next_move is not None
    assert again.next_move.at == tokyo(2026, 12, 15, 10, 0)  # the level's clock starts again


def test_by_hand_notes_answers_and_escalation_are_history(store: Store) -> None:
    flag = _raise(store, tokyo(2026, 12, 7, 10, 0))
    red_flags.add_note(store, flag.id, "Checked the VAT table: 8 % instead of 10 %",
                       at=tokyo(2026, 12, 7, 11, 0))
    red_flags.add_note(store, flag.id, "We found the cause and will fix it today",
                       answer=True, by="Marta", at=tokyo(2026, 12, 7, 12, 0))
    up = red_flags.escalate(store, flag.id, "Director to call the customer",
                            at=tokyo(2026, 12, 7, 13, 0))
    assert up.level is L.DEPARTMENT and up.next_move is not None
    assert up.next_move.at == tokyo(2026, 12, 9, 13, 0)
    assert [(e.kind, e.level, e.by) for e in up.events] == [
        (FlagEventKind.RAISED, L.PROJECT, helpers.PM.name),
        (FlagEventKind.NOTE, L.PROJECT, helpers.PM.name),
        (FlagEventKind.ANSWER, L.PROJECT, "Marta"),
        (FlagEventKind.ESCALATED, L.DEPARTMENT, helpers.PM.name)]
    red_flags.escalate(store, flag.id, at=tokyo(2026, 12, 7, 14, 0))
    with pytest.raises(KnownError, match="already at C-level"):
        red_flags.escalate(store, flag.id, at=tokyo(2026, 12, 7, 15, 0))


def test_limits_come_from_the_project(store: Store) -> None:
    from cockpit.services import projects

    passport = projects.get_passport(store, helpers.PROJECT)
    passport.fields.escalation_project_days = 3
    projects.save_passport(store, passport)
    flag = _raise(store, tokyo(2026, 12, 7, 10, 0))
    assert flag.next_move is not None and flag.next_move.at == tokyo(2026, 12, 10, 10, 0)


def test_a_flag_from_a_customer_mail(store: Store) -> None:
    from cockpit.store.models import MailItem

    with store.session() as s:
        s.add(MailItem(id="AAMk-complaint", folder="inbox", project_id=helpers.PROJECT,
                       subject="請求書の金額が違います", sender=helpers.YAMADA.email.upper(),
                       moment=tokyo(2026, 12, 7, 9, 30).astimezone(UTC),
                       body_preview="今月の請求書の消費税が8%になっています。"))
    flag = red_flags.flag_from_mail(store, "AAMk-complaint", category=FlagCategory.COST)
    assert (flag.title, flag.raised_by, flag.raised_by_person_id, flag.mail_id) == (
        "請求書の金額が違います", "山田 太郎", helpers.YAMADA.person_id, "AAMk-complaint")
    assert flag.raised_at == tokyo(2026, 12, 7, 9, 30)
    assert "消費税" in flag.description
    assert flag.next_move is not None
    assert flag.next_move.at - flag.raised_at == timedelta(days=1)


def test_bad_input_is_refused_and_nothing_written(store: Store) -> None:
    with pytest.raises(KnownError, match="needs title"):
        red_flags.raise_flag(store, helpers.PROJECT, title="  ")
    with pytest.raises(KnownError, match="time zone"):
        from datetime import datetime
        red_flags.raise_flag(store, helpers.PROJECT, title="x",
                             raised_at=datetime(2026, 12, 7, 10, 0))
    assert red_flags.list_flags(store) == []
