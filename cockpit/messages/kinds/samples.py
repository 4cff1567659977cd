"""Sample data several kinds' previews share (a Japanese customer's project)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any


def sample_task(name: str, status: str, eta: date | None, *, urgent: bool = False,
                slipped: bool = False, hours: Decimal | None = None,
                key: str = "", moved_from: date | None = None) -> dict[str, Any]:
    return {"name": name, "status": status, "eta": eta, "owner": "Anna Nowak", "urgent": urgent,
            "slipped": slipped, "key": key, "url": "", "hours": hours, "sprint": "Sprint 14",
            "done_on": None, "id": "", "moved_from": moved_from}


TASKS = [
    sample_task("Payment gateway timeout fix", "In progress", date(2026, 11, 25), urgent=True,
                key="PAY-88"),
    sample_task("請求書PDFのレイアウト修正", "In review", date(2026, 11, 27), hours=Decimal("6"),
                moved_from=date(2026, 11, 20)),
    sample_task("Data migration dry run", "Blocked", date(2026, 11, 20), slipped=True,
                hours=Decimal("12.5")),
]
COMMON: dict[str, Any] = {
    "project": {"code": "JP-104", "name": "請求システム移行",
                "customer": "東京フィンテック株式会社"},
    "pm": {"name": "Marta Kowalska", "email": "marta.kowalska@vendor.example.com"},
    "today": date(2026, 11, 24), "greeting": "山田 太郎", "language": "en",
}
