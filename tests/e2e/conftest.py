"""Per test module: one fake Slack Web API and one bot server (`serve` in a thread of the test
process, see ServerThread), shared by the module's tests (each talks in its own channels). A
test that needs its own settings or database starts its own server; a module that needs other
settings overrides `server`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.slack_fakes import BotServer, FakeSlack, ServerThread


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
