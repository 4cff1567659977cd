"""The MSAL token cache, kept only in the OS keychain (through ``keyring``).

A serialised MSAL cache is ~6 KB, more than some keychains hold in one item (Windows Credential
Manager: 2,560 bytes ≈ 1,280 characters, error 1783). So it is split into entries of at most
``CHUNK_SIZE`` characters, plus a small manifest naming the set:

- ``cache`` → ``{"format": 1, "slot": "a", "chunks": 7, "length": 6481, "sha256": "…"}``
- ``cache.a.0`` … ``cache.a.6`` → the text, in order.

A save writes the new chunks into the *other* slot, then the manifest (the switch), then removes
the previous slot's chunks: a save that is interrupted leaves the previous cache readable. A load
returns the whole cache or ``None`` — never a half cache (a missing chunk, a wrong length or hash
means "sign in again").

There is no fallback: without a keychain (headless Linux) every call raises
``KeychainUnavailable`` and nothing is written anywhere else.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger("cockpit.connectors.outlook.auth")

SERVICE = "PM Cockpit Outlook"
ENTRY = "cache"
CHUNK_SIZE = 1000  # characters; well under Windows' 1,280
MAX_CHUNKS = 256  # 256 KB: far beyond any token cache; bounds every probe loop
FORMAT = 1
SLOTS = ("a", "b")


class KeychainUnavailable(RuntimeError):
    """The OS keychain cannot be used (none on this system, locked, or it refused an item)."""


class KeychainCache:
    """A text (the serialised MSAL cache) stored in chunks in the OS keychain."""

    def __init__(self, service: str = SERVICE, entry: str = ENTRY, *,
                 chunk_size: int = CHUNK_SIZE) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        self.service = service
        self.entry = entry
        self.chunk_size = chunk_size
        self._lock = threading.Lock()

    # --- public ---------------------------------------------------------------------------
    def load(self) -> str | None:
        """The stored text, or None when there is none or the set is incomplete or damaged."""
        with self._lock:
            manifest = self._manifest()
            if manifest is None:
                return None
            parts: list[str] = []
            for index in range(manifest["chunks"]):
                part = self._get(self._chunk(manifest["slot"], index))
                if part is None:
                    log.warning("the Outlook sign-in in the keychain is incomplete; "
                                "sign in again")
                    return None
                parts.append(part)
            text = "".join(parts)
            if len(text) != manifest["length"] or _digest(text) != manifest["sha256"]:
                log.warning("the Outlook sign-in in the keychain is damaged; sign in again")
                return None
            return text

    def save(self, text: str) -> None:
        """Store ``text``, replacing what was stored (the switch is the manifest, written last)."""
        parts = [text[i:i + self.chunk_size] for i in range(0, len(text), self.chunk_size)]
        if len(parts) > MAX_CHUNKS:
            raise ValueError(f"too large for the keychain: {len(text)} characters")
        with self._lock:
            previous = self._manifest()
            slot = SLOTS[1] if previous is not None and previous["slot"] == SLOTS[0] \
                else SLOTS[0]
            for index, part in enumerate(parts):
                self._set(self._chunk(slot, index), part)
            self._delete_from(slot, len(parts))  # stale chunks of an earlier, longer save
            self._set(self._manifest_name(), json.dumps({
                "format": FORMAT, "slot": slot, "chunks": len(parts), "length": len(text),
                "sha256": _digest(text)}))
            self._delete_from(_other(slot), 0)
        log.debug("Outlook sign-in stored in the keychain (%d entries)", len(parts) + 1)

    def clear(self) -> None:
        """Remove the manifest, then every chunk of both slots."""
        with self._lock:
            if self._get(self._manifest_name()) is not None:
                self._delete(self._manifest_name())
            for slot in SLOTS:
                self._delete_from(slot, 0)

    # --- entries ----------------------------------------------------------------------------
    def _manifest_name(self) -> str:
        return self.entry

    def _chunk(self, slot: str, index: int) -> str:
        return f"{self.entry}.{slot}.{index}"

    def _manifest(self) -> dict[str, Any] | None:
        raw = self._get(self._manifest_name())
        if raw is None:
            return None
        try:
            manifest = json.loads(raw)
            valid = (isinstance(manifest, dict) and manifest.get("format") == FORMAT
                     and manifest.get("slot") in SLOTS
                     and isinstance(manifest.get("chunks"), int)
                     and 0 <= manifest["chunks"] <= MAX_CHUNKS
                     and isinstance(manifest.get("length"), int)
                     and isinstance(manifest.get("sha256"), str))
        except ValueError:
            valid = False
        if not valid:
            log.warning("the Outlook sign-in in the keychain is unreadable; sign in again")
            return None
        return manifest  # type: ignore[no-any-return]

    def _delete_from(self, slot: str, start: int) -> None:
        """Remove the chunks ``start``, ``start + 1``… of ``slot`` up to the first missing one."""
        for index in range(start, MAX_CHUNKS):
            name = self._chunk(slot, index)
            if self._get(name) is None:
                return
            self._delete(name)

    # --- the keychain -----------------------------------------------------------------------
    def _get(self, name: str) -> str | None:
        keyring = _keyring()
        with _translated("read"):
            return keyring.get_password(self.service, name)

    def _set(self, name: str, value: str) -> None:
        keyring = _keyring()
        with _translated("store"):
            keyring.set_password(self.service, name, value)

    def _delete(self, name: str) -> None:
        keyring = _keyring()
        with _translated("remove"):
            keyring.delete_password(self.service, name)


def _keyring() -> Any:
    import keyring  # here: the app starts without it

    return keyring


@contextmanager
def _translated(action: str) -> Iterator[None]:
    """Turns any failure of the keychain backend into ``KeychainUnavailable``.

    Backends raise ``keyring.errors`` (``NoKeyringError`` on headless Linux, ``KeyringLocked``…)
    but also errors of their own (Windows: ``pywintypes.error`` 1783 for an item that is too
    big; D-Bus errors on Linux). The message names the failure, never the value.
    """
    try:
        yield
    except Exception as exc:
        from keyring.errors import NoKeyringError

        if isinstance(exc, NoKeyringError):
            raise KeychainUnavailable(
                "This computer has no keychain that PM Cockpit can use, so it cannot remember "
                "your Outlook sign-in (on Linux: install and unlock a Secret Service keyring "
                "such as GNOME Keyring or KWallet).") from exc
        raise KeychainUnavailable(
            f"The keychain could not {action} the Outlook sign-in "
            f"({type(exc).__name__}: {_short(exc)}).") from exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or "no details"
    return text if len(text) <= 200 else text[:200] + "…"


def _other(slot: str) -> str:
    return SLOTS[1] if slot == SLOTS[0] else SLOTS[0]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
