"""What the user sees when the store cannot be opened, and the Japanese UI."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale

from tests.ui.helpers import visible_codes
from ui import i18n

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_damaged_file_gives_a_clear_message_and_is_not_touched(
        make_window, prompts, tmp_path: Path) -> None:
    path = tmp_path / "cockpit.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13garbage" * 500)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window = make_window(path)
    assert window.store is None
    assert len(prompts.errors) == 1
    assert "damaged" in prompts.errors[0] and "not changed" in prompts.errors[0]
    # said once, in the dialog; the window names the way out
    assert window.list_panel.placeholder.text() == "No project store is open."
    assert "damaged" not in window.editor.empty.text()
    assert "File → Open store…" in window.editor.empty.text()
    assert window.actions_.open_store.isEnabled()
    assert not window.actions_.new_project.isEnabled()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_newer_database_is_refused_and_left_alone(make_window, prompts, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    window = make_window(db_path)
    assert window.store is None
    assert "newer version" in prompts.errors[0]
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert not (db_path.parent / "backups").exists()


def test_empty_store_shows_how_to_start(make_window, db_path: Path) -> None:
    window = make_window(db_path)
    assert visible_codes(window) == []
    assert "Ctrl+N" in window.list_panel.placeholder.text()
    assert "Ctrl+N" in window.editor.empty.text()


def test_language_choice() -> None:
    assert i18n.choose_language("ja") == "ja"
    assert i18n.choose_language("ja_JP") == "ja"
    assert i18n.choose_language("en") == "en"
    assert i18n.choose_language("fr") == "en"  # not shipped: English


def test_japanese_ui_is_translated(qapp, make_window, db_path: Path) -> None:
    translators = i18n.install(qapp, "ja")
    try:
        assert translators, "cockpit_ja.qm did not load"
        window = make_window(db_path)
        window.actions_.new_project.trigger()
        texts = [window.actions_.save.text(), window.actions_.new_project.text(),
                 window.editor.tabs.tabText(1), window.list_panel.filter.placeholderText(),
                 window.list_panel.show_archived.text()]
        assert all(CJK.search(t) for t in texts), texts
        assert "&" in window.actions_.save.text()  # keyboard shortcut letter kept
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_every_known_error_has_a_message_for_the_user() -> None:
    from cockpit.errors import ErrorCode
    from ui.labels import error_text

    for code in ErrorCode:
        text = error_text(code, "detail")
        assert text.endswith("detail") and len(text) > len("detail") + 20, code


def test_unattended_runs_never_wait_for_an_answer(qapp, capsys) -> None:
    from ui.widgets.prompts import HeadlessPrompts, UnsavedChoice

    prompts = HeadlessPrompts()
    assert prompts.confirm(None, "Cancel the series", "Cancel it?", "Cancel") is False
    assert prompts.confirm_delete(None, "JP-104") is False
    assert prompts.ask_unsaved(None, "JP-104") is UnsavedChoice.CANCEL
    assert "not confirmed" in capsys.readouterr().err
