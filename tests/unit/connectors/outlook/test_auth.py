"""Outlook sign-in: the MSAL cache in the keychain (chunked for Windows' item limit), silent
tokens and refresh, sign-in in the browser or with a code, sign-out, no keychain at all — with
no network (MSAL talks to a fake Microsoft) and no secret in any log."""

from __future__ import annotations

import base64
import http.client
import json
import logging
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import keyring
import keyring.core
import msal
import msal.oauth2cli.authcode
import pytest
import requests

from cockpit.connectors.outlook.auth import (
    KEYCHAIN_UNAVAILABLE,
    SCOPES,
    AuthSettings,
    OutlookAuth,
    env_token,
    graph_url,
    token_provider,
)
from cockpit.connectors.outlook.client import DEFAULT_URL
from cockpit.connectors.outlook.token_cache import SERVICE, KeychainCache, KeychainUnavailable
from cockpit.errors import ErrorCode, KnownError
from tests.unit.connectors.outlook.keyring_fake import WINDOWS_ITEM_CHARS, MemoryKeyring, NoKeyring

CLIENT_ID = "0b5f2f5e-6a51-4d7c-9d1a-3c8f6f1e2a77"
TENANT = "8f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"
HOST = "https://login.microsoftonline.com"
TOKEN_URL = f"{HOST}/{TENANT}/oauth2/v2.0/token"
USER = "pat.manager@contoso.example"
SETTINGS = AuthSettings(client_id=CLIENT_ID, tenant=TENANT)


# --- what must never be logged ------------------------------------------------------------------
class Secrets:
    def __init__(self) -> None:
        self.values: set[str] = set()

    def new(self, prefix: str, length: int) -> str:
        value = prefix + secrets.token_urlsafe(length)[:length]
        self.values.add(value)
        return value


@pytest.fixture
def leaks(caplog: pytest.LogCaptureFixture) -> Iterator[Secrets]:
    """Everything at DEBUG from cockpit and msal is captured; no secret may appear in it."""
    caplog.set_level(logging.DEBUG, logger="cockpit")
    caplog.set_level(logging.DEBUG, logger="msal")
    found = Secrets()
    yield found
    records = [*caplog.get_records("setup"), *caplog.get_records("call")]
    text = "\n".join(record.getMessage() for record in records)
    for value in found.values:
        for fragment in {value, value[:40], value[-40:]}:
            assert fragment not in text


# --- a keychain and a home of this test's own --------------------------------------------------
@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME, XDG and Windows profile folders in tmp, and no COCKPIT_GRAPH_* from outside."""
    root = tmp_path / "home"
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                 "XDG_RUNTIME_DIR", "APPDATA", "LOCALAPPDATA", "USERPROFILE"):
        folder = root / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.chdir(root)
    monkeypatch.delenv("COCKPIT_GRAPH_TOKEN", raising=False)
    monkeypatch.delenv("COCKPIT_GRAPH_URL", raising=False)
    return root


def _install(monkeypatch: pytest.MonkeyPatch, backend: keyring.backend.KeyringBackend) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    keyring.set_keyring(backend)  # undone by monkeypatch


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A keychain with Windows Credential Manager's item limit."""
    backend = MemoryKeyring(max_chars=WINDOWS_ITEM_CHARS)
    _install(monkeypatch, backend)
    return backend


# --- a fake Microsoft identity platform ---------------------------------------------------------
def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _answer(status: int, body: dict[str, Any]) -> SimpleNamespace:
    return SimpleNamespace(status_code=status, text=json.dumps(body), headers={})


class FakeMicrosoft:
    """MSAL's ``http_client``: answers discovery, device codes and the token endpoint; anything
    else fails the test."""

    def __init__(self, found: Secrets) -> None:
        self.secrets = found
        self.requests: list[tuple[str, str, dict[str, Any]]] = []
        self.unexpected: list[str] = []
        self.token_answer: Any = None  # callable(data) -> SimpleNamespace, or an exception
        self.nonce: str | None = None
        self.auth_uri: str | None = None
        self.device_code = found.new("DC-", 60)
        self.user_code = "QX7L-" + secrets.token_hex(2).upper()

    # MSAL's http_client interface
    def get(self, url: str, **kwargs: Any) -> SimpleNamespace:
        self.requests.append(("GET", url, {}))
        parts = urlsplit(url)
        tenant = parts.path.split("/")[1]
        if parts.netloc != "login.microsoftonline.com" or not parts.path.endswith(
                "/v2.0/.well-known/openid-configuration"):
            return self._unexpected("GET", url)
        if tenant == "no-such-tenant.example":
            return _answer(400, {"error": "invalid_tenant"})
        base = f"{HOST}/{tenant}"
        return _answer(200, {
            "issuer": f"{HOST}/{tenant}/v2.0",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode"})

    def post(self, url: str, data: Any = None, **kwargs: Any) -> SimpleNamespace:
        data = dict(data or {})
        self.requests.append(("POST", url, data))
        if url == f"{HOST}/{TENANT}/oauth2/v2.0/devicecode":
            return _answer(200, {
                "user_code": self.user_code, "device_code": self.device_code,
                "verification_uri": "https://microsoft.com/devicelogin", "expires_in": 900,
                "interval": 1,
                "message": "To sign in, use a web browser to open the page "
                           "https://microsoft.com/devicelogin and enter the code "
                           f"{self.user_code} to authenticate."})
        if url == TOKEN_URL and self.token_answer is not None:
            if isinstance(self.token_answer, BaseException):
                raise self.token_answer
            return self.token_answer(data)  # type: ignore[no-any-return]
        return self._unexpected("POST", url)

    def close(self) -> None:
        pass

    def _unexpected(self, method: str, url: str) -> SimpleNamespace:
        self.unexpected.append(f"{method} {url}")
        return _answer(599, {"error": "unexpected request in a test"})

    # answers
    def tokens(self, *, nonce: str | None = None) -> dict[str, Any]:
        """A token response of realistic size (a cache of ~6 KB)."""
        now = int(time.time())
        claims = {"aud": CLIENT_ID, "iss": f"{HOST}/{TENANT}/v2.0", "iat": now, "nbf": now,
                  "exp": now + 3600, "name": "Pat Manager", "oid": "5d1e0c4b-oid",
                  "preferred_username": USER, "sub": "sub-" + secrets.token_hex(8),
                  "tid": TENANT, "ver": "2.0", "padding": secrets.token_hex(300)}
        if nonce:
            claims["nonce"] = nonce
        id_token = "eyJ0eXAiOiJKV1QifQ." + _b64(claims) + "." + secrets.token_urlsafe(256)
        self.secrets.values.add(id_token)
        return {"token_type": "Bearer", "expires_in": 3600, "ext_expires_in": 3600,
                "scope": " ".join([*SCOPES, "openid", "profile", "offline_access"]),
                "access_token": self.secrets.new("AT-", 2600),
                "refresh_token": self.secrets.new("RT-", 1400),
                "id_token": id_token,
                "client_info": _b64({"uid": "5d1e0c4b-uid", "utid": TENANT})}

    def answer_with_tokens(self, grant_type: str) -> dict[str, Any]:
        """Answer the next token request of ``grant_type`` with new tokens; they are returned."""
        issued: dict[str, Any] = {}

        def answer(data: dict[str, Any]) -> SimpleNamespace:
            if data.get("grant_type") != grant_type:
                return self._unexpected("POST", f"{TOKEN_URL} grant_type={data.get('grant_type')}")
            issued.update(self.tokens(nonce=self.nonce))
            return _answer(200, issued)

        self.token_answer = answer
        return issued

    def posts(self) -> list[dict[str, Any]]:
        return [data for method, url, data in self.requests if method == "POST"]

    # the system browser (replaces msal.oauth2cli.authcode._browse)
    def browser_that_ignores(self, uri: str, browser_name: str | None = None) -> bool:
        self._read_auth_uri(uri)
        return True

    def browser_that_signs_in(self, uri: str, browser_name: str | None = None) -> bool:
        self._read_auth_uri(uri)
        threading.Thread(target=self.answer_redirect, daemon=True).start()
        return True

    def _read_auth_uri(self, uri: str) -> None:
        self.auth_uri = uri
        self.nonce = parse_qs(urlsplit(uri).query)["nonce"][0]

    def answer_redirect(self) -> None:
        """What Microsoft's page does after the user signed in: POST the code to the loopback."""
        assert self.auth_uri is not None
        query = parse_qs(urlsplit(self.auth_uri).query)
        redirect = urlsplit(query["redirect_uri"][0])
        code = self.secrets.new("AC-", 80)
        body = urlencode({"code": code, "state": query["state"][0]})
        connection = http.client.HTTPConnection("127.0.0.1", redirect.port, timeout=10)
        try:
            connection.request("POST", "/", body=body,
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
            connection.getresponse().read()
        finally:
            connection.close()


@pytest.fixture
def microsoft(leaks: Secrets) -> Iterator[FakeMicrosoft]:
    fake = FakeMicrosoft(leaks)
    yield fake
    assert fake.unexpected == []


def _prepared_cache(microsoft: FakeMicrosoft, *, now: float | None = None
                    ) -> tuple[str, dict[str, Any]]:
    """An MSAL cache as a sign-in in the tenant leaves it (``add`` is what MSAL itself calls
    with the token endpoint's answer); its text and the tokens in it."""
    response = microsoft.tokens()
    cache = msal.SerializableTokenCache()
    cache.add({"client_id": CLIENT_ID, "scope": list(SCOPES), "token_endpoint": TOKEN_URL,
               "grant_type": "authorization_code", "response": dict(response),
               "params": {}, "data": {}}, now=now)
    text = cache.serialize()
    microsoft.secrets.values.add(text)
    return text, response


def _secrets_in(text: str, kind: str) -> set[str]:
    cache = msal.SerializableTokenCache()
    cache.deserialize(text)
    return {entry["secret"] for entry in cache.search(kind)}


def _auth(microsoft: FakeMicrosoft) -> OutlookAuth:
    return OutlookAuth(SETTINGS, KeychainCache(), http_client=microsoft)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


# --- the keychain cache -------------------------------------------------------------------------
def test_a_6kb_cache_is_chunked_under_the_windows_limit_and_read_back_equal(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    text, _ = _prepared_cache(microsoft)
    assert 5500 < len(text) < 9000
    store = KeychainCache()
    store.save(text)
    assert store.load() == text
    assert all(len(value) <= 1000 for value in keychain.items.values())
    chunks = -(-len(text) // 1000)
    assert keychain.names(SERVICE) == {"cache", *(f"cache.a.{i}" for i in range(chunks))}
    manifest = json.loads(keychain.items[(SERVICE, "cache")])
    assert manifest["chunks"] == chunks and manifest["length"] == len(text)
    assert KeychainCache(chunk_size=1000).load() == text  # a new instance reads it too


def test_a_shorter_cache_after_a_longer_one_leaves_no_stale_chunks(
        keychain: MemoryKeyring) -> None:
    store = KeychainCache()
    store.save("L" * 6500)
    store.save("s" * 1500)
    assert keychain.names(SERVICE) == {"cache", "cache.b.0", "cache.b.1"}
    assert store.load() == "s" * 1500
    store.save("x" * 2500)
    assert keychain.names(SERVICE) == {"cache", "cache.a.0", "cache.a.1", "cache.a.2"}
    assert store.load() == "x" * 2500


def test_leftovers_of_an_interrupted_save_are_removed_by_the_next_one(
        keychain: MemoryKeyring) -> None:
    store = KeychainCache()
    store.save("a" * 1000)  # slot a
    for index in range(5):  # a crashed save into slot b got this far
        keychain.set_password(SERVICE, f"cache.b.{index}", "junk")
    assert store.load() == "a" * 1000  # the manifest still names slot a
    store.save("b" * 2000)
    assert keychain.names(SERVICE) == {"cache", "cache.b.0", "cache.b.1"}
    assert store.load() == "b" * 2000


@pytest.mark.parametrize("damage", ["missing chunk", "changed chunk", "manifest"])
def test_an_incomplete_or_damaged_set_is_none_never_half_a_cache(
        keychain: MemoryKeyring, damage: str) -> None:
    store = KeychainCache()
    store.save("".join(chr(65 + i % 26) for i in range(4321)))
    if damage == "missing chunk":
        keychain.delete_password(SERVICE, "cache.a.2")
    elif damage == "changed chunk":
        keychain.items[(SERVICE, "cache.a.1")] = "Z" * 1000
    else:
        keychain.items[(SERVICE, "cache")] = "{not json"
    assert store.load() is None


def test_clear_removes_every_entry(keychain: MemoryKeyring) -> None:
    store = KeychainCache()
    store.save("c" * 4200)
    keychain.set_password(SERVICE, "cache.b.0", "leftover")
    keychain.set_password("another app", "cache", "theirs")
    store.clear()
    assert keychain.names(SERVICE) == set()
    assert store.load() is None
    assert keychain.items == {("another app", "cache"): "theirs"}
    store.clear()  # nothing there: fine


def test_an_item_over_the_keychain_limit_is_a_clear_error_and_the_old_cache_survives(
        keychain: MemoryKeyring) -> None:
    KeychainCache().save("o" * 3000)
    with pytest.raises(KeychainUnavailable, match="1783"):
        KeychainCache(chunk_size=2000).save("n" * 5000)  # 2,000 > Windows' 1,280
    assert KeychainCache().load() == "o" * 3000


def test_without_a_keychain_every_call_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    _install(monkeypatch, NoKeyring())
    store = KeychainCache()
    for call in (store.load, lambda: store.save("x"), store.clear):
        with pytest.raises(KeychainUnavailable, match="no keychain"):
            call()


# --- settings and environment -------------------------------------------------------------------
def test_scopes_leave_the_reserved_ones_to_msal() -> None:
    assert SCOPES == ["User.Read", "Mail.ReadWrite", "Mail.Send", "Calendars.ReadWrite"]
    assert not {"offline_access", "openid", "profile"} & set(SCOPES)


def test_authority_from_host_and_tenant() -> None:
    assert AuthSettings("id").authority == f"{HOST}/organizations"
    assert AuthSettings("id", tenant=" contoso.onmicrosoft.com ",
                        authority_host="login.microsoftonline.us/").authority == \
        "https://login.microsoftonline.us/contoso.onmicrosoft.com"
    assert SETTINGS.environment == "login.microsoftonline.com"


def test_env_token_and_graph_url_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert env_token() is None
    assert graph_url() == DEFAULT_URL == "https://graph.microsoft.com/v1.0"
    monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", "   ")
    assert env_token() is None
    monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", "  test-bearer \n")
    monkeypatch.setenv("COCKPIT_GRAPH_URL", "http://127.0.0.1:8765/v1.0")
    assert env_token() == "test-bearer"
    assert graph_url() == "http://127.0.0.1:8765/v1.0"


def test_token_provider_prefers_the_env_token(monkeypatch: pytest.MonkeyPatch,
                                              keychain: MemoryKeyring,
                                              microsoft: FakeMicrosoft) -> None:
    auth = _auth(microsoft)
    with pytest.raises(KnownError) as caught:
        token_provider(auth)()
    assert caught.value.code is ErrorCode.SIGN_IN_EXPIRED
    with pytest.raises(KnownError):
        token_provider(None)()
    monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", "from-ci")
    assert token_provider(auth)() == "from-ci"
    assert token_provider(None)() == "from-ci"
    assert microsoft.requests == []  # nobody asked Microsoft


# --- silent tokens and refresh ------------------------------------------------------------------
def test_a_stored_sign_in_serves_tokens_without_the_token_endpoint(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    text, response = _prepared_cache(microsoft)
    KeychainCache().save(text)
    writes = keychain.writes
    auth = _auth(microsoft)
    assert auth.account() == USER
    assert microsoft.requests == []  # account() is read from the cache
    assert auth.token() == response["access_token"]
    assert auth.token() == response["access_token"]
    # the only request: the tenant's OpenID configuration, fetched once when MSAL's app is built
    assert [(m, u) for m, u, _ in microsoft.requests] == [
        ("GET", f"{HOST}/{TENANT}/v2.0/.well-known/openid-configuration")]
    assert keychain.writes == writes  # nothing changed, nothing saved


def test_an_expired_access_token_is_refreshed_and_the_new_cache_stored(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    text, old = _prepared_cache(microsoft, now=time.time() - 7200)  # expired an hour ago
    KeychainCache().save(text)
    issued = microsoft.answer_with_tokens("refresh_token")
    auth = _auth(microsoft)
    assert auth.token() == issued["access_token"]
    [request] = microsoft.posts()
    assert [u for m, u, _ in microsoft.requests if m == "POST"] == [TOKEN_URL]
    assert request["grant_type"] == "refresh_token"
    assert request["refresh_token"] == old["refresh_token"]
    assert request["client_id"] == CLIENT_ID
    assert set(request["scope"].split()) >= set(SCOPES) | {"offline_access"}
    stored = KeychainCache().load()
    assert stored is not None
    microsoft.secrets.values.add(stored)
    assert _secrets_in(stored, "AccessToken") == {issued["access_token"]}
    assert _secrets_in(stored, "RefreshToken") == {issued["refresh_token"]}
    # the next start uses the refreshed token without asking again
    assert _auth(microsoft).token() == issued["access_token"]
    assert len(microsoft.posts()) == 1


def test_a_refused_refresh_means_sign_in_again(keychain: MemoryKeyring,
                                               microsoft: FakeMicrosoft) -> None:
    text, _ = _prepared_cache(microsoft, now=time.time() - 7200)
    KeychainCache().save(text)
    microsoft.token_answer = lambda data: _answer(400, {
        "error": "invalid_grant",
        "error_description": "AADSTS700082: The refresh token has expired due to inactivity.\r\n"
                             "Trace ID: 1"})
    with pytest.raises(KnownError, match="sign in again") as caught:
        _auth(microsoft).token()
    assert caught.value.code is ErrorCode.SIGN_IN_EXPIRED
    assert "AADSTS700082" in caught.value.message


def test_no_network_during_a_refresh_is_offline_not_signed_out(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    text, _ = _prepared_cache(microsoft, now=time.time() - 7200)
    KeychainCache().save(text)
    microsoft.token_answer = requests.ConnectionError("Name or service not known")
    auth = _auth(microsoft)
    with pytest.raises(KnownError) as caught:
        auth.token()
    assert caught.value.code is ErrorCode.OFFLINE
    assert auth.account() == USER  # still signed in


def test_sign_out_clears_the_keychain_and_then_token_asks_to_sign_in(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    text, response = _prepared_cache(microsoft)
    KeychainCache().save(text)
    auth = _auth(microsoft)
    assert auth.token() == response["access_token"]
    auth.sign_out()
    assert keychain.names(SERVICE) == set()
    assert auth.account() is None
    for fresh in (auth, _auth(microsoft)):
        with pytest.raises(KnownError, match="sign in again") as caught:
            fresh.token()
        assert caught.value.code is ErrorCode.SIGN_IN_EXPIRED
    assert microsoft.posts() == []


def test_sign_out_before_any_network_needs_none(keychain: MemoryKeyring,
                                                microsoft: FakeMicrosoft) -> None:
    text, _ = _prepared_cache(microsoft)
    KeychainCache().save(text)
    auth = _auth(microsoft)
    auth.sign_out()
    assert microsoft.requests == [] and keychain.names(SERVICE) == set()


# --- signing in ---------------------------------------------------------------------------------
def test_sign_in_with_a_code(keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    issued = microsoft.answer_with_tokens("urn:ietf:params:oauth:grant-type:device_code")
    shown: list[str] = []
    auth = _auth(microsoft)
    assert auth.sign_in_device_code(shown.append) == USER
    assert shown == [f"To sign in, use a web browser to open the page "
                     f"https://microsoft.com/devicelogin and enter the code "
                     f"{microsoft.user_code} to authenticate."]
    microsoft.secrets.values.add(microsoft.user_code)  # shown to the user, never logged
    start, poll = microsoft.posts()
    assert set(start["scope"].split()) == {*SCOPES, "offline_access", "openid", "profile"}
    assert poll["device_code"] == microsoft.device_code
    assert auth.account() == USER
    assert auth.token() == issued["access_token"]
    assert len(microsoft.posts()) == 2  # the token came from the cache
    assert auth.keychain_error is None
    assert _auth(microsoft).account() == USER  # remembered in the keychain
    stored = KeychainCache().load()
    assert stored is not None
    microsoft.secrets.values.add(stored)


def test_a_cancelled_code_sign_in_stops_polling_and_changes_nothing(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    microsoft.token_answer = lambda data: _answer(400, {"error": "authorization_pending"})
    auth = _auth(microsoft)
    started = time.monotonic()
    with pytest.raises(KnownError, match="cancelled"):
        auth.sign_in_device_code(lambda message: None, cancelled=lambda: True)
    assert time.monotonic() - started < 5
    assert auth.account() is None and keychain.names(SERVICE) == set()


def test_a_code_sign_in_the_tenant_does_not_allow_says_what_to_change(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(url: str, data: Any = None, **kwargs: Any) -> SimpleNamespace:
        return _answer(400, {"error": "invalid_client",
                             "error_description": "AADSTS7000218: The request body must "
                                                  "contain client_assertion."})

    monkeypatch.setattr(microsoft, "post", refuse)
    with pytest.raises(KnownError, match="Allow public client flows") as caught:
        _auth(microsoft).sign_in_device_code(lambda message: None)
    assert caught.value.code is ErrorCode.SIGN_IN_EXPIRED


def test_sign_in_in_the_browser_with_a_loopback_redirect(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msal.oauth2cli.authcode, "_browse", microsoft.browser_that_signs_in)
    issued = microsoft.answer_with_tokens("authorization_code")
    auth = _auth(microsoft)
    assert auth.sign_in_interactive(timeout=20) == USER
    assert microsoft.auth_uri is not None
    query = parse_qs(urlsplit(microsoft.auth_uri).query)
    assert microsoft.auth_uri.startswith(f"{HOST}/{TENANT}/oauth2/v2.0/authorize?")
    assert query["prompt"] == ["select_account"]
    assert query["redirect_uri"][0].startswith("http://localhost:")
    assert query["code_challenge_method"] == ["S256"]
    [exchange] = microsoft.posts()
    assert exchange["grant_type"] == "authorization_code" and "code_verifier" in exchange
    assert auth.token() == issued["access_token"]
    assert _auth(microsoft).account() == USER


def test_a_closed_browser_ends_at_the_timeout_with_a_clear_error(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msal.oauth2cli.authcode, "_browse", microsoft.browser_that_ignores)
    auth = _auth(microsoft)
    started = time.monotonic()
    with pytest.raises(KnownError, match="did not finish within 1 second ") as caught:
        auth.sign_in_interactive(timeout=1)
    assert time.monotonic() - started < 8
    assert caught.value.code is ErrorCode.SIGN_IN_EXPIRED
    assert auth.account() is None and microsoft.posts() == []


def test_cancel_stops_waiting_at_once_and_a_late_answer_changes_nothing(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msal.oauth2cli.authcode, "_browse", microsoft.browser_that_ignores)
    microsoft.answer_with_tokens("authorization_code")
    auth = _auth(microsoft)
    pressed = threading.Event()
    threading.Timer(0.5, pressed.set).start()
    started = time.monotonic()
    with pytest.raises(KnownError, match="cancelled"):
        auth.sign_in_interactive(timeout=60, cancelled=pressed.is_set)
    assert time.monotonic() - started < 3
    # the user finishes in the browser anyway: MSAL's abandoned thread gets its tokens…
    microsoft.answer_redirect()
    deadline = time.monotonic() + 10
    while not microsoft.posts() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert microsoft.posts()
    time.sleep(0.3)
    # …into a cache nobody uses
    assert auth.account() is None
    assert keychain.names(SERVICE) == set()


def test_settings_without_a_client_id_or_with_an_unknown_tenant(
        keychain: MemoryKeyring, microsoft: FakeMicrosoft) -> None:
    for settings, words in ((AuthSettings(client_id=" "), "client"),
                            (AuthSettings(CLIENT_ID, tenant="no-such-tenant.example"),
                             "no-such-tenant.example")):
        auth = OutlookAuth(settings, KeychainCache(), http_client=microsoft)
        with pytest.raises(KnownError, match=words) as caught:
            auth.sign_in_device_code(lambda message: None)
        assert caught.value.code is ErrorCode.VALIDATION


# --- no keychain at all ---------------------------------------------------------------------------
def test_without_a_keychain_sign_in_works_for_the_session_and_nothing_reaches_disk(
        monkeypatch: pytest.MonkeyPatch, microsoft: FakeMicrosoft, home: Path) -> None:
    _install(monkeypatch, NoKeyring())
    auth = _auth(microsoft)
    assert auth.account() is None
    with pytest.raises(KnownError, match="keychain") as caught:
        auth.token()
    assert caught.value.code is KEYCHAIN_UNAVAILABLE
    assert KEYCHAIN_UNAVAILABLE is getattr(ErrorCode, "KEYCHAIN_UNAVAILABLE",
                                           ErrorCode.SIGN_IN_EXPIRED)
    issued = microsoft.answer_with_tokens("urn:ietf:params:oauth:grant-type:device_code")
    assert auth.sign_in_device_code(lambda message: None) == USER
    assert auth.token() == issued["access_token"]  # for this session
    problem = auth.keychain_error
    assert problem is not None and problem.code is KEYCHAIN_UNAVAILABLE
    assert "no keychain" in problem.message
    assert _auth(microsoft).account() is None  # not remembered
    auth.sign_out()
    assert auth.account() is None
    assert _files_under(home) == []
