"""E-mail addresses as a user types them into To, Cc and Bcc fields.

Entries are separated by ``,`` or ``;`` (also their full-width forms, which a Japanese input
method types) or line breaks, except inside a quoted display name. Each address is checked
with ``email-validator`` without any network look-up; international domains and local
parts are accepted and kept in their normalised Unicode form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

SEPARATORS = frozenset(",;\n\r，；")
SPECIALS = frozenset('()<>[]:;@\\,."')
FULL_WIDTH = frozenset("＠＜＞")  # typed by input methods; only ASCII @ < > are syntax
SPACES = re.compile(r"[^\S\u3000]+")  # collapsed in names; the ideographic space is kept
NAMED = re.compile(r"^(?P<name>.*?)\s*<(?P<addr>[^<>]*)>$", re.S)
PROBE_DOMAIN = "example.com"


class Reason:
    """Why an entry is not an address (the UI translates these codes)."""

    EMPTY = "empty"  # brackets with nothing inside: ``Name <>``
    BAD_SYNTAX = "bad_syntax"
    BAD_DOMAIN = "bad_domain"  # the part after the @ is not a usable domain


@dataclass(frozen=True)
class Address:
    """A mailbox: display name (may be empty) and normalised address."""

    name: str
    email: str

    def formatted(self) -> str:
        """RFC 5322 form for display, unencoded: ``山田 太郎 <taro@example.jp>`` or ``a@b.c``."""
        if not self.name:
            return self.email
        name = self.name
        if SPECIALS.intersection(name) or name != name.strip():
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{self.email}>"


@dataclass(frozen=True)
class AddressProblem:
    """An entry that is not a usable address."""

    text: str  # the entry as the user typed it
    reason: str  # a Reason code
    detail: str = ""  # English explanation for logs


def _split(text: str) -> list[str]:
    """Entries between separators, ignoring separators inside double quotes."""
    entries: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char in SEPARATORS and not quoted:
            entries.append("".join(current))
            current = []
            continue
        current.append(char)
    entries.append("".join(current))
    return [entry.strip() for entry in entries if entry.strip()]


def _unquote(name: str) -> str:
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = re.sub(r"\\(.)", r"\1", name[1:-1], flags=re.S)
    return SPACES.sub(" ", name).strip()


def _reason(addr: str) -> str:
    """Blame the domain when the part before the last @ is fine on its own."""
    local, at, _domain = addr.rpartition("@")
    if not at or "@" in local or FULL_WIDTH.intersection(addr):
        return Reason.BAD_SYNTAX
    try:
        validate_email(f"{local}@{PROBE_DOMAIN}", check_deliverability=False,
                       allow_smtputf8=True)
    except EmailNotValidError:
        return Reason.BAD_SYNTAX
    return Reason.BAD_DOMAIN


def parse_address(entry: str) -> Address | AddressProblem:
    """One entry: ``Name <a@b.c>``, ``"Name" <a@b.c>``, ``<a@b.c>`` or ``a@b.c``."""
    match = NAMED.match(entry)
    name, addr = (_unquote(match["name"]), match["addr"].strip()) if match else ("", entry)
    if not addr:
        return AddressProblem(entry, Reason.EMPTY, "There is no address between the brackets.")
    if not match and ("<" in entry or ">" in entry):
        return AddressProblem(entry, Reason.BAD_SYNTAX,
                              "Angle brackets must enclose the address, at the end.")
    try:
        valid = validate_email(addr, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as error:
        return AddressProblem(entry, _reason(addr), str(error))
    return Address(name, valid.normalized)


def parse_address_list(text: str) -> tuple[list[Address], list[AddressProblem]]:
    """Addresses (first of each, compared case-insensitively) and problems, in typed order."""
    addresses: list[Address] = []
    problems: list[AddressProblem] = []
    seen: set[str] = set()
    for entry in _split(text):
        parsed = parse_address(entry)
        if isinstance(parsed, AddressProblem):
            problems.append(parsed)
        elif parsed.email.casefold() not in seen:
            seen.add(parsed.email.casefold())
            addresses.append(parsed)
    return addresses, problems


def format_address_list(addresses: list[Address]) -> str:
    """The addresses as one field value, joined with ``, ``."""
    return ", ".join(address.formatted() for address in addresses)
