"""Keychains for tests: an in-memory one (optionally with Windows' item size limit) and none.

Install one with ``keyring.set_keyring(...)``. Neither is ever chosen by keyring's own backend
discovery (their ``priority`` says they are not viable), so importing this module changes
nothing for other tests.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

WINDOWS_ITEM_CHARS = 1280  # Credential Manager: 2,560 bytes of UTF-16


class StubReceivedBadData(Exception):
    """What Windows' ``CredWrite`` raises for an item over the limit (``pywintypes.error``,
    which is neither an ``OSError`` nor a ``keyring`` error)."""

    def __init__(self) -> None:
        super().__init__(1783, "CredWrite", "The stub received bad data.")
        self.winerror = 1783
        self.funcname = "CredWrite"
        self.strerror = "The stub received bad data."


class MemoryKeyring(KeyringBackend):
    """A dict of ``(service, username) → password``; ``max_chars`` rejects bigger items."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("a test double: install it with keyring.set_keyring()")

    def __init__(self, max_chars: int | None = None) -> None:
        super().__init__()
        self.max_chars = max_chars
        self.items: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.max_chars is not None and len(password) > self.max_chars:
            raise StubReceivedBadData()
        self.items[(service, username)] = password
        self.writes += 1

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("Password not found")

    def names(self, service: str) -> set[str]:
        return {username for (svc, username) in self.items if svc == service}


class NoKeyring(fail.Keyring):
    """What headless Linux has: every call raises ``NoKeyringError``."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("a test double: install it with keyring.set_keyring()")
