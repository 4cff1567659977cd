"""What every stored template (agendas, messages) obeys: a name of its own, and a shipped
default that can be edited but not deleted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.meetings import TemplateIssue
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.store import Store

MAX_NAME = 200


class TemplateProblem(KnownError):
    """Why a template cannot be saved or deleted. For a body Jinja2 cannot render, ``line``
    (1-based or None) and ``detail`` (Jinja2's words) say where and why."""

    def __init__(self, issue: TemplateIssue, message: str, *, line: int | None = None,
                 detail: str = "") -> None:
        code = (ErrorCode.TEMPLATE_ERROR if issue is TemplateIssue.BODY_ERROR
                else ErrorCode.VALIDATION)
        super().__init__(code, message)
        self.issue = issue
        self.line = line
        self.detail = detail or message


def checked_name(name: str) -> str:
    """The name stripped; ``TemplateProblem`` when it is missing or too long."""
    name = name.strip()
    if not name:
        raise TemplateProblem(TemplateIssue.NAME_MISSING, "a template needs a name")
    if len(name) > MAX_NAME:
        raise TemplateProblem(TemplateIssue.NAME_TOO_LONG,
                              f"a name has at most {MAX_NAME} characters")
    return name


def ensure_name_free(session: Session, model: Any, name: str, template_id: str) -> None:
    # compared here, not in SQL: SQLite's lower() folds ASCII letters only
    if any(r.name.casefold() == name.casefold() and r.id != template_id
           for r in session.scalars(select(model))):
        raise TemplateProblem(TemplateIssue.NAME_TAKEN,
                              f"another template is already called '{name}'")


def delete_unless_default(store: Store, model: Any, template_id: str) -> None:
    with store.session() as s:
        row = s.get(model, template_id)
        if row is None:
            return
        if row.is_default:
            raise TemplateProblem(TemplateIssue.DEFAULT_KEPT,
                                  "a default template can be edited, not deleted")
        s.delete(row)
