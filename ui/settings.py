"""Settings declared once. User choices and window state are kept in separate groups."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings()

    # user choices
    @property
    def show_archived(self) -> bool:
        return self.q.value("choices/show_archived", False, type=bool)

    @show_archived.setter
    def show_archived(self, value: bool) -> None:
        self.q.setValue("choices/show_archived", value)

    @property
    def last_project_id(self) -> str:
        return self.q.value("choices/last_project_id", "", type=str)

    @last_project_id.setter
    def last_project_id(self, value: str) -> None:
        self.q.setValue("choices/last_project_id", value)

    # Outlook: the company's app registration (not secret; tokens live in the keychain only)
    @property
    def outlook_client_id(self) -> str:
        return self.q.value("outlook/client_id", "", type=str)

    @outlook_client_id.setter
    def outlook_client_id(self, value: str) -> None:
        self.q.setValue("outlook/client_id", value.strip())

    @property
    def outlook_tenant(self) -> str:
        return self.q.value("outlook/tenant", "", type=str)

    @outlook_tenant.setter
    def outlook_tenant(self, value: str) -> None:
        self.q.setValue("outlook/tenant", value.strip())

    # window state
    def window_bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_window_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.q.sync()
