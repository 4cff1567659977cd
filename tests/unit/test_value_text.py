"""How typed numbers and dates are read: never silently as something else."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cockpit.domain.problems import Problem
from ui.widgets.parse_error import ParseError
from ui.widgets.value_text import parse_date, parse_decimal, parse_int


@pytest.mark.parametrize(("text", "value"), [
    ("12500.50", Decimal("12500.50")), ("12,500.50", Decimal("12500.50")),
    ("1,234", Decimal("1234")), ("12 500", Decimal("12500")), ("", None),
])
def test_amounts_that_read_one_way_only(text: str, value: Decimal | None) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["1,5", "1.234,5", "12,50", "1,2345"])
def test_a_decimal_comma_is_refused_not_misread(text: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_decimal(text)
    assert err.value.problem is Problem.DECIMAL_COMMA


def test_numbers_and_dates() -> None:
    assert parse_int("42") == 42
    with pytest.raises(ParseError):
        parse_int(str(10**12))
    assert parse_date("2026/11/24") == date(2026, 11, 24)
    with pytest.raises(ParseError):
        parse_date("2026-13-45")
    with pytest.raises(ParseError):
        parse_decimal("NaN")
