"""Errors a user can cause. Each carries a code the UI translates and a detail for the log/CLI.

Anything that is not a ``KnownError`` is a bug.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    DB_CORRUPT = "db_corrupt"
    DB_UNREADABLE = "db_unreadable"
    DB_NEWER = "db_newer"
    DB_BAD_URL = "db_bad_url"
    DB_MIGRATION_FAILED = "db_migration_failed"
    DB_MISSING = "db_missing"  # no store at the path given: create one explicitly
    DB_NEEDS_UPGRADE = "db_needs_upgrade"  # a server store is upgraded only by `cockpit db upgrade`
    DEMO_STORE = "demo_store"  # the demo portfolio never syncs, sends or writes to Outlook
    NOT_DEMO_STORE = "not_demo_store"  # the demo goes only into a store of its own
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    BAD_JSON = "bad_json"
    BAD_EXPORT_FORMAT = "bad_export_format"
    UNSUPPORTED_EXPORT_VERSION = "unsupported_export_version"
    VALIDATION = "validation"
    NOT_FOUND = "not_found"
    DUPLICATE_CODE = "duplicate_code"
    CHANGED_ELSEWHERE = "changed_elsewhere"
    BAD_ICS = "bad_ics"  # not an iCalendar file, or a damaged one
    ICS_NOTHING_TO_IMPORT = "ics_nothing_to_import"
    ICS_OTHER_PROJECT = "ics_other_project"
    TEMPLATE_ERROR = "template_error"
    MESSAGE_LOCKED = "message_locked"  # queued or sent: no longer editable
    BAD_RECIPIENTS = "bad_recipients"  # no recipient, or an address that is not valid
    PLACEHOLDERS_LEFT = "placeholders_left"  # [[…]] still in a message that should go out
    EXECUTIVE_RECIPIENTS = "executive_recipients"  # customer executives: queue only once confirmed
    # Outlook (Microsoft Graph)
    OFFLINE = "offline"  # no network, or Outlook's servers cannot be reached
    SIGN_IN_EXPIRED = "sign_in_expired"
    NO_PERMISSION = "no_permission"
    MAILBOX_FULL = "mailbox_full"
    DELETED_IN_OUTLOOK = "deleted_in_outlook"
    THROTTLED = "throttled"  # Outlook asked to wait longer than we are willing to
    OUTLOOK_UNAVAILABLE = "outlook_unavailable"  # 5xx after the retries
    OUTLOOK_CONFLICT = "outlook_conflict"  # changed in Outlook meanwhile (412)
    SYNC_STATE_EXPIRED = "sync_state_expired"  # a delta link Outlook no longer knows (410)
    OUTLOOK_REFUSED = "outlook_refused"  # any other 4xx
    KEYCHAIN_UNAVAILABLE = "keychain_unavailable"  # the sign-in cannot be remembered
    INVITATION_CHANNEL = "invitation_channel"  # .ics or Outlook: a series keeps its first one


class KnownError(Exception):
    """An expected failure with a message that tells the user what to do."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message
