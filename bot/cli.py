"""The `e1399-bot` command line: chat, content checks and (as they land) the other commands."""

from __future__ import annotations

import argparse
import json
import sys

from bot.settings import Settings
from flows.content import ContentError


class CliError(Exception):
    """Bad input: printed as one line on stderr, exit code 1."""


def _cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.terminal import run_chat
    from bot.wiring import build_engine

    return run_chat(build_engine(settings))


def _cmd_content_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.wiring import load_content

    content = load_content(settings)
    print(f"content OK: {content.directory} ({len(content.knowledge.entries)} knowledge entries)")
    return 0


def _cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.wiring import load_content
    from flows.parsing import clean_text

    question = clean_text(args.question)
    if not question:
        raise CliError('the question is empty; ask something like "what goes in the narrative?"')
    result = load_content(settings).knowledge.ask(question[:2000])
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), indent=2))
        return 0
    if result.answered:
        print(f"{result.title}\n\n{result.text}\n")
        print("Sources:\n" + "\n".join(f"  - {source}" for source in result.sources))
        print(f"Last reviewed: {result.last_reviewed}")
    else:
        print(result.text)
    if result.related:
        label = "Related" if result.answered else "Closest topics"
        print(f"{label}: " + "; ".join(topic.title for topic in result.related))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="e1399-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("chat", help="talk to the bot in the terminal").set_defaults(run=_cmd_chat)
    ask = commands.add_parser("ask", help="answer one question from the knowledge base")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the contract's JSON shape")
    ask.set_defaults(run=_cmd_ask)
    content = commands.add_parser("content", help="content files").add_subparsers(
        dest="content_command", required=True
    )
    content.add_parser("check", help="validate every content file").set_defaults(
        run=_cmd_content_check
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args, Settings())
    except (CliError, ContentError) as error:
        print(f"e1399-bot: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
