"""Render a message template (subject and Markdown body) in the agendas' sandbox."""

from __future__ import annotations

from typing import Any

from cockpit.agenda.render import AgendaError, render_text


class MessageTemplateError(ValueError):
    """``part`` is "subject" or "body"; ``line`` 1-based or None."""

    def __init__(self, part: str, message: str, line: int | None) -> None:
        super().__init__(f"{part}, line {line}: {message}" if line else f"{part}: {message}")
        self.part, self.message, self.line = part, message, line


def render_message(subject: str, body: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject on one line, body ending in one newline)."""
    try:
        rendered_subject = render_text(subject, context)
    except AgendaError as exc:
        raise MessageTemplateError("subject", exc.message, exc.line) from exc
    try:
        rendered_body = render_text(body, context)
    except AgendaError as exc:
        raise MessageTemplateError("body", exc.message, exc.line) from exc
    return " ".join(rendered_subject.split()), rendered_body.strip() + "\n"
