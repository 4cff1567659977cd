"""Red flags (PRODUCT.md §5): every customer complaint or escalation, who has it now on the
escalation path and when it moves up (the customer's time), with its history below. The
buttons offer what the selected flag allows: a note, the answer given to the customer,
escalating it now, the notice to its level's people, resolving or reopening it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from cockpit.domain.enums import EscalationLevel
from cockpit.domain.red_flags import FlagEventKind
from ui.labels import label
from ui.registers.page_base import RegisterPage
from ui.registers.red_flag_model import RedFlagModel

if TYPE_CHECKING:
    from cockpit.services.red_flags import Flag


class RedFlagPage(RegisterPage):
    edit_requested = Signal(str)
    step_requested = Signal(str, str)  # flag id, step: note, answer, escalate, resolve, reopen
    notice_requested = Signal(str)  # write the escalation notice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RedFlagModel(), {0: 60, 1: 260, 2: 80, 3: 170, 4: 130, 5: 130, 6: 130,
                                          7: 110}, self.tr(
            "No red flags. When a customer complains — in a call, a meeting or a mail — press "
            "“New red flag…”: it starts with the project manager and moves up the escalation "
            "path by itself when its level's time runs out."), parent,
            details_hint=self.tr("Select a red flag to see its history."))
        self.model.setParent(self)
        assert self.details is not None
        self.history = self.details
        self.all_rows: list[Flag] = []
        self.zone = "UTC"
        self.show_resolved = QCheckBox(self.tr("Show resolved"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add_buttons((("new", self.tr("&New red flag…")), ("edit", self.tr("&Edit…")),
                          ("answer", self.tr("Record the &answer…")),
                          ("note", self.tr("Add a n&ote…")),
                          ("escalate", self.tr("Escalate &now…")),
                          ("notice", self.tr("Write the escalation &notice…")),
                          ("resolve", self.tr("Re&solve…")), ("reopen", self.tr("Reopen…"))))
        self.buttons["notice"].setToolTip(self.tr(
            "Tell the people of the flag's level (the People tab's escalation levels) what it "
            "is and what has been done"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_resolved)
        self.lay_out(top)
        self.buttons["edit"].clicked.connect(lambda: self.emit_selected(self.edit_requested))
        self.buttons["notice"].clicked.connect(
            lambda: self.emit_selected(self.notice_requested))
        for step in ("answer", "note", "escalate", "resolve", "reopen"):
            self.buttons[step].clicked.connect(lambda _c=False, s=step: self._step(s))
        self.show_resolved.toggled.connect(lambda _on: self._show())
        self.set_enabled_project(False)

    def activated(self) -> None:
        self.emit_selected(self.edit_requested)

    def _step(self, step: str) -> None:
        selected = self.selected()
        if selected is not None:
            self.step_requested.emit(selected.id, step)

    def select(self, flag_id: str, *, reveal: bool = True) -> None:
        """``reveal``: a resolved flag asked for (Today, a step just made) is shown."""
        if reveal and self.model.row_of(flag_id) is None \
                and any(f.id == flag_id for f in self.all_rows):
            self.show_resolved.setChecked(True)
        super().select(flag_id)

    def set_flags(self, rows: list[Flag], zone: str) -> None:
        self.all_rows, self.zone = rows, zone
        self._show()

    def set_rows(self, rows: list[Any]) -> None:
        self.set_flags(rows, self.zone)

    def _show(self) -> None:
        selected = self.selected()
        shown = [f for f in self.all_rows if f.is_open or self.show_resolved.isChecked()]
        self.model.set_flags(shown, self.zone)
        self.empty.setVisible(not self.all_rows)
        open_flags = [f for f in self.all_rows if f.is_open]
        self.summary.setText(self.tr("%n open", "", len(open_flags)) if self.all_rows else "")
        if selected is not None:
            self.select(selected.id, reveal=False)
        self.update_buttons()

    def update_buttons(self) -> None:
        flag = self.selected()
        is_open = flag is not None and flag.is_open
        for key in ("edit", "answer", "note", "resolve"):
            self.buttons[key].setEnabled(is_open or (key == "note" and flag is not None))
        self.buttons["escalate"].setEnabled(is_open and flag is not None
                                            and flag.level is not EscalationLevel.EXECUTIVE)
        self.buttons["notice"].setEnabled(is_open and flag is not None and bool(flag.people))
        self.buttons["reopen"].setEnabled(flag is not None and not flag.is_open)
        self.history.setPlainText(self._history(flag) if flag else "")

    def _history(self, flag: Flag) -> str:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(self.zone)
        lines = [f"{flag.key} {flag.title}"]
        if flag.description:
            lines.append(flag.description)
        if flag.next_move is not None:
            lines.append(self.tr("With %1 until %2, then %3").replace(
                "%1", label(flag.level)).replace(
                "%2", flag.next_move.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")).replace(
                "%3", label(flag.next_move.to_level)))
        if flag.people:
            lines.append(self.tr("People at this level: %1").replace(
                "%1", ", ".join(p.address() for p in flag.people)))
        if flag.root_cause:
            lines.append(self.tr("Root cause: %1").replace("%1", flag.root_cause))
        if flag.retrospective:
            lines.append(self.tr("Retrospective: %1").replace("%1", flag.retrospective))
        lines.append("")
        for event in flag.events:
            when = event.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            if event.kind is FlagEventKind.RAISED:
                lines.append(f"{when}  " + self.tr("raised by %1, recorded by %2").replace(
                    "%1", event.text or "—").replace("%2", event.by or "—"))
                continue
            who = f" — {event.by}" if event.by else ""
            text = f": {event.text}" if event.text else ""
            lines.append(f"{when}  {label(event.kind)} ({label(event.level)}){who}{text}")
        for move in flag.pending:
            when = move.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            lines.append(f"{when}  {self.tr('moved up by the clock')} → {label(move.to_level)}")
        return "\n".join(lines)
