"""Weekdays follow the UI's language (QLocale's default, set from --lang), not the C library's
locale that ``strftime("%a")`` reads: a Japanese PM sees 火, an English one Tue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from ui.widgets.time_zones import day_name, day_text


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_japanese_and_english_weekdays(locale: None) -> None:
    tuesday = date(2026, 12, 1)
    QLocale.setDefault(QLocale("ja"))
    assert day_name(tuesday) == "火"
    assert day_text(datetime(2026, 12, 1, 16, 0), "%Y-%m-%d %H:%M") == "火 2026-12-01 16:00"
    QLocale.setDefault(QLocale("en"))
    assert day_name(tuesday) == "Tue"
    QLocale.setDefault(QLocale("de"))
    assert day_name(tuesday) == "Di."
