"""Care rules: which of the care engine's rules this project follows and with what
parameters; a rule not set here follows the company's setting (Settings → Care rules and
calendars)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from cockpit.care.params import RuleSetting
from cockpit.domain.passport import CareRuleData, Passport
from cockpit.domain.validation import Issue
from ui.care.rule_rows import RuleRows
from ui.passport.tabs.base import PassportTab


class CareRulesTab(PassportTab):
    prefixes = ("care_rules",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = RuleRows(per_project=True)
        self._ids: dict[str, str] = {}
        note = QLabel(self.tr(
            "What Today reminds you of for this project. Tick “Set for this project” to give "
            "a rule its own setting (switched off, or other times); the others follow the "
            "company's defaults."), self)
        note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        area = QScrollArea(self)
        area.setWidget(self.rows)
        area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(area, 1)
        layout.addWidget(self.message)
        self.rows.edited.connect(self.changed)

    def set_company(self, company: dict[str, RuleSetting]) -> None:
        self.rows.set_company(company)

    def load(self, passport: Passport) -> None:
        self._ids = {r.rule: r.id for r in passport.care_rules}
        own = {}
        for r in passport.care_rules:
            base = self.rows.company.get(r.rule)
            params = {**(base.params if base else {}), **r.params}
            own[r.rule] = RuleSetting(r.enabled, params)
        self.rows.set_settings(own)
        self.message.clear()

    def write_into(self, passport: Passport) -> None:
        passport.care_rules = [
            CareRuleData(rule=name, enabled=s.enabled, params=dict(s.params),
                         **({"id": self._ids[name]} if name in self._ids else {}))
            for name, s in self.rows.settings().items()]

    def show_issues(self, issues: list[Issue]) -> None:
        from ui.labels import problem_text

        self.message.setText("\n".join(problem_text(i.problem) for i in issues
                                       if self.owns(i)))
