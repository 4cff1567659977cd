"""Dataclasses <-> JSON-ready values, typed by the dataclass annotations.

Dates as ISO 8601, moments with their UTC offset, Decimal as a string (never a float),
enums by value, sets as sorted lists.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")
MAX_INT = 2**53  # what JSON readers everywhere keep exact; far above any count we store


class DecodeError(ValueError):
    """The JSON does not have the shape or values the format promises; ``path`` says where."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def encode(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, frozenset | set):
        return sorted(encode(v) for v in value)
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    return value


def decode(cls: type[T], data: Any, path: str = "$") -> T:
    return _decode(cls, data, path)


def _decode(tp: Any, data: Any, path: str) -> Any:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return _decode(args[0], data, path)
    if origin in (list, frozenset):
        if not isinstance(data, list):
            raise DecodeError(path, "expected a list")
        (item,) = get_args(tp)
        items = [_decode(item, v, f"{path}[{i}]") for i, v in enumerate(data)]
        return frozenset(items) if origin is frozenset else items
    if is_dataclass(tp):
        if not isinstance(data, dict):
            raise DecodeError(path, "expected an object")
        hints = get_type_hints(tp)
        kwargs = {}
        for f in fields(tp):
            if f.name in data:
                kwargs[f.name] = _decode(hints[f.name], data[f.name], f"{path}.{f.name}")
        return tp(**kwargs)
    return _scalar(tp, data, path)


def _scalar(tp: Any, data: Any, path: str) -> Any:  # noqa: C901 - one branch per scalar type
    try:
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp(data)
        if tp is datetime:
            value = datetime.fromisoformat(_str(data))
            if value.tzinfo is None:
                raise ValueError("a moment needs a UTC offset")
            _year(value.year)
            return value
        if tp is date:
            day = date.fromisoformat(_str(data))
            _year(day.year)
            return day
        if tp is Decimal:
            number = Decimal(_str(data))
            if not number.is_finite():
                raise ValueError("not a finite number")
            return number
        if tp is bool:
            if not isinstance(data, bool):
                raise ValueError("expected true or false")
            return data
        if tp is int:
            if isinstance(data, bool) or not isinstance(data, int):
                raise ValueError("expected a whole number")
            if abs(data) > MAX_INT:
                raise ValueError("number out of range")
            return data
        if tp is str:
            return _str(data)
    except (ValueError, InvalidOperation) as exc:
        raise DecodeError(path, str(exc) or "bad value") from exc
    raise DecodeError(path, f"unsupported type {tp}")  # pragma: no cover - a programming error


def _str(data: Any) -> str:
    if not isinstance(data, str):
        raise ValueError(f"expected a string, got {type(data).__name__}")
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid text (broken Unicode)") from None
    return data


def _year(year: int) -> None:
    if not 1900 <= year <= 9000:
        raise ValueError(f"the year {year} is out of range")
