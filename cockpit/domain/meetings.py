"""Governance meetings: series, their occurrences, minutes (PRODUCT.md section 3).

Plain data handed between services and UI. A series is a recurring meeting in one time zone;
an occurrence is one date of it, stored only when something differs from the series (moved,
cancelled, its own agenda) or when minutes were taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from cockpit.domain.enums import Language, Meeting


def new_id() -> str:
    import uuid  # here: the UI names these enums before the first paint, without uuid

    return str(uuid.uuid4())


class SeriesType(StrEnum):
    WEEKLY_STATUS = "weekly_status"
    BIWEEKLY_STATUS = "biweekly_status"
    EXECUTIVE_REVIEW = "executive_review"
    OTHER = "other"

    @property
    def meeting(self) -> Meeting | None:
        """The communication-map column that says who attends this kind of meeting."""
        return None if self is SeriesType.OTHER else Meeting(self.value)


class Cadence(StrEnum):
    WEEKLY = "weekly"
    EVERY_N_WEEKS = "every_n_weeks"
    MONTHLY = "monthly"
    EVERY_N_MONTHS = "every_n_months"
    YEARLY = "yearly"
    CUSTOM = "custom"  # the PM's own RRULE


class AttendeeRole(StrEnum):
    REQUIRED = "required"
    OPTIONAL = "optional"


class PartStat(StrEnum):
    NEEDS_ACTION = "needs_action"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    DELEGATED = "delegated"


class OccurrenceState(StrEnum):
    SCHEDULED = "scheduled"
    MOVED = "moved"
    CANCELLED = "cancelled"


class MinutesKind(StrEnum):
    POINT = "point"  # discussed
    DECISION = "decision"
    ACTION = "action"


@dataclass
class AttendeeData:
    person_id: str
    name: str = ""
    email: str = ""
    time_zone: str = "UTC"
    role: AttendeeRole = AttendeeRole.REQUIRED
    partstat: PartStat = PartStat.NEEDS_ACTION
    customer_side: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class SeriesData:
    project_id: str
    title: str = ""
    type: SeriesType = SeriesType.OTHER
    objective: str = ""
    cadence: Cadence = Cadence.WEEKLY
    interval: int = 1
    custom_rrule: str = ""
    first_date: date | None = None  # the first occurrence; its weekday is the series' weekday
    start_time: time = time(10, 0)
    time_zone: str = "UTC"
    duration_minutes: int = 30
    until: date | None = None
    location: str = ""
    online_url: str = ""
    organizer_person_id: str | None = None
    reminder_minutes: int | None = 15
    agenda_template_id: str | None = None
    attendees: list[AttendeeData] = field(default_factory=list)
    cancelled: bool = False
    uid: str = ""
    sequence: int = 0
    # invitations go out through Outlook (the PM's choice; one channel per series, see
    # cockpit.services.outlook_channel); the two below are the sync's, read-only here
    outlook: bool = False
    in_outlook: bool = False  # Outlook holds the event (its UID is the series' UID)
    outlook_problem: str = ""  # why Outlook refused the series, until it changes
    ics_sent: bool = False  # an .ics invitation went out: the series stays on .ics
    id: str = field(default_factory=new_id)


@dataclass
class OccurrenceData:
    """One date of a series. ``original_start`` (UTC) names it, as RECURRENCE-ID does."""

    series_id: str
    original_start: datetime
    start: datetime  # where it is now (moved, or equal to original_start)
    duration_minutes: int
    state: OccurrenceState = OccurrenceState.SCHEDULED
    agenda: str | None = None  # this occurrence's own agenda text, None: the series' template
    id: str | None = None  # None until something about it is stored
    held: bool | None = None  # the PM marked it held / not held; None: minutes decide


@dataclass
class MinutesItemData:
    kind: MinutesKind
    text: str
    owner_person_id: str | None = None
    due_on: date | None = None
    done_on: date | None = None
    internal: bool = False  # never reaches anything the customer receives
    id: str = field(default_factory=new_id)


@dataclass
class AgendaTemplateData:
    """A stored agenda template (Jinja2). Defaults are shipped, one per meeting type: they can be
    edited but not deleted, and keep their meeting type."""

    name: str = ""
    series_type: SeriesType = SeriesType.OTHER
    body: str = ""
    is_default: bool = False
    language: Language = Language.EN
    id: str = field(default_factory=new_id)


class TemplateIssue(StrEnum):
    """Why an agenda template cannot be saved or deleted (the UI words it)."""

    NAME_MISSING = "name_missing"
    NAME_TOO_LONG = "name_too_long"
    SUBJECT_TOO_LONG = "subject_too_long"  # message templates
    NAME_TAKEN = "name_taken"
    TYPE_FIXED = "type_fixed"  # a default keeps its meeting type
    BODY_EMPTY = "body_empty"
    BODY_ERROR = "body_error"  # Jinja2 cannot render it: ``line`` and ``detail`` say where/why
    DEFAULT_KEPT = "default_kept"  # a default cannot be deleted
