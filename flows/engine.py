"""The conversation engine: one entry point that turns a user's turn into the bot's replies.

Data flows one way: load the stored conversation, restore it on the shared machine, step it,
validate, save it (versioned), and hand plain Reply models back to whichever surface asked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from transitions import MachineError

from flows.codes import item_in_question
from flows.intake import (
    STEP_BY_NAME,
    STEP_BY_STATE,
    STEPS,
    Intake,
    IntakeAnswers,
    IntakeProgress,
    Step,
    build_machine,
    parse_answer,
    to_claim,
)
from flows.messages import Messages
from flows.models import Claim, Option, Reply, Turn
from flows.parsing import InvalidAnswer, clean_text
from flows.phi import PhiFindings, describe, scan
from flows.rules import DocumentRules
from flows.team_served import TeamChat

MAX_MESSAGE_CHARS = 2000
MAX_FAILED_TRIES = 3
SAVE_ATTEMPTS = 5


class StaleWrite(Exception):
    """Someone else saved the conversation since we loaded it."""


@dataclass
class StoredConversation:
    key: str
    user_id: str
    state: str
    data: dict[str, Any]
    version: int
    updated_at: dt.datetime | None = None


class ConversationStore(Protocol):
    def load(self, key: str) -> StoredConversation | None: ...

    def save(self, conversation: StoredConversation) -> int:
        """Writes if the stored version still equals conversation.version; returns the new one."""
        ...

    def open_intakes(self, user_id: str) -> list[StoredConversation]: ...


class Knowledge(Protocol):
    def reply_to(self, question: str) -> list[Reply]: ...


class Outcome(Protocol):
    """Builds the intake's payoff from the finished claim (checklist, narrative, follow-up)."""

    def replies(
        self, claim: Claim, today: dt.date, previous: dict[str, Any] | None
    ) -> list[Reply]: ...

    def summary(self, claim: Claim, today: dt.date) -> dict[str, Any]: ...

    def export(self, claim: Claim, today: dt.date) -> Reply: ...


class CodeSearch(Protocol):
    def candidates(self, description: str, limit: int) -> list[dict[str, Any]]: ...

    def noc_for(self, description: str, category: Any = None) -> Any: ...


_QUESTION_START = re.compile(
    r"^(what|what's|whats|how|when|where|why|who|which|can|could|is|are|should|would|will|may|"
    r"must|explain|tell me|any|(?:do|does|did)(?!\s+not\b))\b",
    re.IGNORECASE,
)
_START_WORDS = {"intake", "start", "start intake", "new intake", "new claim", "begin"}
_STATUS_WORDS = {"status", "where was i", "where was i?", "where am i", "where am i?"}
_RATING_WORDS = {"helpful": "helpful", "that helped": "helpful", "not helpful": "not_helpful",
                 "unhelpful": "not_helpful", "that didn't help": "not_helpful"}  # fmt: skip
_CONFIRM_WORDS = {"confirm", "yes", "y", "ok", "looks good", "correct", "done"}


def looks_like_question(text: str) -> bool:
    return text.endswith("?") or bool(_QUESTION_START.match(text))


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
        self.team = team  # the team knowledge base loop (flows/team_served.py), when wired
        self.knowledge, self.outcome, self.code_search = knowledge, outcome, code_search
        self.today = today
        self._machine = build_machine()
        self._machine_lock = threading.Lock()
        self._key_locks: dict[str, threading.Lock] = {}
        self._key_locks_guard = threading.Lock()

    # -- the entry point ------------------------------------------------------------------
    def handle(self, turn: Turn) -> list[Reply]:
        """Processes one turn and returns what the bot says back. Turns of one key run in order."""
        findings = scan(turn.text[: MAX_MESSAGE_CHARS * 5] + " " + (turn.choice or "")[:200])
        if findings:  # typed text and clicked values alike, before anything is loaded or saved
            return self.refusal(findings, turn.conversation_key)
        replies = self._handle(turn)
        if self.team is None or turn.choice is not None:
            return replies
        question = clean_text(turn.text[: MAX_MESSAGE_CHARS * 5])
        return self.team.after_answers(replies, question, turn.conversation_key, turn.user_id)

    def _handle(self, turn: Turn) -> list[Reply]:
        with self._lock_for(turn.conversation_key):
            for _attempt in range(SAVE_ATTEMPTS):
                stored = self.store.load(turn.conversation_key)
                replies, changed = self._run(stored, turn)
                if changed is None:
                    return replies
                try:
                    self.store.save(changed)
                    return replies
                except StaleWrite:
                    continue  # another worker moved this conversation on: redo on fresh state
            return [Reply(kind="error", text=self.messages.text("busy_retry"))] + self.where_am_i(
                turn.conversation_key
            )

    def where_am_i(self, key: str) -> list[Reply]:
        """The current question again, for `status` and after a reply failed to reach the user."""
        stored = self.store.load(key)
        if stored is None or stored.state == "idle":
            return [Reply(text=self.messages.text("status_none"))]
        intake = self._restore(stored)
        return self._prompt(intake)

    def accepts_click(self, key: str, user_id: str, for_step: str | None) -> bool:
        """Whether a click would be taken: by the intake's owner, on the current question."""
        stored = self.store.load(key)
        if stored is None or stored.state in ("idle", "done", "advised_specific_code"):
            return True
        if stored.user_id != user_id:
            return False
        step = STEP_BY_STATE.get(stored.state)
        return for_step is None or (step is not None and step.name == for_step)

    def _lock_for(self, key: str) -> threading.Lock:
        with self._key_locks_guard:
            return self._key_locks.setdefault(key, threading.Lock())

    def _restore(self, stored: StoredConversation | None) -> Intake:
        data = stored.data if stored else {}
        intake = Intake(
            IntakeAnswers.model_validate(data.get("answers", {})),
            IntakeProgress.model_validate(data.get("progress", {})),
            self.rules.is_needed,
        )
        intake.state = stored.state if stored else "idle"
        return intake

    def _run(
        self, stored: StoredConversation | None, turn: Turn
    ) -> tuple[list[Reply], StoredConversation | None]:
        """Steps the conversation on the shared machine; returns replies and what to save."""
        intake = self._restore(stored)
        before = self._snapshot(intake)
        owner = stored.user_id if stored else turn.user_id
        if intake.state not in ("idle", "done", "advised_specific_code"):
            if turn.user_id != owner:
                return self._not_yours(turn), None
        else:
            owner = turn.user_id  # a finished or empty conversation passes to whoever speaks
        if self._is_plain_question(intake, turn):
            replies = self._dispatch(intake, turn)  # cannot change state: no machine needed
        else:
            with self._machine_lock:
                self._machine.add_model(intake, initial=intake.state)
                try:
                    replies = self._dispatch(intake, turn)
                finally:
                    self._machine.remove_model(intake)
        if self._snapshot(intake) == before:
            return replies, None
        return replies, StoredConversation(
            key=turn.conversation_key,
            user_id=owner,
            state=intake.state,
            data=json.loads(self._data_json(intake)),
            version=stored.version if stored else 0,
        )

    def _is_plain_question(self, intake: Intake, turn: Turn) -> bool:
        """Text outside an intake that is not a command only gets an answer; skipping the
        machine for it saves the costliest part of a turn (add_model binds every state)."""
        if intake.state != "idle" or turn.choice is not None:
            return False
        return self._command_of(clean_text(turn.text[: MAX_MESSAGE_CHARS * 5]))[0] is None

    def _not_yours(self, turn: Turn) -> list[Reply]:
        """Someone else's intake: questions are answered, answers and clicks are not taken."""
        text = clean_text(turn.text)
        note = Reply(kind="warning", private=True, text=self.messages.text("not_your_intake"))
        if turn.choice is None and text and looks_like_question(text):
            return [note, *self._answer_question(text)]
        return [note]

    def _data_json(self, intake: Intake) -> str:
        return json.dumps(
            {
                "answers": intake.answers.model_dump(mode="json"),
                "progress": intake.progress.model_dump(mode="json"),
            }
        )

    def _snapshot(self, intake: Intake) -> tuple[str, str]:
        return intake.state, self._data_json(intake)

    # -- dispatch -------------------------------------------------------------------------
    def _dispatch(self, intake: Intake, turn: Turn) -> list[Reply]:
        if turn.choice is not None:
            return self._on_choice(intake, turn)
        raw = turn.text or ""
        if len(raw) > MAX_MESSAGE_CHARS * 5:
            raw = raw[: MAX_MESSAGE_CHARS * 5]  # never run patterns over megabytes
        text = clean_text(raw)
        command, argument = self._command_of(text)
        if command in ("helpful", "not_helpful") and self.team is not None:
            rated = self.team.rate_last(turn.conversation_key, command == "helpful")
            return [*rated, *self._prompt(intake, with_progress=False)]
        if command:
            return self._on_command(intake, command, argument, turn.user_id)
        if intake.state == "idle":
            return self._answer_question(text)
        if intake.state in ("done", "advised_specific_code"):
            return [*self._answer_question(text), *self._prompt(intake, with_progress=False)]
        if intake.state == "reviewing":
            if text.lower() in _CONFIRM_WORDS:
                return self._confirm(intake)
            if looks_like_question(text):
                return self._digress(intake, text)
            return [Reply(text=self.messages.text("confirm_needed")), *self._review(intake)]
        return self._on_answer(intake, text)

    def _command_of(self, text: str) -> tuple[str | None, str]:
        lowered = text.lower().strip(" .!")
        if lowered in ("help", "?", "commands"):
            return "help", ""
        if lowered in ("back", "go back", "previous"):
            return "back", ""
        if lowered in ("skip", "pass", "n/a"):
            return "skip", ""
        if lowered in ("cancel", "stop", "abort"):
            return "cancel", ""
        if lowered in ("restart", "start over"):
            return "restart", ""
        if lowered in _STATUS_WORDS:
            return "status", ""
        if lowered in _START_WORDS:
            return "intake", ""
        if lowered == "export":
            return "export", ""
        if lowered in _RATING_WORDS:
            return _RATING_WORDS[lowered], ""
        match = re.fullmatch(r"(?:edit|change|fix)(?:\s+(?:the\s+)?(.+))?", lowered)
        if match:
            return "edit", match.group(1) or ""
        return None, ""

    def _on_choice(self, intake: Intake, turn: Turn) -> list[Reply]:
        """A picked option: a command (cmd:..., edit:...) or the answer to the current step."""
        choice = turn.choice or ""
        if choice.startswith("kb:") and self.team is not None:
            return [*self.team.on_choice(choice), *self._prompt(intake, with_progress=False)]
        if choice.startswith("cmd:"):
            return self._on_command(intake, choice.removeprefix("cmd:"), "", turn.user_id)
        if choice.startswith("edit:"):
            if choice.removeprefix("edit:") not in STEP_BY_NAME:  # forged: never echo it
                return [Reply(text=self.messages.text("didnt_get_that"))]
            return self._on_command(intake, "edit", choice.removeprefix("edit:"), turn.user_id)
        if intake.state == "reviewing" and choice == "confirm":
            return self._confirm(intake)
        if intake.current_step is None:
            return [Reply(text=self.messages.text("didnt_get_that"))]
        if turn.for_step and turn.for_step != intake.current_step.name:
            return [Reply(text=self.messages.text("stale_click")), *self._prompt(intake)]
        options = self._options(intake, intake.current_step)
        if choice not in {o.value for o in options}:
            return [
                Reply(kind="error", text=self.messages.text("invalid_choice", count=len(options))),
                *self._prompt(intake),
            ]
        return self._accept(intake, intake.current_step, choice)

    def _on_command(self, intake: Intake, command: str, argument: str, user_id: str) -> list[Reply]:
        state = intake.state
        match command:
            case "help":
                finished = {"idle": "help_idle", "done": "help_done",
                            "advised_specific_code": "help_done"}  # fmt: skip
                replies = [Reply(text=self.messages.text(finished.get(state, "help_intake")))]
                return replies + (self._prompt(intake) if state not in finished else [])
            case "intake":
                if state in ("idle", "done", "advised_specific_code"):
                    intake.started()
                    return [Reply(text=self.messages.text("intake_started")), *self._prompt(intake)]
                return self._prompt(intake)
            case "status":
                if state == "idle":
                    return self.open_intakes(user_id)
                return self._prompt(intake)
            case "cancel":
                if state == "idle":
                    return [Reply(text=self.messages.text("nothing_to_cancel"))]
                intake.cancelled()
                return [Reply(text=self.messages.text("intake_cancelled"))]
            case "restart":
                if state == "idle":
                    intake.started()
                else:
                    intake.restarted()
                return [Reply(text=self.messages.text("intake_restarted")), *self._prompt(intake)]
            case "back":
                return self._go_back(intake)
            case "skip":
                return self._skip(intake)
            case "edit":
                return self._edit(intake, argument)
            case "edit_menu":
                return self._edit(intake, "")
            case "confirm":
                if state == "reviewing":
                    return self._confirm(intake)
                return self._prompt(intake)
            case "export":
                if state != "done":
                    return [Reply(text=self.messages.text("export_nothing"))]
                claim = self._claim_of(intake)
                return [self.outcome.export(claim, self.today())]
        return [Reply(text=self.messages.text("didnt_get_that"))]

    # -- answering a step -----------------------------------------------------------------
    def _on_answer(self, intake: Intake, text: str) -> list[Reply]:
        step = intake.current_step
        assert step is not None
        if text.endswith("?"):
            return self._digress(intake, text)
        try:
            value = parse_answer(
                step,
                text,
                self.today(),
                self._options(intake, step),
                question=looks_like_question(text),
            )
        except InvalidAnswer as invalid:
            if looks_like_question(text):
                return self._digress(intake, text)
            return self._reject(intake, step, invalid)
        return self._accept(intake, step, value)

    def _reject(self, intake: Intake, step: Step, invalid: InvalidAnswer) -> list[Reply]:
        intake.progress.failed_tries += 1
        reason = Reply(kind="error", text=self.messages.text(invalid.reason, **invalid.fields))
        if intake.progress.failed_tries < MAX_FAILED_TRIES:
            return [reason, *self._prompt(intake, with_progress=False)]
        recovery = [
            o for o in self.messages.options("recovery") if o.value != "skip" or step.optional
        ]
        options = [Option(value=f"cmd:{o.value}", label=o.label) for o in recovery]
        return [
            reason,
            Reply(kind="ask", text=self.messages.text("too_many_tries"), options=options),
        ]

    def _accept(self, intake: Intake, step: Step, value: Any) -> list[Reply]:
        """Stores a valid answer and moves on: next step, next pending edit, or review."""
        if intake.progress.editing:
            intake.revised(value=value)
            return self._continue_edits(intake, step)
        if step.kind == "search" and value != "none":
            intake.chose_specific_code(value=value)
            found = next((c for c in intake.progress.code_candidates if c["code"] == value), {})
            return [
                Reply(
                    text=self.messages.text(
                        "specific_code_advice", code=value, description=found.get("description", "")
                    )
                )
            ]
        intake.answered(value=value)
        replies = self._prompt(intake)
        if step.name == "item_category" and self.code_search is not None:
            noc = self._noc_of(intake)
            replies.insert(
                0,
                Reply(
                    text=self.messages.text(
                        "noc_code_for_item", code=noc.code, description=noc.description, why=noc.why
                    )
                ),
            )
        return replies

    def _noc_of(self, intake: Intake) -> Any:
        assert self.code_search is not None
        answers = intake.answers
        return self.code_search.noc_for(answers.item_description or "", answers.item_category)

    def _continue_edits(self, intake: Intake, edited: Step) -> list[Reply]:
        intake.forget_inapplicable()
        pending = set(intake.progress.pending_edits) | set(intake.steps_to_reask_after(edited))
        pending.discard(edited.name)
        ordered = [s.name for s in STEPS if s.name in pending and intake.step_applies(s)]
        intake.progress.pending_edits = ordered[1:]
        if ordered:
            intake.edit_requested(field=ordered[0])
            return self._prompt(intake)
        intake.progress.editing = False
        return self._review(intake)

    def _skip(self, intake: Intake) -> list[Reply]:
        step = intake.current_step
        if step is None:
            return [Reply(text=self.messages.text("didnt_get_that"))]
        if not step.optional:
            return [Reply(text=self.messages.text("cannot_skip")), *self._prompt(intake)]
        if intake.progress.editing:
            intake.revised(value=None)
            return self._continue_edits(intake, step)
        intake.skipped()
        return [Reply(text=self.messages.text("skipped")), *self._prompt(intake)]

    def _go_back(self, intake: Intake) -> list[Reply]:
        if intake.state in ("idle", "done"):
            return [Reply(text=self.messages.text("didnt_get_that"))]
        try:
            moved = intake.went_back()
        except MachineError:
            moved = False
        if not moved:
            return [Reply(text=self.messages.text("cannot_go_back")), *self._prompt(intake)]
        intake.progress.failed_tries = 0
        return self._prompt(intake)

    def _edit(self, intake: Intake, word: str) -> list[Reply]:
        if intake.state == "idle":
            return [Reply(text=self.messages.text("edit_needs_intake"))]
        if not word:
            return [self._edit_menu(intake)]
        field = self.messages.field_for(word)
        step = STEP_BY_NAME.get(field or "")
        if step is None:
            fields = ", ".join(s.name for s in intake.applicable_steps())
            return [
                Reply(
                    kind="error",
                    text=self.messages.text("unknown_field", field=word[:40], fields=fields),
                ),
                *self._prompt(intake, with_progress=False),
            ]
        if not intake.step_applies(step):
            return [
                Reply(
                    kind="error",
                    text=self.messages.text(
                        "field_not_asked", field=self.messages.label(step.name)
                    ),
                ),
                *self._prompt(intake, with_progress=False),
            ]
        # In edit mode every answer is followed by the later steps still unanswered (so an edit
        # mid-intake loses nothing) and the ones depending on the edit, then the review.
        intake.progress.editing = True
        intake.edit_requested(field=step.name)
        intake.progress.failed_tries = 0
        return self._prompt(intake)

    def _edit_menu(self, intake: Intake) -> Reply:
        options = [
            Option(value=f"edit:{s.name}", label=self.messages.label(s.name))
            for s in intake.applicable_steps()
        ]
        return Reply(kind="ask", text=self.messages.text("review_pick_field"), options=options)

    def _digress(self, intake: Intake, question: str) -> list[Reply]:
        """Answers a question typed mid-intake, then asks the current step again."""
        return [
            *self._answer_question(question),
            Reply(text=self.messages.text("question_then_back")),
            *self._prompt(intake),
        ]

    def _answer_question(self, question: str) -> list[Reply]:
        if not question:
            return [Reply(text=self.messages.text("empty_question"))]
        if len(question) > MAX_MESSAGE_CHARS:
            return [
                Reply(
                    kind="error",
                    text=self.messages.text(
                        "question_too_long", length=len(question), limit=MAX_MESSAGE_CHARS
                    ),
                )
            ]
        item = item_in_question(question)
        if item and self.code_search is not None:
            return self.code_reply(item)
        return self.knowledge.reply_to(question)

    def answer(self, question: str) -> list[Reply]:
        """Answers one question without touching any conversation (slash command, shortcut)."""
        findings = scan(question[: MAX_MESSAGE_CHARS * 5])
        if findings:
            return [self.phi_warning(findings)]
        return self._answer_question(clean_text(question))

    def phi_warning(self, findings: PhiFindings) -> Reply:
        """The private "use an internal reference" notice; what was typed is not kept."""
        text = self.messages.text("phi_warning", found=describe(findings, self.messages))
        return Reply(kind="warning", private=True, text=text)

    def refusal(self, findings: PhiFindings, key: str | None = None) -> list[Reply]:
        """The PHI warning and, in a conversation, its open question again; nothing is kept."""
        if key is None:
            return [self.phi_warning(findings)]
        intake = self._restore(self.store.load(key))
        return [self.phi_warning(findings), *self._prompt(intake, with_progress=False)]

    def code_reply(self, item: str) -> list[Reply]:
        """Specific codes that may fit an item, and the NOC code if none does."""
        assert self.code_search is not None
        findings = scan(item)
        if findings:
            return [self.phi_warning(findings)]
        found = self.code_search.candidates(item, limit=5)
        noc = self.code_search.noc_for(item)
        key = "code_search_header" if found else "code_search_none"
        lines = [self.messages.text(key, item=item)]
        for c in found:
            lines.append(
                self.messages.text("code_search_line", code=c["code"], description=c["description"])
            )
            if c.get("coverage_label"):
                lines.append(self.messages.text("code_coverage_line", label=c["coverage_label"]))
        lines.append(
            self.messages.text(
                "code_search_noc", code=noc.code, description=noc.description, why=noc.why
            )
        )
        payload = {"query": item, "candidates": found, "noc": noc.model_dump()}
        return [Reply(kind="answer", text="\n".join(lines), payload=payload)]

    # -- review and outcome ---------------------------------------------------------------
    def _review(self, intake: Intake) -> list[Reply]:
        lines = [self.messages.text("review_header")]
        for step in intake.applicable_steps():
            lines.append(
                self.messages.text(
                    "review_line",
                    label=self.messages.label(step.name),
                    value=self.display(intake, step),
                )
            )
        lines.append(self.messages.text("review_hint"))
        options = [
            Option(value=f"cmd:{o.value}" if o.value != "edit" else "cmd:edit_menu", label=o.label)
            for o in self.messages.options("review")
        ]
        claim = self._claim_of(intake)
        return [
            Reply(
                kind="ask",
                text="\n".join(lines),
                options=options,
                payload={"claim": claim.model_dump(mode="json")},
            )
        ]

    def _confirm(self, intake: Intake) -> list[Reply]:
        previous = intake.progress.outcome
        intake.confirmed()
        claim = self._claim_of(intake)
        today = self.today()
        replies = self.outcome.replies(claim, today, previous)
        intake.progress.outcome = (replies[-1].payload or {}).get("outcome")
        return replies

    def _claim_of(self, intake: Intake) -> Claim:
        """The claim file of this intake; with no specific code, the category's NOC code."""
        none_fit = intake.answers.code_check == "none"
        reviewed = [c["code"] for c in intake.progress.code_candidates] if none_fit else []
        noc_code = None
        if none_fit and self.code_search is not None and intake.answers.item_category:
            noc_code = self._noc_of(intake).code
        return to_claim(intake.answers, reviewed, noc_code)

    def display(self, intake: Intake, step: Step) -> str:
        """How an answer reads back to the biller in the review."""
        value = intake.answer_of(step)
        if value is None:
            return self.messages.text("not_answered")
        if step.name.startswith("doc_"):
            return self.messages.option_label("document_status", value)
        if step.kind == "choice":
            return self.messages.option_label(step.name, value)
        if step.kind == "search":
            return self.messages.option_label("code_check", value)
        if isinstance(value, dt.date):
            return value.strftime("%m/%d/%Y")
        if isinstance(value, Decimal):
            return f"${value:,.2f}"
        if isinstance(value, list):
            return " ".join(value)
        return str(value)

    # -- asking ---------------------------------------------------------------------------
    def _options(self, intake: Intake, step: Step) -> list[Option]:
        if step.name.startswith("doc_"):
            return self.messages.options("document_status")
        if step.kind == "search":
            return self._code_options(intake)
        if step.kind == "choice":
            return self.messages.options(step.name)
        return []

    def _code_options(self, intake: Intake) -> list[Option]:
        description = intake.answers.item_description or ""
        progress = intake.progress
        searched = progress.code_candidates and progress.code_candidates[0].get("query")
        if self.code_search is not None and searched != description:
            found = self.code_search.candidates(description, limit=5)
            progress.code_candidates = [{**c, "query": description} for c in found]
        options = [
            Option(value=c["code"], label=c["code"], description=c["description"])
            for c in progress.code_candidates
        ]
        return [*options, *self.messages.options("code_check")]

    def _prompt(self, intake: Intake, with_progress: bool = True) -> list[Reply]:
        """What the user should see to carry on from the current state."""
        if intake.state == "idle":
            return []
        if intake.state == "reviewing":
            return self._review(intake)
        if intake.state == "done":
            return [Reply(text=self.messages.text("help_done"))]
        if intake.state == "advised_specific_code":
            code = intake.answers.code_check or ""
            found = next((c for c in intake.progress.code_candidates if c["code"] == code), {})
            return [
                Reply(
                    text=self.messages.text(
                        "specific_code_advice", code=code, description=found.get("description", "")
                    )
                )
            ]
        step = STEP_BY_STATE[intake.state]
        options = self._options(intake, step)
        question = self.messages.text(f"ask_{step.name}")
        if step.kind == "search":
            key = "code_check_candidates" if len(options) > 1 else "code_check_no_candidates"
            question = self.messages.text(key, description=intake.answers.item_description or "")
            for c in intake.progress.code_candidates:
                if c.get("coverage_label"):
                    label = f"{c['code']}: {c['coverage_label']}"
                    question += "\n" + self.messages.text("code_coverage_line", label=label)
        lines = []
        if with_progress:
            applicable = intake.applicable_steps()
            position = applicable.index(step) + 1 if step in applicable else 1
            lines.append(self.messages.text("progress", position=position, total=len(applicable)))
        lines.append(question)
        return [
            Reply(
                kind="ask",
                text="\n".join(lines),
                options=options,
                payload={"step": step.name, "optional": step.optional},
            )
        ]

    def open_intakes(self, user_id: str) -> list[Reply]:
        """Lists the user's unfinished intakes (every surface, newest first)."""
        rows = self.store.open_intakes(user_id)
        if not rows:
            return [Reply(text=self.messages.text("status_none"))]
        lines = [self.messages.text("status_header")]
        for row in rows:
            step = STEP_BY_STATE.get(row.state)
            where = self.messages.label(step.name) if step else row.state.replace("_", " ")
            updated = row.updated_at.strftime("%Y-%m-%d %H:%M UTC") if row.updated_at else "?"
            lines.append(
                self.messages.text("status_line", where=row.key, step=where, updated=updated)
            )
        return [Reply(text="\n".join(lines), payload={"open_intakes": [r.key for r in rows]})]
