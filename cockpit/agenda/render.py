"""Render an agenda template and check its timing.

Templates are Jinja2 in a sandbox (no attribute tricks, no imports). A mistake in a template is
an ``AgendaError`` naming the line and the problem, never a crash. Timed items are lines that
end in ``(N min)`` (``（N分）`` in Japanese); their sum is compared with the meeting's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

# "(10 min)", and in Japanese "（10分）" with full- or half-width brackets
TIMED_ITEM = re.compile(r"[(（]\s*(\d{1,3})\s*(?:min|分)\s*[)）]\s*$",
                        re.IGNORECASE | re.MULTILINE)


def planned_minutes(text: str) -> int:
    """The sum of the items' times: lines that end in "(N min)"."""
    return sum(int(m) for m in TIMED_ITEM.findall(text))


class AgendaError(ValueError):
    """The template cannot be rendered; ``line`` is 1-based or None."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class RenderedAgenda:
    text: str
    planned_minutes: int  # sum of the "(N min)" items
    meeting_minutes: int

    @property
    def overrun_minutes(self) -> int:
        return max(0, self.planned_minutes - self.meeting_minutes)


def _language_of(context: Any) -> str:
    return str(context.get("language") or "en")


@cache
def _environment():  # -> jinja2.sandbox.SandboxedEnvironment (imported on first use)
    """The sandbox. Dates and moments printed bare come out in the context's ``language``
    (2 Dec 2026 / 2026年12月2日); ``date``, ``number`` and ``money`` filters say it outright."""
    from jinja2 import StrictUndefined, pass_context
    from jinja2.sandbox import SandboxedEnvironment

    from cockpit import locale_format as fmt

    @pass_context
    def finalize(context: Any, value: Any) -> Any:
        return fmt.format_value(value, _language_of(context))

    @pass_context
    def date_filter(context: Any, value: Any, style: str = "date") -> Any:
        if not value:
            return value
        if style not in ("date", "long", "month", "moment"):
            raise ValueError(f"date style {style!r}: use date, long, month or moment")
        if style == "moment":
            return fmt.format_moment(value, _language_of(context))
        return fmt.format_date(value, _language_of(context), style)

    @pass_context
    def number_filter(context: Any, value: Any, digits: int = 2) -> Any:
        return fmt.format_number(value, _language_of(context), digits) if value is not None \
            else value

    @pass_context
    def money_filter(context: Any, value: Any, currency: str = "") -> Any:
        return fmt.format_money(value, currency, _language_of(context)) if value is not None \
            else value

    environment = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=True,
                                       autoescape=False, finalize=finalize)
    environment.filters.update(date=date_filter, number=number_filter, money=money_filter)
    return environment


def render(body: str, context: dict[str, Any], meeting_minutes: int) -> RenderedAgenda:
    text = render_text(body, context)
    planned = planned_minutes(text)
    return RenderedAgenda(text=text.strip() + "\n", planned_minutes=planned,
                          meeting_minutes=meeting_minutes)


def render_text(body: str, context: dict[str, Any]) -> str:
    """``body`` rendered in the sandbox (agendas and messages share it); ``AgendaError`` naming
    the line when it cannot be."""
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError

    try:
        return _environment().from_string(body).render(**context)
    except TemplateSyntaxError as exc:
        raise AgendaError(exc.message or "syntax error", exc.lineno) from exc
    except UndefinedError as exc:
        raise AgendaError(f"unknown name: {exc.message}", _line_of(exc)) from exc
    except TemplateError as exc:
        raise AgendaError(str(exc.message or exc), _line_of(exc)) from exc
    except RecursionError as exc:  # a macro calling itself
        raise AgendaError("cannot render: a macro calls itself without end", _line_of(exc)) \
            from exc
    except (TypeError, ValueError, ArithmeticError, LookupError, AssertionError) as exc:
        # AssertionError: some Jinja2 filters check their arguments with assert
        raise AgendaError(f"cannot render: {exc}", _line_of(exc)) from exc


def _line_of(exc: BaseException) -> int | None:
    """The template line of a runtime error (Jinja2 names compiled templates '<template>')."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
