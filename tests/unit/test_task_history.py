"""What the passport save keeps about tasks: every ETA change, since when a task is urgent, and
sprints with dates — the facts the care engine reads."""

from __future__ import annotations

from datetime import date

import pytest

from cockpit.domain.passport import Passport, SprintData, TaskData
from cockpit.domain.validation import Problem
from cockpit.services import projects
from cockpit.services.projects import ValidationFailed
from cockpit.services.task_history import eta_history
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases


def _saved(store: Store, *tasks: TaskData, sprints: list[SprintData] | None = None
           ) -> Passport:
    p = projects.new_passport(store)
    p.fields.code, p.fields.name = "DE-7", "Kundenportal"
    p.tasks, p.sprints = list(tasks), sprints or []
    return projects.save_passport(store, p)


def test_every_eta_change_is_kept_and_a_later_one_is_a_slip(store: Store) -> None:
    saved = _saved(store, TaskData(name="Login", eta=date(2026, 12, 10)), TaskData(name="Docs"))
    login, docs = saved.tasks
    assert [(c.old_eta, c.new_eta) for c in eta_history(store, login.id)] == [
        (None, date(2026, 12, 10))]
    assert eta_history(store, docs.id) == []  # no ETA yet: nothing to keep

    login.eta = date(2026, 12, 14)
    saved = projects.save_passport(store, saved)
    saved.tasks[0].name = "Login page"  # a change that leaves the ETA alone adds nothing
    saved = projects.save_passport(store, saved)
    saved.tasks[0].eta = date(2026, 12, 11)
    saved = projects.save_passport(store, saved)
    history = eta_history(store, login.id)
    assert [(c.old_eta, c.new_eta, c.slipped) for c in history] == [
        (None, date(2026, 12, 10), False),
        (date(2026, 12, 10), date(2026, 12, 14), True),
        (date(2026, 12, 14), date(2026, 12, 11), False),  # earlier: good news, no slip
    ]
    assert history[0].changed_at <= history[1].changed_at <= history[2].changed_at
    saved.tasks[0].eta = None
    projects.save_passport(store, saved)
    assert eta_history(store, login.id)[-1].slipped  # an ETA taken away is a slip too


def test_a_removed_task_takes_its_history_with_it(store: Store) -> None:
    saved = _saved(store, TaskData(name="Login", eta=date(2026, 12, 10)))
    task_id = saved.tasks[0].id
    saved.tasks = []
    projects.save_passport(store, saved)
    assert eta_history(store, task_id) == []


def test_an_urgent_task_remembers_since_when(store: Store) -> None:
    saved = _saved(store, TaskData(name="Outage"))
    assert saved.tasks[0].urgent_since is None
    saved.tasks[0].urgent = True
    saved = projects.save_passport(store, saved)
    since = saved.tasks[0].urgent_since
    assert since is not None and since.tzinfo is not None
    saved.tasks[0].name = "Outage in checkout"
    saved.tasks[0].urgent_since = None  # what the window holds never overwrites it
    saved = projects.save_passport(store, saved)
    assert saved.tasks[0].urgent_since == since
    saved.tasks[0].urgent = False
    saved = projects.save_passport(store, saved)
    assert saved.tasks[0].urgent_since is None


def test_sprints_keep_their_dates_and_refuse_nonsense(store: Store) -> None:
    saved = _saved(store, TaskData(name="Login", sprint="Sprint 1"), sprints=[
        SprintData(name="Sprint 1", start_on=date(2026, 11, 30), end_on=date(2026, 12, 4)),
        SprintData(name="Sprint 2", start_on=date(2026, 12, 7), end_on=date(2026, 12, 18))])
    again = projects.get_passport(store, saved.id)
    assert [(s.name, s.start_on, s.end_on) for s in again.sprints] == [
        ("Sprint 1", date(2026, 11, 30), date(2026, 12, 4)),
        ("Sprint 2", date(2026, 12, 7), date(2026, 12, 18))]
    again.sprints.append(SprintData(name="sprint 2"))
    again.sprints.append(SprintData(name="Sprint 4", start_on=date(2026, 12, 21),
                                    end_on=date(2027, 1, 8)))  # three weeks
    again.sprints.append(SprintData(name="Sprint 5", start_on=date(2027, 1, 11),
                                    end_on=date(2027, 1, 8)))
    again.sprints.append(SprintData(name=" "))
    with pytest.raises(ValidationFailed) as err:
        projects.save_passport(store, again)
    assert {(i.where, i.problem) for i in err.value.issues} == {
        ("sprints[2].name", Problem.DUPLICATE), ("sprints[3].end_on", Problem.BAD_SPRINT),
        ("sprints[4].end_on", Problem.END_BEFORE_START), ("sprints[5].name", Problem.REQUIRED)}


def test_a_sprint_taken_away_and_added_again_by_its_name_saves(store: Store) -> None:
    passport = _saved(store)
    passport.sprints = [SprintData(name="Sprint 3", start_on=date(2026, 11, 30),
                                   end_on=date(2026, 12, 4))]
    saved = projects.save_passport(store, passport)
    saved.sprints = [SprintData(name="Sprint 3", start_on=date(2026, 12, 7),
                                end_on=date(2026, 12, 11))]  # a new row with the same name
    again = projects.save_passport(store, saved)
    assert [(s.name, s.start_on) for s in again.sprints] == [("Sprint 3", date(2026, 12, 7))]
