"""Hand-written fakes implementing the UI's real interfaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.prompts import UnsavedChoice


class FakePrompts:
    """Answers the questions ``Prompts`` would ask, and records them."""

    def __init__(self) -> None:
        self.unsaved_answers: list[UnsavedChoice] = []
        self.delete_answers: list[bool] = []
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.next_path: Path | None = None

    def ask_unsaved(self, parent: QWidget, project: str) -> UnsavedChoice:
        self.asked.append(("unsaved", project))
        # unscripted (e.g. the window closed by the test teardown): like "Don't save".
        # Raising here would escape closeEvent and take the interpreter down with it.
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.DISCARD

    def confirm_delete(self, parent: QWidget, project: str) -> bool:
        self.asked.append(("delete", project))
        return self.delete_answers.pop(0)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append(text)

    def save_file(self, parent: QWidget, title: str, name: str, filter_: str) -> Path | None:
        return self.next_path

    def open_file(self, parent: QWidget, title: str, filter_: str) -> Path | None:
        return self.next_path
