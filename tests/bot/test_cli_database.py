"""A database the command line cannot open (a PostgreSQL server that is not there, a SQLite file
whose folder cannot be made) is one line on stderr and exit 1 for every command that opens it,
never a traceback and never the password in DATABASE_URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.conftest import Cli

PASSWORD = "secretpw"
NOBODY_LISTENING = f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:1/e1399"
COMMANDS = [("ask", "what is e1399"), ("ask", "is there a code for a knee scooter?"),
            ("kb", "unanswered"), ("chat",)]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_postgresql_server_that_is_not_there_is_said_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    monkeypatch.setenv("DATABASE_URL", NOBODY_LISTENING)
    result = cli(*command)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()  # one line, no traceback
    assert line.startswith("e1399-bot: cannot open the database: ") and "refused" in line
    assert PASSWORD not in result.stderr + result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_sqlite_file_that_cannot_be_made_is_said_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: tuple[str, ...]
) -> None:
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'a-file' / 'bot.db'}")
    result = cli(*command)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("e1399-bot: cannot create the database file: ")
    assert str(tmp_path / "a-file") in line  # which folder to fix


def test_a_driver_quoting_the_password_has_it_blanked(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from bot.store import SqlStore

    def refused(url: str) -> SqlStore:
        raise OperationalError("connect", {}, Exception(f"bad login postgres:{PASSWORD}\nmore"))

    monkeypatch.setattr(SqlStore, "from_url", refused)
    monkeypatch.setenv("DATABASE_URL", NOBODY_LISTENING)
    result = cli("kb", "unanswered")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "bad login postgres:***" in line and PASSWORD not in line


def test_a_port_that_is_not_a_number_is_said_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql+psycopg://postgres:{PASSWORD}@db:54x2/e1399")
    result = cli("ask", "what is e1399")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("e1399-bot: DATABASE_URL cannot be read: ") and PASSWORD not in line
