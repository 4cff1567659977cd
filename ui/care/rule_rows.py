"""One row per care rule: on or off and its parameters, each in the range the rule allows.

In Settings the rows are the company's defaults. In a passport each row can follow the
company (shown greyed, with the company's values) or be set for the project alone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cockpit.care.params import RuleSetting
from cockpit.care.registry import RULES
from ui.today.texts import rule_text


class RuleRows(QWidget):
    edited = Signal()

    def __init__(self, *, per_project: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_project = per_project
        self.company: dict[str, RuleSetting] = {}
        self.enabled: dict[str, QCheckBox] = {}
        self.own: dict[str, QCheckBox] = {}  # per project: set here rather than the company's
        self.spins: dict[str, dict[str, QSpinBox]] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        headers = [self.tr("Rule")] + ([self.tr("Set for this project")] if per_project else [])
        headers += [self.tr("On"), self.tr("Parameters")]
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(label, 0, column)
        for row, rule in enumerate(RULES, start=1):
            column = 0
            grid.addWidget(QLabel(rule_text(rule.name), self), row, column)
            if per_project:
                column += 1
                own = QCheckBox(self)
                own.setToolTip(self.tr("Unticked, the rule follows the company's setting "
                                       "(Settings → Care rules and calendars)"))
                own.toggled.connect(lambda _on, name=rule.name: self._own_toggled(name))
                self.own[rule.name] = own
                grid.addWidget(own, row, column)
            column += 1
            on = QCheckBox(self)
            on.setChecked(True)
            on.toggled.connect(self.edited)
            self.enabled[rule.name] = on
            grid.addWidget(on, row, column)
            params = QVBoxLayout()  # one line per parameter
            params.setSpacing(2)
            self.spins[rule.name] = {}
            for name, spec in rule.params.items():
                text, unit = self.param_texts(rule.name, name)
                line = QHBoxLayout()
                params.addLayout(line)
                line.addWidget(QLabel(text, self))
                spin = QSpinBox(self)
                spin.setRange(spec.low, spec.high)
                spin.setValue(spec.default)
                spin.setSuffix(f" {unit}" if unit else "")
                spin.valueChanged.connect(self.edited)
                self.spins[rule.name][name] = spin
                line.addWidget(spin)
                line.addStretch(1)
            grid.addLayout(params, row, column + 1)
        grid.setColumnStretch(len(headers) - 1, 1)
        grid.setRowStretch(len(RULES) + 1, 1)

    def param_texts(self, rule: str, name: str) -> tuple[str, str]:
        """(label, unit) of a parameter, as the rows show it."""
        texts = {
            ("open_task_update", "working_days"): (self.tr("every"), self.tr("working days")),
            ("sprint_report", "working_days"): (
                self.tr("due"), self.tr("working days after the sprint's last day")),
            ("urgent_update", "every_minutes"): (
                self.tr("every"), self.tr("minutes of working time")),
            ("customer_mail", "acknowledge_minutes"): (
                self.tr("acknowledge within"), self.tr("minutes of working time")),
            ("customer_mail", "answer_hours"): (
                self.tr("answer within"), self.tr("hours of working time")),
            ("customer_mail", "look_back_days"): (self.tr("look back"), self.tr("days")),
            ("red_flag", "answer_hours"): (
                self.tr("answer within"), self.tr("hours of working time")),
            ("red_flag", "notice_hours"): (
                self.tr("tell the next level within"), self.tr("hours of working time")),
            ("change_request", "estimate_days"): (
                self.tr("estimate within"), self.tr("working days")),
            ("change_request", "confirm_days"): (
                self.tr("chase the customer after"), self.tr("working days")),
            ("change_request", "team_days"): (
                self.tr("tell the team within"), self.tr("working days")),
            ("decision_unconfirmed", "days"): (
                self.tr("confirm in writing within"), self.tr("working days")),
            ("satisfaction_survey", "csat_months"): (self.tr("CSAT every"), self.tr("months")),
            ("satisfaction_survey", "nps_months"): (self.tr("NPS every"), self.tr("months")),
            ("satisfaction_drop", "drop_tenths"): (
                self.tr("warn at a CSAT drop of"), self.tr("tenths of a point")),
            ("satisfaction_drop", "days"): (self.tr("act within"), self.tr("working days")),
        }
        return texts.get((rule, name), (name, ""))

    def _set_row(self, name: str, setting: RuleSetting) -> None:
        self.enabled[name].blockSignals(True)
        self.enabled[name].setChecked(setting.enabled)
        self.enabled[name].blockSignals(False)
        for param, spin in self.spins[name].items():
            spin.blockSignals(True)
            spin.setValue(setting.params.get(param, spin.value()))
            spin.blockSignals(False)

    def _row_enabled(self, name: str, on: bool) -> None:
        self.enabled[name].setEnabled(on)
        for spin in self.spins[name].values():
            spin.setEnabled(on)

    def _own_toggled(self, name: str) -> None:
        own = self.own[name].isChecked()
        if not own and name in self.company:
            self._set_row(name, self.company[name])
        self._row_enabled(name, own)
        self.edited.emit()

    def set_company(self, company: dict[str, RuleSetting]) -> None:
        """The company's settings: what a row that follows the company shows."""
        self.company = company
        for name, own in self.own.items():
            if not own.isChecked() and name in company:
                self._set_row(name, company[name])

    def set_settings(self, settings: dict[str, RuleSetting]) -> None:
        """Company mode: every row's value. Project mode: the rules this project sets (the
        others follow the company)."""
        for rule in RULES:
            name = rule.name
            if self.per_project:
                own = name in settings
                self.own[name].blockSignals(True)
                self.own[name].setChecked(own)
                self.own[name].blockSignals(False)
                self._row_enabled(name, own)
                shown = settings.get(name) or self.company.get(name)
                if shown is not None:
                    self._set_row(name, shown)
            elif name in settings:
                self._set_row(name, settings[name])

    def settings(self) -> dict[str, RuleSetting]:
        """Company mode: every rule. Project mode: only the rules set for the project."""
        out = {}
        for rule in RULES:
            name = rule.name
            if self.per_project and not self.own[name].isChecked():
                continue
            out[name] = RuleSetting(self.enabled[name].isChecked(),
                                    {p: s.value() for p, s in self.spins[name].items()})
        return out
