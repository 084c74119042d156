"""A yes or no right after an answer to a question asked mid-intake: alone ("yes", "yep
that's it") it may rate that answer or answer the open question, so the bot asks which; with
more that answers the question ("yes medicare never covers it, she wants the denial") it is the
answer, said back with how to rate instead. At the review an "ok" is always asked about."""

from __future__ import annotations

import re

from flows.choices import read_choice
from flows.intake import Intake
from flows.models import Option, Reply
from flows.parsing import InvalidAnswer
from flows.prompts import Prompts
from flows.questions import looks_like_question


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


def only_rates(intake: Intake, text: str, prompts: Prompts) -> bool:
    """Whether a reply `may_rate` let through says nothing beyond yes or no and thanks ("yes",
    "yep thanks", "yes that's it"), so which one was meant is asked; "yes medicare never covers
    it, she wants the denial" says more, and answers the question. At the review, always."""
    messages = prompts.messages
    if intake.state == "reviewing" or messages.is_small_talk(text):
        return True
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    rest = " ".join(words[next((i for i, w in enumerate(words) if w not in messages.reply_words),
                               len(words)):])  # fmt: skip
    rated = [messages.commands.parse(said) for said in (rest, f"yes {rest}")]  # "that's it"
    return any(c is not None and c.name in ("helpful", "not_helpful") for c in rated)


_PRONOUN = re.compile(r"\b(?:one|it|that|this|them)\b", re.IGNORECASE)


def answer_then_question(
    text: str, options: list[Option], reply_words: frozenset[str], subject: str
) -> tuple[str, str] | None:
    """(answer, question) for a yes or no that answers the open question, then a question ("no,
    can we still get her to sign one now?"): both are heard. A question that says "one" or "it"
    is about the open question's `subject` ("ABN"), and is asked with it. None otherwise."""
    opening = re.match(r"\s*([a-z]+)\s*[,.;:!-]+\s*(.+)", text, re.IGNORECASE | re.DOTALL)
    if opening is None or not text.rstrip().endswith("?"):
        return None
    said, asked = opening.groups()
    if said.lower() not in reply_words or not looks_like_question(asked):
        return None
    if _PRONOUN.search(asked):
        asked = f"{subject}: {asked}"
    return (said, asked) if _reads(said, options) else None


def _reads(text: str, options: list[Option]) -> bool:
    try:
        read_choice(text, options)
    except InvalidAnswer:
        return False
    return True
