"""A sample context per message kind: the template editor's preview, and the check that a
template renders before it is saved. Every name a template may use is here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from cockpit.domain.messages import MessageKind


def _task(name: str, status: str, eta: date | None, *, urgent: bool = False,
          slipped: bool = False, hours: Decimal | None = None, key: str = "") -> dict[str, Any]:
    return {"name": name, "status": status, "eta": eta, "owner": "Anna Nowak", "urgent": urgent,
            "slipped": slipped, "key": key, "url": "", "hours": hours, "sprint": "Sprint 14",
            "done_on": None, "id": ""}


TASKS = [
    _task("Payment gateway timeout fix", "In progress", date(2026, 11, 25), urgent=True,
          key="PAY-88"),
    _task("請求書PDFのレイアウト修正", "In review", date(2026, 11, 27), hours=Decimal("6")),
    _task("Data migration dry run", "Blocked", date(2026, 11, 20), slipped=True,
          hours=Decimal("12.5")),
]
COMMON: dict[str, Any] = {
    "project": {"code": "JP-104", "name": "請求システム移行",
                "customer": "東京フィンテック株式会社"},
    "pm": {"name": "Marta Kowalska", "email": "marta.kowalska@vendor.example.com"},
    "today": date(2026, 11, 24), "greeting": "山田 太郎",
}
BY_KIND: dict[MessageKind, dict[str, Any]] = {
    MessageKind.FOLLOW_UP: {
        "meeting": {"title": "Weekly status", "date": "2026-11-24", "time": "10:00",
                    "time_zone": "Asia/Tokyo"},
        "points": ["UAT environment is ready", "テスト計画の確認"],
        "decisions": ["Go-live moved to 15 January"],
        "actions": [{"text": "Share the test plan", "owner": "山田 太郎",
                     "due_on": date(2026, 11, 30)}],
        "next_meeting": "2026-12-01 10:00 (Asia/Tokyo)",
    },
    MessageKind.TASK_UPDATE: {"tasks": TASKS, "urgent_tasks": TASKS[:1]},
    MessageKind.SPRINT_REPORT: {"sprint": "Sprint 14", "tasks": TASKS,
                                "total_hours": Decimal("18.5"), "carried_over": TASKS[2:]},
    MessageKind.BIWEEKLY_REPORT: {
        "period_start": date(2026, 11, 11), "period_end": date(2026, 11, 24),
        "done": TASKS[1:2], "issues": TASKS[2:], "plans": TASKS[:1],
        "decisions": ["Go-live moved to 15 January"],
    },
    MessageKind.CHANGE_REQUEST: {"change_request": {
        "key": "CR-12", "title": "Export invoices to CSV", "description": "Monthly CSV export.",
        "estimate_hours": Decimal("16"), "target_sprint": "Sprint 15",
        "requested_on": date(2026, 11, 18), "status": "estimated"}},
    MessageKind.DECISION: {"decision": {"text": "Go-live moved to 15 January",
                                        "meeting": "Weekly status",
                                        "decided_on": date(2026, 11, 24)},
                           "hours": Decimal("24")},
    MessageKind.PROBLEM_NOTICE: {"problem": {"title": "Data migration dry run failed",
                                             "eta": date(2026, 12, 2), "owner": "Anna Nowak",
                                             "urgent": True, "slipped": False}},
}


def sample_context(kind: MessageKind) -> dict[str, Any]:
    return {**COMMON, **BY_KIND.get(kind, {})}
