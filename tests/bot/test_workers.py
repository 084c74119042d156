"""The worker's job loop: jobs wait out a burst of acknowledgements, in order, but never long."""

from __future__ import annotations

import multiprocessing
import threading
import time
from typing import Any

from bot.slack.workers import run_jobs


class Recorder:
    """Stands in for SlackJobs.run: notes which job ran and when."""

    def __init__(self) -> None:
        self.ran: list[tuple[float, str]] = []

    def __call__(self, kind: str, body: dict[str, Any]) -> None:
        self.ran.append((time.monotonic(), body["n"]))


def start_loop(quiet: float, max_hold: float) -> tuple[Any, Recorder, threading.Thread]:
    reader, writer = multiprocessing.Pipe(duplex=False)
    recorder = Recorder()
    loop = threading.Thread(target=run_jobs, args=(reader, recorder, quiet, max_hold))
    loop.start()
    return writer, recorder, loop


def send_every(writer: Any, seconds: float, count: int) -> list[float]:
    sent = []
    for n in range(count):
        writer.send(("direct_message", {"n": n}))
        sent.append(time.monotonic())
        time.sleep(seconds)
    return sent


def test_jobs_wait_for_the_burst_to_end_then_run_in_order() -> None:
    writer, recorder, loop = start_loop(quiet=0.5, max_hold=10)
    sent = send_every(writer, 0.005, 20)
    writer.send(None)
    loop.join(timeout=15)
    assert [n for _at, n in recorder.ran] == list(range(20))
    assert recorder.ran[0][0] >= sent[-1], "a job ran while requests were still arriving"


def test_a_long_flood_does_not_starve_replies() -> None:
    writer, recorder, loop = start_loop(quiet=0.5, max_hold=0.3)
    sent = send_every(writer, 0.02, 60)  # 1.2 s of arrivals, never a 0.5 s pause
    writer.send(None)
    loop.join(timeout=15)
    assert [n for _at, n in recorder.ran] == list(range(60))
    first_run = recorder.ran[0][0]
    assert first_run < sent[-1], "no job ran until the flood was over"
    assert first_run - sent[0] < 1.0


def test_jobs_already_received_still_run_when_the_server_goes_away() -> None:
    writer, recorder, loop = start_loop(quiet=0.05, max_hold=10)
    send_every(writer, 0, 3)
    writer.close()
    loop.join(timeout=15)
    assert not loop.is_alive()
    assert [n for _at, n in recorder.ran] == [0, 1, 2]
