"""Runs the readable YAML transcripts in tests/transcripts/ against the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Chat, read_yaml

TRANSCRIPTS = sorted((Path(__file__).parent.parent / "transcripts").glob("*.yaml"))


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.stem)
def test_transcript(chat: Chat, path: Path) -> None:
    for number, turn in enumerate(read_yaml(path)["turns"], start=1):
        if "pick" in turn:
            chat.pick(str(turn["pick"]))
        else:
            chat.say(str(turn["user"]))
        for phrase in turn.get("bot", []):
            assert phrase in chat.text, f"turn {number}: {phrase!r} not in reply:\n{chat.text}"
        for phrase in turn.get("not", []):
            assert phrase not in chat.text, f"turn {number}: {phrase!r} in reply:\n{chat.text}"
        if "step" in turn:
            assert chat.step == turn["step"], f"turn {number}: on {chat.step}, not {turn['step']}"
