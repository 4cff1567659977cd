"""No token, refresh token, sign-in code or token cache ever reaches a file the app writes.

The real window signs in with a code (MSAL against a fake Microsoft, the cache in an in-memory
keychain), syncs through the fake Graph server with the signed-in token, syncs again with a
``COCKPIT_GRAPH_TOKEN``, meets an outage and an expired token, signs out and closes; then the
database (with its WAL files), the settings file and the log files are searched for every
secret that went by."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from PySide6.QtCore import QSettings

import ui.logging_setup
from cockpit.connectors.outlook.account import OutlookAccount
from cockpit.connectors.outlook.auth import AuthSettings, OutlookAuth
from cockpit.connectors.outlook.token_cache import KeychainCache
from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import log_dir
from cockpit.services import messages
from cockpit.store.store import Store
from tests.connectors.outlook.fake_graph import FakeGraph
from tests.ui.fakes import FakePrompts
from tests.unit.connectors.outlook.keyring_fake import WINDOWS_ITEM_CHARS, MemoryKeyring
from tests.unit.connectors.outlook.test_auth import CLIENT_ID, TENANT, FakeMicrosoft, Secrets
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.sync.sign_in_dialog import SignInDialog
from ui.tasks import SyncTaskRunner

ENV_TOKEN = "env-bearer-3e8d5a1f9c2b7e60-do-not-write"
RUN_MS = 30000


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                 "XDG_STATE_HOME"):
        folder = root / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    for name in ("COCKPIT_GRAPH_TOKEN", "COCKPIT_CLIENT_ID", "COCKPIT_TENANT"):
        monkeypatch.delenv(name, raising=False)
    return root


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring(max_chars=WINDOWS_ITEM_CHARS)
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def app_log(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's own log set-up (its file in the data folder), at DEBUG to be strict; Qt's
    messages stay with pytest-qt."""
    import logging

    monkeypatch.setattr(ui.logging_setup, "qInstallMessageHandler", lambda handler: None)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    path = ui.logging_setup.setup_logging(log_dir())
    assert path is not None and home in path.parents
    root.setLevel(logging.DEBUG)
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def _queue_a_draft(store: Store) -> None:
    for row in messages.list_messages(store):
        if row.state is MessageState.DRAFT:
            try:
                messages.mark_ready(store, row.id)
                return
            except KnownError:
                continue
    raise AssertionError("no draft to queue")


def test_no_secret_reaches_the_database_settings_or_logs(
        qtbot, home: Path, keychain: MemoryKeyring, app_log: Path, demo_store: Store,
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = Secrets()
    microsoft = FakeMicrosoft(found)
    settings_file = home / "xdg_config_home" / "PM Cockpit" / "cockpit.ini"
    demo_store.dispose()
    with FakeGraph(token="not-yet") as graph:
        monkeypatch.setenv("COCKPIT_GRAPH_URL", graph.url)
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        settings.outlook_client_id, settings.outlook_tenant = CLIENT_ID, TENANT
        prompts = FakePrompts()
        window = MainWindow(AppContext(SyncTaskRunner(), prompts, settings))  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.open_store(str(db_path))
        qtbot.waitUntil(lambda: window.sync_ctl is not None, timeout=10000)
        ctl = window.sync_ctl
        with qtbot.waitSignal(ctl.status_shown, timeout=RUN_MS):
            pass  # not signed in: nothing runs
        auth = OutlookAuth(AuthSettings(CLIENT_ID, TENANT), KeychainCache(),
                           http_client=microsoft)
        ctl.account = OutlookAccount(CLIENT_ID, TENANT, auth=auth)

        # sign in with a code; the token Microsoft issues is the one the fake Graph accepts
        issued = microsoft.answer_with_tokens("urn:ietf:params:oauth:grant-type:device_code")
        answer = microsoft.token_answer

        def token_endpoint(data):  # type: ignore[no-untyped-def]
            response = answer(data)
            graph.token = issued["access_token"]
            return response

        microsoft.token_answer = token_endpoint
        found.values.add(microsoft.user_code)
        window.actions_.sign_in.trigger()
        dialog = ctl.sign_in_dialog
        assert isinstance(dialog, SignInDialog)
        with qtbot.waitSignal(ctl.synced, timeout=RUN_MS) as run:
            dialog.sign_in_code()
        assert run.args[0].result.error is None and run.args[0].result.push.sent
        assert ctl.widget.account.text() == "pat.manager@contoso.example"
        stored = KeychainCache().load()
        assert stored  # the cache is in the keychain, and only there
        found.values.add(stored)

        # a run that meets an outage and one with an expired token: both are logged
        _queue_a_draft(window.store)
        graph.fail_next("POST", r"^/me/messages$", 503, retry_after=0, times=5)
        with qtbot.waitSignal(ctl.synced, timeout=RUN_MS) as run:
            window.actions_.sync_now.trigger()
        graph.token = "another-one"
        with qtbot.waitSignal(ctl.synced, timeout=RUN_MS) as run:
            window.actions_.sync_now.trigger()
        assert run.args[0].result.error.code is ErrorCode.SIGN_IN_EXPIRED

        # a token from the environment
        found.values.add(ENV_TOKEN)
        monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", ENV_TOKEN)
        graph.token = ENV_TOKEN
        with qtbot.waitSignal(ctl.synced, timeout=RUN_MS) as run:
            window.actions_.sync_now.trigger()
        assert run.args[0].result.error is None
        assert graph.sent_count() >= 2

        monkeypatch.delenv("COCKPIT_GRAPH_TOKEN")
        prompts.confirm_answers = [True]
        window.actions_.sign_out.trigger()
        qtbot.waitUntil(lambda: keychain.items == {}, timeout=5000)
        window.close()
    assert microsoft.unexpected == []

    files = [db_path, *db_path.parent.glob(f"{db_path.name}-*"), settings_file,
             *[p for p in home.rglob("*") if p.is_file()]]
    log_text = app_log.read_text(encoding="utf-8")
    assert "signed in to Outlook as pat.manager@contoso.example" in log_text
    assert "sync stopped: sign_in_expired" in log_text  # the scan is not of empty files
    assert settings_file.read_text(encoding="utf-8").count(CLIENT_ID) == 1
    secrets = {issued["access_token"], issued["refresh_token"], issued["id_token"],
               microsoft.device_code, *found.values}
    for path in set(files):
        data = path.read_bytes()
        for secret in secrets:
            for fragment in {secret, secret[:40], secret[-40:]}:
                assert fragment.encode() not in data, f"a secret is in {path}"
