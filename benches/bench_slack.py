"""Benchmark: HTTP ack latency of 500 signed events, our server vs a bare Bolt app (same stack)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table  # noqa: E402
from tests.e2e.slack_fakes import (  # noqa: E402
    SIGNING_SECRET,
    BotServer,
    FakeSlack,
    free_port,
)

EVENTS = 500
WARMUP = 20


def measure(server: BotServer, label: str) -> list[float]:
    timings = []
    for number in range(EVENTS + WARMUP):
        event = {"type": "message", "channel_type": "im", "channel": f"DBENCH{number % 20}",
                 "user": f"UBENCH{number % 20}", "text": "what is the timely filing limit?",
                 "ts": f"1700000000.{number:06d}"}  # fmt: skip
        start = time.perf_counter()
        status, _ = server.event(event, f"Ev-{label}-{number}")
        elapsed = time.perf_counter() - start
        if status != 200:
            raise SystemExit(f"{label}: HTTP {status}")
        if number >= WARMUP:
            timings.append(elapsed)
    return timings


class BareServer(BotServer):
    """The bare Bolt app in its own process, reachable through the same helper methods."""

    def __init__(self, fake: FakeSlack) -> None:  # noqa: D107 - same shape as BotServer
        self.port = free_port()
        env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": fake.url,
               "SLACK_SIGNING_SECRET": SIGNING_SECRET}  # fmt: skip
        self.log_path = Path(tempfile.mkstemp(suffix=".log")[1])
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("bare_bolt_app.py")), str(self.port)],
            env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{self.port}"
        self._wait_healthy()


def main() -> None:
    fake = FakeSlack()
    with tempfile.TemporaryDirectory() as folder:
        ours = BotServer(fake, Path(folder) / "bench.db")
        bare = BareServer(fake)
        try:
            bare_timings = measure(bare, "bare")
            our_timings = measure(ours, "ours")
        finally:
            ours.stop()
            bare.stop()
            fake.close()
    our_p50, our_p99 = percentile(our_timings, 0.5) * 1000, percentile(our_timings, 0.99) * 1000
    bare_p50, bare_p99 = percentile(bare_timings, 0.5) * 1000, percentile(bare_timings, 0.99) * 1000
    table(f"Slack HTTP ack latency ({EVENTS} signed events, uvicorn + Bolt ASGI adapter)", [
        ("our server p50 / p99", f"{our_p50:.2f} / {our_p99:.2f} ms", "p99 < 100 ms"),
        ("bare Bolt app p50 / p99", f"{bare_p50:.2f} / {bare_p99:.2f} ms", ""),
        ("our p99 / bare p99", f"{our_p99 / bare_p99:.2f}", "<= 1.5"),
    ])  # fmt: skip


if __name__ == "__main__":
    main()
