"""The conversation engine: one entry point that turns a user's turn into the bot's replies.

The turn loop is all that lives here: lock the conversation, load it, step it on the shared
machine (flows.steps decides what each turn does), save it (versioned) and hand plain Reply
models back to whichever surface asked. Surfaces use only the public methods below.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Callable

from flows.history import PastOutcome
from flows.intake import FINISHED_STATES, Intake, IntakeAnswers, IntakeProgress
from flows.machine import shared_machine
from flows.messages import Messages
from flows.models import Reply, Turn
from flows.parsing import clean_text
from flows.phi import PhiFindings, scan
from flows.ports import (
    CodeSearch,
    ConversationStore,
    Knowledge,
    Outcome,
    StaleWrite,
    StoredConversation,
)
from flows.prompts import Prompts
from flows.questions import looks_like_question
from flows.rules import DocumentRules
from flows.steps import MAX_MESSAGE_CHARS, Steps
from flows.team_served import TeamChat

__all__ = ["Engine", "StaleWrite", "StoredConversation", "looks_like_question"]

SAVE_ATTEMPTS = 5


class Engine:
    """Handles turns for every conversation, on one shared `transitions` machine."""

    def __init__(
        self,
        *,
        messages: Messages,
        rules: DocumentRules,
        store: ConversationStore,
        knowledge: Knowledge,
        outcome: Outcome,
        code_search: CodeSearch | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        team: TeamChat | None = None,
    ) -> None:
        self.messages, self.rules, self.store = messages, rules, store
        self.knowledge, self.outcome, self.code_search = knowledge, outcome, code_search
        self.today = today
        self.team = team  # the team knowledge base loop (flows/team_served.py), when wired
        self.prompts = Prompts(messages)
        self.steps = Steps(
            prompts=self.prompts,
            store=store,
            knowledge=knowledge,
            outcome=outcome,
            code_search=code_search,
            today=today,
            team=team,
            speaks_of_authorization=rules.speaks_of_authorization,
        )
        self._machine, self._machine_lock = shared_machine()
        self._key_locks: dict[str, threading.Lock] = {}
        self._key_locks_guard = threading.Lock()

    # -- the public API -------------------------------------------------------------------
    def handle(self, turn: Turn) -> list[Reply]:
        """Processes one turn and returns what the bot says back. Turns of one key run in order."""
        findings = scan(turn.text[: MAX_MESSAGE_CHARS * 5] + " " + (turn.choice or "")[:200])
        if findings:  # typed text and clicked values alike, before anything is loaded or saved
            return self.refusal(findings, turn.conversation_key)
        # The question is recorded under the conversation's lock, like a cancel's forgetting: a
        # cancel arriving meanwhile waits, so it never runs between the answer and the record.
        with self._lock_for(turn.conversation_key):
            replies = self._handle(turn)
            if self.team is None or turn.choice is not None:
                return replies
            question = clean_text(turn.text[: MAX_MESSAGE_CHARS * 5])
            return self.team.after_answers(replies, question, turn.conversation_key, turn.user_id)

    def _handle(self, turn: Turn) -> list[Reply]:
        """One turn, saved (called with the conversation's lock held)."""
        for _attempt in range(SAVE_ATTEMPTS):
            stored = self.store.load(turn.conversation_key)
            replies, changed, cancelled_since = self._run(stored, turn)
            if changed is None:
                return replies
            try:
                self.store.save(changed)
            except StaleWrite:
                continue  # another worker moved this conversation on: redo on fresh state
            if cancelled_since is not None and self.team is not None:
                # "nothing from it is kept": the questions asked during it go too, except
                # those a teammate has answered, which the reply then names
                kept = self.team.loop.forget_since(turn.conversation_key, cancelled_since)
                if kept:
                    key = "cancel_kept_one" if kept == 1 else "cancel_kept"
                    replies = [*replies, Reply(text=self.messages.text(key, count=kept))]
            return replies
        busy = Reply(kind="error", text=self.messages.text("busy_retry"))
        return [busy, *self.where_am_i(turn.conversation_key)]

    def where_am_i(self, key: str) -> list[Reply]:
        """The current question again, for `status`, a resumed chat, or a reply that was lost."""
        stored = self.store.load(key)
        if stored is None or stored.state == "idle":
            return [Reply(text=self.messages.text("status_none"))]
        return self.steps.ask(self._restore(stored))

    def resume(self, key: str) -> list[Reply]:
        """Welcome back to an open intake, naming its item, then the question it stopped at."""
        stored = self.store.load(key)
        if stored is None or stored.state in FINISHED_STATES:
            return []
        intake = self._restore(stored)
        item = intake.answers.item_description
        where = self.prompts.where(stored.state)
        said = (
            self.prompts.say("resume_item", item=item, step=where)
            if item
            else self.prompts.say("resume_no_item", step=where)
        )
        return [said, *self.steps.ask(intake)]

    def has_conversation(self, key: str) -> bool:
        """Whether anything is saved under this key (a chat resumes only then)."""
        return self.store.load(key) is not None

    def accepts_click(self, key: str, user_id: str, for_step: str | None, choice: str = "") -> bool:
        """Whether a click would be taken: by the intake's owner, on the current question, and
        feedback on an answer by whoever asked it."""
        if self.team is not None and not self.team.may_rate(choice, user_id):
            return False
        stored = self.store.load(key)
        if stored is None or stored.state == "idle":
            return True
        if stored.user_id != user_id:
            return False
        step = self._restore(stored).current_step
        return for_step is None or (step is not None and step.name == for_step)

    def answer(
        self, question: str, user_id: str | None = None, tell_at: str | None = None
    ) -> list[Reply]:
        """Answers one question without touching any conversation (slash command, shortcut);
        with `user_id` the team knowledge base records it, and `tell_at` (a key of the surface's)
        names where the asker is told once the team answers it (None: nowhere)."""
        findings = scan(question[: MAX_MESSAGE_CHARS * 5])
        if findings:
            return [self.steps.phi_warning(findings)]
        replies = self.steps.answer_question(clean_text(question))
        if self.team is not None and user_id is not None:
            return self.team.record_answers(replies, clean_text(question), user_id, tell_at)
        return replies

    def refusal(self, findings: PhiFindings, key: str | None = None) -> list[Reply]:
        """The PHI warning and, in a conversation, its open question again; nothing is kept."""
        if key is None:
            return [self.steps.phi_warning(findings)]
        intake = self._restore(self.store.load(key))
        return [self.steps.phi_warning(findings), *self.steps.ask(intake, with_progress=False)]

    def phi_warning(self, findings: PhiFindings) -> Reply:
        """The private "use an internal reference" notice (for surfaces with their own path)."""
        return self.steps.phi_warning(findings)

    def code_reply(self, item: str) -> list[Reply]:
        """`codes ITEM`: specific codes that may fit an item, and the NOC code if none does."""
        findings = scan(item)
        if findings:
            return [self.steps.phi_warning(findings)]
        return self.steps.asides.codes_command(item)

    def knows_word(self, word: str) -> bool:
        """Billing vocabulary: a word the knowledge base or the code book uses ("timley" and
        "hoyer" are, "frobnicate" is not)."""
        codes = self.code_search
        return self.knowledge.knows_word(word) or bool(codes and codes.reads_word(word))

    def names_something(self, text: str) -> bool:
        """A word the bot can answer about: an item, a code or a topic ("lift", "commode",
        "K0001", "ABN"), not a word that heads many topics ("claim") or none ("widget")."""
        words = re.findall(r"[a-z0-9]+", text.lower())
        return any(self.knows_word(w) and not self.knowledge.is_off_topic(w) for w in words)

    def open_intakes(self, user_id: str) -> list[Reply]:
        """Lists the user's unfinished intakes (every surface, newest first)."""
        return self.prompts.open_intakes(self.store.open_intakes(user_id))

    def open_intake_places(self, user_id: str) -> list[tuple[str, str]]:
        """(conversation key, where the intake stands in the biller's words), newest first."""
        return [
            (row.key, self.prompts.where(row.state)) for row in self.store.open_intakes(user_id)
        ]

    # -- the turn loop --------------------------------------------------------------------
    def _lock_for(self, key: str) -> threading.Lock:
        with self._key_locks_guard:
            return self._key_locks.setdefault(key, threading.Lock())

    def _restore(self, stored: StoredConversation | None) -> Intake:
        data = stored.data if stored else {}
        intake = Intake(
            IntakeAnswers.model_validate(data.get("answers", {})),
            IntakeProgress.model_validate(data.get("progress", {})),
            self.rules.is_needed,
            self.today(),
        )
        intake.state = stored.state if stored else "idle"
        intake.owner = stored.user_id if stored else ""
        intake.history = [PastOutcome.model_validate(p) for p in data.get("history", [])]
        return intake

    def _run(
        self, stored: StoredConversation | None, turn: Turn
    ) -> tuple[list[Reply], StoredConversation | None, dt.datetime | None]:
        """Steps the conversation on the shared machine; returns replies, what to save and, when
        the turn cancelled an intake, when that intake began."""
        intake = self._restore(stored)
        before = _snapshot(intake)
        owner = stored.user_id if stored else turn.user_id
        if intake.state != "idle":  # a finished intake stays its owner's too
            if turn.user_id != owner:
                return self._not_yours(turn), None, None
        else:
            owner = turn.user_id  # an empty or cancelled conversation passes to whoever speaks
        intake.owner = owner
        if self._is_plain_question(intake, turn):
            replies = self.steps.dispatch(intake, turn)  # cannot change state: no machine needed
        else:
            with self._machine_lock:
                self._machine.add_model(intake, initial=intake.state)
                try:
                    replies = self.steps.dispatch(intake, turn)
                finally:
                    self._machine.remove_model(intake)
        if _snapshot(intake) == before:
            return replies, None, None
        changed = StoredConversation(
            key=turn.conversation_key,
            user_id=owner,
            state=intake.state,
            data=json.loads(_data_json(intake)),
            version=stored.version if stored else 0,
        )
        return replies, changed, intake.cancelled_since

    def _is_plain_question(self, intake: Intake, turn: Turn) -> bool:
        """Text outside an intake that is not a command only gets an answer; skipping the
        machine for it saves the costliest part of a turn (add_model binds every trigger)."""
        if intake.state != "idle" or turn.choice is not None:
            return False
        return self.messages.commands.parse(clean_text(turn.text[: MAX_MESSAGE_CHARS * 5])) is None

    def _not_yours(self, turn: Turn) -> list[Reply]:
        """Someone else's intake: questions are answered, answers and clicks are not taken."""
        text = clean_text(turn.text)
        note = Reply(kind="warning", private=True, text=self.messages.text("not_your_intake"))
        if turn.choice is None and text and looks_like_question(text):
            return [note, *self.steps.answer_question(text)]
        return [note]


def _data_json(intake: Intake) -> str:
    return json.dumps(
        {
            "answers": intake.answers.model_dump(mode="json"),
            "progress": intake.progress.model_dump(mode="json"),
            "history": [past.model_dump(mode="json") for past in intake.history],
        }
    )


def _snapshot(intake: Intake) -> tuple[str, str]:
    return intake.state, _data_json(intake)
