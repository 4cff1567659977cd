"""Operations of the Problems page, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.domain.problem_register import ProblemData, ProblemStatus
    from cockpit.services.problem_register import ProblemView
    from cockpit.store.store import Store


def _changed(project_id: str) -> Changes:
    return Changes.of(registers=[project_id])


def load_problems(store: Store, project_id: str) -> list[ProblemView]:
    from cockpit.services import problem_register

    return problem_register.list_problems(store, project_id)


def record(store: Store, project_id: str, data: ProblemData) -> Done[ProblemView]:
    from cockpit.services import problem_register

    return Done(problem_register.record(store, project_id, data), _changed(project_id))


def save(store: Store, problem_id: str, data: ProblemData) -> Done[ProblemView]:
    from cockpit.services import problem_register

    row = problem_register.save(store, problem_id, data)
    return Done(row, _changed(row.project_id))


def set_status(store: Store, problem_id: str, status: ProblemStatus) -> Done[ProblemView]:
    from cockpit.services import problem_register

    row = problem_register.set_status(store, problem_id, status)
    return Done(row, _changed(row.project_id))


def delete(store: Store, problem_id: str) -> Done[None]:
    from cockpit.services import problem_register

    return Done(None, _changed(problem_register.delete(store, problem_id)))
