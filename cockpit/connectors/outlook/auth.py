"""Outlook sign-in with MSAL: a public client, the token cache only in the OS keychain.

Registering PM Cockpit in a company's Microsoft Entra ID (once, by an administrator)
-----------------------------------------------------------------------------------
1. Entra admin center → Identity → Applications → App registrations → *New registration*.
   Name "PM Cockpit"; supported account types: "Accounts in this organizational directory
   only" (single tenant) is enough for one company.
2. Authentication → *Add a platform* → "Mobile and desktop applications" → custom redirect URI
   ``http://localhost`` (the sign-in listens on a free loopback port; Entra accepts any port for
   ``http://localhost``). Under "Advanced settings" set *Allow public client flows* to **Yes**
   (needed for sign-in with a code). No client secret or certificate: this is a public client.
3. API permissions → *Add a permission* → Microsoft Graph → **Delegated**: ``User.Read``,
   ``Mail.ReadWrite``, ``Mail.Send``, ``Calendars.ReadWrite``, ``offline_access`` (``openid`` and
   ``profile`` come by default). Optionally *Grant admin consent* so users are not asked.
4. Copy *Application (client) ID* and *Directory (tenant) ID* from the Overview page into PM
   Cockpit's Outlook settings (tenant may also be the domain, e.g. ``contoso.onmicrosoft.com``;
   the default ``organizations`` accepts any work or school account).

How it works
------------
- ``sign_in_interactive`` opens the system browser on Microsoft's page; the answer comes back to a
  loopback address (``http://localhost:<free port>``). MSAL blocks the calling thread and would
  wait forever if the browser is closed: run it in a worker thread; it ends at ``timeout`` and
  honours ``cancelled`` within ~0.2 s.
- ``sign_in_device_code`` shows a code to enter at microsoft.com/devicelogin on any device (the
  fallback when no browser can be opened here).
- Afterwards ``token()`` gets access tokens silently (refreshing them when needed); ``sign_out()``
  forgets the account and clears the keychain.
- Building MSAL's application fetches the tenant's OpenID configuration: it happens lazily, in
  the thread that first needs a token or signs in — never call ``token()`` or a sign-in from the
  GUI thread. ``account()`` reads the cache only and is safe anywhere.
- Tokens, codes and the cache never reach the database, settings or logs: MSAL's own DEBUG
  records (which include authorization and device codes) are dropped.
- Without a keychain (headless Linux) sign-in still works for the session; ``keychain_error``
  says why it will not be remembered. Nothing is ever written to a file instead.

For automation and tests ``COCKPIT_GRAPH_TOKEN`` supplies a bearer token (no sign-in at all) and
``COCKPIT_GRAPH_URL`` the API base.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cockpit.connectors.outlook.client import DEFAULT_URL
from cockpit.connectors.outlook.sign_in_errors import (
    browser_failure,
    reason,
    refused,
    talking_to_microsoft,
    timed_out,
    unavailable,
)
from cockpit.connectors.outlook.sign_in_errors import cancelled as cancelled_error
from cockpit.connectors.outlook.token_cache import KeychainCache, KeychainUnavailable
from cockpit.errors import ErrorCode, KnownError

log = logging.getLogger("cockpit.connectors.outlook.auth")

# Delegated Microsoft Graph permissions. MSAL adds offline_access, openid and profile itself and
# rejects them in this list.
SCOPES = ["User.Read", "Mail.ReadWrite", "Mail.Send", "Calendars.ReadWrite"]

TOKEN_ENV = "COCKPIT_GRAPH_TOKEN"
URL_ENV = "COCKPIT_GRAPH_URL"
DEFAULT_TENANT = "organizations"
DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com"

# The code for "no usable keychain"; SIGN_IN_EXPIRED until cockpit.errors defines it.
KEYCHAIN_UNAVAILABLE: ErrorCode = getattr(ErrorCode, "KEYCHAIN_UNAVAILABLE",
                                          ErrorCode.SIGN_IN_EXPIRED)

GRACE = 10.0  # seconds we wait past MSAL's own browser timeout before giving up on it
POLL = 0.2  # seconds between looks at the Cancel button


def env_token() -> str | None:
    """``COCKPIT_GRAPH_TOKEN``, stripped; None when unset or empty."""
    return os.environ.get(TOKEN_ENV, "").strip() or None


def graph_url() -> str:
    """``COCKPIT_GRAPH_URL``, or Microsoft Graph v1.0."""
    return os.environ.get(URL_ENV, "").strip() or DEFAULT_URL


@dataclass(frozen=True)
class AuthSettings:
    client_id: str
    tenant: str = DEFAULT_TENANT
    authority_host: str = DEFAULT_AUTHORITY_HOST

    @property
    def authority(self) -> str:
        host = self.authority_host.strip().rstrip("/") or DEFAULT_AUTHORITY_HOST
        if "://" not in host:
            host = "https://" + host
        return f"{host}/{self.tenant.strip().strip('/') or DEFAULT_TENANT}"

    @property
    def environment(self) -> str:
        """The authority's host name, as MSAL files accounts under it."""
        return (urlsplit(self.authority).hostname or "").lower()


class OutlookAuth:
    """Sign-in, silent tokens and sign-out for one Outlook account."""

    def __init__(self, settings: AuthSettings, cache: KeychainCache, *,
                 http_client: Any = None, timeout: float = 30) -> None:
        self.settings = settings
        self._store = cache
        self._http_client = http_client  # tests: a fake; MSAL ignores ``timeout`` with one
        self._timeout = timeout
        self._cache_lock = threading.RLock()
        self._app_lock = threading.Lock()
        self._tokens: Any = None  # msal.SerializableTokenCache, loaded on first use
        self._app: Any = None  # msal.PublicClientApplication, built on first use
        self._http_cache: dict[Any, Any] = {}  # MSAL's discovery answers (no tokens)
        self._keychain_problem: KeychainUnavailable | None = None

    # --- state ------------------------------------------------------------------------------
    @property
    def keychain_error(self) -> KnownError | None:
        """Why the sign-in cannot be remembered (no keychain…), or None."""
        problem = self._keychain_problem
        return None if problem is None else KnownError(KEYCHAIN_UNAVAILABLE, str(problem))

    def account(self) -> str | None:
        """The signed-in user's name, from the cache (no network)."""
        names = _usernames(self._token_cache(), self.settings.environment)
        return names[0] if names else None

    # --- tokens -----------------------------------------------------------------------------
    def token(self) -> str:
        """An access token for Graph, refreshed silently when needed (may use the network)."""
        if self.account() is None:
            raise self._not_signed_in()
        app = self._application()
        accounts = app.get_accounts()
        if not accounts:
            raise self._not_signed_in()
        try:
            with talking_to_microsoft():
                result = app.acquire_token_silent_with_error(list(SCOPES), accounts[0])
        finally:
            self._persist()
        if not result or "access_token" not in result:
            raise KnownError(ErrorCode.SIGN_IN_EXPIRED,
                             "Your Outlook sign-in has expired: sign in again"
                             + reason(result or {}) + ".")
        return str(result["access_token"])

    # --- signing in and out ---------------------------------------------------------------------
    def sign_in_interactive(self, timeout: float = 300,
                            cancelled: Callable[[], bool] = lambda: False) -> str:
        """Sign in in the system browser; the user's name. Blocks (worker thread only) until
        the browser answers, ``timeout`` seconds pass or ``cancelled()`` turns true."""
        temp = _new_token_cache()
        app = self._build(temp)  # a throwaway app: a late answer after Cancel changes nothing

        def attempt() -> Any:
            return app.acquire_token_interactive(list(SCOPES), prompt="select_account",
                                                 timeout=timeout)

        log.info("Outlook sign-in: waiting for the browser")
        result = _wait_for(attempt, timeout + GRACE, cancelled, timeout)
        return self._adopt(temp, result)

    def sign_in_device_code(self, show: Callable[[str], None],
                            cancelled: Callable[[], bool] = lambda: False) -> str:
        """Sign in with a code entered on any device; the user's name. ``show`` receives the
        instructions (with the code) for the user. Blocks until done, expired or cancelled."""
        temp = _new_token_cache()
        app = self._build(temp)
        with talking_to_microsoft():
            try:
                flow = app.initiate_device_flow(scopes=list(SCOPES))
            except ValueError as exc:  # not JSON: an error page instead of an answer
                raise unavailable() from exc
        if "user_code" not in flow:
            raise refused(flow)
        show(str(flow.get("message", "")))
        log.info("Outlook sign-in: waiting for the code to be entered")

        def stop(current: dict[str, Any]) -> bool:
            return cancelled() or current.get("expires_at", 0) < time.time()

        with talking_to_microsoft():
            result = app.acquire_token_by_device_flow(flow, exit_condition=stop)
        if cancelled():
            raise cancelled_error()
        if result.get("error") == "authorization_pending":
            raise KnownError(ErrorCode.SIGN_IN_EXPIRED,
                             "The sign-in code expired before it was used: try again.")
        return self._adopt(temp, result)

    def sign_out(self) -> None:
        """Forget every account (here and in the keychain). Needs no network."""
        with self._cache_lock:
            tokens = self._token_cache()
            app = self._app  # only when already built: building it would need the network
            if app is not None:
                for account in app.get_accounts():
                    app.remove_account(account)
            tokens.deserialize(None)  # whatever remains: app metadata, other clouds' entries
            try:
                self._store.clear()
            except KeychainUnavailable as exc:
                self._note_keychain(exc)  # nothing could have been stored there
        log.info("signed out of Outlook")

    # --- internals --------------------------------------------------------------------------
    def _not_signed_in(self) -> KnownError:
        if self._keychain_problem is not None:
            return KnownError(KEYCHAIN_UNAVAILABLE,
                              f"Sign in to Outlook again. {self._keychain_problem}")
        return KnownError(ErrorCode.SIGN_IN_EXPIRED,
                          "You are not signed in to Outlook: sign in again.")

    def _token_cache(self) -> Any:
        with self._cache_lock:
            if self._tokens is None:
                tokens = _new_token_cache()
                try:
                    text = self._store.load()
                except KeychainUnavailable as exc:
                    self._note_keychain(exc)
                    text = None
                if text:
                    try:
                        tokens.deserialize(text)
                    except ValueError:
                        log.warning("the stored Outlook sign-in is unreadable; sign in again")
                self._tokens = tokens
            return self._tokens

    def _persist(self, *, force: bool = False) -> None:
        """Save the cache to the keychain when MSAL changed it."""
        with self._cache_lock:
            tokens = self._tokens
            if tokens is None or not (force or tokens.has_state_changed):
                return
            text = tokens.serialize()  # also resets has_state_changed
            try:
                self._store.save(text)
            except KeychainUnavailable as exc:
                self._note_keychain(exc)
            else:
                self._keychain_problem = None

    def _note_keychain(self, exc: KeychainUnavailable) -> None:
        if self._keychain_problem is None:
            log.warning("Outlook sign-in will not be remembered: %s", exc)
        self._keychain_problem = exc

    def _application(self) -> Any:
        with self._app_lock:
            if self._app is None:
                self._app = self._build(self._token_cache())
            return self._app

    def _build(self, tokens: Any) -> Any:
        """A PublicClientApplication on ``tokens``. Fetches the tenant's OpenID configuration
        (once per process: the answer is kept in ``_http_cache``)."""
        import msal  # here: the app starts without it

        _drop_msal_debug_records()
        if not self.settings.client_id.strip():
            raise KnownError(ErrorCode.VALIDATION, "No Outlook app is configured: enter the "
                             "application (client) id in the Outlook settings.")
        options: dict[str, Any] = {
            "authority": self.settings.authority, "token_cache": tokens,
            "instance_discovery": False,  # no alias look-ups: the authority is configured
            "http_cache": self._http_cache, "timeout": self._timeout,
            "app_name": "PM Cockpit"}
        if self._http_client is not None:
            options["http_client"] = self._http_client
        try:
            with talking_to_microsoft():
                app = msal.PublicClientApplication(self.settings.client_id.strip(), **options)
        except ValueError as exc:
            raise KnownError(ErrorCode.VALIDATION, (
                f"Microsoft sign-in does not know the tenant “{self.settings.tenant}” at "
                f"{self.settings.authority_host}: check the Outlook settings.")) from exc
        _drop_msal_debug_records()  # loggers MSAL created meanwhile
        return app

    def _adopt(self, temp: Any, result: dict[str, Any]) -> str:
        """Make a finished sign-in's cache the only one, and store it."""
        if "access_token" not in result:
            raise refused(result)
        names = _usernames(temp, self.settings.environment)
        claims = result.get("id_token_claims") or {}
        username = names[0] if names else str(claims.get("preferred_username") or "unknown")
        with self._cache_lock:
            self._token_cache().deserialize(temp.serialize())
            self._persist(force=True)
        log.info("signed in to Outlook as %s", username)
        return username


def token_provider(auth: OutlookAuth | None) -> Callable[[], str]:
    """A ``GraphClient(token=...)`` callable: ``COCKPIT_GRAPH_TOKEN`` when set, else ``auth``."""

    def provide() -> str:
        token = env_token()
        if token:
            return token
        if auth is None:
            raise KnownError(ErrorCode.SIGN_IN_EXPIRED,
                             "You are not signed in to Outlook: sign in again.")
        return auth.token()

    return provide


# --- helpers ----------------------------------------------------------------------------------
def _new_token_cache() -> Any:
    import msal

    return msal.SerializableTokenCache()


def _usernames(tokens: Any, environment: str) -> list[str]:
    from msal import TokenCache

    return [str(entry.get("username") or "unknown") for entry in tokens.search(
        TokenCache.CredentialType.ACCOUNT, query={"environment": environment})]


def _wait_for(call: Callable[[], Any], limit: float, cancelled: Callable[[], bool],
              timeout: float) -> Any:
    """``call()`` in a daemon thread; waits at most ``limit`` seconds and stops waiting as soon
    as ``cancelled()`` is true (MSAL's thread then ends by its own timeout, unheard)."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["result"] = call()
        except Exception as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="outlook-sign-in", daemon=True).start()
    deadline = time.monotonic() + limit
    while not done.wait(POLL):
        if cancelled():
            raise cancelled_error()
        if time.monotonic() >= deadline:
            raise timed_out(timeout)
    if "error" in box:
        raise browser_failure(box["error"], timeout)
    return box["result"]


class _DropDebug(logging.Filter):
    """MSAL's DEBUG records carry authorization and device codes: drop them."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO


_MSAL_FILTER = _DropDebug()


def _drop_msal_debug_records() -> None:
    """Attach the filter to every ``msal`` logger (a logger's filters see only its own
    records, not its children's)."""
    names = [name for name in list(logging.root.manager.loggerDict)
             if name == "msal" or name.startswith("msal.")]
    for name in ["msal", *names]:
        logger = logging.getLogger(name)
        if _MSAL_FILTER not in logger.filters:
            logger.addFilter(_MSAL_FILTER)
