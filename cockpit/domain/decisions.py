"""Where a decision of the decision log came from, and how it stands in writing (PRODUCT.md
§4: important decisions are traced in writing and added to the project record)."""

from __future__ import annotations

from enum import StrEnum


class DecisionOrigin(StrEnum):
    MEETING = "meeting"  # a decision in a meeting's minutes
    MESSAGE = "message"  # "record as decision" on a message written in the app
    MAIL = "mail"  # "record as decision" on a synced mail item
    MANUAL = "manual"  # entered in the log by hand


class Confirmation(StrEnum):
    CONFIRMED = "confirmed"  # a written message confirms it
    AWAITING = "awaiting"  # nothing in writing yet


__all__ = ["Confirmation", "DecisionOrigin"]
