"""One project set up for the messaging tests, with fixed ids so tests can name its parts.

JP-201 (a Tokyo customer, a Warsaw PM), today 2026-11-24 (a Tuesday):

- people: the vendor PM (every report), a vendor tech lead (sprint and task reports), a vendor
  developer (no reports), the customer's PM (follow-up, task update, biweekly, problem notice,
  sprint), a customer key user (sprint report), a customer director (biweekly), and a customer
  contact without an e-mail address (every report);
- tasks of "Sprint 9" and "Sprint 10" (open, blocked, slipped, urgent, done, cancelled, far
  future) and two change requests;
- a weekly status meeting, Tuesdays 10:00 Tokyo, with minutes on 2026-11-17 holding internal
  items next to those the customer gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from cockpit.domain.enums import EscalationLevel, Meeting, MessageKind, ProjectStatus, Side
from cockpit.domain.meetings import (
    AttendeeData,
    Cadence,
    MinutesItemData,
    MinutesKind,
    SeriesData,
    SeriesType,
)
from cockpit.domain.passport import (
    MemberData,
    Passport,
    ProjectFields,
    TaskData,
)
from cockpit.domain.work import ChangeRequestStatus, TaskStatus
from cockpit.messages.kinds.registry import report_kinds
from cockpit.services import meetings, occurrences, projects
from cockpit.store.store import Store

TODAY = date(2026, 11, 24)
CODE = "JP-201"
TOKYO = ZoneInfo("Asia/Tokyo")


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


PROJECT = _id(1)
SERIES = _id(2)


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    person_id: str
    member_id: str


PM = Person("Marta Kowalska", "marta.kowalska@vendor.example.com", _id(10), _id(20))
LEAD = Person("Piotr Nowak", "piotr.nowak@vendor.example.com", _id(11), _id(21))
DEV = Person("Olga Orlova", "olga.orlova@vendor.example.com", _id(12), _id(22))
YAMADA = Person("山田 太郎", "yamada@tokyo-fintech.example.jp", _id(13), _id(23))
SATO = Person("佐藤 花子", "sato@tokyo-fintech.example.jp", _id(14), _id(24))
TAKAHASHI = Person("高橋 健", "takahashi@tokyo-fintech.example.jp", _id(15), _id(25))
SUZUKI = Person("鈴木 一郎", "", _id(16), _id(26))  # no e-mail address

# tasks (ids 100+), in passport order
T_PDF = _id(100)  # in progress, Sprint 10, ETA 11-27, 6 h
T_GATEWAY = _id(101)  # blocked, urgent, Sprint 10, ETA 11-26, 12.5 h
T_DRY_RUN = _id(102)  # to do, Sprint 10, ETA 11-20: slipped
T_CLEANUP = _id(103)  # done on 11-18, Sprint 9, 4 h
T_SPIKE = _id(104)  # cancelled, Sprint 9
T_LEGACY = _id(105)  # done on 10-01 (before the biweekly period), Sprint 9
T_AUDIT = _id(106)  # to do, no ETA, no sprint
T_LATER = _id(107)  # to do, ETA 2027-02-01 (beyond the next two weeks)
CR_CSV = _id(200)
CR_LOGO = _id(201)

# minutes of the 2026-11-17 meeting (ids 300+)
POINT = _id(300)
POINT_INTERNAL = _id(301)
DECISION = _id(302)
DECISION_INTERNAL = _id(303)
ACTION = _id(304)
ACTION_INTERNAL = _id(305)
INTERNAL_TEXTS = ("Margin is thin on this CR", "Offer a 10% discount if they push back",
                  "Check the vendor margin before the estimate")
MEETING_DAY = date(2026, 11, 17)


def tokyo(day: date, hour: int, minute: int = 0) -> datetime:
    """A start as the services name it: aware, in UTC."""
    return datetime.combine(day, time(hour, minute), TOKYO).astimezone(UTC)


MEETING = tokyo(MEETING_DAY, 10)


def _member(p: Person, side: Side, role: str, reports: set[MessageKind],
            level: EscalationLevel = EscalationLevel.NONE) -> MemberData:
    return MemberData(id=p.member_id, person_id=p.person_id, name=p.name, email=p.email,
                      time_zone="Asia/Tokyo" if side is Side.CUSTOMER else "Europe/Warsaw",
                      role=role, side=side, escalation_level=level,
                      meetings=frozenset({Meeting.WEEKLY_STATUS}), reports=frozenset(reports))


def members() -> list[MemberData]:
    return [
        _member(LEAD, Side.VENDOR, "Tech lead",
                {MessageKind.SPRINT_REPORT, MessageKind.TASK_UPDATE}),
        _member(PM, Side.VENDOR, "Project manager", set(report_kinds()), EscalationLevel.PROJECT),
        _member(DEV, Side.VENDOR, "Developer", set()),
        _member(YAMADA, Side.CUSTOMER, "プロジェクトマネージャー",
                {MessageKind.FOLLOW_UP, MessageKind.TASK_UPDATE, MessageKind.BIWEEKLY_REPORT,
                 MessageKind.PROBLEM_NOTICE, MessageKind.SPRINT_REPORT}, EscalationLevel.PROJECT),
        _member(SATO, Side.CUSTOMER, "Key user", {MessageKind.SPRINT_REPORT}),
        _member(TAKAHASHI, Side.CUSTOMER, "Director", {MessageKind.BIWEEKLY_REPORT},
                EscalationLevel.DEPARTMENT),
        _member(SUZUKI, Side.CUSTOMER, "Accounting", set(report_kinds())),
    ]


def tasks() -> list[TaskData]:
    def task(task_id: str, name: str, status: TaskStatus, **kw: object) -> TaskData:
        return TaskData(id=task_id, name=name, status=status,
                        owner_person_id=kw.pop("owner", LEAD.person_id), **kw)  # type: ignore

    return [
        task(T_PDF, "請求書PDFのレイアウト修正", TaskStatus.IN_PROGRESS, eta=date(2026, 11, 27),
             sprint="Sprint 10", hours=Decimal("6"), external_key="JP-11"),
        task(T_GATEWAY, "Payment gateway timeout fix", TaskStatus.BLOCKED, urgent=True,
             eta=date(2026, 11, 26), sprint="Sprint 10", hours=Decimal("12.5"),
             external_key="PAY-88", owner=DEV.person_id),
        task(T_DRY_RUN, "Data migration dry run", TaskStatus.TODO, eta=date(2026, 11, 20),
             sprint="Sprint 10"),
        task(T_CLEANUP, "Old report cleanup", TaskStatus.DONE, done_on=date(2026, 11, 18),
             eta=date(2026, 11, 18), sprint="Sprint 9", hours=Decimal("4")),
        task(T_SPIKE, "Cancelled OCR spike", TaskStatus.CANCELLED, sprint="Sprint 9",
             eta=date(2026, 11, 10)),
        task(T_LEGACY, "Legacy export retired", TaskStatus.DONE, done_on=date(2026, 10, 1),
             eta=date(2026, 10, 1), sprint="Sprint 9", hours=Decimal("3")),
        task(T_AUDIT, "Audit log retention", TaskStatus.TODO),
        task(T_LATER, "Archive old invoices", TaskStatus.TODO, eta=date(2027, 2, 1)),
    ]


def add_change_requests(store: Store) -> None:
    """CR-7 estimated (16 h, aimed at Sprint 11), CR-8 as the customer submitted it."""
    from cockpit.store.models import ChangeRequest, ChangeRequestEvent

    with store.session() as s:
        for position, (cr_id, key, title, description, status, hours, requested, sprint) in \
                enumerate([
                    (CR_CSV, "CR-7", "Export invoices to CSV",
                     "A monthly CSV export of all invoices for accounting.",
                     ChangeRequestStatus.ESTIMATED, Decimal("16"), date(2026, 11, 18),
                     "Sprint 11"),
                    (CR_LOGO, "CR-8", "帳票にロゴを追加", "", ChangeRequestStatus.SUBMITTED,
                     None, date(2026, 11, 20), "")]):
            s.add(ChangeRequest(
                id=cr_id, project_id=PROJECT, position=position, key=key, title=title,
                description=description, status=status, estimate_hours=hours,
                requested_on=requested, target_sprint=sprint,
                estimated_by_person_id=LEAD.person_id if hours else None,
                events=[ChangeRequestEvent(at=datetime(2026, 11, 20, tzinfo=UTC),
                                           to_status=status)]))


def passport() -> Passport:
    return Passport(
        id=PROJECT,
        fields=ProjectFields(code=CODE, name="請求システム移行",
                             customer="東京フィンテック株式会社", status=ProjectStatus.ACTIVE,
                             customer_time_zone="Asia/Tokyo", working_days_country="JP"),
        members=members(), tasks=tasks())


def attendee(p: Person, customer: bool) -> AttendeeData:
    return AttendeeData(person_id=p.person_id, name=p.name, email=p.email,
                        time_zone="Asia/Tokyo", customer_side=customer)


def series(**overrides: object) -> SeriesData:
    """Weekly status, Tuesdays 10:00 Tokyo from 2026-11-03; the PM organises; YAMADA,
    TAKAHASHI (customer), LEAD and the PM attend."""
    values: dict[str, object] = {
        "id": SERIES, "project_id": PROJECT, "title": "週次定例 Weekly status",
        "type": SeriesType.WEEKLY_STATUS, "cadence": Cadence.WEEKLY,
        "first_date": date(2026, 11, 3), "start_time": time(10, 0), "time_zone": "Asia/Tokyo",
        "duration_minutes": 45, "organizer_person_id": PM.person_id,
        "attendees": [attendee(YAMADA, True), attendee(TAKAHASHI, True),
                      attendee(LEAD, False), attendee(PM, False)],
    }
    values.update(overrides)
    return SeriesData(**values)  # type: ignore[arg-type]


def minutes() -> list[MinutesItemData]:
    return [
        MinutesItemData(MinutesKind.POINT, "UAT environment is ready", id=POINT),
        MinutesItemData(MinutesKind.POINT, INTERNAL_TEXTS[0], internal=True, id=POINT_INTERNAL),
        MinutesItemData(MinutesKind.DECISION, "Go-live moved to 15 January", id=DECISION),
        MinutesItemData(MinutesKind.DECISION, INTERNAL_TEXTS[1], internal=True,
                        id=DECISION_INTERNAL),
        MinutesItemData(MinutesKind.ACTION, "テスト計画書を共有する",
                        owner_person_id=YAMADA.person_id, due_on=date(2026, 11, 30), id=ACTION),
        MinutesItemData(MinutesKind.ACTION, INTERNAL_TEXTS[2], owner_person_id=PM.person_id,
                        due_on=date(2026, 11, 19), internal=True, id=ACTION_INTERNAL),
    ]


def build(store: Store) -> None:
    projects.save_passport(store, passport())
    add_change_requests(store)
    meetings.save_series(store, series())
    occurrences.save_minutes(store, SERIES, MEETING, minutes())


def sections(body: str) -> dict[str, list[str]]:
    """The bullet (and table) lines of a rendered body under each bold heading, e.g.
    ``{"**Done**": ["- Old report cleanup"], ...}``."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in body.splitlines():
        if line.startswith("**") and line.endswith("**"):
            current = line
            out[current] = []
        elif current and line.strip():
            out[current].append(line)
    return out


def bullets(body: str, heading: str) -> list[str]:
    """The ``- `` lines under ``heading`` (``**Done**``)."""
    return [line for line in sections(body).get(heading, []) if line.startswith("- ")]


def table_rows(body: str) -> list[list[str]]:
    """The cells of a Markdown table's body rows (header and rule left out)."""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in body.splitlines() if line.startswith("|")]
    return rows[2:]
