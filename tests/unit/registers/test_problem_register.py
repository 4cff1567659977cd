"""The problem register keeps the order of handling a problem in the open: the picture for
the customer, a remedial plan of concrete steps, a fix tested before it is called fixed, the
lessons learned before it is closed, a compensation decision with its reason; sending the
problem notice records when the customer was told."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cockpit.domain.enums import MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.domain.problem_register import (
    Compensation,
    ProblemData,
    ProblemStatus,
    RemedialStepData,
)
from cockpit.errors import KnownError
from cockpit.services import messages
from cockpit.services import problem_register as problems
from cockpit.store.store import Store
from tests.unit.messages import helpers
from tests.unit.registers.conftest import tokyo

pytestmark = pytest.mark.both_databases


def _data(**kw: object) -> ProblemData:
    values: dict[str, object] = {
        "title": "夜間バッチがメモリ不足で停止", "found_at": tokyo(2026, 12, 7, 8, 30),
        "impact_business": "Invoices of 7 December are sent a day late",
        "impact_users": "Accounting cannot close the day",
        "solution_options": "Split the batch; or add memory to the batch server",
        "workaround": "Run the batch in two halves by hand",
        "resources": "Two developers full time, the DBA half time",
        "steps": [RemedialStepData("Split the batch in two jobs", helpers.LEAD.person_id,
                                   date(2026, 12, 9)),
                  RemedialStepData("Load test with December's volume", helpers.DEV.person_id,
                                   date(2026, 12, 11))]}
    values.update(kw)
    return ProblemData(**values)  # type: ignore[arg-type]


def test_a_problem_is_recorded_with_its_picture_and_plan(store: Store) -> None:
    first = problems.record(store, helpers.PROJECT, _data())
    second = problems.record(store, helpers.PROJECT, _data(title="Second"))
    assert (first.key, second.key) == ("PB-1", "PB-2")
    assert first.status is ProblemStatus.OPEN and first.is_open
    assert first.data.found_at == tokyo(2026, 12, 7, 8, 30)
    assert [(s.text, s.owner) for s in first.steps] == [
        ("Split the batch in two jobs", helpers.LEAD.name),
        ("Load test with December's volume", helpers.DEV.name)]
    assert [s.overdue(date(2026, 12, 10)) for s in first.steps] == [True, False]
    # the plan's steps keep their ids through a save; a step left out goes
    data = first.data
    data.steps = [data.steps[1], RemedialStepData("Monitor memory nightly")]
    data.steps[0].done_on = date(2026, 12, 11)
    saved = problems.save(store, first.id, data)
    assert [s.text for s in saved.steps] == ["Load test with December's volume",
                                             "Monitor memory nightly"]
    assert saved.steps[0].id == first.steps[1].id and saved.steps[0].done_on


def test_fixed_needs_the_testing_and_closed_the_lessons(store: Store) -> None:
    problem = problems.record(store, helpers.PROJECT, _data())
    with pytest.raises(KnownError, match="how the fix was tested"):
        problems.set_status(store, problem.id, ProblemStatus.FIXED)
    data = problem.data
    data.fix_testing = "Re-ran November's and December's volume on staging; 40 % headroom"
    problems.save(store, problem.id, data)
    assert problems.set_status(store, problem.id, ProblemStatus.FIXED).status is \
        ProblemStatus.FIXED
    with pytest.raises(KnownError, match="lessons learned"):
        problems.set_status(store, problem.id, ProblemStatus.CLOSED)
    data.retrospective_on = date(2026, 12, 15)
    data.lessons_learned = "Load tests with the month-end volume before each release"
    problems.save(store, problem.id, data)
    closed = problems.set_status(store, problem.id, ProblemStatus.CLOSED)
    assert closed.status is ProblemStatus.CLOSED and not closed.is_open
    data.lessons_learned = ""
    with pytest.raises(KnownError, match="keep the lessons"):
        problems.save(store, problem.id, data)


def test_a_compensation_decision_carries_its_reason(store: Store) -> None:
    with pytest.raises(KnownError, match="say why"):
        problems.record(store, helpers.PROJECT, _data(compensation=Compensation.NONE))
    problem = problems.record(store, helpers.PROJECT, _data(
        compensation=Compensation.EXTRA_SERVICE,
        compensation_reason="A day late: two days of free support in January"))
    assert problem.data.compensation is Compensation.EXTRA_SERVICE


def test_bad_input_is_refused(store: Store) -> None:
    with pytest.raises(KnownError, match="what happened"):
        problems.record(store, helpers.PROJECT, _data(title=" "))
    with pytest.raises(KnownError, match="informed before"):
        problems.record(store, helpers.PROJECT, _data(
            customer_informed_at=tokyo(2026, 12, 7, 8, 0)))
    with pytest.raises(KnownError, match="not one of the project's people"):
        problems.record(store, helpers.PROJECT, _data(
            steps=[RemedialStepData("x", "no-such-person")]))
    with pytest.raises(KnownError, match="needs text"):
        problems.record(store, helpers.PROJECT, _data(steps=[RemedialStepData(" ")]))
    assert problems.list_problems(store, helpers.PROJECT) == []


def test_sending_the_notice_records_when_the_customer_was_told(store: Store) -> None:
    problem = problems.record(store, helpers.PROJECT, _data())
    assert problem.data.customer_informed_at is None
    from cockpit.store.models import MessageLink

    draft = messages.new_message(store, helpers.PROJECT, MessageKind.PROBLEM_NOTICE,
                                 to=helpers.YAMADA.email, subject="Notice")
    with store.session() as s:
        s.add(MessageLink(message_id=draft.id, target=LinkTarget.PROBLEM,
                          target_id=problem.id, label=problem.key))
    sent_at = datetime(2026, 12, 7, 0, 45, tzinfo=UTC)
    messages.sent_remotely(store, draft.id, sent_at)
    assert problems.get_problem(store, problem.id).data.customer_informed_at == sent_at
