"""The Registers tab's change requests, as a PM works them on the demo: a new request from
the customer, estimated, sent, confirmed by the customer's mail, scheduled, each step asked
for only what it needs and listed in the history; the Move menu offers only the workflow's
moves; a refused step says why and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog

from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.services import change_requests
from cockpit.store.models import MailItem
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.labels import label
from ui.main_window import MainWindow
from ui.registers.change_request_dialog import ChangeRequestDialog
from ui.registers.change_request_move_dialog import ChangeRequestMoveDialog


def _page(window: MainWindow, code: str = "JP-104"):  # type: ignore[no-untyped-def]
    select_code(window, code)
    window.editor.tabs.setCurrentWidget(window.editor.registers)
    return window.editor.registers.changes


def _move(window: MainWindow, page, target: S, answer) -> None:  # type: ignore[no-untyped-def]
    actions = {a.text(): a for a in page.move_menu.actions()}
    when_a_dialog_opens(answer)
    actions[label(target)].trigger()


def test_a_change_request_goes_through_the_workflow(window: MainWindow) -> None:
    page = _page(window)
    before = len(page.model.rows)
    assert before >= 2 and page.buttons["new"].isEnabled()

    def describe(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeRequestDialog)
        dialog.title.setText("請求書をPDFで一括ダウンロード")
        dialog.description.setPlainText("月末に全請求書をZIPでダウンロードしたい。")
        dialog.submitted_by.setCurrentIndex(1)
        dialog.accept()

    when_a_dialog_opens(describe)
    page.buttons["new"].click()
    assert len(page.model.rows) == before + 1
    cr = page.selected()
    assert cr is not None and cr.status is S.SUBMITTED and cr.submitted_by
    assert [a.text() for a in page.move_menu.actions()] == [label(S.ESTIMATED),
                                                            label(S.REJECTED)]
    assert not page.buttons["estimate"].isEnabled()  # no hours yet

    def estimate(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeRequestMoveDialog)
        assert dialog.hours.isVisibleTo(dialog) and not dialog.sprint.isVisibleTo(dialog)
        dialog.hours.setText("24")
        dialog.note.setText("Two developers, three days")
        dialog.accept()

    _move(window, page, S.ESTIMATED, estimate)
    cr = page.selected()
    assert cr is not None and cr.status is S.ESTIMATED and cr.estimate_hours == 24
    assert cr.estimated_by and page.buttons["estimate"].isEnabled()
    assert "Two developers, three days" in page.history.toPlainText()

    _move(window, page, S.SENT, lambda d: d.accept())
    with window.store.session() as s:
        s.add(MailItem(id="AAMk-ok", folder="inbox", project_id=cr.project_id,
                       subject="Re: 見積もりのご確認", sender="someone@example.jp",
                       moment=datetime.now(UTC)))
    window.registers.refresh()

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeRequestMoveDialog)
        assert dialog.by_mail.isChecked()
        dialog.mail.setCurrentIndex(dialog.mail.findData("AAMk-ok"))
        dialog.accept()

    _move(window, page, S.CONFIRMED, confirm)
    cr = page.selected()
    assert cr is not None and cr.status is S.CONFIRMED
    assert cr.confirmation_mail_id == "AAMk-ok"
    assert "Re: 見積もりのご確認" in page.model.data(page.model.index(
        page.model.row_of(cr.id), page.model.CONFIRMATION))

    sprint = window.editor.passport.sprints[-1].name

    def schedule(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeRequestMoveDialog)
        dialog.sprint.setCurrentIndex(dialog.sprint.findData(sprint))
        dialog.accept()

    _move(window, page, S.SCHEDULED, schedule)
    cr = page.selected()
    assert cr is not None and (cr.status, cr.target_sprint) == (S.SCHEDULED, sprint)
    steps = page.history.toPlainText().splitlines()
    assert sum("→" in line for line in steps) == 4  # estimated, sent, confirmed, scheduled
    stored = change_requests.get_request(window.store, cr.id)
    assert [e.to_status for e in stored.events] == [S.SUBMITTED, S.ESTIMATED, S.SENT,
                                                    S.CONFIRMED, S.SCHEDULED]


def test_a_refused_step_says_why_and_changes_nothing(window: MainWindow) -> None:
    page = _page(window)
    cr = next(c for c in page.model.rows if c.status is S.SUBMITTED)
    page.select(cr.id)

    def no_hours(dialog: QDialog) -> None:
        dialog.hours.setText("")
        dialog.accept()

    _move(window, page, S.ESTIMATED, no_hours)
    assert window.ctx.prompts.errors and "hours" in window.ctx.prompts.errors[-1]
    assert change_requests.get_request(window.store, cr.id).status is S.SUBMITTED


def test_a_new_project_keeps_its_registers_once_saved(window: MainWindow) -> None:
    window.actions_.new_project.trigger()
    tab = window.editor.registers
    assert not tab.changes.buttons["new"].isEnabled()
    assert "Save the new project first" in tab.note.text()
