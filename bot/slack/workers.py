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
from typing import Any

from bot.settings import Settings, configure_logging

log = logging.getLogger("e1399.workers")
WORKER_NICENESS = 10


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
    from bot.wiring import build_engine

    return SlackJobs(
        SlackBot(build_engine(settings)),
        web_client(settings),
        settings.allowed_channels,
        settings.allowed_usergroups,
    )


def _exit_with_parent(parent: int) -> None:
    """A worker must not outlive its server (after kill -9 nobody would feed or stop it)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _worker_main(settings: Settings, queue: Any, parent: int) -> None:
    """A worker process: builds its own engine and client, then runs jobs until told to stop."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    configure_logging(settings)
    # Acknowledging Slack within 3 seconds matters more than finishing a turn a moment sooner:
    # let the serving process win the CPU when both want it (batch scheduling where available).
    os.nice(WORKER_NICENESS)
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    jobs = build_jobs(settings)
    while True:
        try:
            job = queue.get()
        except (EOFError, OSError):  # the serving process is gone
            return
        if job is None:
            return
        jobs.run(*job)


class WorkerPool:
    """Worker processes fed by one queue each; a dead worker is replaced on the next job."""

    def __init__(self, settings: Settings, workers: int) -> None:
        # spawn, not fork: fresh interpreters hold no copies of the server's threads or locks.
        self._context = multiprocessing.get_context("spawn")
        self._settings = settings
        # SimpleQueue writes in the caller's thread: no feeder thread competing for the GIL
        # with the next acknowledgement.
        self._queues = [self._context.SimpleQueue() for _ in range(workers)]
        self._processes = [self._start(queue) for queue in self._queues]

    def _start(self, queue: Any) -> Any:
        process = self._context.Process(
            target=_worker_main, args=(self._settings, queue, os.getpid()), daemon=True
        )
        process.start()
        return process

    def submit(self, kind: str, body: dict[str, Any]) -> None:
        index = zlib.crc32(route_of(body).encode()) % len(self._queues)
        if not self._processes[index].is_alive():
            log.warning("worker %s had stopped; starting a new one", index)
            self._processes[index] = self._start(self._queues[index])
        self._queues[index].put((kind, body))

    def stop(self) -> None:
        for queue in self._queues:
            queue.put(None)
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
