"""Vocabularies of a project's day-to-day work: tasks and change requests."""

from __future__ import annotations

from enum import StrEnum


class TaskStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    IN_REVIEW = "in_review"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in (TaskStatus.DONE, TaskStatus.CANCELLED)


class ChangeRequestStatus(StrEnum):
    """PRODUCT.md section 4: submitted by the customer, estimated one by one, confirmed in
    writing, put into this sprint or the next, the team told. The moves allowed between them
    are ``cockpit.domain.change_workflow.MOVES``."""

    SUBMITTED = "submitted"  # the customer asked for it, with a description
    ESTIMATED = "estimated"  # hours estimated (by whom is recorded), not sent yet
    SENT = "sent"  # the estimate went to the customer for confirmation
    CONFIRMED = "confirmed"  # the customer confirmed it in writing
    REJECTED = "rejected"  # the customer declined it (or withdrew it)
    SCHEDULED = "scheduled"  # planned into a sprint
    TEAM_INFORMED = "team_informed"  # the vendor team was told
    DONE = "done"

    @property
    def is_open(self) -> bool:
        return self not in (ChangeRequestStatus.REJECTED, ChangeRequestStatus.DONE)
