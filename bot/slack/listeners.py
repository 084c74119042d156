"""Bolt listeners: one small function per event, action, command and shortcut.

Each turns the Slack payload into a plain Turn, calls the engine, and sends the rendered
replies back. Anything about billing lives in flows/; errors reach the user as a short message
with a reference id, and the full error goes to the log only.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.views import View

from bot.slack.blocks import (
    ACTION_PREFIX,
    chosen_blocks,
    home_blocks,
    reply_blocks,
    slack_escape,
)
from flows.engine import Engine
from flows.intake import STEP_BY_STATE
from flows.models import Reply, Turn

log = logging.getLogger("e1399.slack")
MENTION = re.compile(r"<@[A-Z0-9]+>\s*")
SHORTCUT_CALLBACK = "ask_e1399_bot"
SLASH_COMMAND = "/e1399"


@dataclass
class Surface:
    """Where replies go: a channel, maybe a thread, and the user they are for."""

    channel: str
    user: str
    thread_ts: str | None = None


def conversation_key(team: str, channel: str, thread_ts: str | None = None) -> str:
    """DMs hold one conversation per channel; in channels each thread holds its own."""
    return f"slack:{team}:{channel}" + (f":{thread_ts}" if thread_ts else "")


class SlackBot:
    """Sends engine replies to Slack; holds what every listener needs."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.more_note = "…more: type *export* for the full text."

    def send(self, client: WebClient, surface: Surface, key: str, replies: list[Reply]) -> None:
        """Posts replies: private ones as ephemeral messages (or in the DM), the rest together."""
        public = [r for r in replies if not r.private]
        for reply in (r for r in replies if r.private):
            blocks = reply_blocks(reply, key, self.more_note)
            if surface.channel.startswith("D"):
                client.chat_postMessage(channel=surface.channel, thread_ts=surface.thread_ts,
                                        text=_fallback(reply), blocks=blocks)  # fmt: skip
            else:
                client.chat_postEphemeral(channel=surface.channel, user=surface.user,
                                          thread_ts=surface.thread_ts, text=_fallback(reply),
                                          blocks=blocks)  # fmt: skip
        if not public:
            return
        # Only the last reply's options are live; earlier ones were superseded in this turn.
        last_with_options = max((i for i, r in enumerate(public) if r.options), default=-1)
        blocks = []
        for index, reply in enumerate(public):
            shown = (
                reply if index == last_with_options else reply.model_copy(update={"options": []})
            )
            blocks.extend(reply_blocks(shown, key, self.more_note))
        client.chat_postMessage(channel=surface.channel, thread_ts=surface.thread_ts,
                                text=_fallback(public[0]), blocks=blocks[:50])  # fmt: skip

    def turn(self, client: WebClient, surface: Surface, key: str, *, text: str = "",
             choice: str | None = None) -> None:  # fmt: skip
        replies = self.engine.handle(
            Turn(conversation_key=key, user_id=surface.user, text=text[:40_000], choice=choice)
        )
        self.send(client, surface, key, replies)

    def report(self, client: WebClient, surface: Surface | None, key: str | None) -> None:
        """Logs the current exception with a reference id; tells the user the id, nothing more."""
        reference = uuid.uuid4().hex[:8]
        log.exception("listener failed ref=%s conversation=%s", reference, key)
        if surface is None:
            return
        text = self.engine.messages.text("error_reference", reference=reference)
        try:
            client.chat_postMessage(channel=surface.channel, thread_ts=surface.thread_ts, text=text)
        except SlackApiError:
            log.warning("could not send the error notice ref=%s conversation=%s", reference, key)


def _fallback(reply: Reply) -> str:
    """Notification text (shown where blocks are not): the first line, escaped."""
    return slack_escape(reply.text.split("\n", 1)[0])[:300] or "E1399 bot"


def guarded(bot: SlackBot, where: Callable[[dict[str, Any]], tuple[Surface | None, str | None]]):
    """Runs a listener; on any error, reports it (reference id to the user, details to the log)."""

    def decorate(listener: Callable[..., None]) -> Callable[..., None]:
        @wraps(listener)
        def run(body: dict[str, Any], client: WebClient, **kwargs: Any) -> None:
            try:
                listener(body=body, client=client, **kwargs)
            except Exception:
                try:
                    surface, key = where(body)
                except Exception:
                    surface, key = None, None
                bot.report(client, surface, key)

        return run

    return decorate


def _open_dm(client: WebClient, user: str) -> str:
    return client.conversations_open(users=user)["channel"]["id"]


def _event_place(body: dict[str, Any]) -> tuple[Surface | None, str | None]:
    event = body.get("event", {})
    channel, user = event.get("channel", ""), event.get("user", "")
    thread = (
        None if event.get("channel_type") == "im" else event.get("thread_ts") or event.get("ts")
    )
    return Surface(channel, user, thread), conversation_key(
        body.get("team_id", ""), channel, thread
    )


def _action_place(body: dict[str, Any]) -> tuple[Surface | None, str | None]:
    channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")
    user = body.get("user", {}).get("id", "")
    thread = (body.get("message") or {}).get("thread_ts")
    key = next((a.get("block_id", "").split("|", 1)[-1] for a in body.get("actions", [])), None)
    return (Surface(channel, user, thread) if channel else None), key


def register(app: App, bot: SlackBot) -> None:
    """Wires every listener to the Bolt app."""

    @app.event("message")
    @guarded(bot, _event_place)
    def on_direct_message(body: dict[str, Any], client: WebClient) -> None:
        """Every direct message is a turn; edits, deletions, joins and bots are ignored."""
        event = body["event"]
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        surface, key = _event_place(body)
        bot.turn(client, surface, key, text=event.get("text", ""))

    @app.event("app_mention")
    @guarded(bot, _event_place)
    def on_mention(body: dict[str, Any], client: WebClient) -> None:
        """A mention in a channel answers in that message's thread; the thread holds an intake."""
        event = body["event"]
        if event.get("bot_id") or event.get("subtype"):
            return
        surface, key = _event_place(body)
        bot.turn(client, surface, key, text=MENTION.sub("", event.get("text", "")).strip())

    @app.action(re.compile(rf"^{ACTION_PREFIX}-(choice-\d+|select)$"))
    def on_choice(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """A button or menu pick: replaces the buttons with the choice, then advances."""
        ack()
        _choose(bot, body=body, client=client)

    @app.action(f"{ACTION_PREFIX}-home-start")
    def on_home_start(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """The App Home's Start-intake button: the intake runs in the user's DM with the bot."""
        ack()
        _start_in_dm(bot, body=body, client=client)

    @app.command(SLASH_COMMAND)
    def on_slash_command(ack: Ack, body: dict[str, Any], client: WebClient,
                         respond: Respond) -> None:  # fmt: skip
        """/e1399 help | ask QUESTION | intake | codes ITEM | status (acknowledged at once)."""
        ack()
        _slash(bot, body=body, client=client, respond=respond)

    @app.event("app_home_opened")
    @guarded(bot, lambda body: (None, None))
    def on_home_opened(body: dict[str, Any], client: WebClient) -> None:
        """Publishes the App Home: what the bot does, Start intake, the user's open intakes."""
        event = body["event"]
        if event.get("tab") not in (None, "home"):
            return
        publish_home(bot, client, event["user"])

    @app.shortcut(SHORTCUT_CALLBACK)
    def on_shortcut(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """ "Ask the E1399 bot" on any message: the answer goes to the user's DM."""
        ack()
        _shortcut(bot, body=body, client=client)


def _choose(bot: SlackBot, *, body: dict[str, Any], client: WebClient) -> None:
    surface, key = _action_place(body)
    try:
        action = body["actions"][0]
        value = action.get("value") or action["selected_option"]["value"]
        label = (action.get("text") or {}).get("text") or action["selected_option"]["text"]["text"]
        message = body.get("message") or {}
        if surface and message.get("ts"):
            original = "\n".join(
                b.get("text", {}).get("text", "") for b in message.get("blocks", [])
                if b.get("type") == "section"
            )  # fmt: skip
            client.chat_update(channel=surface.channel, ts=message["ts"], text=label,
                               blocks=chosen_blocks(_unescape(original), label))  # fmt: skip
        bot.turn(client, surface, key, choice=value)
    except Exception:
        bot.report(client, surface, key)


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _start_in_dm(bot: SlackBot, *, body: dict[str, Any], client: WebClient) -> None:
    user = body["user"]["id"]
    surface, key = None, None
    try:
        channel = _open_dm(client, user)
        surface = Surface(channel, user)
        key = conversation_key(body.get("team", {}).get("id", "") or body.get("team_id", ""),
                               channel)  # fmt: skip
        bot.turn(client, surface, key, choice="cmd:intake")
    except Exception:
        bot.report(client, surface, key)


def _slash(bot: SlackBot, *, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
    user, text = body.get("user_id", ""), (body.get("text") or "").strip()
    verb, _, rest = text.partition(" ")
    verb = verb.lower()
    engine = bot.engine
    try:
        if verb == "intake":
            channel = _open_dm(client, user)
            key = conversation_key(body.get("team_id", ""), channel)
            bot.turn(client, Surface(channel, user), key, choice="cmd:intake")
            respond(text="I started an intake in our direct messages.", response_type="ephemeral")
            return
        if verb == "ask" and rest.strip():
            replies = engine.answer(rest)
        elif verb == "codes" and rest.strip():
            replies = engine.code_reply(rest.strip()[:200])
        elif verb == "status":
            replies = engine.open_intakes(user)
        elif verb in ("", "help"):
            replies = [Reply(text=engine.messages.text("help_idle"))]
        else:
            replies = engine.answer(text)
        blocks = [b for r in replies for b in reply_blocks(r, "slash", bot.more_note)][:50]
        respond(text=_fallback(replies[0]), blocks=blocks, response_type="ephemeral")
    except Exception:
        reference = uuid.uuid4().hex[:8]
        log.exception("slash command failed ref=%s user=%s", reference, user)
        respond(text=engine.messages.text("error_reference", reference=reference),
                response_type="ephemeral")  # fmt: skip


def _shortcut(bot: SlackBot, *, body: dict[str, Any], client: WebClient) -> None:
    user = body["user"]["id"]
    surface = None
    try:
        surface = Surface(_open_dm(client, user), user)
        question = (body.get("message") or {}).get("text", "")
        replies = bot.engine.answer(MENTION.sub("", question))
        bot.send(client, surface, "shortcut", replies)
    except Exception:
        bot.report(client, surface, None)


def publish_home(bot: SlackBot, client: WebClient, user: str) -> None:
    engine = bot.engine
    rows = engine.store.open_intakes(user)
    intakes = []
    for row in rows:
        step = STEP_BY_STATE.get(row.state)
        where = "direct messages" if ":D" in row.key else "a channel thread"
        intakes.append((where, engine.messages.label(step.name) if step else row.state))
    view = View(type="home", blocks=home_blocks(engine.messages.text("help_idle"), intakes,
                                                "Start an intake"))  # fmt: skip
    client.views_publish(user_id=user, view=view)
