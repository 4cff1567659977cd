"""The project list and the passport show what the project's data says (overdue invoices,
late tasks, failed messages, overdue onboarding) beside the health the PM set."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cockpit.changes import Changes
from cockpit.domain.enums import Health
from cockpit.domain.messages import MessageKind
from cockpit.domain.signals import SignalKind
from cockpit.services import health_signals, messages, projects
from cockpit.store.store import Store
from tests.ui.helpers import select_code, set_cell, visible_codes
from ui.main_window import MainWindow
from ui.projects.list_model import ProjectListModel
from ui.projects.signal_text import signal_text


@pytest.fixture
def window(make_window, demo_store: Store, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The demo, with DE-105 kept calm whatever the date the suite runs on: its invoices
    paid and no open task or onboarding step with a date that could pass (the demo's dates
    are fixed; the clock is not)."""
    from sqlalchemy import update

    from cockpit.store.models import Invoice, OnboardingStep, Task

    calm = projects.find_project_id(demo_store, "DE-105")
    with demo_store.session() as s:
        s.execute(update(Invoice).where(Invoice.project_id == calm, Invoice.paid_on.is_(None))
                  .values(paid_on=Invoice.issued_on))
        s.execute(update(Task).where(Task.project_id == calm).values(eta=None))
        s.execute(update(OnboardingStep).where(OnboardingStep.project_id == calm,
                                               OnboardingStep.done_on.is_(None))
                  .values(due_on=None))
    demo_store.dispose()
    return make_window(db_path)


def _signals(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    project_id = projects.find_project_id(window.store, code)
    return health_signals.health_signals(window.store, window.ctx.clock.today()).get(
        project_id, [])


def _warnings_cell(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    row = visible_codes(window).index(code)
    return window.list_panel.proxy.index(row, ProjectListModel.SIGNALS)


def test_a_green_project_with_trouble_shows_its_warnings_in_the_list(
        window: MainWindow) -> None:
    stored = _signals(window, "DE-102")
    assert {SignalKind.INVOICE_OVERDUE, SignalKind.TASK_LATE, SignalKind.MESSAGE_FAILED} <= {
        s.kind for s in stored}
    assert projects.get_passport(window.store, projects.find_project_id(
        window.store, "DE-102")).fields.health is Health.GREEN

    warnings = _warnings_cell(window, "DE-102")
    assert warnings.data() == str(len(stored))
    assert warnings.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning sign
    tooltip = warnings.data(Qt.ItemDataRole.ToolTipRole)
    for signal in stored:
        assert signal_text(signal) in tooltip
    assert "invoice INV-DE-102-04 overdue since 20" in tooltip
    calm = _warnings_cell(window, "DE-105")
    assert calm.data() == "" and calm.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_overview_puts_the_data_beside_the_pms_judgement(window: MainWindow) -> None:
    select_code(window, "DE-102")
    overview = window.editor.overview
    count = len(_signals(window, "DE-102"))
    text = overview.signals_label.text()
    assert text.startswith(f"⚠ PM says Green · {count} warnings: invoice INV-DE-102-04 "
                           "overdue since 20")
    assert overview.signals_label.isVisibleTo(window.editor)
    health = overview.f["health"].combo
    health.setCurrentIndex(health.findData(Health.RED))
    assert overview.signals_label.text().startswith("⚠ PM says Red · ")
    select_code_discarding(window, "DE-105")
    assert overview.signals_label.text() == "No warnings from the project's data."


def select_code_discarding(window: MainWindow, code: str) -> None:
    from ui.widgets.prompts import UnsavedChoice

    window.ctx.prompts.unsaved_answers = [UnsavedChoice.DISCARD]  # type: ignore[attr-defined]
    select_code(window, code)


def test_paying_the_invoice_in_the_passport_clears_its_warning(window: MainWindow) -> None:
    select_code(window, "DE-102")
    before = len(_signals(window, "DE-102"))
    invoices = window.editor.contract.invoices
    row = next(i for i, inv in enumerate(invoices.model.records)
               if inv.number == "INV-DE-102-04")
    assert set_cell(invoices, row, "paid_on", window.ctx.clock.today().isoformat())
    window.actions_.save.trigger()

    warnings = _warnings_cell(window, "DE-102")
    assert warnings.data() == str(before - 1)
    assert "INV-DE-102-04" not in warnings.data(Qt.ItemDataRole.ToolTipRole)
    assert "INV-DE-102-04" not in window.editor.overview.signals_label.text()


def test_a_message_failing_elsewhere_shows_through_the_change_signal(
        window: MainWindow) -> None:
    project_id = projects.find_project_id(window.store, "DE-105")
    note = messages.new_message(window.store, project_id, MessageKind.PROBLEM_NOTICE,
                                to="kunde@example.de", subject="Störung am Freitag")
    messages.mark_ready(window.store, note.id)
    messages.mark_failed(window.store, note.id, "mailbox full")  # as the sync would
    assert _warnings_cell(window, "DE-105").data() == ""

    window.ctx.announce(Changes.of(messages=[note.id]))

    warnings = _warnings_cell(window, "DE-105")
    assert warnings.data() == "1"
    assert "message “Störung am Freitag” failed to send" in warnings.data(
        Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_warnings_puts_the_most_first(window: MainWindow) -> None:
    window.list_panel.view.sortByColumn(ProjectListModel.SIGNALS, Qt.SortOrder.AscendingOrder)
    proxy = window.list_panel.proxy
    counts = [int(proxy.index(r, ProjectListModel.SIGNALS).data() or 0)
              for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0

