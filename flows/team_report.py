"""What leads read about the team knowledge base: the weekly report, and the export to content."""

from __future__ import annotations

import datetime as dt

import yaml
from pydantic import BaseModel

from flows.knowledge import Entry
from flows.messages import Messages
from flows.team_kb import TeamLoop, identifiers_in
from flows.team_served import as_entry

REPORT_WEEKS = 8
TOP_UNANSWERED = 10


class WeekLine(BaseModel):
    week_of: str  # the Monday the week starts on
    asked: int = 0
    answered: int = 0
    declined: int = 0
    helpful: int = 0
    unhelpful: int = 0


class EntryLine(BaseModel):
    entry_id: str
    title: str
    origin: str
    answered: int = 0
    helpful: int = 0
    unhelpful: int = 0


def report(loop: TeamLoop, titles: dict[str, tuple[str, str]], today: dt.date) -> dict:
    """Questions asked, answered, declined and rated per week and per entry (within the
    retention period), the top unanswered groups, drafts, and entries due for review.
    `titles` maps entry ids to (title, origin). `today` is the UTC date, as questions are
    stamped (flows/clock.py): a local date a day behind would leave today's questions out."""
    monday = today - dt.timedelta(days=today.weekday())
    first = monday - dt.timedelta(weeks=REPORT_WEEKS - 1)
    weeks = {
        (first + dt.timedelta(weeks=n)).isoformat(): WeekLine(
            week_of=(first + dt.timedelta(weeks=n)).isoformat()
        )
        for n in range(REPORT_WEEKS)
    }
    last = weeks[monday.isoformat()]
    by_entry: dict[str, EntryLine] = {}
    since = dt.datetime.combine(first, dt.time())
    for asked in loop.store.questions_since(since):
        day = asked.asked_at.date()
        # Stamped after this week (another server's clock ahead): counted in this week.
        line = weeks.get((day - dt.timedelta(days=day.weekday())).isoformat(), last)
        line.asked += 1
        line.answered += asked.outcome == "answered"
        line.declined += asked.outcome == "declined"
        line.helpful += asked.feedback == "helpful"
        line.unhelpful += asked.feedback == "unhelpful"
        if asked.entry_id:
            title, origin = titles.get(asked.entry_id, (asked.entry_id, "team"))
            entry = by_entry.setdefault(
                asked.entry_id, EntryLine(entry_id=asked.entry_id, title=title, origin=origin)
            )
            entry.answered += 1
            entry.helpful += asked.feedback == "helpful"
            entry.unhelpful += asked.feedback == "unhelpful"
    entries = sorted(by_entry.values(), key=lambda e: (-e.answered, e.entry_id))
    return {
        "weeks": [w.model_dump() for w in weeks.values()],
        "entries": [e.model_dump() for e in entries],
        "top_unanswered": [
            {
                "id": g.id,
                "question": g.question,
                "count": g.count,
                "last_asked": g.last_asked.isoformat(),
            }
            for g in loop.unanswered(TOP_UNANSWERED)
        ],  # fmt: skip
        "drafts": [
            {"entry_id": e.id, "title": e.form.title, "author": e.author, "group": e.group_id}
            for e in loop.store.entries("draft")
        ],
        "due_for_review": [
            {"entry_id": e.id, "title": e.form.title, "owner": e.author, "due": str(e.review_due())}
            for e in loop.due_for_review(today)
        ],  # fmt: skip
    }


def report_text(data: dict) -> str:
    """The report as aligned plain text for the terminal."""
    lines = ["Per week (questions kept for the retention period)",
             f"  {'week of':<12}{'asked':>7}{'answered':>10}{'declined':>10}"
             f"{'helpful':>9}{'unhelpful':>11}"]  # fmt: skip
    for w in data["weeks"]:
        lines.append(
            f"  {w['week_of']:<12}{w['asked']:>7}{w['answered']:>10}{w['declined']:>10}"
            f"{w['helpful']:>9}{w['unhelpful']:>11}"
        )
    lines.append("\nPer entry (answered / helpful / unhelpful)")
    for e in data["entries"] or [{"entry_id": "(none yet)", "title": "", "origin": "",
                                  "answered": "", "helpful": "", "unhelpful": ""}]:  # fmt: skip
        origin = f" [{e['origin']}]" if e["origin"] == "team" else ""
        lines.append(
            f"  {e['entry_id']}{origin}: {e['answered']} / {e['helpful']} / {e['unhelpful']}"
            f"  {e['title']}"
        )
    lines.append("\nTop unanswered (id, times asked, last asked)")
    for g in data["top_unanswered"] or [{"id": "-", "count": 0, "last_asked": "", "question": ""}]:
        lines.append(f"  {g['id']:>4} {g['count']:>3}x {g['last_asked']}  {g['question']}")
    if data["drafts"]:
        lines.append("\nDrafts awaiting approval")
        lines += [f"  {d['entry_id']} by {d['author']}: {d['title']}" for d in data["drafts"]]
    if data["due_for_review"]:
        lines.append("\nDue for review (owner, due date)")
        lines += [
            f"  {d['entry_id']} {d['owner']} {d['due']}: {d['title']}"
            for d in data["due_for_review"]
        ]
    return "\n".join(lines)


def export_yaml(loop: TeamLoop, messages: Messages) -> tuple[str, int, list[str]]:
    """Approved team entries as a content/faq file (passes `content check`). Returns the text,
    how many entries it holds, and the ids left out because they seem to hold an identifier."""
    entries: list[Entry] = []
    refused: list[str] = []
    for team_entry in loop.served_entries():
        entry = as_entry(team_entry, messages)
        texts = [entry.title, entry.short, entry.detail or "", *entry.phrasings]
        if any(identifiers_in(text) for text in texts):
            refused.append(entry.id)
            continue
        entries.append(entry)
    header = (
        "# Team knowledge base: answers written by the team and approved by a knowledge lead.\n"
        "# Written by `e1399-bot kb export`; review changes like any content file.\n"
    )
    body = {
        "version": 1,
        "entries": [
            entry.model_dump(mode="json", exclude_defaults=False, exclude_none=True)
            for entry in entries
        ],
    }
    return header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), len(entries), refused
