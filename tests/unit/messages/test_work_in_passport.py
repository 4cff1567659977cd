"""Tasks and milestones as the passport holds them: what makes one unusable, and a task
marked done remembering when (the biweekly report lists what was done in its period). Change
requests have their own register and workflow (``tests/unit/registers``)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from cockpit.domain.passport import MilestoneData, Passport, ProjectFields, TaskData
from cockpit.domain.problems import Problem
from cockpit.domain.validation import Issue, validate_passport
from cockpit.domain.work import TaskStatus
from cockpit.errors import ErrorCode
from cockpit.services import projects
from cockpit.services.projects import ValidationFailed
from cockpit.store.store import Store
from tests.unit.messages import helpers as h


def _issues(*, tasks: list[TaskData] | None = None,
            milestones: list[MilestoneData] | None = None) -> list[Issue]:
    return validate_passport(Passport(fields=ProjectFields(code="JP-9", name="P"),
                                      tasks=tasks or [], milestones=milestones or []))


def test_valid_tasks_and_milestones_have_no_issues() -> None:
    assert validate_passport(h.passport()) == []
    assert _issues(tasks=[TaskData(name="x", hours=Decimal(0))],
                   milestones=[MilestoneData(name="UAT", due_on=date(2026, 12, 14))]) == []


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_task_needs_a_name(name: str) -> None:
    assert _issues(tasks=[TaskData(name="ok"), TaskData(name=name)]) == [
        Issue("tasks[1].name", Problem.REQUIRED)]


def test_a_milestone_needs_a_name() -> None:
    assert _issues(milestones=[MilestoneData(name=" ", due_on=date(2026, 12, 14))]) == [
        Issue("milestones[0].name", Problem.REQUIRED)]


@pytest.mark.parametrize("days", [0, -1, 31])
def test_an_escalation_limit_is_one_to_thirty_working_days(days: int) -> None:
    fields = ProjectFields(code="JP-9", name="P", escalation_department_days=days)
    assert validate_passport(Passport(fields=fields)) == [
        Issue("fields.escalation_department_days", Problem.BAD_LIMIT)]


@pytest.mark.parametrize("url", ["jira/JP-1", "https://", "http://tracker example/JP-1",
                                 "javascript:alert(1)"])
def test_a_task_link_must_be_a_web_address(url: str) -> None:
    assert _issues(tasks=[TaskData(name="x", external_url=url)]) == [
        Issue("tasks[0].external_url", Problem.BAD_URL)]


def test_a_task_link_may_be_left_empty_or_be_a_tracker_address() -> None:
    assert _issues(tasks=[TaskData(name="x", external_url=""), TaskData(
        name="y", external_url="https://vendor.atlassian.example.com/browse/JP-1")]) == []


@pytest.mark.parametrize("hours", [Decimal(-1), Decimal("-0.25"), Decimal("NaN"),
                                   Decimal("-Infinity")])
def test_hours_cannot_be_negative_or_not_a_number(hours: Decimal) -> None:
    assert _issues(tasks=[TaskData(name="x", hours=hours)]) == [
        Issue("tasks[0].hours", Problem.NEGATIVE)]


def test_hours_beyond_reason_are_too_large() -> None:
    assert _issues(tasks=[TaskData(name="x", hours=Decimal(100000))]) == [
        Issue("tasks[0].hours", Problem.TOO_LARGE)]


def test_texts_longer_than_the_store_keeps_are_refused() -> None:
    issues = _issues(tasks=[TaskData(name="x" * 501, sprint="S" * 65)],
                     milestones=[MilestoneData(name="M" * 301)])
    assert set(issues) == {Issue("tasks[0].name", Problem.TOO_LONG),
                           Issue("tasks[0].sprint", Problem.TOO_LONG),
                           Issue("milestones[0].name", Problem.TOO_LONG)}


def test_saving_refuses_bad_work_and_keeps_what_was_stored(work_store: Store) -> None:
    passport = projects.get_passport(work_store, h.PROJECT)
    passport.tasks[0].hours = Decimal(-3)
    passport.tasks.append(TaskData(name=""))
    passport.milestones.append(MilestoneData(name=""))

    with pytest.raises(ValidationFailed) as caught:
        projects.save_passport(work_store, passport)

    assert caught.value.code is ErrorCode.VALIDATION
    assert {i.where for i in caught.value.issues} == {
        "tasks[0].hours", "tasks[8].name", "milestones[0].name"}
    stored = projects.get_passport(work_store, h.PROJECT)
    assert len(stored.tasks) == 8 and stored.tasks[0].hours == Decimal(6)
    assert stored.milestones == []


def test_tasks_and_milestones_are_stored_as_given(work_store: Store) -> None:
    passport = projects.get_passport(work_store, h.PROJECT)
    passport.milestones = [MilestoneData(name="UAT starts", due_on=date(2026, 12, 14)),
                           MilestoneData(name="Go-live", due_on=date(2027, 1, 15))]
    projects.save_passport(work_store, passport)
    stored = projects.get_passport(work_store, h.PROJECT)

    assert [t.id for t in stored.tasks] == [t.id for t in h.tasks()]
    gateway = stored.tasks[1]
    assert (gateway.name, gateway.status, gateway.urgent, gateway.hours, gateway.eta,
            gateway.owner_person_id, gateway.external_key) == (
        "Payment gateway timeout fix", TaskStatus.BLOCKED, True, Decimal("12.5"),
        date(2026, 11, 26), h.DEV.person_id, "PAY-88")
    assert [(m.name, m.due_on) for m in stored.milestones] == [
        ("UAT starts", date(2026, 12, 14)), ("Go-live", date(2027, 1, 15))]


def _task(passport: Passport, task_id: str) -> TaskData:
    return next(t for t in passport.tasks if t.id == task_id)


def test_a_task_marked_done_remembers_the_day(work_store: Store) -> None:
    passport = projects.get_passport(work_store, h.PROJECT)
    _task(passport, h.T_PDF).status = TaskStatus.DONE

    saved = projects.save_passport(work_store, passport)

    assert _task(saved, h.T_PDF).done_on == date.today()
    assert _task(saved, h.T_CLEANUP).done_on == date(2026, 11, 18)  # already done: kept
    assert _task(projects.get_passport(work_store, h.PROJECT), h.T_PDF).done_on == date.today()


def test_a_reopened_task_forgets_when_it_was_done(work_store: Store) -> None:
    passport = projects.get_passport(work_store, h.PROJECT)
    _task(passport, h.T_CLEANUP).status = TaskStatus.IN_PROGRESS

    saved = projects.save_passport(work_store, passport)

    assert _task(saved, h.T_CLEANUP).done_on is None


def test_only_a_done_task_has_a_done_day(work_store: Store) -> None:
    passport = projects.get_passport(work_store, h.PROJECT)
    spike = _task(passport, h.T_SPIKE)
    passport.tasks[passport.tasks.index(spike)] = dataclasses.replace(
        spike, done_on=date(2026, 11, 1))  # cancelled, not done

    saved = projects.save_passport(work_store, passport)

    assert _task(saved, h.T_SPIKE).done_on is None
