"""The CPU each test takes (user + system, of its process and of the processes it waited for;
setup and teardown included), counted where the test runs and summed where the reports arrive
(xdist's controller under `pytest -n`).

Two uses: `--cpu-durations=N` lists the files and tests that took the most; and every run that
runs whole test files (`make test`, `make test-fast`'s shares) keeps what each file's fast-lane
tests took in pytest's cache (`.pytest_cache/`), by which the next `make test-fast` shares the
files out (`--shard`, tests/conftest.py). So the fast lane right after `make test` on a clean
clone (CI, the README's figures) gets shares of even CPU rather than of even size: by size the
larger share of this suite's fast lane took 8% more CPU than half."""

from __future__ import annotations

import resource
from collections.abc import Generator
from typing import Any

import pytest

# Where a run keeps each test file's fast-lane CPU (pytest's cache), by the file's path.
CPU_OF_FILE = "e1399/cpu-of-test-file/"

_CPU_AT_START: dict[str, float] = {}  # by test, in the process that runs it
_CPU_OF_TEST: dict[str, float] = {}  # by test, where the reports arrive
_FAST_CPU_OF_FILE: dict[str, float] = {}  # by test file: its tests the fast lane runs


def _cpu_seconds() -> float:
    """User + system CPU of this process and of the processes it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item) -> None:
    _CPU_AT_START[item.nodeid] = _cpu_seconds()  # (two system calls: a few microseconds)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test's teardown report carries the CPU its setup, call and teardown took (xdist sends
    it to the controller). Unlike --durations' wall time, CPU hardly changes with other work on
    a shared machine."""
    report: pytest.TestReport = yield
    if call.when == "teardown" and item.nodeid in _CPU_AT_START:
        used = _cpu_seconds() - _CPU_AT_START.pop(item.nodeid)
        report.user_properties = [*report.user_properties, ("cpu_seconds", used)]
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties if report.when == "teardown" else ():
        if name == "cpu_seconds" and isinstance(value, float):
            _CPU_OF_TEST[report.nodeid] = value
            path = report.nodeid.split("::")[0]  # a file of slow tests only costs nothing
            fast = "slow" not in report.keywords and "e2e" not in report.keywords
            _FAST_CPU_OF_FILE[path] = _FAST_CPU_OF_FILE.get(path, 0.0) + (value if fast else 0.0)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Keeps each file's fast-lane CPU for the next `make test-fast`, where the reports arrived
    and only when each file's fast-lane tests all ran (no -k, no single tests named, no marks
    but the fast lane's, not stopped early)."""
    config = session.config
    cache = getattr(config, "cache", None)
    if cache is None or hasattr(config, "workerinput") or session.shouldstop or session.shouldfail:
        return
    picked = config.getoption("keyword") or config.getoption("markexpr") not in ("", "not slow")
    if picked or any("::" in arg for arg in config.args):
        return
    for path, used in _FAST_CPU_OF_FILE.items():
        cache.set(CPU_OF_FILE + path, round(used, 3))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    shown = config.getoption("cpu_durations")
    if shown is None or not _CPU_OF_TEST:
        return
    by_file: dict[str, float] = {}
    for nodeid, used in _CPU_OF_TEST.items():
        by_file[nodeid.split("::")[0]] = by_file.get(nodeid.split("::")[0], 0.0) + used
    total = sum(by_file.values())
    terminalreporter.section(f"CPU: {total:.1f} s in tests, their fixtures included")
    for title, table in (("files", by_file), ("tests", _CPU_OF_TEST)):
        terminalreporter.write_line(f"-- {title} with the most CPU")
        for name, used in sorted(table.items(), key=lambda pair: -pair[1])[: shown or None]:
            terminalreporter.write_line(f"{used:7.2f}s  {name}")
