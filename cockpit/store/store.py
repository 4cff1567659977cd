"""Opening the store: check first (read-only), back up, migrate, then hand out sessions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import StoreLocation
from cockpit.store.schema_check import SchemaState, SchemaStatus, classify, inspect_sqlite

log = logging.getLogger("cockpit.store")


@dataclass
class Store:
    location: StoreLocation
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None  # the copy taken before a migration in this start
    migrated_from: str | None = field(default=None)
    created: bool = False  # True when this start made the schema (a new, empty store)
    demo: bool = False  # the demo portfolio's store: never syncs or sends (store.purpose)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except (LookupError, ValueError, TypeError, ArithmeticError) as exc:
            session.rollback()
            if _raised_reading_a_row(exc):
                raise self.damaged(exc) from exc
            raise
        except Exception as exc:
            session.rollback()
            if is_undecodable_text(exc) or is_damaged_schema(exc):
                raise self.damaged(exc) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def damaged(self, exc: BaseException) -> KnownError:
        """The error for a record that holds a value PM Cockpit cannot read."""
        return KnownError(
            ErrorCode.DB_CORRUPT,
            f"a record in {self.location.display()} holds a value PM Cockpit cannot read "
            f"({_reason(exc)}); restore a backup (File → Backups…), or export and repair it")


def is_undecodable_text(exc: BaseException) -> bool:
    """SQLite found bytes that are not UTF-8 in a text column (a damaged page)."""
    return "could not decode to utf-8" in str(getattr(exc, "orig", None) or exc).lower()


def is_damaged_schema(exc: BaseException) -> bool:
    """SQLite's own schema no longer says what its revision does: a column or table gone from
    a store that opened at the current revision (a flipped byte in the schema's text, a
    restored backup damaged on disk), or a page SQLite calls malformed."""
    text = str(getattr(exc, "orig", None) or "").lower()
    return any(words in text for words in ("no such column", "no such table", "malformed"))


def _reason(exc: BaseException) -> str:
    """One line for the user: the driver's own message, without SQLAlchemy's SQL dump."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _raised_reading_a_row(exc: BaseException) -> bool:
    """True when the error came out of turning a stored value back into Python (a damaged
    row: an unknown status, a decimal that is not a number, a date that is not a date)."""
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        if "/sqlalchemy/" in name or name.endswith(("cockpit/store/types.py",
                                                     "cockpit/store/summary_query.py")):
            return True
        tb = tb.tb_next
    return False


def _inspect_url(engine: Engine) -> SchemaStatus:
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in names:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise KnownError(
            ErrorCode.DB_UNREADABLE, f"cannot open the database: {_reason(exc)}"
        ) from exc
    return classify(revision, has_tables=bool(names - {"alembic_version"}))


def open_store(location: StoreLocation, *, migrate: bool = True,
               upgrade_server: bool = False) -> Store:
    """Open (creating or upgrading as needed) the store at ``location``.

    Raises ``KnownError`` for a damaged, unreadable or newer database; such a file is left
    untouched. A failed migration restores nothing by hand: the backup taken first is kept and
    named in the error. A store on a database server (PostgreSQL) is shared: its schema is
    created or upgraded only when asked (``upgrade_server``: ``cockpit db upgrade``), never by
    whichever app opens it first.
    """
    from cockpit.store.engine import make_engine, make_session_factory, sqlite_url

    status: SchemaStatus | None = None
    if location.path is not None:
        parent = location.path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise KnownError(
                    ErrorCode.DB_UNREADABLE, f"cannot create folder {parent}: {exc.strerror}"
                ) from exc
        status = inspect_sqlite(location.path)
        _refuse_newer(status, location)
    try:
        engine = make_engine(sqlite_url(location.path) if location.path else location.url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError / NoSuchModuleError for bad URLs
        raise KnownError(
            ErrorCode.DB_BAD_URL, f"not a usable database URL: {location.url}"
        ) from exc
    if status is None:
        status = _inspect_url(engine)
        _refuse_newer(status, location)
    store = Store(location, engine, make_session_factory(engine))
    store.created = status.state in (SchemaState.MISSING, SchemaState.EMPTY)
    if migrate and status.state is not SchemaState.CURRENT:
        if location.path is None and not upgrade_server:
            engine.dispose()
            what = ("has no PM Cockpit schema yet" if store.created
                    else f"has an older schema ({status.revision})")
            raise KnownError(ErrorCode.DB_NEEDS_UPGRADE,
                             f"the shared database {location.display()} {what}; PM Cockpit "
                             "never changes a server's schema by itself: run `cockpit db "
                             f"upgrade --db {location.display()}` once, then open it again")
        _migrate(store, status)
    if migrate:
        _seed(store)
        from cockpit.store.purpose import read_is_demo

        store.demo = read_is_demo(store)
    return store


def _seed(store: Store) -> None:
    """The shipped default templates the store lacks (a new store, a new language or kind)."""
    from cockpit.store.default_templates import seed_defaults

    try:
        seed_defaults(store)
    except Exception as exc:
        store.engine.dispose()
        raise KnownError(ErrorCode.DB_MIGRATION_FAILED,
                         f"adding the default templates failed: {_reason(exc)}") from exc


def _restore(backup: Path, path: Path) -> bool:
    from cockpit.store.backup import restore_sqlite

    try:
        restore_sqlite(backup, path)
    except Exception:  # e.g. still locked by another program: the backup stays the safe copy
        log.exception("could not restore %s from %s", path, backup)
        return False
    log.warning("restored %s from %s after a failed upgrade", path, backup)
    return True


def _refuse_newer(status: SchemaStatus, location: StoreLocation) -> None:
    if status.state is SchemaState.NEWER:
        raise KnownError(
            ErrorCode.DB_NEWER,
            f"{location.display()} was written by a newer PM Cockpit (schema {status.revision}); "
            "update PM Cockpit to open it",
        )


def _migrate(store: Store, status: SchemaStatus) -> None:
    from cockpit.store import backups, migrate
    from cockpit.store.backup import backup_sqlite

    path = store.location.path
    if status.state is SchemaState.BEHIND and path is not None:
        try:
            store.backup = backup_sqlite(path, f"before-upgrade-from-{status.revision}")
            backups.prune(path, backups.read_keep(path))
        except (OSError, sqlite3.Error) as exc:
            store.engine.dispose()
            raise KnownError(ErrorCode.DB_UNREADABLE,
                             f"cannot write the backup that comes before an upgrade ({exc}); "
                             "nothing was changed") from exc
        log.info("backed up %s to %s", path, store.backup)
    try:
        migrate.upgrade(store.engine)
    except Exception as exc:
        store.engine.dispose()
        # SQLite runs Alembic's DDL outside a transaction, so a failed step can leave the
        # file half-upgraded: put the copy taken a moment ago back in its place.
        restored = path is not None and store.backup is not None and _restore(store.backup, path)
        where = f"; your data is safe in {store.backup}" if store.backup else ""
        if restored:
            where = f"; the database was restored as it was (a copy is in {store.backup})"
        raise KnownError(
            ErrorCode.DB_MIGRATION_FAILED, f"upgrading the database failed: {_reason(exc)}{where}"
        ) from exc
    store.migrated_from = status.revision
