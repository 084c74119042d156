"""Per test module: one fake Slack Web API and one bot server (`serve` in a thread of the test
process, see ServerThread), shared by the module's tests (each talks in its own channels). A
test that needs its own settings or database starts its own server; a module that needs other
settings overrides `server`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import repository_content
from tests.e2e.slack_fakes import BotServer, FakeSlack, ServerProcess, ServerThread


@pytest.fixture(scope="module", autouse=True)
def _servers_in_this_process_share_its_content() -> Iterator[None]:
    """A server started in the test process (ServerThread) reads the repository's content as
    the test process already has it, instead of unpickling the kept copy and compiling the PHI
    rules again for each start (about a second of CPU each). Servers in their own process
    (ServerProcess, the command line's tests) still read it as the product does."""
    import bot.wiring

    read = bot.wiring.load_content
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            bot.wiring,
            "load_content",
            lambda settings: (
                repository_content() if settings.content_dir is None else read(settings)
            ),
        )
        yield


@pytest.fixture(autouse=True)
def _no_server_process_outlives_its_test() -> Iterator[None]:
    """A test that fails before stopping its own `serve` process would leave it running (and
    holding its port, database and CPU) after the suite: stop whatever it started. A
    module-scoped server is stopped by its own fixture after the module's last test."""
    before = set(ServerProcess.running)
    yield
    for leftover in ServerProcess.running - before:
        leftover.stop(kill=True)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack()
    yield slack
    slack.close()


@pytest.fixture(scope="module")
def server(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotServer]:
    bot = ServerThread(fake, tmp_path_factory.mktemp("slack") / "bot.db")
    yield bot
    bot.stop()
