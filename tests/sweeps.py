"""Which cases of a `sweep`-marked test the fast lane leaves to `make test`."""

from __future__ import annotations

import pytest


def past_the_first_cases(
    item: pytest.Item, sweep: pytest.Mark, cases: dict[str, int], outcomes: dict[str, set[str]]
) -> bool:
    """Whether a sweep's case is left to `make test`: past its first n (`sweep(n=3)` or
    `sweep(3)`) and, with `by="kind"`, not the first case expecting its value of the `kind`
    parameter, so the fast lane still sees every outcome the sweep checks."""
    test = item.nodeid.split("[")[0]  # one count per test function, in collection order
    cases[test] = cases.get(test, 0) + 1
    first = sweep.kwargs.get("n", sweep.args[0] if sweep.args else 1)
    by = sweep.kwargs.get("by")
    params = getattr(item, "callspec", None)
    if by is None or params is None:
        return cases[test] > first
    outcome, seen = repr(params.params[by]), outcomes.setdefault(test, set())
    new = outcome not in seen
    seen.add(outcome)
    return cases[test] > first and not new
