"""`make test-fast` shares its files out by the CPU their fast-lane tests took in the last run
that ran them whole: `make test` (under xdist) keeps it too, so the fast lane after it on a clean
clone gets shares of even CPU, not of even size."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests import conftest, cpu_of_tests


class Cache(dict[str, Any]):
    def set(self, key: str, value: object) -> None:
        self[key] = value


def a_run(cache: Cache, *, keyword: str = "", markexpr: str = "", args: tuple[str, ...] = ()):
    options = {"keyword": keyword, "markexpr": markexpr}
    config = SimpleNamespace(cache=cache, getoption=options.get, args=list(args or ["tests"]))
    return SimpleNamespace(config=config, shouldstop=False, shouldfail=False)


def report(nodeid: str, cpu: float, *marks: str) -> pytest.TestReport:
    return pytest.TestReport(nodeid, ("", 0, ""), dict.fromkeys(marks, 1), "passed", None,
                             "teardown", user_properties=[("cpu_seconds", cpu)])  # fmt: skip


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[pytest.TestReport]:
    monkeypatch.setattr(cpu_of_tests, "_CPU_OF_TEST", {})
    monkeypatch.setattr(cpu_of_tests, "_FAST_CPU_OF_FILE", {})
    sent = [
        report("tests/flows/test_a.py::test_one", 1.5),
        report("tests/flows/test_a.py::test_two", 0.25),
        report("tests/flows/test_a.py::test_every_claim_file", 9.0, "slow"),
        report("tests/bot/test_b.py::test_a_whole_corpus", 4.0, "slow"),
    ]
    for each in sent:
        cpu_of_tests.pytest_runtest_logreport(each)
    return sent


@pytest.mark.usefixtures("reports")
def test_a_run_of_whole_files_keeps_what_their_fast_lane_tests_took() -> None:
    cache = Cache()
    cpu_of_tests.pytest_sessionfinish(a_run(cache))
    assert cache == {
        "e1399/cpu-of-test-file/tests/flows/test_a.py": 1.75,  # its slow test left out
        "e1399/cpu-of-test-file/tests/bot/test_b.py": 0.0,  # the fast lane runs none of it
    }


@pytest.mark.usefixtures("reports")
@pytest.mark.parametrize(
    "picked",
    [{"keyword": "claim"}, {"markexpr": "slow"}, {"args": ("tests/flows/test_a.py::test_one",)}],
)
def test_a_run_of_part_of_a_file_keeps_nothing(picked: dict[str, Any]) -> None:
    cache = Cache()
    cpu_of_tests.pytest_sessionfinish(a_run(cache, **picked))
    assert cache == {}


class Config:  # (hashable, as pytest's is: the shares are worked out once per run)
    def __init__(self, cache: Cache) -> None:
        self.cache = cache


def test_the_shares_get_even_cpu_however_long_each_file_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One long file of cheap tests, and two short files of costly ones: by size the long file
    # would get a share to itself and the costly two the other.
    for name, lines in (("test_long.py", 400), ("test_costly_1.py", 10), ("test_costly_2.py", 10)):
        (tmp_path / name).write_text("x = 1\n" * lines)
    cache = Cache()
    for name, cpu in (("test_long.py", 1.0), ("test_costly_1.py", 5.0), ("test_costly_2.py", 5.0)):
        cache[cpu_of_tests.CPU_OF_FILE + name] = cpu
    monkeypatch.setattr(conftest, "REPO", tmp_path)
    config = Config(cache)
    owner = {path.name: share for path, share in conftest._shares((tmp_path,), 2, config).items()}
    assert owner["test_costly_1.py"] != owner["test_costly_2.py"]
