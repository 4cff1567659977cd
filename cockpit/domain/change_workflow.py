"""The change-request workflow: which move is allowed from which state, and the words that
refuse one that is not.

    submitted → estimated → sent → confirmed → scheduled → team informed → done
                    ↘          ↘ rejected
    (submitted, estimated and sent may also end rejected; sent may go back to estimated
    when the customer asks for another estimate)

What each move needs (hours and who estimated, the confirming message, the sprint) is checked
by the service that makes it (``cockpit.services.change_requests``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cockpit.domain.work import ChangeRequestStatus as S

MOVES: dict[S, tuple[S, ...]] = {
    S.SUBMITTED: (S.ESTIMATED, S.REJECTED),
    S.ESTIMATED: (S.SENT, S.REJECTED),
    S.SENT: (S.CONFIRMED, S.REJECTED, S.ESTIMATED),
    S.CONFIRMED: (S.SCHEDULED,),
    S.SCHEDULED: (S.TEAM_INFORMED,),
    S.TEAM_INFORMED: (S.DONE,),
    S.REJECTED: (),
    S.DONE: (),
}

LABELS: dict[S, str] = {
    S.SUBMITTED: "submitted", S.ESTIMATED: "estimated", S.SENT: "sent for confirmation",
    S.CONFIRMED: "confirmed", S.REJECTED: "rejected", S.SCHEDULED: "scheduled",
    S.TEAM_INFORMED: "team informed", S.DONE: "done",
}


@dataclass(frozen=True)
class Confirmation:
    """The customer's written answer to an estimate: a synced mail, or a message logged by
    hand (``note`` says what and where, ``on`` when)."""

    mail_id: str | None = None
    message_id: str | None = None
    on: date | None = None
    note: str = ""


def allowed(current: S, target: S) -> bool:
    return target in MOVES[current]


def refusal(name: str, current: S, target: S) -> str | None:
    """None when ``current`` → ``target`` is a move of the workflow; else one line that says
    why not and what is possible."""
    if allowed(current, target):
        return None
    if current == target:
        return f"{name} is already {LABELS[current]}"
    options = MOVES[current]
    if not options:
        return (f"{name} is {LABELS[current]}: it is closed and cannot move to "
                f"{LABELS[target]}")
    named = " or ".join(LABELS[o] for o in options)
    return f"{name} is {LABELS[current]}: it can move to {named}, not to {LABELS[target]}"


__all__ = ["LABELS", "MOVES", "Confirmation", "allowed", "refusal"]
