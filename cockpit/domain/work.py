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
    """PRODUCT.md section 4: submitted, estimated one by one, confirmed, then planned."""

    SUBMITTED = "submitted"
    ESTIMATED = "estimated"  # estimate sent, waiting for the customer's confirmation
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    DONE = "done"

    @property
    def is_open(self) -> bool:
        return self in (ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.ESTIMATED,
                        ChangeRequestStatus.CONFIRMED)
