"""Reading Slack payloads: where a payload came from and where replies go, what orders and
identifies it, and the copy of it that may be stored (patient identifiers removed)."""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from bot.slack import keys
from bot.slack.phi_guard import read_text, unread_text
from flows.models import MAX_KEY_CHARS
from flows.phi import scan_all

JobKind = Literal[
    "direct_message", "mention", "choice", "home_start", "slash", "home_opened", "shortcut",
    "edited",  # a DM the user edited: edits are not read, and the user is told so
    "old_button",  # a button or menu no listener takes: from an older message of the bot
    # The team knowledge base (bot/slack/kb.py): the answer form, a lead's Approve, the tick.
    "kb_answer_submitted", "kb_approve", "kb_tick",
]  # fmt: skip


MESSAGE_KINDS = ("direct_message", "mention", "edited")  # events about a message


@dataclass
class Surface:
    """Where replies go: a channel, maybe a thread, and the user they are for."""

    channel: str
    user: str
    thread_ts: str | None = None


PHI_MARK = "e1399_phi_kinds"
SLOWED = "e1399_over_rate_limit"  # marks the payload that tells its user to wait (limits.py)
TOO_LONG = "e1399_too_long"  # marks a payload whose text was longer than the bot reads

# The identifier scan runs before the acknowledgement and costs time per character, so it reads
# at most this much of each text: Slack's longest form input (a button value is shorter). A
# text the bot would read past it is not stored at all (the bot answers that it is too long),
# so nothing unscanned is ever stored; of a text never stored (a file, an attachment) the
# first SCANNED_CHARS are checked, for the warning, up to UNREAD_SCAN_CHARS in all. So an
# acknowledgement never scans more than READ_CHARS + UNREAD_SCAN_CHARS, however long the text.
SCANNED_CHARS = 3000
UNREAD_SCAN_CHARS = 4 * SCANNED_CHARS
# A form has at most six inputs of SCANNED_CHARS; more read text than that was not sent by Slack.
READ_CHARS = 6 * SCANNED_CHARS


# Beside a message's text, nothing a handler reads: never stored, whatever the guard finds
# (an edited DM's new text is only checked for identifiers).
UNREAD = ("attachments", "files", "edited_text")


def without_phi(body: dict[str, Any]) -> dict[str, Any]:
    """The payload as it may be stored: whatever a person typed or could forge (see
    phi_guard.typed_text) is removed when it holds patient identifiers, or is longer than the
    scan reads (SCANNED_CHARS), and only the kinds found, or the length, are kept (the answer to
    such a payload needs nothing more). Files and attachments are never stored (a name the guard
    misses must not stay in the database either)."""
    read = read_text(body)
    longest = max(map(len, read), default=0)
    too_long = longest > SCANNED_CHARS or sum(map(len, read)) > READ_CHARS
    kinds = scan_all(_heads(read, READ_CHARS) + _heads(unread_text(body), UNREAD_SCAN_CHARS)).kinds
    cleaned = {**body}
    for part in ("event", "message"):
        if isinstance(body.get(part), dict):
            cleaned[part] = {k: v for k, v in body[part].items() if k not in UNREAD}
    if not kinds and not too_long:
        return cleaned
    cleaned.update({PHI_MARK: list(kinds)} if kinds else {TOO_LONG: longest})
    cleaned["text"] = ""
    if body.get("event"):
        cleaned["event"] = {**cleaned["event"], "text": "", "blocks": []}
    if body.get("message"):
        cleaned["message"] = {**cleaned["message"], "text": "", "blocks": []}
    if body.get("actions"):  # a button's value and label: where the click was, nothing more
        kept = ("type", "action_id", "block_id", "action_ts")
        cleaned["actions"] = [{k: a[k] for k in kept if k in a} for a in body["actions"]]
    if body.get("view"):
        cleaned["view"] = {k: v for k, v in body["view"].items() if k != "state"}
    return cleaned


def _heads(texts: list[str], budget: int) -> list[str]:
    """The first SCANNED_CHARS of each text, `budget` characters in all."""
    heads: list[str] = []
    for text in texts:
        if budget <= 0:
            break
        heads.append(text[: min(SCANNED_CHARS, budget)])
        budget -= len(heads[-1])
    return heads


def withheld(body: dict[str, Any]) -> bool:
    """The payload's text was not stored: it held an identifier, or was too long to scan."""
    return bool(body.get(PHI_MARK) or body.get(TOO_LONG))


def event_place(body: dict[str, Any]) -> tuple[Surface, str]:
    event = body.get("event", {})
    channel, user = event.get("channel", ""), event.get("user", "")
    thread = (
        None if event.get("channel_type") == "im" else event.get("thread_ts") or event.get("ts")
    )
    return Surface(channel, user, thread), keys.conversation_key(
        body.get("team_id", ""), channel, thread
    )


def action_place(body: dict[str, Any]) -> tuple[Surface | None, str | None]:
    channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")
    user = body.get("user", {}).get("id", "")
    thread = (body.get("message") or {}).get("thread_ts")
    return (Surface(channel, user, thread) if channel else None), block_id_parts(body)[0]


def block_id_parts(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(conversation key, question) from a clicked element's block id "e1399|key|question";
    a key no button of the bot's carries (too long: the payload was forged) is none."""
    for action in body.get("actions") or []:
        parts = str(action.get("block_id") or "").split("|")
        if len(parts) >= 2 and 0 < len(parts[1]) <= MAX_KEY_CHARS:
            return parts[1], (parts[2] if len(parts) > 2 and parts[2] else None)
    return None, None


def surface_of(kind: JobKind, body: dict[str, Any]) -> Surface | None:
    """Where notices about this payload go (None: nowhere visible, as for the App Home)."""
    if kind in MESSAGE_KINDS:
        return event_place(body)[0]
    if kind in ("choice", "old_button"):
        return action_place(body)[0]
    return None


def conversation_of(kind: JobKind, body: dict[str, Any]) -> str:
    """What a job's order is kept within: the conversation, or the user for commands."""
    if kind in MESSAGE_KINDS:
        return event_place(body)[1]
    if kind == "choice":
        return action_place(body)[1] or f"user:{user_of(body)}"
    return f"user:{user_of(body)}"


def slack_ts_of(body: dict[str, Any]) -> str:
    """Slack's time for the payload (message ts, action ts), zero-padded to sort as text."""
    event = body.get("event") or {}
    stamp = event.get("ts") or event.get("event_ts")
    for action in body.get("actions") or []:
        stamp = stamp or action.get("action_ts")
    seconds, _, fraction = str(stamp or f"{time.time():.6f}").partition(".")
    return f"{seconds.zfill(12)}.{fraction.ljust(6, '0')}"


def delivery_key(kind: JobKind, body: dict[str, Any]) -> str:
    """What makes a payload unique: the event id, or the click's or command's own ids.

    Slack redelivers events it thinks were not acknowledged (same event_id, X-Slack-Retry-Num),
    and with several instances each may receive the same payload."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    for action in body.get("actions") or []:
        clicked = action.get("action_ts") or body.get("trigger_id")
        return f"action:{user_of(body)}:{clicked}"
    return f"{kind}:{body.get('trigger_id') or uuid.uuid4().hex}"


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# Slack's markup in message and command text: people, groups and broadcasts (<@U1>, <@U1|ann>,
# <!here>, <!subteam^S1|@billing>) are whom a message is addressed to, not part of what is asked,
# so they go; a channel reads as its name, a date as its fallback text, a link as its label
# (or its address when it has none).
_ADDRESSEE = re.compile(r"[ \t]*<(?:@|!(?!date\^))[^<>]*>")
_SLACK_LINK = re.compile(r"<[#@!]?[^<>|\s]*\|([^<>]+)>|<((?:https?|mailto|tel):[^<>|\s]+)>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^<>]*))?>")


def as_typed(text: str) -> str:
    """What the user typed: Slack's message and command text escapes &, < and > and wraps
    mentions, channels and links, so "Smith & Nephew" and ">300 lb" reach the engine as typed
    and "what is E1399 @channel" as "what is E1399"."""
    text = _ADDRESSEE.sub("", text)
    text = _CHANNEL.sub(lambda m: f"#{m.group(1)}" if m.group(1) else "", text)
    return unescape(_SLACK_LINK.sub(lambda m: m.group(1) or m.group(2), text)).strip()


def id_set(ids: str) -> set[str]:
    return {item.strip() for item in ids.split(",") if item.strip()}


def channel_of(body: dict[str, Any]) -> str:
    event = body.get("event") or {}
    return (
        event.get("channel")
        or (body.get("channel") or {}).get("id")
        or body.get("channel_id")
        or ""
    )


def user_of(body: dict[str, Any]) -> str:
    event = body.get("event") or {}
    return event.get("user") or (body.get("user") or {}).get("id") or body.get("user_id") or ""
