"""A Bolt app that only acknowledges, behind uvicorn and Bolt's own ASGI adapter: the baseline."""

from __future__ import annotations

import os
import sys

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_sdk import WebClient

if __name__ == "__main__":
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(token=os.environ["SLACK_BOT_TOKEN"], client=client,
              signing_secret=os.environ["SLACK_SIGNING_SECRET"])  # fmt: skip

    @app.event("message")
    def acknowledge_only() -> None:
        """Does nothing: Bolt has already acknowledged the event."""

    bolt = SlackRequestHandler(app, path="/slack/events")

    async def application(scope: dict, receive: object, send: object) -> None:
        if scope["type"] == "http" and scope["path"] == "/healthz":
            await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
            await send({"type": "http.response.body", "body": b"ok"})  # type: ignore[operator]
            return
        await bolt(scope, receive, send)

    uvicorn.run(application, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
                access_log=False)  # fmt: skip
