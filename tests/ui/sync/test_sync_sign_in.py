"""Signing in to Outlook on real widgets: the browser sign-in runs off the GUI thread and
*Cancel* really stops it, a timeout says what to do, the code sign-in shows its code; the
Outlook settings are validated where they are typed and kept in the settings file."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from cockpit.errors import ErrorCode, KnownError
from cockpit.store.store import Store
from ui.main_window import MainWindow
from ui.sync.outlook_settings_dialog import OutlookSettingsDialog
from ui.sync.sign_in_dialog import SignInDialog
from ui.tasks import TaskRunner

CLIENT_ID = "0b5f2f5e-6a51-4d7c-9d1a-3c8f6f1e2a77"
TENANT = "8f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"
USER = "pat.manager@contoso.example"
CODE_TEXT = ("To sign in, use a web browser to open the page https://microsoft.com/devicelogin "
             "and enter the code QX7L-9F2A to authenticate.")


class BlockingAccount:
    """Signs in only when told to (``finish``); until then it waits for ``cancelled()`` —
    on the worker thread, as MSAL does — and then raises what the real sign-in raises."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.stopped = threading.Event()
        self.finish = threading.Event()
        self.threads: list[str] = []
        self.timeouts: list[float] = []

    def _wait(self, cancelled: Callable[[], bool]) -> str:
        self.threads.append(threading.current_thread().name)
        self.started.set()
        while not cancelled():
            if self.finish.wait(0.05):
                return USER
        self.stopped.set()
        raise KnownError(ErrorCode.SIGN_IN_EXPIRED, "Sign-in cancelled.")

    def sign_in_interactive(self, timeout: float = 300,
                            cancelled: Callable[[], bool] = lambda: False) -> str:
        self.timeouts.append(timeout)
        return self._wait(cancelled)

    def sign_in_device_code(self, show: Callable[[str], None],
                            cancelled: Callable[[], bool] = lambda: False) -> str:
        show(CODE_TEXT)
        return self._wait(cancelled)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture
def account() -> Iterator[BlockingAccount]:
    fake = BlockingAccount()
    yield fake
    fake.finish.set()  # nothing left waiting, whatever the test did


def _dialog(qtbot, account: BlockingAccount, runner: TaskRunner,  # type: ignore[no-untyped-def]
            **options: float) -> SignInDialog:
    dialog = SignInDialog(account, runner, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_browser_sign_in_waits_off_the_gui_thread_and_cancel_stops_it(
        qtbot, account: BlockingAccount, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, account, runner)
    qtbot.mouseClick(dialog.browser_button, Qt.MouseButton.LeftButton)
    assert account.started.wait(5)
    assert account.threads != [threading.current_thread().name]  # a worker thread
    assert dialog.busy and not dialog.progress.isHidden()
    assert "Waiting for you to sign in in the browser" in dialog.state.text()
    assert not dialog.browser_button.isEnabled() and not dialog.code_button.isEnabled()
    assert account.timeouts == [300 + 30]  # the dialog's own timer comes first
    qtbot.wait(200)  # the GUI keeps running meanwhile
    assert not account.stopped.is_set()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=3000)
    assert account.stopped.is_set()
    assert dialog.isVisible() and dialog.state.text() == "Sign-in cancelled."
    assert dialog.problem.isHidden() and dialog.browser_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # now: close
    assert not dialog.isVisible()


def test_closing_the_dialog_while_waiting_cancels_first(qtbot, account: BlockingAccount,
                                                         runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, account, runner)
    dialog.sign_in_browser()
    assert account.started.wait(5)
    dialog.reject()  # Esc
    assert dialog.isVisible()  # stays until the sign-in has stopped
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert account.stopped.is_set() and dialog.user is None


def test_a_browser_sign_in_that_never_finishes_times_out_with_a_clear_message(
        qtbot, account: BlockingAccount, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, account, runner, timeout_s=0.3)
    dialog.sign_in_browser()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert account.stopped.is_set()
    assert not dialog.problem.isHidden()
    assert dialog.problem.text().startswith("The sign-in did not finish within 1 minute.")
    assert "use a code instead" in dialog.problem.text()


def test_code_sign_in_shows_the_code_and_signs_in(qtbot, account: BlockingAccount,
                                                   runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, account, runner)
    users: list[str] = []
    dialog.signed_in.connect(users.append)
    qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.code.isHidden(), timeout=3000)
    assert dialog.code.toPlainText() == CODE_TEXT and "QX7L-9F2A" in dialog.code.toPlainText()
    assert dialog.state.text().startswith("Enter the code below on any device")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        account.finish.set()
    assert users == [USER] and dialog.user == USER


def test_code_sign_in_can_be_cancelled(qtbot, account: BlockingAccount,
                                       runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, account, runner)
    dialog.sign_in_code()
    qtbot.waitUntil(lambda: not dialog.code.isHidden(), timeout=3000)
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=3000)
    assert account.stopped.is_set() and dialog.code.isHidden()
    assert dialog.state.text() == "Sign-in cancelled."


def test_a_refused_sign_in_says_why(qtbot, runner: TaskRunner) -> None:
    class Refusing(BlockingAccount):
        def sign_in_interactive(self, timeout: float = 300,
                                cancelled: Callable[[], bool] = lambda: False) -> str:
            raise KnownError(ErrorCode.SIGN_IN_EXPIRED, "Microsoft refused the sign-in "
                             "(invalid_client). Check the app registration.")

    dialog = _dialog(qtbot, Refusing(), runner)
    dialog.sign_in_browser()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=3000)
    assert dialog.problem.text().startswith("The sign-in did not complete.")
    assert "invalid_client" in dialog.problem.text() and dialog.isVisible()


# --- the settings dialog --------------------------------------------------------------------------
def _save_button(dialog: OutlookSettingsDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.mark.parametrize(("client_id", "tenant", "ok"), [
    (CLIENT_ID, TENANT, True),
    (CLIENT_ID.upper(), "contoso.onmicrosoft.com", True),
    (CLIENT_ID, "organizations", True),
    (CLIENT_ID, "common", True),
    (CLIENT_ID, "", True),  # the default: organizations
    ("", "", True),  # no app registration (yet)
    ("0b5f2f5e6a514d7c9d1a3c8f6f1e2a77", TENANT, False),  # no dashes
    ("0b5f2f5e-6a51-4d7c-9d1a-3c8f6f1e2a7", TENANT, False),  # one digit short
    ("pm-cockpit", TENANT, False),
    (CLIENT_ID, "contoso", False),  # not a domain
    (CLIENT_ID, "https://login.microsoftonline.com/contoso.com", False),
    (CLIENT_ID, "contoso .com", False),
])
def test_settings_are_validated_where_they_are_typed(qtbot, client_id: str, tenant: str,
                                                     ok: bool) -> None:
    dialog = OutlookSettingsDialog("", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.client_id.setText(client_id)
    dialog.tenant.setText(tenant)
    assert _save_button(dialog).isEnabled() is ok
    problems = [label for label in (dialog.client_id_problem, dialog.tenant_problem)
                if not label.isHidden()]
    assert bool(problems) is not ok
    if not ok:
        assert problems[0].text()  # says what is expected


def test_settings_are_kept_in_the_settings_file_and_used_for_the_sign_in(
        qtbot, make_window: Callable[[Path], MainWindow], store: Store, db_path: Path,
        settings_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COCKPIT_GRAPH_TOKEN", raising=False)
    monkeypatch.delenv("COCKPIT_CLIENT_ID", raising=False)
    store.dispose()
    window = make_window(db_path)
    ctl = window.sync_ctl
    assert ctl is not None and not ctl.account.configured
    window.actions_.outlook_settings.trigger()
    dialog = ctl.settings_dialog
    assert isinstance(dialog, OutlookSettingsDialog) and dialog.isVisible()
    dialog.client_id.setText("not-a-guid")
    assert not _save_button(dialog).isEnabled()
    dialog.client_id.setText(f"  {CLIENT_ID} ")
    dialog.tenant.setText("contoso.onmicrosoft.com")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.ctx.settings.outlook_client_id == CLIENT_ID
    assert window.ctx.settings.outlook_tenant == "contoso.onmicrosoft.com"
    stored = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert stored.value("outlook/client_id") == CLIENT_ID
    assert ctl.account.client_id == CLIENT_ID
    assert ctl.account.tenant == "contoso.onmicrosoft.com"
    window.actions_.outlook_settings.trigger()  # shown again with what was saved
    again = ctl.settings_dialog
    assert again.client_id.text() == CLIENT_ID
    again.reject()


def test_sign_in_without_an_app_registration_opens_the_settings_first(
        qtbot, make_window: Callable[[Path], MainWindow], store: Store, db_path: Path,
        prompts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COCKPIT_GRAPH_TOKEN", raising=False)
    monkeypatch.delenv("COCKPIT_CLIENT_ID", raising=False)
    store.dispose()
    window = make_window(db_path)
    ctl = window.sync_ctl
    window.actions_.sign_in.trigger()
    assert prompts.infos and "app registration" in prompts.infos[-1]
    settings = ctl.settings_dialog
    assert settings is not None and settings.isVisible()
    settings.client_id.setText(CLIENT_ID)
    settings.accept()
    dialog = ctl.sign_in_dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.account is ctl.account and ctl.account.client_id == CLIENT_ID
    dialog.reject()
    qtbot.waitUntil(lambda: ctl.sign_in_dialog is None, timeout=2000)
