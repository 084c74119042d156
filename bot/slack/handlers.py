"""Slack jobs: turn a Slack payload into engine turns and send the rendered replies back.

The listeners only acknowledge and hand payloads here (in worker processes, or inline). Anything
about billing lives in flows/; errors reach the user as a short message with a reference id,
and the full error goes to the log only.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.views import View
from slack_sdk.webhook import WebhookClient

from bot.settings import log_failure
from bot.slack.blocks import (
    chosen_blocks,
    home_blocks,
    reply_blocks,
    slack_escape,
)
from bot.slack.phi_guard import typed_text
from flows.engine import Engine
from flows.models import Reply, Turn
from flows.phi import scan_all

log = logging.getLogger("e1399.slack")
MENTION = re.compile(r"<@[A-Z0-9]+>\s*")


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
        self.messages = engine.messages

    def send(self, client: WebClient, surface: Surface, key: str, replies: list[Reply]) -> None:
        """Posts replies: private ones as ephemeral messages (or in the DM), the rest together."""
        public = [r for r in replies if not r.private]
        for reply in (r for r in replies if r.private):
            blocks = reply_blocks(reply, key, self.messages)
            if surface.channel.startswith("D"):
                client.chat_postMessage(
                    channel=surface.channel,
                    thread_ts=surface.thread_ts,
                    text=_fallback(reply),
                    blocks=blocks,
                )
            else:
                client.chat_postEphemeral(
                    channel=surface.channel,
                    user=surface.user,
                    thread_ts=surface.thread_ts,
                    text=_fallback(reply),
                    blocks=blocks,
                )
        if not public:
            return
        # Only the last reply's options are live; earlier ones were superseded in this turn.
        last_with_options = max((i for i, r in enumerate(public) if r.options), default=-1)
        blocks = []
        for index, reply in enumerate(public):
            shown = (
                reply if index == last_with_options else reply.model_copy(update={"options": []})
            )
            blocks.extend(reply_blocks(shown, key, self.messages))
        client.chat_postMessage(
            channel=surface.channel,
            thread_ts=surface.thread_ts,
            text=_fallback(public[0]),
            blocks=blocks[:50],
        )

    def turn(
        self,
        client: WebClient,
        surface: Surface,
        key: str,
        *,
        text: str = "",
        choice: str | None = None,
        for_step: str | None = None,
    ) -> None:
        replies = self.engine.handle(
            Turn(
                conversation_key=key,
                user_id=surface.user,
                text=text[:40_000],
                choice=choice,
                for_step=for_step,
            )
        )
        self.send(client, surface, key, replies)

    def report(self, client: WebClient, surface: Surface | None, key: str | None) -> None:
        """Logs the current exception with a reference id; tells the user the id, nothing more."""
        reference = uuid.uuid4().hex[:8]
        log_failure(log, "turn failed", ref=reference, conversation=key)
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


def _open_dm(client: WebClient, user: str) -> str:
    return client.conversations_open(users=user)["channel"]["id"]


def _event_place(body: dict[str, Any]) -> tuple[Surface, str]:
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
    key, _step = _block_id_parts(body)
    return (Surface(channel, user, thread) if channel else None), key


def _block_id_parts(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(conversation key, question) from a clicked element's block id "e1399|key|step"."""
    for action in body.get("actions", []):
        parts = action.get("block_id", "").split("|")
        if len(parts) >= 2:
            return parts[1], (parts[2] if len(parts) > 2 and parts[2] else None)
    return None, None


def _choose(bot: SlackBot, *, body: dict[str, Any], client: WebClient) -> None:
    surface, key = _action_place(body)
    try:
        action = body["actions"][0]
        value = action.get("value") or action["selected_option"]["value"]
        label = (action.get("text") or {}).get("text") or action["selected_option"]["text"]["text"]
        message = body.get("message") or {}
        for_step = _block_id_parts(body)[1]
        # Only a click that will be taken replaces the buttons; a stranger's or an old one's
        # leaves them for the owner (the engine tells the clicker why).
        taken = (
            surface is not None
            and key is not None
            and (bot.engine.accepts_click(key, surface.user, for_step))
        )
        if surface and message.get("ts") and taken:
            original = "\n".join(
                b.get("text", {}).get("text", "")
                for b in message.get("blocks", [])
                if b.get("type") == "section"
            )
            client.chat_update(
                channel=surface.channel,
                ts=message["ts"],
                text=label,
                blocks=chosen_blocks(_unescape(original), label),
            )
        assert surface is not None and key is not None, "a click without a channel"
        bot.turn(client, surface, key, choice=value, for_step=for_step)
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
        key = conversation_key(
            body.get("team", {}).get("id", "") or body.get("team_id", ""), channel
        )
        bot.turn(client, surface, key, choice="cmd:intake")
    except Exception:
        bot.report(client, surface, key)


def _slash(bot: SlackBot, *, body: dict[str, Any], client: WebClient, respond: Any) -> None:
    user, text = body.get("user_id", ""), (body.get("text") or "").strip()
    verb, _, rest = text.partition(" ")
    verb = verb.lower()
    engine = bot.engine
    try:
        if verb == "intake":
            channel = _open_dm(client, user)
            key = conversation_key(body.get("team_id", ""), channel)
            bot.turn(client, Surface(channel, user), key, choice="cmd:intake")
            respond(text=engine.messages.text("slack_intake_in_dm"), response_type="ephemeral")
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
        blocks = [b for r in replies for b in reply_blocks(r, "slash", bot.messages)][:50]
        respond(text=_fallback(replies[0]), blocks=blocks, response_type="ephemeral")
    except Exception:
        reference = uuid.uuid4().hex[:8]
        log_failure(log, "slash command failed", ref=reference, user=user)
        respond(
            text=engine.messages.text("error_reference", reference=reference),
            response_type="ephemeral",
        )


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
    intakes = []
    for key, step in engine.open_intake_places(user):
        where = engine.messages.text("home_where_dm" if ":D" in key else "home_where_thread")
        intakes.append((where, step))
    view = View(type="home", blocks=home_blocks(engine.messages, intakes))
    client.views_publish(user_id=user, view=view)


def delivery_key(kind: str, body: dict[str, Any]) -> str | None:
    """What makes a payload unique: the event id, or the click's or command's own ids.

    Slack redelivers events it thinks were not acknowledged (same event_id, X-Slack-Retry-Num),
    and with several instances each may receive the same payload."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    for action in body.get("actions") or []:
        clicked = action.get("action_ts") or body.get("trigger_id")
        return f"action:{body.get('user', {}).get('id')}:{clicked}"
    if body.get("trigger_id"):
        return f"{kind}:{body['trigger_id']}"
    return None


USERGROUP_CACHE_SECONDS = 300


def _id_set(ids: str) -> set[str]:
    return {item.strip() for item in ids.split(",") if item.strip()}


def _user_of(body: dict[str, Any]) -> str:
    event = body.get("event") or {}
    return event.get("user") or (body.get("user") or {}).get("id") or body.get("user_id") or ""


class SlackJobs:
    """Runs one acknowledged Slack payload to completion: the engine turn and the replies."""

    def __init__(
        self,
        bot: SlackBot,
        client: WebClient,
        allowed_channels: str = "",
        allowed_usergroups: str = "",
    ) -> None:
        self.bot, self.client = bot, client
        self.allowed_channels = _id_set(allowed_channels)
        self.allowed_usergroups = _id_set(allowed_usergroups)
        self._members: tuple[float, set[str]] = (0.0, set())

    def refusal(self, body: dict[str, Any]) -> str | None:
        """Why this payload may not be served (message key), or None. DMs pass the channel
        allow-list; the user-group allow-list applies everywhere."""
        event = body.get("event") or {}
        channel = (
            event.get("channel")
            or (body.get("channel") or {}).get("id")
            or body.get("channel_id")
            or ""
        )
        outside = not channel.startswith("D") and channel not in self.allowed_channels
        if self.allowed_channels and outside:
            return "channel_not_allowed"
        if self.allowed_usergroups and _user_of(body) not in self._allowed_members():
            return "user_not_allowed"
        return None

    def _allowed_members(self) -> set[str]:
        """Members of the allowed user groups, fetched at most every 5 minutes."""
        fetched_at, members = self._members
        if time.monotonic() - fetched_at > USERGROUP_CACHE_SECONDS:
            members = set()
            for group in self.allowed_usergroups:
                try:
                    members |= set(self.client.usergroups_users_list(usergroup=group)["users"])
                except SlackApiError:
                    log.warning("cannot read user group %s (is usergroups:read granted?)", group)
            self._members = (time.monotonic(), members)
        return members

    def run(self, kind: str, body: dict[str, Any]) -> None:
        """Dispatches by kind, once per payload; never raises (failures get a reference id)."""
        try:
            key = delivery_key(kind, body)
            if key and not self.bot.engine.store.first_time(key):
                log.info("skipped a redelivered %s (%s)", kind, key)
                return
            refusal = self.refusal(body) if kind != "home_opened" else None
            if refusal:
                log.info("refused a %s: %s", kind, refusal)
                self._tell_refused(kind, body, refusal)
                return
            if self._refused_for_identifiers(kind, body):
                return
            getattr(self, f"on_{kind}")(body)
        except Exception:
            surface, key = _event_place(body) if "event" in body else _action_place(body)
            self.bot.report(self.client, surface, key)

    def _refused_for_identifiers(self, kind: str, body: dict[str, Any]) -> bool:
        """The PHI guard for every Slack payload, before it runs: the user is warned privately
        (in a DM or thread with the open question again); nothing is run, stored or logged."""
        findings = scan_all(typed_text(body))
        if not findings:
            return False
        log.info("refused a %s: patient identifier (%s)", kind, ", ".join(findings.kinds))
        engine = self.bot.engine
        if kind == "slash":
            warning = engine.phi_warning(findings).text
            WebhookClient(body.get("response_url", ""), timeout=10).send(
                text=warning, response_type="ephemeral"
            )
            return True
        surface, key = _event_place(body) if "event" in body else _action_place(body)
        if surface is not None:  # a clicked value's conversation key may be forged: no prompt
            typed_turn = kind in ("direct_message", "mention")
            replies = engine.refusal(findings, key if typed_turn else None)
            self.bot.send(self.client, surface, key or "phi", replies)
        return True

    def _tell_refused(self, kind: str, body: dict[str, Any], refusal: str) -> None:
        """Never a silent drop: the user hears, privately, why the bot will not answer here."""
        text = self.bot.engine.messages.text(refusal)
        if kind == "slash":
            WebhookClient(body.get("response_url", ""), timeout=10).send(
                text=text, response_type="ephemeral"
            )
            return
        surface = _event_place(body)[0] if "event" in body else _action_place(body)[0]
        if surface is None:
            return
        if surface.channel.startswith("D"):
            self.client.chat_postMessage(channel=surface.channel, text=text)
        else:
            self.client.chat_postEphemeral(
                channel=surface.channel, user=surface.user, text=text, thread_ts=surface.thread_ts
            )

    def on_direct_message(self, body: dict[str, Any]) -> None:
        """Every direct message is a turn."""
        surface, key = _event_place(body)
        self.bot.turn(self.client, surface, key, text=body["event"].get("text", ""))

    def on_mention(self, body: dict[str, Any]) -> None:
        """A mention answers in that message's thread; the thread holds its own intake."""
        surface, key = _event_place(body)
        text = MENTION.sub("", body["event"].get("text", "")).strip()
        self.bot.turn(self.client, surface, key, text=text)

    def on_choice(self, body: dict[str, Any]) -> None:
        """A button or menu pick: replaces the buttons with the choice, then advances."""
        _choose(self.bot, body=body, client=self.client)

    def on_home_start(self, body: dict[str, Any]) -> None:
        """The App Home's Start-intake button: the intake runs in the user's DM with the bot."""
        _start_in_dm(self.bot, body=body, client=self.client)

    def on_slash(self, body: dict[str, Any]) -> None:
        """/e1399 help | ask QUESTION | intake | codes ITEM | status."""
        hook = WebhookClient(body.get("response_url", ""), timeout=10)

        def respond(**message: Any) -> None:
            hook.send(**message)

        _slash(self.bot, body=body, client=self.client, respond=respond)

    def on_home_opened(self, body: dict[str, Any]) -> None:
        """Publishes the App Home: what the bot does, Start intake, the user's open intakes."""
        publish_home(self.bot, self.client, body["event"]["user"])

    def on_shortcut(self, body: dict[str, Any]) -> None:
        """ "Ask the E1399 bot" on any message: the answer goes to the user's DM."""
        _shortcut(self.bot, body=body, client=self.client)
