"""What a message is written about: the thing a template is opened on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Source:
    """Exactly what a template needs besides the project. Fields that do not apply stay None.

    - follow-up: ``series_id`` and ``original_start`` (a meeting that took place);
    - task update, biweekly report, problem notice: nothing more (``task_id`` optional);
    - sprint report: ``sprint`` (a sprint label; empty: the latest one);
    - change-request estimate: ``change_request_id``;
    - decision confirmation: ``decision_id`` (a decision in the minutes), or
      ``change_request_id`` (an agreed change, confirmed with its hours);
    - reply to a customer's mail: ``mail_id`` (a synced Inbox item);
    - escalation notice: ``red_flag_id``; team notice: ``change_request_id``;
    - problem notice, remedial-plan update: ``problem_id`` (a problem of the register).
    """

    project_id: str
    series_id: str | None = None
    original_start: datetime | None = None
    task_id: str | None = None
    change_request_id: str | None = None
    decision_id: str | None = None
    sprint: str | None = None
    mail_id: str | None = None
    red_flag_id: str | None = None
    problem_id: str | None = None
    today: date | None = None
