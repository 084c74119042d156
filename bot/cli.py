"""The `e1399-bot` command line: the terminal chat, questions, code look-ups, claim checklists,
Slack, the team knowledge base and content tools."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import sys
from pathlib import Path
from typing import NoReturn, TextIO, cast

from bot.claim_file import read_claim
from bot.cli_error import CliError
from bot.code_argument import code_argument, in_rank, not_a_code, o_read_as_zero
from bot.kb_cli import add_kb_commands
from bot.serve_cli import cmd_serve, port_number, writable_store
from bot.settings import Settings, SettingsProblem, settings_from_environment
from bot.terminal_text import TerminalText
from flows.asides import MAX_MESSAGE_CHARS
from flows.code_questions import item_in_question
from flows.content import ContentError
from flows.knowledge import AskResult
from flows.messages import Messages
from flows.models import PLAUSIBLE_YEARS, is_hcpcs_code, joined_code
from flows.phi import PhiFindings, describe, scan, scan_all


def _cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.terminal import purge_exports, run_chat
    from bot.wiring import build_engine

    engine = build_engine(settings)
    if purged := purge_exports(settings.export_dir, settings.retention_days):
        print(engine.messages.text("exports_purged", count=purged, days=settings.retention_days))
    return run_chat(engine, export_dir=settings.export_dir)


def _cmd_content_check(args: argparse.Namespace, settings: Settings) -> int:
    from flows.content_cache import checked_content

    content = checked_content(settings.content_dir)  # read afresh, never the kept copy
    print(f"content OK: {content.directory} ({len(content.knowledge.entries)} knowledge entries)")
    return 0


def _cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.kb_cli import ask_recorded
    from flows.content_cache import use_kept_phi_rules
    from flows.parsing import clean_text

    use_kept_phi_rules(settings.content_dir)  # before the text is scanned
    findings = scan(args.question)
    if findings:  # not answered, recorded or logged
        return _refuse_question(settings, findings, args.json)
    question = clean_text(args.question)
    if not question:
        raise CliError('the question is empty; ask something like "what goes in the narrative?"')
    if len(question) > MAX_MESSAGE_CHARS:  # the chat's and Slack's limit: not answered or recorded
        raise CliError(_messages(settings).text("question_too_long", limit=MAX_MESSAGE_CHARS))
    if _messages(settings).is_small_talk(question):  # "thanks", "ok": never recorded
        return _small_talk(settings, args.json)
    item = item_in_question(question)
    if item:  # the PHI guard above has run
        return _ask_code_search(args, settings, item)
    result = ask_recorded(settings, question)
    if args.json:
        _print_ask_json(result)
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


def _small_talk(settings: Settings, as_json: bool) -> int:
    """Chit-chat gets a friendly line (JSON: not answered, `small_talk` true)."""
    text = _messages(settings).text("small_talk_reply")
    if as_json:
        result = AskResult(answered=False, entry_id=None, title=None, text=text, sources=[],
                           related=[], score=0.0)  # fmt: skip
        _print_ask_json(result, small_talk=True)
    else:
        print(text)
    return 0


def _print_ask_json(
    result: AskResult, phi_detected: list[str] | None = None, **extra: object
) -> None:
    """Every `ask --json` path prints the same keys: the contract's, then `phi_detected`."""
    shape = {**result.model_dump(mode="json"), "phi_detected": phi_detected or [], **extra}
    print(json.dumps(shape, indent=2))


def _phi_warning(settings: Settings, findings: PhiFindings) -> str:
    """The PHI warning in the bot's words: what kinds were found, never the text itself."""
    messages = _messages(settings)
    return messages.text("phi_warning", found=describe(findings, messages))


def _messages(settings: Settings) -> Messages:
    """The bot's sentences, for a refusal that needs no other content."""
    from flows.content import default_content_dir

    return Messages.load(settings.content_dir or default_content_dir())


def _refuse_question(settings: Settings, findings: PhiFindings, as_json: bool) -> int:
    """`ask` with a patient identifier: the warning, and in JSON the kinds found."""
    warning = _phi_warning(settings, findings)
    if as_json:
        refused = AskResult(answered=False, entry_id=None, title=None, text=warning,
                            sources=[], related=[], score=0.0)  # fmt: skip
        _print_ask_json(refused, phi_detected=list(findings.kinds))
    else:
        print(warning)
    return 0


def _refuse_identifiers(settings: Settings, *texts: str | None) -> None:
    """The CLI's PHI guard for `codes` and claim files: exit 1 with the warning."""
    from flows.content_cache import use_kept_phi_rules

    use_kept_phi_rules(settings.content_dir)
    findings = scan_all(texts)
    if findings:
        raise CliError(_phi_warning(settings, findings))


def _ask_code_search(args: argparse.Namespace, settings: Settings, item: str) -> int:
    """A question about an item's code gets the code search, as in the chat and Slack."""
    from bot.terminal import render
    from bot.wiring import build_engine, load_content

    reply = build_engine(settings).code_reply(item[:200])[0]
    if not args.json:
        print(render(reply))
        return 0
    found = (reply.payload or {}).get("candidates", [])
    content = load_content(settings)
    facts = content.knowledge.code_facts  # the code table's sources, as its other answers cite
    result = AskResult(answered=True, entry_id=None, title=f"Code search: {item[:200]}",
                       text=reply.text, sources=list(facts.rules.sources) if facts else [],
                       related=[], score=found[0]["score"] if found else 0.0,
                       last_reviewed=content.codes.meta.imported_on.isoformat(),
                       origin="content", answered_from="code_table",
                       code_search=reply.payload)  # fmt: skip
    _print_ask_json(result)
    return 0


def _cmd_codes(args: argparse.Namespace, settings: Settings) -> int:
    from bot.wiring import load_content
    from flows.parsing import clean_text

    _refuse_identifiers(settings, args.description, args.code)
    typed = joined_code(args.code or "")[:12]
    meant = o_read_as_zero(typed) if args.code and not is_hcpcs_code(typed) else None
    if args.code and not is_hcpcs_code(typed) and not meant:  # before the table is loaded
        raise CliError(not_a_code(typed, _messages(settings)))
    content = load_content(settings)
    book = content.codes
    if args.code:
        if meant:  # "EO240": E0240 is suggested when the table has it
            raise CliError(not_a_code(typed, content.messages, book.lookup(meant)))
        facts = content.knowledge.code_facts
        fact = facts.describe(typed) if facts is not None else None
        if fact is None:
            raise CliError(
                content.messages.text(
                    "codes_not_in_table", code=typed, data_version=book.meta.data_version
                )
            )
        print(json.dumps(fact.model_dump(), indent=2) if args.json else fact.text)
        return 0
    description = clean_text(args.description or "")
    if not description:
        raise CliError('describe the item, for example: e1399-bot codes "knee scooter"')
    if len(description) > MAX_MESSAGE_CHARS:  # the chat's limit: not searched, not echoed back
        raise CliError(content.messages.text("codes_description_too_long", limit=MAX_MESSAGE_CHARS))
    candidates = in_rank(book.search(description[:300], limit=args.limit))
    noc = book.noc_for(description[:300], noc_only=True)  # a NOC code, never a candidate
    as_code = book.typed_code(description)  # a code typed as the item: its row is said first
    facts = content.knowledge.code_facts
    fact = facts.describe(as_code.code) if as_code and facts is not None else None
    result = {
        "query": description,
        "candidates": [c.model_dump() for c in candidates],
        "noc": noc.model_dump(),
        "data_version": book.meta.data_version,
        **({"code_lookup": fact.model_dump()} if fact else {}),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    words = content.messages
    if fact is not None:
        print(fact.text + "\n")
    if candidates:
        print(words.text("codes_candidates_heading"))
        for c in candidates:
            print(
                words.text(
                    "codes_candidate_line",
                    code=c.code,
                    description=c.description,
                    share=f"{c.score:.0%}",
                )
            )
            coverage = book.coverage(c.code)
            if coverage is not None and coverage.medicare_coverage != "carrier_judgement":
                print(f"         {coverage.label}")
    else:
        print(words.text("codes_none_found"))
    print(
        "\n"
        + words.text("codes_if_none_fits", code=noc.code, description=noc.description, why=noc.why)
    )
    print("\n" + words.text("codes_confirm", data_version=book.meta.data_version))
    return 0


def _cmd_import_hcpcs(args: argparse.Namespace, settings: Settings) -> int:
    from flows.code_table import read_code_table, write_code_table
    from flows.content import default_content_dir
    from flows.hcpcs_import import (
        HcpcsFileError,
        data_version_of,
        merge,
        parse_anweb,
        read_anweb_text,
        write_provenance,
    )

    folder = (settings.content_dir or default_content_dir()) / "codes"
    try:
        text, name = read_anweb_text(Path(args.file))
        imported = parse_anweb(text)
    except HcpcsFileError as error:
        raise CliError(error.said(args.file, _messages(settings))) from error
    if not imported:
        raise CliError(f"{args.file}: no HCPCS codes in the DMEPOS ranges were found")
    today = dt.date.today()
    table, report = merge(
        read_code_table(folder / "hcpcs.csv"), imported, data_version_of(name, today)
    )
    if not args.dry_run:
        write_code_table(folder / "hcpcs.csv", table)
        write_provenance(folder / "hcpcs.yaml", name, report.data_version, today)
    print(
        f"{'Would import' if args.dry_run else 'Imported'} {len(imported)} DMEPOS codes "
        f"from {name} (data {report.data_version}); table now {report.total} codes."
    )
    for label, codes in (
        ("added", report.added),
        ("changed", report.changed),
        ("terminated", report.terminated),
        ("kept, not in this file", report.not_in_file),
    ):
        shown = ", ".join(codes[:30]) + (f" ... (+{len(codes) - 30})" if len(codes) > 30 else "")
        print(f"  {label}: {len(codes)}" + (f" [{shown}]" if codes else ""))
    return 0


def _today(text: str) -> dt.date:
    try:
        today = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("--today must be a date as YYYY-MM-DD") from None
    if today.year not in PLAUSIBLE_YEARS:
        raise argparse.ArgumentTypeError("--today must be a date from 1900 to 2099")
    return today


def _cmd_checklist(args: argparse.Namespace, settings: Settings) -> int:
    from bot.wiring import load_content

    claim, file_warnings = read_claim(args.claim, _messages(settings))
    outcome = load_content(settings).outcome
    today = args.today or dt.date.today()
    for warning in file_warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        summary = outcome.summary(claim, today)
        summary["warnings"] = file_warnings + summary["warnings"]
        print(json.dumps(summary, indent=2))
    else:
        print(outcome.markdown(claim, today))
    return 0


MAX_RETENTION_DAYS = 3650


def _retention_days(text: str) -> int:
    """--days: whole days from 1 to 3650 (zero or less would delete intakes in progress)."""
    if not re.fullmatch(r"\d{1,5}", text.strip()) or not 1 <= int(text) <= MAX_RETENTION_DAYS:
        message = f"--days must be a whole number of days from 1 to {MAX_RETENTION_DAYS}"
        raise argparse.ArgumentTypeError(message)
    return int(text)


def _cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    days = settings.retention_days if args.days is None else args.days
    from bot.terminal import purge_exports

    messages = _messages(settings)
    deleted = writable_store(settings).purge(days)
    print(messages.text("purge_conversations", count=deleted, days=days))
    exported = purge_exports(settings.export_dir, days)
    print(messages.text("purge_exports", count=exported, days=days))
    return 0


def _cmd_manifest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.slack.manifest import ManifestUrlError, manifest

    try:
        text = manifest(args.url, socket_mode=args.socket, usergroups=args.usergroups)
    except ManifestUrlError as error:
        raise CliError(str(error)) from error
    print(text, end="")
    return 0


def _limit(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if not 1 <= value <= 50:
        raise argparse.ArgumentTypeError("--limit must be a whole number from 1 to 50")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors in one line on stderr (exit code 2), as bad input gets."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


@functools.cache  # built once per process: argparse takes milliseconds per subcommand
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="e1399-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("chat", help="talk to the bot in the terminal").set_defaults(run=_cmd_chat)
    ask = commands.add_parser("ask", help="answer one question from the knowledge base")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the contract's JSON shape")
    ask.set_defaults(run=_cmd_ask)
    checklist = commands.add_parser("checklist", help="the outcome of an intake for a claim file")
    checklist.add_argument("--claim", required=True, help="claim file (JSON, see README)")
    checklist.add_argument("--today", type=_today, help="fix 'today' (YYYY-MM-DD)")
    output = checklist.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="the contract's JSON shape")
    output.add_argument("--markdown", action="store_true", help="readable Markdown (default)")
    checklist.set_defaults(run=_cmd_checklist)
    codes = commands.add_parser("codes", help="is there a specific HCPCS code for this item?")
    codes.add_argument("description", nargs="?", help="the item, as you would describe it")
    codes.add_argument("--code", help="look one code up instead (valid or terminated)")
    codes.add_argument("--json", action="store_true", help="print the contract's JSON shape")
    codes.add_argument("--limit", type=_limit, default=5, help="how many candidates (1-50)")
    codes.set_defaults(run=_cmd_codes)
    serve = commands.add_parser("serve", help="run in Slack (Socket Mode or HTTP)")
    mode = serve.add_mutually_exclusive_group()
    mode.add_argument("--socket", action="store_true", help="Socket Mode (needs SLACK_APP_TOKEN)")
    mode.add_argument("--http", action="store_true", help="HTTP: POST /slack/events, GET /healthz")
    serve.add_argument("--port", type=port_number, default=3000, help="HTTP port (default 3000)")
    serve.add_argument("--host", default="127.0.0.1", help="HTTP address (default 127.0.0.1)")
    serve.set_defaults(run=cmd_serve)
    purge = commands.add_parser("purge", help="delete conversations past the retention period")
    purge.add_argument(
        "--days", type=_retention_days, help="override E1399_RETENTION_DAYS (default 30; 1-3650)"
    )
    purge.set_defaults(run=_cmd_purge)
    manifest = commands.add_parser("manifest", help="print the Slack app manifest (YAML)")
    manifest.add_argument("--url", help="public base URL of the HTTP server (HTTP mode)")
    manifest.add_argument("--socket", action="store_true", help="manifest for Socket Mode")
    manifest.add_argument(
        "--usergroups",
        action="store_true",
        help="add usergroups:read (for E1399_ALLOWED_USERGROUPS)",
    )
    manifest.set_defaults(run=_cmd_manifest)
    add_kb_commands(commands)
    content = commands.add_parser("content", help="content files").add_subparsers(
        dest="content_command", required=True
    )
    checker = content.add_parser("check", help="validate every content file")
    checker.set_defaults(run=_cmd_content_check)
    importer = content.add_parser("import-hcpcs", help="load a CMS quarterly HCPCS file")
    importer.add_argument("file", help="the CMS zip, or its fixed-width ANWEB .txt")
    importer.add_argument("--dry-run", action="store_true", help="report without writing")
    importer.set_defaults(run=_cmd_import_hcpcs)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Runs one command; what it prints goes through terminal_safe."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (cast(TextIO, TerminalText(stream)) for stream in streams)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = settings_from_environment()
    except SettingsProblem as problem:
        print(f"e1399-bot: {problem}", file=sys.stderr)
        return 1
    if args.command == "serve":
        from bot.settings import configure_logging

        configure_logging(settings)
    if args.command == "codes" and not args.code and not args.description:
        parser.error("codes needs an item description or --code CODE")
    if args.command == "codes" and args.code:  # "--code e 1399" typed unquoted: one code
        args.code, args.description = code_argument(args.code, args.description)
    if args.command == "codes" and args.code and args.description:
        parser.error("codes takes an item description or --code CODE, not both")
    try:
        return args.run(args, settings)
    except (CliError, ContentError) as error:
        print(f"e1399-bot: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): nothing more to print, and no traceback when
        # Python flushes stdout at exit (the recipe from the `signal` module's docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
