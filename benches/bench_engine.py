"""Benchmark: one intake turn end to end (engine + SQLite store, warm) and start-up time."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table, timed  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.wiring import build_engine  # noqa: E402
from flows.models import Turn  # noqa: E402

# One full Medicare intake, as typed; the loop repeats it on fresh conversation keys.
SCRIPT = ["intake", "medicare", "OH", "padded bath bench", "none", "equipment", "Acme", "TB-2",
          "1", "$312.40", "new purchase", "standalone", "03/14/2026", "no", "have", "have",
          "missing", "have", "have", "unknown", "have", "not submitted", "confirm"]  # fmt: skip
TURNS = 3000


def bench_turns(database_url: str) -> list[float]:
    engine = build_engine(Settings(DATABASE_URL=database_url), today=lambda: dt.date(2026, 6, 1))
    timings: list[float] = []
    conversation = 0
    while len(timings) < TURNS + 200:
        conversation += 1
        for text in SCRIPT:
            turn = Turn(conversation_key=f"bench:{conversation}", user_id="U1", text=text)
            timed(timings, engine.handle, turn)
    return timings[200:]  # the first turns warm caches and the SQLite file


def bench_startup(database_url: str) -> float:
    env = {**os.environ, "DATABASE_URL": database_url}
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli", "chat"], input="help\nquit\n",
                       capture_output=True, text=True, env=env, check=True)  # fmt: skip
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        timings = bench_turns(url)
        startup = bench_startup(url)
    p50, p99 = percentile(timings, 0.5) * 1000, percentile(timings, 0.99) * 1000
    rate = len(timings) / sum(timings)
    table("Intake engine (engine + SQLite, warm)", [
        ("turn p50", f"{p50:.2f} ms", ""),
        ("turn p99", f"{p99:.2f} ms", "< 5 ms"),
        ("turns/second, sequential", f"{rate:.0f}", ">= 300"),
        ("start-up to first reply (process)", f"{startup:.2f} s", "< 1.5 s"),
    ])  # fmt: skip


if __name__ == "__main__":
    main()
