"""`make test-fast` on a clean clone shares test files out by the CPU each took in the committed
table (tests/fast_lane_cpu.json), a file the table lacks by the tests it runs, not by its size: a
file of long parameter lists and `slow` tests weighs what the fast lane runs of it."""

from __future__ import annotations

from tests.fast_lane import REPO, committed_costs, costs, share_out, size_of_tests

FILE = '''"""A test file."""

CASES = ["one", "two", "three", "four"]


def helper() -> int:
    return 1


@pytest.mark.parametrize(
    "case",
    CASES,
)
def test_fast(case: str) -> None:
    assert case


@pytest.mark.slow  # a whole corpus
def test_slow() -> None:
    assert helper()
'''
FAST_BODY = "def test_fast(case: str) -> None:\n    assert case\n\n\n"
SLOW_BODY = "def test_slow() -> None:\n    assert helper()\n"


def test_a_file_weighs_the_bodies_of_the_tests_the_fast_lane_runs() -> None:
    assert size_of_tests(FILE, skip_slow=True) == len(FAST_BODY)


def test_without_the_fast_lane_slow_tests_weigh_too() -> None:
    assert size_of_tests(FILE, skip_slow=False) == len(FAST_BODY) + len(SLOW_BODY)


def test_a_file_marked_slow_as_a_whole_weighs_nothing_in_the_fast_lane() -> None:
    marked = FILE.replace('"""A test file."""', '"""A test file."""\npytestmark = pytest.mark.slow')
    assert size_of_tests(marked, skip_slow=True) == 0
    assert size_of_tests(marked, skip_slow=False) > 0


HEAVY, LIGHT, SHORT, NEW = (REPO / "tests" / f"test_{name}.py" for name in ("a", "b", "c", "new"))


def test_a_clean_clone_shares_files_by_their_committed_cpu_not_their_size() -> None:
    # Sized alike, the heavy and the light file would go one to each share, and the short file
    # after them; by their CPU the heavy file runs alone while the other share runs the rest.
    size = {HEAVY: 1000, LIGHT: 1000, SHORT: 200}
    committed = {"tests/test_a.py": 3.0, "tests/test_b.py": 1.0, "tests/test_c.py": 1.5}
    owner = share_out(costs(size, {}, committed), 2)
    assert owner[LIGHT] == owner[SHORT] != owner[HEAVY]


def test_a_file_the_table_lacks_weighs_its_size_at_the_tables_cpu_per_byte() -> None:
    size = {HEAVY: 1000, LIGHT: 1000, NEW: 500}
    cost = costs(size, {}, {"tests/test_a.py": 3.0, "tests/test_b.py": 1.0})
    assert cost[NEW] == 500 * 4.0 / 2000


def test_the_cpu_kept_from_the_last_run_here_wins_over_the_committed_one() -> None:
    cost = costs({HEAVY: 1000}, {HEAVY: 0.5}, {"tests/test_a.py": 3.0})
    assert cost[HEAVY] == 0.5


def test_the_committed_table_costs_the_fast_lanes_files() -> None:
    table = committed_costs()
    fast_lane = [p for d in ("flows", "bot") for p in (REPO / "tests" / d).glob("test_*.py")]
    costed = [p for p in fast_lane if p.relative_to(REPO).as_posix() in table]
    assert len(costed) >= len(fast_lane) * 0.9, "refresh it: python -m tests.fast_lane"
    assert all(cpu >= 0 for cpu in table.values())
