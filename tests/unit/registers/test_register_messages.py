"""The messages prefilled from the registers: the escalation notice to the flag's level, the
team notice of a confirmed change, the problem notice written from the problem's picture and
the remedial-plan update — each linked to its entry, in the project's language; nothing
internal reaches the customer."""

from __future__ import annotations

from datetime import date

import pytest

from cockpit.domain.change_workflow import Confirmation
from cockpit.domain.enums import EscalationLevel, Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.domain.passport import SprintData
from cockpit.domain.problem_register import ProblemData, RemedialStepData
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.errors import KnownError
from cockpit.messages.sources import Source
from cockpit.services import change_requests as crs
from cockpit.services import decision_log, messages, projects, red_flags
from cockpit.services import problem_register as problems
from cockpit.store.store import Store
from tests.unit.messages import helpers
from tests.unit.registers.conftest import DIRECTOR, tokyo

pytestmark = pytest.mark.both_databases


def _links(message: object) -> list[tuple[LinkTarget, str]]:
    return [(link.target, link.target_id) for link in message.links]  # type: ignore[attr-defined]


def test_the_escalation_notice_goes_to_the_new_levels_people(store: Store) -> None:
    flag = red_flags.raise_flag(store, helpers.PROJECT, title="Invoices show the wrong VAT",
                                description="8 % instead of 10 % since the release",
                                raised_by_person_id=helpers.YAMADA.person_id,
                                raised_at=tokyo(2026, 12, 4, 10, 0))
    red_flags.add_note(store, flag.id, "Rate table not updated in the release",
                       at=tokyo(2026, 12, 4, 11, 0))
    red_flags.escalate(store, flag.id, at=tokyo(2026, 12, 4, 12, 0))
    notice = messages.compose(store, MessageKind.ESCALATION_NOTICE,
                              Source(helpers.PROJECT, red_flag_id=flag.id))
    assert notice.to == f"{DIRECTOR[0]} <{DIRECTOR[1]}>" and notice.cc == ""
    assert notice.subject == f"[{helpers.CODE}] Escalation RF-1: Invoices show the wrong VAT"
    assert notice.body.startswith(f"Hello {DIRECTOR[0]},")
    assert "the department director" in notice.body
    assert "Rate table not updated in the release" in notice.body  # the history, internal
    assert "8 % instead of 10 %" in notice.body
    assert _links(notice) == [(LinkTarget.RED_FLAG, flag.id)]
    assert red_flags.get_flag(store, flag.id).level is EscalationLevel.DEPARTMENT


def test_the_team_is_told_of_a_confirmed_change(store: Store) -> None:
    passport = projects.get_passport(store, helpers.PROJECT)
    passport.sprints = [SprintData(name="Sprint 11", start_on=date(2026, 12, 7),
                                   end_on=date(2026, 12, 18))]
    lead = next(m for m in passport.members if m.person_id == helpers.LEAD.person_id)
    lead.reports = lead.reports | {MessageKind.TEAM_NOTICE}
    projects.save_passport(store, passport)
    crs.move(store, helpers.CR_CSV, S.SENT)
    crs.move(store, helpers.CR_CSV, S.CONFIRMED,
             confirmation=Confirmation(note="Confirmed in the weekly call", on=date(2026, 12, 3)))
    crs.move(store, helpers.CR_CSV, S.SCHEDULED, sprint="Sprint 11")
    notice = messages.compose(store, MessageKind.TEAM_NOTICE,
                              Source(helpers.PROJECT, change_request_id=helpers.CR_CSV))
    assert helpers.LEAD.email in notice.to + notice.cc
    assert helpers.YAMADA.email not in notice.to + notice.cc  # the vendor team only
    assert notice.subject == (f"[{helpers.CODE}] CR-7 confirmed for Sprint 11: Export "
                              "invoices to CSV")
    assert "16 hours" in notice.body and "Confirmed in the weekly call" in notice.body
    messages.mark_ready(store, notice.id, confirmed=True)
    messages.mark_sent(store, notice.id)
    assert crs.get_request(store, helpers.CR_CSV).status is S.TEAM_INFORMED


def test_the_problem_notice_and_plan_update_are_written_from_the_problem(store: Store) -> None:
    problem = problems.record(store, helpers.PROJECT, ProblemData(
        title="Nightly batch stopped", found_at=tokyo(2026, 12, 7, 8, 0),
        impact_business="Invoices go out a day late", impact_users="None directly",
        schedule_impact="Month-end closing moves by a day", new_date=date(2026, 12, 11),
        solution_options="Split the batch\nAdd memory", workaround="Run it in two halves",
        resources="Two developers full time",
        steps=[RemedialStepData("Split the batch in two jobs", helpers.LEAD.person_id,
                                date(2026, 12, 9), date(2026, 12, 9)),
               RemedialStepData("Load test with December's volume", helpers.DEV.person_id,
                                date(2026, 12, 11))]))
    notice = messages.compose(store, MessageKind.PROBLEM_NOTICE,
                              Source(helpers.PROJECT, problem_id=problem.id))
    body = notice.body
    for text in ("On your business: Invoices go out a day late", "1. Split the batch",
                 "2. Add memory", "Run it in two halves", "Month-end closing moves by a day",
                 "The new date is 11 Dec 2026", "- Split the batch in two jobs (Piotr Nowak",
                 "We have put on it: Two developers full time"):
        assert text in body, text
    assert "[[Impact on your users]]" not in body and "[[Second option]]" not in body
    assert _links(notice) == [(LinkTarget.PROBLEM, problem.id)]
    update = messages.compose(store, MessageKind.REMEDIAL_PLAN,
                              Source(helpers.PROJECT, problem_id=problem.id))
    assert update.subject == f"[{helpers.CODE}] Update on PB-1: Nightly batch stopped"
    assert "- Done 9 Dec 2026: Split the batch in two jobs (Piotr Nowak)" in update.body
    assert "- By 11 Dec 2026: Load test with December's volume (Olga Orlova)" in update.body
    assert helpers.YAMADA.email in update.to  # the problem notices' receivers


def test_a_japanese_project_gets_them_in_japanese(store: Store) -> None:
    passport = projects.get_passport(store, helpers.PROJECT)
    passport.fields.language = Language.JA
    projects.save_passport(store, passport)
    problem = problems.record(store, helpers.PROJECT, ProblemData(
        title="夜間バッチの停止", workaround="手動で2回に分けて実行"))
    notice = messages.compose(store, MessageKind.REMEDIAL_PLAN,
                              Source(helpers.PROJECT, problem_id=problem.id))
    assert notice.subject.startswith(f"[{helpers.CODE}] 【続報】PB-1 夜間バッチの停止")
    assert "様" in notice.body.splitlines()[1] and "手動で2回に分けて実行" in notice.body


def test_an_internal_decision_is_never_written_to_the_customer(store: Store) -> None:
    internal = decision_log.record(store, helpers.PROJECT, "We absorb the extra UAT week",
                                   date(2026, 12, 4), internal=True)
    with pytest.raises(KnownError, match="internal"):
        messages.compose(store, MessageKind.DECISION,
                         Source(helpers.PROJECT, decision_id=internal.id))
    shared = decision_log.record(store, helpers.PROJECT, "UAT runs two weeks",
                                 date(2026, 12, 4))
    confirmation = messages.compose(store, MessageKind.DECISION,
                                    Source(helpers.PROJECT, decision_id=shared.id))
    assert "UAT runs two weeks" in confirmation.body
    assert _links(confirmation) == [(LinkTarget.DECISION, shared.id)]


def test_the_biweekly_report_lists_the_next_milestones_and_recorded_decisions(
        store: Store) -> None:
    from cockpit.domain.passport import MilestoneData

    passport = projects.get_passport(store, helpers.PROJECT)
    passport.milestones = [MilestoneData("Design signed off", date(2026, 11, 2),
                                         date(2026, 11, 2)),
                           MilestoneData("UAT starts", date(2026, 12, 14)),
                           MilestoneData("Go-live", date(2027, 1, 15))]
    projects.save_passport(store, passport)
    decision_log.record(store, helpers.PROJECT, "UAT runs two weeks", date(2026, 11, 20))
    decision_log.record(store, helpers.PROJECT, "We absorb the extra week", date(2026, 11, 20),
                        internal=True)
    report = messages.compose(store, MessageKind.BIWEEKLY_REPORT,
                              Source(helpers.PROJECT, today=helpers.TODAY))
    body = report.body
    assert "**Next milestones**" in body
    assert "- UAT starts: 14 Dec 2026" in body and "- Go-live: 15 Jan 2027" in body
    assert "Design signed off" not in body
    assert "- UAT runs two weeks" in body and "absorb" not in body
