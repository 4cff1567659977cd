"""Translated names for the core's enums, validation problems and error codes."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from cockpit.domain.decisions import DecisionOrigin
from cockpit.domain.enums import (
    ContractType,
    EscalationLevel,
    Health,
    LinkKind,
    Meeting,
    ProjectStatus,
    Renewal,
    Side,
)
from cockpit.domain.meetings import (
    AttendeeRole,
    Cadence,
    MinutesKind,
    OccurrenceState,
    PartStat,
    SeriesType,
)
from cockpit.domain.messages import MessageKind, MessageState
from cockpit.domain.problem_register import Compensation, ProblemStatus
from cockpit.domain.problems import Problem
from cockpit.domain.red_flags import FlagCategory, FlagEventKind, Severity
from cockpit.domain.satisfaction import Category, Scale
from cockpit.domain.work import ChangeRequestStatus, TaskStatus
from cockpit.errors import ErrorCode
from cockpit.messages.kinds.registry import spec_of


def label(value: Enum) -> str:
    if isinstance(value, MessageKind):  # only this table loads the kind modules (SQLAlchemy)
        return kind_label(value)
    # one table per enum: members of different StrEnums with the same value are equal
    # ("other" is a link kind and a meeting type) and would overwrite each other
    tables: dict[type[Enum], dict[Any, str]] = {
        **_meeting_labels(),
        **_work_labels(),
        ProjectStatus: {
            ProjectStatus.ONBOARDING: QCoreApplication.translate("Labels", "Onboarding"),
            ProjectStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
            ProjectStatus.ON_HOLD: QCoreApplication.translate("Labels", "On hold"),
            ProjectStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        },
        Health: {
            Health.GREEN: QCoreApplication.translate("Labels", "Green"),
            Health.AMBER: QCoreApplication.translate("Labels", "Amber"),
            Health.RED: QCoreApplication.translate("Labels", "Red"),
        },
        Side: {
            Side.VENDOR: QCoreApplication.translate("Labels", "Vendor"),
            Side.CUSTOMER: QCoreApplication.translate("Labels", "Customer"),
        },
        EscalationLevel: {
            EscalationLevel.NONE: QCoreApplication.translate("Labels", "—"),
            EscalationLevel.PROJECT: QCoreApplication.translate("Labels", "1 · Project manager"),
            EscalationLevel.DEPARTMENT: QCoreApplication.translate(
                "Labels", "2 · Department director"),
            EscalationLevel.EXECUTIVE: QCoreApplication.translate("Labels", "3 · C-level"),
        },
        Meeting: {
            Meeting.WEEKLY_STATUS: QCoreApplication.translate("Labels", "Weekly status"),
            Meeting.BIWEEKLY_STATUS: QCoreApplication.translate("Labels", "Biweekly status"),
            Meeting.EXECUTIVE_REVIEW: QCoreApplication.translate("Labels", "Executive review"),
        },
        LinkKind: {
            LinkKind.SOURCE_CONTROL: QCoreApplication.translate("Labels", "Source control"),
            LinkKind.TRACKER: QCoreApplication.translate("Labels", "Issue tracker"),
            LinkKind.DOCUMENTATION: QCoreApplication.translate("Labels", "Documentation"),
            LinkKind.OTHER: QCoreApplication.translate("Labels", "Other tool"),
        },
        ContractType: {
            ContractType.FIXED_PRICE: QCoreApplication.translate("Labels", "Fixed price"),
            ContractType.TIME_AND_MATERIALS: QCoreApplication.translate(
                "Labels", "Time and materials"),
            ContractType.DEDICATED_TEAM: QCoreApplication.translate("Labels", "Dedicated team"),
            ContractType.RETAINER: QCoreApplication.translate("Labels", "Retainer"),
        },
        Renewal: {
            Renewal.NONE: QCoreApplication.translate("Labels", "No renewal"),
            Renewal.MANUAL: QCoreApplication.translate("Labels", "Renewal on request"),
            Renewal.AUTOMATIC: QCoreApplication.translate("Labels", "Automatic renewal"),
        },
    }
    return tables[type(value)][value]


def _work_labels() -> dict[type[Enum], dict[Any, str]]:
    return {
        TaskStatus: {
            TaskStatus.TODO: QCoreApplication.translate("Labels", "To do"),
            TaskStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
            TaskStatus.BLOCKED: QCoreApplication.translate("Labels", "Blocked"),
            TaskStatus.IN_REVIEW: QCoreApplication.translate("Labels", "In review"),
            TaskStatus.DONE: QCoreApplication.translate("Labels", "Done"),
            TaskStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        },
        Severity: {
            Severity.LOW: QCoreApplication.translate("Labels", "Low"),
            Severity.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
            Severity.HIGH: QCoreApplication.translate("Labels", "High"),
            Severity.CRITICAL: QCoreApplication.translate("Labels", "Critical"),
        },
        FlagCategory: {
            FlagCategory.QUALITY: QCoreApplication.translate("Labels", "Quality"),
            FlagCategory.SCHEDULE: QCoreApplication.translate("Labels", "Schedule"),
            FlagCategory.COMMUNICATION: QCoreApplication.translate("Labels", "Communication"),
            FlagCategory.COST: QCoreApplication.translate("Labels", "Cost"),
            FlagCategory.PEOPLE: QCoreApplication.translate("Labels", "People"),
            FlagCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
        },
        FlagEventKind: {
            FlagEventKind.RAISED: QCoreApplication.translate("Labels", "raised"),
            FlagEventKind.MOVED_UP: QCoreApplication.translate("Labels", "moved up by the clock"),
            FlagEventKind.ESCALATED: QCoreApplication.translate("Labels", "escalated by hand"),
            FlagEventKind.NOTE: QCoreApplication.translate("Labels", "note"),
            FlagEventKind.ANSWER: QCoreApplication.translate("Labels", "answer to the customer"),
            FlagEventKind.RESOLVED: QCoreApplication.translate("Labels", "resolved"),
            FlagEventKind.REOPENED: QCoreApplication.translate("Labels", "reopened"),
        },
        Scale: {
            Scale.CSAT: QCoreApplication.translate("Labels", "CSAT (1–5)"),
            Scale.NPS: QCoreApplication.translate("Labels", "NPS (0–10)"),
        },
        Category: {
            Category.OVERALL: QCoreApplication.translate("Labels", "Overall"),
            Category.QUALITY: QCoreApplication.translate("Labels", "Quality"),
            Category.SCHEDULE: QCoreApplication.translate("Labels", "Schedule"),
            Category.COMMUNICATION: QCoreApplication.translate("Labels", "Communication"),
            Category.COST: QCoreApplication.translate("Labels", "Cost"),
            Category.PEOPLE: QCoreApplication.translate("Labels", "People"),
            Category.OTHER: QCoreApplication.translate("Labels", "Other"),
        },
        ProblemStatus: {
            ProblemStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
            ProblemStatus.FIXED: QCoreApplication.translate("Labels", "Fixed"),
            ProblemStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        },
        Compensation: {
            Compensation.UNDECIDED: QCoreApplication.translate("Labels", "Not decided yet"),
            Compensation.NONE: QCoreApplication.translate("Labels", "None"),
            Compensation.PRICE_REDUCTION: QCoreApplication.translate("Labels", "Price reduction"),
            Compensation.EXTRA_SERVICE: QCoreApplication.translate("Labels", "Extra service"),
        },
        DecisionOrigin: {
            DecisionOrigin.MEETING: QCoreApplication.translate("Labels", "Meeting"),
            DecisionOrigin.MESSAGE: QCoreApplication.translate("Labels", "Message"),
            DecisionOrigin.MAIL: QCoreApplication.translate("Labels", "Customer's mail"),
            DecisionOrigin.MANUAL: QCoreApplication.translate("Labels", "By hand"),
        },
        ChangeRequestStatus: {
            ChangeRequestStatus.SUBMITTED: QCoreApplication.translate("Labels", "Submitted"),
            ChangeRequestStatus.ESTIMATED: QCoreApplication.translate("Labels", "Estimated"),
            ChangeRequestStatus.SENT: QCoreApplication.translate(
                "Labels", "Sent for confirmation"),
            ChangeRequestStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
            ChangeRequestStatus.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
            ChangeRequestStatus.SCHEDULED: QCoreApplication.translate(
                "Labels", "Scheduled in a sprint"),
            ChangeRequestStatus.TEAM_INFORMED: QCoreApplication.translate(
                "Labels", "Team informed"),
            ChangeRequestStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        },
        MessageState: {
            MessageState.DRAFT: QCoreApplication.translate("Labels", "Draft"),
            MessageState.READY: QCoreApplication.translate("Labels", "Queued"),
            MessageState.SENT: QCoreApplication.translate("Labels", "Sent"),
            MessageState.FAILED: QCoreApplication.translate("Labels", "Failed"),
        },
    }


def _meeting_labels() -> dict[type[Enum], dict[Any, str]]:
    return {
        SeriesType: {
            SeriesType.WEEKLY_STATUS: QCoreApplication.translate("Labels", "Weekly status"),
            SeriesType.BIWEEKLY_STATUS: QCoreApplication.translate("Labels", "Biweekly status"),
            SeriesType.EXECUTIVE_REVIEW: QCoreApplication.translate("Labels", "Executive review"),
            SeriesType.OTHER: QCoreApplication.translate("Labels", "Other meeting"),
        },
        Cadence: {
            Cadence.WEEKLY: QCoreApplication.translate("Labels", "Every week"),
            Cadence.EVERY_N_WEEKS: QCoreApplication.translate("Labels", "Every N weeks"),
            Cadence.MONTHLY: QCoreApplication.translate("Labels", "Every month"),
            Cadence.EVERY_N_MONTHS: QCoreApplication.translate("Labels", "Every N months"),
            Cadence.YEARLY: QCoreApplication.translate("Labels", "Every year"),
            Cadence.CUSTOM: QCoreApplication.translate("Labels", "Custom rule (RRULE)"),
        },
        AttendeeRole: {
            AttendeeRole.REQUIRED: QCoreApplication.translate("Labels", "Required"),
            AttendeeRole.OPTIONAL: QCoreApplication.translate("Labels", "Optional"),
        },
        PartStat: {
            PartStat.NEEDS_ACTION: QCoreApplication.translate("Labels", "No answer yet"),
            PartStat.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
            PartStat.TENTATIVE: QCoreApplication.translate("Labels", "Tentative"),
            PartStat.DECLINED: QCoreApplication.translate("Labels", "Declined"),
            PartStat.DELEGATED: QCoreApplication.translate("Labels", "Delegated"),
        },
        OccurrenceState: {
            OccurrenceState.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
            OccurrenceState.MOVED: QCoreApplication.translate("Labels", "Moved"),
            OccurrenceState.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        },
        MinutesKind: {
            MinutesKind.POINT: QCoreApplication.translate("Labels", "Discussed"),
            MinutesKind.DECISION: QCoreApplication.translate("Labels", "Decision"),
            MinutesKind.ACTION: QCoreApplication.translate("Labels", "Action item"),
        },
    }


def short_label(value: Meeting | MessageKind) -> str:
    """Column headers of the communication map (the full name is the tooltip)."""
    if isinstance(value, MessageKind):
        return QCoreApplication.translate("MessageKind", spec_of(value).short_label)
    table: dict[Enum, str] = {
        Meeting.WEEKLY_STATUS: QCoreApplication.translate("Labels", "Weekly"),
        Meeting.BIWEEKLY_STATUS: QCoreApplication.translate("Labels", "Biweekly"),
        Meeting.EXECUTIVE_REVIEW: QCoreApplication.translate("Labels", "Exec. review"),
    }
    return table[value]


def kind_label(kind: str) -> str:
    """A message kind's name, from its spec (translated in the "MessageKind" context)."""
    return QCoreApplication.translate("MessageKind", spec_of(kind).label)


def kind_text(text: str) -> str:
    """Other text a kind's spec holds (menu entries, tooltips)."""
    return QCoreApplication.translate("MessageKind", text)


def problem_text(problem: Problem) -> str:
    table = {
        Problem.REQUIRED: QCoreApplication.translate("Labels", "This field is required."),
        Problem.BAD_CODE: QCoreApplication.translate(
            "Labels",
            "Start with a letter or digit; use up to 32 letters A–Z, digits, dots, dashes "
            "or underscores.",
        ),
        Problem.BAD_EMAIL: QCoreApplication.translate(
            "Labels", "Not an e-mail address (expected name@example.com)."
        ),
        Problem.BAD_URL: QCoreApplication.translate(
            "Labels", "Not a web address (expected https://…)."
        ),
        Problem.BAD_TIME_ZONE: QCoreApplication.translate(
            "Labels", "Unknown time zone (expected e.g. Asia/Tokyo)."
        ),
        Problem.BAD_CURRENCY: QCoreApplication.translate(
            "Labels", "Use a three-letter currency code such as EUR, USD or JPY."
        ),
        Problem.BAD_COUNTRY: QCoreApplication.translate(
            "Labels", "Use a two-letter country code such as JP, DE or US."
        ),
        Problem.BAD_AMOUNT: QCoreApplication.translate(
            "Labels", "Enter an amount of zero or more, e.g. 12500.00."
        ),
        Problem.END_BEFORE_START: QCoreApplication.translate(
            "Labels", "The end date is before the start date."
        ),
        Problem.BAD_SPRINT: QCoreApplication.translate("Labels", "Sprints last one or two weeks."),
        Problem.BAD_LIMIT: QCoreApplication.translate(
            "Labels", "A level of the escalation path has 1 to 30 working days."),
        Problem.DUPLICATE: QCoreApplication.translate(
            "Labels", "Another row already has this name."),
        Problem.BAD_PERCENT: QCoreApplication.translate(
            "Labels", "Enter a percentage between 0 and 100."
        ),
        Problem.NEGATIVE: QCoreApplication.translate("Labels", "Enter zero or more."),
        Problem.TOO_LONG: QCoreApplication.translate("Labels", "This text is too long."),
        Problem.TOO_LARGE: QCoreApplication.translate("Labels", "This number is too large."),
        Problem.DECIMAL_COMMA: QCoreApplication.translate(
            "Labels", "Use a dot for decimals, e.g. 1234.50 (commas only group thousands)."),
        Problem.BAD_DATE: QCoreApplication.translate(
            "Labels", "Not a date: write it as %1, or pick it from the calendar (Alt+Down)."
        ).replace("%1", _date_hint()),
        Problem.BAD_NUMBER: QCoreApplication.translate("Labels", "Not a number."),
    }
    return table[problem]


def _date_hint() -> str:
    from ui.widgets.dates import pattern_hint

    return pattern_hint()


def error_text(code: ErrorCode, detail: str) -> str:
    table = {
        ErrorCode.DB_CORRUPT: QCoreApplication.translate(
            "Labels",
            "The database file is damaged or is not a PM Cockpit database. "
            "It was not changed. Restore a backup or choose another file "
            "with --db.",
        ),
        ErrorCode.DB_UNREADABLE: QCoreApplication.translate(
            "Labels",
            "The database cannot be read. Check the file's permissions "
            "or choose another file with --db.",
        ),
        ErrorCode.DB_NEWER: QCoreApplication.translate(
            "Labels",
            "This database was written by a newer version of PM Cockpit. "
            "It was left untouched: update PM Cockpit to open it.",
        ),
        ErrorCode.DB_NEEDS_UPGRADE: QCoreApplication.translate(
            "Labels", "This shared database needs its schema created or upgraded first. PM "
            "Cockpit never does that by itself on a server: whoever looks after the database "
            "runs `cockpit db upgrade --db URL` once, then everyone opens it again."),
        ErrorCode.DB_BAD_URL: QCoreApplication.translate(
            "Labels", "The database address is not usable. Check --db or COCKPIT_DB."
        ),
        ErrorCode.DB_MISSING: QCoreApplication.translate(
            "Labels", "There is no project store at this path. Check the path, or open another "
            "store with File → Open store…"),
        ErrorCode.DEMO_STORE: QCoreApplication.translate(
            "Labels", "This is the demo portfolio: it never sends mail, syncs or writes to "
            "Outlook. Open your own store to do that."),
        ErrorCode.NOT_DEMO_STORE: QCoreApplication.translate(
            "Labels", "This store holds your own projects: the demo portfolio goes only into a "
            "store of its own (Help → Open the demo portfolio)."),
        ErrorCode.DB_MIGRATION_FAILED: QCoreApplication.translate(
            "Labels",
            "Upgrading the database failed. Your data is safe in "
            "the backup named below; please report this problem.",
        ),
        ErrorCode.FILE_NOT_FOUND: QCoreApplication.translate("Labels", "The file does not exist."),
        ErrorCode.FILE_UNREADABLE: QCoreApplication.translate(
            "Labels", "The file cannot be read or written."
        ),
        ErrorCode.BAD_JSON: QCoreApplication.translate("Labels", "The file is not valid JSON."),
        ErrorCode.BAD_EXPORT_FORMAT: QCoreApplication.translate(
            "Labels", "The file is not a PM Cockpit export, or it is damaged."
        ),
        ErrorCode.UNSUPPORTED_EXPORT_VERSION: QCoreApplication.translate(
            "Labels",
            "The export was made by another version of PM Cockpit and cannot be read by this one.",
        ),
        ErrorCode.VALIDATION: QCoreApplication.translate(
            "Labels", "Some fields need attention before saving."
        ),
        ErrorCode.NOT_FOUND: QCoreApplication.translate(
            "Labels", "The project no longer exists; it may have been deleted."
        ),
        ErrorCode.BAD_ICS: QCoreApplication.translate(
            "Labels", "The calendar file is damaged or is not an iCalendar (.ics) file. Nothing "
            "was imported."),
        ErrorCode.ICS_NOTHING_TO_IMPORT: QCoreApplication.translate(
            "Labels", "The calendar file holds no meeting PM Cockpit can import. Nothing was "
            "changed."),
        ErrorCode.ICS_OTHER_PROJECT: QCoreApplication.translate(
            "Labels", "This meeting already belongs to another project. Import it there, or "
            "choose the right project. Nothing was changed."),
        ErrorCode.TEMPLATE_ERROR: QCoreApplication.translate(
            "Labels", "The template has a mistake; fix it in the template editor."),
        ErrorCode.CHANGED_ELSEWHERE: QCoreApplication.translate(
            "Labels",
            "This project was changed elsewhere (another window, the command line or an "
            "import) after you opened it. Nothing was overwritten and your edits are still on "
            "screen: copy what you need, then use Revert changes to load the stored version."),
        ErrorCode.DUPLICATE_CODE: QCoreApplication.translate(
            "Labels", "Another project already uses this code. Choose another."
        ),
        ErrorCode.MESSAGE_LOCKED: QCoreApplication.translate(
            "Labels", "This message is queued or sent and can no longer be changed. Take a "
            "queued message back to the drafts to edit it; a sent one is kept as it went out."),
        ErrorCode.BAD_RECIPIENTS: QCoreApplication.translate(
            "Labels", "Check the addresses: a message needs a sender and at least one "
            "recipient, and every address must be valid. Nothing was lost."),
        ErrorCode.PLACEHOLDERS_LEFT: QCoreApplication.translate(
            "Labels", "The message still has places to fill in, marked [[like this]]. Write "
            "them (or delete them), then queue it again. Nothing was sent."),
        ErrorCode.EXECUTIVE_RECIPIENTS: QCoreApplication.translate(
            "Labels", "This message goes to the customer's executives. Queue it "
            "from its window, where you can confirm it. Nothing was sent."),
        **_outlook_errors(),
    }
    return f"{table[code]}\n\n{detail}"


def _outlook_errors() -> dict[ErrorCode, str]:
    return {
        ErrorCode.OFFLINE: QCoreApplication.translate(
            "Labels", "Outlook cannot be reached: you seem to be offline. Everything is kept "
            "and is sent when the network is back."),
        ErrorCode.SIGN_IN_EXPIRED: QCoreApplication.translate(
            "Labels", "Your Outlook sign-in has expired. Sign in again; nothing waiting is lost."),
        ErrorCode.NO_PERMISSION: QCoreApplication.translate(
            "Labels", "Outlook refused: your account lacks a permission PM Cockpit needs. Ask "
            "your administrator to grant it (see the README), then sign in again."),
        ErrorCode.MAILBOX_FULL: QCoreApplication.translate(
            "Labels", "The mailbox is full. Free some space in Outlook, then retry."),
        ErrorCode.DELETED_IN_OUTLOOK: QCoreApplication.translate(
            "Labels", "The item was deleted in Outlook."),
        ErrorCode.THROTTLED: QCoreApplication.translate(
            "Labels", "Outlook asked to wait before more requests. Sync retries later by "
            "itself."),
        ErrorCode.OUTLOOK_UNAVAILABLE: QCoreApplication.translate(
            "Labels", "Outlook's servers are not answering right now. Sync retries later by "
            "itself."),
        ErrorCode.OUTLOOK_CONFLICT: QCoreApplication.translate(
            "Labels", "The item was changed in Outlook meanwhile; both versions are kept."),
        ErrorCode.SYNC_STATE_EXPIRED: QCoreApplication.translate(
            "Labels", "Outlook no longer knows the last sync point; everything is read again."),
        ErrorCode.OUTLOOK_REFUSED: QCoreApplication.translate(
            "Labels", "Outlook refused the request."),
        ErrorCode.KEYCHAIN_UNAVAILABLE: QCoreApplication.translate(
            "Labels", "This computer has no usable keychain: you will need to sign in to "
            "Outlook each time PM Cockpit starts. Nothing is stored in plain text."),
        ErrorCode.INVITATION_CHANNEL: QCoreApplication.translate(
            "Labels", "One meeting, one invitation: this series' invitations already go out "
            "another way, and switching would invite everyone a second time."),
    }


def address_problem_text(text: str, reason: str) -> str:
    """One entry of a To/Cc/Bcc field that is not a usable address."""
    reasons = {
        "empty": QCoreApplication.translate("Labels", "%1: the address is empty"),
        "bad_domain": QCoreApplication.translate("Labels", "%1: the domain after @ is not valid"),
    }
    template = reasons.get(reason, QCoreApplication.translate(
        "Labels", "%1 is not an e-mail address"))
    return template.replace("%1", text)


def notice_templates() -> dict[Any, str]:
    """What a sync ``Notice`` says, by kind; ``%1`` is the message's subject or the series'
    title, ``%2`` the connector's display name (Outlook…). (``cockpit.connectors.base`` is
    imported here, not at the top: this module is on the path to the first paint.)"""
    from cockpit.connectors.base import NoticeKind as K

    return {
        K.EDITED_BOTH_SIDES: QCoreApplication.translate(
            "Labels", "“%1” was edited here and in %2: both versions are kept."),
        K.UPDATED_REMOTELY: QCoreApplication.translate(
            "Labels", "The draft “%1” was updated from %2."),
        K.DELETED_REMOTELY: QCoreApplication.translate(
            "Labels", "The draft “%1” was deleted in %2; it is kept here."),
        K.SENT_REMOTELY: QCoreApplication.translate(
            "Labels", "“%1” was sent from %2."),
        K.MESSAGE_REFUSED: QCoreApplication.translate(
            "Labels", "%2 refused “%1”. The message shows why; fix it and retry."),
        K.INVITED: QCoreApplication.translate(
            "Labels", "%2 sent the invitations for “%1”."),
        K.SERIES_REFUSED: QCoreApplication.translate(
            "Labels", "%2 cannot hold the series “%1”. The series shows why."),
        K.CANCELLED_REMOTELY: QCoreApplication.translate(
            "Labels", "The series “%1” was cancelled in %2."),
        K.MOVED_REMOTELY: QCoreApplication.translate(
            "Labels", "Every meeting of “%1” was moved in %2 (another time or length)."),
        K.OCCURRENCE_MOVED_REMOTELY: QCoreApplication.translate(
            "Labels", "A meeting of “%1” was moved in %2."),
        K.OCCURRENCE_CANCELLED_REMOTELY: QCoreApplication.translate(
            "Labels", "A meeting of “%1” was cancelled in %2."),
        K.RESPONSES_UPDATED: QCoreApplication.translate(
            "Labels", "Attendees answered “%1” in %2."),
    }


def notice_text(notice: Any, source: str | None = None) -> str:
    """One sync notice in the user's language, naming the connector that saw it, with its
    detail (a date, the tool's reason). The connector is named ``source``, else by the
    shipped registry's display name (Outlook when the notice names none)."""
    import re

    from cockpit.connectors.registry import default_registry

    template = notice_templates().get(notice.kind) or QCoreApplication.translate(
        "Labels", "%2 changed “%1”.")
    if source is None:
        source = default_registry().display_name(getattr(notice, "connector", "") or "outlook")
    parts = {"1": notice.subject or "—", "2": source}  # one pass: a subject may hold "%2"
    text = re.sub(r"%([12])", lambda m: parts[m.group(1)], template)
    return f"{text} ({notice.detail})" if notice.detail else text
