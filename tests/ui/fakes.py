"""Hand-written fakes implementing the UI's real interfaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.widgets.prompts import UnsavedChoice


class FakePrompts:
    """Answers the questions ``Prompts`` would ask, and records them."""

    def __init__(self) -> None:
        self.unsaved_answers: list[UnsavedChoice] = []
        self.delete_answers: list[bool] = []
        self.confirm_answers: list[bool] = []
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.next_path: Path | None = None
        self.choices: list[str | None] = []  # answers to ``choose``; unscripted: the preset

    def ask_unsaved(self, parent: QWidget | None, project: str) -> UnsavedChoice:
        self.asked.append(("unsaved", project))
        # unscripted (e.g. the window closed by the test teardown): like "Don't save".
        # Raising here would escape closeEvent and take the interpreter down with it.
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.DISCARD

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def confirm_delete(self, parent: QWidget | None, project: str) -> bool:
        self.asked.append(("delete", project))
        return self.delete_answers.pop(0)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append(text)

    def save_file(self, parent: QWidget | None, title: str, name: str, filter_: str) -> Path | None:
        return self.next_path

    def open_file(self, parent: QWidget | None, title: str, filter_: str) -> Path | None:
        return self.next_path

    def choose(self, parent: QWidget | None, title: str, text: str, items: list[str],
               current: int = 0) -> str | None:
        self.asked.append(("choose", text))
        return self.choices.pop(0) if self.choices else items[current]


class ManualTaskRunner:
    """Keeps submitted work until the test runs it, to look at the window in between."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            busy_changed = Signal(bool)

        self._signals = _Signals()
        self.busy_changed = self._signals.busy_changed
        self.jobs: list[tuple[object, object, object]] = []

    def run(self, work, on_success, on_failure) -> None:  # type: ignore[no-untyped-def]
        self.jobs.append((work, on_success, on_failure))

    def run_next(self) -> None:
        work, on_success, on_failure = self.jobs.pop(0)
        try:
            result = work()  # type: ignore[operator]
        except BaseException as exc:
            on_failure(exc)  # type: ignore[operator]
        else:
            on_success(result)  # type: ignore[operator]

    def wait(self, msecs: int = 0) -> bool:
        return True
