"""The demo's registers: red flags at every level of the escalation path (one raised this
morning from a customer's mail and not yet answered, one that moves up today, one with the
department director and its notice owed, one at C-level, one resolved with its root cause),
change requests in every state of the workflow with their confirmations linked, problems with
remedial plans (one found this morning the customer has not heard of, one with a step
overdue, one closed after its retrospective), decisions recorded from a customer's mail and
by hand, and Q&A shared and internal.

Written through the registers' own services, so every entry has the history a PM would have
made, at moments relative to the demo's day (in each customer's zone). A project that already
has register entries (a refreshed demo) is left as it is.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from cockpit.care.working_time import WorkingCalendar
from cockpit.domain.change_workflow import Confirmation
from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.passport import MemberData, Passport
from cockpit.domain.problem_register import (
    Compensation,
    ProblemData,
    ProblemStatus,
    RemedialStepData,
)
from cockpit.domain.red_flags import FlagCategory, Severity
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.services import change_requests, decision_log, problem_register, questions, red_flags
from cockpit.store.models import MailItem, ProblemRecord, Question, RedFlag
from cockpit.store.store import Store

NS = uuid.UUID("7d3c9a51-2b4e-4f60-9a1d-5e8f7c6b4a32")
MAIL_PREFIX = "demo-register-mail-"  # not demo-mail-: the demo's morning clears those


class _Project:
    """One demo project's facts the registers are written against."""

    def __init__(self, passport: Passport, today: date, now: datetime) -> None:
        fields = passport.fields
        self.passport, self.id, self.code = passport, passport.id, fields.code
        self.calendar = WorkingCalendar(fields.customer_time_zone,
                                        fields.working_days_country)
        self.zone = ZoneInfo(fields.customer_time_zone)
        self.today, self.now = today, now
        self.japanese = fields.language.value == "ja"

    def person(self, side: Side, level: EscalationLevel | None = None,
               role: str = "") -> MemberData:
        found = [m for m in self.passport.members if m.side is side
                 and (level is None or m.escalation_level is level)
                 and (not role or m.role == role)]
        return found[0] if found else self.passport.members[0]

    def working_day(self, back: int) -> date:
        """``back`` working days before today (0: today, or the last working day)."""
        day = self.today
        while not self.calendar.is_working_day(day):
            day -= timedelta(days=1)
        for _ in range(back):
            day -= timedelta(days=1)
            while not self.calendar.is_working_day(day):
                day -= timedelta(days=1)
        return day

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A moment on the customer's clock, never later than now (the demo is history)."""
        moment = datetime.combine(day, time(hour, minute), self.zone)
        return min(moment, self.now - timedelta(minutes=5))

    def mail(self, store: Store, key: str, sender: MemberData, subject: str, preview: str,
             moment: datetime, answered: bool = True) -> str:
        """A customer's mail as the sync would have brought it; ``answered``: the PM answered
        it (by phone, within the hour), so it owes nothing of its own."""
        mail_id = f"{MAIL_PREFIX}{self.code}-{key}"
        with store.session() as s:
            if s.get(MailItem, mail_id) is None:
                s.add(MailItem(id=mail_id, folder="inbox", project_id=self.id,
                               acknowledged_at=moment + timedelta(minutes=15) if answered
                               else None,
                               answered_at=moment + timedelta(minutes=50) if answered else None,
                               subject=subject, sender=sender.email, moment=moment,
                               conversation_id=str(uuid.uuid5(NS, mail_id)),
                               internet_message_id=f"<{uuid.uuid5(NS, mail_id)}@demo>",
                               body_preview=preview, recipients=[]))
        return mail_id


def _has_registers(store: Store, project_id: str) -> bool:
    with store.session() as s:
        return any(s.scalar(select(model.id).where(model.project_id == project_id).limit(1))
                   for model in (RedFlag, ProblemRecord, Question))


def add_demo_registers(store: Store, passports: list[Passport], today: date,
                       now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    by_code = {p.fields.code: p for p in passports}
    writers = {"JP-104": _tokyo_billing, "DE-102": _berlin, "US-103": _new_york}
    for code, write in writers.items():
        passport = by_code.get(code)
        if passport is None or _has_registers(store, passport.id):
            continue
        write(store, _Project(passport, today, now))


def _tokyo_billing(store: Store, p: _Project) -> None:
    """JP-104: a complaint this morning, one that moves up today, a problem found this morning,
    change requests in every state, decisions, Q&A — in Japanese."""
    customer_pm = p.person(Side.CUSTOMER, EscalationLevel.PROJECT)
    director = p.person(Side.CUSTOMER, EscalationLevel.DEPARTMENT)
    pm = p.person(Side.VENDOR, EscalationLevel.PROJECT)
    lead = p.person(Side.VENDOR, role="Tech lead")
    today, yesterday = p.working_day(0), p.working_day(1)
    complaint = p.mail(store, "vat", customer_pm, "請求書の消費税率が誤っています",
                       "本日発行された11月分の請求書で、消費税率が8%で計算されています。"
                       "至急ご確認いただけますでしょうか。", p.at(today, 9, 10),
                       answered=False)
    red_flags.flag_from_mail(store, complaint, title="請求書の消費税率が誤っている",
                             category=FlagCategory.QUALITY, severity=Severity.HIGH)
    late = red_flags.raise_flag(
        store, p.id, title="週次報告の送付が予定より遅れている",
        description="先週の週次報告が金曜日に届かなかったとのご指摘。",
        category=FlagCategory.COMMUNICATION, severity=Severity.MEDIUM,
        raised_by_person_id=director.person_id, raised_at=p.at(yesterday, 15, 0))
    red_flags.add_note(store, late.id, "お詫びのうえ、本日中に送付すると電話でお伝えしました。",
                       answer=True, at=p.at(yesterday, 16, 0))

    problem_register.record(store, p.id, ProblemData(
        title="本番データ移行リハーサルで取引先データの一部が欠落",
        description="リハーサル後の件数照合で、取引先マスタ 12,480 件中 37 件が移行されていない。",
        found_at=p.at(today, 8, 0),
        impact_business="本番移行日（予定どおり）の判断に影響する可能性があります",
        impact_users="現時点で影響なし（本番環境は旧システムで稼働中）",
        schedule_impact="再リハーサルのため、移行判定会議を2営業日後ろ倒しする可能性があります",
        solution_options="重複レコードを先に名寄せしてから再実行する\n"
                         "制約を外して移行し、移行後に補正する",
        workaround="不要（本番は旧システムで稼働中）",
        resources="移行担当2名を専任、DBAを半日",
        steps=[RemedialStepData("欠落した37件の原因を特定する", lead.person_id,
                                today + timedelta(days=1)),
               RemedialStepData("名寄せスクリプトを作成し検証環境で再実行する", lead.person_id,
                                today + timedelta(days=3))]))

    sprints = [s.name for s in sorted(p.passport.sprints, key=lambda s: s.start_on or today)]
    current, following = (sprints[1], sprints[2]) if len(sprints) >= 3 else ("", "")
    confirm_mail = p.mail(store, "cr3", customer_pm, "Re: CR-3 お見積りの件、承認いたします",
                          "お見積りいただいた内容で承認いたします。次回スプリントでの対応を"
                          "お願いいたします。", p.at(yesterday, 14, 0))
    entries = [
        ("CR-3", "取引先別の請求書一括ダウンロード", S.CONFIRMED, confirm_mail, ""),
        ("CR-4", "支払期日アラートのメール通知", S.SCHEDULED, "", following),
        ("CR-5", "請求書番号の採番ルール変更", S.TEAM_INFORMED, "", current),
        ("CR-6", "ダッシュボードの表示項目追加", S.DONE, "", current),
        ("CR-7", "旧形式CSVの取り込み対応", S.REJECTED, "", ""),
        ("CR-8", "請求書PDFへの電子印影の追加", S.ESTIMATED, "", ""),
    ]
    for offset, (key, title, target, mail_id, sprint) in enumerate(entries):
        _change(store, p, key, title, target, mail_id, sprint, customer_pm, lead,
                submitted=p.working_day(9 - offset))

    decision_mail = p.mail(store, "uat", director, "受入テスト期間の延長について",
                           "受入テスト期間を1週間から2週間に延長することで合意いたします。",
                           p.at(p.working_day(3), 11, 0))
    decision_log.from_mail(store, decision_mail, "受入テスト期間を2週間に延長する")
    decision_log.record(store, p.id, "帳票へのロゴ追加は次回リリースで対応する",
                        p.working_day(3))

    qa = [("消費税の端数処理は切り捨てでよろしいでしょうか。", customer_pm,
           "はい、請求書単位で切り捨てとします。", pm, True, 6),
          ("本番移行当日の問い合わせ窓口はどちらになりますか。", customer_pm, "", None, True, 2),
          ("移行リハーサルの追加工数は請求対象とするか。", pm,
           "今回は弊社負担とする（部長承認済み）。", pm, False, 1)]
    _questions(store, p, qa)


def _berlin(store: Store, p: _Project) -> None:
    """DE-102: a critical flag with the department director (the notice owed), a problem with
    a remedial step overdue, a shared question."""
    customer_pm = p.person(Side.CUSTOMER, EscalationLevel.PROJECT)
    lead = p.person(Side.VENDOR, role="Tech lead")
    flag = red_flags.raise_flag(
        store, p.id, title="Nightly export to SAP failed three nights in a row",
        description="Finance cannot post the invoices; month-end closing is at risk.",
        category=FlagCategory.SCHEDULE, severity=Severity.CRITICAL,
        raised_by_person_id=customer_pm.person_id, raised_at=p.at(p.working_day(2), 11, 0))
    red_flags.add_note(store, flag.id, "We are on it; the first fix goes in tonight.",
                       answer=True, at=p.at(p.working_day(2), 12, 0))
    problem_register.record(store, p.id, ProblemData(
        title="SAP export job runs out of memory on large batches",
        found_at=p.at(p.working_day(2), 9, 0),
        customer_informed_at=p.at(p.working_day(2), 12, 0),
        impact_business="Invoices are posted a day late", impact_users="None directly",
        schedule_impact="Month-end closing may move by a day",
        new_date=p.today + timedelta(days=3),
        solution_options="Stream the export in pages\nAdd memory to the batch server",
        workaround="We run the export by hand in two halves each morning",
        resources="Two developers full time",
        steps=[RemedialStepData("Stream the export in pages of 5,000", lead.person_id,
                                p.working_day(1)),
               RemedialStepData("Load test with December's volume", lead.person_id,
                                p.today + timedelta(days=2))]))
    _questions(store, p, [("Can the export also run on Saturdays?", customer_pm,
                           "Yes, from the next release.", p.person(Side.VENDOR,
                                                                   EscalationLevel.PROJECT),
                           True, 4)])


def _new_york(store: Store, p: _Project) -> None:
    """US-103: a flag at C-level, a resolved one with its root cause, a closed problem."""
    customer_pm = p.person(Side.CUSTOMER, EscalationLevel.PROJECT)
    red_flags.raise_flag(
        store, p.id, title="Release dates keep moving", category=FlagCategory.SCHEDULE,
        severity=Severity.HIGH, raised_by_person_id=customer_pm.person_id,
        description="Three release dates missed this quarter; the customer's COO asked for "
                    "a call with ours.", raised_at=p.at(p.working_day(6), 10, 0))
    fixed = red_flags.raise_flag(
        store, p.id, title="Test environment down during UAT", category=FlagCategory.QUALITY,
        severity=Severity.MEDIUM, raised_by_person_id=customer_pm.person_id,
        raised_at=p.at(p.working_day(12), 9, 30))
    red_flags.add_note(store, fixed.id, "Restored within the hour; we apologised by phone.",
                       answer=True, at=p.at(p.working_day(12), 10, 30))
    red_flags.resolve(store, fixed.id, resolution="Environment restored, monitoring added",
                      root_cause="A certificate expired unnoticed",
                      retrospective="Retrospective with the customer on the biweekly status",
                      at=p.at(p.working_day(11), 15, 0))
    closed = problem_register.record(store, p.id, ProblemData(
        title="Invoice PDFs rendered without the logo", found_at=p.at(p.working_day(20), 9),
        customer_informed_at=p.at(p.working_day(20), 11),
        fix_testing="Rendered all 1,200 November invoices on staging and compared them",
        compensation=Compensation.NONE, compensation_reason="Cosmetic, fixed the same week",
        retrospective_on=p.working_day(15),
        lessons_learned="Visual checks of the PDFs are part of every release test",
        steps=[RemedialStepData("Fix the template path", None, p.working_day(19),
                                p.working_day(19))]))
    problem_register.set_status(store, closed.id, ProblemStatus.CLOSED)
    decision = decision_log.record(store, p.id, "Releases move to every second Thursday",
                                   p.working_day(5))
    decision_log.confirm(store, p.id, decision.id, note="Confirmed by the customer's COO in "
                         "the executive review's chat", on=p.working_day(5))


def _change(store: Store, p: _Project, key: str, title: str, target: S, mail_id: str,
            sprint: str, submitter: MemberData, estimator: MemberData, submitted: date) -> None:
    cr = change_requests.submit(store, p.id, title=title, key=key,
                                submitted_by_person_id=submitter.person_id,
                                requested_on=submitted, at=p.at(submitted, 10))
    path = {S.ESTIMATED: [S.ESTIMATED],  # estimated today, the estimate not sent yet
            S.CONFIRMED: [S.ESTIMATED, S.SENT, S.CONFIRMED],
            S.SCHEDULED: [S.ESTIMATED, S.SENT, S.CONFIRMED, S.SCHEDULED],
            S.TEAM_INFORMED: [S.ESTIMATED, S.SENT, S.CONFIRMED, S.SCHEDULED, S.TEAM_INFORMED],
            S.DONE: [S.ESTIMATED, S.SENT, S.CONFIRMED, S.SCHEDULED, S.TEAM_INFORMED, S.DONE],
            S.REJECTED: [S.ESTIMATED, S.SENT, S.REJECTED]}[target]
    day = submitted
    for step in path:
        day = min(day + timedelta(days=1), p.today)
        kwargs: dict[str, object] = {}
        if step is S.ESTIMATED:
            kwargs = {"hours": Decimal(8 * (1 + len(key) % 3)),
                      "estimated_by_person_id": estimator.person_id}
        elif step is S.CONFIRMED:
            kwargs = {"confirmation": Confirmation(mail_id=mail_id) if mail_id else
                      Confirmation(note="電話にてご承認" if p.japanese else "Confirmed by phone",
                                   on=day)}
        elif step is S.REJECTED:
            kwargs = {"note": "今回は見送り（次期フェーズで再検討）" if p.japanese
                      else "Postponed to the next phase"}
        elif step is S.SCHEDULED:
            kwargs = {"sprint": sprint}
        moment = p.at(day, 11)
        if step is S.CONFIRMED and mail_id:  # confirmed when the customer's mail came
            with store.session() as s:
                mail = s.get(MailItem, mail_id)
                moment = (mail.moment if mail and mail.moment else moment) + timedelta(minutes=20)
        change_requests.move(store, cr.id, step, at=moment, **kwargs)  # type: ignore[arg-type]


def _questions(store: Store, p: _Project,
               rows: list[tuple[str, MemberData, str, MemberData | None, bool, int]]) -> None:
    for text, asker, answer, answerer, shared, back in rows:
        asked = p.working_day(back)
        q = questions.ask(store, p.id, text, asked_by_person_id=asker.person_id,
                          asked_on=asked, shared=shared)
        if answer and answerer is not None:
            questions.save(store, q.id, question=q.question,
                           asked_by_person_id=q.asked_by_person_id, asked_by="",
                           asked_on=asked, answer=answer,
                           answered_by_person_id=answerer.person_id, answered_by="",
                           answered_on=min(asked + timedelta(days=1), p.today), shared=shared)
