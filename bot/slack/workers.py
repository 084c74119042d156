"""Job runners for acknowledged Slack payloads: worker processes, or inline for small setups.

Worker processes each own an engine and a Web API client, so a slow turn or a slow Slack call
never holds up the acknowledgement of the next request (Slack wants one within 3 seconds). Jobs
of one conversation always go to the same worker, in order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from typing import Any

from bot.settings import Settings, configure_logging

log = logging.getLogger("e1399.workers")
WORKER_NICENESS = 10
QUIET_SECONDS = 0.005  # a pause this long between arriving jobs ends a burst
MAX_HOLD_SECONDS = 1.0  # no job waits longer than this for a burst to end


def route_of(body: dict[str, Any]) -> str:
    """The conversation (or user) a payload belongs to, so its jobs stay in order."""
    event = body.get("event") or {}
    if event:
        return f"{event.get('channel')}:{event.get('thread_ts') or ''}:{event.get('user')}"
    for action in body.get("actions") or []:
        return action.get("block_id", "")
    return str(body.get("user_id") or (body.get("user") or {}).get("id", ""))


def build_jobs(settings: Settings) -> Any:
    from bot.slack.app import web_client
    from bot.slack.handlers import SlackBot, SlackJobs
    from bot.slack.kb import TeamSlack
    from bot.wiring import build_engine

    bot, client = SlackBot(build_engine(settings)), web_client(settings)
    team = TeamSlack(bot, client, settings.experts_channel, settings.kb_leads)
    return SlackJobs(bot, client, settings.allowed_channels, settings.allowed_usergroups, team)


def _exit_with_parent(parent: int) -> None:
    """A worker must not outlive its server (after kill -9 nobody would feed or stop it)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _receive(reader: Any) -> Any:
    """The next job, or None (stop) once the serving process has gone."""
    try:
        return reader.recv()
    except (EOFError, OSError):
        return None


def _collect_burst(
    reader: Any, pending: deque[tuple[float, Any]], quiet: float, max_hold: float
) -> None:
    """Reads jobs while they keep coming, until a `quiet` pause or the oldest waited `max_hold`."""
    while pending[-1][1] is not None:
        left = pending[0][0] + max_hold - time.monotonic()
        if left <= 0 or not reader.poll(min(quiet, left)):
            return
        pending.append((time.monotonic(), _receive(reader)))


def run_jobs(
    reader: Any,
    run: Callable[..., None],
    quiet: float = QUIET_SECONDS,
    max_hold: float = MAX_HOLD_SECONDS,
) -> None:
    """Runs the jobs read from `reader` in order, until None arrives or the writer has gone.

    A job arriving means the server is acknowledging a request at that moment. On a small VM
    guest CPU priorities (nice, SCHED_BATCH) do not stop a busy worker slowing those
    acknowledgements down, so during a burst the worker only collects jobs, and runs them once
    arrivals pause for `quiet` seconds or the oldest has waited `max_hold` seconds.
    """
    pending: deque[tuple[float, Any]] = deque()
    while True:
        # Idle, or new work arrived during the last job: collect until the burst is over.
        if not pending or (pending[-1][1] is not None and reader.poll(0)):
            pending.append((time.monotonic(), _receive(reader)))
            _collect_burst(reader, pending, quiet, max_hold)
        job = pending.popleft()[1]
        if job is None:
            return
        run(*job)


def _worker_main(settings: Settings, reader: Any, parent: int) -> None:
    """A worker process: builds its own engine and client, then runs jobs until told to stop."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    configure_logging(settings)
    # Acknowledging Slack within 3 seconds matters more than finishing a turn a moment sooner:
    # let the serving process win the CPU when both want it (batch scheduling where available).
    os.nice(WORKER_NICENESS)
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    run_jobs(reader, build_jobs(settings).run)


class WorkerPool:
    """Worker processes fed by one pipe each; a dead worker is replaced on the next job."""

    def __init__(self, settings: Settings, workers: int) -> None:
        # spawn, not fork: fresh interpreters hold no copies of the server's threads or locks.
        self._context = multiprocessing.get_context("spawn")
        self._settings = settings
        # A pipe written in the caller's thread: no feeder thread competing for the GIL with the
        # next acknowledgement. Bolt's listener threads share each pipe, hence the locks.
        self._pipes = [self._context.Pipe(duplex=False) for _ in range(workers)]
        self._locks = [threading.Lock() for _ in range(workers)]
        self._processes = [self._start(reader) for reader, _writer in self._pipes]

    def _start(self, reader: Any) -> Any:
        process = self._context.Process(
            target=_worker_main, args=(self._settings, reader, os.getpid()), daemon=True
        )
        process.start()
        return process

    def submit(self, kind: str, body: dict[str, Any]) -> None:
        index = zlib.crc32(route_of(body).encode()) % len(self._pipes)
        reader, writer = self._pipes[index]
        with self._locks[index]:
            if not self._processes[index].is_alive():
                log.warning("worker %s had stopped; starting a new one", index)
                self._processes[index] = self._start(reader)
            writer.send((kind, body))

    def stop(self) -> None:
        for index, (_reader, writer) in enumerate(self._pipes):
            with self._locks[index]:
                writer.send(None)
        for process in self._processes:
            process.join(timeout=10)


class InlineJobs:
    """Runs jobs in the listener's own thread (Bolt's thread pool): one process, no workers."""

    def __init__(self, jobs: Any) -> None:
        self._jobs = jobs

    def submit(self, kind: str, body: dict[str, Any]) -> None:
        self._jobs.run(kind, body)

    def stop(self) -> None:
        pass
