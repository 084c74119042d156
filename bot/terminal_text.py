"""Text on its way to a terminal: control characters shown, never obeyed."""

from __future__ import annotations

import re
from typing import Any, TextIO

# Control characters but line breaks and tabs: text from a claim file, a team member's answer or
# a question a Slack user typed (kb unanswered) could otherwise move the cursor, rewrite a line,
# retitle the window or clear the screen of whoever reads the output.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """The one place text meets a terminal: each control character is shown as "?"."""
    return _CONTROLS.sub("?", text)


class TerminalText:
    """A text stream that writes through terminal_safe (the command line's stdout and stderr)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding...
        return getattr(self.stream, name)
