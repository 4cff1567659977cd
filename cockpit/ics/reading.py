"""Reading .ics files written by other software: encodings, byte-order marks, and time-zone
definitions that some writers get wrong.

Events that name an IANA zone (``TZID=Europe/Berlin``) are resolved with the system's zone
database, so that zone's VTIMEZONE block is not needed — and is dropped before parsing, which
lets files with damaged blocks (Apple writes LMT offsets such as ``+5328``) import.
"""

from __future__ import annotations

import re
from pathlib import Path

from cockpit.errors import ErrorCode, KnownError

VTIMEZONE_BLOCK = re.compile(r"BEGIN:VTIMEZONE\r?\n(.*?)END:VTIMEZONE\r?\n?", re.S | re.I)
TZID_LINE = re.compile(r"^TZID:(.+)$", re.M | re.I)
MAX_BYTES = 20_000_000


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Latin-1 (older Outlook exports)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def drop_known_vtimezones(text: str) -> str:
    from cockpit.domain.validation import is_valid_time_zone

    def keep_or_drop(match: re.Match[str]) -> str:
        tzid = TZID_LINE.search(match.group(1))
        name = tzid.group(1).strip().strip('"') if tzid else ""
        return "" if is_valid_time_zone(name) else match.group(0)

    return VTIMEZONE_BLOCK.sub(keep_or_drop, text)


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KnownError(ErrorCode.BAD_ICS, f"{path.name} is too large for a calendar file "
                                                f"({size // 1_000_000} MB)")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KnownError(ErrorCode.FILE_NOT_FOUND, f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"{path} is a folder") from exc
    except OSError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"cannot read {path}: {exc.strerror}") from exc
    text = unfold(decode(data))
    if "BEGIN:VCALENDAR" not in text.upper():
        raise KnownError(ErrorCode.BAD_ICS, f"{path.name} is not an iCalendar (.ics) file")
    return drop_known_vtimezones(text)
