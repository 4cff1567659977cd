"""To/Cc/Bcc fields as users type them: what is accepted, what is reported, what comes back."""

from __future__ import annotations

import pytest

from cockpit.mail.addresses import (
    Address,
    AddressProblem,
    Reason,
    format_address_list,
    parse_address_list,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("taro@example.jp", Address("", "taro@example.jp")),
    ("<taro@example.jp>", Address("", "taro@example.jp")),
    ("Taro Yamada <taro@example.jp>", Address("Taro Yamada", "taro@example.jp")),
    ('"Yamada, Taro" <taro@example.jp>', Address("Yamada, Taro", "taro@example.jp")),
    ("山田 太郎 <taro@example.jp>", Address("山田 太郎", "taro@example.jp")),
    ('"山田　太郎" <taro@example.jp>', Address("山田　太郎", "taro@example.jp")),
    ("  Ana   Lima\t<ana@Example.COM>  ", Address("Ana Lima", "ana@example.com")),
    ("user@bücher.example", Address("", "user@bücher.example")),
    ("user@xn--bcher-kva.example", Address("", "user@bücher.example")),
    ("用户@例子.广告", Address("", "用户@例子.广告")),
    ('"Say \\"hi\\"" <q@example.com>', Address('Say "hi"', "q@example.com")),
])
def test_accepted_forms(text: str, expected: Address) -> None:
    assert parse_address_list(text) == ([expected], [])


def test_separators_commas_semicolons_newlines_and_full_width() -> None:
    text = ("a@example.com, b@example.com; c@example.com\n"
            "d@example.com；e@example.com，f@example.com")
    addresses, problems = parse_address_list(text)
    assert [a.email for a in addresses] == [f"{c}@example.com" for c in "abcdef"]
    assert problems == []


def test_comma_inside_quoted_name_does_not_split() -> None:
    addresses, problems = parse_address_list('"Doe, John" <j@example.com>, "Roe; Jane" <r@x.org>')
    assert addresses == [Address("Doe, John", "j@example.com"), Address("Roe; Jane", "r@x.org")]
    assert problems == []


def test_empty_entries_and_trailing_separators_are_ignored() -> None:
    assert parse_address_list(" ;a@example.com;; ,\n") == ([Address("", "a@example.com")], [])
    assert parse_address_list("") == ([], [])


def test_duplicates_are_kept_once_ignoring_case() -> None:
    addresses, _ = parse_address_list("Ana <ana@example.com>, ANA@Example.com; ana@example.com")
    assert addresses == [Address("Ana", "ana@example.com")]


@pytest.mark.parametrize(("text", "reason"), [
    ("foo", Reason.BAD_SYNTAX),
    ("a@b@c", Reason.BAD_SYNTAX),
    ("taro＠example.jp", Reason.BAD_SYNTAX),
    ("山田 ＜taro@example.jp＞", Reason.BAD_SYNTAX),
    ("two words@example.com", Reason.BAD_SYNTAX),
    ("Name <a@example.com", Reason.BAD_SYNTAX),
    ("<a@example.com> trailing", Reason.BAD_SYNTAX),
    ("foo@", Reason.BAD_DOMAIN),
    ("a@-x.com", Reason.BAD_DOMAIN),
    ("a@localhost", Reason.BAD_DOMAIN),
    ("a@x..com", Reason.BAD_DOMAIN),
    ("Name <>", Reason.EMPTY),
])
def test_bad_entries_are_reported_with_their_text(text: str, reason: str) -> None:
    addresses, problems = parse_address_list(f"ok@example.com, {text}")
    assert addresses == [Address("", "ok@example.com")]
    assert len(problems) == 1
    assert problems[0].text == text
    assert problems[0].reason == reason
    assert problems[0].detail


def test_full_width_at_sign_detail_explains_it() -> None:
    [problem] = parse_address_list("taro＠example.jp")[1]
    assert problem == AddressProblem("taro＠example.jp", Reason.BAD_SYNTAX, problem.detail)
    assert "at-sign" in problem.detail


def test_formatted_is_unencoded_and_quotes_when_needed() -> None:
    assert Address("", "a@example.com").formatted() == "a@example.com"
    assert Address("山田 太郎", "taro@example.jp").formatted() == "山田 太郎 <taro@example.jp>"
    assert Address("Doe, John", "j@x.org").formatted() == '"Doe, John" <j@x.org>'
    assert Address('A "B"', "a@x.org").formatted() == '"A \\"B\\"" <a@x.org>'


def test_format_then_parse_gives_the_same_addresses() -> None:
    addresses = [Address("Doe, John", "j@x.org"), Address("山田 太郎", "taro@example.jp"),
                 Address("", "user@bücher.example"), Address('Say "hi"; ok', "q@x.org")]
    text = format_address_list(addresses)
    assert text.startswith('"Doe, John" <j@x.org>, 山田 太郎 <taro@example.jp>, ')
    assert parse_address_list(text) == (addresses, [])
