"""The team knowledge base in Slack: unanswered questions posted to the experts channel with an
Answer button, the answer modal, the leads' Approve button, telling the askers, the leads' App
Home section, and review reminders. The loop itself lives in flows/team_kb.py."""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.settings import log_failure
from bot.slack.blocks import ACTION_PREFIX, escaped_sections, quoted, slack_escape
from bot.slack.handlers import Answer, Call, Jobs, ephemeral, post
from bot.slack.payloads import Surface, user_of
from bot.slack.refused import Refusal, SlackBusy
from bot.slack.usergroups import GroupMembers
from flows.clock import utcnow
from flows.content import default_content_dir
from flows.messages import Messages
from flows.phi import PhiFindings, describe
from flows.team_kb import (
    Group,
    KbError,
    NoSuchQuestion,
    TeamEntry,
    form_problems,
    read_form,
)

log = logging.getLogger("e1399.slack.kb")
ANSWER_ACTION = f"{ACTION_PREFIX}-kb-answer"
APPROVE_ACTION = f"{ACTION_PREFIX}-kb-approve"
ANSWER_FORM = f"{ACTION_PREFIX}-kb-answer-form"
FORM_FIELDS = ("title", "short", "detail", "sources", "confidence", "confidence_note")
# After Slack refuses a post to the experts channel (bot not invited, channel archived), it is
# tried again this much later, not after every job: one log line, not one per message.
CHANNEL_RETRY_SECONDS = 300


def register_kb(app: App, record: Any, allowed_members: GroupMembers) -> None:
    """The loop's listeners: the Answer button opens the form at once (its trigger expires in
    3 seconds) for those E1399_ALLOWED_USERGROUPS admits, the form is checked before it
    closes, the rest runs as jobs (where the answer form gets the same access rule)."""
    messages = Messages.load(default_content_dir())

    @app.action(ANSWER_ACTION)
    def on_answer_clicked(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """An expert's Answer button: opens the answer form for that group of questions. When
        Slack will not open it (the click's trigger expired, a rate limit), the expert is told
        to click again; someone the allowed user groups leave out is told why, privately."""
        ack()
        try:
            allowed = allowed_members.admits(user_of(body))
        except SlackBusy:  # the groups could not be read yet: nothing opens, try again
            _tell(client, body, messages.text("kb_form_not_opened"))
            return
        if not allowed:
            log.info("refused a kb_answer click: user_not_allowed")
            _tell(client, body, messages.text("user_not_allowed"))
            return
        action = (body.get("actions") or [{}])[0]
        question = next(
            (str((b.get("text") or {}).get("text", "")) for b in
             (body.get("message") or {}).get("blocks", []) if b.get("type") == "section"), "",
        )  # fmt: skip
        try:
            client.views_open(
                trigger_id=body.get("trigger_id", ""),
                view=answer_modal(messages, str(action.get("value", "")), question),
            )
        except SlackApiError as error:
            log.warning("the answer form did not open (%s)", Refusal.of(error).code)
            _tell(client, body, messages.text("kb_form_not_opened"))

    @app.view(ANSWER_FORM)
    def on_answer_submitted(ack: Ack, body: dict[str, Any]) -> None:
        """The form is refused with a reason per field (an identifier, a bad URL), or saved."""
        problems = form_problems(form_fields(body))
        if problems:
            ack(response_action="errors", errors=_field_errors(messages, problems))
            return
        record("kb_answer_submitted", body)
        ack()

    @app.action(APPROVE_ACTION)
    def on_approve_clicked(ack: Ack, body: dict[str, Any]) -> None:
        """A lead's Approve button on a draft."""
        record("kb_approve", body)
        ack()


def _tell(client: WebClient, body: dict[str, Any], text: str) -> None:
    """Tells the clicking expert privately, where they clicked, why no form opened."""
    channel = (body.get("channel") or {}).get("id")
    user = (body.get("user") or {}).get("id")
    if not (channel and user):
        return
    try:
        client.chat_postEphemeral(channel=channel, user=user, text=text)
    except SlackApiError as error:
        log.warning("could not say why the answer form did not open (%s)",
                    Refusal.of(error).code)  # fmt: skip


def _field_errors(messages: Messages, problems: dict[str, str]) -> dict[str, str]:
    return {
        field: messages.text("kb_phi_in_field", kinds=_kinds_in_words(reason, messages))
        if reason.startswith("phi:")
        else messages.text("kb_bad_sources")
        if field == "sources"
        else reason[:150]
        for field, reason in problems.items()
    }


def _kinds_in_words(reason: str, messages: Messages) -> str:
    """ "phi:phone, name" as the PHI guard words it ("a phone number and a name")."""
    kinds = tuple(reason.removeprefix("phi:").split(", "))
    return describe(PhiFindings(kinds), messages)


def answer_modal(messages: Messages, group_id: str, question: str) -> View:
    """The Answer form: title, short answer, detail, sources and confidence."""

    def text_input(field: str, multiline: bool = False, optional: bool = False) -> InputBlock:
        return InputBlock(
            block_id=field,
            label=PlainTextObject(text=messages.text(f"kb_field_{field}")),
            element=PlainTextInputElement(action_id="value", multiline=multiline),
            optional=optional,
        )

    levels = messages.options("kb_confidence")
    choices = [Option(value=o.value, text=PlainTextObject(text=o.label)) for o in levels]
    medium = next((c for c in choices if c.value == "medium"), choices[0])  # high is a choice
    return View(
        type="modal",
        callback_id=ANSWER_FORM,
        private_metadata=group_id,
        title=PlainTextObject(text=messages.text("kb_modal_title")),
        submit=PlainTextObject(text=messages.text("kb_modal_submit")),
        blocks=[
            SectionBlock(text=MarkdownTextObject(text=question[:2900] or " ")),
            text_input("title"),
            text_input("short", multiline=True),
            text_input("detail", multiline=True, optional=True),
            text_input("sources", multiline=True),
            InputBlock(
                block_id="confidence",
                label=PlainTextObject(text=messages.text("kb_field_confidence")),
                element=StaticSelectElement(
                    action_id="value", options=choices, initial_option=medium
                ),
            ),
            text_input("confidence_note", optional=True),
        ],
    )


def form_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The submitted form as the loop's field names (sources one URL a line)."""
    values = body.get("view", {}).get("state", {}).get("values", {})
    fields: dict[str, Any] = {}
    for name in FORM_FIELDS:
        value = values.get(name, {}).get("value", {})
        fields[name] = (value.get("selected_option") or {}).get("value") or value.get("value")
    fields["sources"] = [s.strip() for s in (fields["sources"] or "").split() if s.strip()]
    fields["confidence"] = fields["confidence"] or "medium"
    return fields


# What an operator does about each Slack error when posting to the experts channel.
CHANNEL_FIXES = {
    "not_in_channel": "invite the bot to the channel (type /invite @E1399 Bot in it)",
    "channel_not_found": "set E1399_EXPERTS_CHANNEL to the channel's id (C...), and for a "
    "private channel invite the bot to it",
    "is_archived": "unarchive the channel or set E1399_EXPERTS_CHANNEL to another one",
}


class TeamSlack:
    """The loop's Slack jobs, next to the engine's turns in the workers. Unanswered groups are
    posted at once (their message id threads the drafts); everything else is outbox calls."""

    def __init__(self, jobs: Jobs, experts_channel: str, leads: str, posts_per_hour: int = 0
                 ) -> None:  # fmt: skip
        self.jobs, self.client = jobs, jobs.client
        team = jobs.engine.team
        assert team is not None, "the engine is built with the team knowledge base"
        self.team = team
        self.store = jobs.store.team
        self.messages: Messages = jobs.messages
        self.experts_channel = experts_channel.strip()
        self.leads = {item.strip() for item in leads.split(",") if item.strip()}
        self.lead_groups = GroupMembers(self.client, {x for x in self.leads if x.startswith("S")})
        self._channel_retry_at = 0.0  # time.monotonic() before which a refused channel waits
        self.posts_per_hour = posts_per_hour

    def after_job(self) -> list[Call]:
        """After every job: new unanswered groups go to the experts, approved answers to the
        people who asked. A failure here is logged, never reported to the user of the turn;
        the askers are told even while the experts channel cannot be posted to."""
        try:
            if time.monotonic() >= self._channel_retry_at:
                self.post_new_groups()
        except SlackApiError as error:
            self._channel_retry_at = time.monotonic() + CHANNEL_RETRY_SECONDS
            self._log_channel_error(Refusal.of(error).code)
        except Exception:
            log_failure(log, "posting unanswered questions to the experts channel failed")
        try:
            return self.notices()
        except Exception:
            log_failure(log, "telling askers of approved team answers failed")
            return []

    def _log_channel_error(self, code: str) -> None:
        """One line an operator can act on; tried again after CHANNEL_RETRY_SECONDS."""
        fix = CHANNEL_FIXES.get(code, "check E1399_EXPERTS_CHANNEL and the bot's scopes")
        log.error(
            "cannot post unanswered questions to the experts channel %s (Slack error: %s): %s",
            self.experts_channel, code, fix,
        )  # fmt: skip

    def post_new_groups(self) -> None:
        """Posts each new group once (claimed in the database, so two workers never both do)."""
        if not self.experts_channel:
            return
        for group in self.store.unposted_groups():
            if self._asker_over_cap(group.id) or not self.store.claim_post(group.id):
                continue
            try:
                posted = self._post_group(group)
            except SlackApiError:
                self.store.release_post(group.id)  # posted again after the next job
                raise
            self.store.set_post(group.id, self.experts_channel, posted["ts"])

    def _asker_over_cap(self, group_id: int) -> bool:
        """Whoever asked the group's first question has had posts_per_hour groups posted in the
        last hour: one person cannot fill the experts channel (the group waits its hour)."""
        questions = self.store.group_questions(group_id) if self.posts_per_hour else []
        since = utcnow() - dt.timedelta(hours=1)
        return bool(questions) and (
            self.store.posts_started_by(questions[0].user_id, since) >= self.posts_per_hour
        )

    def _post_group(self, group: Group) -> Any:
        """One unanswered group with its Answer button."""
        text = self.messages.text(
            "kb_expert_post",
            count=group.count,
            last_asked=group.last_asked.isoformat(),
            question=quoted(group.question),
        )
        button = ButtonElement(
            text=PlainTextObject(text=self.messages.text("kb_expert_answer")),
            action_id=ANSWER_ACTION,
            value=str(group.id),
            style="primary",
        )
        return self.client.chat_postMessage(
            channel=self.experts_channel,
            text=text[:300],
            blocks=[
                SectionBlock(text=MarkdownTextObject(text=text)),
                ActionsBlock(block_id=f"{ACTION_PREFIX}|kb|{group.id}", elements=[button]),
            ],
        )

    def notices(self) -> list[Call]:
        """Tells each asker, in their DM or thread, that the team's answer is approved."""
        calls: list[Call] = []
        for notice in self.team.loop.notices():
            try:
                told_at = self.jobs.asker_place(notice.conversation_key, notice.user_id)
            except SlackApiError:  # the DM cannot be opened now: told after a later job
                continue
            if told_at is None:
                continue  # asked in the terminal chat: shown there at the next start
            replies = self.team.notice_replies(notice)
            if replies:
                calls += self.jobs.render(*told_at, replies, "")
            self.store.mark_notified(notice.question_id)
        return calls

    def answer_submitted(self, body: dict[str, Any]) -> Answer:
        """Saves the expert's draft and posts it in the question's thread with Approve."""
        author = user_of(body)
        group_id = str(body["view"].get("private_metadata", ""))
        try:  # (the form's group id is the bot's own; anything else names no question)
            group = int(group_id) if group_id.isdigit() else 0
            entry = self.team.loop.draft(group, read_form(form_fields(body)), author)
        except NoSuchQuestion:  # said in Slack's words, not the command line's
            return Answer([self._private(author, None, self.messages.text("kb_no_such_question"))],
                          None)  # fmt: skip
        except ValueError as error:  # KbError, PatientIdentifier: a reason to show the author
            return Answer([self._private(author, None, slack_escape(str(error)))], None)
        where = self.store.post_of(entry.group_id or 0)
        channel, thread = where if where else (self.experts_channel, None)
        text = self._draft_text(entry)
        button = ButtonElement(
            text=PlainTextObject(text=self.messages.text("kb_approve")),
            action_id=APPROVE_ACTION,
            value=entry.id,
            style="primary",
        )
        blocks = [
            SectionBlock(text=MarkdownTextObject(text=text[:2900])).to_dict(),
            ActionsBlock(block_id=f"{ACTION_PREFIX}|kb|draft", elements=[button]).to_dict(),
        ]
        return Answer([post(Surface(channel, author, thread), text[:300], blocks)], None)

    def _draft_text(self, entry: TeamEntry) -> str:
        form = entry.form
        return self.messages.text(
            "kb_draft_post",
            author=f"<@{entry.author}>",
            group=entry.group_id,
            title=slack_escape(form.title),
            short=slack_escape(form.short),
            sources=slack_escape(" ; ".join(str(s) for s in form.sources)),
            confidence=form.confidence,
        )

    def approve(self, body: dict[str, Any]) -> Answer:
        """A lead approves the draft: the message loses its button, the askers are told."""
        user = user_of(body)
        channel = (body.get("channel") or {}).get("id") or self.experts_channel
        message = body.get("message") or {}
        if not self.is_lead(user):
            return Answer([self._private(user, channel, self.messages.text("kb_not_a_lead"))], None)
        entry_id = str((body.get("actions") or [{}])[0].get("value", ""))
        try:
            entry = self.team.loop.approve(entry_id, user, dt.date.today())
        except KbError as error:
            return Answer([self._private(user, channel, slack_escape(str(error)))], None)
        told = self.notices()
        done = self.messages.text(
            "kb_approved_post", lead=f"<@{user}>", entry=entry.id, told=len(told)
        )
        calls = list(told)
        if message.get("ts"):
            blocks = [
                SectionBlock(text=MarkdownTextObject(text=self._draft_text(entry)[:2900])),
                ContextBlock(elements=[MarkdownTextObject(text=f"✔ {done}")]),
            ]
            update = {"channel": channel, "ts": message["ts"], "text": done,
                      "blocks": [b.to_dict() for b in blocks]}  # fmt: skip
            calls.insert(0, {"method": "chat.update", "args": update})
        return Answer(calls, None)

    def tick(self) -> Answer:
        """Periodic (from housekeeping): posts and notices after CLI approvals, and reminds
        owners of entries past their review date (once per review period)."""
        calls = self.after_job()
        today = dt.date.today()
        by_owner: dict[str, list[TeamEntry]] = {}
        for entry in self.team.loop.due_for_review(today):
            if entry.reminded_on is None and entry.author[:1] in ("U", "W"):
                by_owner.setdefault(entry.author, []).append(entry)
        for owner, entries in by_owner.items():
            titles = "; ".join(f"{e.id} {slack_escape(e.form.title)}" for e in entries)
            calls.append(
                self._private(owner, None, self.messages.text("kb_review_due", entries=titles))
            )
            for entry in entries:
                self.store.change_entry(entry.number, ("approved",), reminded_on=today)
        return Answer(calls, None)

    def is_lead(self, user: str) -> bool:
        """E1399_KB_LEADS: user ids, or user group ids (S...) read at most every 5 minutes."""
        if user in self.leads:
            return True
        try:
            return user in self.lead_groups.current()
        except SlackBusy:  # no read yet and Slack is busy: not a lead until it answers
            return False

    def _private(self, user: str, channel: str | None, text: str) -> Call:
        """A private note: ephemeral in the channel, or in the user's DM when there is none."""
        if channel:
            return ephemeral(Surface(channel, user), text)
        return post(self.jobs.open_dm(user), text)

    def home_blocks(self, user: str) -> list[dict[str, Any]]:
        """The App Home section for leads: this week, drafts, due for review, top unanswered."""
        if not self.is_lead(user):
            return []
        from flows.team_report import report

        knowledge = self.team.knowledge.current()
        titles: dict[str, tuple[str, str]] = {e.id: (e.title, e.origin) for e in knowledge.entries}
        data = report(self.team.loop, titles, utcnow().date())
        week = data["weeks"][-1]
        lines = [
            self.messages.text("kb_home_header"),
            self.messages.text("kb_home_week", week=week["week_of"], **{
                k: week[k] for k in ("asked", "answered", "declined", "helpful", "unhelpful")}),
            self.messages.text("kb_home_drafts", drafts=", ".join(
                f"{d['entry_id']} {d['title']}" for d in data["drafts"]) or "-"),
            self.messages.text("kb_home_due", entries=", ".join(
                f"{d['entry_id']} {d['title']}" for d in data["due_for_review"]) or "-"),
            self.messages.text("kb_home_unanswered", groups="; ".join(
                f"{g['question']} ({g['count']}x)" for g in data["top_unanswered"][:5]) or "-"),
        ]  # fmt: skip
        blocks: list[Block] = [
            DividerBlock(),
            SectionBlock(text=MarkdownTextObject(text=escaped_sections("\n".join(lines))[0])),
        ]
        return [b.to_dict() for b in blocks]


def team_of(jobs: Jobs) -> TeamSlack:
    """The loop's Slack side for this worker's jobs."""
    if jobs.team_slack is None:
        jobs.team_slack = TeamSlack(jobs, jobs.experts_channel, jobs.kb_leads,
                                    jobs.kb_posts_per_hour)  # fmt: skip
    return jobs.team_slack


KB_HANDLERS = {
    "kb_answer_submitted": lambda jobs, body: team_of(jobs).answer_submitted(body),
    "kb_approve": lambda jobs, body: team_of(jobs).approve(body),
    "kb_tick": lambda jobs, body: team_of(jobs).tick(),
}
