"""What an operation changed: the one value every open view refreshes from.

An operation (a UI op, a sync run, an import) returns ``Done(value, changes)``; the app
context emits the ``Changes`` on one signal and each view looks only at the part it shows —
the project list at ``projects``, a Messages tab at ``messages``, the planner at ``series`` and
``occurrences``, Today at all of them (what is owed follows from everything). ``ANY``
stands for "some, ids unknown" (a sync pull, an import, a change made by another program).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

ANY = "*"

T = TypeVar("T")


def _ids(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(v for v in values or () if v)


@dataclass(frozen=True)
class Changes:
    projects: frozenset[str] = frozenset()  # passports whose data changed
    project_list: bool = False  # projects added, deleted, archived or restored
    messages: frozenset[str] = frozenset()
    series: frozenset[str] = frozenset()
    occurrences: frozenset[str] = frozenset()  # "series id@original start (ISO)"
    tasks: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()  # e.g. "agenda_templates", "message_templates"
    care: frozenset[str] = frozenset()  # projects whose snoozes, done marks or rules changed
    registers: frozenset[str] = frozenset()  # projects whose red flags, problems, change
    # requests, decisions or Q&A changed
    satisfaction: frozenset[str] = frozenset()  # projects whose CSAT/NPS answers changed
    origin: object = field(default=None, compare=False)  # who made it (views skip their own)

    @classmethod
    def of(cls, *, projects: Iterable[str] | None = None, project_list: bool = False,
           messages: Iterable[str] | None = None, series: Iterable[str] | None = None,
           occurrences: Iterable[str] | None = None, tasks: Iterable[str] | None = None,
           settings: Iterable[str] | None = None, care: Iterable[str] | None = None,
           registers: Iterable[str] | None = None,
           satisfaction: Iterable[str] | None = None) -> Changes:
        return cls(_ids(projects), project_list, _ids(messages), _ids(series),
                   _ids(occurrences), _ids(tasks), _ids(settings), _ids(care),
                   _ids(registers), _ids(satisfaction))

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (an import, another program writing the store)."""
        every = frozenset({ANY})
        return cls(every, True, every, every, every, every, every, every, every, every)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.projects | other.projects, self.project_list or other.project_list,
                       self.messages | other.messages, self.series | other.series,
                       self.occurrences | other.occurrences, self.tasks | other.tasks,
                       self.settings | other.settings, self.care | other.care,
                       self.registers | other.registers,
                       self.satisfaction | other.satisfaction, self.origin or other.origin)

    def __bool__(self) -> bool:
        return bool(self.projects or self.project_list or self.messages or self.series
                    or self.occurrences or self.tasks or self.settings or self.care
                or self.registers or self.satisfaction)

    def project(self, project_id: str | None) -> bool:
        """This project's passport changed (or some project's, ids unknown)."""
        return project_id is not None and (project_id in self.projects or ANY in self.projects)

    def message(self, message_id: str) -> bool:
        return message_id in self.messages or ANY in self.messages

    def meetings(self) -> bool:
        """Any series or meeting date changed."""
        return bool(self.series or self.occurrences)

    def register(self, project_id: str | None) -> bool:
        """This project's registers changed (or some project's, ids unknown)."""
        return project_id is not None and (project_id in self.registers
                                           or ANY in self.registers)

    def satisfied(self, project_id: str | None) -> bool:
        """This project's satisfaction answers changed (or some project's, ids unknown);
        ``None``: any project's (the portfolio's trend)."""
        if project_id is None:
            return bool(self.satisfaction)
        return project_id in self.satisfaction or ANY in self.satisfaction

    def setting(self, name: str) -> bool:
        return name in self.settings or ANY in self.settings


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: Changes
