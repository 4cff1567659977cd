"""Problems handled in the open (PRODUCT.md §6): the vocabularies of the problem register."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class ProblemStatus(StrEnum):
    OPEN = "open"  # being worked on
    FIXED = "fixed"  # the fix shipped (tested); the retrospective may still be to come
    CLOSED = "closed"  # retrospective held, lessons recorded

    @property
    def is_open(self) -> bool:
        return self is ProblemStatus.OPEN


class Compensation(StrEnum):
    """What was considered for the customer, with the reason kept beside it."""

    UNDECIDED = "undecided"
    NONE = "none"
    PRICE_REDUCTION = "price_reduction"
    EXTRA_SERVICE = "extra_service"


@dataclass
class RemedialStepData:
    text: str = ""
    owner_person_id: str | None = None
    due_on: date | None = None
    done_on: date | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class ProblemData:
    """A problem as the PM writes it: what happened, its impact, the picture given to the
    customer, the remedial plan, and afterwards how it was fixed and what was learned."""

    title: str = ""
    description: str = ""
    found_at: datetime | None = None
    impact_business: str = ""
    impact_users: str = ""
    customer_informed_at: datetime | None = None
    schedule_impact: str = ""
    new_date: date | None = None
    solution_options: str = ""
    workaround: str = ""
    resources: str = ""
    fix_testing: str = ""
    compensation: Compensation = Compensation.UNDECIDED
    compensation_reason: str = ""
    retrospective_on: date | None = None
    lessons_learned: str = ""
    task_id: str | None = None
    steps: list[RemedialStepData] = field(default_factory=list)


__all__ = ["Compensation", "ProblemData", "ProblemStatus", "RemedialStepData"]
