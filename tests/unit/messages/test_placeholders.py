"""Placeholders ``[[…]]`` the PM must fill in, and the shipped texts that use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cockpit.agenda.render import planned_minutes
from cockpit.domain.enums import Language
from cockpit.domain.meetings import SeriesType
from cockpit.messages.placeholders import find_placeholders
from cockpit.store.default_templates import seed_defaults
from cockpit.store.models import AgendaTemplate, MessageTemplate
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases


def test_placeholders_are_found_in_order_each_once() -> None:
    text = "Impact: [[Impact on your users]]\n1. [[ Option ]]\n2. [[Option]]\n[[利用者への影響]]"

    assert find_placeholders(text) == ["Impact on your users", "Option", "利用者への影響"]


def test_brackets_that_are_not_placeholders() -> None:
    assert find_placeholders("a [[ ]] b, [[no\nclose]] c, [single] d, [[]]") == []


def _notice(store: Store, language: Language) -> MessageTemplate:
    with store.session() as s:
        row = s.scalars(select(MessageTemplate).where(
            MessageTemplate.kind == "problem_notice", MessageTemplate.language == language,
            MessageTemplate.is_default.is_(True))).one()
        s.expunge(row)
        return row


def _set_body(store: Store, template_id: str, body: str) -> None:
    with store.session() as s:
        s.get_one(MessageTemplate, template_id).body = body


RETIRED = Path(__file__).parent / "retired"  # the notice as shipped before placeholders


def test_an_unedited_old_shipped_notice_is_brought_up_to_date(store: Store) -> None:
    for language in (Language.EN, Language.JA):
        shipped = _notice(store, language)
        assert "…" not in shipped.body and "every hour" not in shipped.body
        assert find_placeholders(shipped.body)  # the shipped notice marks what to write
    en, ja = _notice(store, Language.EN), _notice(store, Language.JA)
    _set_body(store, en.id, (RETIRED / "problem_notice.en.md.j2").read_text(encoding="utf-8"))
    edited = (RETIRED / "problem_notice.ja.md.j2").read_text(encoding="utf-8").replace(
        "**影響**\n…", "**影響**\n画面が表示されません。")
    _set_body(store, ja.id, edited)

    seed_defaults(store)

    assert _notice(store, Language.EN).body == en.body
    assert "[[Impact on your users]]" in en.body
    assert _notice(store, Language.JA).body == edited  # the PM's own text is kept


def test_an_unedited_old_japanese_notice_is_brought_up_to_date(store: Store) -> None:
    ja = _notice(store, Language.JA)
    _set_body(store, ja.id, (RETIRED / "problem_notice.ja.md.j2").read_text(encoding="utf-8"))

    seed_defaults(store)

    assert _notice(store, Language.JA).body == ja.body
    assert "[[利用者への影響]]" in ja.body and "1時間ごと" not in ja.body


def _agenda(store: Store) -> AgendaTemplate:
    with store.session() as s:
        row = s.scalars(select(AgendaTemplate).where(
            AgendaTemplate.series_type == SeriesType.WEEKLY_STATUS,
            AgendaTemplate.language == Language.JA, AgendaTemplate.is_default.is_(True))).one()
        s.expunge(row)
        return row


def test_japanese_agendas_time_their_items_in_japanese(store: Store) -> None:
    """"（10分）" as a Japanese writer puts it, counted as "(10 min)" is; an unedited agenda
    from before is brought up to date, an edited one kept."""
    shipped = _agenda(store)
    assert "min)" not in shipped.body and "（10分）" in shipped.body
    old = (RETIRED / "weekly_status.ja.md.j2").read_text(encoding="utf-8")
    assert planned_minutes(shipped.body) == planned_minutes(old) > 0

    with store.session() as s:
        s.get_one(AgendaTemplate, shipped.id).body = old
    seed_defaults(store)
    assert _agenda(store).body == shipped.body

    edited = old.replace("ご挨拶", "ご挨拶と自己紹介")
    with store.session() as s:
        s.get_one(AgendaTemplate, shipped.id).body = edited
    seed_defaults(store)
    assert _agenda(store).body == edited


def test_timed_items_in_either_language_and_either_bracket() -> None:
    text = ("1. Welcome (5 min)\n2. 進捗（10分）\n3. 課題 (15分)\n4. Risks（5 MIN）\n"
            "5. not (5 min) here")
    assert planned_minutes(text) == 35
