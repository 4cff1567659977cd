"""Translated names for the core's enums, validation problems and error codes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from cockpit.domain.enums import (
    ContractType,
    EscalationLevel,
    Health,
    LinkKind,
    Meeting,
    ProjectStatus,
    Renewal,
    Report,
    Side,
)
from cockpit.domain.validation import Problem
from cockpit.errors import ErrorCode


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(value: Enum) -> str:  # noqa: C901 - a lookup table
    table: dict[Enum, str] = {
        ProjectStatus.ONBOARDING: _t("Onboarding"),
        ProjectStatus.ACTIVE: _t("Active"),
        ProjectStatus.ON_HOLD: _t("On hold"),
        ProjectStatus.CLOSED: _t("Closed"),
        Health.GREEN: _t("Green"),
        Health.AMBER: _t("Amber"),
        Health.RED: _t("Red"),
        Side.VENDOR: _t("Vendor"),
        Side.CUSTOMER: _t("Customer"),
        EscalationLevel.NONE: _t("—"),
        EscalationLevel.PROJECT: _t("1 · Project manager"),
        EscalationLevel.DEPARTMENT: _t("2 · Department director"),
        EscalationLevel.EXECUTIVE: _t("3 · C-level"),
        Meeting.WEEKLY_STATUS: _t("Weekly status"),
        Meeting.BIWEEKLY_STATUS: _t("Biweekly status"),
        Meeting.EXECUTIVE_REVIEW: _t("Executive review"),
        Report.FOLLOW_UP: _t("Call follow-up"),
        Report.TASK_UPDATE: _t("Open-task update"),
        Report.SPRINT_REPORT: _t("Sprint report"),
        Report.BIWEEKLY_REPORT: _t("Biweekly report"),
        Report.PROBLEM_NOTICE: _t("Problem notice"),
        LinkKind.SOURCE_CONTROL: _t("Source control"),
        LinkKind.TRACKER: _t("Issue tracker"),
        LinkKind.DOCUMENTATION: _t("Documentation"),
        LinkKind.OTHER: _t("Other tool"),
        ContractType.FIXED_PRICE: _t("Fixed price"),
        ContractType.TIME_AND_MATERIALS: _t("Time and materials"),
        ContractType.DEDICATED_TEAM: _t("Dedicated team"),
        ContractType.RETAINER: _t("Retainer"),
        Renewal.NONE: _t("No renewal"),
        Renewal.MANUAL: _t("Renewal on request"),
        Renewal.AUTOMATIC: _t("Automatic renewal"),
    }
    return table[value]


def problem_text(problem: Problem) -> str:
    table = {
        Problem.REQUIRED: _t("This field is required."),
        Problem.BAD_CODE: _t("Use up to 32 letters, digits, dots, dashes or underscores."),
        Problem.BAD_EMAIL: _t("Not an e-mail address (expected name@example.com)."),
        Problem.BAD_URL: _t("Not a web address (expected https://…)."),
        Problem.BAD_TIME_ZONE: _t("Unknown time zone (expected e.g. Asia/Tokyo)."),
        Problem.BAD_CURRENCY: _t("Use a three-letter currency code such as EUR, USD or JPY."),
        Problem.BAD_COUNTRY: _t("Use a two-letter country code such as JP, DE or US."),
        Problem.BAD_AMOUNT: _t("Enter an amount of zero or more, e.g. 12500.00."),
        Problem.END_BEFORE_START: _t("The end date is before the start date."),
        Problem.BAD_SPRINT: _t("Sprints last one or two weeks."),
        Problem.BAD_PERCENT: _t("Enter a percentage between 0 and 100."),
        Problem.NEGATIVE: _t("Enter zero or more."),
        Problem.BAD_DATE: _t("Not a date (expected YYYY-MM-DD)."),
        Problem.BAD_NUMBER: _t("Not a number."),
    }
    return table[problem]


def error_text(code: ErrorCode, detail: str) -> str:
    table = {
        ErrorCode.DB_CORRUPT: _t("The database file is damaged or is not a PM Cockpit database. "
                                 "It was not changed. Restore a backup or choose another file "
                                 "with --db."),
        ErrorCode.DB_UNREADABLE: _t("The database cannot be read. Check the file's permissions "
                                    "or choose another file with --db."),
        ErrorCode.DB_NEWER: _t("This database was written by a newer version of PM Cockpit. "
                               "It was left untouched: update PM Cockpit to open it."),
        ErrorCode.DB_BAD_URL: _t("The database address is not usable. Check --db or COCKPIT_DB."),
        ErrorCode.DB_MIGRATION_FAILED: _t("Upgrading the database failed. Your data is safe in "
                                          "the backup named below; please report this problem."),
        ErrorCode.FILE_NOT_FOUND: _t("The file does not exist."),
        ErrorCode.FILE_UNREADABLE: _t("The file cannot be read or written."),
        ErrorCode.BAD_JSON: _t("The file is not valid JSON."),
        ErrorCode.BAD_EXPORT_FORMAT: _t("The file is not a PM Cockpit export, or it is damaged."),
        ErrorCode.UNSUPPORTED_EXPORT_VERSION: _t("The export was made by another version of PM "
                                                 "Cockpit and cannot be read by this one."),
        ErrorCode.VALIDATION: _t("Some fields need attention before saving."),
        ErrorCode.NOT_FOUND: _t("The project no longer exists; it may have been deleted."),
        ErrorCode.DUPLICATE_CODE: _t("Another project already uses this code. Choose another."),
    }
    return f"{table[code]}\n\n{detail}"
