"""The /e1399 slash command: its subcommands, and a question typed after it, answered privately
through the command's response URL."""

from __future__ import annotations

import difflib
from typing import Any

from bot.slack import keys
from bot.slack.blocks import quoted, reply_blocks
from bot.slack.handlers import Answer, Jobs, fallback, respond
from bot.slack.payloads import as_typed, withheld
from flows.answers import field_and_value
from flows.commands import COMMAND_NAMES, Command
from flows.models import Reply
from flows.questions import declined_without_asking, looks_like_question, reads_as_question

# `/e1399 ask` or `/e1399 codes` typed alone: how to use it, instead of answering the word.
NEEDS_TEXT = {"ask": "slack_ask_needs_question", "codes": "slack_codes_needs_item"}
SLASH_VERBS = ("help", "ask", "intake", "codes", "status")
# Words that steer an intake (cancel, back, export...): they work in its DM or thread only.
IN_CONVERSATION = set(COMMAND_NAMES) - set(SLASH_VERBS)


def slash_verb(jobs: Jobs, text: str) -> tuple[str, str | None]:
    """The subcommand a slash text starts with (a conversation's own words for one, such as
    "where am i", count), and the message key when it is no subcommand but looks like one: a
    word of the conversation's, or a misspelt subcommand ("/e1399 stauts"), which would
    otherwise be declined as a question and sent to the experts."""
    verb = text.partition(" ")[0].lower().rstrip("?!.:")
    command = jobs.messages.commands.parse(text)
    if command is not None and steers_an_intake(jobs, command):
        return command.name, "slack_command_in_conversation"
    if verb in SLASH_VERBS or command is None or command.argument:
        near = " " not in text and difflib.get_close_matches(verb, SLASH_VERBS, 1, 0.75)
        mistyped = bool(near) and verb not in SLASH_VERBS
        return verb, ("slack_unknown_subcommand" if mistyped else None)
    return (command.name if command.name in SLASH_VERBS else verb), None


def names_no_subcommand(jobs: Jobs, text: str) -> bool:
    """ "/e1399 frobnicate the claim": a first word that is no question word and no word of
    billing, before words that ask nothing and name nothing the bot knows, was meant as a
    subcommand (answering it would find a topic in "the claim"); "timely filing limit?",
    "timley filing limit" and "pride lift chair" (a brand, then an item) ask."""
    first, _, rest = text.partition(" ")
    if not first.isalpha() or looks_like_question(text) or reads_as_question(rest):
        return False
    return not (jobs.engine.knows_word(first) or jobs.engine.names_something(rest))


def steers_an_intake(jobs: Jobs, command: Command) -> bool:
    """An intake's own word ("cancel"), or one naming what it acts on: an answer to change
    ("edit price") or a finished intake ("export 2"); "fix the narrative for a CO-16" asks."""
    if command.name not in IN_CONVERSATION:
        return False
    if not command.argument:
        return True
    if command.name == "edit":
        return field_and_value(command.argument, jobs.messages.field_for)[0] is not None
    return command.name == "export" and command.argument.isdigit()


def slash(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """/e1399 help | ask QUESTION | intake | codes ITEM | status, answered privately."""
    user, text = body.get("user_id", ""), as_typed(body.get("text") or "").strip()
    rest = text.partition(" ")[2]
    (verb, not_one), engine, url = slash_verb(jobs, text), jobs.engine, body.get("response_url", "")
    if withheld(body):
        return Answer([respond(url, jobs.phi_replies(body, None)[0].text)], None)
    typed = quoted(text[:40])
    if not_one is None and verb not in ("", *SLASH_VERBS) and names_no_subcommand(jobs, text):
        not_one = "slack_unknown_subcommand"  # answered as a question, it would be recorded
    if not_one:
        return Answer([respond(url, jobs.messages.text(not_one, typed=typed))], None)
    if verb == "intake":
        surface = jobs.open_dm(user)
        answer = jobs.turn(
            surface, keys.conversation_key(body.get("team_id", ""), surface.channel),
            choice="cmd:intake",
        )  # fmt: skip
        answer.calls.append(respond(url, jobs.messages.text("slack_intake_in_dm")))
        return answer
    if verb in NEEDS_TEXT and not rest.strip():  # not a question "ask" for the experts
        replies = [Reply(text=jobs.messages.text(NEEDS_TEXT[verb]))]
    elif verb == "ask":
        replies = engine.answer(rest, user, keys.asker_dm_key(body.get("team_id", ""), user))
    elif verb == "codes":
        replies = engine.code_reply(rest.strip())
    elif verb == "status":
        replies = engine.open_intakes(user)
    elif verb in ("", "help"):
        replies = [Reply(text=jobs.messages.text("help_idle"))]
    else:  # no subcommand: a question, or (declined and asking nothing) a word it is not
        replies = engine.answer(text, user, keys.asker_dm_key(body.get("team_id", ""), user))
        if declined_without_asking(text, replies):  # "/e1399 2 ea": the subcommands
            said = jobs.messages.text("slack_unknown_subcommand", typed=typed)
            return Answer([respond(url, said)], None)
    blocks = [b.to_dict() for r in replies for b in reply_blocks(r, "slash", jobs.messages)][:50]
    return Answer([respond(url, fallback(replies[0]), blocks)], None)
