"""`make test-fast` on a clean clone shares test files out by the tests each runs, not by its
size: a file of long parameter lists and `slow` tests weighs what the fast lane runs of it."""

from __future__ import annotations

from tests.conftest import size_of_tests

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
