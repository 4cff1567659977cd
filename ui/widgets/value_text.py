"""Text <-> value for editors: dates in the UI language's format (``ui.widgets.dates``),
amounts with thousands separators tolerated."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from cockpit.domain.problems import Problem
from ui.widgets.dates import format_date, parse_date
from ui.widgets.parse_error import ParseError

__all__ = ["ParseError", "format_date", "format_decimal", "format_int", "parse_date",
           "parse_decimal", "parse_int"]


GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_decimal(text: str) -> Decimal | None:
    """A dot marks decimals; commas only group thousands ("12,500.50"). "1,5" is refused
    rather than read as 15."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if "," in cleaned:
        if not GROUPED.match(cleaned):
            raise ParseError(Problem.DECIMAL_COMMA)
        cleaned = cleaned.replace(",", "")
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
        value = int(text)
    except ValueError:
        raise ParseError(Problem.BAD_NUMBER) from None
    if abs(value) > 10**9:
        raise ParseError(Problem.TOO_LARGE)
    return value


def format_decimal(value: Decimal | None, grouped: bool = False) -> str:
    if value is None:
        return ""
    return f"{value:,f}" if grouped else format(value, "f")


def format_int(value: int | None) -> str:
    return "" if value is None else str(value)
