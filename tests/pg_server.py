"""A throwaway PostgreSQL server for the tests: a cluster made by ``initdb`` under a temporary
folder, listening only on a Unix socket there, stopped and deleted at the end of the run.

Debian's ``postgresql`` package provides the binaries (``.ci/run`` installs it). Run as root
(CI), the cluster belongs to the ``postgres`` user, as PostgreSQL refuses to run as root.
Without the binaries the PostgreSQL cases are skipped — except in CI (``CI=true``), where that
is an error.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

USER = "cockpit"


@dataclass
class Server:
    folder: Path
    bindir: Path
    owner: str | None  # the system user running it (``postgres`` when we are root)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@/{database}?host={self.folder}"

    def psql(self, sql: str, database: str = "postgres") -> None:
        self._run([str(self.bindir / "psql"), "-h", str(self.folder), "-U", USER, "-d",
                   database, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])

    def copy_of(self, template: str) -> Iterator[str]:
        """For a fixture: the URL of a new database copied from ``template``, dropped after."""
        name = f"c_{uuid.uuid4().hex[:12]}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE {template}")
        yield self.url(name)
        self.psql(f"DROP DATABASE {name} WITH (FORCE)")

    def _run(self, args: list[str]) -> None:
        if self.owner:
            args = ["runuser", "-u", self.owner, "--", *args]
        subprocess.run(args, check=True, capture_output=True, text=True)

    def stop(self) -> None:
        try:
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                       "immediate", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def find_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def start() -> Server:
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="cockpit-pg-"))
    owner = "postgres" if os.geteuid() == 0 else None
    if owner:
        shutil.chown(folder, owner)
        folder.chmod(0o700)
    server = Server(folder, bindir, owner)
    server._run([str(bindir / "initdb"), "-D", str(folder / "data"), "-U", USER, "-A", "trust",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    options = (f"-c listen_addresses='' -k {folder} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=200")
    server._run([str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-o", options, "-w", "-l",
                 str(folder / "server.log"), "start"])
    return server
