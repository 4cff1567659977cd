"""One stored value <-> its JSON form, by the column's type; every rule the databases would
enforce (or silently break) is checked here first, so a bad file is refused with the place
named instead of failing half-way on one database and passing on another.

Moments are ISO 8601 in UTC with their offset, dates ``YYYY-MM-DD``, times ``HH:MM:SS``,
amounts and hours decimal strings (never floats), enumerations by value, JSON columns as JSON.
Text may not hold U+0000 (PostgreSQL cannot store it) nor broken Unicode, nor more characters
than the column holds; whole numbers fit a 32-bit column.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Integer, Numeric, String, Time
from sqlalchemy import Enum as SAEnum

from cockpit.store.types import DecimalText, KindText, UTCDateTime

INT_RANGE = (-(2**31), 2**31 - 1)
YEARS = (1900, 9000)
MAX_JSON_TEXT = 1_000_000  # characters of one JSON column's value


class BadValue(ValueError):
    """The value does not fit its column; the message says why (the caller names the place)."""


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def decode_value(column: Column[Any], data: Any, shape: str | None = None) -> Any:  # noqa: C901
    """The Python value to store for ``data``; raises ``BadValue``."""
    if data is None:
        if not column.nullable:
            raise BadValue("may not be empty (null)")
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _moment(data)
    if isinstance(kind, DecimalText):
        return _decimal(data, max_length=40)
    if isinstance(kind, KindText):
        from cockpit.domain.enums import MessageKind

        try:
            return MessageKind(_text(data))
        except ValueError:
            raise BadValue(f"{data!r} is not a kind of message") from None
    if isinstance(kind, SAEnum):
        text = _text(data)
        if text not in kind.enums:
            raise BadValue(f"{text!r} is not one of {', '.join(kind.enums)}")
        enum_class = kind.enum_class
        return enum_class(text) if enum_class is not None else text
    if isinstance(kind, Boolean):
        if not isinstance(data, bool):
            raise BadValue("expected true or false")
        return data
    if isinstance(kind, Integer):
        if isinstance(data, bool) or not isinstance(data, int):
            raise BadValue("expected a whole number")
        if not INT_RANGE[0] <= data <= INT_RANGE[1]:
            raise BadValue("number out of range")
        return data
    if isinstance(kind, Numeric):
        return _numeric(data, kind.precision or 10, kind.scale or 0)
    if isinstance(kind, Date):
        try:
            day = date.fromisoformat(_text(data))
        except ValueError:
            raise BadValue(f"{data!r} is not a date (YYYY-MM-DD)") from None
        _year(day.year)
        return day
    if isinstance(kind, Time):
        try:
            moment = time.fromisoformat(_text(data))
        except ValueError:
            raise BadValue(f"{data!r} is not a time of day (HH:MM)") from None
        if moment.tzinfo is not None:
            raise BadValue("a time of day carries no offset (the series has its zone)")
        return moment
    if isinstance(kind, JSON):
        return _json(data, shape)
    if isinstance(kind, String):  # Text too
        text = _text(data)
        if kind.length is not None and len(text) > kind.length:
            raise BadValue(f"longer than {kind.length} characters")
        return text
    raise BadValue(f"unsupported column type {kind}")  # pragma: no cover - a new column type


def _text(data: Any) -> str:
    if not isinstance(data, str):
        raise BadValue(f"expected text, got {type(data).__name__}")
    _clean(data)
    return data


def _clean(text: str) -> None:
    if "\x00" in text:
        raise BadValue("holds a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadValue("not valid text (broken Unicode)") from None


def _year(year: int) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise BadValue(f"the year {year} is out of range")


def _moment(data: Any) -> datetime:
    try:
        value = datetime.fromisoformat(_text(data))
    except ValueError:
        raise BadValue(f"{data!r} is not a moment (ISO 8601)") from None
    if value.tzinfo is None:
        raise BadValue("a moment needs a UTC offset")
    _year(value.year)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise BadValue("out of range") from None


def _decimal(data: Any, max_length: int) -> Decimal:
    text = _text(data)
    if len(text) > max_length:
        raise BadValue(f"longer than {max_length} characters")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise BadValue(f"{text!r} is not a number") from None
    if not number.is_finite():
        raise BadValue("not a finite number")
    if len(format(number, "f")) > max_length:
        raise BadValue("number out of range")
    return number


def _numeric(data: Any, precision: int, scale: int) -> Decimal:
    number = _decimal(data, max_length=precision + 2)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > scale:
        raise BadValue(f"more than {scale} decimals")
    if abs(number) >= Decimal(10) ** (precision - scale):
        raise BadValue("number out of range")
    return number


def _json(data: Any, shape: str | None) -> Any:
    if shape == "list of text":
        if not isinstance(data, list) or not all(isinstance(v, str) for v in data):
            raise BadValue("expected a list of texts")
    elif shape == "object or null" and not isinstance(data, dict):
        raise BadValue("expected an object")
    text = json.dumps(data, ensure_ascii=False)
    if len(text) > MAX_JSON_TEXT:
        raise BadValue("too large")
    _walk_texts(data)
    return data


def _walk_texts(data: Any) -> None:
    if isinstance(data, str):
        _clean(data)
    elif isinstance(data, list):
        for item in data:
            _walk_texts(item)
    elif isinstance(data, dict):
        for key, item in data.items():
            _clean(key)
            _walk_texts(item)
    elif isinstance(data, float) and not math.isfinite(data):
        raise BadValue("not a finite number")
