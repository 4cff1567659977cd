"""Edit the agenda templates: the shipped default per meeting type and the PM's own.

The preview renders the template against a sample project ~300 ms after typing stops; timed
items ("… (10 min)") are added up against the meeting's length; a mistake in the template is
shown under the text with its line, never as a crash.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cockpit.agenda.context import ITEM_LISTS
from cockpit.domain.meetings import AgendaTemplateData, SeriesType, TemplateIssue
from cockpit.errors import KnownError
from ui.labels import error_text, label
from ui.meetings import ops

if TYPE_CHECKING:
    from ui.context import AppContext

PREVIEW_DELAY_MS = 300
# the governance model's usual lengths (cockpit.services.meetings.GOVERNANCE)
USUAL_MINUTES = {SeriesType.WEEKLY_STATUS: 45, SeriesType.BIWEEKLY_STATUS: 60,
                 SeriesType.EXECUTIVE_REVIEW: 60, SeriesType.OTHER: 60}
ERROR_COLOR = "#b00020"
TEMPLATE_ID = Qt.ItemDataRole.UserRole


class AgendaTemplateEditor(QDialog):
    """``ctx``: the app context (its store is only handed to ops, on its worker)."""

    template_saved = Signal(str)  # template id
    template_deleted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.store = ctx, ctx.open_store()
        self.templates: list[AgendaTemplateData] = []
        self.current: AgendaTemplateData | None = None  # as stored (or the new draft)
        self.is_new = False
        self._generation = 0  # previews arriving after a newer request are dropped
        self._showing = False
        self.confirm_discard = self._ask_discard  # tests replace the questions
        self.confirm_delete = self._ask_delete
        self.setWindowTitle(self._title())
        self.resize(1280, 740)
        self._build()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self._connect()
        self._show(None)
        self.reload()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setMinimumWidth(240)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self._list_title(), left))
        left_box.addWidget(self.list, 1)
        left_box.addLayout(list_buttons)

        right = QWidget(self)
        self.name = QLineEdit(right)
        self.type_combo = QComboBox(right)
        for kind in self.kinds():
            self.type_combo.addItem(label(kind), kind.value)
        self.minutes = QSpinBox(right)
        self.minutes.setRange(5, 12 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("The meeting's length the timed items are compared "
                                        "with in this preview; each series has its own."))
        self.body = QPlainTextEdit(right)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.body.setFont(fixed)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.body.setTabChangesFocus(True)
        self.preview = self._make_preview(right)
        self.timing = QLabel(right)
        self.timing.setWordWrap(True)
        self.problem = QLabel(right)
        self.problem.setObjectName("inlineMessage")
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help = QLabel(self._help_text(), right)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_combo, 1)
        type_row.addSpacing(12)
        minutes_label = QLabel(self.tr("Pre&view for a meeting of:"), right)
        minutes_label.setBuddy(self.minutes)
        type_row.addWidget(minutes_label)
        type_row.addWidget(self.minutes)
        self.minutes_label = minutes_label
        type_label = QLabel(self._kind_label(), right)
        type_label.setBuddy(self.type_combo)
        form.addRow(type_label, type_row)
        self._add_rows(form, right)

        texts = QSplitter(Qt.Orientation.Horizontal, right)
        texts.setChildrenCollapsible(False)
        for title, edit in ((self.tr("Template:"), self.body),
                            (self._preview_title(), self.preview)):
            pane = QWidget(texts)
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            if edit is self.body:
                box.addLayout(self._insert_row(title, pane))
            else:
                box.addWidget(QLabel(title, pane))
            box.addWidget(edit, 1)
            texts.addWidget(pane)
        texts.setSizes([600, 440])
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(form)
        right_box.addWidget(texts, 1)
        right_box.addWidget(self.problem)
        right_box.addWidget(self.timing)
        right_box.addWidget(self.help)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 1040])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #2e7d32;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_edited)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.body.textChanged.connect(self._on_body_changed)
        self.minutes.valueChanged.connect(lambda _v: self.timer.start())

    # --- what differs between kinds of templates (a subclass for message templates) -----
    def _title(self) -> str:
        return self.tr("Agenda templates")

    def _list_title(self) -> str:
        return self.tr("Templates by meeting type:")

    def _kind_label(self) -> str:
        return self.tr("Meeting &type:")

    def _preview_title(self) -> str:
        return self.tr("Preview (sample project):")

    # --- inserting fields without typing Jinja2 ------------------------------------------
    def _insert_row(self, title: str, parent: QWidget) -> QHBoxLayout:
        from PySide6.QtWidgets import QMenu, QPushButton, QToolButton

        row = QHBoxLayout()
        row.addWidget(QLabel(title, parent))
        row.addStretch(1)
        self.insert_field = QToolButton(parent)
        self.insert_field.setText(self.tr("Insert &field"))
        self.insert_field.setToolTip(self.tr(
            "Insert a value from the project (its name, the customer, the open tasks…) at the "
            "cursor; lists come as a ready loop."))
        self.insert_field.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.field_menu = QMenu(self.insert_field)
        self.field_menu.aboutToShow.connect(self._fill_field_menu)
        self.insert_field.setMenu(self.field_menu)
        self.insert_placeholder = QPushButton(self.tr("Insert &placeholder"), parent)
        self.insert_placeholder.setToolTip(self.tr(
            "Mark a place you must fill in each message, like [[Impact on your users]]: a "
            "message that still holds one cannot be queued."))
        self.insert_placeholder.clicked.connect(self._insert_placeholder)
        row.addWidget(self.insert_field)
        row.addWidget(self.insert_placeholder)
        return row

    def _fields(self) -> list[Any]:
        from cockpit.template_fields import agenda_fields

        return agenda_fields()

    def _fill_field_menu(self) -> None:
        self.field_menu.clear()
        for field in self._fields():
            text = field.path if not field.example else f"{field.path} — {field.example}"
            if field.loop:
                text = self.tr("%1 (a line per item)").replace("%1", text)
            action = self.field_menu.addAction(text)
            action.setData(field.snippet)
            action.triggered.connect(lambda _c=False, snippet=field.snippet:
                                     self.insert_text(snippet))

    def insert_text(self, text: str) -> None:
        self.body.insertPlainText(text)
        self.body.setFocus()

    def _insert_placeholder(self) -> None:
        inner = self.tr("what to write here")
        cursor = self.body.textCursor()
        cursor.insertText(f"[[{inner}]]")
        cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.MoveAnchor, 2)
        cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, len(inner))
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def _help_text(self) -> str:
        names = ", ".join(f"{{{{ {n} }}}}" for n in ("project.name", "series.objective",
                                                      "next_occurrence"))
        return self.tr(
            "Jinja2 text, e.g. %1; lists: %2 (each item has text, owner, due_on). A line ending "
            "in “(10 min)” is a timed item.").replace("%1", names) \
            .replace("%2", ", ".join(ITEM_LISTS))

    def _make_preview(self, parent: QWidget) -> QPlainTextEdit | QTextEdit:
        preview = QPlainTextEdit(parent)
        preview.setReadOnly(True)
        preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return preview

    def _add_rows(self, form: QFormLayout, parent: QWidget) -> None:
        """More fields under name and kind."""

    def kinds(self) -> list[Any]:
        return list(SeriesType)

    def kind_of(self, template: Any) -> Any:
        return template.series_type

    def _kind(self) -> Any:
        return SeriesType(self.type_combo.currentData())

    def _from_form(self, current: Any) -> Any:
        return dataclasses.replace(current, name=self.name.text(), series_type=self._kind(),
                                   body=self.body.toPlainText())

    def _fill(self, template: Any) -> None:
        kind = template.series_type if template else SeriesType.OTHER
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(kind.value)))
        self.minutes.setValue(USUAL_MINUTES[kind])

    def _kind_changed(self, kind: Any) -> None:
        self.minutes.setValue(USUAL_MINUTES[kind])

    def _default_tips(self) -> tuple[str, str, str]:
        """(kind locked, cannot delete, the ★ in the list) for a shipped default."""
        return (self.tr("A default template keeps its meeting type."),
                self.tr("A default template can be edited, not deleted."),
                self.tr("Shipped default for this meeting type: series without their own "
                        "template use it. It can be edited, not deleted."))

    def _ops(self) -> Any:
        return ops

    def _preview_work(self, store: Any, data: Any) -> Any:
        minutes = self.minutes.value()
        return lambda: ops.render_template_preview(store, data.body, None, minutes)

    def _new(self, kind: Any) -> Any:
        return AgendaTemplateData(name=self.tr("New agenda"), series_type=kind,
                                  body=self._starter_body())

    def _copy(self, shown: Any) -> Any:
        return AgendaTemplateData(name=self.tr("%1 (copy)").replace("%1", shown.name),
                                  series_type=shown.series_type, body=shown.body)

    def _empty_body_text(self) -> str:
        return self.tr("The agenda is empty.")

    def _delete_question(self, name: str) -> str:
        return self.tr("Delete the agenda template “%1”? Series that use it will use their "
                       "meeting type's default.").replace("%1", name)

    def _deleted_text(self, name: str) -> str:
        return self.tr("Deleted “%1”. Series that used it now use their type's default.") \
            .replace("%1", name)

    # --- state ---------------------------------------------------------------------------
    def form(self) -> Any:
        """The template as it is on screen."""
        if self.current is None:
            return None
        return self._from_form(self.current)

    @property
    def dirty(self) -> bool:
        return self.current is not None and (self.is_new or self.form() != self.current)

    def _on_edited(self) -> None:
        if not self._showing:
            self.status.clear()
        self._update_controls()

    def _on_body_changed(self) -> None:
        self._on_edited()
        if not self._showing:
            self.timer.start()

    def _on_type_changed(self) -> None:
        if not self._showing:
            self._kind_changed(self._kind())
        self._on_edited()

    def _update_controls(self) -> None:
        has = self.current is not None
        for widget in (self.name, self.body, self.minutes, self.duplicate_button):
            widget.setEnabled(has)
        is_default = bool(self.current and self.current.is_default)
        kind_tip, delete_tip, _ = self._default_tips()
        self.type_combo.setEnabled(has and not is_default)
        self.type_combo.setToolTip(kind_tip if is_default else "")
        self.delete_button.setEnabled(has and not self.is_new and not is_default)
        self.delete_button.setToolTip(delete_tip if is_default else "")
        self.save_button.setEnabled(self.dirty)
        title = self._title()
        self.setWindowTitle(f"{title} *" if self.dirty else title)

    # --- the list ------------------------------------------------------------------------
    def reload(self, select: str | None = None, *, keep_form: bool = False) -> None:
        """Refresh the list and show ``select`` (or the template on screen); ``keep_form``
        leaves what is typed in the form alone."""
        store = self.store
        list_templates = self._ops().list_templates
        self._run(lambda: list_templates(store),
                        lambda rows: self._listed(rows, select, keep_form), self._failed)

    def _listed(self, rows: list[Any], select: str | None,
                keep_form: bool = False) -> None:
        self.templates = rows
        wanted = select or (self.current.id if self.current and not self.is_new else None)
        self.list.blockSignals(True)
        self.list.clear()
        items: list[QListWidgetItem] = []
        for kind in self.kinds():
            members = [t for t in rows if self.kind_of(t) is kind]
            if not members:
                continue
            heading = QListWidgetItem(label(kind), self.list)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.list.font())
            font.setBold(True)
            heading.setFont(font)
            for template in members:
                item = QListWidgetItem(f"    {template.name}", self.list)
                item.setData(TEMPLATE_ID, template.id)
                if template.is_default:
                    item.setText(f"    ★ {template.name}")
                    item.setToolTip(self._default_tips()[2])
                items.append(item)
        if self.is_new and select is None:
            self.list.blockSignals(False)
            return  # a draft stays on screen
        chosen = next((i for i in items if i.data(TEMPLATE_ID) == wanted),
                      items[0] if items else None)
        self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        if keep_form:
            self._update_controls()
        else:
            self._show(self._template(chosen))

    def _template(self, item: QListWidgetItem | None) -> Any:
        template_id = item.data(TEMPLATE_ID) if item is not None else None
        return next((t for t in self.templates if t.id == template_id), None)

    def _on_current_changed(self, item: QListWidgetItem | None,
                            previous: QListWidgetItem | None) -> None:
        template = self._template(item)
        if template is None or (self.current is not None and template.id == self.current.id
                                and not self.is_new):
            return
        if self.dirty and not self.confirm_discard():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous if not self.is_new else None)
            if self.is_new:
                self.list.clearSelection()
            self.list.blockSignals(False)
            return
        self.is_new = False
        self._show(template)

    def _show(self, template: Any) -> None:
        self._showing = True
        try:
            self.current = template
            self.name.setText(template.name if template else "")
            self._fill(template)
            self.body.setPlainText(template.body if template else "")
        finally:
            self._showing = False
        self.problem.clear()
        self._mark_line(None)
        self.preview.clear()
        self.timing.clear()
        self._update_controls()
        if template is not None:
            self.refresh_preview()

    # --- preview -------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self.timer.stop()
        if self.current is None:
            return
        self._generation += 1
        generation, work = self._generation, self._preview_work(self.store, self.form())

        def shown(agenda: Any) -> None:
            if generation == self._generation:
                self._show_agenda(agenda)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_problem(exc)

        self._run(work, shown, failed)

    def _show_agenda(self, agenda: Any) -> None:
        self.problem.clear()
        self._mark_line(None)
        self.preview.setEnabled(True)
        self.preview.setPlainText(agenda.text)
        planned, length = agenda.planned_minutes, agenda.meeting_minutes
        if planned == 0:
            self.timing.setStyleSheet("color: #555;")
            self.timing.setText(self.tr("No timed items: end an item's line with “(10 min)” to "
                                        "plan the meeting's time."))
        elif agenda.overrun_minutes > 0:
            self.timing.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
            self.timing.setText(self.tr("Planned %1 of %2 minutes: the items take %3 minutes "
                                        "longer than the meeting.")
                                .replace("%1", str(planned)).replace("%2", str(length))
                                .replace("%3", str(agenda.overrun_minutes)))
        else:
            self.timing.setStyleSheet("")
            self.timing.setText(self.tr("Planned %1 of %2 minutes").replace("%1", str(planned))
                                .replace("%2", str(length)))

    def _show_problem(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc  # a bug: the crash dialog
        issue = getattr(exc, "issue", None)
        line = getattr(exc, "line", None)
        if issue is None:  # not about the template (e.g. the store): the usual message
            self.problem.setText(error_text(exc.code, exc.message))
            return
        if issue == TemplateIssue.BODY_ERROR:
            detail = getattr(exc, "detail", exc.message)
            text = (self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", detail)
                    if line else self.tr("The template cannot be used: %1").replace("%1", detail))
            self.preview.setEnabled(False)  # the last good preview, greyed out
            self.timing.setStyleSheet("color: #999;")
            self._mark_line(line)
        else:
            text = self._issue_text(issue)
        self.problem.setText(text)

    def _issue_text(self, issue: str) -> str:
        texts = {
            TemplateIssue.NAME_MISSING: self.tr("Give the template a name."),
            TemplateIssue.NAME_TOO_LONG: self.tr("The name is too long."),
            TemplateIssue.SUBJECT_TOO_LONG: self.tr("The subject is too long."),
            TemplateIssue.NAME_TAKEN: self.tr("Another template already has this name."),
            TemplateIssue.TYPE_FIXED: self._default_tips()[0],
            TemplateIssue.BODY_EMPTY: self._empty_body_text(),
            TemplateIssue.DEFAULT_KEPT: self._default_tips()[1],
        }
        return texts.get(TemplateIssue(issue), self.tr("The template cannot be saved."))

    def _mark_line(self, line: int | None) -> None:
        selections = []
        block = self.body.document().findBlockByNumber(line - 1) if line else None
        if block is not None and block.isValid():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(255, 215, 215))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.body.setExtraSelections(selections)

    # --- actions -------------------------------------------------------------------------
    def new_template(self) -> None:
        if self.dirty and not self.confirm_discard():
            return
        kind = self.kind_of(self.current) if self.current else self.kinds()[-1]
        self._draft(self._new(kind))

    def duplicate(self) -> None:
        shown = self.form()
        if shown is None:
            return
        self._draft(self._copy(shown))

    def _draft(self, template: Any) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.is_new = True
        self._show(template)
        self.name.setFocus()
        self.name.selectAll()

    def _starter_body(self) -> str:
        objective = self.tr("Objective")
        welcome = self.tr("Welcome and goals of today")
        actions = self.tr("Open action items")
        next_steps = self.tr("Next steps")

        def minutes(n: int) -> str:  # " (5 min)", "（5分）" in Japanese
            return self.tr(" (%1 min)").replace("%1", str(n))

        return (
            f"{objective}: {{{{ series.objective }}}}\n\n"
            f"1. {welcome}{minutes(5)}\n"
            f"2. {actions}{minutes(10)}\n"
            "{%- for item in open_actions %}\n"
            "   - {{ item.text }}{% if item.owner %} ({{ item.owner }}){% endif %}\n"
            "{%- endfor %}\n"
            f"3. {next_steps}{minutes(5)}\n"
        )

    def save(self) -> None:
        data = self.form()
        if data is None:
            return
        self.timer.stop()
        self.save_button.setEnabled(False)
        store = self.store

        def saved(result: Any) -> None:
            typed_since = self.form() != data  # kept on screen, and unsaved
            self.is_new = False
            self.current = result
            self.status.setText(self.tr("Saved “%1”.").replace("%1", result.name))
            self.template_saved.emit(result.id)
            self.reload(select=result.id, keep_form=typed_since)

        def failed(exc: BaseException) -> None:
            self._show_problem(exc)
            self._update_controls()

        save_template = self._ops().save_template
        self._run(lambda: save_template(store, data), saved, failed)

    def delete(self) -> None:
        current = self.current
        if current is None or self.is_new or current.is_default:
            return
        if not self.confirm_delete(current.name):
            return
        store = self.store

        def deleted(template_id: str) -> None:
            self.current, self.is_new = None, False
            self.status.setText(self._deleted_text(current.name))
            self.template_deleted.emit(template_id)
            self.reload()

        delete_template = self._ops().delete_template
        self._run(lambda: delete_template(store, current.id), deleted,
                        self._show_problem)

    def _run(self, work: Any, done: Any, failed: Any = None) -> None:
        """On the store's worker, through the context: what it changes reaches every view."""
        self.ctx.run(work, done, failed, origin=self)

    def _failed(self, exc: BaseException) -> None:
        self._show_problem(exc)

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, Esc or the window's close button: ask before dropping edits."""
        if self.dirty and not self.confirm_discard():
            return
        self.timer.stop()
        super().reject()

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self._title(),
            self.tr("Discard your changes to “%1”?").replace(
                "%1", self.current.name if self.current else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _ask_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self._title(), self._delete_question(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
