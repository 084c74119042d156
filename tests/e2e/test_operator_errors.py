"""An operator's paper cut that only a real process shows: output piped into `head` ends without
a broken pipe error or a traceback. The other operator errors (a token Slack cannot check, a
setting the bot cannot use) are one line and exit 1 in process too: tests/bot/test_cli.py."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_output_piped_into_head_ends_without_a_broken_pipe_error() -> None:
    command = f'"{sys.executable}" -m bot.cli codes "knee walker" --limit 50 | head -c 10'
    done = subprocess.run(
        ["bash", "-c", f"{command} > /dev/null; exit ${{PIPESTATUS[0]}}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "BrokenPipeError" not in done.stderr and "Traceback" not in done.stderr
