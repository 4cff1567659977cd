"""Dates, numbers and money as the customer's language writes them (Babel's CLDR data): a
Japanese customer reads 2026年12月2日 and ￥1,200,000, an English one 2 Dec 2026 and €12,000.00.

Everything customer-facing goes through here: the templates' output (a date or a moment
printed bare in a template is formatted by ``cockpit.agenda.render``'s finalizer in the
context's ``language``), the builders' ready-made strings and the customer document.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

# per language: a day, a moment (with the weekday, as meeting dates are read), a month
PATTERNS = {
    "en": {"date": "d MMM y", "moment": "EEE d MMM y, HH:mm", "month": "MMM y",
           "long": "d MMMM y"},
    "ja": {"date": "y年M月d日", "moment": "y年M月d日（E）H:mm", "month": "y年M月",
           "long": "y年M月d日"},
}
LOCALES = {"en": "en_GB", "ja": "ja_JP"}


def _language(language: Any) -> str:
    value = getattr(language, "value", language)
    return value if value in PATTERNS else "en"


@cache
def _babel() -> Any:
    from babel import dates, numbers

    return dates, numbers


def format_date(day: date, language: Any = "en", style: str = "date") -> str:
    code = _language(language)
    dates, _ = _babel()
    if isinstance(day, datetime):
        day = day.date()
    return str(dates.format_date(day, PATTERNS[code][style], locale=LOCALES[code]))


def format_moment(moment: datetime, language: Any = "en") -> str:
    """A moment as its own wall-clock time says (give it in the zone it is read in)."""
    code = _language(language)
    dates, _ = _babel()
    return str(dates.format_datetime(moment, PATTERNS[code]["moment"], locale=LOCALES[code],
                                     tzinfo=moment.tzinfo))


def format_number(value: float | int | Decimal, language: Any = "en", digits: int = 2) -> str:
    code = _language(language)
    _, numbers = _babel()
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return str(numbers.format_decimal(value, format=pattern, locale=LOCALES[code]))


def format_money(amount: float | int | Decimal, currency: str, language: Any = "en") -> str:
    code = _language(language)
    _, numbers = _babel()
    try:
        return str(numbers.format_currency(amount, (currency or "").upper() or "EUR",
                                           locale=LOCALES[code]))
    except (ValueError, KeyError, numbers.UnknownCurrencyError):
        return f"{format_number(amount, code)} {currency}".strip()


def format_value(value: Any, language: Any = "en") -> Any:
    """What a template prints for ``value``: dates and moments in the language, else as is."""
    if isinstance(value, datetime):
        return format_moment(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    return value


__all__ = ["format_date", "format_moment", "format_money", "format_number", "format_value"]
