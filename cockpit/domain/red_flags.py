"""Red flags: every customer complaint or escalation, and the path it climbs (PRODUCT.md §5).

A flag sits at one level of the escalation path — the project manager, the department
director, C-level — and moves up when its level has not resolved it within the level's time
limit (working days, per project). The vocabularies here are stored by value; the UI
translates them.
"""

from __future__ import annotations

from enum import StrEnum

from cockpit.domain.enums import EscalationLevel


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class FlagCategory(StrEnum):
    QUALITY = "quality"
    SCHEDULE = "schedule"
    COMMUNICATION = "communication"
    COST = "cost"
    PEOPLE = "people"
    OTHER = "other"


class FlagEventKind(StrEnum):
    """One line of a flag's history."""

    RAISED = "raised"
    MOVED_UP = "moved_up"  # by the clock: its level's time ran out
    ESCALATED = "escalated"  # by hand, before the time ran out
    NOTE = "note"  # internal
    ANSWER = "answer"  # what the customer was told
    RESOLVED = "resolved"
    REOPENED = "reopened"


# the path, bottom to top; a flag starts at the first level
PATH: tuple[EscalationLevel, ...] = (EscalationLevel.PROJECT, EscalationLevel.DEPARTMENT,
                                     EscalationLevel.EXECUTIVE)
# the company's defaults, in working days: the project manager has one, the department
# director two; C-level is the top and has no limit
DEFAULT_LIMITS: dict[EscalationLevel, int] = {EscalationLevel.PROJECT: 1,
                                              EscalationLevel.DEPARTMENT: 2}
MAX_LIMIT_DAYS = 30


def next_level(level: EscalationLevel) -> EscalationLevel | None:
    """The level above ``level`` on the path, or None at the top."""
    if level not in PATH:
        return PATH[0]
    index = PATH.index(level)
    return PATH[index + 1] if index + 1 < len(PATH) else None


__all__ = ["DEFAULT_LIMITS", "MAX_LIMIT_DAYS", "PATH", "FlagCategory", "FlagEventKind",
           "Severity", "next_level"]
