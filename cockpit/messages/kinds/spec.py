"""What a message kind is made of: one ``KindSpec`` per module of this package.

Core cannot call Qt, so labels are source text marked with ``QT_TRANSLATE_NOOP`` (the name
pyside6-lupdate looks for); the UI shows ``QCoreApplication.translate("MessageKind", text)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from importlib.abc import Traversable
from typing import TYPE_CHECKING, Any

from cockpit.domain.enums import Language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cockpit.messages.kinds.shared import Prepared
    from cockpit.messages.sources import Source

Builder = Callable[["Session", "Source", date], "Prepared"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for translation in ``context`` and returns it unchanged."""
    return text


class StartFrom(StrEnum):
    """What the UI asks for before it composes the kind."""

    PROJECT = "project"  # nothing more (a selected task is passed when there is one)
    LAST_MINUTES = "last_minutes"  # the project's last meeting with minutes
    SPRINT = "sprint"  # a sprint, chosen when the tasks name several
    TASK = "task"  # the task selected on the Tasks tab
    CHANGE_REQUEST = "change_request"
    DECISION = "decision"
    SERIES = "series"  # a meeting series (an invite)
    TEMPLATE = "template"  # a blank message, or one of the PM's own templates


@dataclass(frozen=True)
class Audience:
    """Who a kind goes to, from the communication map.

    ``report``: a column people tick in the People tab (stored by the kind's value).
    ``receivers``: the report whose receivers get it (customer side in To, vendor side in Cc);
    None: nobody is suggested. ``attendees``: a meeting's attendees come first (follow-ups).
    """

    report: bool = False
    receivers: str | None = None
    attendees: bool = False


@dataclass(frozen=True)
class TasksEntry:
    """How the kind is offered on the Tasks tab: its own button, or in *More reports*."""

    text: str
    button: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class KindSpec:
    value: str  # the stored value (a ``MessageKind`` for the shipped kinds)
    label: str  # QT_TRANSLATE_NOOP("MessageKind", …)
    short_label: str = ""  # the People tab's column header, for reports
    order: int = 100  # where it is listed (templates, menus, report columns)
    audience: Audience = Audience()
    build: Builder | None = None  # the context beyond project, pm, today, greeting
    names: tuple[str, ...] = ()  # what ``build`` adds (every name a template may use)
    sample: Mapping[str, Any] = field(default_factory=dict)  # the same names, for previews
    default_names: Mapping[Language, str] = field(default_factory=dict)  # shipped templates
    template_dir: Traversable | None = None  # None: resources/templates/<language>/messages
    start_from: StartFrom = StartFrom.PROJECT
    new_menu: str = ""  # offered under "New message" with this text (empty: not offered)
    tasks: TasksEntry | None = None  # offered on the Tasks tab

    @property
    def has_template(self) -> bool:
        return bool(self.default_names)
