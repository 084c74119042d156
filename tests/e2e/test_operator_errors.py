"""An operator's paper cuts end in one line, never a traceback: a token Slack cannot check, and
output piped into `head`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_with_a_token_slack_cannot_check_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": "xoxb-not-a-real-token",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_URL": f"http://127.0.0.1:{_closed_port()}/api/",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--http", "--host", "127.0.0.1", "--port", "0"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("e1399-bot: could not check")


def test_output_piped_into_head_ends_without_a_broken_pipe_error() -> None:
    command = f'"{sys.executable}" -m bot.cli codes "knee walker" --limit 50 | head -c 10'
    done = subprocess.run(
        ["bash", "-c", f"{command} > /dev/null; exit ${{PIPESTATUS[0]}}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "BrokenPipeError" not in done.stderr and "Traceback" not in done.stderr
