"""Closed vocabularies of the project passport. Stored by value; the UI translates them."""

from __future__ import annotations

from enum import StrEnum


class ProjectStatus(StrEnum):
    ONBOARDING = "onboarding"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class Health(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Side(StrEnum):
    VENDOR = "vendor"
    CUSTOMER = "customer"


class EscalationLevel(StrEnum):
    """Who a complaint reaches, in order (PRODUCT.md section 5)."""

    NONE = "none"
    PROJECT = "project"  # project manager level
    DEPARTMENT = "department"  # department director / upper management
    EXECUTIVE = "executive"  # C-level


class Meeting(StrEnum):
    """Governance series a person attends (PRODUCT.md section 3)."""

    WEEKLY_STATUS = "weekly_status"
    BIWEEKLY_STATUS = "biweekly_status"
    EXECUTIVE_REVIEW = "executive_review"


class Report(StrEnum):
    """Written communication a person receives (PRODUCT.md section 4)."""

    FOLLOW_UP = "follow_up"
    TASK_UPDATE = "task_update"
    SPRINT_REPORT = "sprint_report"
    BIWEEKLY_REPORT = "biweekly_report"
    PROBLEM_NOTICE = "problem_notice"


class LinkKind(StrEnum):
    SOURCE_CONTROL = "source_control"
    TRACKER = "tracker"
    DOCUMENTATION = "documentation"
    OTHER = "other"


class ContractType(StrEnum):
    FIXED_PRICE = "fixed_price"
    TIME_AND_MATERIALS = "time_and_materials"
    DEDICATED_TEAM = "dedicated_team"
    RETAINER = "retainer"


class Renewal(StrEnum):
    NONE = "none"
    MANUAL = "manual"
    AUTOMATIC = "automatic"
