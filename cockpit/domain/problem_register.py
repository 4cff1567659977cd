"""Problems handled in the open (PRODUCT.md §6): the vocabularies of the problem register."""

from __future__ import annotations

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


__all__ = ["Compensation", "ProblemStatus"]
