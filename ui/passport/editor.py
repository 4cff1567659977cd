"""The selected project in tabs. Edits a copy; knows whether it is dirty; validates as you type
with the core's rules (``validate_passport``), shown next to the field or cell concerned.

The tabs are built when the first project is shown, not before the window first paints.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ui.labels import label
from ui.widgets.parse_error import ParseError
from ui.widgets.record_table import RecordTable

if TYPE_CHECKING:
    from cockpit.domain.passport import Passport
    from cockpit.domain.signals import HealthSignal
    from cockpit.domain.validation import Issue
    from ui.meetings.tab import MeetingsTab
    from ui.messages.tab import MessagesTab
    from ui.passport.tabs.base import PassportTab
    from ui.passport.tabs.contract_tab import ContractTab
    from ui.passport.tabs.links_tab import LinksTab
    from ui.passport.tabs.onboarding_tab import OnboardingTab
    from ui.passport.tabs.overview_tab import OverviewTab
    from ui.passport.tabs.people_tab import PeopleTab
    from ui.passport.tabs.quality_tab import QualityTab
    from ui.passport.tabs.tasks_tab import TasksTab
    from ui.registers.tab import RegistersTab
    from ui.satisfaction.tab import SatisfactionTab

_ERROR_COLOR = QColor(176, 0, 32)


class PassportEditor(QWidget):
    dirty_changed = Signal(bool)
    tabs_built = Signal()
    issues_shown = Signal(int)  # how many problems the tabs now mark (0: none left)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passport: Passport | None = None
        self.is_new = False
        self._dirty = False
        self._loading = False

        self.title = QLabel(self)
        self.title.setObjectName("passportTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)  # a long name wraps instead of widening the window
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #555;")
        self._built = False
        self._edit_count = 0
        self._suggestions: tuple[list[str], list[str]] = ([], [])
        self._signals: list[HealthSignal] = []

        self.page = QWidget(self)
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.title)
        page_layout.addWidget(self.subtitle)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; font-size: 11pt;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_empty(self.tr("Select a project on the left, or create one with Ctrl+N."))

    def build_tabs(self) -> None:
        """The tabs (and so the features attached to them), before a first project is shown:
        the planner or the messages window opened from the menu need them."""
        self._build_tabs()

    def _build_tabs(self) -> None:
        if self._built:
            return
        from ui.meetings.tab import MeetingsTab
        from ui.messages.tab import MessagesTab
        from ui.passport.tabs.care_rules_tab import CareRulesTab
        from ui.passport.tabs.contract_tab import ContractTab
        from ui.passport.tabs.links_tab import LinksTab
        from ui.passport.tabs.onboarding_tab import OnboardingTab
        from ui.passport.tabs.overview_tab import OverviewTab
        from ui.passport.tabs.people_tab import PeopleTab
        from ui.passport.tabs.quality_tab import QualityTab
        from ui.passport.tabs.sprints_tab import SprintsTab
        from ui.passport.tabs.tasks_tab import TasksTab
        from ui.registers.tab import RegistersTab
        from ui.satisfaction.tab import SatisfactionTab

        self.overview: OverviewTab = OverviewTab(self)
        self.people: PeopleTab = PeopleTab(self)
        self.links: LinksTab = LinksTab(self)
        self.contract: ContractTab = ContractTab(self)
        self.quality: QualityTab = QualityTab(self)
        self.onboarding: OnboardingTab = OnboardingTab(self.people.members, self)
        self.meetings: MeetingsTab = MeetingsTab(self)
        self.sprints: SprintsTab = SprintsTab(self)
        self.tasks: TasksTab = TasksTab(self.people.members, self, sprints=self.sprints.names)
        self.registers: RegistersTab = RegistersTab(self)
        self.satisfaction: SatisfactionTab = SatisfactionTab(self)
        self.messages: MessagesTab = MessagesTab(self)
        self.care_rules: CareRulesTab = CareRulesTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.setTabToolTip(1, self.tr("People and the communication map: who attends "
                                           "which meetings and receives which reports"))
        self.tabs.addTab(self.links, self.tr("&Links"))
        self.tabs.addTab(self.contract, self.tr("Contract && &invoices"))
        self.tabs.addTab(self.quality, self.tr("&Quality"))
        self.tabs.addTab(self.onboarding, self.tr("Onboardin&g"))
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self.sprints, self.tr("Spri&nts"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr("Sprints and milestones"))
        self.tabs.addTab(self.tasks, self.tr("Tas&ks"))
        self.tabs.addTab(self.registers, self.tr("&Registers"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(
            "Red flags, problems, change requests, decisions and Q&A; saved as you go"))
        self.tabs.addTab(self.satisfaction, self.tr("Satis&faction"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(
            "CSAT and NPS answers, their trend and the complaints by category"))
        self.tabs.addTab(self.messages, self.tr("Mess&ages"))
        self.tabs.addTab(self.care_rules, self.tr("Care r&ules"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(
            "What Today reminds you of for this project, and when"))
        self.page.layout().addWidget(self.tabs, 1)
        self._built = True
        self.overview.set_suggestions(*self._suggestions)
        self.overview.set_signals(self._signals)
        for tab in self.all_tabs():
            tab.changed.connect(self._on_changed)
        self.tabs_built.emit()

    def show_onboarding_step(self, step_id: str | None) -> None:
        """The Onboarding tab, with the step selected."""
        self._build_tabs()
        self.tabs.setCurrentWidget(self.onboarding)
        table = self.onboarding.table
        for row, record in enumerate(table.records()):
            if record.id == step_id:
                table.view.selectRow(row)
                table.view.scrollTo(table.model.index(row, 0))
                table.view.setFocus()
                return

    def all_tabs(self) -> list[PassportTab]:
        if not self._built:
            return []
        return [self.overview, self.people, self.links, self.contract, self.quality,
                self.onboarding, self.meetings, self.sprints, self.tasks, self.registers,
                self.satisfaction, self.messages, self.care_rules]

    def set_signals(self, signals: list[HealthSignal]) -> None:
        """What the shown project's data says, for the Overview beside the PM's health."""
        self._signals = signals
        if self._built:
            self.overview.set_signals(signals)

    def set_suggestions(self, departments: list[str], customers: list[str]) -> None:
        """Completion lists for the Overview tab (kept until the tabs exist)."""
        self._suggestions = (departments, customers)
        if self._built:
            self.overview.set_suggestions(departments, customers)

    # --- state ---------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def show_empty(self, text: str) -> None:
        self.passport = None
        self.is_new = False
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)
        self._set_dirty(False)
        self.show_issues([])  # the next project starts without this one's marks

    def load(self, passport: Passport, *, is_new: bool = False) -> None:
        self._build_tabs()
        self._loading = True
        try:
            self.passport = copy.deepcopy(passport)
            self.is_new = is_new
            for tab in self.all_tabs():
                tab.load(passport)
            self.show_issues([])
        finally:
            self._loading = False
        self._update_title(passport)
        self.stack.setCurrentIndex(1)
        self._set_dirty(is_new)
        if is_new:
            self.tabs.setCurrentWidget(self.overview)
            self.overview.focus_first()

    def _update_title(self, p: Passport) -> None:
        f = p.fields
        name = f.name or self.tr("New project")
        self.title.setText(f"{f.code} — {name}" if f.code else name)
        bits = [label(f.status), label(f.health)]
        if f.customer:
            bits.append(f.customer)
        if f.archived:
            bits.append(self.tr("archived"))
        self.subtitle.setText(" · ".join(bits))

    # --- editing -------------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading or self.passport is None:
            return
        self._edit_count += 1
        self._set_dirty(True)
        try:
            current = self.collect()
        except ParseError:
            return  # the field shows what is wrong with its text
        from cockpit.domain.validation import validate_passport

        self.show_issues(validate_passport(current))

    def commit_pending_edits(self) -> None:
        """Finish any cell being edited, so that what the user typed counts."""
        for tab in self.all_tabs():
            for table in tab.findChildren(RecordTable):
                table.commit_pending_edit()

    @property
    def edit_count(self) -> int:
        """Grows with every edit: a save compares it to know whether edits came meanwhile."""
        return self._edit_count

    def collect(self) -> Passport:
        """The passport as edited now; ``ParseError`` if some text is not a value."""
        assert self.passport is not None
        result = copy.deepcopy(self.passport)
        for tab in self.all_tabs():
            tab.write_into(result)
        return result

    def show_issues(self, issues: list[Issue]) -> None:
        """Mark ``issues`` in their tabs (field, cell, red tab label); an empty list clears
        every mark, also the tab labels'."""
        for index, tab in enumerate(self.all_tabs()):
            tab.show_issues(issues)
            count = sum(1 for i in issues if tab.owns(i))
            # an invalid colour gives the label back the style's own colour
            self.tabs.tabBar().setTabTextColor(index, _ERROR_COLOR if count else QColor())
        self.issues_shown.emit(len(issues))

    def reveal(self, issues: list[Issue]) -> None:
        """Show every problem and move to the first one."""
        self.show_issues(issues)
        for tab in self.all_tabs():
            mine = [i for i in issues if tab.owns(i)]
            if mine:
                self.tabs.setCurrentWidget(tab)
                tab.reveal(mine[0])
                return

    def focus_first_parse_error(self) -> None:
        for tab in (self.overview, self.contract):
            for field in tab.f.values():
                if field.parse_problem() is not None:
                    self.tabs.setCurrentWidget(tab)
                    field.input.setFocus()
                    return

    def saved(self, passport: Passport, edit_count: int) -> None:
        """The save finished. Edits typed while it ran stay on screen (and dirty); only the
        stored version underneath is replaced."""
        if edit_count == self._edit_count:
            self.load(passport)
            return
        self.passport = copy.deepcopy(passport)
        self.is_new = False
        self._update_title(passport)

