"""What each register page's controller shares: its project, loading its rows off the GUI
thread when the project is shown or its registers change (the one change signal), the
project's people for the dialogs, and selecting what a step just wrote once the list shows
it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from cockpit.domain.enums import Side
from ui.controller import Controller

if TYPE_CHECKING:
    from cockpit.changes import Changes
    from ui.context import AppContext
    from ui.passport.editor import PassportEditor


def passport_people(passport: Any, side: Side | None = None) -> list[tuple[str, str]]:
    """(label, person id) of the passport's people (of ``side``), each once, for a dialog."""
    seen: dict[str, tuple[str, str]] = {}
    for m in passport.members if passport else []:
        if side is None or m.side is side:
            seen.setdefault(m.person_id, (f"{m.name} — {m.role}" if m.role else m.name,
                                          m.person_id))
    return list(seen.values())


class PageController(Controller):
    def __init__(self, ctx: AppContext, editor: PassportEditor, page: Any,
                 parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor = editor
        self.tab = editor.registers
        self.page = page
        self.data: Any = None
        self.select_next: str | None = None
        self.tab.project_shown.connect(self.refresh)
        ctx.changed.connect(self._on_changed)

    # --- what a page says -------------------------------------------------------------
    def load(self, store: Any, project_id: str, today: date) -> Any:
        raise NotImplementedError

    def show(self, data: Any) -> None:
        raise NotImplementedError

    def rows(self) -> list[Any]:
        return list(getattr(self.data, "rows", []) or [])

    # --- shared -----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        project_id = self.tab.project_id
        if changes.register(project_id) or changes.messages or changes.project(project_id):
            self.refresh()  # a step here, a message sent about an entry, the people

    def refresh(self, project_id: str | None = None) -> None:
        project_id = project_id or self.tab.project_id
        store = self.store
        if project_id is None or store is None:
            return
        today = date.today()

        def shown(data: Any) -> None:
            if self.tab.project_id == project_id:
                self.data = data
                self.show(data)
                if self.select_next is not None:
                    self.page.select(self.select_next)
                    self.select_next = None

        self._run(lambda: self.load(store, project_id, today), shown)

    def reveal(self, entry_id: str | None) -> None:
        """Today opened an entry: its page, the entry selected once the page has it."""
        self.tab.pages.setCurrentWidget(self.page)
        if not entry_id:
            return
        if any(getattr(r, "id", None) == entry_id for r in self.rows()):
            self.page.select(entry_id)
        else:
            self.select_next = entry_id

    def people(self, side: Side | None = None) -> list[tuple[str, str]]:
        return passport_people(self.editor.passport, side)

    def find(self, entry_id: str) -> Any:
        return next((r for r in self.rows() if getattr(r, "id", None) == entry_id), None)

    def done(self, message: str) -> Callable[[Any], None]:
        def shown(row: Any) -> None:
            self.ctx.status(message, 8000)
            entry = getattr(row, "id", None)
            if entry is not None:
                self.select_next = entry  # the refresh that follows the change shows it
        return shown
