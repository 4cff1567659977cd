"""The Outlook account the app and the command line share: which app registration signs in
(client id and tenant, from the app's settings or the CLI's options), who is signed in, signing
in and out, and the Graph connection a sync run uses — or ``COCKPIT_GRAPH_TOKEN`` instead of a
sign-in.

Nothing here touches Qt. Every method that may use the network or the keychain (``state``,
``sign_in_*``, ``sign_out``, ``snapshot``, ``sync_once``) belongs on a worker thread; building
an ``OutlookAccount`` is cheap and does neither.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from cockpit.connectors.base import SyncCancelled
from cockpit.connectors.outlook import NAME
from cockpit.errors import ErrorCode, KnownError

if TYPE_CHECKING:
    from cockpit.connectors.base import Account
    from cockpit.connectors.outlook.auth import OutlookAuth
    from cockpit.connectors.outlook.client import GraphClient
    from cockpit.connectors.outlook.connector import OutlookConnector
    from cockpit.connectors.runner import SyncResult, SyncStatus
    from cockpit.store.store import Store

CLIENT_ENV = "COCKPIT_CLIENT_ID"
TENANT_ENV = "COCKPIT_TENANT"
DEFAULT_TENANT = "organizations"
TENANT_WORDS = ("organizations", "common")
CONNECTOR = NAME

_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"^(?=.{{1,253}}$)(?:{_LABEL}\.)+[A-Za-z]{{2,63}}$")


def valid_client_id(text: str) -> bool:
    """An application (client) id is a GUID."""
    return bool(_GUID.match(text.strip()))


def valid_tenant(text: str) -> bool:
    """A directory (tenant) id (a GUID), a domain (``contoso.onmicrosoft.com``), or one of
    Microsoft's words: ``organizations`` (any work or school account) or ``common``."""
    value = text.strip()
    return value.lower() in TENANT_WORDS or bool(_GUID.match(value) or _DOMAIN.match(value))


@dataclass(frozen=True)
class AccountState:
    name: str | None = None  # the signed-in user (None: not signed in)
    from_environment: bool = False  # COCKPIT_GRAPH_TOKEN supplies the token
    configured: bool = False  # a client id is set: a sign-in is possible
    keychain_error: KnownError | None = None  # why the sign-in will not be remembered

    @property
    def can_sync(self) -> bool:
        return self.from_environment or self.name is not None


@dataclass(frozen=True)
class Snapshot:
    """What the status bar shows: the account and the last run's record (no network)."""

    account: AccountState
    status: SyncStatus
    result: SyncResult | None = None  # the run that just ended, if any
    others: tuple[SyncResult, ...] = ()  # the other connectors' runs that just ended


class OutlookAccount:
    """One app registration's sign-in, and the sync's Graph connection; the ``Account`` the
    registry builds for Outlook."""

    connector_name = NAME

    def __init__(self, client_id: str = "", tenant: str = "", *,
                 auth: OutlookAuth | None = None) -> None:
        self.client_id = (client_id or "").strip()
        self.tenant = (tenant or "").strip() or DEFAULT_TENANT
        self._auth = auth  # tests pass one with a fake Microsoft
        self._lock = threading.Lock()

    @property
    def configured(self) -> bool:
        return bool(self.client_id) or self._auth is not None

    @property
    def auth(self) -> OutlookAuth | None:
        """The MSAL sign-in of the configured app registration; None without a client id."""
        with self._lock:
            if self._auth is None and self.client_id:
                from cockpit.connectors.outlook.auth import AuthSettings, OutlookAuth
                from cockpit.connectors.outlook.token_cache import KeychainCache

                settings = AuthSettings(client_id=self.client_id, tenant=self.tenant)
                self._auth = OutlookAuth(settings, KeychainCache())
            return self._auth

    def require_auth(self) -> OutlookAuth:
        auth = self.auth
        if auth is None:
            raise KnownError(ErrorCode.VALIDATION, "No Outlook app is configured: enter the "
                             "application (client) id in the Outlook settings.")
        return auth

    # --- who ----------------------------------------------------------------------------------
    @staticmethod
    def token_from_environment() -> bool:
        from cockpit.connectors.outlook.auth import env_token

        return env_token() is not None

    def name(self) -> str | None:
        """The signed-in user's name (reads the keychain: worker thread)."""
        auth = self.auth
        return auth.account() if auth is not None else None

    @property
    def keychain_error(self) -> KnownError | None:
        auth = self._auth
        return auth.keychain_error if auth is not None else None

    def state(self) -> AccountState:
        name = self.name()
        return AccountState(name=name, from_environment=self.token_from_environment(),
                            configured=self.configured, keychain_error=self.keychain_error)

    # --- signing in and out ---------------------------------------------------------------------
    def sign_in_interactive(self, timeout: float = 300,
                            cancelled: Callable[[], bool] = lambda: False) -> str:
        return self.require_auth().sign_in_interactive(timeout=timeout, cancelled=cancelled)

    def sign_in_device_code(self, show: Callable[[str], None],
                            cancelled: Callable[[], bool] = lambda: False) -> str:
        return self.require_auth().sign_in_device_code(show, cancelled=cancelled)

    def sign_out(self) -> None:
        auth = self.auth
        if auth is not None:
            auth.sign_out()

    # --- the Graph connection -----------------------------------------------------------------
    def token_source(self) -> Callable[[], str]:
        """The bearer token of each request: ``COCKPIT_GRAPH_TOKEN``, else the sign-in."""
        from cockpit.connectors.outlook.auth import token_provider

        return token_provider(self.auth)

    def graph_client(self, *, sleep: Callable[[float], None] = time.sleep) -> GraphClient:
        from cockpit.connectors.outlook.auth import graph_url
        from cockpit.connectors.outlook.client import GraphClient

        return GraphClient(self.token_source(), base_url=graph_url(), sleep=sleep)

    @staticmethod
    def connector(store: Store, client: GraphClient) -> OutlookConnector:
        from cockpit.connectors.outlook.connector import OutlookConnector

        return OutlookConnector(store, client)

    @staticmethod
    def waiting(store: Store) -> int:
        """How many items wait to go out (no network, no token needed)."""
        from cockpit.connectors.outlook.connector import waiting

        return waiting(store)

    def can_sync(self) -> bool:
        return self.state().can_sync

    def status(self, store: Store) -> SyncStatus:
        from cockpit.connectors.runner import status

        return status(store, CONNECTOR, waiting=self.waiting(store))

    def snapshot(self, store: Store, result: SyncResult | None = None, *,
                 account: AccountState | None = None, others: Sequence[Account] = (),
                 other_results: Sequence[SyncResult] = ()) -> Snapshot:
        """The account and the last run's record, as the status bar shows them; ``others``
        (the other registered connectors) add what waits for them."""
        from cockpit.connectors.outlook.connector import waiting_parts
        from cockpit.connectors.runner import status

        account = account or self.state()
        parts = waiting_parts(store)
        others_waiting = sum(other.waiting(store) for other in others)
        if others_waiting:
            parts["other"] = others_waiting
        shown = replace(status(store, CONNECTOR, waiting=sum(parts.values())),
                        waiting_parts=parts)
        return Snapshot(account, shown, result, tuple(other_results))

    def sync_once(self, store: Store, *, stop: threading.Event | None = None) -> SyncResult:
        """One run (push, then pull), recorded for the status bar. Never raises a
        ``KnownError``; raises ``SyncCancelled`` when ``stop`` is set during one of the
        client's waits (Retry-After, back-off)."""
        from cockpit.connectors.runner import run_once

        with self.graph_client(sleep=_interruptible(stop)) as client:
            return run_once(store, self.connector(store, client))


def _interruptible(stop: threading.Event | None) -> Callable[[float], None]:
    if stop is None:
        return time.sleep

    def sleep(seconds: float) -> None:
        if stop.wait(seconds):
            raise SyncCancelled()

    return sleep


def config_from_environment(client_id: Any = None, tenant: Any = None) -> tuple[str, str]:
    """``client_id``/``tenant`` when given, else ``COCKPIT_CLIENT_ID``/``COCKPIT_TENANT``."""
    return (str(client_id or os.environ.get(CLIENT_ENV, "") or "").strip(),
            str(tenant or os.environ.get(TENANT_ENV, "") or "").strip())
