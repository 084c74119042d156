"""A throwaway PostgreSQL server for tests: initdb in a temp folder, on 127.0.0.1, stopped after."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _binaries() -> Path | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _as_postgres() -> dict:
    """PostgreSQL refuses to run as root; run it as the `postgres` user when we are root."""
    if os.geteuid() != 0:
        return {}
    user = pwd.getpwnam("postgres")
    return {"user": user.pw_uid, "group": user.pw_gid}


def _start(binaries: Path, folder: Path, credentials: dict) -> int:
    """Starts the server on a free port and returns it. A port found free can be taken by
    another test process before the server binds it, so a server that could not bind tries
    again on another port."""
    for _attempt in range(5):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        (folder / "log").unlink(missing_ok=True)  # pg_ctl appends: read only this attempt
        started = subprocess.run(
            [
                binaries / "pg_ctl",
                "-D",
                folder / "data",
                "-l",
                folder / "log",
                "-w",
                "-t",  # pg_ctl waits 60 s by default; a busy machine can take longer to start it
                "300",
                "-o",
                f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off",
                "start",
            ],
            capture_output=True,
            **credentials,
        )
        if started.returncode == 0:
            return port
        log = (folder / "log").read_text(errors="replace")
        if "Address already in use" not in log:
            break
    raise RuntimeError(f"PostgreSQL did not start:\n{started.stderr.decode()}\n{log}")


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """Yields a SQLAlchemy URL of a fresh database, or None when PostgreSQL is not installed."""
    binaries = _binaries()
    if binaries is None:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="e1399-pg-"))
    data = folder / "data"
    credentials = _as_postgres()
    if credentials:
        os.chown(folder, credentials["user"], credentials["group"])
    try:
        # --no-sync, like fsync=off: a throwaway server need not wait for the disk.
        initdb = ["-D", str(data), "-U", "e1399", "--auth=trust", "-E", "UTF8", "--no-sync"]
        subprocess.run(
            [binaries / "initdb", *initdb],
            check=True,
            capture_output=True,
            **credentials,
        )
        port = _start(binaries, folder, credentials)
        try:
            subprocess.run(
                [binaries / "createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "e1399", "bot"],
                check=True,
                capture_output=True,
                **credentials,
            )
            yield f"postgresql+psycopg://e1399@127.0.0.1:{port}/bot"
        finally:
            subprocess.run(
                [binaries / "pg_ctl", "-D", data, "-m", "immediate", "stop"],
                capture_output=True,
                **credentials,
            )
            time.sleep(0.1)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
