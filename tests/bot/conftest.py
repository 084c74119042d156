"""Fixtures for tests of the bot package: the engine over a real SQLite file, and the command line
run in this process (one subprocess smoke test lives in tests/e2e/test_cli.py)."""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import TODAY

# The packages are imported where they are used, as in tests/conftest.py: under `make test`
# xdist's controller process loads this file too, and runs no test.
if TYPE_CHECKING:
    from bot.settings import Settings
    from flows.all_content import Content
    from flows.engine import Engine
    from flows.phi_rules import Rules


@pytest.fixture
def engine(database_url: str, content: Content) -> Engine:
    from bot.settings import Settings
    from bot.wiring import build_engine

    return build_engine(Settings(DATABASE_URL=database_url), today=lambda: TODAY, content=content)


# Starting PostgreSQL takes seconds, so its half is `slow` (left out of `make test-fast`).
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def url(request: pytest.FixtureRequest, database_url: str) -> str:
    """The same test on a SQLite file and on a real PostgreSQL server."""
    return database_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def files_of(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# An edited copy's content as a command of this process last read it, with the PHI rules it put
# in use, by the path its copy is kept under (a hash of the folder's path and files): a test
# asking twice of the same edited folder unpickles it once (a third of a second each).
_edited: dict[Path, tuple[Content, Rules]] = {}


def content_of(settings: Settings, loaded: Content) -> Content:
    """The content a command reads: the repository's as this run loaded it, also for a copy of
    it that nothing has changed yet (same files, byte for byte: reading and indexing it again
    would give the same content); an edited copy is read (or its kept copy unpickled) once for
    the same files."""
    from flows.content_cache import cached_content, kept_path
    from flows.phi import use_rules
    from flows.phi_rules import rules

    folder = settings.content_dir
    if folder is None:
        return loaded
    if files_of(folder) == files_of(loaded.directory):
        return dataclasses.replace(loaded, directory=folder)
    kept = kept_path(folder.resolve())
    if kept in _edited:
        content, in_use = _edited[kept]
        use_rules(folder.resolve(), in_use)  # as loading the kept copy does
        return content
    content = cached_content(folder)
    _edited.clear()  # one edited folder at a time: tests' folders are their own
    _edited[kept] = (content, rules())
    return content


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., CliResult]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        content: Content, tmp_path: Path) -> Cli:  # fmt: skip
    """Runs `e1399-bot ARGS...` in this process: exit code, stdout and stderr, as a shell sees
    them. The repository's content is read once per test run instead of once per command (see
    content_of); an edited copy (E1399_CONTENT_DIR) is kept, as the bot keeps it, in the test's
    own cache."""
    import bot.cli
    import bot.wiring
    from flows.messages import Messages

    # `serve` sets up logging for its process; here pytest's log capture stays in charge.
    monkeypatch.setattr("bot.settings.configure_logging", lambda settings: None)
    # The settings are read from the environment alone: a command run again in the same
    # environment gets the settings read the first time (the PHI path tests run hundreds).
    read_settings, settings_read = bot.cli.settings_from_environment, {}

    def settings_of_this_environment() -> Settings:
        environment = frozenset(os.environ.items())
        if environment not in settings_read:
            settings_read[environment] = read_settings()
        return settings_read[environment]

    monkeypatch.setattr(bot.cli, "settings_from_environment", settings_of_this_environment)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(bot.wiring, "load_content", lambda settings: content_of(settings, content))
    load_messages = Messages.load  # refusals read only the wording
    monkeypatch.setattr(
        Messages,
        "load",
        lambda folder: content.messages if folder == content.directory else load_messages(folder),
    )

    def run(*args: str, stdin: str = "") -> CliResult:
        capsys.readouterr()  # only this command's output
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = bot.cli.main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run
