"""What the registers owe on Today (the care engine): a complaint's answer, the notice to a
level the flag moved up to, the deadline before it moves; change requests waiting for an
estimate, the customer or the team; decisions not confirmed in writing; problems the customer
was not told of and remedial steps overdue — each gone once done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cockpit.care.actions import Verb, target_of
from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.change_workflow import Confirmation
from cockpit.domain.enums import MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.domain.passport import SprintData
from cockpit.domain.problem_register import ProblemData, RemedialStepData
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.services import change_requests as crs
from cockpit.services import decision_log, messages, projects, red_flags
from cockpit.services import problem_register as problems
from cockpit.store.models import MessageLink
from cockpit.store.store import Store
from tests.unit.messages import helpers
from tests.unit.registers.conftest import DIRECTOR, tokyo

pytestmark = pytest.mark.both_databases


def _items(store: Store, at: datetime, rule: str) -> dict[str, CareItem]:
    return {i.key.rpartition(":")[0].rpartition(":")[2] if i.key.count(":") > 1
            else i.key: i for i in due_items(store, at, project_id=helpers.PROJECT, rule=rule)}


def _keys(store: Store, at: datetime, rule: str) -> list[str]:
    return sorted(i.key for i in due_items(store, at, project_id=helpers.PROJECT, rule=rule))


def _send_linked(store: Store, kind: MessageKind, target: LinkTarget, target_id: str,
                 when: datetime) -> None:
    draft = messages.new_message(store, helpers.PROJECT, kind, to=helpers.YAMADA.email,
                                 subject="about it")
    with store.session() as s:
        s.add(MessageLink(message_id=draft.id, target=target, target_id=target_id))
    messages.sent_remotely(store, draft.id, when.astimezone(UTC))


def test_a_complaint_is_answered_then_each_level_is_told(store: Store) -> None:
    flag = red_flags.raise_flag(store, helpers.PROJECT, title="Invoices show the wrong VAT",
                                raised_by_person_id=helpers.YAMADA.person_id,
                                raised_at=tokyo(2026, 12, 4, 16, 0))  # Friday
    friday = due_items(store, tokyo(2026, 12, 4, 16, 30), project_id=helpers.PROJECT,
                       rule="red_flag")
    answer = next(i for i in friday if i.key == f"red_flag:answer:{flag.id}")
    assert answer.due == tokyo(2026, 12, 4, 18, 0)  # 2 working hours, before Friday ends
    assert answer.recipients == (f"山田 太郎 <{helpers.YAMADA.email}>",)
    resolve = next(i for i in friday if i.key == f"red_flag:resolve:project:{flag.id}")
    assert resolve.due == tokyo(2026, 12, 7, 16, 0)  # when it moves up
    target = target_of_store(store, answer)
    assert (target.verb, target.register, target.entry_id) == (Verb.REGISTER, "red_flag",
                                                               flag.id)
    red_flags.add_note(store, flag.id, "We are correcting it today", answer=True,
                       at=tokyo(2026, 12, 4, 17, 0))
    assert f"red_flag:answer:{flag.id}" not in _keys(store, tokyo(2026, 12, 4, 17, 30),
                                                    "red_flag")
    monday = due_items(store, tokyo(2026, 12, 7, 15, 30), project_id=helpers.PROJECT,
                       rule="red_flag")
    assert [(i.key, i.state) for i in monday] == [
        (f"red_flag:resolve:project:{flag.id}", DueState.DUE)]  # it moves up at 16:00
    # the clock moves it up at 16:00 on Monday: the director is to be told
    evening = due_items(store, tokyo(2026, 12, 7, 16, 10), project_id=helpers.PROJECT,
                        rule="red_flag")
    notice = next(i for i in evening if i.key == f"red_flag:department:{flag.id}")
    assert notice.recipients == (f"{DIRECTOR[0]} <{DIRECTOR[1]}>",)
    assert notice.since == tokyo(2026, 12, 7, 16, 0)
    compose = target_of_store(store, notice)
    assert (compose.verb, compose.kind) == (Verb.COMPOSE, MessageKind("escalation_notice"))
    assert compose.source is not None and compose.source.red_flag_id == flag.id
    _send_linked(store, MessageKind.OTHER, LinkTarget.RED_FLAG, flag.id,
                 tokyo(2026, 12, 7, 16, 20))
    later = _keys(store, tokyo(2026, 12, 7, 16, 30), "red_flag")
    assert later == [f"red_flag:resolve:department:{flag.id}"]
    red_flags.resolve(store, flag.id, resolution="Fixed", at=tokyo(2026, 12, 8, 10, 0))
    assert _keys(store, tokyo(2026, 12, 8, 11, 0), "red_flag") == []


def target_of_store(store: Store, item: CareItem):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return target_of(s, item)


def test_change_requests_wait_for_the_estimate_the_customer_and_the_team(store: Store) -> None:
    passport = projects.get_passport(store, helpers.PROJECT)
    passport.sprints = [SprintData(name="Sprint 11", start_on=date(2026, 12, 7),
                                   end_on=date(2026, 12, 20))]
    projects.save_passport(store, passport)
    cr = crs.submit(store, helpers.PROJECT, title="PDF bulk download",
                    at=tokyo(2026, 12, 7, 10, 0))
    submitted = due_items(store, tokyo(2026, 12, 8, 10, 0), project_id=helpers.PROJECT,
                          rule="change_request")
    estimate = next(i for i in submitted if i.key == f"change_request:estimate:{cr.id}")
    assert estimate.due == tokyo(2026, 12, 9, 18, 0)  # two working days
    crs.move(store, cr.id, S.ESTIMATED, hours="8", estimated_by_person_id=helpers.LEAD.person_id,
             at=tokyo(2026, 12, 8, 11, 0))
    crs.move(store, cr.id, S.SENT, at=tokyo(2026, 12, 8, 12, 0))
    waiting = {i.key: i for i in due_items(store, tokyo(2026, 12, 10, 10, 0),
                                           project_id=helpers.PROJECT, rule="change_request")}
    customer = waiting[f"change_request:customer:{cr.id}"]
    assert customer.due == tokyo(2026, 12, 11, 18, 0) and helpers.YAMADA.email in \
        " ".join(customer.recipients)
    assert f"change_request:estimate:{cr.id}" not in waiting
    crs.move(store, cr.id, S.CONFIRMED, confirmation=Confirmation(note="phone",
                                                                  on=date(2026, 12, 7)),
             at=tokyo(2026, 12, 10, 11, 0))
    crs.move(store, cr.id, S.SCHEDULED, sprint="Sprint 11", at=tokyo(2026, 12, 10, 12, 0))
    team = next(i for i in due_items(store, tokyo(2026, 12, 10, 13, 0),
                                     project_id=helpers.PROJECT, rule="change_request")
                if i.key == f"change_request:team:{cr.id}")
    compose = target_of_store(store, team)
    assert compose.kind == MessageKind("team_notice")
    assert compose.source is not None and compose.source.change_request_id == cr.id
    crs.move(store, cr.id, S.TEAM_INFORMED, at=tokyo(2026, 12, 10, 14, 0))
    assert f"change_request:team:{cr.id}" not in _keys(store, tokyo(2026, 12, 10, 15, 0),
                                                      "change_request")


def test_an_unconfirmed_decision_is_owed_after_a_working_day(store: Store) -> None:
    decision = decision_log.record(store, helpers.PROJECT, "UAT runs two weeks",
                                   date(2026, 12, 4))
    key = f"decision_unconfirmed:{decision.id}"
    owed = {i.key: i for i in due_items(store, tokyo(2026, 12, 7, 19, 0),
                                        project_id=helpers.PROJECT, rule="decision_unconfirmed")}
    assert owed[key].due == tokyo(2026, 12, 7, 18, 0)  # Friday's, after Monday
    assert owed[key].state is DueState.OVERDUE
    target = target_of_store(store, owed[key])
    assert target.kind is MessageKind.DECISION and target.source.decision_id == decision.id
    decision_log.confirm(store, helpers.PROJECT, decision.id, note="Teams chat",
                         on=date(2026, 12, 7))
    assert key not in _keys(store, tokyo(2026, 12, 7, 19, 0), "decision_unconfirmed")


def test_a_problem_is_told_the_same_day_and_its_plan_kept_on_time(store: Store) -> None:
    problem = problems.record(store, helpers.PROJECT, ProblemData(
        title="Nightly batch stopped", found_at=tokyo(2026, 12, 7, 8, 0),
        steps=[RemedialStepData("Split the batch", helpers.LEAD.person_id, date(2026, 12, 8))]))
    morning = {i.key: i for i in due_items(store, tokyo(2026, 12, 7, 9, 0),
                                           project_id=helpers.PROJECT, rule="problem")}
    inform = morning[f"problem:inform:{problem.id}"]
    assert inform.due == tokyo(2026, 12, 7, 18, 0)  # the working day it was found
    assert target_of_store(store, inform).source.problem_id == problem.id
    assert not any(k.startswith("problem:step:") for k in morning)
    _send_linked(store, MessageKind.PROBLEM_NOTICE, LinkTarget.PROBLEM, problem.id,
                 tokyo(2026, 12, 7, 10, 0))
    wednesday = _keys(store, tokyo(2026, 12, 9, 10, 0), "problem")
    assert wednesday == [f"problem:step:{problem.steps[0].id}"]


def test_a_mail_made_a_red_flag_is_followed_by_the_flag(store: Store) -> None:
    from cockpit.store.models import MailItem

    with store.session() as s:
        s.add(MailItem(id="AAMk-angry", folder="inbox", project_id=helpers.PROJECT,
                       subject="Again wrong totals", sender=helpers.YAMADA.email,
                       moment=tokyo(2026, 12, 7, 9, 0).astimezone(UTC)))
    at = tokyo(2026, 12, 7, 9, 20)
    assert any(i.key == "customer_mail:ack:AAMk-angry"
               for i in due_items(store, at, project_id=helpers.PROJECT, rule="customer_mail"))
    flag = red_flags.flag_from_mail(store, "AAMk-angry")
    assert not due_items(store, at, project_id=helpers.PROJECT, rule="customer_mail")
    answer = next(i for i in due_items(store, at, project_id=helpers.PROJECT, rule="red_flag")
                  if i.key == f"red_flag:answer:{flag.id}")
    assert answer.recipients == (f"{helpers.YAMADA.name} <{helpers.YAMADA.email}>",)
