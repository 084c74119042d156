"""Per test module: one fake Slack Web API and one `e1399-bot serve` process, shared by the
module's tests (each talks in its own channels). A test that needs its own settings or database
starts its own BotServer; a module that needs other settings overrides `server`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.slack_fakes import BotServer, FakeSlack


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack()
    yield slack
    slack.close()


@pytest.fixture(scope="module")
def server(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotServer]:
    bot = BotServer(fake, tmp_path_factory.mktemp("slack") / "bot.db")
    yield bot
    bot.stop()
