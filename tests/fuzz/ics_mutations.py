"""Ways other calendar software (and damaged files) differ from a clean .ics: each operator
takes the file's lines and a Hypothesis draw, and returns the changed bytes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

PROPERTIES = ("RRULE", "RDATE", "EXDATE", "DTSTART", "DTEND", "DURATION", "SEQUENCE", "UID",
              "SUMMARY", "ATTENDEE", "ORGANIZER", "RECURRENCE-ID", "STATUS", "TZID", "METHOD")
EXTRA_LINES = (
    "RRULE:FREQ=DAILY;COUNT=3", "RRULE:FREQ=MONTHLY;BYDAY=-1FR", "RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
    "RRULE:FREQ=SOMETIMES", "RRULE:", "RRULE:FREQ=WEEKLY;UNTIL=99991231T000000Z",
    "RRULE:FREQ=YEARLY;INTERVAL=0", "RRULE:FREQ=WEEKLY;COUNT=-1", "RRULE:FREQ=SECONDLY",
    "RDATE:20261201T100000Z", "RDATE;VALUE=DATE:20261224",
    "RDATE;VALUE=PERIOD:20261201T100000Z/PT1H",
    "RDATE:garbage", "EXDATE:20261201T100000Z", "EXDATE;TZID=Nowhere/City:20261201T100000",
    "EXDATE;VALUE=DATE:20261224", "EXDATE:", "DTSTART:20261201T100000Z",
    "DTSTART;TZID=Mars/Olympus_Mons:20261201T100000", "DTSTART;VALUE=DATE:20261201",
    "DTSTART:00010101T000000Z", "DTSTART:99991231T235959Z", "DTEND:19000101T000000Z",
    "DURATION:P9999999W", "DURATION:-PT1H", "DURATION:banana", "SEQUENCE:99999999999999999999",
    "SEQUENCE:-5", "SEQUENCE:many", "UID:", "UID:" + "u" * 5000, "SUMMARY:" + "長" * 20000,
    "ATTENDEE:mailto:", "ATTENDEE;CN=\"Broken:mailto:x@example.com",
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:someone@example.com", "ORGANIZER:not-an-address",
    "RECURRENCE-ID:20261201T100000Z", "RECURRENCE-ID;VALUE=DATE:20261201", "STATUS:CANCELLED",
    "METHOD:REPLY", "METHOD:CANCEL", "METHOD:COUNTER", "X-WR-TIMEZONE:Nowhere/City",
    "TZID:Tokyo Standard Time", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VALARM", "END:VCALENDAR",
    "BEGIN:VTIMEZONE", "\x00", "DTSTART;TZID=:20261201T100000",
)
ZONES = ("Mars/Olympus_Mons", "", "Tokyo Standard Time", "W. Europe Standard Time", "UTC+25",
         "Etc/GMT+99", "../../etc/passwd", "Europe/Berlin")


def _pick(data: Any, lines: list[str], label: str) -> int:
    return int(data.draw(st.integers(0, max(len(lines) - 1, 0)), label=label))


def duplicate_property(lines: list[str], data: Any) -> list[str]:
    name = data.draw(st.sampled_from(PROPERTIES), label="property")
    hits = [i for i, line in enumerate(lines) if line.upper().startswith((name + ":", name + ";"))]
    if not hits:
        return lines
    index = data.draw(st.sampled_from(hits), label="which")
    times = data.draw(st.integers(1, 3), label="times")
    return lines[:index + 1] + [lines[index]] * times + lines[index + 1:]


def insert_line(lines: list[str], data: Any) -> list[str]:
    at = _pick(data, lines, "at")
    line = data.draw(st.sampled_from(EXTRA_LINES), label="line")
    return lines[:at] + [line] + lines[at:]


def insert_random_line(lines: list[str], data: Any) -> list[str]:
    at = _pick(data, lines, "at")
    name = data.draw(st.sampled_from(PROPERTIES), label="property")
    value = data.draw(st.text(max_size=40), label="value")
    return lines[:at] + [f"{name}:{value}"] + lines[at:]


def delete_line(lines: list[str], data: Any) -> list[str]:
    if not lines:
        return lines
    at = _pick(data, lines, "at")
    return lines[:at] + lines[at + 1:]


def delete_property(lines: list[str], data: Any) -> list[str]:
    name = data.draw(st.sampled_from(PROPERTIES), label="property")
    return [line for line in lines if not line.upper().startswith((name + ":", name + ";"))]


def change_zone(lines: list[str], data: Any) -> list[str]:
    zone = data.draw(st.sampled_from(ZONES), label="zone")
    out = []
    for line in lines:
        head, sep, value = line.partition(":")
        if "TZID=" in head.upper():
            parts = [p if not p.upper().startswith("TZID=") else f"TZID={zone}"
                     for p in head.split(";")]
            line = ";".join(parts) + sep + value
        elif head.upper() == "TZID":
            line = f"TZID:{zone}"
        out.append(line)
    return out


def swap_values(lines: list[str], data: Any) -> list[str]:
    if len(lines) < 2:
        return lines
    a, b = _pick(data, lines, "a"), _pick(data, lines, "b")
    head_a, _, value_a = lines[a].partition(":")
    head_b, _, value_b = lines[b].partition(":")
    out = list(lines)
    out[a], out[b] = f"{head_a}:{value_b}", f"{head_b}:{value_a}"
    return out


OPERATORS: tuple[Callable[[list[str], Any], list[str]], ...] = (
    duplicate_property, insert_line, insert_random_line, delete_line, delete_property,
    change_zone, swap_values,
)


def mutate(original: bytes, data: Any) -> bytes:
    """One to four line operators, then maybe damage at the byte level."""
    text = original.decode("utf-8", errors="replace")
    lines = text.replace("\r\n", "\n").split("\n")
    for _ in range(data.draw(st.integers(1, 4), label="rounds")):
        operator = data.draw(st.sampled_from(OPERATORS), label="operator")
        lines = operator(lines, data)
    newline = data.draw(st.sampled_from(["\r\n", "\n"]), label="newline")
    raw = newline.join(lines).encode("utf-8")
    damage = data.draw(st.sampled_from(["none", "none", "truncate", "bytes", "latin-1",
                                        "utf-16", "bom"]), label="damage")
    if damage == "truncate" and raw:
        raw = raw[:data.draw(st.integers(0, len(raw) - 1), label="cut")]
    elif damage == "bytes" and raw:
        at = data.draw(st.integers(0, len(raw) - 1), label="byte at")
        raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=8), label="bytes") + raw[at:]
    elif damage == "latin-1":
        raw = newline.join(lines).encode("latin-1", errors="replace")
    elif damage == "utf-16":
        raw = newline.join(lines).encode("utf-16")
    elif damage == "bom":
        raw = b"\xef\xbb\xbf" + raw
    return raw
