"""Slack jobs: what each kind of acknowledged payload asks of the engine, as Slack calls to make.

A handler reads one payload, runs the engine's turn and returns the answer as a list of Web API
calls (the outbox); bot/slack/workers.py saves that list with the turn and sends it. Anything
about billing lives in flows/. `answer()` is the one error wrapper: a failure reaches the user as
a short notice with a reference id, and the details go to the log only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.views import View

from bot.settings import log_failure
from bot.slack import keys, refused
from bot.slack.blocks import chosen_blocks, home_blocks, reply_blocks, slack_escape
from bot.slack.payloads import (
    PHI_MARK,
    SLOWED,
    TOO_LONG,
    JobKind,
    Surface,
    action_place,
    as_typed,
    block_id_parts,
    channel_of,
    conversation_of,
    event_place,
    id_set,
    surface_of,
    unescape,
    user_of,
    withheld,
)
from bot.slack.usergroups import GroupMembers
from bot.store import SqlStore, StoredConversation
from flows.asides import MAX_MESSAGE_CHARS
from flows.engine import Engine
from flows.intake import STEP_BY_STATE
from flows.models import Reply, Turn
from flows.phi import PhiFindings

if TYPE_CHECKING:
    from bot.slack.kb import TeamSlack  # which imports this module

log = logging.getLogger("e1399.slack")

Call = dict[str, Any]  # {"method": "chat.postMessage", "args": {...}}; "response_url" has "url"


@dataclass
class Answer:
    """What a job sends (the outbox), where notices about it go, and whether it saved state."""

    calls: list[Call]
    surface: Surface | None
    saves: list[StoredConversation] = field(default_factory=list)
    failed: bool = False  # the handler raised; the calls are the error notice


def post(surface: Surface, text: str, blocks: list[Any] | None = None) -> Call:
    args = {"channel": surface.channel, "text": text, "thread_ts": surface.thread_ts}
    return {
        "method": "chat.postMessage",
        "args": {**args, **({"blocks": blocks} if blocks else {})},
    }


def ephemeral(surface: Surface, text: str, blocks: list[Any] | None = None) -> Call:
    """Visible to the user only; in a DM (where Slack has no ephemerals) a plain message."""
    if keys.is_dm_channel(surface.channel):
        return post(surface, text, blocks)
    call = post(surface, text, blocks)
    return {"method": "chat.postEphemeral", "args": {**call["args"], "user": surface.user}}


def fallback(reply: Reply) -> str:
    """Notification text (shown where blocks are not): the first line, escaped."""
    return slack_escape(reply.text.split("\n", 1)[0])[:300] or "E1399 bot"


def question_of(stored: StoredConversation | None) -> str:
    """The question a conversation is at (a step name, or the state when it is not a step):
    buttons carry it, so a click on an older question's buttons is recognised as stale."""
    if stored is None:
        return "idle"
    step = STEP_BY_STATE.get(stored.state)
    return step.name if step else stored.state


class Jobs:
    """What every handler needs: the engine, Web API client, allow-lists, experts channel, leads."""

    def __init__(self, engine: Engine, client: WebClient, allowed_channels: str = "",
                 allowed_usergroups: str = "", experts_channel: str = "", kb_leads: str = "",
                 kb_posts_per_hour: int = 0) -> None:  # fmt: skip
        self.engine, self.client, self.messages = engine, client, engine.messages
        self.allowed_channels = id_set(allowed_channels)
        self.allowed_members = GroupMembers(client, id_set(allowed_usergroups))
        self.experts_channel, self.kb_leads = experts_channel, kb_leads
        self.kb_posts_per_hour = kb_posts_per_hour  # E1399_KB_POSTS_PER_USER_PER_HOUR
        self.team_slack: TeamSlack | None = None  # built on first use: kb.team_of
        engine.prompts.place_name = self.place_name  # "direct messages", not a conversation key

    def place_name(self, key: str) -> str:
        """Where a conversation is, in the user's words (another surface's key as it is)."""
        place = keys.place_of(key)
        if place is None:
            return key
        return self.messages.text("home_where_dm" if place.is_dm else "home_where_thread")

    @property
    def store(self) -> SqlStore:
        store = self.engine.store
        assert isinstance(store, SqlStore)
        return store

    def render(self, surface: Surface, key: str, replies: list[Reply], question: str) -> list[Call]:
        """Private replies as ephemerals, the rest in one message; only the last reply's options
        stay live (earlier ones were superseded in the same turn), and an answer's feedback
        buttons (kb:..., valid whatever the intake's question), so a rating is never lost."""
        calls = [
            ephemeral(surface, fallback(r), self._blocks(r, key, question))
            for r in replies
            if r.private
        ]
        public = [r for r in replies if not r.private]
        if public:
            live = max((i for i, r in enumerate(public) if r.options), default=-1)
            blocks: list[dict[str, Any]] = []
            for i, reply in enumerate(public):
                if i == live:
                    blocks += self._blocks(reply, key, question)
                elif _feedback_only(reply):  # its own block id: ids must be unique
                    blocks += self._blocks(reply, key, "kb")
                else:
                    blocks += self._blocks(reply.model_copy(update={"options": []}), key, question)
            calls.append(post(surface, fallback(public[0]), blocks[:50]))
        return calls

    def _blocks(self, reply: Reply, key: str, question: str) -> list[dict[str, Any]]:
        return [b.to_dict() for b in reply_blocks(reply, key, self.messages, question)]

    def turn(self, surface: Surface, key: str, *, text: str = "", choice: str | None = None,
             for_step: str | None = None) -> Answer:  # fmt: skip
        """One engine turn; the saves it makes are collected for the worker to write."""
        with self.store.deferred_saves() as saves:
            replies = self.engine.handle(
                Turn(
                    conversation_key=key,
                    user_id=surface.user,
                    text=text[:40_000],
                    choice=choice,
                    for_step=for_step,
                )
            )
        after = saves[-1] if saves else self.store.load(key)
        return Answer(self.render(surface, key, replies, question_of(after)), surface, saves)

    def refusal(self, kind: JobKind, body: dict[str, Any]) -> str | None:
        """Why this payload may not be served (a message key), or None. The channel allow-list
        applies where the bot would answer in a channel; DMs and the App Home always pass."""
        if body.get(SLOWED):
            return "user_slow_down"  # over E1399_USER_MESSAGES_PER_MINUTE (bot/slack/limits.py)
        if kind in ("home_opened", "kb_approve", "kb_tick"):
            return None  # the App Home; a lead's Approve and the timer have rules of their own
        channel = channel_of(body)  # (none for the answer form: it is not in a channel)
        in_channel = bool(channel) and not keys.is_dm_channel(channel)
        answers_in_dm = kind in ("home_start", "shortcut")
        outside = in_channel and not answers_in_dm and channel not in self.allowed_channels
        if self.allowed_channels and outside:
            return "channel_not_allowed"
        if not self.allowed_members.admits(user_of(body)):
            return "user_not_allowed"
        return None

    def open_dm(self, user: str) -> Surface:
        return Surface(self.client.conversations_open(users=user)["channel"]["id"], user)

    def asker_place(self, key: str, user: str) -> tuple[Surface, str] | None:
        """Where a later notice to someone who asked under `key` goes, and that conversation's
        key: the DM or thread they asked in, or their DM with the bot for a slash command or
        shortcut (whose replies were private, and whose response URL expires within the hour);
        None for another surface's key."""
        team = keys.asker_dm_team(key)
        if team is not None:
            surface = self.open_dm(user)
            return surface, keys.conversation_key(team, surface.channel)
        place = keys.place_of(key)
        return None if place is None else (Surface(place.channel, user, place.thread_ts), key)

    def phi_replies(self, body: dict[str, Any], key: str | None) -> list[Reply]:
        """The answer to text that was not stored (payloads.withheld): the engine's private
        warning for patient identifiers, or that it is too long to read; then where the intake
        is."""
        if body.get(TOO_LONG):
            said = self.messages.text("question_too_long", limit=MAX_MESSAGE_CHARS)
            warning = Reply(kind="error", text=said)
        else:
            warning = self.engine.steps.phi_warning(PhiFindings(tuple(body[PHI_MARK])))
        stored = self.store.load(key) if key else None
        where = self.engine.where_am_i(key) if key and stored and stored.state != "idle" else []
        return [warning, *where]

    def notice(self, surface: Surface | None, key: str, **fields: Any) -> list[Call]:
        """A short private notice by message key (nothing when there is nowhere to say it)."""
        return [ephemeral(surface, self.messages.text(key, **fields))] if surface else []


# -- one handler per job kind ------------------------------------------------------------------


def edited(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """An edited DM is not read: the user is told how to change an answer or ask again (and
    warned first when the new text holds a patient identifier)."""
    surface, key = event_place(body)
    warning = jobs.phi_replies(body, None) if body.get(PHI_MARK) else []
    replies = [*warning, Reply(text=jobs.messages.text("slack_edit_not_read"))]
    return Answer(jobs.render(surface, key, replies, ""), surface)


def message_turn(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """A direct message or a mention: its text is a turn (a mention's in that message's thread,
    which holds its own intake); a file shared with no text is told it is not read (its files
    were never stored), with the open intake's question again."""
    surface, key = event_place(body)
    if withheld(body):
        return Answer(jobs.render(surface, key, jobs.phi_replies(body, key), ""), surface)
    text = as_typed(body["event"].get("text", ""))
    if not text and body["event"].get("subtype") == "file_share":
        stored = jobs.store.load(key)
        where = jobs.engine.where_am_i(key) if stored and stored.state != "idle" else []
        replies = [Reply(text=jobs.messages.text("slack_file_not_read")), *where]
        return Answer(jobs.render(surface, key, replies, question_of(stored)), surface)
    return jobs.turn(surface, key, text=text)


def _feedback_only(reply: Reply) -> bool:
    return bool(reply.options) and all(o.value.startswith("kb:") for o in reply.options)


def choice(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """A button or menu pick: refused if stale or not the owner's; else replaces the buttons
    with the choice and advances."""
    surface, key = action_place(body)
    if withheld(body) and surface is not None:  # an identifier (or forged past any length):
        replies = jobs.phi_replies(body, None)  # never echoed, nothing else done
        return Answer(jobs.render(surface, key or "phi", replies, ""), surface)
    value, label = clicked(body)
    tagged = block_id_parts(body)[1]
    if surface is None or key is None:
        log.info("a click with nowhere to answer was ignored")
        return Answer([], None)
    stored = jobs.store.load(key)
    taken = jobs.engine.accepts_click(key, surface.user, None, value)  # a stranger's is not
    surface = surface if taken else own_place(jobs, surface)
    # Feedback on an earlier answer (kb:...) stays valid; anything else must be current. Where
    # the intake is now is shown to its owner only (a forged block id may name any intake);
    # the engine tells anyone else it is not theirs. A click without a value was not made on
    # one of the bot's buttons.
    stale = tagged is not None and tagged != question_of(stored) and not value.startswith("kb:")
    if taken and (stale or not value):
        replies = [Reply(text=jobs.messages.text("stale_click")), *jobs.engine.where_am_i(key)]
        return Answer(jobs.render(surface, key, replies, question_of(stored)), surface)
    for_step = tagged if tagged in {s.name for s in STEP_BY_STATE.values()} else None
    answer = jobs.turn(surface, key, choice=value or None, for_step=for_step)
    message = body.get("message") or {}
    if message.get("ts") and taken:
        original = "\n".join(
            b.get("text", {}).get("text", "")
            for b in message.get("blocks", [])
            if b.get("type") == "section"
        )
        blocks = [b.to_dict() for b in chosen_blocks(unescape(original), label)]
        update = {"channel": surface.channel, "ts": message["ts"], "text": slack_escape(label),
                  "blocks": blocks}  # fmt: skip
        answer.calls.insert(0, {"method": "chat.update", "args": update})
    return answer


def own_place(jobs: Jobs, surface: Surface) -> Surface:
    """Where a click that is not taken is answered: privately where it was made, or in the
    clicker's own DM (a payload may name anyone's DM, where a note is no ephemeral)."""
    return jobs.open_dm(surface.user) if keys.is_dm_channel(surface.channel) else surface


def old_button(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """A button or menu from an older message of the bot's: said privately, nothing done."""
    surface = action_place(body)[0] or jobs.open_dm(user_of(body))
    surface = own_place(jobs, surface)
    return Answer([ephemeral(surface, jobs.messages.text("slack_old_button"))], surface)


def clicked(body: dict[str, Any]) -> tuple[str, str]:
    """(value, label) of a clicked button or picked menu option; empty when the payload has
    none (Slack always sends them: such a payload was not made by Slack)."""
    action = (body.get("actions") or [{}])[0]
    option = action.get("selected_option") or {}
    value = str(action.get("value") or option.get("value") or "")
    label = (action.get("text") or {}).get("text") or (option.get("text") or {}).get("text")
    return value, str(label or value)


def home_start(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """The App Home's Start-intake button: the intake runs in the user's DM with the bot."""
    surface = jobs.open_dm(user_of(body))
    team = (body.get("team") or {}).get("id", "") or body.get("team_id", "")
    return jobs.turn(surface, keys.conversation_key(team, surface.channel), choice="cmd:intake")


def home_opened(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """Publishes the App Home: what the bot does, Start intake, the user's open intakes."""
    user = user_of(body)
    intakes = [(jobs.place_name(key), step) for key, step in jobs.engine.open_intake_places(user)]
    from bot.slack.kb import team_of

    view = View(type="home", blocks=home_blocks(jobs.messages, intakes)).to_dict()
    view["blocks"] += team_of(jobs).home_blocks(user)  # leads see the team knowledge base
    return Answer([{"method": "views.publish", "args": {"user_id": user, "view": view}}], None)


def shortcut(jobs: Jobs, body: dict[str, Any]) -> Answer:
    """ "Ask the E1399 bot" on any message: the answer goes to the user's DM."""
    surface = jobs.open_dm(user_of(body))
    question = as_typed((body.get("message") or {}).get("text", ""))
    if withheld(body):
        replies = jobs.phi_replies(body, None)
    else:
        team = (body.get("team") or {}).get("id", "")
        replies = jobs.engine.answer(question, surface.user, keys.asker_dm_key(team, surface.user))
    return Answer(jobs.render(surface, "shortcut", replies, ""), surface)


Handler = Callable[[Jobs, dict[str, Any]], Answer]
HANDLERS: dict[JobKind, Handler] = {
    "direct_message": message_turn,
    "mention": message_turn,
    "choice": choice,
    "home_start": home_start,
    "home_opened": home_opened,
    "shortcut": shortcut,
    "edited": edited,
    "old_button": old_button,
}


def answer(jobs: Jobs, kind: JobKind, body: dict[str, Any]) -> Answer:
    """Runs the handler for `kind`; never raises. A refusal or a failure becomes a notice."""
    surface = surface_of(kind, body)
    if kind != "kb_tick" and not user_of(body):  # Slack names the user of every payload
        log.info("a %s without a user was ignored", kind)
        return Answer([], None)
    try:
        refusal = jobs.refusal(kind, body)
        if refusal:  # said privately, wherever the user is (a shortcut's: in a DM)
            log.info("refused a %s: %s", kind, refusal)
            text = jobs.messages.text(refusal)
            return Answer(private_notice(jobs.client, kind, body, text), surface)
        from bot.slack.kb import KB_HANDLERS, team_of
        from bot.slack.slash import slash  # (both import this module)

        handler = slash if kind == "slash" else KB_HANDLERS.get(kind) or HANDLERS[kind]
        result = handler(jobs, body)
        result.calls += team_of(jobs).after_job()  # new unanswered groups, approved answers
        return result
    except refused.SlackBusy:
        raise  # the worker puts the job back until Slack's Retry-After (workers.Worker.run_one)
    except SlackApiError as error:  # a call of the handler's own (opening the DM) was refused
        reference, slack_said = uuid.uuid4().hex[:8], refused.busy_or_refusal(error)
        refused.log_refusal(kind, slack_said, reference, conversation_of(kind, body))
        text = refused.refusal_notice(jobs.messages, slack_said, reference)
    except Exception:
        reference = uuid.uuid4().hex[:8]
        log_failure(log, f"{kind} failed", ref=reference, conversation=conversation_of(kind, body))
        text = jobs.messages.text("error_reference", reference=reference)
    if kind in ("slash", "shortcut") and body.get("response_url"):  # seen by the user only
        return Answer([respond(body["response_url"], text)], None, failed=True)
    if surface is None and kind == "home_start":  # said on the Home tab, above its buttons
        calls = refused.on_home(text, lambda: home_opened(jobs, body).calls)
        return Answer(calls, None, failed=True)
    return Answer([post(surface, text)] if surface else [], surface, failed=True)


def private_notice(client: WebClient, kind: JobKind, body: dict[str, Any], text: str
                   ) -> list[Call]:  # fmt: skip
    """A notice about a payload where its user sees it: a command's response URL, the place of
    a message or click, else a DM (a shortcut, the Home tab, a form). Opening the DM calls
    Slack, so the caller catches its errors."""
    if kind == "slash" and body.get("response_url"):
        return [respond(body["response_url"], text)]
    surface, user = surface_of(kind, body), user_of(body)
    if surface is None and user:
        surface = Surface(client.conversations_open(users=user)["channel"]["id"], user)
    return [ephemeral(surface, text)] if surface else []


def respond(url: str, text: str, blocks: list[Any] | None = None) -> Call:
    """A reply through a slash command's response URL, seen only by the user."""
    args: dict[str, Any] = {"text": text, "response_type": "ephemeral"}
    return {
        "method": "response_url",
        "url": url,
        "args": {**args, **({"blocks": blocks} if blocks else {})},
    }
