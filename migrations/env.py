"""Alembic environment. The engine comes from PM Cockpit (``config.attributes['engine']``)
or, for the ``alembic`` command line, from ``-x db=URL`` / ``COCKPIT_DB``."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Engine

from cockpit.store.models import Base

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine
    from cockpit.store.engine import make_engine

    url = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get("COCKPIT_DB")
    if not url:
        raise SystemExit("pass -x db=sqlite:///path/to/file.sqlite3 or set COCKPIT_DB")
    if "://" not in url:
        url = f"sqlite:///{os.path.abspath(url)}"
    return make_engine(url)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or "sqlite://",
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
            # SQLite can roll DDL back (the engine emits a real BEGIN): one transaction for
            # the whole upgrade, so a failure or a kill leaves the schema as it was
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
