"""The installed command as a shell runs it: a real process, JSON out, exit code 0.

The commands' behaviour, refusals and exit codes included, is tested in process
(tests/bot/test_cli.py); this checks the wiring. A real process whose output `head` cuts
short: tests/e2e/test_operator_errors.py (each process costs about 1.5 s of CPU to start:
importing the packages, loading the kept content, compiling the PHI rules).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in its own process; the bound only ends a hung one (on a loaded machine a
    start that takes 3 s of CPU can take a minute)."""
    env = {k: v for k, v in os.environ.items() if k != "E1399_CONTENT_DIR"}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=300)  # fmt: skip


def test_a_real_process_answers_json() -> None:
    found = cli("codes", "--code", "E2300", "--json")
    assert found.returncode == 0 and json.loads(found.stdout)["termination_date"] == "2024-03-31"
    assert found.stderr == ""
