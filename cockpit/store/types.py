"""Column types that keep values exact: Decimal as text, moments as UTC-aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    from cockpit.domain.enums import MessageKind


class DecimalText(TypeDecorator[Decimal]):
    """Money and measures stored as their exact decimal text (SQLite has no decimal type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"DecimalText needs Decimal, got {type(value).__name__}")
        return format(value, "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # pragma: no cover - only on a hand-edited database
            raise ValueError(f"not a decimal in the store: {value!r}") from exc


class UTCDateTime(TypeDecorator[datetime]):
    """A moment. Must be timezone-aware on the way in; comes back aware, in UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: moments must carry a time zone")
        if dialect.name == "sqlite":  # stored as UTC text without an offset
            return value.astimezone(UTC).replace(tzinfo=None)
        return value.astimezone(UTC)  # timestamptz and friends keep the offset

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class KindText(TypeDecorator["MessageKind"]):
    """A message kind as its text: the kinds the code names and those a kind module adds
    (``MessageKind._missing_``); a value no kind declares cannot be read, like any other."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        from cockpit.domain.enums import MessageKind

        return MessageKind(value).value  # refuses a value no kind declares

    def process_result_value(self, value: str | None, dialect: Dialect) -> MessageKind | None:
        if value is None:
            return None
        from cockpit.domain.enums import MessageKind

        return MessageKind(value)
