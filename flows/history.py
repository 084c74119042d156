"""Past outcomes of a conversation: what `history` lists and `export N` exports again.

Each confirmed intake is kept (its claim file, item, payer and the day it was finished) beside
the conversation's answers, so a new intake or a restart of the chat leaves it reachable. They
are stored with the conversation; each is deleted once it was finished longer ago than the
retention period, even in a conversation still in use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from flows.formats import us_date
from flows.models import Claim, PayerType, Reply

if TYPE_CHECKING:  # the prompts read the intake, which holds these outcomes
    from flows.ports import Outcome
    from flows.prompts import Prompts

MAX_PAST_OUTCOMES = 50  # the oldest are dropped past this; numbers are never reused


class PastOutcome(BaseModel):
    """One finished intake: enough to list it and to build its outcome again."""

    number: int
    user_id: str
    item: str
    payer_type: PayerType
    finished_on: dt.date
    claim: dict[str, Any]


def record(
    history: list[PastOutcome], number: int | None, user_id: str, claim: Claim, today: dt.date
) -> tuple[list[PastOutcome], int]:
    """Keeps a confirmed intake; confirming it again after an edit replaces its entry, so one
    intake is one line of the history. Returns the new history and the intake's number."""
    if number is None:
        number = max((past.number for past in history), default=0) + 1
    entry = PastOutcome(
        number=number,
        user_id=user_id,
        item=claim.item.description,
        payer_type=claim.payer.type,
        finished_on=today,
        claim=claim.model_dump(mode="json"),
    )
    kept = [past for past in history if past.number != number]
    return [*kept, entry][-MAX_PAST_OUTCOMES:], number


def without_older_than(data: dict[str, Any], cutoff: dt.date) -> dict[str, Any] | None:
    """A conversation's stored data without the outcomes finished before `cutoff` (the
    retention period applies to each finished intake, not only to a whole idle conversation);
    None when nothing is that old."""
    history = data.get("history") or []
    kept = [past for past in history if str(past.get("finished_on", "")) >= cutoff.isoformat()]
    return None if len(kept) == len(history) else {**data, "history": kept}


def of_user(history: list[PastOutcome], user_id: str) -> list[PastOutcome]:
    """The outcomes this user finished (a shared channel thread may hold others' too)."""
    return [past for past in history if past.user_id == user_id]


class PastOutcomes:
    """The `history` listing and `export N`, from the outcomes kept with a conversation."""

    def __init__(self, prompts: Prompts, outcome: Outcome, today: Callable[[], dt.date]) -> None:
        self.prompts, self.outcome, self.today = prompts, outcome, today

    def listing(self, history: list[PastOutcome], user_id: str) -> Reply:
        """Numbered past outcomes, newest last: item, payer and the day each was finished."""
        mine = of_user(history, user_id)
        if not mine:
            return self.prompts.say("history_none")
        lines = [self.prompts.text("history_header")]
        for past in mine:
            payer = self.prompts.messages.option_label("payer_type", past.payer_type)
            lines.append(
                self.prompts.text(
                    "history_line",
                    number=past.number,
                    item=past.item,
                    payer=payer,
                    date=us_date(past.finished_on),
                )
            )
        return Reply(text="\n".join(lines), payload={"history": [p.number for p in mine]})

    def export(self, history: list[PastOutcome], user_id: str, typed: str) -> Reply:
        """Outcome number `typed` again, as Markdown and JSON (deadlines as of today)."""
        mine = of_user(history, user_id)
        wanted = typed.strip().lstrip("#")
        found = next((past for past in mine if str(past.number) == wanted), None)
        if not mine:
            return self.prompts.say("history_none")
        if found is None:
            return self.prompts.say("export_unknown", kind="error", number=wanted[:20])
        return self.outcome.export(Claim.model_validate(found.claim), self.today())

    def latest(self, history: list[PastOutcome], user_id: str) -> PastOutcome | None:
        """The user's most recently finished outcome, if any."""
        mine = of_user(history, user_id)
        return max(mine, key=lambda past: past.number) if mine else None
