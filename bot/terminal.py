"""The local chat: the same engine and store as Slack, in a terminal."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
import sys
import time
from pathlib import Path
from typing import TextIO

from bot.settings import default_export_dir
from flows.engine import Engine
from flows.models import Option, Reply, Turn

QUIT_WORDS = {"quit", "exit", "bye", ":q"}


def render(reply: Reply, numbered: bool = True) -> str:
    """Plain-text rendering: bold and italic markers dropped, options numbered (or left out, when
    a later reply's options take the numbers); an export stays Markdown."""
    text = reply.text
    if reply.kind != "export":
        text = re.sub(r"\*([^*\n]+)\*", r"\1", text)
        text = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", text)
    lines = [text]
    for number, option in enumerate(reply.options if numbered else [], start=1):
        detail = f" - {option.description}" if option.description else ""
        lines.append(f"  {number}. {option.label}{detail}")
    return "\n".join(lines)


def save_export(markdown: str, folder: Path) -> Path:
    """Writes an exported outcome to a new .md file in `folder` (made if missing); returns its
    path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"e1399-outcome-{stamp}.md"  # matches EXPORTED
    for number in range(2, 100):
        if not path.exists():
            break
        path = folder / f"e1399-outcome-{stamp}-{number}.md"
    with os.fdopen(
        os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "w", encoding="utf-8"
    ) as file:
        file.write(markdown + "\n")  # the claim's details: for its owner only
    return path


EXPORTED = "e1399-outcome-*.md"


def purge_exports(folder: Path, days: int, now: float | None = None) -> int:
    """Deletes the exported outcomes in `folder` not changed for `days` days (the retention
    period reaches the claim details they hold too); returns how many."""
    cutoff = (time.time() if now is None else now) - days * 86_400
    deleted = 0
    for path in folder.glob(EXPORTED):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                deleted += 1
        except OSError:  # gone meanwhile, or not ours to delete: the rest still go
            continue
    return deleted


def _as_turn(key: str, user: str, line: str, shown: list[list[Option]]) -> Turn:
    """A number picks from the options shown last; an exact label from any shown with them;
    anything else is typed text."""
    stripped, options = line.strip(), shown[-1] if shown else []
    if options and stripped.isdigit() and 1 <= int(stripped) <= len(options):
        return Turn(conversation_key=key, user_id=user, choice=options[int(stripped) - 1].value)
    for option in reversed([option for listed in shown for option in listed]):
        if stripped.lower() == option.label.lower():
            return Turn(conversation_key=key, user_id=user, choice=option.value)
    return Turn(conversation_key=key, user_id=user, text=line)


def run_chat(
    engine: Engine,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    user: str | None = None,
    export_dir: Path | None = None,
) -> int:
    """Reads lines until quit or end of input; the next run resumes the same conversation."""
    # sys.stdin/stdout are looked up per call (not as defaults) so a redirected stream is used.
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    user = user or getpass.getuser() or "local"
    key = f"terminal:{user}"
    interactive = stdin.isatty()

    def show(replies: list[Reply]) -> list[list[Option]]:
        # Only the last reply's options are numbered: after an answer and the open question, a
        # "2" is the question's option (or a quantity), not the answer's rating button, which
        # is typed by its label instead.
        shown = [reply.options for reply in replies]  # the last one takes the numbers
        for reply in replies:
            numbered = reply is replies[-1]
            print(render(reply, numbered), file=stdout)
            if not numbered and reply.options:
                labels = " or ".join(option.label for option in reply.options)
                print(engine.messages.text("options_to_type", labels=labels), file=stdout)
            if reply.kind == "export" and reply.payload and "markdown" in reply.payload:
                try:
                    folder = export_dir or default_export_dir()
                    path = save_export(reply.payload["markdown"], folder)
                except OSError as error:  # a read-only or full folder: the text above stands
                    reason = error.strerror or type(error).__name__
                    print(engine.messages.text("export_not_saved", reason=reason), file=stdout)
                else:
                    print(engine.messages.text("export_saved", path=path), file=stdout)
        print(file=stdout, flush=True)
        return shown

    print(render(Reply(text=engine.messages.text("welcome"))), file=stdout)
    print(engine.messages.text("chat_quit_hint") + "\n", file=stdout)
    resumed = engine.resume(key)
    shown = show(resumed) if resumed else []
    notices = engine.team.notices_for(key) if engine.team is not None else []
    shown = show(notices) if notices else shown  # the team answered an earlier question
    while True:
        if interactive:
            print("you> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip().lower() in QUIT_WORDS:
            print(engine.messages.text("chat_bye"), file=stdout)
            return 0
        if not line.strip():
            continue
        shown = show(engine.handle(_as_turn(key, user, line.rstrip("\n"), shown)))
