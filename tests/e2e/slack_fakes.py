"""A fake Slack Web API that records calls, the real server in a subprocess, and signed requests."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from slack_sdk.signature import SignatureVerifier

from tests.conftest import REPO

SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543"  # shaped like Slack's: 32 hex characters
BOT_USER = "UBOT"
TEAM = "T0TEAM"


PORT_TAKEN = "Address already in use"  # what `serve` says when its port was taken


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _ClientMayLeaveServer(ThreadingHTTPServer):
    """A bot that stopped waiting for an answer (its timeout, on a busy machine) closed the
    connection: nothing went wrong in the fake, so no traceback on stderr for tests to find."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeSlack:
    """Slack's Web API on 127.0.0.1: answers like Slack, records every call, fails on request."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.failures: list[tuple[str, int, dict[str, str]]] = []  # (method, status, headers)
        self.delays: list[tuple[str, float]] = []  # (method, seconds) to stall one answer
        # channel -> (status, headers) answers for that channel's next calls (rate limits)
        self.channel_failures: dict[str, list[tuple[int, dict[str, str]]]] = {}
        self.channel_delays: dict[str, float] = {}  # channel -> seconds to stall its next call
        self.channel_errors: dict[str, str] = {}  # channel -> Slack error for every post there
        # method -> Slack's refusal for every call of it ({"error": "missing_scope", ...})
        self.method_errors: dict[str, dict[str, str]] = {}
        self.held: dict[str, threading.Event] = {}  # method -> answered once the event is set
        self._lock = threading.Lock()
        self._ts = 1000
        self.socket_url = ""  # what apps.connections.open hands out (Socket Mode tests)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                """GET /calls: how many calls of each method arrived (for other processes)."""
                with fake._lock:
                    counts: dict[str, int] = {}
                    for name, params in fake.calls:
                        counts[name] = counts.get(name, 0) + 1
                        per_channel = f"{name} {params.get('channel')}"  # "method channel" too
                        counts[per_channel] = counts.get(per_channel, 0) + 1
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps(counts).encode())

            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                method = self.path.rsplit("/", 1)[-1] if "/api/" in self.path else "response_url"
                status, headers, body = fake.answer(method, raw, self.headers)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps(body).encode())

        self.server = _ClientMayLeaveServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/api/"
        # Looking for close() every 20 ms, not every half second: closing returns at once.
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                         daemon=True).start()  # fmt: skip

    def hold(self, method: str) -> threading.Event:
        """Calls of `method` get no answer (and are not recorded) until the returned event is
        set: a test can then tell what happened before them, with no guess at a delay."""
        released = self.held[method] = threading.Event()
        return released

    def answer(self, method: str, raw: str, headers: Any) -> tuple[int, dict[str, str], Any]:
        params = _parse(raw, headers.get("Content-Type", ""))
        held = self.held.get(method)
        if held is not None:
            held.wait(120)  # (a bound, so a test that forgets to release still ends)
        with self._lock:
            delay = next((d for d in self.delays if d[0] == method), None)
            if delay:
                self.delays.remove(delay)
            stall = self.channel_delays.pop(str(params.get("channel")), None)
            if stall and not delay:
                delay = (method, stall)
        if delay:
            with self._lock:
                self.calls.append((f"{method}!timeout", params))
            time.sleep(delay[1])  # longer than the client waits: it sees a timeout
            return 200, {}, {"ok": True, "ts": "0"}
        with self._lock:
            refused = self.channel_errors.get(str(params.get("channel")))
            if refused and method == "chat.postMessage":  # e.g. not_in_channel
                self.calls.append((f"{method}!{refused}", params))
                return 200, {}, {"ok": False, "error": refused}
            for_channel = self.channel_failures.get(str(params.get("channel")))
            if for_channel:
                status, failure_headers = for_channel.pop(0)
                self.calls.append((f"{method}!{status}", params))
                error = "ratelimited" if status == 429 else "invalid_blocks"
                return status, failure_headers, {"ok": False, "error": error}
            said = self.method_errors.get(method)
            if said:  # refused for good: HTTP 200 with ok false, as Slack answers
                self.calls.append((f"{method}!{said['error']}", params))
                return 200, {}, {"ok": False, **said}
            failure = next((f for f in self.failures if f[0] == method), None)
            if failure:
                self.failures.remove(failure)
                self.calls.append((f"{method}!{failure[1]}", params))
                return failure[1], failure[2], {"ok": False, "error": "ratelimited"}
            self._ts += 1
            ts = f"1700000000.{self._ts:06d}"
            if method == "chat.postMessage":
                params["ts"] = ts  # the posted message's id, as Slack reports it
            self.calls.append((method, params))
        if method == "auth.test":
            return (
                200,
                {},
                {
                    "ok": True,
                    "team_id": TEAM,
                    "user_id": BOT_USER,
                    "bot_id": "B1",
                    "url": "https://fake.slack.com/",
                    "team": "Fake",
                    "user": "e1399",
                },
            )
        if method == "apps.connections.open":
            return 200, {}, {"ok": True, "url": self.socket_url}
        if method == "usergroups.users.list":
            members = {"SBILLING": ["UIN", "UIN2"]}.get(params.get("usergroup", ""), [])
            return 200, {}, {"ok": True, "users": members}
        if method == "conversations.open":
            return 200, {}, {"ok": True, "channel": {"id": f"D{params.get('users', 'X')}"}}
        if method == "chat.postMessage":
            return (
                200,
                {},
                {
                    "ok": True,
                    "channel": params.get("channel"),
                    "ts": ts,
                    "message": {"ts": ts, "text": params.get("text", "")},
                },
            )
        return 200, {}, {"ok": True}

    def named(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [params for name, params in self.calls if name == method]

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 120,  # generous: a busy machine is slow, a passing wait returns at once
        where: Callable[[dict[str, Any]], bool] = lambda p: True,
    ) -> list[dict[str, Any]]:
        """Waits until `count` calls of `method` (matching `where`) arrived; returns them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.named(method) if where(p)]
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"{count} x {method} not received; calls: {self.calls}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _parse(raw: str, content_type: str) -> dict[str, Any]:
    if "json" in content_type:
        return json.loads(raw or "{}")
    params: dict[str, Any] = {k: v[0] for k, v in parse_qs(raw).items()}
    for key in ("blocks", "view"):
        if isinstance(params.get(key), str):
            params[key] = json.loads(params[key])
    return params


def button_action(posted: dict[str, Any], pick: Callable[[dict[str, Any]], bool]
                  ) -> dict[str, Any]:  # fmt: skip
    """The button `pick` chooses on a message the bot posted, as a clicked action."""
    block, button = next(
        (block, element)
        for block in posted["blocks"] if block["type"] == "actions"
        for element in block["elements"] if pick(element)
    )  # fmt: skip
    return {**button, "block_id": block["block_id"], "action_ts": f"{time.time():.6f}"}


def click_payload(posted: dict[str, Any], user: str, action: dict[str, Any]) -> dict[str, Any]:
    """What Slack sends when `user` uses `action` on a message the bot posted (as the fake
    recorded it): a block_actions payload."""
    return {
        "type": "block_actions", "user": {"id": user}, "team": {"id": TEAM},
        "channel": {"id": posted["channel"]}, "container": {"channel_id": posted["channel"]},
        "message": {"ts": posted["ts"], "blocks": posted["blocks"]},
        "trigger_id": f"trigger-{time.time_ns()}", "actions": [action],
    }  # fmt: skip


def text_of(params: dict[str, Any]) -> str:
    """Everything visible in a posted message: its text and its blocks' text."""
    parts = [params.get("text", "")]
    for block in params.get("blocks") or []:
        parts.append(json.dumps(block))
    return "\n".join(parts)


def server_environment(
    fake: FakeSlack, database: Path, extra_env: dict[str, str] | None, worker_processes: bool
) -> dict[str, str]:
    """The settings a test server runs with, as environment variables."""
    return {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.url,
        "DATABASE_URL": f"sqlite:///{database}",
        # At the usual lower priority, a worker on a busy machine (the test run's own
        # processes included) gets next to no CPU and the test times out waiting for it;
        # tests of acknowledgements under load set the product's default (10).
        "E1399_WORKER_NICENESS": "0",
        # A test walks a whole intake in seconds, faster than a person types; the per-user
        # limit has its own test (test_slack_boundaries.py), which sets it.
        "E1399_USER_MESSAGES_PER_MINUTE": "0",
        "E1399_SLACK_WORKERS": "1" if worker_processes else "0",
        **(extra_env or {}),
    }


class BotServer:
    """A running bot server as the tests drive it: signed events, forms and interactions posted
    to /slack/events like Slack sends them, its log, and stop()."""

    port = 0
    base = ""  # http://127.0.0.1:port
    log_path: Path

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        """Posts to /slack/events signed like Slack (or with the given bad signature)."""
        stamp = str(timestamp if timestamp is not None else int(time.time()))
        verifier = SignatureVerifier(SIGNING_SECRET)
        signed = signature or verifier.generate_signature(timestamp=stamp, body=body) or ""
        request = urllib.request.Request(
            f"{self.base}/slack/events",
            data=body.encode(),
            method="POST",
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": signed,
                **(headers or {}),
            },
        )
        try:
            # A server just up on a busy machine can take over 10 s to answer its first
            # request; a passing request returns at once (acknowledgement times are
            # checked by tests/e2e/test_ingress.py).
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def event(self, event: dict[str, Any], event_id: str, **kwargs: Any) -> tuple[int, str]:
        body = {
            "token": "t",
            "team_id": TEAM,
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
        }
        return self.post(json.dumps(body), "application/json", **kwargs)

    def form(self, fields: dict[str, str], **kwargs: Any) -> tuple[int, str]:
        return self.post(urlencode(fields), "application/x-www-form-urlencoded", **kwargs)

    def interaction(self, payload: dict[str, Any], **kwargs: Any) -> tuple[int, str]:
        return self.form({"payload": json.dumps(payload)}, **kwargs)

    def wait_healthy(self, running: Callable[[], bool], timeout: float = 90) -> None:
        """Generous: on a busy machine a start takes many times its CPU; a server that is up
        answers at once."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not running():
                raise RuntimeError(f"server exited: {self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("server did not become healthy")

    def stop(self) -> None:
        raise NotImplementedError


class ServerProcess(BotServer):
    """`e1399-bot serve` in a real subprocess, pointed at the fake Slack: HTTP on 127.0.0.1, or
    Socket Mode (given an app token) connecting to the URL the fake hands out.

    Its Slack worker runs as a thread inside the server (E1399_SLACK_WORKERS=0), which answers
    as soon as the server is up; `worker_processes=True` starts the product's default worker
    process instead (about a second later), for the tests of kill -9, of two servers on one
    database and of acknowledgements under load."""

    # Started and not yet stopped: the e2e conftest stops what a failed test left running.
    running: set[ServerProcess] = set()

    def __init__(
        self,
        fake: FakeSlack,
        database: Path,
        extra_env: dict[str, str] | None = None,
        log_path: Path | None = None,
        socket_mode: bool = False,
        worker_processes: bool = False,
    ) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(server_environment(fake, database, extra_env, worker_processes))
        env["PYTHONUNBUFFERED"] = "1"
        if socket_mode:
            env["SLACK_APP_TOKEN"] = "xapp-test"
        self.log_path = log_path or database.with_suffix(".log")
        for _attempt in range(3):  # a port found free can be taken before the server binds it
            self.port = free_port()
            self.base = f"http://127.0.0.1:{self.port}"
            mode = ["--socket"] if socket_mode else ["--http", "--host", "127.0.0.1"]
            self._log = self.log_path.open("w")
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "serve", *mode, "--port", str(self.port)],
                cwd=REPO,
                env=env,
                stdout=self._log,
                stderr=subprocess.STDOUT,
            )
            ServerProcess.running.add(self)
            if socket_mode:
                return
            try:
                self.wait_healthy(lambda: self.process.poll() is None)
                return
            except RuntimeError:
                self.stop(kill=True)  # no fixture will stop a server that never came up
                if PORT_TAKEN not in self.log_path.read_text():
                    raise
        raise RuntimeError(f"no free port for the server: {self.log_path.read_text()}")

    def stop(self, kill: bool = False) -> None:
        if self.process.poll() is None:
            self.process.kill() if kill else self.process.terminate()
            self.process.wait(timeout=10)
        self._log.close()
        ServerProcess.running.discard(self)


class ServerThread(BotServer):
    """The same server over HTTP (what `e1399-bot serve --http` runs: Bolt behind uvicorn, the
    inbox, a worker thread) in a thread of the test process, so no interpreter starts and
    imports the packages again (about a second of CPU each). Tests that kill a server or need
    its worker processes use ServerProcess. While it runs, the process's log records go to
    `log_path` through the product's own log handler (filter and format)."""

    def __init__(
        self,
        fake: FakeSlack,
        database: Path,
        extra_env: dict[str, str] | None = None,
        log_path: Path | None = None,
    ) -> None:
        from bot.settings import Settings, log_handler

        settings = Settings.model_validate(server_environment(fake, database, extra_env, False))
        self.log_path = log_path or database.with_suffix(".log")
        self._handler = log_handler(logging.FileHandler(self.log_path))
        root = logging.getLogger()
        self._level = root.level
        root.addHandler(self._handler)
        root.setLevel(settings.log_level)
        for _attempt in range(3):  # a port found free can be taken before the server binds it
            self.port = free_port()
            self.base = f"http://127.0.0.1:{self.port}"
            self._refused = ""
            self._stop = threading.Event()
            self._thread = threading.Thread(
                target=self._serve, args=(settings,), name=f"serve-{self.port}", daemon=True
            )
            self._thread.start()
            try:
                self.wait_healthy(self._thread.is_alive)
                return
            except RuntimeError:
                self._stop.set()
                self._thread.join(timeout=10)
                if PORT_TAKEN not in self._refused:
                    self.stop()
                    raise
        self.stop()
        raise RuntimeError(f"no free port for the server: {self._refused}")

    def _serve(self, settings: Any) -> None:
        from bot.cli_error import CliError
        from bot.serve_cli import serve

        try:
            serve(settings, host="127.0.0.1", port=self.port, stop=self._stop)
        except CliError as error:  # the one-line reason the CLI would print
            self._refused = str(error)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        root = logging.getLogger()
        root.removeHandler(self._handler)
        root.setLevel(self._level)
        self._handler.close()


def run_standalone(port_file: str) -> None:
    """Runs a FakeSlack in this process until killed, writing its port to `port_file`."""
    fake = FakeSlack()
    Path(port_file).write_text(str(fake.port))
    threading.Event().wait()


if __name__ == "__main__":
    run_standalone(sys.argv[1])
