"""The red-flag register: every customer complaint or escalation, where it stands on the
escalation path, and its history (PRODUCT.md §5).

A flag is raised at the project manager's level. It moves up when its level's time runs out
(``cockpit.care.escalation_clock``: working days of the customer's calendar, the limits from
the passport), or by hand; every move, note, answer and the resolution is a line of its
history. Reading (``list_flags``, ``get_flag``) works out the standing at any moment without
writing; ``advance`` writes the clock's moves that are due — each once — and is run by the
care engine's clock (Today's refresh, ``cockpit flags list``, ``cockpit due``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cockpit.care.company import load_company
from cockpit.care.escalation_clock import Limits, Move, standing
from cockpit.care.working_time import WorkingCalendar
from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.red_flags import PATH, FlagCategory, FlagEventKind, Severity, next_level
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.actor import actor
from cockpit.store.models import MailItem, Membership, Person, Project, RedFlag, RedFlagEvent
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_TITLE = 300
MAX_TEXT = 20000


@dataclass(frozen=True)
class FlagEvent:
    at: datetime
    kind: FlagEventKind
    level: EscalationLevel
    by: str
    text: str


@dataclass(frozen=True)
class LevelPerson:
    name: str
    email: str
    side: Side

    def address(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True)
class Flag:
    id: str
    project_id: str
    project_code: str
    key: str  # RF-<n>
    title: str
    description: str
    category: FlagCategory
    severity: Severity
    raised_by: str
    raised_by_person_id: str | None
    raised_at: datetime
    mail_id: str | None
    level: EscalationLevel  # at the moment asked about
    level_since: datetime
    next_move: Move | None  # None when resolved or at the top
    resolved_at: datetime | None
    resolution: str
    root_cause: str
    retrospective: str
    events: tuple[FlagEvent, ...]  # as written; the clock's due moves once ``advance`` ran
    pending: tuple[Move, ...]  # the clock's moves due by the moment, not written yet
    people: tuple[LevelPerson, ...]  # the vendor's people at the current level: who must act

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def limits_of(project: Project) -> Limits:
    return Limits(project.escalation_project_days, project.escalation_department_days)


def _calendar(project: Project, days_off: frozenset[date]) -> WorkingCalendar:
    from cockpit.care.facts import side_calendar

    return side_calendar(project.customer_time_zone, project.working_days_country, days_off)


def customer_calendar(session: Session, project: Project) -> WorkingCalendar:
    """The customer's zone and working days, less the company's days off."""
    return _calendar(project, load_company(session).days_off)


def _text(value: str, what: str, limit: int = MAX_TEXT, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise KnownError(ErrorCode.VALIDATION, f"a red flag needs {what}")
    if len(value) > limit:
        raise KnownError(ErrorCode.VALIDATION, f"the {what} is longer than {limit} characters")
    return value


def _moment(value: datetime | None) -> datetime:
    if value is None:
        return utcnow()
    if value.tzinfo is None:
        raise KnownError(ErrorCode.VALIDATION, "a moment needs its time zone")
    return value.astimezone(UTC)


def _project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
    return project


def _row(session: Session, flag_id: str, lock: bool = True) -> RedFlag:
    row = session.get(RedFlag, flag_id, with_for_update=lock)
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, "that red flag is no longer there")
    return row


def _add_event(row: RedFlag, kind: FlagEventKind, at: datetime, by: str, text: str = "",
               level: EscalationLevel | None = None) -> None:
    position = 1 + max((e.position for e in row.events if e.at == at), default=-1)
    row.events.append(RedFlagEvent(at=at, position=position, kind=kind,
                                   level=level or row.level, by=by, text=text))


def _people_by_level(session: Session, project_ids: set[str]
                     ) -> dict[tuple[str, EscalationLevel], list[LevelPerson]]:
    found: dict[tuple[str, EscalationLevel], list[LevelPerson]] = {}
    if not project_ids:
        return found
    for pid, level, name, email, side in session.execute(
            select(Membership.project_id, Membership.escalation_level, Person.name,
                   Person.email, Membership.side)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.project_id.in_(project_ids), Membership.side == Side.VENDOR,
                   Membership.escalation_level.in_(PATH))
            .order_by(Membership.project_id, Membership.position)):
        found.setdefault((pid, level), []).append(LevelPerson(name, email, side))
    return found


def _flag(row: RedFlag, project: Project, calendar: WorkingCalendar, at: datetime,
          people: dict[tuple[str, EscalationLevel], list[LevelPerson]]) -> Flag:
    events = tuple(FlagEvent(e.at, e.kind, e.level, e.by, e.text) for e in row.events)
    pending: tuple[Move, ...] = ()
    upcoming: Move | None = None
    if row.resolved_at is not None:
        level, since = row.level, row.level_since
    else:
        place = standing(row.level, row.level_since, limits_of(project), calendar, at)
        level, since, pending, upcoming = place.level, place.since, place.moves, place.next_move
    return Flag(
        id=row.id, project_id=row.project_id, project_code=project.code,
        key=f"RF-{row.number}", title=row.title, description=row.description,
        category=row.category, severity=row.severity, raised_by=row.raised_by,
        raised_by_person_id=row.raised_by_person_id, raised_at=row.raised_at,
        mail_id=row.mail_id, level=level, level_since=since, next_move=upcoming,
        resolved_at=row.resolved_at, resolution=row.resolution, root_cause=row.root_cause,
        retrospective=row.retrospective, events=events, pending=pending,
        people=tuple(people.get((row.project_id, level), ())))


def load_flags(session: Session, at: datetime, *, project_id: str | None = None,
          flag_id: str | None = None, open_only: bool = False) -> list[Flag]:
    query = (select(RedFlag).options(selectinload(RedFlag.events), selectinload(RedFlag.project))
             .order_by(RedFlag.project_id, RedFlag.number))
    if project_id is not None:
        query = query.where(RedFlag.project_id == project_id)
    if flag_id is not None:
        query = query.where(RedFlag.id == flag_id)
    if open_only:
        query = query.where(RedFlag.resolved_at.is_(None))
    rows = list(session.scalars(query))
    days_off = load_company(session).days_off
    calendars: dict[str, WorkingCalendar] = {}
    people = _people_by_level(session, {r.project_id for r in rows})
    out = []
    for row in rows:
        project = row.project
        if project.id not in calendars:
            calendars[project.id] = _calendar(project, days_off)
        out.append(_flag(row, project, calendars[project.id], at, people))
    return sorted(out, key=lambda f: (f.project_code, -_severity_rank(f), f.raised_at))


def _severity_rank(flag: Flag) -> int:
    return list(Severity).index(flag.severity)


# --- reading --------------------------------------------------------------------------------
def list_flags(store: Store, at: datetime | None = None, *, project_id: str | None = None,
               open_only: bool = False) -> list[Flag]:
    """Every flag (of one project, or all) as it stands at ``at`` (now by default)."""
    with store.session() as s:
        return load_flags(s, _moment(at), project_id=project_id, open_only=open_only)


def get_flag(store: Store, flag_id: str, at: datetime | None = None) -> Flag:
    with store.session() as s:
        found = load_flags(s, _moment(at), flag_id=flag_id)
        if not found:
            raise KnownError(ErrorCode.NOT_FOUND, "that red flag is no longer there")
        return found[0]


# --- writing --------------------------------------------------------------------------------
def raise_flag(store: Store, project_id: str, *, title: str, description: str = "",
               category: FlagCategory = FlagCategory.OTHER,
               severity: Severity = Severity.MEDIUM, raised_by_person_id: str | None = None,
               raised_by: str = "", raised_at: datetime | None = None,
               mail_id: str | None = None, by: str | None = None) -> Flag:
    """A new red flag at the project manager's level, its clock running from ``raised_at``."""
    title = _text(title, "title", MAX_TITLE, required=True)
    description = _text(description, "description")
    moment = _moment(raised_at)
    with store.session() as s:
        _project(s, project_id)
        if raised_by_person_id:
            person = s.get(Person, raised_by_person_id)
            if person is None:
                raise KnownError(ErrorCode.VALIDATION, "the person who raised it is not known")
            raised_by = raised_by or person.name
        if mail_id is not None and s.get(MailItem, mail_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the store")
        number = 1 + (s.scalar(select(func.max(RedFlag.number))
                               .where(RedFlag.project_id == project_id)) or 0)
        row = RedFlag(project_id=project_id, number=number, title=title,
                      description=description, category=category, severity=severity,
                      raised_by_person_id=raised_by_person_id or None,
                      raised_by=_text(raised_by, "name of who raised it", 320),
                      raised_at=moment, mail_id=mail_id, level=PATH[0], level_since=moment,
                      events=[])
        s.add(row)
        who = actor(s, project_id, by)
        _add_event(row, FlagEventKind.RAISED, moment, who, raised_by)
        s.flush()
        return load_flags(s, moment, flag_id=row.id)[0]  # as it stands at the step, as the others


def flag_from_mail(store: Store, mail_id: str, *, title: str = "",
                   category: FlagCategory = FlagCategory.OTHER,
                   severity: Severity = Severity.MEDIUM, by: str | None = None) -> Flag:
    """"Make red flag" on a synced customer mail: raised by its writer (a person of the
    project when the address is known), when it arrived, described by its text."""
    with store.session() as s:
        mail = s.get(MailItem, mail_id)
        if mail is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the store")
        if mail.project_id is None:
            raise KnownError(ErrorCode.VALIDATION, "this mail belongs to no project: open it "
                             "in its project first")
        person = s.execute(
            select(Person.id, Person.name).join(Membership, Membership.person_id == Person.id)
            .where(Membership.project_id == mail.project_id,
                   func.lower(Person.email) == mail.sender.lower())).first()
        project_id, subject, preview = mail.project_id, mail.subject, mail.body_preview
        moment, sender = mail.moment or utcnow(), mail.sender
    return raise_flag(store, project_id, title=title or subject or "(no subject)",
                      description=preview, category=category, severity=severity,
                      raised_by_person_id=person.id if person else None,
                      raised_by=person.name if person else sender, raised_at=moment,
                      mail_id=mail_id, by=by)


def edit(store: Store, flag_id: str, *, title: str, description: str,
         category: FlagCategory, severity: Severity) -> Flag:
    title = _text(title, "title", MAX_TITLE, required=True)
    description = _text(description, "description")
    with store.session() as s:
        row = _row(s, flag_id)
        row.title, row.description, row.category, row.severity = (
            title, description, category, severity)
        s.flush()
        return load_flags(s, utcnow(), flag_id=flag_id)[0]


def _catch_up(session: Session, row: RedFlag, at: datetime) -> None:
    """Write the clock's moves due by ``at`` (before a step by hand, so the history reads in
    order)."""
    if row.resolved_at is not None:
        return
    calendar = customer_calendar(session, row.project)
    place = standing(row.level, row.level_since, limits_of(row.project), calendar, at)
    for move in place.moves:
        row.level, row.level_since = move.to_level, move.at
        _add_event(row, FlagEventKind.MOVED_UP, move.at, "",
                   f"{move.from_level.value} → {move.to_level.value}")


def add_note(store: Store, flag_id: str, text: str, *, answer: bool = False,
             by: str | None = None, at: datetime | None = None) -> Flag:
    """A note (internal), or an answer given to the customer, kept in the history."""
    what = "answer" if answer else "note"
    text = _text(text, what, required=True)
    moment = _moment(at)
    with store.session() as s:
        row = _row(s, flag_id)
        _catch_up(s, row, moment)
        _add_event(row, FlagEventKind.ANSWER if answer else FlagEventKind.NOTE, moment,
                   actor(s, row.project_id, by), text)
        s.flush()
        return load_flags(s, moment, flag_id=flag_id)[0]


def escalate(store: Store, flag_id: str, note: str = "", *, by: str | None = None,
             at: datetime | None = None) -> Flag:
    """Up one level now, before its time ran out (the level's clock starts again)."""
    note = _text(note, "note")
    moment = _moment(at)
    with store.session() as s:
        row = _row(s, flag_id)
        if row.resolved_at is not None:
            raise KnownError(ErrorCode.VALIDATION, f"RF-{row.number} is resolved: reopen it "
                             "before escalating it")
        _catch_up(s, row, moment)
        above = next_level(row.level)
        if above is None:
            raise KnownError(ErrorCode.VALIDATION, f"RF-{row.number} is already at C-level, "
                             "the top of the escalation path")
        row.level, row.level_since = above, moment
        _add_event(row, FlagEventKind.ESCALATED, moment, actor(s, row.project_id, by), note)
        s.flush()
        return load_flags(s, moment, flag_id=flag_id)[0]


def resolve(store: Store, flag_id: str, *, resolution: str, root_cause: str = "",
            retrospective: str = "", by: str | None = None,
            at: datetime | None = None) -> Flag:
    """Resolved, with what was done, the root cause and where the retrospective is."""
    resolution = _text(resolution, "resolution", required=True)
    root_cause, retrospective = _text(root_cause, "root cause"), _text(
        retrospective, "retrospective", 2000)
    moment = _moment(at)
    with store.session() as s:
        row = _row(s, flag_id)
        if row.resolved_at is not None:
            raise KnownError(ErrorCode.VALIDATION, f"RF-{row.number} is already resolved")
        _catch_up(s, row, moment)
        row.resolved_at, row.resolution = moment, resolution
        row.root_cause, row.retrospective = root_cause, retrospective
        _add_event(row, FlagEventKind.RESOLVED, moment, actor(s, row.project_id, by),
                   resolution)
        s.flush()
        return load_flags(s, moment, flag_id=flag_id)[0]


def reopen(store: Store, flag_id: str, note: str = "", *, by: str | None = None,
           at: datetime | None = None) -> Flag:
    """Back to open at the level it was resolved at; that level's clock starts again."""
    note = _text(note, "note")
    moment = _moment(at)
    with store.session() as s:
        row = _row(s, flag_id)
        if row.resolved_at is None:
            raise KnownError(ErrorCode.VALIDATION, f"RF-{row.number} is open")
        row.resolved_at, row.level_since = None, moment
        _add_event(row, FlagEventKind.REOPENED, moment, actor(s, row.project_id, by), note)
        s.flush()
        return load_flags(s, moment, flag_id=flag_id)[0]


def advance(store: Store, at: datetime | None = None, *, project_id: str | None = None
            ) -> list[tuple[str, Move]]:
    """Write every move the clock owes by ``at`` (each once: a flag written at its new level
    has nothing left to move until that level's time runs out). Returns (flag id, move)."""
    moment = _moment(at)
    done: list[tuple[str, Move]] = []
    with store.session() as s:
        pending = [f for f in load_flags(s, moment, project_id=project_id, open_only=True)
                   if f.pending]
        for flag in pending:
            row = _row(s, flag.id)
            _catch_up(s, row, moment)
            done.extend((flag.id, move) for move in flag.pending)
    return done


def project_of(store: Store, flag_id: str) -> str:
    with store.session() as s:
        return _row(s, flag_id, lock=False).project_id


__all__ = ["Flag", "FlagEvent", "LevelPerson", "add_note", "advance", "customer_calendar",
           "edit", "escalate", "flag_from_mail", "get_flag", "limits_of", "list_flags",
           "load_flags", "raise_flag", "reopen", "resolve"]
