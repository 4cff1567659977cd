"""The message lists (newest first, per project or across the portfolio) and the .eml export a
PM opens in their own mail client: read back with the standard library's parser."""

from __future__ import annotations

import dataclasses
import email
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest

from cockpit.domain.messages import LinkTarget, MessageKind, MessageState
from cockpit.domain.passport import Passport, ProjectFields
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source
from cockpit.services import messages, projects
from cockpit.store.store import Store
from tests.unit.messages import helpers as h

SENT_AT = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
ALL = frozenset(MessageState)


def _parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _plain(parsed: EmailMessage) -> str:
    part = parsed.get_body(("plain",))
    assert part is not None
    return part.get_content()


def _other_project(store: Store) -> str:
    return projects.save_passport(store, Passport(fields=ProjectFields(
        code="de-300", name="Andere Firma", customer_time_zone="Europe/Berlin"))).id


# --- lists --------------------------------------------------------------------------------
def test_newest_first_the_last_edited_on_top(work_store: Store) -> None:
    first = messages.new_message(work_store, h.PROJECT, subject="first")
    second = messages.new_message(work_store, h.PROJECT, subject="second")
    third = messages.new_message(work_store, h.PROJECT, subject="third")
    assert [m.id for m in messages.list_messages(work_store)] == [third.id, second.id, first.id]

    messages.save_draft(work_store, dataclasses.replace(first, body="edited"))

    assert [m.subject for m in messages.list_messages(work_store)] == [
        "first", "third", "second"]


def test_one_projects_list_holds_only_its_messages(work_store: Store) -> None:
    other = _other_project(work_store)
    mine = messages.new_message(work_store, h.PROJECT, subject="mine")
    theirs = messages.new_message(work_store, other, subject="theirs")
    loose = messages.new_message(work_store, None, subject="no project")

    assert [m.id for m in messages.list_messages(work_store, project_id=h.PROJECT)] == [mine.id]
    assert [m.id for m in messages.list_messages(work_store, project_id=other)] == [theirs.id]
    everything = {m.id: m.project_code for m in messages.list_messages(work_store)}
    assert everything == {mine.id: "JP-201", theirs.id: "de-300", loose.id: ""}


def test_filter_by_state(work_store: Store) -> None:
    update = messages.compose(work_store, MessageKind.TASK_UPDATE,
                              Source(h.PROJECT, today=h.TODAY))
    report = messages.compose(work_store, MessageKind.SPRINT_REPORT,
                              Source(h.PROJECT, today=h.TODAY))
    draft = messages.new_message(work_store, h.PROJECT, subject="draft")
    messages.mark_ready(work_store, update.id)
    messages.mark_ready(work_store, report.id)
    messages.mark_failed(work_store, report.id, "mailbox full")

    def ids(states: frozenset[MessageState]) -> set[str]:
        return {m.id for m in messages.list_messages(work_store, states=states)}

    assert ids(frozenset({MessageState.DRAFT})) == {draft.id}
    assert ids(frozenset({MessageState.READY, MessageState.FAILED})) == {update.id, report.id}
    assert ids(frozenset({MessageState.SENT})) == set()
    assert ids(ALL) == {update.id, report.id, draft.id}
    failed = messages.list_messages(work_store, states=frozenset({MessageState.FAILED}))
    assert failed[0].failure == "mailbox full" and failed[0].kind is MessageKind.SPRINT_REPORT


def test_a_summary_shows_what_the_list_needs(work_store: Store) -> None:
    m = messages.compose(work_store, MessageKind.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))
    messages.mark_ready(work_store, m.id)
    messages.mark_sent(work_store, m.id, SENT_AT)

    (line,) = messages.list_messages(work_store, project_id=h.PROJECT)

    assert (line.id, line.project_code, line.state, line.subject, line.to, line.sent_at) == (
        m.id, "JP-201", MessageState.SENT, m.subject, m.to, SENT_AT)


def test_find_project_by_code_ignores_case(work_store: Store) -> None:
    other = _other_project(work_store)

    assert messages.find_project(work_store, "jp-201") == h.PROJECT
    assert messages.find_project(work_store, " DE-300 ") == other
    with pytest.raises(KnownError) as caught:
        messages.find_project(work_store, "JP-999")
    assert caught.value.code is ErrorCode.NOT_FOUND


# --- .eml export ----------------------------------------------------------------------------
def test_export_reads_back_with_japanese_subject_names_and_body(work_store: Store) -> None:
    m = messages.compose(work_store, MessageKind.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))
    m = messages.save_draft(work_store,
                            dataclasses.replace(m, subject="【JP-201】未完了タスクのご報告"))

    raw = messages.export_eml(work_store, m.id)
    parsed = _parse(raw)

    assert raw.isascii()  # 7-bit clean: any mail client opens it
    assert parsed["Subject"] == "【JP-201】未完了タスクのご報告"
    assert [(a.display_name, a.addr_spec) for a in parsed["From"].addresses] == [
        (h.PM.name, h.PM.email)]
    assert [(a.display_name, a.addr_spec) for a in parsed["To"].addresses] == [
        (h.YAMADA.name, h.YAMADA.email)]
    assert [a.addr_spec for a in parsed["Cc"].addresses] == [h.LEAD.email]
    assert parsed["Message-ID"] == f"<{m.message_id}>"
    assert parsed["X-Unsent"] == "1"  # the mail client opens it as a message to send
    text = _plain(parsed)
    assert "請求書PDFのレイアウト修正" in text and "Payment gateway timeout fix" in text
    assert "山田 太郎" in text


def test_a_sent_message_exports_as_it_went_out_with_its_links(work_store: Store) -> None:
    m = messages.compose(work_store, MessageKind.FOLLOW_UP, Source(
        h.PROJECT, series_id=h.SERIES, original_start=h.MEETING, today=h.TODAY))
    messages.mark_ready(work_store, m.id)
    messages.mark_sent(work_store, m.id, SENT_AT)

    kept = messages.get_message(work_store, m.id)
    parsed = _parse(messages.export_eml(work_store, m.id))

    assert kept.links == m.links and {link.target for link in kept.links} == {
        LinkTarget.OCCURRENCE, LinkTarget.DECISION}
    assert parsed["X-Unsent"] is None
    assert parsed["Date"].datetime == SENT_AT
    assert parsed["Subject"] == m.subject and "Go-live moved to 15 January" in _plain(parsed)


def test_a_draft_without_recipients_can_still_be_exported(work_store: Store) -> None:
    m = messages.new_message(work_store, h.PROJECT, subject="下書き", body="宛先はあとで。")

    parsed = _parse(messages.export_eml(work_store, m.id))

    assert parsed["Subject"] == "下書き" and "宛先はあとで。" in _plain(parsed)
    assert not (parsed["To"] and parsed["To"].addresses)
    assert parsed["From"].addresses[0].addr_spec == h.PM.email


def test_an_address_that_is_not_valid_refuses_the_export(work_store: Store) -> None:
    m = messages.compose(work_store, MessageKind.TASK_UPDATE, Source(h.PROJECT, today=h.TODAY))
    messages.save_draft(work_store, dataclasses.replace(m, to=f"{m.to}, yamada@"))

    with pytest.raises(KnownError) as caught:
        messages.export_eml(work_store, m.id)
    assert caught.value.code is ErrorCode.BAD_RECIPIENTS


def test_a_message_without_a_sender_is_not_exported(work_store: Store) -> None:
    m = messages.new_message(work_store, None, to=h.YAMADA.email, subject="x")

    with pytest.raises(KnownError) as caught:
        messages.export_eml(work_store, m.id)
    assert caught.value.code is ErrorCode.BAD_RECIPIENTS


def _invite() -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//PM Cockpit tests//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = icalendar.Event()
    event.add("uid", "weekly-201@pm-cockpit.invalid")
    event.add("summary", "週次定例 Weekly status")
    event.add("dtstart", datetime(2026, 12, 1, 1, 0, tzinfo=UTC))
    event.add("dtend", datetime(2026, 12, 1, 1, 45, tzinfo=UTC))
    event.add("dtstamp", datetime(2026, 11, 24, tzinfo=UTC))
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def test_an_invite_exports_with_its_calendar_request(work_store: Store) -> None:
    m = messages.new_message(work_store, h.PROJECT, MessageKind.INVITE, to=h.YAMADA.email,
                             subject="Invitation: 週次定例", body="Please join.",
                             calendar=_invite())

    parsed = _parse(messages.export_eml(work_store, m.id))

    parts = [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1 and parts[0].get_param("method") == "REQUEST"
    event = icalendar.Calendar.from_ical(parts[0].get_content()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "週次定例 Weekly status"
    assert "Please join." in _plain(parsed)


def test_write_eml_writes_the_file(work_store: Store, tmp_path: Path) -> None:
    m = messages.compose(work_store, MessageKind.CHANGE_REQUEST, Source(
        h.PROJECT, change_request_id=h.CR_CSV, today=h.TODAY))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "CR-7 見積.eml"

    assert messages.write_eml(work_store, m.id, target) == target

    parsed = _parse(target.read_bytes())
    assert parsed["Subject"] == m.subject and parsed["Message-ID"] == f"<{m.message_id}>"
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary left over


def test_export_of_an_unknown_message_is_not_found(work_store: Store) -> None:
    with pytest.raises(KnownError) as caught:
        messages.export_eml(work_store, h._id(999))
    assert caught.value.code is ErrorCode.NOT_FOUND


def test_each_message_has_its_own_message_id(work_store: Store) -> None:
    ids = {messages.new_message(work_store, h.PROJECT).message_id for _ in range(5)}
    assert len(ids) == 5


def test_the_date_of_a_draft_is_now(work_store: Store) -> None:
    m = messages.new_message(work_store, h.PROJECT, to=h.YAMADA.email, subject="x")
    parsed = _parse(messages.export_eml(work_store, m.id))
    assert parsed["Date"].datetime.date() in (date.today(), datetime.now(UTC).date())
