"""The words that steer a conversation (help, back, skip, edit price...), read from content."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple, get_args

CommandName = Literal[
    "help",
    "back",
    "skip",
    "cancel",
    "restart",
    "status",
    "intake",
    "export",
    "history",
    "codes",
    "edit",
    "helpful",
    "not_helpful",
    "continue",
]
COMMAND_NAMES: tuple[str, ...] = get_args(CommandName)


class Command(NamedTuple):
    """A recognised command and the words typed after it ("edit price" -> edit, "price")."""

    name: str
    argument: str = ""


class Commands:
    """Maps a whole typed message to a command, using the phrases in content/messages.yaml."""

    def __init__(
        self,
        words: dict[CommandName, list[str]],
        with_argument: list[CommandName],
        openers: Sequence[str] = (),
    ) -> None:
        self._exact = {
            phrase.lower(): name for name, phrases in words.items() for phrase in phrases
        }
        # Longest phrase first, so "start over" is restart even though "start" is intake.
        self._prefixes = sorted(
            ((phrase.lower(), name) for name in with_argument for phrase in words.get(name, [])),
            key=lambda pair: -len(pair[0]),
        )
        # Filler before a command ("wait, go back", "oops cancel"): the command all the same.
        alternatives = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
        self._opener = (
            re.compile(rf"(?:(?:{alternatives})\b[\s,.!:;-]*)+", re.I) if openers else None
        )

    def parse(self, text: str) -> Command | None:
        """The command this message is, or None when it is an answer or a question."""
        command = self._parse(text)
        opener = self._opener.match(text.strip()) if self._opener and command is None else None
        rest = text.strip()[opener.end() :] if opener else ""
        return self._parse(rest) if rest.strip(" .!?") else command

    def _parse(self, text: str) -> Command | None:
        lowered = " ".join(text.lower().split()).strip(" .!")
        if text.strip() == "?":
            lowered = "?"
        if lowered in self._exact:
            return Command(self._exact[lowered])
        typed = " ".join(text.split()).strip(" .!")  # as `lowered`, in the typed case
        for phrase, name in self._prefixes:
            if lowered.startswith(phrase + " "):
                argument = typed[len(phrase) :].strip()  # "edit mfr to Invacare" keeps its case
                if name == "edit" and argument.lower().startswith("the "):
                    argument = argument[4:].strip()
                return Command(name, argument)
        return None
