"""The Registers tab's controllers, one per page, composed here; what a page asks to write
(a notice, a confirmation) goes out as ``compose_requested`` for the messages controller —
the features are wired together where the window composes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cockpit.domain.enums import MessageKind
from cockpit.messages.sources import Source
from ui.controller import Controller
from ui.registers.change_requests_controller import ChangeRequestsController
from ui.registers.decisions_controller import DecisionsController
from ui.registers.page_controller import PageController
from ui.registers.problems_controller import ProblemsController
from ui.registers.questions_controller import QuestionsController
from ui.registers.red_flags_controller import RedFlagsController

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.passport.editor import PassportEditor


class RegistersController(Controller):
    compose_requested = Signal(object, object)  # MessageKind, Source

    def __init__(self, ctx: AppContext, editor: PassportEditor,
                 parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        tab = editor.registers
        self.flags = RedFlagsController(ctx, editor, tab.flags, self)
        self.problems = ProblemsController(ctx, editor, tab.problems, self)
        self.changes = ChangeRequestsController(ctx, editor, tab.changes, self)
        self.decisions = DecisionsController(ctx, editor, tab.decisions, self)
        self.questions = QuestionsController(ctx, editor, tab.questions, self)
        self.pages: dict[str, PageController] = {
            "red_flag": self.flags, "problem": self.problems, "change_request": self.changes,
            "decision": self.decisions, "question": self.questions}
        for page in self.pages.values():
            page.attach()  # type: ignore[attr-defined]
        self.flags.notice_wanted.connect(
            lambda pid, fid: self._compose(MessageKind.ESCALATION_NOTICE,
                                           Source(pid, red_flag_id=fid)))
        self.problems.compose_wanted.connect(
            lambda kind, pid, problem_id: self._compose(MessageKind(kind),
                                                        Source(pid, problem_id=problem_id)))
        self.decisions.confirm_wanted.connect(
            lambda pid, did: self._compose(MessageKind.DECISION, Source(pid, decision_id=did)))
        tab.changes.team_requested.connect(
            lambda cid: self._compose(MessageKind.TEAM_NOTICE,
                                      Source(tab.project_id or "", change_request_id=cid)))

    def _compose(self, kind: MessageKind, source: Source) -> None:
        if source.project_id:
            self.compose_requested.emit(kind, source)

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()

    def show_entry(self, register: str | None, entry_id: str | None) -> None:
        """Today opened an entry of a register: its page, the entry selected."""
        page = self.pages.get(register or "")
        if page is not None:
            page.reveal(entry_id)
