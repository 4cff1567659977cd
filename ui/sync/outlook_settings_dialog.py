"""Outlook settings: the company's app registration (application id and tenant).

Neither is a secret (they are stored in the settings file); tokens live in the keychain only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cockpit.connectors.outlook.account import (
    DEFAULT_TENANT,
    TENANT_WORDS,
    valid_client_id,
    valid_tenant,
)

ERROR_STYLE = "border: 1px solid #b00020;"
EXAMPLE_ID = "00000000-0000-0000-0000-000000000000"


class OutlookSettingsDialog(QDialog):
    def __init__(self, client_id: str, tenant: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outlook settings"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "PM Cockpit signs in to Outlook through your company's app registration in "
            "Microsoft Entra ID. Your administrator can give you its application (client) id "
            "and directory (tenant) id; the README explains how to register one."), self)
        intro.setWordWrap(True)
        self.client_id = QLineEdit(client_id, self)
        self.client_id.setPlaceholderText(EXAMPLE_ID)
        self.client_id_problem = self._problem_label()
        self.tenant = QLineEdit(tenant, self)
        self.tenant.setPlaceholderText(DEFAULT_TENANT)
        self.tenant.setCompleter(QCompleter(list(TENANT_WORDS), self.tenant))
        self.tenant_problem = self._problem_label()
        hint = QLabel(self.tr(
            "Tenant: the directory id, your domain (contoso.onmicrosoft.com), “organizations” "
            "(any work or school account; the default) or “common”."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Application (client) id:"), self.client_id)
        form.addRow("", self.client_id_problem)
        form.addRow(self.tr("&Directory (tenant):"), self.tenant)
        form.addRow("", self.tenant_problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.client_id.textChanged.connect(self.validate)
        self.tenant.textChanged.connect(self.validate)
        self.validate()

    def _problem_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        return label

    def validate(self) -> bool:
        """Mark what is wrong where it was typed; Save only when both are usable."""
        client_id, tenant = self.values()
        client_ok = not client_id or valid_client_id(client_id)
        tenant_ok = valid_tenant(tenant)
        self._mark(self.client_id, self.client_id_problem, client_ok, self.tr(
            "The application (client) id is a GUID like %1: copy it from the app "
            "registration's Overview page.").replace("%1", EXAMPLE_ID))
        self._mark(self.tenant, self.tenant_problem, tenant_ok, self.tr(
            "Enter the directory (tenant) id, a domain such as contoso.onmicrosoft.com, "
            "“organizations” or “common”."))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(client_ok and tenant_ok)
        return client_ok and tenant_ok

    @staticmethod
    def _mark(edit: QLineEdit, problem: QLabel, ok: bool, text: str) -> None:
        edit.setStyleSheet("" if ok else ERROR_STYLE)
        problem.setText(text)
        problem.setVisible(not ok)

    def values(self) -> tuple[str, str]:
        """(client id, tenant); an empty tenant is ``organizations``."""
        return self.client_id.text().strip(), self.tenant.text().strip() or DEFAULT_TENANT

    def accept(self) -> None:
        if self.validate():
            super().accept()
