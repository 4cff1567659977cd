"""The project's questions and answers: who asked what and when, the answer, who gave it and
when; each either shared with the customer (it goes into the customer's project document) or
internal (it never leaves the PM's store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import Membership, Person, Project, Question
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_TEXT = 20000


@dataclass(frozen=True)
class QuestionView:
    id: str
    project_id: str
    key: str  # Q-<n>
    question: str
    asked_by: str
    asked_by_person_id: str | None
    asked_on: date
    answer: str
    answered_by: str
    answered_by_person_id: str | None
    answered_on: date | None
    shared: bool

    @property
    def answered(self) -> bool:
        return bool(self.answer.strip())


def _view(row: Question) -> QuestionView:
    return QuestionView(row.id, row.project_id, f"Q-{row.number}", row.question, row.asked_by,
                        row.asked_by_person_id, row.asked_on, row.answer, row.answered_by,
                        row.answered_by_person_id, row.answered_on, row.shared)


def _who(session: Session, project_id: str, person_id: str | None, name: str) -> tuple[
        str | None, str]:
    """(person id, name): one of the project's people, or a name as typed."""
    if person_id:
        person = session.scalar(select(Person).join(Membership,
                                                    Membership.person_id == Person.id)
                                .where(Membership.project_id == project_id,
                                       Person.id == person_id))
        if person is None:
            raise KnownError(ErrorCode.VALIDATION, "that person is not on this project")
        return person.id, person.name
    return None, (name or "").strip()[:320]


def _text(value: str, what: str, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        raise KnownError(ErrorCode.VALIDATION, f"a question needs {what}")
    if len(value) > MAX_TEXT:
        raise KnownError(ErrorCode.VALIDATION, f"the {what} is longer than {MAX_TEXT} "
                         "characters")
    return value


def list_questions(store: Store, project_id: str, *, shared_only: bool = False
                   ) -> list[QuestionView]:
    query = select(Question).where(Question.project_id == project_id)
    if shared_only:
        query = query.where(Question.shared.is_(True))
    with store.session() as s:
        return [_view(r) for r in s.scalars(query.order_by(Question.number))]


def ask(store: Store, project_id: str, question: str, *, asked_by_person_id: str | None = None,
        asked_by: str = "", asked_on: date | None = None, shared: bool = False
        ) -> QuestionView:
    question = _text(question, "its text", True)
    with store.session() as s:
        if s.get(Project, project_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        person_id, name = _who(s, project_id, asked_by_person_id, asked_by)
        number = 1 + (s.scalar(select(func.max(Question.number))
                               .where(Question.project_id == project_id)) or 0)
        row = Question(project_id=project_id, number=number, question=question,
                       asked_by_person_id=person_id, asked_by=name,
                       asked_on=asked_on or utcnow().date(), shared=shared)
        s.add(row)
        s.flush()
        return _view(row)


def save(store: Store, question_id: str, *, question: str, asked_by_person_id: str | None,
         asked_by: str, asked_on: date, answer: str, answered_by_person_id: str | None,
         answered_by: str, answered_on: date | None, shared: bool) -> QuestionView:
    """The whole entry as the PM edited it; an answer without a date is dated today."""
    question = _text(question, "its text", True)
    answer = _text(answer, "answer", False)
    with store.session() as s:
        row = s.get(Question, question_id, with_for_update=True)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that question is no longer in the register")
        row.question = question
        row.asked_by_person_id, row.asked_by = _who(s, row.project_id, asked_by_person_id,
                                                    asked_by)
        row.asked_on, row.shared = asked_on, shared
        row.answer = answer
        if answer:
            row.answered_by_person_id, row.answered_by = _who(
                s, row.project_id, answered_by_person_id, answered_by)
            row.answered_on = answered_on or utcnow().date()
            if row.answered_on < row.asked_on:
                raise KnownError(ErrorCode.VALIDATION, "an answer cannot come before the "
                                 "question was asked")
        else:
            row.answered_by_person_id, row.answered_by, row.answered_on = None, "", None
        s.flush()
        return _view(row)


def delete(store: Store, question_id: str) -> str:
    with store.session() as s:
        row = s.get(Question, question_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that question is no longer in the register")
        project_id = row.project_id
        s.delete(row)
        return project_id


__all__ = ["QuestionView", "ask", "delete", "list_questions", "save"]
