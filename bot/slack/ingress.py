"""The gate in front of Bolt: size limit, header checks and Slack's signature, before any parsing.

Anyone who can reach the public URL can send anything, so nothing of a request is parsed, kept
or logged until its signature proves Slack sent it. Every refusal is a short status with no
detail: 413 for a body over MAX_BODY_BYTES (refused from its Content-Length, or as soon as the
streamed bytes pass the limit), 401 for a missing or malformed header, a timestamp more than
five minutes away, or a wrong signature; 400 for a signed body that is not one of the shapes
Slack sends (bot/slack/shapes.py). A refusal sent before the body was read is followed by
reading and dropping what the client still sends (at most DRAIN_BYTES, for DRAIN_SECONDS): a
client still writing its body would otherwise see the connection reset instead of the answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.slack.shapes import readable

log = logging.getLogger("e1399.ingress")

# Slack's own payloads are a few kilobytes (a 40,000-character message with 50 blocks stays far
# below this); anything larger is not from Slack.
MAX_BODY_BYTES = 1_000_000
MAX_CLOCK_SKEW_SECONDS = 300  # Slack's own replay window
DRAIN_BYTES = 16 * MAX_BODY_BYTES  # beyond this a client still sending gets the connection closed
DRAIN_SECONDS = 5.0
_TIMESTAMP = re.compile(rb"[0-9]{1,12}")
_SIGNATURE = re.compile(rb"v0=[0-9a-f]{64}")

UNREADABLE_PAYLOAD = "signed payload that could not be read"  # the log line docs/security.md names
Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


class Refused(Exception):
    """A request the gate will not pass on; `status` is what the sender gets."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def check_headers(headers: dict[bytes, bytes], now: float) -> tuple[bytes, bytes]:
    """The (timestamp, signature) of a request that may be from Slack; raises Refused if not."""
    length = headers.get(b"content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
        raise Refused(413, "body over the size limit")
    timestamp = headers.get(b"x-slack-request-timestamp", b"")
    signature = headers.get(b"x-slack-signature", b"")
    if not _TIMESTAMP.fullmatch(timestamp):
        raise Refused(401, "missing or malformed timestamp")
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
        raise Refused(401, "timestamp outside the five-minute window")
    if not _SIGNATURE.fullmatch(signature):
        raise Refused(401, "missing or malformed signature")
    return timestamp, signature


def check_signature(secret: str, timestamp: bytes, signature: bytes, body: bytes) -> None:
    """Slack's v0 signature: HMAC-SHA256 over "v0:timestamp:body" with the signing secret."""
    expected = hmac.new(secret.encode(), b"v0:" + timestamp + b":" + body, hashlib.sha256)
    if not hmac.compare_digest(b"v0=" + expected.hexdigest().encode(), signature):
        raise Refused(401, "wrong signature")


class RefusalLog:
    """Logs refusals by reason at most once a minute, with how many there were, so a flood of
    bad requests cannot fill the disk with log lines."""

    def __init__(self, every_seconds: float = 60) -> None:
        self.every = every_seconds
        self._counts: dict[str, int] = {}
        self._last: dict[str, float] = {}

    def note(self, reason: str, now: float) -> None:
        self._counts[reason] = self._counts.get(reason, 0) + 1
        if now - self._last.get(reason, -self.every) >= self.every:
            log.info("refused %s request(s): %s", self._counts.pop(reason), reason)
            self._last[reason] = now


async def read_body(receive: Any) -> bytes:
    """The request body, refusing it as soon as it passes MAX_BODY_BYTES (never read whole)."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Refused(400, "client went away")
        body += message.get("body", b"")
        if len(body) > MAX_BODY_BYTES:
            raise Refused(413, "body over the size limit")
        if not message.get("more_body"):
            return bytes(body)


async def respond(send: Any, status: int, text: bytes, unread: Any = None) -> None:
    """A short plain-text answer, then the connection closes; `unread`: the receive channel of
    a body not read to its end, drained after the answer is sent (see the module's note)."""
    headers = [(b"content-type", b"text/plain"), (b"content-length", b"%d" % len(text))]
    start = {"type": "http.response.start", "status": status}
    await send({**start, "headers": [*headers, (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": text, "more_body": unread is not None})
    if unread is not None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_drop_rest(unread), DRAIN_SECONDS)
        await send({"type": "http.response.body", "body": b""})


async def _drop_rest(receive: Any) -> None:
    dropped = 0
    while dropped <= DRAIN_BYTES:
        message = await receive()
        if message["type"] == "http.disconnect" or not message.get("more_body"):
            return
        dropped += len(message.get("body", b""))


def guarded(inner: Asgi, signing_secret: str, refusals: RefusalLog | None = None) -> Asgi:
    """Wraps an ASGI app so only signed, bounded requests reach it, with the body replayed;
    `refusals` counts what it refuses (shared with `inner`'s own count, if it keeps one)."""
    refusals = refusals or RefusalLog()

    async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return
        body = None
        try:
            headers = dict(scope.get("headers") or [])
            timestamp, signature = check_headers(headers, time.time())
            body = await read_body(receive)
            check_signature(signing_secret, timestamp, signature, body)
            if not readable(body, headers.get(b"content-type", b"")):
                raise Refused(400, UNREADABLE_PAYLOAD)
        except Refused as refused:
            refusals.note(refused.reason, time.monotonic())  # never a header or body byte
            # A client that waits for "100 Continue" before its body sends nothing to drop.
            waits = b"100-continue" in headers.get(b"expect", b"").lower()
            unread = receive if body is None and refused.status != 400 and not waits else None
            await respond(send, refused.status, b"refused", unread)
            return

        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                return dict(await receive())
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await inner(scope, replay, send)

    return application
