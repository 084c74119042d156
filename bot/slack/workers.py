"""Workers: claim Slack jobs from the inbox, run the turn, send its outbox with flow control.

Each worker loops: claim the next job that is first in line in its conversation, run its turn
(if not run yet), write the turn's saves and its outbox in one transaction, then make the calls
one by one. A 429 or a Slack outage puts only that job (and so only its conversation) back in
the inbox until Retry-After (at most MAX_WAIT_SECONDS) or a back-off has passed; every other
conversation keeps flowing. After MAX_TRIES the user is told, and the log says why; a notice
Slack refuses for now stays in the inbox and is tried again (NOTICE_TRIES times). A call that
timed out, or that a crash interrupted, may have reached Slack, so it is never made again.

Worker processes (E1399_SLACK_WORKERS) run at lower CPU priority than the server
(E1399_WORKER_NICENESS), so turns never delay an acknowledgement; 0 workers runs one worker
thread inside the server process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import socket
import threading
import time
import urllib.error
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient
from sqlalchemy.exc import DBAPIError

from bot.settings import Settings, configure_logging, log_failure
from bot.slack import handlers, payloads, refused
from bot.slack.handlers import Answer, Call, Jobs
from bot.slack.inbox import Inbox, Job
from bot.store import SqlStore, make_sql_engine
from flows.engine import StaleWrite

log = logging.getLogger("e1399.workers")
MAX_TRIES = 4  # deliveries of one job before giving up (429s and outages count)
# The longest one wait lasts, whatever Retry-After asks: an hour's wait would hold the
# conversation (each of its later messages waits behind it) with nobody told why.
MAX_WAIT_SECONDS = 60.0
NOTICE_TRIES = 4  # tries at telling the user, after giving up, that a reply did not arrive
IDLE_POLL_SECONDS = 0.5  # a look at the inbox when nothing woke the worker (other instances)
TURN_ATTEMPTS = 3
UNRECORDED_KEYS_KEPT = 10_000  # Slack retries within minutes; this covers a busy hour


class LostLease(Exception):
    """Another worker took the job over (this one was too slow); its work is discarded."""


# Calls that carry an answer: when Slack refuses one, the user is told (a refused update of an
# old message's buttons loses no answer).
ANSWER_METHODS = ("chat.postMessage", "chat.postEphemeral", "response_url")
NOTICE = "notice"  # marks an outbox call that tells the user a reply did not arrive


@dataclass
class Outcome:
    """What became of one Web API call."""

    status: str  # sent | unknown (may have arrived) | retry | failed
    wait: float = 0.0
    reason: str = ""


def call_slack(client: WebClient, call: Call, timeout: float) -> Outcome:
    """Makes one call; tells a refusal (retry later) from a call that may have arrived."""
    try:
        if call["method"] == "response_url":
            status = WebhookClient(call["url"], timeout=int(timeout)).send_dict(call["args"])
            code = status.status_code
            if code == 429 or code >= 500:
                return Outcome("retry", refused.retry_after(status), f"HTTP {code}")
            return Outcome("sent" if code < 400 else "failed")
        client.api_call(call["method"], json=call["args"])
        return Outcome("sent")
    except SlackApiError as error:
        code = error.response.status_code
        if code == 429:
            return Outcome("retry", refused.retry_after(error.response), "rate limited")
        if code >= 500:
            return Outcome("retry", 0.0, f"Slack answered HTTP {code}")
        said = refused.Refusal.of(error).code
        return Outcome("failed", reason=f"{call['method']}: {said}")  # Slack's words, no text
    except urllib.error.URLError as error:
        if isinstance(error.reason, (ConnectionRefusedError, socket.gaierror)):
            return Outcome("retry", 0.0, "Slack could not be reached")
        return Outcome("unknown", reason=type(error.reason).__name__)
    except (TimeoutError, ConnectionError, OSError) as error:
        return Outcome("unknown", reason=type(error).__name__)


class Worker:
    """Runs jobs from the inbox to completion; never raises out of run_one."""

    def __init__(self, jobs: Jobs, inbox: Inbox, api_timeout: float) -> None:
        self.jobs, self.inbox, self.timeout = jobs, inbox, api_timeout

    @property
    def store(self) -> SqlStore:
        return self.jobs.store

    def run_one(self) -> bool:
        """Claims and runs one job; False when none was due."""
        job = self.inbox.claim()
        if job is None:
            return False
        try:
            if job.outbox is None:
                self._turn(job)
            self._send(job)
        except LostLease:
            log.info("job taken over by another worker conversation=%s", job.conversation)
        except refused.SlackBusy as busy:  # nothing was sent: the whole job runs again
            self._retry_or_give_up(job, Outcome("retry", busy.wait, busy.reason))
        return True

    def _turn(self, job: Job) -> None:
        """Runs the turn and writes its saves with its outbox, atomically."""
        for _attempt in range(TURN_ATTEMPTS):
            answer = handlers.answer(self.jobs, job.kind, job.payload)  # type: ignore[arg-type]
            try:
                with self.store.engine.begin() as connection:
                    for conversation in answer.saves:
                        self.store.write_in(connection, conversation)
                    if not self.inbox.save_outbox(connection, job, answer.calls):
                        raise LostLease(job.delivery_key)
                return
            except StaleWrite:
                continue  # the conversation moved on outside the inbox: redo on fresh state
            except DBAPIError as error:
                self.deliver_unrecorded(job.kind, job.payload, answer, error)  # type: ignore[arg-type]
                raise LostLease(job.delivery_key) from error  # nothing more can be recorded
        raise LostLease(job.delivery_key)

    def run_unrecorded(self, kind: payloads.JobKind, body: dict[str, Any]) -> None:
        """For a payload the inbox could not record: answers what needs no saving, and tries
        to save the rest, saying so when it cannot."""
        answer = handlers.answer(self.jobs, kind, body)
        if not answer.failed:  # (a turn that failed could not read the store either)
            try:
                with self.store.engine.begin() as connection:
                    for conversation in answer.saves:
                        self.store.write_in(connection, conversation)
                answer.saves = []  # saved after all: send the real answer
            except DBAPIError as error:
                self.deliver_unrecorded(kind, body, answer, error)
                return
        self.deliver_unrecorded(kind, body, answer)

    def deliver_unrecorded(self, kind: payloads.JobKind, body: dict[str, Any], answer: Answer,
                           error: Exception | None = None) -> None:  # fmt: skip
        """The store cannot save: plain answers still go out; a turn that needed saving, or
        that could not run, is answered with exactly that."""
        calls = answer.calls
        if answer.saves or answer.failed:
            log.error("could not save a turn error=%s", type(error).__name__ if error else "-")
            text = self.jobs.messages.text("store_unavailable")
            calls = handlers.private_notice(self.jobs.client, kind, body, text)
        for call in calls:
            call_slack(self.jobs.client, call, self.timeout)

    def _send(self, job: Job) -> None:
        """Makes the outbox's calls in order: one write before each call (marking it in flight
        and the one before it done), one after the last (the job is done)."""
        outbox = job.outbox or []
        refused = False
        for index in range(job.sent, len(outbox)):
            if job.in_flight == index:
                # Interrupted mid-call by a crash: Slack may have it; never send it twice.
                log.warning("a reply may not have arrived (interrupted) conversation=%s",
                            job.conversation)  # fmt: skip
                continue
            if not self.inbox.mark_in_flight(job, index):
                raise LostLease(job.delivery_key)
            outcome = call_slack(self.jobs.client, outbox[index], self.timeout)
            if outcome.status == "retry":
                self._retry_or_give_up(job, outcome)
                return
            if outcome.status == "unknown":
                log.warning("a reply may not have arrived (%s); not sent again conversation=%s",
                            outcome.reason, job.conversation)  # fmt: skip
            elif outcome.status == "failed":
                log.warning("Slack refused a reply (%s) conversation=%s",
                            outcome.reason, job.conversation)  # fmt: skip
                answer = outbox[index]["method"] in ANSWER_METHODS
                refused = refused or (answer and not outbox[index].get(NOTICE))
        job.sent = len(outbox)
        # never a silent drop: the user hears that part of the answer is missing
        if not (refused and self._tell(job, "reply_refused")):
            self.inbox.finish(job)

    def _retry_or_give_up(self, job: Job, outcome: Outcome) -> None:
        """Only this job (its conversation) waits, at most MAX_WAIT_SECONDS at a time; after
        MAX_TRIES the user is told, and a notice Slack refuses waits its turn like a reply."""
        telling = any(call.get(NOTICE) for call in job.outbox or [])
        if job.tries < MAX_TRIES + (NOTICE_TRIES if telling else 0):
            asked = outcome.wait or float(2 ** (job.tries - 1))
            wait = min(asked, MAX_WAIT_SECONDS)
            capped = f"; Slack asked for {asked:.0f}s" if asked > wait else ""
            log.info("%s delayed %.0fs (%s%s) conversation=%s", "notice" if telling else "reply",
                     wait, outcome.reason, capped, job.conversation)  # fmt: skip
            self.inbox.retry_later(job, wait)
            return
        if telling:
            log.error("could not tell the user that a reply did not arrive, after %s tries (%s) "
                      "conversation=%s", job.tries, outcome.reason, job.conversation)  # fmt: skip
        else:
            log.error("gave up on a reply after %s tries (%s) conversation=%s", job.tries,
                      outcome.reason, job.conversation)  # fmt: skip
            if self._tell(job, "reply_gave_up"):
                return
        self.inbox.finish(job, "failed")

    def _tell(self, job: Job, message_key: str) -> bool:
        """A short private notice to the job's user. When Slack asks to wait, the job keeps
        the notice as what it still has to send and waits (True: the job is not finished)."""
        surface = payloads.surface_of(job.kind, job.payload)  # type: ignore[arg-type]
        calls = [{**call, NOTICE: True} for call in self.jobs.notice(surface, message_key)]
        for index, call in enumerate(calls):
            outcome = call_slack(self.jobs.client, call, self.timeout)
            if outcome.status == "retry":
                wait = min(outcome.wait or 1.0, MAX_WAIT_SECONDS)
                log.info("notice delayed %.0fs (%s) conversation=%s", wait, outcome.reason,
                         job.conversation)  # fmt: skip
                self.inbox.retry_later(job, wait, outbox=calls[index:])
                return True
        return False

    def run_forever(self, stop: threading.Event, wake: Wake) -> None:
        """Works until `stop` is set; `wake` is rung when a new job was recorded."""
        while not stop.is_set():
            try:
                if self.run_one():
                    continue
            except Exception:
                log_failure(log, "worker pass failed")  # e.g. the database is unreachable
                stop.wait(1)
            wake.wait(IDLE_POLL_SECONDS)


class Wake:
    """The server rings, an idle worker wakes. Ringing never waits: it posts a semaphore
    (a multiprocessing Event's set() waits until every sleeping worker has woken up, and
    workers run at a lower priority than the acknowledgement that rings)."""

    def __init__(self, semaphore: Any) -> None:
        self._semaphore = semaphore

    def ring(self) -> None:
        self._semaphore.release()

    def wait(self, timeout: float) -> None:
        """Returns when rung (now or since the last wait) or after `timeout` seconds."""
        if self._semaphore.acquire(timeout=timeout):
            more = False
            while self._semaphore.acquire(False):  # threading's and multiprocessing's both take it
                more = True  # one pass over the inbox answers every ring so far...
            if more:
                self._semaphore.release()  # ...but a burst wakes one more worker as well


def build_worker(settings: Settings) -> Worker:
    from bot.slack.app import web_client
    from bot.wiring import build_engine

    engine = build_engine(settings)
    jobs = Jobs(
        engine,
        web_client(settings),
        settings.allowed_channels,
        settings.allowed_usergroups,
        settings.experts_channel,
        settings.kb_leads,
        settings.kb_posts_per_user_per_hour,
    )
    inbox = Inbox(jobs.store.engine, settings.job_lease_seconds)
    return Worker(jobs, inbox, settings.slack_api_timeout)


def _exit_with_parent(parent: int) -> None:
    """A worker must not outlive its server (after kill -9 nobody would stop it)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _worker_main(settings: Settings, wake: Wake, parent: int) -> None:
    """A worker process: builds its own engine and client, then works until the server goes."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    configure_logging(settings)
    # Acknowledging Slack within 3 seconds matters more than finishing a turn a moment sooner.
    if settings.worker_niceness:
        os.nice(settings.worker_niceness)
        if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    worker = build_worker(settings)
    # The loaded content lives as long as the process: kept out of the collector's passes, a
    # full sweep over it (about 150 ms of CPU) cannot stall a reply.
    gc.collect()
    gc.freeze()
    worker.run_forever(threading.Event(), wake)


class Workers:
    """The server's side of the workers: records payloads in the inbox (through an engine of
    its own, see make_sql_engine's `acknowledgements`) and wakes a worker."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        acknowledgements = make_sql_engine(settings.database_url, acknowledgements=True)
        self._inbox = Inbox(acknowledgements, settings.job_lease_seconds)
        self._stop = threading.Event()
        self._fallback: Worker | None = None
        self._fallback_lock, self._guard = threading.Lock(), threading.Lock()
        # Payloads answered without being recorded: Slack's retries of them are not answered
        # again (the database cannot tell, it never saw them).
        self._unrecorded_keys: OrderedDict[str, None] = OrderedDict()
        self._worker_thread: threading.Thread | None = None
        if settings.slack_workers == 0:
            self._wake = Wake(threading.Semaphore(0))
            worker = build_worker(settings)
            self._worker_thread = threading.Thread(
                target=worker.run_forever, args=(self._stop, self._wake), name="slack-worker",
                daemon=True)  # fmt: skip
            self._worker_thread.start()
            self._processes: list[Any] = []
            return
        # spawn, not fork: fresh interpreters hold no copies of the server's threads or locks.
        self._context = multiprocessing.get_context("spawn")
        self._wake = Wake(self._context.Semaphore(0))
        self._processes = [self._start() for _ in range(settings.slack_workers)]

    def _start(self) -> Any:
        process = self._context.Process(
            target=_worker_main, args=(self._settings, self._wake, os.getpid()), daemon=True
        )
        process.start()
        return process

    def record(self, kind: payloads.JobKind, body: dict[str, Any]) -> None:
        """Called before the acknowledgement: the payload is in the inbox once this returns,
        or (the database cannot be written) it is answered from memory, once."""
        key, stored = payloads.delivery_key(kind, body), payloads.without_phi(body)
        with self._guard:
            redelivered = key in self._unrecorded_keys
        try:
            recorded = not redelivered and self._inbox.record(
                key, kind, payloads.conversation_of(kind, body), payloads.slack_ts_of(body), stored
            )
        except DBAPIError as error:
            log.error("the inbox cannot be written (%s); answering without recording %s",
                      type(error.orig or error).__name__, kind)  # fmt: skip
            with self._guard:
                self._unrecorded_keys[key] = None
                while len(self._unrecorded_keys) > UNRECORDED_KEYS_KEPT:
                    self._unrecorded_keys.popitem(last=False)
            threading.Thread(target=self._unrecorded, args=(kind, stored), daemon=True).start()
            return
        if not recorded:
            log.info("skipped a redelivered %s", kind)
            return
        self._keep_alive()
        self._wake.ring()

    def _unrecorded(self, kind: payloads.JobKind, body: dict[str, Any]) -> None:
        """Answers a payload the inbox could not record; never raises (a thread's exception
        would be printed whole, past the log's redaction)."""
        try:
            with self._fallback_lock:
                if self._fallback is None:
                    self._fallback = build_worker(self._settings)  # reads the database
            self._fallback.run_unrecorded(kind, body)
        except Exception:
            log_failure(log, f"could not answer an unrecorded {kind}")
            self._tell_unsaved(kind, body)

    def _tell_unsaved(self, kind: payloads.JobKind, body: dict[str, Any]) -> None:
        """The store_unavailable notice, with nothing of the database (it cannot be read)."""
        from bot.slack.app import web_client
        from flows.content import default_content_dir
        from flows.messages import Messages

        try:
            folder = self._settings.content_dir or default_content_dir()
            text = Messages.load(folder).text("store_unavailable")
            client = web_client(self._settings)
            for call in handlers.private_notice(client, kind, body, text):
                call_slack(client, call, self._settings.slack_api_timeout)
        except Exception:
            log_failure(log, f"could not tell the user of an unrecorded {kind}")

    def health(self) -> str | None:
        """Why this server cannot serve Slack now (for /healthz), or None. A stopped worker
        process is replaced here too, so a health check revives it without waiting for traffic."""
        database = self._settings.database_url
        if database.startswith("sqlite:///") and "mode=memory" not in database:
            path = Path(database.removeprefix("sqlite:///").partition("?")[0]).expanduser()
            if not path.exists():
                return "the database file is gone"
        try:
            self._inbox.check()
        except DBAPIError:
            return "the database cannot be read"
        self._keep_alive()
        if self._worker_thread is not None and not self._worker_thread.is_alive():
            return "the worker has stopped"
        return None

    def _keep_alive(self) -> None:
        """A dead worker process is replaced when the next job arrives."""
        with self._guard:
            for index, process in enumerate(self._processes):
                if not process.is_alive():
                    log.warning("worker %s had stopped; starting a new one", index)
                    self._processes[index] = self._start()

    def stop(self) -> None:
        self._stop.set()
        for process in self._processes:
            process.terminate()
            process.join(timeout=10)
