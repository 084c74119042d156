"""A Bolt app that only acknowledges, served exactly like ours: the ack-latency baseline."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slack_bolt import App  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from bot.slack.server import serve_http  # noqa: E402

if __name__ == "__main__":
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(token=os.environ["SLACK_BOT_TOKEN"], client=client,
              signing_secret=os.environ["SLACK_SIGNING_SECRET"])  # fmt: skip

    @app.event("message")
    def acknowledge_only() -> None:
        """Does nothing: Bolt has already acknowledged the event."""

    serve_http(app, "127.0.0.1", int(sys.argv[1]))
