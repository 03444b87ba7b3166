"""A PostgreSQL server for the tests, and one fresh database per test.

``COOPATELIER_TEST_PG_URL`` names an existing server (a URL whose user may create
databases, e.g. ``postgresql+psycopg://me:secret@127.0.0.1:5432/postgres``). Without it the
first test that needs PostgreSQL starts a throwaway server: ``initdb`` into a temporary
folder, ``pg_ctl start`` on 127.0.0.1 and a free port, its socket in that folder; it is
stopped and removed when the test session ends. A watchdog process does the same if the
session dies without cleaning up (pytest-timeout's ``os._exit``, SIGKILL, Ctrl-C twice).
PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` system
user (``runuser``).

When neither is possible, or with ``COOPATELIER_TEST_PG=off``, the PostgreSQL tests are
skipped with the reason (``pytest -ra`` lists it). ``COOPATELIER_TEST_PG_REQUIRED=1`` (set
by ``.ci/run``) turns that skip into an error, so that CI never passes without them.

This module is a pytest plugin, loaded by ``tests/conftest.py``.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, make_url, text

ENV_URL = "COOPATELIER_TEST_PG_URL"
ENV_SWITCH = "COOPATELIER_TEST_PG"
ENV_REQUIRED = "COOPATELIER_TEST_PG_REQUIRED"
SERVER_USER = "postgres"  # the superuser role inside the throwaway cluster
TEST_PASSWORD = "coopatelier-test"  # nosec: a throwaway cluster on loopback only


# Waits for its stdin to close — the test session ended, however it ended — then stops the
# server (argv: pg_ctl, data folder, root folder, command prefix...) and removes its folder.
WATCHDOG = """
import shutil, subprocess, sys
sys.stdin.buffer.read()
pg_ctl, data, root, *prefix = sys.argv[1:]
subprocess.run([*prefix, pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"],
               capture_output=True, timeout=60, cwd=root)
shutil.rmtree(root, ignore_errors=True)
"""


class ServerUnavailable(Exception):
    """No PostgreSQL server can be used; the message says why."""


def find_binary(name: str) -> str | None:
    """``name`` on PATH, else in the usual Debian/RedHat/Homebrew folders."""
    found = shutil.which(name)
    if found:
        return found
    patterns = (
        f"/usr/lib/postgresql/*/bin/{name}",
        f"/usr/pgsql-*/bin/{name}",
        f"/opt/homebrew/opt/postgresql*/bin/{name}",
    )
    for pattern in patterns:
        matches = sorted(glob.glob(pattern))
        if matches:
            return matches[-1]
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder, running until ``stop()``."""

    root: Path
    port: int
    run_as: list[str]
    pg_ctl: str
    running: bool = field(default=False)
    watchdog: subprocess.Popen[bytes] | None = field(default=None)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=SERVER_USER,
            password=TEST_PASSWORD,
            host="127.0.0.1",
            port=self.port,
            database="postgres",
        )

    @classmethod
    def start(cls) -> ThrowawayServer:
        initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
        if initdb is None or pg_ctl is None:
            raise ServerUnavailable(
                f"no PostgreSQL server binaries (initdb, pg_ctl) found and {ENV_URL} is not set"
            )
        run_as = _run_as_prefix()
        root = Path(tempfile.mkdtemp(prefix="coopatelier-pg-"))
        server = cls(root=root, port=free_port(), run_as=run_as, pg_ctl=pg_ctl)
        server.watchdog = subprocess.Popen(
            [sys.executable, "-c", WATCHDOG, pg_ctl, str(server.data), str(root), *run_as],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C of the session does not stop it early
        )
        try:
            if run_as:
                shutil.chown(root, SERVER_USER, SERVER_USER)
            root.chmod(0o700)
            password_file = root / "pwfile"
            password_file.write_text(TEST_PASSWORD + "\n", "utf-8")
            if run_as:
                shutil.chown(password_file, SERVER_USER, SERVER_USER)
            server._run(
                initdb,
                "-D", str(server.data),
                "-U", SERVER_USER,
                "--pwfile", str(password_file),
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            )  # fmt: skip
            options = (
                f"-h 127.0.0.1 -p {server.port} -k {root} "
                "-c fsync=off -c full_page_writes=off -c max_connections=50"
            )
            server._run(
                pg_ctl, "-D", str(server.data), "-l", str(root / "server.log"),
                "-o", options, "-w", "-t", "60", "start",
            )  # fmt: skip
            server.running = True
        except BaseException:
            server.stop()
            raise
        return server

    def stop(self) -> None:
        """Stop the server (fast) and remove its folder; safe to call twice."""
        if self.running:
            self.running = False
            with contextlib.suppress(ServerUnavailable):
                self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
        if self.watchdog is not None:
            watchdog, self.watchdog = self.watchdog, None
            assert watchdog.stdin is not None
            watchdog.stdin.close()  # nothing left for it to do: it exits at once
            with contextlib.suppress(subprocess.TimeoutExpired):
                watchdog.wait(timeout=30)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(
                (self.root / "server.log").read_text("utf-8", "replace").splitlines()[-lines:]
            )
        except OSError:
            return ""

    def _run(self, *command: str) -> None:
        try:
            subprocess.run(
                [*self.run_as, *command],
                check=True,
                capture_output=True,
                text=True,
                timeout=90,
                cwd=self.root,
            )
        except subprocess.CalledProcessError as exc:
            raise ServerUnavailable(
                f"{Path(command[0]).name} failed: {(exc.stderr or exc.stdout).strip()}"
                f"\n{self.log_tail()}"
            ) from exc
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ServerUnavailable(f"{Path(command[0]).name} could not run: {exc}") from exc


def _run_as_prefix() -> list[str]:
    """How to run the server's commands: directly, or as ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return []
    try:
        import pwd

        pwd.getpwnam(SERVER_USER)
    except KeyError as exc:
        raise ServerUnavailable(
            f"running as root and there is no '{SERVER_USER}' system user to run PostgreSQL"
        ) from exc
    # runuser lives in sbin, which a minimal PATH may leave out
    runuser = shutil.which("runuser") or shutil.which(
        "runuser", path=os.pathsep.join(("/usr/sbin", "/sbin"))
    )
    if runuser is None:
        raise ServerUnavailable("running as root and 'runuser' is not available")
    return [runuser, "-u", SERVER_USER, "--"]


class PgServer:
    """A server the tests may create and drop databases on."""

    def __init__(self, admin_url: URL, owned: ThrowawayServer | None) -> None:
        self.admin_url = admin_url
        self.owned = owned
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL (password included)."""
        name = f"coopatelier_test_{uuid.uuid4().hex[:12]}"
        with self._admin.connect() as connection:
            connection.execute(
                text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
            )
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        assert name and name.startswith("coopatelier_test_")
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def terminate_connections(self, url: str) -> None:
        """Cut every connection to the database at ``url``, as a server restart would."""
        with self._admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": make_url(url).database},
            )

    def set_read_only(self, url: str) -> None:
        """Make new sessions on the database at ``url`` refuse every change."""
        name = make_url(url).database
        with self._admin.connect() as connection:
            connection.execute(
                text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
            )

    def close(self) -> None:
        self._admin.dispose()
        if self.owned is not None:
            self.owned.stop()


def _connect_server() -> PgServer:
    if os.environ.get(ENV_SWITCH, "").lower() in ("0", "off", "no"):
        raise ServerUnavailable(f"turned off by {ENV_SWITCH}={os.environ[ENV_SWITCH]}")
    explicit = os.environ.get(ENV_URL, "").strip()
    if explicit:
        return PgServer(make_url(explicit), None)
    owned = ThrowawayServer.start()
    atexit.register(owned.stop)  # also when the session is interrupted
    return PgServer(owned.url, owned)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL server of this test session, started on first use."""
    try:
        server = _connect_server()
    except ServerUnavailable as exc:
        reason = f"PostgreSQL tests need a server: {exc}"
        if os.environ.get(ENV_REQUIRED) == "1":
            pytest.fail(f"{reason} ({ENV_REQUIRED}=1)", pytrace=False)
        pytest.skip(reason)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    url = pg_server.create_database()
    try:
        yield url
    finally:
        pg_server.drop_database(url)
