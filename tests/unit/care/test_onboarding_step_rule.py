"""Onboarding steps with a due date are owed until they are done; a step due on a day off is
due by the end of the next working day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import DueState
from cockpit.domain.passport import OnboardingStepData
from cockpit.services import projects
from cockpit.store.store import Store
from tests.unit.care.conftest import tokyo
from tests.unit.messages import helpers as h

pytestmark = pytest.mark.both_databases


def _plan(store: Store, *dates: tuple[date | None, date | None, str | None]) -> list[str]:
    """The project's onboarding checklist: one step per (due on, done on, owner); their
    titles."""
    passport = projects.get_passport(store, h.PROJECT)
    steps = list(passport.onboarding)
    for n, (due_on, done_on, owner) in enumerate(dates):
        step = steps[n] if n < len(steps) else OnboardingStepData(title=f"Step {n + 1}")
        step = replace(step, due_on=due_on, done_on=done_on, owner_person_id=owner)
        steps[n:n + 1] = [step]
    projects.save_passport(store, replace(passport, onboarding=steps))
    return [s.title for s in steps[:len(dates)]]


def test_a_step_not_done_is_owed_by_the_end_of_its_working_day(store: Store) -> None:
    titles = _plan(store, (date(2026, 11, 23), None, h.PM.person_id),  # a Japanese holiday
                   (date(2026, 11, 20), date(2026, 11, 19), None),  # done in time
                   (date(2026, 11, 26), None, None))
    items = due_items(store, tokyo(2026, 11, 24, 19, 0), rule="onboarding_step")
    assert [(i.title, i.state) for i in items] == [
        (f"onboarding step: {titles[0]}", DueState.OVERDUE),  # due Tuesday 24th, 18:00
        (f"onboarding step: {titles[2]}", DueState.SOON)]
    assert items[0].due == tokyo(2026, 11, 24, 18, 0)
    assert items[0].recipients == (f"{h.PM.name} <{h.PM.email}>",)
    assert items[1].recipients == () and items[0].action.startswith("onboarding:")
    _plan(store, (date(2026, 11, 23), date(2026, 11, 25), h.PM.person_id))
    assert [i.title for i in due_items(store, tokyo(2026, 11, 25, 19, 0),
                                       rule="onboarding_step")] == [
        f"onboarding step: {titles[2]}"]  # the first is done: no longer owed
