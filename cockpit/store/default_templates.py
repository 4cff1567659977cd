"""The shipped default templates: files under resources/templates/<language>/, seeded into the
store per (message kind or meeting type, language) when the store opens and for the demo.

A default the PM may have edited is never rewritten: missing ones are added, and a stored default
still word for word an earlier shipped text listed in ``RETIRED`` (the problem notice's "…"
filler before it had ``[[placeholders]]``) is brought up to the current text.
Ids are stable (the same rows in every store); the English ids are the ones migration
0003/0004 used to write.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Language
from cockpit.domain.meetings import SeriesType
from cockpit.store.models import AgendaTemplate, MessageTemplate, Project

if TYPE_CHECKING:
    from cockpit.store.store import Store

log = logging.getLogger("cockpit.templates")

MESSAGE_NAMESPACE = uuid.UUID("9a0c2e61-3f4d-4c8b-9e57-1b2d3c4e5f60")
AGENDA_NAMESPACE = uuid.UUID("5d1b3c4e-0a9f-4e27-8a2b-7c0ffee0a9e1")
SHIPPED_AT = datetime(2026, 11, 24, tzinfo=UTC)
AGENDA_NAMES: dict[SeriesType, dict[Language, str]] = {
    SeriesType.WEEKLY_STATUS: {Language.EN: "Weekly status (default)",
                               Language.JA: "週次定例（既定）"},
    SeriesType.BIWEEKLY_STATUS: {Language.EN: "Biweekly status (default)",
                                 Language.JA: "隔週定例（既定）"},
    SeriesType.EXECUTIVE_REVIEW: {Language.EN: "Executive review (default)",
                                  Language.JA: "エグゼクティブレビュー（既定）"},
}

# sha256 of earlier shipped bodies, per (kind, language): a stored default still equal to one
# was never edited and gets the current shipped body.
RETIRED: dict[tuple[str, Language], frozenset[str]] = {
    # (and, the second, before it wrote the problem register's picture when there is one)
    ("problem_notice", Language.EN): frozenset({
        "553a015778e822bd52396ac428b0cc992bdbc1801bd08b093b78099984fec91e",
        "bc0b92c296e763d9c977050506031f57286b97cf5ce8b4f4b2b5a6f2ffc1d6f4"}),
    ("problem_notice", Language.JA): frozenset({
        "636223ebde50c33e3bac43423c06b2cc70da2be39b9648ad2be8ae575b4f4330",
        "b94ba6fedc41756b0cfbdc72ebe3e11930acaf7f8b0112252bfdfc0b2befd24b"}),
    # before the biweekly report listed the next milestones
    ("biweekly_report", Language.EN): frozenset({
        "fbb67d01e199a22b86b32b40df05cf89d5453aa682a50cb553e717660f30026a"}),
    ("biweekly_report", Language.JA): frozenset({
        "45f43430396a01af78c08547d32020a74226e3961188d74679ddee9123a8060c"}),
    # before the update said where a moved ETA was moved from
    ("task_update", Language.EN): frozenset({
        "ff683b9ab312f6a9ef8d727c02eafc54561e78f7d0b89972948d90aede0d9c29"}),
    ("task_update", Language.JA): frozenset({
        "49af3da4fb34f3354bd6da1960713df8e2e56e037578d48ffc3b727c46cc47d1"}),
}


# the same for agenda defaults, per (meeting type, language): the Japanese agendas timed their
# items "(5 min)" before they were written "（5分）"; every agenda listed the registers' items by
# their text alone before it worded them (a level, "awaiting your decision") in its language
RETIRED_AGENDAS: dict[tuple[SeriesType, Language], frozenset[str]] = {
    (SeriesType.WEEKLY_STATUS, Language.EN): frozenset({
        "5460ef616676e251c007afbb4888c761b9586cee96ef833c2613f7307d72e6c4"}),
    (SeriesType.BIWEEKLY_STATUS, Language.EN): frozenset({
        "f06eb4c96533d8a1ae0a724725f1e1a39de65665fa306b6b9adfba12e40b3b98"}),
    (SeriesType.EXECUTIVE_REVIEW, Language.EN): frozenset({
        "fd4d9c956b4a198f11d77b3f5ef2ba9b82d1c1e8e96397a38fa345cb2e5c67a6"}),
    (SeriesType.WEEKLY_STATUS, Language.JA): frozenset({
        "a1534683644c60153056e0ef236a91e1d90a502ce29cd3060b2343d7810f0131",
        "d9ab0fc950c300c94090a5de411a2105060e7c9d71c5922967397281edee57f6"}),
    (SeriesType.BIWEEKLY_STATUS, Language.JA): frozenset({
        "10153b288d1ea4f7b61fd13352fc3fcb33efffc1cd542962e015c81fb86031f8",
        "c65547043823f01034b3b8400c24f04e6fd68795949dd9e22812d3f0e2f8a148"}),
    (SeriesType.EXECUTIVE_REVIEW, Language.JA): frozenset({
        "001d7a1f835ed7f7652287256cfbeced8ccb61331cbe47d2d7601c8201d2271f",
        "aaae6ff9ca1edd0eecfaeeb6cb9851c243492a71b0bd0dbfdbefc15d8e3e51c7"}),
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(namespace: uuid.UUID, key: str, language: Language) -> str:
    return str(uuid.uuid5(namespace, key if language is Language.EN else f"{key}/{language}"))


def shipped_agenda(series_type: SeriesType, language: Language) -> str:
    from cockpit.messages.kinds.registry import shipped_root

    path = shipped_root(language).joinpath("agendas", f"{series_type.value}.md.j2")
    return path.read_text(encoding="utf-8")


def _free(session: Session, model: type[MessageTemplate] | type[AgendaTemplate],
          template_id: str, name: str) -> bool:
    """Neither the id nor the name is taken (e.g. by a default turned into an own template
    when the store was downgraded)."""
    if session.get(model, template_id) is not None:
        return False
    return all(n.casefold() != name.casefold() for n in session.scalars(select(model.name)))


def refresh_retired(session: Session) -> int:
    """Bring stored defaults still holding a retired shipped body up to the current one."""
    from cockpit.messages.kinds.registry import default_template, spec_of

    refreshed = 0
    rows = session.scalars(select(MessageTemplate).where(MessageTemplate.is_default.is_(True)))
    for row in rows:
        kind = str(row.kind)
        if _digest(row.body) not in RETIRED.get((kind, row.language), frozenset()):
            continue
        shipped = default_template(spec_of(kind), row.language)
        if shipped is not None and shipped[1] != row.body:
            row.body = shipped[1]
            refreshed += 1
    agendas = session.scalars(select(AgendaTemplate).where(AgendaTemplate.is_default.is_(True)))
    for agenda in agendas:
        retired = RETIRED_AGENDAS.get((agenda.series_type, agenda.language), frozenset())
        if _digest(agenda.body) in retired:
            agenda.body = shipped_agenda(agenda.series_type, agenda.language)
            refreshed += 1
    session.flush()
    return refreshed


def seed_messages(session: Session) -> int:
    from cockpit.messages.kinds.registry import default_template, specs

    have = set(session.execute(select(MessageTemplate.kind, MessageTemplate.language)
                               .where(MessageTemplate.is_default.is_(True))))
    added = 0
    for spec in specs():
        for language, name in spec.default_names.items():
            if (spec.value, language) in have:
                continue
            shipped = default_template(spec, language)
            template_id = stable_id(MESSAGE_NAMESPACE, spec.value, language)
            if shipped is None or not _free(session, MessageTemplate, template_id, name):
                continue
            subject, body = shipped
            session.add(MessageTemplate(
                id=template_id, kind=spec.value, name=name, subject=subject, body=body,
                is_default=True, language=language, updated_at=SHIPPED_AT))
            session.flush()
            added += 1
    return added


def seed_agendas(session: Session) -> int:
    have = set(session.execute(select(AgendaTemplate.series_type, AgendaTemplate.language)
                               .where(AgendaTemplate.is_default.is_(True))))
    added = 0
    for series_type, names in AGENDA_NAMES.items():
        for language, name in names.items():
            template_id = stable_id(AGENDA_NAMESPACE, series_type.value, language)
            if (series_type, language) in have or not _free(session, AgendaTemplate,
                                                            template_id, name):
                continue
            session.add(AgendaTemplate(
                id=template_id, series_type=series_type, name=name,
                body=shipped_agenda(series_type, language), is_default=True, language=language,
                updated_at=SHIPPED_AT))
            session.flush()
            added += 1
    return added


def seed_defaults(store: Store) -> int:
    """Add every shipped default the store lacks; the number added."""
    with store.session() as s:
        added = seed_messages(s) + seed_agendas(s)
        refreshed = refresh_retired(s)
    if refreshed:
        log.info("brought %d unedited shipped templates up to date", refreshed)
    if added:
        log.info("added %d shipped default templates", added)
    return added


def project_language(session: Session, project_id: str | None) -> Language:
    project = session.get(Project, project_id) if project_id else None
    return project.language if project is not None else Language.EN


def default_agenda(session: Session, series_type: SeriesType,
                   language: Language) -> AgendaTemplate | None:
    """The meeting type's default in ``language``, else the English one, else any."""
    rows = list(session.scalars(select(AgendaTemplate).where(
        AgendaTemplate.series_type == series_type, AgendaTemplate.is_default.is_(True))))
    rows.sort(key=lambda r: (r.language is not language, r.language is not Language.EN))
    return rows[0] if rows else None
