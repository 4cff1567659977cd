"""What is open in the registers is on the next governance meeting's agenda, worded in the
agenda's language: change requests awaiting the customer's decision, every open red flag
with where it stands, open problems with their workaround and fix date, the next milestones —
and nothing closed, resolved or internal."""

from __future__ import annotations

from datetime import date

import pytest

from cockpit.domain.change_workflow import Confirmation
from cockpit.domain.enums import Language
from cockpit.domain.meetings import SeriesType
from cockpit.domain.passport import MilestoneData
from cockpit.domain.problem_register import ProblemData, ProblemStatus
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.services import change_requests as crs
from cockpit.services import invites, projects, red_flags
from cockpit.services import problem_register as problems
from cockpit.store.default_templates import shipped_agenda
from cockpit.store.store import Store
from tests.unit.messages import helpers
from tests.unit.registers.conftest import tokyo

pytestmark = pytest.mark.both_databases


def _open_registers(store: Store) -> None:
    passport = projects.get_passport(store, helpers.PROJECT)
    passport.milestones = [
        MilestoneData("Design signed off", date(2026, 11, 20), date(2026, 11, 20)),
        MilestoneData("UAT starts", date(2026, 12, 14)),
        MilestoneData("Go-live", date(2027, 1, 15)),
        MilestoneData("Hypercare ends", date(2027, 2, 15)),
        MilestoneData("Handover", date(2027, 3, 1))]
    projects.save_passport(store, passport)
    # CR-7 is estimated: sending it puts it before the customer
    crs.move(store, helpers.CR_CSV, S.SENT)
    red_flags.raise_flag(store, helpers.PROJECT, title="Invoices show the wrong VAT rate",
                         raised_at=tokyo(2026, 12, 1, 10, 0))
    gone = red_flags.raise_flag(store, helpers.PROJECT, title="Late answer to a question",
                                raised_at=tokyo(2026, 12, 2, 10, 0))
    red_flags.add_note(store, gone.id, "INTERNAL: the lead was on holiday",
                       at=tokyo(2026, 12, 2, 11, 0))
    red_flags.resolve(store, gone.id, resolution="Answered", at=tokyo(2026, 12, 2, 12, 0))
    problems.record(store, helpers.PROJECT, ProblemData(
        title="Nightly batch stopped: out of memory", workaround="Run it in two halves",
        new_date=date(2026, 12, 11)))
    closed = problems.record(store, helpers.PROJECT, ProblemData(
        title="Old export broke", fix_testing="tested", lessons_learned="learned"))
    problems.set_status(store, closed.id, ProblemStatus.CLOSED)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("- ")]


def test_the_weekly_agenda_carries_what_is_open(store: Store) -> None:
    _open_registers(store)
    text = invites.render_agenda(store, helpers.SERIES).text
    lines = _lines(text)
    assert "- CR-7 Export invoices to CSV (16 h) — awaiting your decision" in lines
    flag = next(line for line in lines if "RF-1" in line)
    assert "Invoices show the wrong VAT rate" in flag and "1 Dec 2026" in flag
    assert "project manager" in flag or "department director" in flag or "C-level" in flag
    assert ("- PB-1 Nightly batch stopped: out of memory (workaround: Run it in two halves) "
            "— fix expected by 11 Dec 2026") in lines
    for absent in ("RF-2", "Late answer", "INTERNAL", "PB-2", "Old export", "CR-8"):
        assert absent not in text


def test_the_biweekly_agenda_lists_the_next_milestones(store: Store) -> None:
    _open_registers(store)
    body = shipped_agenda(SeriesType.BIWEEKLY_STATUS, Language.EN)
    text = invites.render_agenda(store, helpers.SERIES, body=body).text
    assert "- UAT starts — 14 Dec 2026" in _lines(text)
    assert "Go-live" in text and "Hypercare ends" in text
    assert "Design signed off" not in text  # reached
    assert "Handover" not in text  # the next three only


def test_a_japanese_agenda_words_them_in_japanese(store: Store) -> None:
    _open_registers(store)
    crs.move(store, helpers.CR_CSV, S.CONFIRMED, confirmation=Confirmation(
        note="電話で承認", on=date(2026, 12, 1)))
    crs.move(store, helpers.CR_LOGO, S.ESTIMATED, hours="2.50",
             estimated_by_person_id=helpers.LEAD.person_id)
    crs.move(store, helpers.CR_LOGO, S.SENT)
    body = shipped_agenda(SeriesType.WEEKLY_STATUS, Language.JA)
    text = invites.render_agenda(store, helpers.SERIES, body=body, language=Language.JA).text
    lines = _lines(text)
    assert "- CR-8 帳票にロゴを追加（お見積り 2.5時間）：ご判断をお願いいたします" in lines
    assert not any("CR-7" in line for line in lines)  # confirmed: no longer awaiting
    flag = next(line for line in lines if "RF-1" in line)
    assert "2026年12月1日にご指摘" in flag and "が対応中" in flag
    assert any(line.startswith("- PB-1") and "暫定対応：Run it in two halves" in line
               for line in lines)
