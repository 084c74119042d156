"""Helpers shared by the benchmark scripts: percentiles and a small table printer."""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def timed(timings: list[float], action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Calls `action(*args, **kwargs)`, appends its wall time in seconds to `timings`."""
    start = time.perf_counter()
    result = action(*args, **kwargs)
    timings.append(time.perf_counter() - start)
    return result


def cpu_timed(timings: list[float], action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Like `timed`, in this thread's CPU time: what the work costs, without the waits of a
    shared, busy machine (wall-clock time is reported too)."""
    start = time.thread_time()
    result = action(*args, **kwargs)
    timings.append(time.thread_time() - start)
    return result


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def table(title: str, rows: list[tuple[str, str, str]]) -> None:
    """Prints `metric | value | target` rows as a Markdown table (pasted into the README)."""
    print(f"\n### {title}\n({machine()})\n")
    print("| metric | value | target |\n| --- | --- | --- |")
    for metric, value, target in rows:
        print(f"| {metric} | {value} | {target} |")


__all__ = ["cpu_timed", "percentile", "machine", "table", "statistics", "timed"]
