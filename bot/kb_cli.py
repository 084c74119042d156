"""`e1399-bot kb ...`: the team knowledge base from the command line (see docs/team-kb.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.cli_error import CliError
from bot.settings import Settings
from flows.clock import utcnow
from flows.formats import us_date
from flows.team_kb import (
    KbError,
    NoSuchQuestion,
    PatientIdentifier,
    TeamEntry,
    entry_number,
    read_form,
)

DEFAULT_EXPORT = Path("content/faq/team.yaml")


def _parts(settings: Settings) -> Any:
    from bot.store_opening import opened_store
    from bot.wiring import load_content, team_knowledge

    content = load_content(settings)
    knowledge, team = team_knowledge(settings, content, opened_store(settings))
    return content, knowledge, team


def ask_recorded(settings: Settings, question: str) -> Any:
    """`ask`: answers from the content and the approved team entries, and records the question
    (a declined one joins the unanswered list; one with an identifier is never recorded)."""
    _content, knowledge, team = _parts(settings)
    result = knowledge.ask(question)
    outcome = "answered" if result.answered else "declined"
    team.loop.record(question, None, getpass.getuser() or "cli", outcome, result.entry_id)
    return result


def _unanswered(args: argparse.Namespace, settings: Settings) -> int:
    groups = _parts(settings)[2].loop.unanswered()
    rows = [
        {"id": g.id, "question": g.question, "count": g.count,
         "last_asked": g.last_asked.isoformat()}
        for g in groups
    ]  # fmt: skip
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print("No unanswered questions on record.")
    else:
        for row in rows:
            print(f"{row['id']:>4}  {row['count']:>3}x  {row['last_asked']}  {row['question']}")
    return 0


def _answer(args: argparse.Namespace, settings: Settings) -> int:
    _content, _knowledge, team = _parts(settings)
    try:
        form = read_form(
            {
                "title": args.title,
                "short": args.short,
                "detail": args.detail,
                "sources": args.source,
                "confidence": args.confidence,
                "confidence_note": args.confidence_note,
            }
        )
        entry = team.loop.draft(args.id, form, args.by)
    except PatientIdentifier as error:
        raise CliError(f"{error}; remove it (answers are shared with the whole team)") from None
    except NoSuchQuestion as error:
        raise CliError(f"{error} (see `kb unanswered`)") from None
    except KbError as error:
        raise CliError(str(error)) from None
    print(entry.id)
    return 0


def _lead_decides(
    decide: Callable[[str, str, dt.date], TeamEntry], args: argparse.Namespace
) -> TeamEntry:
    """A lead's approve or retire of ENTRY, as of today; a refusal exits 1 with its reason."""
    try:
        return decide(args.entry, args.by, dt.date.today())
    except KbError as error:
        raise CliError(str(error)) from None


def _approve(args: argparse.Namespace, settings: Settings) -> int:
    loop = _parts(settings)[2].loop
    try:
        before = loop.store.entry(entry_number(args.entry))
    except KbError:
        before = None  # approve() gives the reason
    entry = _lead_decides(loop.approve, args)
    due = entry.review_due()
    if before is not None and before.status == "approved" and due is not None:
        again = f"{entry.id} was already approved: re-verified by {args.by}"
        print(f"{again}, next review {us_date(due)}.")
        return 0
    waiting = [n for n in loop.notices() if n.entry_id == entry.id]
    print(
        f"{entry.id} approved by {args.by}: the bot answers with it from now on. "
        f"{len(waiting)} asker(s) will be told in Slack (within E1399_HOUSEKEEPING_SECONDS)."
    )
    return 0


def _retire(args: argparse.Namespace, settings: Settings) -> int:
    entry = _lead_decides(_parts(settings)[2].loop.retire, args)
    print(f"{entry.id} retired by {args.by}: the bot no longer answers with it.")
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from flows.team_report import export_yaml

    content, _knowledge, team = _parts(settings)
    text, count, refused = export_yaml(team.loop, content.messages)
    for entry_id in refused:
        print(f"left out {entry_id}: it seems to contain a patient identifier")
    if not count:
        raise CliError("nothing to export: no approved team entries")
    target = Path(args.to) if args.to else (content.directory / "faq" / "team.yaml")
    # A folder that does not exist is a typo in the path, not one to make.
    if not target.parent.is_dir():
        raise CliError(f"{target}: cannot write: no folder {target.parent}")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CliError(f"{target}: cannot write: {error.strerror}") from None
    print(f"Wrote {count} approved team entr{'y' if count == 1 else 'ies'} to {target}")
    return 0


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from flows.team_report import report, report_text

    _content, knowledge, team = _parts(settings)
    titles = {e.id: (e.title, e.origin) for e in knowledge.current().entries}
    data = report(team.loop, titles, utcnow().date())
    print(json.dumps(data, indent=2) if args.json else report_text(data))
    return 0


def _group_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError("ID is the number shown by `kb unanswered`")
    return int(text)


def _person(text: str) -> str:
    """--by: who wrote or reviewed an entry, recorded and shown with it, so never blank."""
    if not text.strip():
        raise argparse.ArgumentTypeError("--by needs the name of the person")
    return text.strip()


def add_kb_commands(commands: Any) -> None:
    """Adds `kb unanswered|answer|approve|retire|export|report` to the CLI's subcommands."""
    kb = commands.add_parser("kb", help="the team knowledge base").add_subparsers(
        dest="kb_command", required=True
    )
    unanswered = kb.add_parser("unanswered", help="questions the bot could not answer, grouped")
    unanswered.add_argument("--json", action="store_true")
    unanswered.set_defaults(run=_unanswered)
    answer = kb.add_parser("answer", help="draft an answer to unanswered question ID")
    answer.add_argument("id", type=_group_id, metavar="ID")
    answer.add_argument("--title", required=True)
    answer.add_argument("--short", required=True, help="the answer (at least 20 characters)")
    answer.add_argument("--detail")
    # "extend": `--source A --source B` keeps both, like `--source A B`
    answer.add_argument("--source", nargs="+", action="extend", required=True, metavar="URL")
    answer.add_argument("--confidence", choices=["high", "medium", "low"], default="medium")
    answer.add_argument("--confidence-note")
    answer.add_argument("--by", required=True, metavar="NAME", type=_person)
    answer.set_defaults(run=_answer)
    for name, run, helptext in (
        ("approve", _approve, "a knowledge lead approves (or re-verifies) an entry"),
        ("retire", _retire, "a knowledge lead retires an entry"),
    ):
        command = kb.add_parser(name, help=helptext)
        command.add_argument("entry", metavar="ENTRY")
        command.add_argument("--by", required=True, metavar="NAME", type=_person)
        command.set_defaults(run=run)
    export = kb.add_parser("export", help="write approved team entries as a content YAML file")
    export.add_argument("--to", metavar="FILE", help="default content/faq/team.yaml")
    export.set_defaults(run=_export)
    report = kb.add_parser("report", help="asked/answered/declined/helpful per week and entry")
    report.add_argument("--json", action="store_true")
    report.set_defaults(run=_report)
