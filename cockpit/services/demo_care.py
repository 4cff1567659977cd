"""The demo's morning: what a PM who runs the dozen demo projects finds on Today — a few items
overdue, several due today, some soon, one snoozed, one slipped ETA, a customer's mail waiting
for its acknowledgement and another for its answer.

Nothing here decides what is owed: the demo writes history (sprints with dates, updates and
reports sent at plausible moments, a meeting held, mail arrived, an ETA moved, a snooze) and
the care engine reads it like any store, so every item on the demo's Today is correct by the
rules. Where the demo wants an item left owed it simply does not send what would satisfy it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from cockpit.care.working_time import WorkingCalendar
from cockpit.domain.enums import MessageKind
from cockpit.domain.passport import Passport
from cockpit.messages.sources import Source
from cockpit.services import care_marks, care_settings, messages, occurrences, projects
from cockpit.store.store import Store

PM_ZONE = "Europe/Warsaw"  # the demo's vendor works from Warsaw


def morning(today: date) -> datetime:
    """The moment a fixed-date demo is made "now": 09:30 in Warsaw."""
    return datetime.combine(today, time(9, 30), WorkingCalendar(PM_ZONE).tz).astimezone(UTC)


def add_demo_care(store: Store, passports: list[Passport], now: datetime) -> None:
    """The morning of ``now``; a demo written again (``cockpit demo``) gets a new one in place
    of the last (its marks, mail and the messages it sent are taken away first)."""
    _clear(store)
    care_settings.set_pm_calendar(store, care_settings.PmCalendar(PM_ZONE, "PL"))
    live = [p for p in passports if p.tasks and not p.fields.archived]
    if not live:
        return
    _task_updates(store, live, now)
    _satisfy_all_but_one(store, now, "biweekly_report", MessageKind.BIWEEKLY_REPORT)
    _satisfy_all_but_one(store, now, "sprint_report", MessageKind.SPRINT_REPORT)
    _slipped_eta(store, live[-1], now)
    _held_meeting(store, live, now)
    _customer_mail(store, live, now)
    _snooze_one(store, now)


MORNING_ID = "<demo-morning-"  # the Message-ID of what the morning sent


def _clear(store: Store) -> None:
    from sqlalchemy import delete, select

    from cockpit.store.models import CareMark, MailItem, Message, MessageLink

    with store.session() as s:
        s.execute(delete(CareMark))
        s.execute(delete(MailItem).where(MailItem.id.like("demo-mail-%")))
        sent = select(Message.id).where(Message.message_id.like(f"{MORNING_ID}%"))
        s.execute(delete(MessageLink).where(MessageLink.message_id.in_(sent)))
        s.execute(delete(Message).where(Message.message_id.like(f"{MORNING_ID}%")))


def _calendar(passport: Passport) -> WorkingCalendar:
    return WorkingCalendar(passport.fields.customer_time_zone,
                           passport.fields.working_days_country)


def _back(calendar: WorkingCalendar, day: date, count: int) -> date:
    """``count`` working days before ``day``."""
    while count:
        day -= timedelta(days=1)
        if calendar.is_working_day(day):
            count -= 1
    return day


def _send(store: Store, kind: MessageKind, source: Source, when: datetime) -> None:
    from sqlalchemy import update

    from cockpit.store.models import Message

    draft = messages.compose(store, kind, source)
    messages.mark_ready(store, draft.id, confirmed=True)
    messages.mark_sent(store, draft.id, when)
    with store.session() as s:  # the morning's own, taken away when the demo is written again
        s.execute(update(Message).where(Message.id == draft.id).values(
            message_id=f"{MORNING_ID}{draft.id}@vendor.example.com>"))


def _task_updates(store: Store, live: list[Passport], now: datetime) -> None:
    """Most projects had their update yesterday; one two working days ago (due today), one
    three (overdue)."""
    for index, passport in enumerate(live):
        calendar = _calendar(passport)
        today = calendar.day_of(now)
        back = 3 if index == 0 else 2 if index == 1 else 1
        when = datetime.combine(_back(calendar, today, back), time(16, 30), calendar.tz)
        opened = calendar.opens(today) + timedelta(hours=1)
        if index > 3 and calendar.is_working_day(today) and opened < now:
            when = opened  # sent this morning: nothing owed before the day after tomorrow
        _send(store, MessageKind.TASK_UPDATE, Source(passport.id, today=today),
              when.astimezone(UTC))


def _satisfy_all_but_one(store: Store, now: datetime, rule: str, kind: MessageKind) -> None:
    """What the engine finds owed for ``rule``: sent in time for every project but the first
    (its sprint's last afternoon, the Friday's), so one stays on Today."""
    from cockpit.care.engine import due_items

    kept: str | None = None
    for _ in range(3):  # a report sent can bring the next period's into view
        items = [i for i in due_items(store, now, rule=rule) if i.project_id != kept]
        if kept is None and items:
            kept, items = items[0].project_id, items[1:]
        if not items:
            return
        for item in items:
            when = min(item.due - timedelta(hours=2), now - timedelta(minutes=5))
            sprint = None
            if rule == "sprint_report":
                sprint = item.subject or None
            _send(store, kind, Source(item.project_id, sprint=sprint), when)


def _slipped_eta(store: Store, passport: Passport, now: datetime) -> None:
    """A task whose ETA moves a week later this morning: the next update must say so."""
    stored = projects.get_passport(store, passport.id)
    task = next((t for t in stored.tasks if t.status.is_open and t.eta and not t.urgent), None)
    if task is None or task.eta is None:
        return
    moved = [replace(t, eta=task.eta + timedelta(days=7)) if t.id == task.id else t
             for t in stored.tasks]
    projects.save_passport(store, replace(stored, tasks=moved))


def _held_meeting(store: Store, live: list[Passport], now: datetime) -> None:
    """The latest weekly status that has taken place, of the project that had one most
    recently, is marked held: its follow-up is owed the same working day."""
    latest: tuple[datetime, Any] | None = None
    for passport in live:
        for view in occurrences.upcoming(store, now - timedelta(days=4), now,
                                         project_id=passport.id):
            if view.end <= now and not view.has_minutes and (latest is None
                                                             or view.end > latest[0]):
                latest = (view.end, view)
    if latest is not None:
        view = latest[1]
        occurrences.mark_held(store, view.series_id, view.occurrence.original_start, True)


def _customer_mail(store: Store, live: list[Passport], now: datetime) -> None:
    """Mail as the sync pulls it: a question that arrived twenty minutes ago (to acknowledge),
    one from yesterday the PM acknowledged by phone (the answer is owed), and one already
    answered in its conversation (nothing owed)."""
    from cockpit.store.models import MailItem

    def customer(passport: Passport) -> Any:
        return next(m for m in passport.members if m.side.value == "customer" and m.email)

    first, second = live[0], live[min(2, len(live) - 1)]
    pm_of = {p.id: next(m for m in p.members if m.side.value == "vendor") for p in live}
    rows = [
        (first, "demo-mail-1", now - timedelta(minutes=20), None,
         _subject(first, 0), _preview(first, 0)),
        (second, "demo-mail-2", now - timedelta(hours=20), now - timedelta(hours=19),
         _subject(second, 1), _preview(second, 1)),
        (second, "demo-mail-3", now - timedelta(days=2), None,
         _subject(second, 2), _preview(second, 2)),
    ]
    with store.session() as s:
        for passport, mail_id, when, acknowledged, subject, preview in rows:
            who = customer(passport)
            s.add(MailItem(id=mail_id, folder="inbox", project_id=passport.id,
                           internet_message_id=f"<{mail_id}@{who.email.split('@')[1]}>",
                           subject=subject, sender=who.email, recipients=[pm_of[passport.id].email],
                           moment=when, conversation_id=f"conv-{mail_id}", body_preview=preview,
                           acknowledged_at=acknowledged))
        answered = rows[2]
        s.add(MailItem(id="demo-mail-3-reply", folder="sentitems", project_id=answered[0].id,
                       internet_message_id="<demo-mail-3-reply@vendor.example.com>",
                       subject=f"RE: {answered[4]}", sender=pm_of[answered[0].id].email,
                       recipients=[customer(answered[0]).email],
                       moment=answered[2] + timedelta(minutes=40),
                       conversation_id="conv-demo-mail-3", body_preview="",
                       in_reply_to="<demo-mail-3@" + customer(answered[0]).email.split("@")[1]
                       + ">"))


MAIL = {
    "JP": (("ログイン画面のエラーについて",
            "本日朝から一部の利用者でログイン時にエラーが表示されます。ご確認いただけますでしょうか。"),
           ("請求書の送付先変更のお願い",
            "来月分より請求書の送付先を経理部に変更いただけますか。"),
           ("テスト環境の利用時間", "テスト環境は週末も利用できますでしょうか。")),
    "DE": (("Fehler beim Login", "Seit heute Morgen sehen einige Nutzer beim Anmelden einen "
            "Fehler. Können Sie sich das ansehen?"),
           ("Rechnungsadresse ändern", "Bitte schicken Sie die Rechnungen ab nächstem Monat an "
            "die Buchhaltung."),
           ("Testumgebung am Wochenende", "Ist die Testumgebung auch am Wochenende verfügbar?")),
    "US": (("Login error this morning", "Since this morning some users see an error when they "
            "sign in. Could you take a look?"),
           ("New billing address", "Please send invoices to our accounts team from next month."),
           ("Test environment on weekends", "Can we use the test environment on weekends?")),
}


def _subject(passport: Passport, n: int) -> str:
    return MAIL[passport.fields.code[:2]][n][0]


def _preview(passport: Passport, n: int) -> str:
    return MAIL[passport.fields.code[:2]][n][1]


def _snooze_one(store: Store, now: datetime) -> None:
    """An onboarding step waiting on the customer, snoozed until tomorrow morning."""
    from cockpit.care.engine import due_items

    found = due_items(store, now, rule="onboarding_step") or due_items(store, now)
    if not found:
        return
    item = found[0]
    until = datetime.combine((now + timedelta(days=1)).date(), time(9, 0),
                             WorkingCalendar(PM_ZONE).tz).astimezone(UTC)
    care_marks.snooze(store, item.project_id, item.key, max(until, now + timedelta(hours=2)),
                      "Waiting for the customer's IT to send the VPN accounts")
