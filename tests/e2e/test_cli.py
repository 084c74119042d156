"""The installed command as a shell runs it: one real process per surface, JSON out, exit codes.

The commands' behaviour is tested in process (tests/bot/test_cli.py); this checks the wiring.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "E1399_CONTENT_DIR"}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=60)  # fmt: skip


def test_a_real_process_answers_json_and_exits_1_on_bad_input() -> None:
    found = cli("codes", "--code", "E2300", "--json")
    assert found.returncode == 0 and json.loads(found.stdout)["termination_date"] == "2024-03-31"
    refused = cli("codes", "--code", "walker")
    assert refused.returncode == 1 and "one letter and four digits" in refused.stderr
    assert "Traceback" not in refused.stderr
