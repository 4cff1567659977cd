"""Settings declared once. User choices and window state are kept in separate groups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


def store_key(db: str | None, demo: bool = False) -> str:
    """Which store a window works on, as the settings name it (its last project, its last
    Today): "demo", the file's absolute path, or "" for the user's own default store."""
    import os

    return "demo" if demo else os.path.abspath(db) if db else ""


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
        """The last project of the PM's own (default) store."""
        return self.last_project("")

    @last_project_id.setter
    def last_project_id(self, value: str) -> None:
        self.set_last_project("", value)

    @staticmethod
    def _last_project_key(store: str) -> str:
        """One entry per store (the default store keeps the entry it always had): the demo's
        window and the PM's own never overwrite each other's last project."""
        if not store:
            return "choices/last_project_id"
        import hashlib

        return "choices/last_project/" + hashlib.sha1(store.encode()).hexdigest()[:16]

    def last_project(self, store: str) -> str:
        return self.q.value(self._last_project_key(store), "", type=str)

    def set_last_project(self, store: str, project_id: str) -> None:
        self.q.setValue(self._last_project_key(store), project_id)

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

    def cache_dir(self) -> Path:
        """Where the window keeps what it shows at the next start (the last Today): beside
        the settings file, so a test's settings bring their own."""
        return Path(self.q.fileName()).parent / "cache"

    def sync(self) -> None:
        self.q.sync()
