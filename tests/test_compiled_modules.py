"""A test run keeps compiled modules, as `make test` does, wherever it is started from."""

from __future__ import annotations

import subprocess
import sys


def test_a_test_run_and_the_processes_it_starts_keep_compiled_modules() -> None:
    """Even with PYTHONDONTWRITEBYTECODE set where pytest was started (a shell profile, a CI
    image): without the compiled modules, every process of every run compiles the packages again
    and pytest rewrites each test module's asserts again."""
    assert not sys.dont_write_bytecode
    started = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.dont_write_bytecode)"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert started.stdout.strip() == "False", started.stderr
