"""Text <-> value for editors: dates as ISO, amounts with thousands separators tolerated."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from cockpit.domain.problems import Problem
from ui.parse_error import ParseError

__all__ = ["ParseError", "format_date", "format_decimal", "format_int", "parse_date",
           "parse_decimal", "parse_int"]


def parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise ParseError(Problem.BAD_DATE) from None


def parse_decimal(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", "").replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ParseError(Problem.BAD_NUMBER) from None
    if not value.is_finite():
        raise ParseError(Problem.BAD_NUMBER)
    return value


def parse_int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ParseError(Problem.BAD_NUMBER) from None


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_decimal(value: Decimal | None, grouped: bool = False) -> str:
    if value is None:
        return ""
    return f"{value:,f}" if grouped else format(value, "f")


def format_int(value: int | None) -> str:
    return "" if value is None else str(value)
