"""A yes or no right after an answer to a question asked mid-intake: it may rate that answer
(Helpful / Not helpful, "Yes, that's it") or answer the open question ("yes, I have the order").
Neither is guessed: a missing document taken as on hand would go unflagged on the checklist."""

from __future__ import annotations

import re

from flows.choices import read_choice
from flows.intake import Intake
from flows.models import Option, Reply
from flows.parsing import InvalidAnswer
from flows.prompts import Prompts


def offers_rating(replies: list[Reply]) -> bool:
    """Whether these replies hold an answer the team loop offers Helpful / Not helpful for."""
    return any(r.kind == "answer" and (r.payload or {}).get("answered") for r in replies)


def may_rate(intake: Intake, text: str, prompts: Prompts) -> bool:
    """Whether `text` answers the open question only by saying yes or no ("yes", "nope",
    "yes thanks"), so it could rate the answer above as well; at the review, any word that
    confirms ("ok", "perfect") could."""
    messages, step = prompts.messages, intake.current_step
    if intake.state == "reviewing":
        return messages.means(text, "review", "confirm")
    if step is None or step.kind not in ("choice", "search"):
        return False
    options = prompts.options(intake, step)
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    said = next((i for i, word in enumerate(words) if word not in messages.reply_words), len(words))
    rest = " ".join(words[said:])  # what the answer says beyond its yes or no
    return said > 0 and _reads(" ".join(words), options) and not _reads(rest, options)


def _reads(text: str, options: list[Option]) -> bool:
    try:
        read_choice(text, options)
    except InvalidAnswer:
        return False
    return True
