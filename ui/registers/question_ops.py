"""Operations of the Q&A page, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.services.questions import QuestionView
    from cockpit.store.store import Store


def _changed(project_id: str) -> Changes:
    return Changes.of(registers=[project_id])


def load_questions(store: Store, project_id: str) -> list[QuestionView]:
    from cockpit.services import questions

    return questions.list_questions(store, project_id)


def ask(store: Store, project_id: str, values: dict[str, Any]) -> Done[QuestionView]:
    """A new question; with its answer at once when one is given."""
    from cockpit.services import questions

    row = questions.ask(store, project_id, values["question"],
                        asked_by_person_id=values["asked_by_person_id"],
                        asked_by=values["asked_by"], asked_on=values["asked_on"],
                        shared=values["shared"])
    if values.get("answer", "").strip():
        row = questions.save(store, row.id, **values)
    return Done(row, _changed(project_id))


def save(store: Store, question_id: str, values: dict[str, Any]) -> Done[QuestionView]:
    from cockpit.services import questions

    row = questions.save(store, question_id, **values)
    return Done(row, _changed(row.project_id))


def delete(store: Store, question_id: str) -> Done[None]:
    from cockpit.services import questions

    return Done(None, _changed(questions.delete(store, question_id)))
