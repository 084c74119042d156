"""Shared fixtures: the engine over an in-memory store, driven like a chat (no Slack, no `bot`).

tests/bot/conftest.py swaps in the SQL store; tests/e2e run real processes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import os
import resource
import sys
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.fast_lane import CPU_OF_FILE, committed_costs, costs, share_out, size_of_tests
from tests.phi_findings import shared_phi_findings as shared_phi_findings  # the fixture
from tests.sweeps import past_the_first_cases

# The engine is imported where it is used: xdist's controller process loads this file too, and
# runs no test (importing the packages costs a second of CPU).
if TYPE_CHECKING:
    from flows.all_content import Content
    from flows.engine import Engine
    from flows.models import Reply
    from flows.ports import ConversationStore, StoredConversation

# Compiled modules are kept even where the environment turns that off (PYTHONDONTWRITEBYTECODE),
# as `make test` does, also for the xdist workers and the processes the tests start: otherwise
# every process of every run compiles the packages and pytest rewrites every test module again
# (about 2 s of CPU a process on a tree never run with them kept).
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Imports and tests make objects by the million, few of them in cycles: collecting after every
# 50,000 new objects instead of every 700 halves the garbage collector's CPU (about 2 s of the
# fast lane's).
gc.set_threshold(50_000, 20, 100)

TODAY = dt.date(2026, 6, 15)
REPO = Path(__file__).resolve().parent.parent
E2E = REPO / "tests" / "e2e"


# Module-scoped fixtures that start processes: their module's tests stay on one xdist worker.
SHARED_SERVERS = {"server", "pair", "guarded_server"}


# First: pytest-xdist reads the groups in its own hook, which would otherwise run before this.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/e2e is marked `e2e` by its folder, so no list needs keeping;
    `slow` is marked where it applies, and on all but the first cases of a `sweep`. `make
    test-fast` leaves both out.

    For `pytest -n` (`--dist loadgroup`): the tests sharing a module's server run on one worker,
    and every PostgreSQL test on one worker (in file order: they share one database), so each
    server starts once; the rest spread freely. Real-process tests go first, then slow ones:
    most of their time is spent waiting, which the in-process tests behind them fill, and none
    is left running alone at the end."""
    cases: dict[str, int] = {}
    outcomes: dict[str, set[str]] = {}
    for item in items:
        if item.path.is_relative_to(E2E):
            item.add_marker(pytest.mark.e2e)
        sweep = item.get_closest_marker("sweep")
        # The fast lane runs a sweep's first cases, `make test` all of them.
        if sweep is not None and past_the_first_cases(item, sweep, cases, outcomes):
            item.add_marker(pytest.mark.slow)
        params = getattr(item, "callspec", None)
        fixtures = set(getattr(item, "fixturenames", ()))  # test functions have them
        if "postgres_url" in fixtures or (params and "postgresql" in params.id):
            item.add_marker(pytest.mark.xdist_group("postgresql"))
            item.add_marker(pytest.mark.slow)  # starting PostgreSQL takes seconds
        elif SHARED_SERVERS & fixtures:
            item.add_marker(pytest.mark.xdist_group(item.path.name))
    items.sort(key=lambda item: (not item.get_closest_marker("e2e"),
                                 not item.get_closest_marker("slow")))  # fmt: skip


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadgroup` hands tests out in batches (tests/xdist_schedule.py): xdist's own
    scheduler costs the controller and workers about a millisecond of CPU a test."""
    from tests.xdist_schedule import BatchedLoadGroupScheduling, fits_installed_xdist

    if config.getvalue("dist") != "loadgroup" or not fits_installed_xdist():
        return None  # xdist's own scheduler
    return BatchedLoadGroupScheduling(config, log)


def pytest_configure(config: pytest.Config) -> None:
    from tests.rewrite_once import rewrite_test_modules_once

    rewrite_test_modules_once(config)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--cpu-durations", type=int, metavar="N",
                     help="list the N test files and tests that took the most CPU, and the N tests "
                          "that waited the most")  # fmt: skip
    parser.addoption("--shard", metavar="I/N",
                     help="run only the test files of share I of N (`make test-fast`)")  # fmt: skip


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With --shard I/N, a test file outside share I is neither imported nor collected: each
    of `make test-fast`'s processes loads and runs only its own files (xdist's workers would
    each import and collect every file)."""
    share, shares = (int(part) for part in (config.getoption("shard") or "0/1").split("/"))
    if shares == 1 or not collection_path.name.startswith("test_"):
        return None
    roots = tuple(Path(arg.split("::")[0]).resolve() for arg in config.args)
    return _shares(roots, shares, config).get(collection_path, share) != share or None


@functools.cache
def _shares(roots: tuple[Path, ...], shares: int, config: pytest.Config) -> dict[Path, int]:
    """Each test file under `roots`: its share (tests/fast_lane.py)."""
    files = {
        path for root in roots for path in ([root] if root.is_file() else root.rglob("test_*.py"))
    }
    cache = getattr(config, "cache", None)  # None under -p no:cacheprovider
    kept = (
        {p: cache.get(CPU_OF_FILE + p.relative_to(REPO).as_posix(), None) for p in files}
        if cache
        else {}
    )
    measured = {p: float(cpu) for p, cpu in kept.items() if isinstance(cpu, int | float)}
    fast = "not slow" in (config.getoption("markexpr") or "")
    size = {p: size_of_tests(p.read_text(encoding="utf-8"), skip_slow=fast) for p in files}
    return share_out(costs(size, measured, committed_costs() if fast else {}), shares)


def _cpu_seconds() -> float:
    """User + system CPU of this process and of the processes it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


_CPU_AT_START: dict[str, tuple[float, float]] = {}  # (CPU, wall clock) by test, where it runs
_CPU_OF_TEST: dict[str, float] = {}  # by test, where the reports arrive (xdist's controller)
_WAIT_OF_TEST: dict[str, float] = {}  # wall time minus CPU by test, likewise


def _counting_cpu(config: pytest.Config) -> bool:
    """Whether each test's CPU is counted: for --cpu-durations, and in a --shard run (`make
    test-fast`), which keeps each file's CPU for the next run to share the files out by."""
    return config.getoption("cpu_durations") is not None or config.getoption("shard") is not None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item) -> None:
    if _counting_cpu(item.config):
        _CPU_AT_START[item.nodeid] = (_cpu_seconds(), time.perf_counter())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """With --cpu-durations, a test's teardown report carries the CPU its setup, call and
    teardown took and the wall time it spent beyond that (waiting on a server, a subprocess, a
    Retry-After; xdist sends both to the controller). Unlike --durations' wall time, CPU hardly
    changes with other work on a shared machine."""
    report: pytest.TestReport = yield
    if call.when == "teardown" and item.nodeid in _CPU_AT_START:
        cpu, wall = _CPU_AT_START.pop(item.nodeid)
        used, waited = _cpu_seconds() - cpu, time.perf_counter() - wall
        _CPU_IN_FILE[item.path] = _CPU_IN_FILE.get(item.path, 0.0) + used
        if item.config.getoption("cpu_durations") is not None:
            report.user_properties = [
                *report.user_properties,
                ("cpu_seconds", used),
                ("wait_seconds", max(0.0, waited - used)),
            ]
    return report


_CPU_IN_FILE: dict[Path, float] = {}  # by test file, in the process that runs its tests


def pytest_collection(session: pytest.Session) -> None:
    """A --shard run imports the packages and loads the content every share uses before
    collecting, so their cost is not counted as the first test file's: loading the content
    costs 0.3 s from the kept copy and several seconds without one (a copy that another tree's
    run replaced), which, counted as one file's, would share the files out unevenly."""
    if session.config.getoption("shard"):
        import bot.cli  # noqa: F401
        import flows.engine  # noqa: F401
        import flows.outcome  # noqa: F401
        from flows.content import ContentError

        with contextlib.suppress(ContentError):  # the tests using it report the error
            repository_content()


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, Any]:
    """In a --shard run, a test file's cost also counts importing and collecting it (its
    parameter lists, the corpora it reads to make them): each share pays for its own files'."""
    if not (isinstance(collector, pytest.Module) and collector.config.getoption("shard")):
        return (yield)
    started = _cpu_seconds()
    report = yield
    _CPU_IN_FILE[collector.path] = _CPU_IN_FILE.get(collector.path, 0.0) + _cpu_seconds() - started
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A --shard run (`make test-fast`) keeps the CPU each of its test files took, for the next
    run to share the files out by: it runs every test of a file the fast lane runs, where xdist
    spreads a file's tests over workers and a run picking tests with -k runs part of a file.
    What is left is frozen first: pytest's collections after it need not walk every object."""
    gc.freeze()  # (half a second of CPU a process)
    cache = getattr(session.config, "cache", None)
    options = session.config.getoption
    if cache is None or options("shard") is None or options("keyword") or session.shouldstop:
        return
    for path, used in _CPU_IN_FILE.items():
        cache.set(CPU_OF_FILE + path.relative_to(REPO).as_posix(), round(used, 3))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties if report.when == "teardown" else ():
        if name == "cpu_seconds" and isinstance(value, float):
            _CPU_OF_TEST[report.nodeid] = value
        elif name == "wait_seconds" and isinstance(value, float):
            _WAIT_OF_TEST[report.nodeid] = value


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    shown = config.getoption("cpu_durations")
    if shown is None or not _CPU_OF_TEST:
        return
    by_file: dict[str, float] = {}
    for nodeid, used in _CPU_OF_TEST.items():
        by_file[nodeid.split("::")[0]] = by_file.get(nodeid.split("::")[0], 0.0) + used
    total = sum(by_file.values())
    terminalreporter.section(f"CPU: {total:.1f} s in tests, their fixtures included")
    tables = (("files with the most CPU", by_file), ("tests with the most CPU", _CPU_OF_TEST),
              ("tests waiting the most (wall time minus CPU)", _WAIT_OF_TEST))  # fmt: skip
    for title, table in tables:
        terminalreporter.write_line(f"-- {title}")
        for name, used in sorted(table.items(), key=lambda pair: -pair[1])[: shown or None]:
            terminalreporter.write_line(f"{used:7.2f}s  {name}")


@pytest.fixture(scope="session", autouse=True)
def _no_slack_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Bolt silently falls back to SLACK_* variables; tests always set what they need. The
    default database (the user's data folder) is a temporary one: `ask` records questions.
    Once per test process: tests change the environment only through `monkeypatch`, which puts
    it back after each test (clearing it before every test cost a fifth of a millisecond)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "xdg"))
        for name in list(os.environ):
            if name.startswith("SLACK_") or name in (
                "DATABASE_URL",
                "E1399_CONTENT_DIR",
                "E1399_EXPORT_DIR",
            ):
                patch.delenv(name, raising=False)
        yield


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server for the whole run (installed on the CI machine image)."""
    from tests.pg import postgres_server

    with postgres_server() as url:
        if url is None:
            pytest.skip("PostgreSQL is not installed here")
        yield url


def read_yaml(path: Path) -> Any:
    """A YAML file's data, parsed by libyaml like content is: the PHI corpora and benchmark sets
    are large, and every xdist worker reads them while collecting."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


_SESSION: list[pytest.Config] = []  # this process's pytest configuration, for its cache


@pytest.fixture(scope="session", autouse=True)
def _session_config(pytestconfig: pytest.Config) -> Iterator[None]:
    _SESSION[:] = [pytestconfig]
    yield
    _SESSION.clear()


def phi_corpus_rates(name: str) -> tuple[float, float, list[str], list[str]]:
    """A PHI corpus part's share of identifiers the guard lets through and of look-alikes it
    refuses, with the texts themselves for the failure message. The guard's answers are kept
    between runs like the other whole-corpus checks' (tests/flows/guard_memory.py): a run scans
    the part again only once the guard, its content or the part changed."""
    from tests.flows.guard_memory import kinds_of

    corpus = read_yaml(Path(__file__).resolve().parent / "fixtures" / "phi" / f"{name}.yaml")
    config = _SESSION[0]
    found = kinds_of(config, f"identifiers-{name}", [c["text"] for c in corpus["identifiers"]])
    missed = [case["text"] for case in corpus["identifiers"] if not found[case["text"]]]
    tripped = [
        t
        for t, kinds in kinds_of(config, f"lookalikes-{name}", corpus["lookalikes"]).items()
        if kinds
    ]
    return (
        len(missed) / len(corpus["identifiers"]),
        len(tripped) / len(corpus["lookalikes"]),
        missed,
        tripped,
    )


@functools.cache
def repository_content() -> Content:
    """The repository's content, loaded and indexed once for the whole test run (and kept
    between runs and xdist workers, like the bot's own processes do)."""
    from flows.content_cache import cached_content

    content = cached_content()
    # Its objects live until the end: keeping them out of the garbage collector's passes
    # saves a fifth of the engine tests' time. No collection first: loading leaves a few dozen
    # objects of garbage, and a full pass over everything imported and collected costs a tenth
    # of a second or more in each process.
    gc.freeze()
    return content


@pytest.fixture(scope="session")
def content() -> Content:
    return repository_content()


def memory_engine(content: Content) -> Engine:
    """The engine as bot/wiring builds it, over an in-memory store, with today fixed."""
    from flows.engine import Engine
    from flows.memory_store import MemoryStore

    return Engine(
        messages=content.messages,
        rules=content.rules,
        store=MemoryStore(),
        knowledge=content.knowledge,
        outcome=content.outcome,
        code_search=content.codes,
        today=lambda: TODAY,
    )


@pytest.fixture
def engine(content: Content) -> Engine:
    return memory_engine(content)


def loaded(store: ConversationStore, key: str) -> StoredConversation:
    """The stored conversation under `key`, which the test expects to exist."""
    stored = store.load(key)
    assert stored is not None, f"nothing stored under {key}"
    return stored


class Chat:
    """One user's conversation with the engine, kept short for readable tests."""

    def __init__(self, engine: Engine, key: str = "test:thread-1", user: str = "U_BILLER") -> None:
        self.engine, self.key, self.user = engine, key, user
        self.last: list[Reply] = []

    def say(self, text: str) -> list[Reply]:
        from flows.models import Turn

        self.last = self.engine.handle(
            Turn(conversation_key=self.key, user_id=self.user, text=text)
        )
        return self.last

    def pick(self, value: str) -> list[Reply]:
        from flows.models import Turn

        turn = Turn(conversation_key=self.key, user_id=self.user, choice=value)
        self.last = self.engine.handle(turn)
        return self.last

    def answer(self, value: str) -> list[Reply]:
        """Answers the current step: documents and the code check by option, the rest typed."""
        step = self.step or ""
        if step.startswith("doc_") or step == "code_check":
            return self.pick(value)
        return self.say(value)

    @property
    def text(self) -> str:
        return "\n".join(reply.text for reply in self.last)

    @property
    def state(self) -> str:
        stored = self.engine.store.load(self.key)
        return stored.state if stored else "idle"

    @property
    def answers(self) -> dict:
        stored = self.engine.store.load(self.key)
        return stored.data["answers"] if stored else {}

    @property
    def step(self) -> str | None:
        steps = [
            r.payload["step"]
            for r in self.last
            if r.kind == "ask" and r.payload and "step" in r.payload
        ]
        return steps[-1] if steps else None

    @property
    def payload(self) -> dict[str, Any]:
        """The last reply's payload (the outcome and claim after a confirm)."""
        return self.last[-1].payload or {} if self.last else {}


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine)


# A Medicare intake typed the way a biller would, step by step (step name -> typed answer).
MEDICARE_ANSWERS = {
    "payer_type": "Original Medicare",
    "beneficiary_state": "OH",
    "item_description": "tub transfer bench with commode opening",
    "code_check": "none",
    "item_category": "equipment",
    "manufacturer": "Acme Medical",
    "model": "TB-200",
    "quantity": "1",
    "unit_price": "$1,234.50",
    "acquisition": "new purchase",
    "item_role": "standalone",
    "date_of_service": "03/14/2026",
    "expect_medicare_denial": "no",
    "doc_order": "have",
    "doc_medical_records": "have",
    "doc_medical_necessity_letter": "missing",
    "doc_manufacturer_spec": "have",
    "doc_price_documentation": "have",
    "doc_no_code_explanation": "unknown",
    "doc_proof_of_delivery": "missing",
    "claim_status": "not submitted",
}


def answer_until(chat: Chat, answers: dict[str, str], stop_at: str | None = None) -> None:
    """Answers each step the bot asks from `answers` until review (or until `stop_at`)."""
    for _ in range(60):
        step = chat.step
        if step is None or step == stop_at:
            return
        chat.answer(answers[step])
    raise AssertionError("intake did not finish")
