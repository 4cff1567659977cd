"""Where the store lives. The one place in core that touches Qt (QtCore's QStandardPaths only).

Precedence: ``--db`` argument, then ``COCKPIT_DB``, then the user's data folder.
A value containing ``://`` is an SQLAlchemy URL; anything else is a file path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "cockpit"
ORG_NAME = "PM Cockpit"
DB_FILENAME = "cockpit.sqlite3"
ENV_DB = "COCKPIT_DB"


@dataclass(frozen=True)
class StoreLocation:
    """Either a SQLite file (``path`` set) or another SQLAlchemy URL."""

    url: str
    path: Path | None

    @property
    def is_sqlite_file(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        """The file, or the URL with any password hidden (it is shown and logged)."""
        if self.path:
            return str(self.path)
        if "@" not in self.url:
            return self.url
        from sqlalchemy import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            password = make_url(self.url).password
        except (ArgumentError, ValueError):
            return self.url.split("://", 1)[0] + "://…"
        if not password:
            return self.url
        scheme, rest = self.url.split("://", 1)
        credentials, _at, place = rest.rpartition("@")
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}:***@{place}"


def data_dir() -> Path:
    """The per-user data folder (QStandardPaths.AppDataLocation)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_store(db: str | None = None) -> StoreLocation:
    from cockpit.errors import ErrorCode, KnownError

    value = db if db is not None else os.environ.get(ENV_DB)
    if value is not None and not value.strip():
        # an unset shell variable must not silently mean "the user's real store"
        source = "--db" if db is not None else ENV_DB
        raise KnownError(ErrorCode.DB_BAD_URL, f"{source} is empty: give a file or a URL")
    value = (value or "").strip()
    if value in ("sqlite://", "sqlite:///:memory:") or value.endswith(":memory:"):
        raise KnownError(ErrorCode.DB_BAD_URL, "an in-memory database keeps nothing: give a file")
    if "://" in value:
        if value.startswith("sqlite:///") and len(value) > len("sqlite:///"):
            path = Path(value[len("sqlite:///") :]).expanduser().absolute()
            return StoreLocation(url=f"sqlite:///{path}", path=path)
        return StoreLocation(url=value, path=None)
    path = Path(value).expanduser() if value else data_dir() / DB_FILENAME
    path = path.absolute()
    return StoreLocation(url=f"sqlite:///{path}", path=path)


def is_default(location: StoreLocation) -> bool:
    """True for the user's own store in the data folder (no ``--db``, no ``COCKPIT_DB``)."""
    return location.path is not None and location.path == (data_dir() / DB_FILENAME).absolute()


def require_existing(location: StoreLocation) -> None:
    """Refuse a store file that is not there: a mistyped ``--db`` must not quietly create
    folders and an empty store. Stores are created only on purpose (``cockpit init``, the
    app's first run, ``cockpit demo``)."""
    from cockpit.errors import ErrorCode, KnownError

    path = location.path
    if path is None or path.exists():
        return
    if is_default(location):
        raise KnownError(ErrorCode.DB_MISSING,
                         f"there is no store yet at {path}: start the app once, or create an "
                         "empty one with `cockpit init`")
    raise KnownError(ErrorCode.DB_MISSING,
                     f"there is no store at {path}: check the path, or create a new, empty "
                     f"store there with `cockpit init --db {path}`")


def log_dir() -> Path:
    return data_dir() / "logs"
