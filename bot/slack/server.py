"""Runs the Bolt app: Socket Mode, or HTTP behind uvicorn with /slack/events and /healthz."""

from __future__ import annotations

import logging
from typing import Any

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.socket_mode import SocketModeHandler

EVENTS_PATH = "/slack/events"
log = logging.getLogger("e1399.server")


def asgi_app(app: App) -> Any:
    """Bolt's ASGI adapter for POST /slack/events, plus GET /healthz for load balancers."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/healthz":
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"text/plain")],
                }
            )
            await send({"type": "http.response.body", "body": b"ok"})
            return
        try:
            await bolt(scope, receive, send)
        except Exception:
            # Bolt's adapter raises on bodies it cannot parse (a signed but malformed payload);
            # nothing was sent yet, so answer 400 and log without the body.
            log.warning("unparseable request to %s", scope.get("path"))
            await send(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [(b"content-type", b"text/plain")],
                }
            )
            await send({"type": "http.response.body", "body": b"bad request"})

    return application


def serve_http(app: App, host: str, port: int) -> None:
    uvicorn.run(asgi_app(app), host=host, port=port, log_level="warning", access_log=False)


def serve_socket_mode(app: App, app_token: str) -> None:
    SocketModeHandler(app, app_token, web_client=app.client).start()
