"""When a red flag moves up the escalation path: the clock, worked out without the store.

A level has its time limit in working days (per project; the company's defaults are one for
the project manager and two for the department director; C-level is the top). The limit runs
in the **customer's** working calendar — the customer's zone, the working days of the
project's country and the company's days off — because the path is a promise made to the
customer ("answered by the project manager within a working day"), who is told it from day
one. The time runs from when the flag reached the level: a flag raised outside working hours
starts its clock when work next begins, and it moves up the same time of day ``limit`` working
days later (raised Friday 17:00 in Tokyo with a one-day limit: it moves up on Monday at 17:00,
or on Tuesday when Monday is a holiday).

Everything here is a pure function of (level, since, limits, calendar, moment), so ``cockpit
flags list --at`` answers for any moment; ``cockpit.services.red_flags.advance`` writes the
moves that are due as the flag's history, once each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cockpit.care.working_time import WorkingCalendar
from cockpit.domain.enums import EscalationLevel
from cockpit.domain.red_flags import DEFAULT_LIMITS, next_level


@dataclass(frozen=True)
class Limits:
    """Working days at each level before a flag moves up."""

    project_days: int = DEFAULT_LIMITS[EscalationLevel.PROJECT]
    department_days: int = DEFAULT_LIMITS[EscalationLevel.DEPARTMENT]

    def days(self, level: EscalationLevel) -> int | None:
        """The limit at ``level``; None at the top (C-level), where a flag stays."""
        if level is EscalationLevel.DEPARTMENT:
            return self.department_days
        if level is EscalationLevel.EXECUTIVE:
            return None
        return self.project_days  # the project manager (and a flag with no level yet)


@dataclass(frozen=True)
class Move:
    at: datetime  # when the level's time runs out
    from_level: EscalationLevel
    to_level: EscalationLevel


@dataclass(frozen=True)
class Standing:
    """Where a flag is at a moment, since when, and its next move (None at the top)."""

    level: EscalationLevel
    since: datetime
    moves: tuple[Move, ...]  # the clock's moves from the stored level up to the moment
    next_move: Move | None


def deadline(calendar: WorkingCalendar, since: datetime, days: int) -> datetime:
    """``days`` working days after ``since``, counted from when work next begins."""
    start = calendar.working_moment(since).astimezone(calendar.tz)
    day = calendar.add_working_days(start.date(), days)
    return datetime.combine(day, start.time().replace(tzinfo=None), calendar.tz)


def upcoming(level: EscalationLevel, since: datetime, limits: Limits,
             calendar: WorkingCalendar) -> Move | None:
    """The move that comes when ``level``'s time runs out (None at the top)."""
    days, above = limits.days(level), next_level(level)
    if days is None or above is None:
        return None
    return Move(deadline(calendar, since, days), level, above)


def standing(level: EscalationLevel, since: datetime, limits: Limits,
             calendar: WorkingCalendar, at: datetime) -> Standing:
    """The flag's place at ``at``, from where it was written (``level`` since ``since``): each
    level whose time ran out by ``at`` is a move, made once."""
    moves: list[Move] = []
    move = upcoming(level, since, limits, calendar)
    while move is not None and move.at <= at:
        moves.append(move)
        level, since = move.to_level, move.at
        move = upcoming(level, since, limits, calendar)
    return Standing(level, since, tuple(moves), move)


__all__ = ["Limits", "Move", "Standing", "deadline", "standing", "upcoming"]
