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


class MessageKind(StrEnum):
    """One per written rule of PRODUCT.md section 4, plus invites and free messages.

    The stored values of messages and templates, and of the communication map's report columns
    (the kinds whose spec in ``cockpit.messages.kinds`` is a report). Everything else about a
    kind (audience, context, sample, labels, templates) lives in its spec module.

    The kinds the code names are members here. A kind added later is one module in
    ``cockpit.messages.kinds`` (and its template files): its value becomes a member the first
    time it is asked for (``MessageKind("weather")``), through ``_missing_``.
    """

    FOLLOW_UP = "follow_up"
    TASK_UPDATE = "task_update"
    SPRINT_REPORT = "sprint_report"
    BIWEEKLY_REPORT = "biweekly_report"
    SURVEY = "survey"  # the satisfaction survey (CSAT, and NPS when it is due)
    CHANGE_REQUEST = "change_request"  # an estimate sent for the customer's confirmation
    TEAM_NOTICE = "team_notice"  # a confirmed change request, told to the vendor team
    DECISION = "decision"  # a decision or agreed change confirmed in writing
    PROBLEM_NOTICE = "problem_notice"
    REMEDIAL_PLAN = "remedial_plan"  # where the fix of a problem stands
    ESCALATION_NOTICE = "escalation_notice"  # a red flag moved up, to its new level's people
    MAIL_REPLY = "mail_reply"  # the answer to a customer's mail, in its conversation
    INVITE = "invite"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> MessageKind | None:
        """A kind that a spec module declares beyond the members above: made once for its
        value, then found like the others (the pattern ``enum.Flag`` uses for its
        combinations)."""
        if not isinstance(value, str):
            return None
        from cockpit.messages.kinds.registry import declares

        if not declares(value):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]


class Language(StrEnum):
    """The language a project writes to its customer in: it picks the default templates."""

    EN = "en"
    JA = "ja"


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
