"""Satisfaction control (PRODUCT.md §7): record CSAT and NPS answers, read a project's or the
portfolio's trend, analyse complaints by category, and raise a red flag from a low answer.

The figures are ``cockpit.domain.satisfaction``'s; this module only reads and writes the store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cockpit.domain.enums import ProjectStatus, Side
from cockpit.domain.red_flags import FlagCategory, Severity
from cockpit.domain.satisfaction import (
    TREND_MONTHS,
    Answer,
    Category,
    Drop,
    Scale,
    SurveyDue,
    TrendPoint,
    add_months,
    check_score,
    csat_drop,
    is_low,
    month_start,
    months_back,
    survey_due,
    trend,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import Membership, Person, Project, RedFlag, SatisfactionEntry
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_COMMENT = 20000
DEFAULT_DROP = 0.5  # the drop rule's default threshold (the care rule's ``drop_tenths``)


@dataclass(frozen=True)
class EntryView:
    id: str
    project_id: str
    scale: Scale
    score: int
    answered_on: date
    respondent: str
    respondent_person_id: str | None
    category: Category
    comment: str
    red_flag_id: str | None
    red_flag_key: str  # RF-<n> when a flag was raised from it, else ""

    @property
    def low(self) -> bool:
        return is_low(self.scale, self.score)

    def answer(self) -> Answer:
        return Answer(self.answered_on, self.scale, self.score, self.category)


@dataclass(frozen=True)
class Picture:
    """A project's (or the portfolio's) satisfaction at ``today``."""

    today: date
    csat: list[TrendPoint]
    nps: list[TrendPoint]
    drop: Drop | None
    answers: int  # in the last twelve months
    low: int  # of which low (CSAT 1–2, NPS detractors)

    @property
    def latest_csat(self) -> float | None:
        return next((p.value for p in reversed(self.csat) if p.value is not None), None)

    @property
    def latest_nps(self) -> float | None:
        return next((p.value for p in reversed(self.nps) if p.value is not None), None)


@dataclass(frozen=True)
class ComplaintRow:
    category: Category  # a red flag's category is the same word
    red_flags: int
    low_scores: int
    by_month: tuple[int, ...]  # flags + low scores per month of the last twelve, oldest first

    @property
    def total(self) -> int:
        return self.red_flags + self.low_scores


@dataclass(frozen=True)
class Complaints:
    months: tuple[date, ...]
    rows: tuple[ComplaintRow, ...]  # categories with anything in the twelve months, most first
    totals: tuple[int, ...] = field(default=())  # per month, all categories


def _view(row: SatisfactionEntry, flag_keys: dict[str, str]) -> EntryView:
    return EntryView(row.id, row.project_id, row.scale, row.score, row.answered_on,
                     row.respondent, row.respondent_person_id, row.category, row.comment,
                     row.red_flag_id, flag_keys.get(row.red_flag_id or "", ""))


def _flag_keys(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {fid: f"RF-{number}" for fid, number in session.execute(
        select(RedFlag.id, RedFlag.number).where(RedFlag.id.in_(ids)))}


def _respondent(session: Session, project_id: str, person_id: str | None, name: str
                ) -> tuple[str | None, str]:
    """(person id, name): one of the project's customer people, or a name as typed."""
    if person_id:
        person = session.scalar(select(Person).join(Membership, Membership.person_id == Person.id)
                                .where(Membership.project_id == project_id,
                                       Person.id == person_id))
        if person is None:
            raise KnownError(ErrorCode.VALIDATION, "that person is not on this project")
        return person.id, person.name
    return None, (name or "").strip()[:320]


def _checked(scale: Scale, score: int, comment: str, answered_on: date) -> tuple[int, str]:
    try:
        score = check_score(scale, score)
    except ValueError as exc:
        raise KnownError(ErrorCode.VALIDATION, str(exc)) from None
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise KnownError(ErrorCode.VALIDATION,
                         f"the comment is longer than {MAX_COMMENT} characters")
    if answered_on > utcnow().date() + timedelta(days=1):  # the customer's today may be ours + 1
        raise KnownError(ErrorCode.VALIDATION, "an answer cannot be dated in the future")
    return score, comment


# --- reading --------------------------------------------------------------------------------
def list_entries(store: Store, project_id: str) -> list[EntryView]:
    """The project's answers, newest first."""
    with store.session() as s:
        rows = list(s.scalars(select(SatisfactionEntry)
                              .where(SatisfactionEntry.project_id == project_id)
                              .order_by(SatisfactionEntry.answered_on.desc(),
                                        SatisfactionEntry.created_at.desc())))
        keys = _flag_keys(s, {r.red_flag_id for r in rows if r.red_flag_id})
        return [_view(r, keys) for r in rows]


def get_entry(store: Store, entry_id: str) -> EntryView:
    with store.session() as s:
        row = _row(s, entry_id)
        return _view(row, _flag_keys(s, {row.red_flag_id} if row.red_flag_id else set()))


def _answers(session: Session, today: date, project_id: str | None) -> list[Answer]:
    since = add_months(month_start(today), 1 - TREND_MONTHS - 6)  # the NPS window of the first
    query = (select(SatisfactionEntry.answered_on, SatisfactionEntry.scale,
                    SatisfactionEntry.score, SatisfactionEntry.category)
             .where(SatisfactionEntry.answered_on >= since,
                    SatisfactionEntry.answered_on <= today))
    if project_id is None:
        query = query.join(Project, Project.id == SatisfactionEntry.project_id).where(
            Project.archived.is_(False), Project.status != ProjectStatus.CLOSED)
    else:
        query = query.where(SatisfactionEntry.project_id == project_id)
    return [Answer(on, Scale(scale), score, Category(category))
            for on, scale, score, category in session.execute(query).all()]


def picture_of(answers: list[Answer], today: date, threshold: float = DEFAULT_DROP) -> Picture:
    csat = trend(answers, Scale.CSAT, today)
    first = months_back(today)[0]
    recent = [a for a in answers if a.on >= first]
    return Picture(today, csat, trend(answers, Scale.NPS, today), csat_drop(csat, threshold),
                   len(recent), sum(1 for a in recent if is_low(a.scale, a.score)))


def picture(store: Store, project_id: str | None, today: date | None = None,
            threshold: float = DEFAULT_DROP) -> Picture:
    """The project's trend (``None``: the whole live portfolio's) over the last twelve months."""
    today = today or utcnow().date()
    with store.session() as s:
        return picture_of(_answers(s, today, project_id), today, threshold)


def sparklines(store: Store, today: date | None = None) -> dict[str, list[float | None]]:
    """Each live project's CSAT trend (twelve values, oldest first), and the portfolio's under
    ``""`` — in two queries, for the health strip."""
    today = today or utcnow().date()
    with store.session() as s:
        since = add_months(month_start(today), 1 - TREND_MONTHS - 6)
        rows = s.execute(
            select(SatisfactionEntry.project_id, SatisfactionEntry.answered_on,
                   SatisfactionEntry.score)
            .join(Project, Project.id == SatisfactionEntry.project_id)
            .where(SatisfactionEntry.scale == Scale.CSAT,
                   SatisfactionEntry.answered_on >= since,
                   SatisfactionEntry.answered_on <= today, Project.archived.is_(False),
                   Project.status != ProjectStatus.CLOSED)).all()
    by_project: dict[str, list[Answer]] = {}
    for pid, on, score in rows:
        by_project.setdefault(pid, []).append(Answer(on, Scale.CSAT, score))
    every = [a for answers in by_project.values() for a in answers]
    lines = {pid: [p.value for p in trend(answers, Scale.CSAT, today)]
             for pid, answers in by_project.items()}
    lines[""] = [p.value for p in trend(every, Scale.CSAT, today)]
    return lines


def complaints(store: Store, project_id: str | None = None, today: date | None = None
               ) -> Complaints:
    """Red flags raised and low scores given, by category and month, over twelve months (a
    project's, or the live portfolio's)."""
    today = today or utcnow().date()
    months = tuple(months_back(today))
    first = months[0]
    with store.session() as s:
        flags = select(RedFlag.category, RedFlag.raised_at).where(
            RedFlag.raised_at >= datetime.combine(first, time(), ZoneInfo("UTC")))
        answers = select(SatisfactionEntry.category, SatisfactionEntry.answered_on,
                         SatisfactionEntry.scale, SatisfactionEntry.score).where(
            SatisfactionEntry.answered_on >= first, SatisfactionEntry.answered_on <= today)
        if project_id is None:
            live = select(Project.id).where(Project.archived.is_(False),
                                            Project.status != ProjectStatus.CLOSED)
            flags = flags.where(RedFlag.project_id.in_(live))
            answers = answers.where(SatisfactionEntry.project_id.in_(live))
        else:
            flags = flags.where(RedFlag.project_id == project_id)
            answers = answers.where(SatisfactionEntry.project_id == project_id)
        flag_rows = s.execute(flags).all()
        answer_rows = s.execute(answers).all()
    index = {m: i for i, m in enumerate(months)}
    per: dict[str, list[int]] = {}
    flag_count: Counter[str] = Counter()
    low_count: Counter[str] = Counter()
    for flag_category, raised in flag_rows:
        month = month_start(raised.date())
        if month in index:
            flag_count[flag_category.value] += 1
            per.setdefault(flag_category.value, [0] * len(months))[index[month]] += 1
    for category, on, scale, score in answer_rows:
        if is_low(Scale(scale), score):
            low_count[category.value] += 1
            per.setdefault(category.value, [0] * len(months))[index[month_start(on)]] += 1
    rows = [ComplaintRow(Category(name), flag_count[name], low_count[name], tuple(counts))
            for name, counts in per.items()]
    rows.sort(key=lambda r: (-r.total, list(Category).index(r.category)))
    totals = tuple(sum(r.by_month[i] for r in rows) for i in range(len(months)))
    return Complaints(months, tuple(rows), totals)


def last_answers(session: Session, project_id: str) -> dict[Scale, date]:
    """When the project last answered each scale."""
    return {Scale(scale): on for scale, on in session.execute(
        select(SatisfactionEntry.scale, func.max(SatisfactionEntry.answered_on))
        .where(SatisfactionEntry.project_id == project_id)
        .group_by(SatisfactionEntry.scale)).all()}


@dataclass(frozen=True)
class SurveyPlan:
    due: SurveyDue
    csat_months: int
    nps_months: int
    asks_nps: bool  # a survey sent today asks the NPS question too


def survey_plan(session: Session, project_id: str, today: date) -> SurveyPlan:
    """When the project's next survey is owed (the care rule's cadence, with the company's
    and the project's settings) and whether one sent today asks for NPS."""
    from cockpit.care.company import load_company
    from cockpit.care.params import resolve
    from cockpit.care.rules import satisfaction_survey as rule
    from cockpit.domain.enums import MessageKind
    from cockpit.domain.messages import MessageState
    from cockpit.store.models import CareRuleSetting, Message

    project = session.get(Project, project_id)
    if project is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
    own = session.scalar(select(CareRuleSetting).where(
        CareRuleSetting.project_id == project_id, CareRuleSetting.rule == rule.NAME))
    layer = {**(own.params or {}), "enabled": own.enabled} if own else None
    setting = resolve(rule.PARAMS, load_company(session).rule_defaults.get(rule.NAME), layer)
    last = last_answers(session, project_id)
    sent = session.scalar(select(func.max(Message.sent_at)).where(
        Message.project_id == project_id, Message.kind == MessageKind.SURVEY,
        Message.state == MessageState.SENT))
    started = project.start_date or project.created_at.date()
    due = survey_due(started, last.get(Scale.CSAT), last.get(Scale.NPS),
                     sent.date() if sent else None, setting["csat_months"],
                     setting["nps_months"])
    return SurveyPlan(due, setting["csat_months"], setting["nps_months"],
                      due.asks_nps(today, setting["csat_months"]))


# --- writing --------------------------------------------------------------------------------
def _row(session: Session, entry_id: str) -> SatisfactionEntry:
    row = session.get(SatisfactionEntry, entry_id)
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, "that answer is no longer in the store")
    return row


def add(store: Store, project_id: str, *, scale: Scale, score: int, answered_on: date,
        respondent_person_id: str | None = None, respondent: str = "",
        category: Category = Category.OVERALL, comment: str = "") -> EntryView:
    score, comment = _checked(scale, score, comment, answered_on)
    with store.session() as s:
        if s.get(Project, project_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        person_id, name = _respondent(s, project_id, respondent_person_id, respondent)
        row = SatisfactionEntry(project_id=project_id, scale=scale, score=score,
                                answered_on=answered_on, respondent_person_id=person_id,
                                respondent=name, category=category, comment=comment)
        s.add(row)
        s.flush()
        return _view(row, {})


def save(store: Store, entry_id: str, *, scale: Scale, score: int, answered_on: date,
         respondent_person_id: str | None, respondent: str, category: Category,
         comment: str) -> EntryView:
    score, comment = _checked(scale, score, comment, answered_on)
    with store.session() as s:
        row = _row(s, entry_id)
        row.respondent_person_id, row.respondent = _respondent(
            s, row.project_id, respondent_person_id, respondent)
        row.scale, row.score, row.answered_on = scale, score, answered_on
        row.category, row.comment = category, comment
        s.flush()
        return _view(row, _flag_keys(s, {row.red_flag_id} if row.red_flag_id else set()))


def delete(store: Store, entry_id: str) -> str:
    """Removes the answer; returns its project's id."""
    with store.session() as s:
        row = _row(s, entry_id)
        project_id = row.project_id
        s.delete(row)
        return project_id


# --- a red flag from an answer --------------------------------------------------------------
FLAG_CATEGORY = {Category.OVERALL: FlagCategory.OTHER, Category.QUALITY: FlagCategory.QUALITY,
                 Category.SCHEDULE: FlagCategory.SCHEDULE,
                 Category.COMMUNICATION: FlagCategory.COMMUNICATION,
                 Category.COST: FlagCategory.COST, Category.PEOPLE: FlagCategory.PEOPLE,
                 Category.OTHER: FlagCategory.OTHER}


@dataclass(frozen=True)
class FlagDraft:
    """What the red-flag dialog is filled with for an answer (the PM edits it)."""

    entry_id: str
    project_id: str
    title: str
    description: str
    category: FlagCategory
    severity: Severity
    raised_by_person_id: str | None
    raised_by: str
    raised_on: date


def flag_draft(store: Store, entry_id: str) -> FlagDraft:
    entry = get_entry(store, entry_id)
    label = "CSAT" if entry.scale is Scale.CSAT else "NPS"
    top = 5 if entry.scale is Scale.CSAT else 10
    title = f"{label} {entry.score}/{top}"
    if entry.comment:
        first = entry.comment.splitlines()[0].strip()
        title = f"{title}: {first[:200]}"
    severe = entry.score <= (1 if entry.scale is Scale.CSAT else 3)
    return FlagDraft(entry.id, entry.project_id, title[:300], entry.comment,
                     FLAG_CATEGORY[entry.category], Severity.HIGH if severe else Severity.MEDIUM,
                     entry.respondent_person_id, entry.respondent, entry.answered_on)


def flag_from_entry(store: Store, entry_id: str, *, title: str, description: str,
                    category: FlagCategory, severity: Severity, by: str | None = None) -> str:
    """Raises the red flag for the answer (from the customer who gave it, when it was given)
    and links the two; returns the flag's id. An answer already flagged is refused."""
    from cockpit.services import red_flags

    entry = get_entry(store, entry_id)
    if entry.red_flag_id:
        raise KnownError(ErrorCode.VALIDATION, f"a red flag ({entry.red_flag_key}) was "
                         "already raised from this answer")
    moment = datetime.combine(entry.answered_on, time(12), ZoneInfo("UTC"))
    flag = red_flags.raise_flag(store, entry.project_id, title=title, description=description,
                                category=category, severity=severity,
                                raised_by_person_id=entry.respondent_person_id,
                                raised_by=entry.respondent, raised_at=min(moment, utcnow()),
                                by=by)
    with store.session() as s:
        _row(s, entry_id).red_flag_id = flag.id
    return flag.id


def customer_people(store: Store, project_id: str) -> list[tuple[str, str]]:
    """(person id, name) of the project's customer side: who may answer."""
    with store.session() as s:
        return [(pid, name) for pid, name in s.execute(
            select(Person.id, Person.name).join(Membership, Membership.person_id == Person.id)
            .where(Membership.project_id == project_id, Membership.side == Side.CUSTOMER)
            .order_by(Membership.position)).all()]


__all__ = ["Complaints", "ComplaintRow", "EntryView", "FlagDraft", "Picture", "add",
           "complaints", "customer_people", "delete", "flag_draft", "flag_from_entry",
           "get_entry", "last_answers", "list_entries", "picture", "picture_of", "save",
           "sparklines", "survey_plan"]
