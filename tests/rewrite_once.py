"""Under `pytest -n` (`make test`): the test modules' asserts rewritten once, before xdist's
workers start. pytest rewrites a test module's asserts when it first imports it and keeps the
result in `__pycache__`; on a clean clone (CI) every worker would rewrite every module at once,
none finding another's yet (about a second of CPU a worker)."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
_CONFIG: list[pytest.Config] = []  # for the forked processes that do the rewriting


def rewrite_test_modules_once(config: pytest.Config) -> None:
    """In xdist's controller, one process per core rewrites the modules whose rewritten code is
    missing or older than the module, with pytest's own functions (so its import reads the
    result as its own). Where those functions are not found, the workers rewrite as before."""
    if hasattr(config, "workerinput") or config.getoption("dist", "no") == "no":
        return
    if sys.dont_write_bytecode or config.getoption("assertmode") != "rewrite":
        return
    try:
        from _pytest.assertion import assertstate_key, rewrite

        needed = (rewrite.get_cache_dir, rewrite._read_pyc, rewrite._rewrite_test)
        context = multiprocessing.get_context("fork")
    except (ImportError, AttributeError, ValueError):
        return
    if assertstate_key not in config.stash or not all(map(callable, needed)):
        return
    stale = [
        path
        for path in sorted(TESTS.rglob("*.py"))
        if (path.name == "conftest.py" or path.name.startswith("test_"))
        and rewrite._read_pyc(path, _rewritten_path(path)) is None
    ]
    if not stale:
        return
    _CONFIG[:] = [config]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    with context.Pool(min(cores, 4, len(stale))) as pool:
        pool.map(_keep_rewritten, stale, chunksize=8)


def _rewritten_path(path: Path) -> Path:
    from _pytest.assertion import rewrite

    return rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)


def _keep_rewritten(path: Path) -> None:
    from _pytest.assertion import assertstate_key, rewrite

    pyc = _rewritten_path(path)
    if not rewrite.try_makedirs(pyc.parent):
        return
    config = _CONFIG[0]
    source_stat, code = rewrite._rewrite_test(path, config)
    rewrite._write_pyc(config.stash[assertstate_key], code, source_stat, pyc)
