"""Alembic, driven from code: locate the scripts, upgrade/downgrade, read the head."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine

log = logging.getLogger("cockpit.store")


def migrations_dir() -> Path:
    return Path(str(resources.files("migrations")))


def alembic_config(engine: Engine):  # -> alembic.config.Config (lazy import)
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    log.info("upgrading schema to %s", revision)
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    log.info("downgrading schema to %s", revision)
    command.downgrade(alembic_config(engine), revision)


def script_revisions() -> list[str]:
    """Alembic's chain, oldest first (tests compare it with ``revisions.REVISIONS``)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
