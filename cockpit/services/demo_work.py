"""Demo tasks and change requests: a sprint's worth per project, some urgent, some late."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from cockpit.domain.passport import MemberData, MilestoneData, SprintData, TaskData
from cockpit.domain.work import ChangeRequestStatus, TaskStatus


@dataclass(frozen=True)
class DemoChange:
    """A change request the demo submits (and estimates) through the workflow."""

    id: str
    key: str
    title: str
    description: str
    requested_on: date
    status: ChangeRequestStatus
    estimate_hours: Decimal | None = None


NS = uuid.UUID("3c2b1a09-8e7d-4c6b-a5f4-e3d2c1b0a998")
TASKS = {
    "JP": ("請求書PDFのレイアウト修正", "ログイン画面の多言語対応", "バッチ処理の性能改善",
           "本番データ移行リハーサル", "監査ログの保存期間変更", "CSVエクスポート"),
    "DE": ("Rechnungs-PDF korrigieren", "SSO-Anbindung", "Performance der Nachtverarbeitung",
           "Migrationsprobe", "Audit-Log-Aufbewahrung", "CSV-Export"),
    "US": ("Fix invoice PDF layout", "Single sign-on", "Speed up the nightly batch",
           "Data migration rehearsal", "Audit log retention", "CSV export"),
}
CHANGES = {
    "JP": (("帳票にロゴを追加", "全帳票のヘッダーに会社ロゴを表示する。"),
           ("承認ワークフローの二段階化", "金額が100万円を超える場合は部長承認を追加。")),
    "DE": (("Logo auf allen Belegen", "Firmenlogo im Kopf aller Belege."),
           ("Zweistufige Freigabe", "Beträge über 10.000 EUR brauchen eine zweite Freigabe.")),
    "US": (("Logo on every document", "Show the company logo in every document header."),
           ("Two-step approval", "Amounts over $10,000 need a second approval.")),
}


URGENT = frozenset({"JP-104", "DE-102"})


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


MILESTONES = {False: ("Design signed off", "UAT starts", "Go-live", "Hypercare ends"),
              True: ("設計承認", "受入テスト開始", "本番稼働", "安定稼働期間終了")}


def demo_milestones(code: str, today: date, japanese: bool) -> list[MilestoneData]:
    """One reached a month ago, three to come: UAT in two weeks, go-live, hypercare's end."""
    days = (-30, 14, 45, 75)
    return [MilestoneData(name=name, due_on=today + timedelta(days=offset),
                          done_on=today + timedelta(days=offset) if offset < 0 else None,
                          id=_id(code, "milestone", i))
            for i, (name, offset) in enumerate(zip(MILESTONES[japanese], days, strict=True))]


def demo_sprints(code: str, number: int, today: date, weeks: int) -> list[SprintData]:
    """The previous, the current (running this week, or these two) and the next sprint."""
    start = today - timedelta(days=today.weekday())
    if weeks == 2 and start.isocalendar().week % 2:
        start -= timedelta(weeks=1)
    out = []
    for offset in (-1, 0, 1):
        first = start + timedelta(weeks=weeks * offset)
        out.append(SprintData(name=f"Sprint {number + offset}", start_on=first,
                              end_on=first + timedelta(days=7 * weeks - 3),
                              id=_id(code, "sprint", number + offset)))
    return out


def demo_work(code: str, members: list[MemberData], today: date, sprint_weeks: int,
              active: bool) -> tuple[list[TaskData], list[DemoChange], list[SprintData]]:
    """Tasks of the current and the previous sprint; one whose ETA slipped; in two projects
    one urgent (a PM has an urgent task or two at a time, not one in every project)."""
    if not active:
        return [], [], []
    rng = random.Random(code)  # its own generator: the rest of the demo stays as it was
    market = code[:2]
    vendor = [m for m in members if m.side.value == "vendor"] or members
    number = 10 + rng.randrange(10)
    current, previous = f"Sprint {number}", f"Sprint {number - 1}"
    tasks = []
    for i, name in enumerate(TASKS[market]):
        in_previous = i < 2
        status = (TaskStatus.DONE if in_previous else
                  (TaskStatus.IN_PROGRESS, TaskStatus.TODO, TaskStatus.BLOCKED,
                   TaskStatus.IN_REVIEW)[i % 4])
        eta = today + timedelta(days=rng.randint(1, 7 * sprint_weeks))
        if i == 4:  # slipped: its ETA has passed and it is not done
            eta = today - timedelta(days=3)
        tasks.append(TaskData(
            id=_id(code, "task", i), name=name, status=status,
            eta=today - timedelta(days=5 + i) if in_previous else eta,
            owner_person_id=vendor[i % len(vendor)].person_id,
            urgent=i == 2 and code in URGENT,
            sprint=previous if in_previous else current,
            hours=Decimal(rng.randint(4, 24)) if i % 2 == 0 else None,
            done_on=today - timedelta(days=4 + i) if in_previous else None,
            external_key=f"{code}-{100 + i}",
            external_url=f"https://vendor.atlassian.example.com/browse/{code}-{100 + i}"))
    changes = [
        DemoChange(
            id=_id(code, "cr", i), key=f"CR-{i + 1}", title=title, description=description,
            status=(ChangeRequestStatus.ESTIMATED, ChangeRequestStatus.SUBMITTED)[i],
            estimate_hours=Decimal(16) if i == 0 else None,
            requested_on=today - timedelta(days=6 - 3 * i))
        for i, (title, description) in enumerate(CHANGES[market])
    ]
    return tasks, changes, demo_sprints(code, number, today, sprint_weeks)
