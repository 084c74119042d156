"""The public endpoint under attack: bounded bodies, strict headers, nothing of a body logged."""

from __future__ import annotations

import contextlib
import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.slack_fakes import BotServer, FakeSlack, ServerProcess
from tests.e2e.test_slack import dm, posted_to

MARKER = "MRN4471923 Jane Q Patient"  # stands in for anything a request could carry
FORGED = "a=1\nFORGED ERROR ref=deadbeef"


@pytest.fixture(scope="module")
def server(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotServer]:
    # DEBUG: the most a misconfigured operator could ask for must still log no body. The workers
    # run at their usual lower priority: acknowledgements must not wait for them.
    env = {"LOG_LEVEL": "DEBUG", "E1399_WORKER_NICENESS": "10"}
    bot = ServerProcess(fake, tmp_path_factory.mktemp("ingress") / "bot.db", env,
                    worker_processes=True)  # fmt: skip
    yield bot
    bot.stop()


def raw_post(server: BotServer, headers: dict[str, str], body: bytes = b"") -> int:
    """Sends exactly these headers (a declared Content-Length need not match what follows)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        connection.putrequest("POST", "/slack/events")
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        if body:
            # The server may answer and close before taking it all: that is the point.
            with contextlib.suppress(OSError):
                connection.send(body)
        return connection.getresponse().status
    finally:
        connection.close()


def now() -> str:
    return str(int(time.time()))


def test_a_body_over_the_limit_is_refused_without_being_read(server: BotServer) -> None:
    claimed = {"Content-Length": str(200_000_000), "X-Slack-Request-Timestamp": now(),
               "X-Slack-Signature": "v0=" + "0" * 64}  # fmt: skip
    assert raw_post(server, claimed) == 413  # nothing sent after the headers, yet answered
    streamed = {"Transfer-Encoding": "chunked", "X-Slack-Request-Timestamp": now(),
                "X-Slack-Signature": "v0=" + "0" * 64}  # fmt: skip
    chunk = b"%x\r\n%s\r\n" % (500_000, b"x" * 500_000)
    assert raw_post(server, streamed, chunk * 6 + b"0\r\n\r\n") == 413


def test_a_signed_body_over_the_limit_gets_413_not_a_dropped_connection(
    server: BotServer,
) -> None:
    """The client sends all of its 3 MB before it reads the answer: the server reads and drops
    what it must, so the client sees 413, not a reset connection (a broken pipe)."""
    assert server.post("x" * 3_000_000, "application/json") == (413, "refused")
    assert "Traceback" not in server.log_path.read_text()


@pytest.mark.parametrize(
    "timestamp, signature",
    [
        ("not-a-number", None),
        ("", None),
        ("1e9", None),
        ("-5", None),
        ("99999999999999999999", None),
        (None, "v0=short"),
        (None, ""),
        (None, "sha256=" + "0" * 64),
    ],
)
def test_every_malformed_header_gets_401_and_no_traceback(
    server: BotServer, timestamp: str | None, signature: str | None
) -> None:
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": timestamp or now(),
        "X-Slack-Signature": "v0=" + "0" * 64 if signature is None else signature,
    }
    if timestamp == "":
        del headers["X-Slack-Request-Timestamp"]
    body = json.dumps({"type": "event_callback", "event": {"text": MARKER}}).encode()
    headers["Content-Length"] = str(len(body))
    assert raw_post(server, headers, body) == 401
    assert "Traceback" not in server.log_path.read_text()


def test_nothing_from_a_request_body_is_logged_even_at_debug(
    server: BotServer, fake: FakeSlack
) -> None:
    message = {"type": "message", "channel_type": "im", "channel": "DULOG", "user": "ULOG",
               "text": f"{MARKER} {FORGED}", "ts": f"{time.time():.6f}"}  # fmt: skip
    server.event(message, "Ev-log-forged", signature="v0=" + "1" * 64)  # a stranger's request
    server.event(message, "Ev-log-skewed", timestamp=int(time.time()) - 900)  # clock skew
    unhandled = {"type": "reaction_added", "user": "ULOG", "reaction": MARKER}
    assert server.event(unhandled, "Ev-log-unhandled")[0] == 404  # Bolt warns about these
    assert server.post(f'{{"event": "{MARKER}"', "application/json")[0] == 400  # signed, broken
    assert server.event(message, "Ev-log-real")[0] == 200
    posted_to(fake, "DULOG")  # the real one was answered; everything above has been handled
    log = server.log_path.read_text()
    assert "MRN4471923" not in log and "Jane Q" not in log
    assert "FORGED" not in log and "deadbeef" not in log
    assert "request(s): wrong signature" in log  # the operator still sees why


@contextlib.contextmanager
def flooded(server: BotServer, attackers: int = 8) -> Iterator[None]:
    """Unsigned requests from `attackers` threads until the block ends: half claim a body of
    200 MB, half send 900 kB (benches/bench_ingress_flood.py times the acks under it)."""
    stop = threading.Event()

    def flood(big: bool) -> None:
        body = b"x" * 900_000
        while not stop.is_set():
            headers = {"Content-Length": str(200_000_000 if big else len(body)),
                       "X-Slack-Request-Timestamp": now(),
                       "X-Slack-Signature": "v0=" + "2" * 64}  # fmt: skip
            with contextlib.suppress(OSError):
                raw_post(server, headers, b"" if big else body)

    threads = [threading.Thread(target=flood, args=(n % 2 == 0,)) for n in range(attackers)]
    for thread in threads:
        thread.start()
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def test_real_messages_are_acknowledged_and_answered_during_a_flood(
    server: BotServer, fake: FakeSlack
) -> None:
    """Each real message is acknowledged (200) while the flood goes on, and answered; the log
    stays short. How fast the acknowledgements come (Slack's 3 s limit) is a benchmark's to
    say, not a timed test's: benches/bench_ingress_flood.py."""
    with flooded(server):
        for number in range(5):
            dm(server, f"UFLOOD{number}", "what is e1399?", f"Ev-flood-{number}")  # asserts 200
    for number in range(5):
        posted_to(fake, f"DUFLOOD{number}")
    assert Path(server.log_path).stat().st_size < 20_000  # one line per reason a minute
