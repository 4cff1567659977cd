"""The .eml draft as mail clients read it: parsed back with the standard library."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from cockpit.mail.addresses import Address
from cockpit.mail.eml import OutgoingMail, new_message_id, to_eml_bytes
from cockpit.mail.plain_text import plain_text

TOKYO = ZoneInfo("Asia/Tokyo")
BODY = "# 定例会議\n\nこんにちは、\n明日の**議題**です。\n\n- 予算\n- שלום עולם\n- مرحبا\n"


def _calendar(method: str | None, summary: str = "定例会議") -> bytes:
    calendar = Calendar()
    calendar.add("PRODID", "-//PM Cockpit//Tests//EN")
    calendar.add("VERSION", "2.0")
    if method:
        calendar.add("METHOD", method)
    event = Event()
    event.add("UID", "series-1@pm-cockpit.invalid")
    event.add("SUMMARY", summary)
    event.add("DTSTART", datetime(2025, 3, 4, 10, tzinfo=TOKYO))
    event.add("DTEND", datetime(2025, 3, 4, 11, tzinfo=TOKYO))
    event.add("DTSTAMP", datetime(2025, 3, 1, tzinfo=UTC))
    calendar.add_component(event)
    return calendar.to_ical()


def _mail(**changes: Any) -> OutgoingMail:
    values: dict[str, Any] = {
        "sender": Address("山田 太郎", "taro@example.jp"),
        "to": [Address("佐藤 花子", "hanako@example.jp"),
               Address("Doe, John", "john@example.com")],
        "cc": [],
        "bcc": [],
        "subject": "【重要】来週の定例会議について",
        "markdown": BODY,
        "date": datetime(2025, 3, 1, 9, 30, tzinfo=TOKYO),
        "message_id": "20250301.abc@pm-cockpit.invalid",
    }
    return OutgoingMail(**(values | changes))


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _types(message: EmailMessage) -> list[str]:
    return [part.get_content_type() for part in message.walk()]


def test_plain_mail_is_alternative_plain_then_html_in_utf8() -> None:
    message = _parse(to_eml_bytes(_mail()))
    assert _types(message) == ["multipart/alternative", "text/plain", "text/html"]
    plain, html = message.iter_parts()
    assert plain.get_content_charset() == html.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == plain_text(BODY)
    for text in ("明日の", "שלום עולם", "مرحبا"):
        assert text in plain.get_content() and text in html.get_content()
    assert "<strong>議題</strong>" in html.get_content()
    assert html.get_content().startswith("<!DOCTYPE html>")


def test_headers_decode_back_exactly() -> None:
    data = to_eml_bytes(_mail())
    message = _parse(data)
    assert message["Subject"] == "【重要】来週の定例会議について"
    assert [(a.display_name, a.addr_spec) for a in message["From"].addresses] == [
        ("山田 太郎", "taro@example.jp")]
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("佐藤 花子", "hanako@example.jp"), ("Doe, John", "john@example.com")]
    assert parsedate_to_datetime(message["Date"]) == datetime(2025, 3, 1, 9, 30, tzinfo=TOKYO)
    assert parsedate_to_datetime(message["Date"]).utcoffset() == timedelta(hours=9)
    assert message["Message-ID"] == "<20250301.abc@pm-cockpit.invalid>"
    assert message["X-Unsent"] == "1"
    assert message.get_all("MIME-Version") == ["1.0"]
    assert data.count(b"MIME-Version:") == 1  # on the top level only, not on every part
    assert message["Cc"] is None and message["Bcc"] is None


def test_cc_and_bcc_only_when_given() -> None:
    message = _parse(to_eml_bytes(_mail(cc=[Address("", "cc@example.com")],
                                        bcc=[Address("秘書", "bcc@example.com")])))
    assert message["Cc"].addresses[0].addr_spec == "cc@example.com"
    assert message["Bcc"].addresses[0].display_name == "秘書"


def test_draft_without_recipients_has_no_empty_to() -> None:
    data = to_eml_bytes(_mail(to=[]))
    assert b"\r\nTo:" not in data and _parse(data)["To"] is None


def test_sent_mail_has_no_unsent_flag_and_replies_reference_their_parent() -> None:
    message = _parse(to_eml_bytes(_mail(unsent=False, in_reply_to="<parent@example.com>")))
    assert message["X-Unsent"] is None
    assert message["In-Reply-To"] == message["References"] == "<parent@example.com>"


def test_international_domain_is_written_in_ascii() -> None:
    data = to_eml_bytes(_mail(to=[Address("", "user@bücher.example")]))
    assert _parse(data)["To"].addresses[0].domain == "xn--bcher-kva.example"


def test_output_is_seven_bit_with_crlf_and_short_lines() -> None:
    paragraph = "長い段落 long paragraph " * 10_000  # 200,000 characters on one line
    assert len(paragraph) == 200_000
    data = to_eml_bytes(_mail(markdown=paragraph, calendar=_calendar("REQUEST")))
    assert data.isascii()
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 998
    assert b"\n" not in data.replace(b"\r\n", b"")
    plain = next(p for p in _parse(data).walk() if p.get_content_type() == "text/plain")
    assert plain.get_content().strip() == paragraph.strip()


def test_several_megabyte_body_round_trips() -> None:
    body = "".join(f"Paragraph {n}: 作業項目 work item, status ok — تم. " * 6 + "\n\n"
                   for n in range(10_000))
    assert len(body.encode("utf-8")) > 3_000_000
    message = _parse(to_eml_bytes(_mail(markdown=body)))
    plain, html = message.iter_parts()
    assert plain.get_content().replace("\r\n", "\n") == plain_text(body)
    assert "Paragraph 9999: 作業項目" in plain.get_content()
    assert html.get_content().count("作業項目") == 60_000


def test_pasted_line_break_in_subject_cannot_add_headers() -> None:
    message = _parse(to_eml_bytes(_mail(subject="Hello\r\nBcc: spy@example.com")))
    assert message["Bcc"] is None
    assert message["Subject"] == "Hello Bcc: spy@example.com"


@pytest.mark.parametrize("method", ["REQUEST", "CANCEL", "PUBLISH", "request"])
def test_invite_is_an_alternative_and_an_attachment(method: str) -> None:
    calendar = _calendar(method)
    message = _parse(to_eml_bytes(_mail(calendar=calendar)))
    assert _types(message) == ["multipart/mixed", "multipart/alternative", "text/plain",
                               "text/html", "text/calendar", "application/ics"]
    alternative, attachment = message.iter_parts()
    invite = list(alternative.iter_parts())[-1]
    assert invite.get_param("method") == method.upper()
    assert invite.get_content_charset() == "utf-8"
    parsed = Calendar.from_ical(invite.get_content())
    assert str(parsed["METHOD"]).upper() == invite.get_param("method")
    assert [str(e["SUMMARY"]) for e in parsed.walk("VEVENT")] == ["定例会議"]
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_content() == calendar


def test_invite_without_method_is_refused() -> None:
    with pytest.raises(ValueError, match="METHOD"):
        to_eml_bytes(_mail(calendar=_calendar(None)))


def test_naive_date_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        to_eml_bytes(_mail(date=datetime(2025, 3, 1, 9, 30)))


def test_message_ids_are_unique_and_bare() -> None:
    first, second = new_message_id("pm-cockpit.invalid"), new_message_id("pm-cockpit.invalid")
    assert first != second
    assert first.endswith("@pm-cockpit.invalid") and "<" not in first and ">" not in first
    assert _parse(to_eml_bytes(_mail(message_id=first)))["Message-ID"] == f"<{first}>"


def test_international_local_part_makes_utf8_headers() -> None:
    data = to_eml_bytes(_mail(to=[Address("", "用户@例子.广告")]))
    assert "用户@xn--fsqu00a.xn--4rr70v".encode() in data
    assert "【重要】".encode() in data  # RFC 6532: the whole header block is UTF-8
