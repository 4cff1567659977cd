"""Engine factory: SQLite with WAL, foreign keys and a busy timeout; other URLs as given.

SQLite connections run in autocommit at the driver level and SQLAlchemy emits the ``BEGIN``
itself (SQLAlchemy's documented recipe for pysqlite): every transaction, DDL included, is then
a real SQLite transaction — a migration killed half-way leaves the file as it was.

Two threads write (the store's worker and the sync's own thread, see README "Who writes"), so
every transaction is ``BEGIN IMMEDIATE``: it takes the write lock at its start, and a second
writer waits for it (the busy timeout) instead of failing. With a plain ``BEGIN`` a
transaction that read first and writes second fails at once with "database is locked" when
the other thread committed in between, whatever the timeout (SQLite's snapshot rule in WAL).
Units of work are short and never wait on the network inside a transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver must not open transactions itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_url(path: Path) -> URL:
    """The URL of a SQLite file, built from parts: ``?`` or ``#`` in a folder name stay part
    of the path (in a URL string they would start a query or a fragment)."""
    return URL.create("sqlite", database=str(path))


def make_engine(url: str | URL) -> Engine:
    if isinstance(url, str):
        url = make_url(url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
