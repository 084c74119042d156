"""The `e1399-bot` command line: chat, content checks and (as they land) the other commands."""

from __future__ import annotations

import argparse
import sys

from bot.settings import Settings
from flows.content import ContentError, default_content_dir


class CliError(Exception):
    """Bad input: printed as one line on stderr, exit code 1."""


def _cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.terminal import run_chat
    from bot.wiring import build_engine

    return run_chat(build_engine(settings))


def _cmd_content_check(args: argparse.Namespace, settings: Settings) -> int:
    from flows.messages import Messages
    from flows.rules import DocumentRules

    content_dir = settings.content_dir or default_content_dir()
    Messages.load(content_dir)
    DocumentRules.load(content_dir)
    print(f"content OK: {content_dir}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="e1399-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("chat", help="talk to the bot in the terminal").set_defaults(run=_cmd_chat)
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
