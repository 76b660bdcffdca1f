"""A throwaway PostgreSQL server (initdb + pg_ctl in a temporary folder) for tests and benchmarks.

initdb refuses to run as root, so when frontwire runs as root the cluster belongs to the
`postgres` user (or `nobody`), and the commands run through runuser.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from frontwire.errors import FrontwireError

_SEARCH = "/usr/lib/postgresql/*/bin"
_UNPRIVILEGED = ("postgres", "nobody")
_TIMEOUT = 60


class PostgresUnavailable(FrontwireError):
    """No PostgreSQL server programs (initdb, pg_ctl) on this machine."""


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(Path("/").glob(_SEARCH.lstrip("/")), key=lambda p: _version(p.parent.name), reverse=True)
    return next((p for p in candidates if (p / "initdb").exists() and (p / "pg_ctl").exists()), None)


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in name.split(".") if x.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> str | None:
    """The user to run the server as: None for ourselves, an unprivileged user when we are root."""
    if os.geteuid() != 0:
        return None
    for name in _UNPRIVILEGED:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise PostgresUnavailable("running as root and no unprivileged user (postgres, nobody) to own a cluster")


@dataclass(frozen=True, slots=True)
class TempPostgres:
    """A running throwaway cluster on a loopback port."""

    root: Path
    port: int
    bin_dir: Path
    user: str | None

    def url(self, database: str = "postgres") -> str:
        """The postgresql:// URL of one of its databases."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create a database and return its URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        _run(self, "pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _run(server: TempPostgres, program: str, *args: str) -> None:
    command = [str(server.bin_dir / program), *args]
    if server.user is not None:
        command = ["runuser", "-u", server.user, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    if result.returncode != 0:
        raise PostgresUnavailable(f"{program} failed ({result.returncode}): {result.stderr.strip()[-500:]}")


def start_temp_postgres(*, durable: bool = False) -> TempPostgres:
    """initdb a cluster in a new temporary folder and start it on a free loopback port.

    Unless durable, the server runs with fsync off: tests lose nothing by it, benchmarks should not.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable(f"no initdb/pg_ctl on PATH or under {_SEARCH}; install PostgreSQL's server package")
    user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="frontwire-pg-"))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = TempPostgres(root=root, port=_free_port(), bin_dir=bin_dir, user=user)
    try:
        _run(server, "initdb", "-D", str(root / "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8",
             "--no-locale", "--no-sync")
        options = f"-k {root} -c listen_addresses=127.0.0.1 -p {server.port}" + ("" if durable else " -c fsync=off")
        _run(server, "pg_ctl", "-D", str(root / "data"), "-l", str(root / "server.log"), "-o", options, "-w", "start")
    except (PostgresUnavailable, OSError, subprocess.TimeoutExpired):
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
