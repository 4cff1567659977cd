"""The Registers tab's other pages on the demo, driven as a PM drives them: a red flag raised
from a customer's mail and worked through its path; a problem written up with its remedial
plan, refused "fixed" until the testing is written; a decision recorded and confirmed by a
mail; a question answered; the passport's escalation limits and milestones saved."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QDialog

from cockpit.domain.enums import EscalationLevel
from cockpit.domain.problem_register import ProblemStatus
from cockpit.domain.red_flags import FlagEventKind, Severity
from cockpit.services import decision_log, problem_register, projects, questions, red_flags
from cockpit.store.models import MailItem
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.registers.decision_dialogs import ConfirmationDialog, DecisionDialog
from ui.registers.problem_dialog import ProblemDialog
from ui.registers.question_dialog import QuestionDialog
from ui.registers.red_flag_dialog import RedFlagDialog
from ui.registers.red_flag_step_dialog import RedFlagStepDialog


def _registers(window: MainWindow, code: str = "US-106"):  # type: ignore[no-untyped-def]
    select_code(window, code)
    window.editor.tabs.setCurrentWidget(window.editor.registers)
    return window.editor.registers


def _mail(window: MainWindow, mail_id: str, subject: str, code: str = "US-106") -> None:
    project = projects.find_project_id(window.store, code)
    customer = next(m for m in projects.get_passport(window.store, project).members
                    if m.side.value == "customer")
    with window.store.session() as s:
        s.add(MailItem(id=mail_id, folder="inbox", project_id=project, subject=subject,
                       sender=customer.email, body_preview="The totals are wrong again.",
                       moment=datetime.now(UTC) - timedelta(hours=1)))
    window.registers.refresh()


def test_a_red_flag_from_a_mail_is_worked_up_the_path(window: MainWindow) -> None:
    tab = _registers(window)
    _mail(window, "AAMk-complaint", "Totals on the dashboard are wrong")
    page = tab.flags
    assert tab.pages.currentWidget() is page  # the registers open on the red flags
    assert page.empty.isVisible() and page.buttons["new"].isEnabled()

    def from_mail(dialog: QDialog) -> None:
        assert isinstance(dialog, RedFlagDialog)
        dialog.mail.setCurrentIndex(dialog.mail.findData("AAMk-complaint"))
        assert not dialog.raised_by.isEnabled()  # the mail says who and when
        dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.HIGH.value))
        dialog.accept()

    when_a_dialog_opens(from_mail)
    page.buttons["new"].click()
    flag = page.selected()
    assert flag is not None and flag.key == "RF-1" and flag.mail_id == "AAMk-complaint"
    assert flag.title == "Totals on the dashboard are wrong" and flag.raised_by
    assert flag.level is EscalationLevel.PROJECT
    moves = page.model.data(page.model.index(0, page.model.MOVES))
    assert moves  # when it moves up, in the customer's time

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, RedFlagStepDialog)
        assert not dialog.ok.isEnabled()  # an answer needs its text
        dialog.text.setPlainText("Called them: the fix ships tonight")
        dialog.accept()

    when_a_dialog_opens(answer)
    page.buttons["answer"].click()

    def escalate(dialog: QDialog) -> None:
        dialog.text.setPlainText("Third time this month")
        dialog.accept()

    when_a_dialog_opens(escalate)
    page.buttons["escalate"].click()
    flag = page.selected()
    assert flag is not None and flag.level is EscalationLevel.DEPARTMENT
    assert page.buttons["notice"].isEnabled()  # the director is on the People tab
    history = page.history.toPlainText()
    assert "Called them" in history and "Third time this month" in history

    def resolve(dialog: QDialog) -> None:
        assert dialog.root_cause.isVisibleTo(dialog)
        dialog.text.setPlainText("Totals recomputed; a check added to the release")
        dialog.root_cause.setPlainText("Rounding per line instead of per invoice")
        dialog.accept()

    when_a_dialog_opens(resolve)
    page.buttons["resolve"].click()
    # the flag just resolved stays in sight, marked resolved; resolved ones are hidden else
    assert page.show_resolved.isChecked() and page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, page.model.STATE)).startswith("Resolved")
    page.show_resolved.setChecked(False)
    assert page.model.rowCount() == 0
    stored = red_flags.get_flag(window.store, flag.id)
    assert [e.kind for e in stored.events] == [
        FlagEventKind.RAISED, FlagEventKind.ANSWER, FlagEventKind.ESCALATED,
        FlagEventKind.RESOLVED]
    assert stored.root_cause.startswith("Rounding")


def test_the_escalation_notice_is_written_to_the_levels_people(window: MainWindow,
                                                               qtbot) -> None:
    tab = _registers(window, "DE-102")
    page = tab.flags
    # moved up at least once since the demo's day: its level's people are the vendor's
    flag = next(f for f in page.model.rows if f.level is not EscalationLevel.PROJECT)
    page.select(flag.id)
    page.buttons["notice"].click()
    qtbot.waitUntil(lambda: len(window.messages_ctl.windows) == 1, timeout=5000)
    compose = next(iter(window.messages_ctl.windows.values()))
    assert flag.key in compose.subject.text() and "Escalation" in compose.subject.text()
    director = flag.people[0]
    assert director.email in compose.to.text()
    assert flag.key in compose.links_label.text()
    compose.close()


def test_a_problem_is_written_up_and_closed_in_order(window: MainWindow) -> None:
    tab = _registers(window)
    tab.pages.setCurrentWidget(tab.problems)
    page = tab.problems

    def write_up(dialog: QDialog) -> None:
        assert isinstance(dialog, ProblemDialog)
        dialog.title.setText("Nightly batch stopped: out of memory")
        dialog.texts["impact_business"].setPlainText("Invoices go out a day late")
        dialog.texts["workaround"].setPlainText("We run it in two halves by hand")
        row = dialog.steps.add_row()
        model = dialog.steps.model
        model.setData(model.index(row, 0), "Split the batch in two jobs")
        model.setData(model.index(row, 2), (date.today() + timedelta(days=2)).isoformat())
        dialog.new_date.setText("not a date")
        dialog.ok.click()
        assert dialog.isVisible() and dialog.message.isVisible()  # it says so, keeps it
        dialog.new_date.setText((date.today() + timedelta(days=5)).isoformat())
        dialog.ok.click()

    when_a_dialog_opens(write_up)
    page.buttons["new"].click()
    problem = page.selected()
    assert problem is not None and problem.key == "PB-1" and len(problem.steps) == 1
    assert "Split the batch" in page.details.toPlainText()
    page.buttons["fixed"].click()  # no testing written: refused, nothing changed
    assert window.ctx.prompts.errors and "tested" in window.ctx.prompts.errors[-1]
    assert problem_register.get_problem(window.store, problem.id).status is ProblemStatus.OPEN

    def tested(dialog: QDialog) -> None:
        dialog.texts["fix_testing"].setPlainText("December's volume replayed on staging")
        dialog.texts["lessons_learned"].setPlainText("Load tests with month-end volumes")
        dialog.ok.click()

    when_a_dialog_opens(tested)
    page.buttons["edit"].click()
    page.buttons["fixed"].click()
    page.buttons["close"].click()
    assert problem_register.get_problem(window.store, problem.id).status is \
        ProblemStatus.CLOSED


def test_a_decision_is_recorded_and_confirmed_by_a_mail(window: MainWindow) -> None:
    tab = _registers(window)
    _mail(window, "AAMk-ok", "Re: go-live on 15 January")
    tab.pages.setCurrentWidget(tab.decisions)
    page = tab.decisions

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        dialog.text.setPlainText("UAT runs two weeks")
        dialog.accept()

    when_a_dialog_opens(record)
    page.buttons["new"].click()
    decision = page.selected()
    assert decision is not None and not decision.confirmed
    assert "awaiting" in page.model.data(page.model.index(
        page.model.row_of(decision.id), page.model.CONFIRMATION))

    def link(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmationDialog)
        dialog.mail.setCurrentIndex(dialog.mail.findData("AAMk-ok"))
        dialog.accept()

    when_a_dialog_opens(link)
    page.buttons["link"].click()
    stored = next(d for d in decision_log.list_decisions(window.store, decision.project_id)
                  if d.id == decision.id)
    assert stored.confirmed and stored.confirmed_by == "Re: go-live on 15 January"


def test_a_question_is_asked_and_answered(window: MainWindow) -> None:
    tab = _registers(window)
    tab.pages.setCurrentWidget(tab.questions)
    page = tab.questions

    def ask(dialog: QDialog) -> None:
        assert isinstance(dialog, QuestionDialog)
        dialog.question.setPlainText("Does the export keep the old column order?")
        dialog.shared.setChecked(True)
        dialog.accept()

    when_a_dialog_opens(ask)
    page.buttons["new"].click()
    asked = page.selected()
    assert asked is not None and not asked.answered and "1 waiting" in page.summary.text()

    def answer(dialog: QDialog) -> None:
        dialog.answer.setPlainText("Yes, unchanged.")
        dialog.accept()

    when_a_dialog_opens(answer)
    page.buttons["edit"].click()
    stored = questions.list_questions(window.store, asked.project_id)
    assert [(q.key, q.answered, q.shared) for q in stored] == [("Q-1", True, True)]
    assert page.summary.text() == ""


def test_the_escalation_limits_and_milestones_are_saved_with_the_passport(
        window: MainWindow) -> None:
    select_code(window, "US-106")
    editor = window.editor
    editor.overview.f["escalation_department_days"].edit.setText("3")
    editor.tabs.setCurrentWidget(editor.sprints)
    table = editor.sprints.milestones
    before = len(table.records())
    row = table.add_row()
    table.model.setData(table.model.index(row, 0), "Pilot with ten users")
    window.actions_.save.trigger()
    stored = projects.get_passport(window.store, editor.passport.id)
    assert stored.fields.escalation_department_days == 3
    assert len(stored.milestones) == before + 1
    editor.overview.f["escalation_project_days"].edit.setText("0")  # refused, and kept
    window.actions_.save.trigger()
    assert projects.get_passport(window.store, stored.id).fields.escalation_project_days == 1
    assert editor.overview.f["escalation_project_days"].edit.text() == "0"
