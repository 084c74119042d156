"""Runs the Bolt app: Socket Mode, or HTTP behind uvicorn with /slack/events and /healthz."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import uvicorn
from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.request.internals import build_context

from bot.settings import log_failure
from bot.slack.ingress import UNREADABLE_PAYLOAD, RefusalLog, guarded, respond
from bot.slack.shapes import slash_command
from bot.slack.workspace import UNREADABLE

EVENTS_PATH = "/slack/events"
# Requests in flight at once; beyond this uvicorn answers 503 at once, which bounds the memory a
# flood of large bodies can hold (each at most ingress.MAX_BODY_BYTES).
MAX_CONCURRENT_REQUESTS = 200
log = logging.getLogger("e1399.server")
Health = Callable[[], "str | None"]  # why the server cannot serve now, or None


class ThreadedBolt(SlackRequestHandler):
    """Bolt's ASGI adapter with each request's listeners run in a thread of their own pool: a
    listener that waits (for a busy database) never holds up other requests, and the health
    check (in asyncio's default pool) never waits behind listeners."""

    listeners = ThreadPoolExecutor(max_workers=32, thread_name_prefix="slack-listener")

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        body = await request.get_raw_body()
        bolt_request = BoltRequest(
            body=body, query=request.query_string, headers=request.get_headers()
        )
        command = slash_command(body, bolt_request.content_type)
        if command is not None and bolt_request.body != command:
            bolt_request.body = command  # see slash_command: the word "payload" in its text
            bolt_request.context = build_context(BoltContext({}), command)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.listeners, self.app.dispatch, bolt_request)


def asgi_app(app: App, signing_secret: str, health: Health | None = None) -> Any:
    """GET /healthz for load balancers (503 with the reason when `health` names one); POST
    /slack/events through the ingress gate to Bolt."""
    bolt = ThreadedBolt(app, path=EVENTS_PATH)

    refusals = RefusalLog()  # the gate's and this one's, one count a reason

    async def parse_or_400(scope: dict[str, Any], receive: Any, send: Any) -> None:
        try:
            await bolt(scope, receive, send)
        except UNREADABLE:
            # Bolt reads a payload's ids before its error handler can see a failure (a team that
            # is a number); nothing was sent yet. Counted with the gate's refusals.
            refusals.note(UNREADABLE_PAYLOAD, time.monotonic())
            await respond(send, 400, b"bad request")
        except Exception:
            log_failure(log, "a Slack request failed")  # a fault of ours: Slack sends it again
            await respond(send, 500, b"failed")

    gate = guarded(parse_or_400, signing_secret, refusals)

    async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await bolt(scope, receive, send)  # lifespan
        elif scope["path"] == "/healthz" and scope["method"] in ("GET", "HEAD"):
            problem = await asyncio.to_thread(health) if health else None
            await respond(send, 503 if problem else 200, (problem or "ok").encode())
        elif scope["path"] != EVENTS_PATH or scope["method"] != "POST":
            await respond(send, 404, b"not found")
        else:
            await gate(scope, receive, send)

    return application


class StoppableServer(uvicorn.Server):
    """uvicorn's server, also ending once `stop` is set: checked on its own tick (every 0.1 s),
    so no thread waits on `stop` and none is left behind when serving fails to start."""

    def __init__(self, config: uvicorn.Config, stop: threading.Event) -> None:
        super().__init__(config)
        self.stop = stop

    async def on_tick(self, counter: int) -> bool:
        if self.stop.is_set():
            self.should_exit = True  # uvicorn finishes the requests in flight, then returns
        return await super().on_tick(counter)


def serve_http(
    app: App,
    signing_secret: str,
    listener: socket.socket,
    stop: threading.Event | None = None,
    health: Health | None = None,
) -> None:
    """Serves on the bound `listener` until Ctrl-C (SIGINT or SIGTERM), or until `stop` is set."""
    config = uvicorn.Config(
        asgi_app(app, signing_secret, health),
        log_level="warning",
        access_log=False,
        limit_concurrency=MAX_CONCURRENT_REQUESTS,
        log_config=None,  # keep our handler (and its redaction filter) for uvicorn's loggers
    )
    server = StoppableServer(config, stop or threading.Event())
    server.run(sockets=[listener])


def serve_socket_mode(app: App, app_token: str) -> None:
    SocketModeHandler(app, app_token, web_client=app.client).start()
