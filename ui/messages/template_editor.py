"""Edit the message templates (follow-up, open-task update, reports, estimates, confirmations,
problem notices): a Jinja2 subject and a Markdown body, previewed as the customer will see it
against a sample project. Built on the agenda template editor; only what differs is here."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QTextBrowser, QWidget

from cockpit.domain.messages import MessageKind, MessageTemplateData
from cockpit.messages.context import COMMON, names_of
from cockpit.messages.kinds.registry import specs
from cockpit.messages.kinds.spec import StartFrom
from ui.meetings.agenda_template_editor import AgendaTemplateEditor
from ui.messages import ops

KINDS = [MessageKind(s.value) for s in specs()  # an invite is written from its series
         if s.start_from is not StartFrom.SERIES]


class _Ops:
    """The operations the base editor calls, for message templates."""

    list_templates = staticmethod(ops.list_templates)
    save_template = staticmethod(ops.save_template)
    delete_template = staticmethod(ops.delete_template)


class MessageTemplateEditor(AgendaTemplateEditor):
    def _title(self) -> str:
        return self.tr("Message templates")

    def _list_title(self) -> str:
        return self.tr("Templates by kind of message:")

    def _kind_label(self) -> str:
        return self.tr("&Kind:")

    def _preview_title(self) -> str:
        return self.tr("Preview (sample project), as the customer sees it:")

    def _help_text(self) -> str:
        kind = self._kind() if hasattr(self, "type_combo") else MessageKind.FOLLOW_UP
        names = ", ".join(COMMON + names_of(kind))
        return self.tr("Insert field adds the project's values; subject and body are Jinja2 "
                       "text for those who want it, and the body is Markdown (- bullets, "
                       "**bold**, | tables |). Names for this kind: %1.").replace("%1", names)

    def _fields(self) -> list[Any]:
        from cockpit.template_fields import message_fields

        return message_fields(self._kind().value)

    def _make_preview(self, parent: QWidget) -> QTextBrowser:
        preview = QTextBrowser(parent)
        preview.setOpenLinks(False)
        return preview

    def _add_rows(self, form: QFormLayout, parent: QWidget) -> None:
        self.minutes.hide()
        self.minutes_label.hide()
        self.subject = QLineEdit(parent)
        form.addRow(self.tr("&Subject:"), self.subject)
        self.subject.textChanged.connect(self._on_body_changed)

    def kinds(self) -> list[Any]:
        return KINDS

    def kind_of(self, template: Any) -> Any:
        return template.kind

    def _kind(self) -> Any:
        return MessageKind(self.type_combo.currentData())

    def _from_form(self, current: Any) -> Any:
        return dataclasses.replace(current, name=self.name.text(), kind=self._kind(),
                                   subject=self.subject.text(), body=self.body.toPlainText())

    def _fill(self, template: Any) -> None:
        kind = template.kind if template else MessageKind.OTHER
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(kind.value)))
        self.subject.setText(template.subject if template else "")
        self.help.setText(self._help_text())

    def _kind_changed(self, kind: Any) -> None:
        self.help.setText(self._help_text())
        self.timer.start()

    def _default_tips(self) -> tuple[str, str, str]:
        return (self.tr("A default template keeps its kind."),
                self.tr("A default template can be edited, not deleted."),
                self.tr("Shipped default for this kind of message. It can be edited, not "
                        "deleted."))

    def _ops(self) -> Any:
        return _Ops

    def _preview_work(self, store: Any, data: Any) -> Any:
        return lambda: ops.preview_template(data)

    def _show_agenda(self, result: Any) -> None:
        subject, body = result
        self.problem.clear()
        self._mark_line(None)
        self.preview.setEnabled(True)
        assert isinstance(self.preview, QTextBrowser)
        html = ops.preview_html(body)
        self.preview.setHtml(f"<p><b>{self.tr('Subject:')}</b> {_escape(subject)}</p><hr>{html}")
        self.timing.clear()

    def _new(self, kind: Any) -> Any:
        return MessageTemplateData(kind=kind, name=self.tr("New message template"),
                                   subject="[{{ project.code }}] ",
                                   body="Hello {{ greeting }},\n\n\n\nBest regards,\n"
                                        "{{ pm.name }}\n")

    def _copy(self, shown: Any) -> Any:
        return MessageTemplateData(kind=shown.kind, name=self.tr("%1 (copy)").replace(
            "%1", shown.name), subject=shown.subject, body=shown.body)

    def _empty_body_text(self) -> str:
        return self.tr("The message body is empty.")

    def _delete_question(self, name: str) -> str:
        return self.tr("Delete the message template “%1”?").replace("%1", name)

    def _deleted_text(self, name: str) -> str:
        return self.tr("Deleted “%1”.").replace("%1", name)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
