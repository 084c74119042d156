"""Step handlers: what each kind of turn does to an intake, and what the bot says back.

The engine's turn loop calls `Steps.dispatch` with the intake already on the machine; handlers
move it with its triggers and return replies. Searches happen here, before a question is shown,
so the prompts that render it stay pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from transitions import MachineError

from flows.answers import field_and_value, fields_named_in, read_answer
from flows.asides import MAX_MESSAGE_CHARS, Asides
from flows.codes import NocAdvice
from flows.commands import Command
from flows.drops import Drops
from flows.field_questions import field_question
from flows.formats import clipped
from flows.history import PastOutcomes, record
from flows.intake import FINISHED_STATES, STEP_BY_NAME, STEPS, CodeChoice, Intake, Step
from flows.intake_claim import to_claim
from flows.models import Claim, Reply, Turn
from flows.parsing import InvalidAnswer, clean_text
from flows.ports import CodeSearch, ConversationStore, Knowledge, Outcome
from flows.prompts import Prompts
from flows.questions import looks_like_question
from flows.rating_or_answer import answer_then_question, may_rate, offers_rating, only_rates
from flows.said_beside import note_beside
from flows.team_served import TeamChat
from flows.text_checks import misplaced_text

MAX_FAILED_TRIES = 3


class Steps:
    """The handlers of every turn kind; one short method each."""

    def __init__(
        self,
        *,
        prompts: Prompts,
        store: ConversationStore,
        knowledge: Knowledge,
        outcome: Outcome,
        code_search: CodeSearch | None,
        today: Callable[[], dt.date],
        team: TeamChat | None = None,
        speaks_of_authorization: Callable[[str], bool] = lambda _text: False,
    ) -> None:
        self.prompts, self.store, self.knowledge = prompts, store, knowledge
        self.outcome, self.code_search, self.today = outcome, code_search, today
        self.team, self.rest_kept = team, speaks_of_authorization  # "..., PA approved" stays
        self.commands = prompts.messages.commands
        self.past = PastOutcomes(prompts, outcome, today)
        self.asides = Asides(prompts=prompts, knowledge=knowledge, code_search=code_search)
        self.drops = Drops(prompts, self.ask)
        # The surfaces call these directly too (a slash-command question, a PHI refusal).
        self.answer_question, self.code_reply = self.asides.answer_question, self.asides.code_reply
        self.search, self.phi_warning = self.asides.search, self.asides.phi_warning

    # -- routing --------------------------------------------------------------------------
    def dispatch(self, intake: Intake, turn: Turn) -> list[Reply]:
        """Routes one turn: a click, a command, an answer, or a question."""
        offered, intake.progress.rating_offered = intake.progress.rating_offered, False
        if turn.choice is not None:
            return self.on_choice(intake, turn)
        # Never run patterns over megabytes; patient identifiers were refused before this.
        text = clean_text((turn.text or "")[: MAX_MESSAGE_CHARS * 5])
        if intake.progress.confirming:
            return self.drops.on_reply(intake, text, lambda: self.dispatch(intake, turn))
        command = self.commands.parse(text)
        if command and command.name in ("helpful", "not_helpful") and self.team is not None:
            rated = self.team.rate_last(turn.conversation_key, command.name == "helpful")
            return [*rated, *self.ask(intake, with_progress=False)]
        if command and command.name == "intake" and intake.current_step is not None:
            return self.on_start_typed_mid_intake(intake, text)
        if command:
            return self.on_command(intake, command, turn.user_id)
        if intake.state == "idle":
            return self.answer_question(text)
        if intake.state in ("done", "advised_specific_code"):
            prompt = self.ask(intake, with_progress=False)  # its options are what it takes
            if intake.state == "done" and self.prompts.messages.means(text, "review", "confirm"):
                return [self.prompts.say("already_confirmed"), *prompt]  # a stray "confirm"
            said = self.asides.answer_at_step(text, intake.answers.answer_context(), prompt)
            return [*said, *prompt]
        if offered and may_rate(intake, text, self.prompts):  # a yes or no, and more?
            if only_rates(intake, text, self.prompts):  # "yes": it helped, or I have it?
                asked = self.prompts.say("rating_or_answer", typed=clipped(text, 40))
                return [asked, *self.ask(intake, with_progress=False)]
            taken = self.prompts.say("rating_or_answer_taken", typed=clipped(text, 40))
            return [taken, *self.dispatch(intake, turn)]
        if intake.state == "reviewing":
            return self.on_review_text(intake, text)
        return self.on_answer(intake, text)

    def on_choice(self, intake: Intake, turn: Turn) -> list[Reply]:
        """A picked option: a command (cmd:..., edit:...) or the answer to the current step."""
        choice, user = turn.choice or "", turn.user_id
        if choice.startswith("kb:") and self.team is not None:
            return [*self.team.on_choice(choice, user), *self.ask(intake, with_progress=False)]
        if choice.startswith("cmd:"):
            return self.on_command(intake, Command(choice.removeprefix("cmd:")), user)
        if choice.startswith("edit:"):  # "edit:acquisition:Rental" carries the new value
            field, _, value = choice.removeprefix("edit:").partition(":")
            if field not in STEP_BY_NAME:  # forged: never echo it
                return [self.prompts.say("didnt_get_that")]
            return self.edit(intake, f"{field} {value}".strip())
        if intake.state == "reviewing" and choice == "confirm":
            return self.confirm(intake)
        step = intake.current_step
        if step is None:
            return [self.prompts.say("didnt_get_that")]
        if turn.for_step and turn.for_step != step.name:
            return [self.prompts.say("stale_click"), *self.ask(intake)]
        options = self.prompts.options(intake, step)
        if choice not in {o.value for o in options}:
            invalid = self.prompts.say("invalid_choice", kind="error", count=len(options))
            return [invalid, *self.ask(intake)]
        return self.accept(intake, step, choice)

    def on_command(self, intake: Intake, command: Command, user_id: str) -> list[Reply]:
        """Runs a command typed or clicked; unknown ones get a friendly 'didn't get that'."""
        state, name = intake.state, command.name
        if name == "help":
            return self.help(intake)
        if name == "intake":
            if state in FINISHED_STATES:
                intake.started()
                return [self.prompts.say("intake_started"), *self.ask(intake)]
            where = self.prompts.where(state)  # at the review: nothing dropped, say so
            return [self.prompts.say("intake_already_open", step=where), *self.ask(intake)]
        if name == "status" or (name == "continue" and state == "idle"):
            if state == "idle":  # nothing to continue: the open intakes, as "status" says
                return self.prompts.open_intakes(self.store.open_intakes(user_id))
            return self.ask(intake)
        if name == "continue" and state == "advised_specific_code":
            intake.continued()
            said = self.prompts.say("continuing_with_code", code=intake.picked_code or "")
            return [said, *self.ask(intake)]
        if name == "confirm":
            return self.confirm(intake) if state == "reviewing" else self.ask(intake)
        if name in ("edit", "edit_menu"):
            return self.edit(intake, command.argument)
        if name == "codes":
            return self.codes(intake, command.argument)
        if name == "export":
            return self.export(intake, command.argument, user_id)
        if name == "history":
            return [self.past.listing(intake.history, user_id), *self.ask_if_open(intake)]
        handlers: dict[str, Callable[[Intake], list[Reply]]] = {
            "cancel": self.drops.cancel,
            "restart": self.drops.restart,
            "drop_confirmed": self.drops.drop,
            "keep": self.drops.keep,
            "back": self.go_back,
            "skip": self.skip,
            "continue": self.drops.carry_on,
        }
        return handlers[name](intake) if name in handlers else [self.prompts.say("didnt_get_that")]

    # -- answers --------------------------------------------------------------------------
    def on_answer(self, intake: Intake, text: str) -> list[Reply]:
        """Validates typed text for the current step: stored and on, or why not."""
        step = intake.current_step
        assert step is not None
        question = looks_like_question(text)
        options, messages = self.prompts.options(intake, step), self.prompts.messages
        offered = intake.progress.suggested.get(step.name)  # said earlier, offered here
        if offered is not None and messages.means(text, "review", "confirm"):  # "yes": that one
            return self.on_answer(intake, offered)
        split = answer_then_question(text, options, messages.reply_words, messages.label(step.name))
        if step.kind == "choice" and split:  # "no, can we still get her to sign one now?"
            said, asked = split  # both are heard: the question answered, the answer taken
            answered = self.answer_question(asked, intake.answers.answer_context())
            return [*answered, *self.on_answer(intake, said)]
        if (explained := field_question(intake, step, text, messages)) is not None:  # "qty?"
            return [explained, *self.ask(intake, with_progress=False)]
        if text.endswith("?") or (question and step.kind == "text"):  # not an answer
            return self.digress(intake, text)
        if (offer := self.prompts.correction_offer(intake, step, text)) is not None:
            return [offer, *self.ask(intake, with_progress=False)]  # "i meant medicaid"
        misplaced = misplaced_text(intake, step, text, self.prompts, self.code_search)
        if isinstance(misplaced, InvalidAnswer):
            return self.reject(intake, step, misplaced)
        if misplaced is not None:
            return [misplaced]
        try:
            said = messages.answer_part(step.name, text)
            understood = read_answer(step, said, self.today(), options, question=question,
                                     lead_ins=messages.lead_ins(step.name), kept=self.rest_kept,
                                     blank=messages.is_blank(said), hedges=messages.hedges,
                                     cues=messages.correction_cues)  # fmt: skip
        except InvalidAnswer as invalid:
            if question:
                return self.digress(intake, text)
            if messages.is_blank(text) and not step.optional:  # "idk" where an answer is needed
                unsure = f"unsure_{step.name}"
                return self.reject(intake, step, InvalidAnswer(unsure if messages.has(unsure)
                                                               else "unsure_required"))  # fmt: skip
            return self.reject(intake, step, invalid)
        beside = note_beside(intake, step, said, self.prompts, typed=text, taken=understood.value)
        replies = [*beside, *self.accept(intake, step, understood.value)]
        said_back = understood.loosely or understood.year_assumed or understood.planned
        if said_back and not (beside and step.name == "item_description"):  # said back with them
            replies.insert(0, self.prompts.understood(step, understood))
        return replies

    def on_start_typed_mid_intake(self, intake: Intake, text: str) -> list[Reply]:
        """ "new claim" typed into an open question: the answer when an option lists it (a claim
        status of "new claim" is Not submitted yet); else nothing is dropped and that is said."""
        step = intake.current_step
        assert step is not None
        options = self.prompts.options(intake, step)
        # Only an option that lists the phrase itself: "new claim" is no New purchase.
        typed = " ".join(text.lower().split()).strip(" .!")
        if step.kind in ("choice", "search") and any(
            typed in (word.lower() for word in option.words) for option in options
        ):
            return self.on_answer(intake, text)
        where = self.prompts.where(intake.state)
        return [self.prompts.say("intake_already_open", step=where), *self.ask(intake)]

    def on_review_text(self, intake: Intake, text: str) -> list[Reply]:
        """At the review: a yes confirms, a question is answered, anything else asks again."""
        if self.prompts.messages.means(text, "review", "confirm"):
            return self.confirm(intake)
        if looks_like_question(text):
            return self.digress(intake, text)
        named = fields_named_in(text, self.prompts.messages.field_for)
        if len(named) == 1:  # "the price is wrong": that answer is opened for a change
            return self.edit(intake, named[0])
        return [self.prompts.say("confirm_needed"), *self.ask(intake)]

    def reject(self, intake: Intake, step: Step, invalid: InvalidAnswer) -> list[Reply]:
        """Says why an answer does not fit; at the third try in a row, offers a way out (once:
        said again on every later try, it would bury the question)."""
        intake.progress.failed_tries += 1
        key = invalid.reason
        if self.prompts.messages.has(f"{key}_{step.name}"):  # the rental month is no quantity
            key = f"{key}_{step.name}"
        if step.kind == "search" and not intake.progress.code_candidates:  # DMECS not checked
            key = "code_check_not_checked"
        reason = self.prompts.say(key, kind="error", **invalid.fields)
        if intake.progress.failed_tries != MAX_FAILED_TRIES:
            return [reason, *self.ask(intake, with_progress=False)]
        # The way out is in words: numbers would collide with answers (a quantity of 2).
        skip = self.prompts.text("too_many_tries_skip") if step.optional else ""
        return [
            reason,
            self.prompts.say("too_many_tries", skip=skip),
            *self.ask(intake, with_progress=False),
        ]

    def accept(self, intake: Intake, step: Step, value: Any) -> list[Reply]:
        """Stores a valid answer and moves on: next step, next pending edit, or review."""
        # A specific code ends the NOC check whether or not an edit is under way.
        if step.kind == "search" and value != "none":
            intake.chose_specific_code(value=value)
            return [self.prompts.specific_code_advice(intake)]
        if intake.progress.editing:
            intake.revised(value=value)
            return self.continue_edits(intake, step)
        intake.answered(value=value)
        replies = self.ask(intake)
        if step.kind == "search":  # "none of these fit"
            described, offered = intake.answers.item_description, intake.progress.code_candidates
            replies[:0] = self.asides.likely_code_notes(described or "", offered)
        if step.name == "item_category" and self.code_search and not intake.picked_code:
            noc = self.noc_of(intake)
            said = self.prompts.say(
                "noc_code_for_item", code=noc.code, description=noc.description, why=noc.why
            )
            replies.insert(0, said)
        return replies

    def continue_edits(self, intake: Intake, edited: Step) -> list[Reply]:
        """After an edited answer: the next question the edit made necessary, else the review."""
        intake.forget_inapplicable()
        pending = set(intake.progress.pending_edits) | set(intake.steps_to_reask_after(edited))
        pending.discard(edited.name)
        ordered = [s.name for s in STEPS if s.name in pending and intake.step_applies(s)]
        intake.progress.pending_edits = ordered[1:]
        if ordered:
            intake.edit_requested(field=ordered[0])
            return self.ask(intake)
        intake.progress.editing = False
        return self.ask(intake)

    # -- commands -------------------------------------------------------------------------
    def help(self, intake: Intake) -> list[Reply]:
        """What can be typed here, then the current question again."""
        if intake.state in FINISHED_STATES:
            return [self.prompts.say("help_idle" if intake.state == "idle" else "help_done")]
        return [self.prompts.say("help_intake"), *self.ask(intake)]

    def skip(self, intake: Intake) -> list[Reply]:
        """Leaves an optional answer blank and moves on; required ones say they are needed."""
        step = intake.current_step
        if step is None:
            return [self.prompts.say("didnt_get_that")]
        if not step.optional:
            return [self.prompts.say("cannot_skip"), *self.ask(intake)]
        if intake.progress.editing:
            intake.revised(value=None)
            return self.continue_edits(intake, step)
        intake.skipped()
        said = "skipped_document" if step.name.startswith("doc_") else "skipped"
        return [self.prompts.say(said), *self.ask(intake)]

    def go_back(self, intake: Intake) -> list[Reply]:
        """Returns to the previous question that applies, keeping its answer."""
        if intake.state in ("idle", "done"):
            return [self.prompts.say("didnt_get_that")]
        try:
            moved = intake.went_back()
        except MachineError:
            moved = False
        if not moved:
            return [self.prompts.say("cannot_go_back"), *self.ask(intake)]
        intake.progress.failed_tries, intake.progress.shown_total = 0, None  # no "last answer"
        return self.ask(intake)

    def edit(self, intake: Intake, word: str) -> list[Reply]:
        """Re-asks one earlier answer (by name or alias); without a name, lists them."""
        if intake.state == "idle":
            return [self.prompts.say("edit_needs_intake")]
        if not word:
            return [self.prompts.edit_menu(intake)]
        messages = self.prompts.messages
        field, value = field_and_value(word, messages.field_for)
        step = STEP_BY_NAME.get(field or "")
        if step is None:
            fields = ", ".join(messages.label(s.name) for s in intake.applicable_steps())
            unknown = self.prompts.say(
                "unknown_field", kind="error", field=word[:40], fields=fields
            )
            return [unknown, *self.ask(intake, with_progress=False)]
        if not intake.step_applies(step):
            label = messages.label(step.name)
            not_asked = self.prompts.say("field_not_asked", kind="error", field=label)
            return [not_asked, *self.ask(intake, with_progress=False)]
        # In edit mode every answer is followed by the later steps still unanswered (so an edit
        # mid-intake loses nothing) and the ones depending on the edit, then the review.
        # An edit mid-intake comes back to the question it left, even one ahead of the edit.
        current = intake.current_step
        if current is not None and current.name not in intake.progress.pending_edits:
            intake.progress.pending_edits.append(current.name)
        intake.progress.editing = True
        intake.edit_requested(field=step.name)
        intake.progress.failed_tries = 0
        if value:  # "change the price to 500": answered in the same breath
            return self.on_answer(intake, value)
        return self.ask(intake)

    def confirm(self, intake: Intake) -> list[Reply]:
        """Finishes the intake and shows the outcome (after an edit, what changed)."""
        gap = intake.missing_required()
        if gap is not None:
            needed = self.prompts.say("still_needed", field=self.prompts.messages.label(gap.name))
            return [needed, *self.edit(intake, gap.name)]
        previous, claim = intake.progress.outcome, self.claim_of(intake)
        intake.confirmed()
        replies = self.outcome.replies(claim, self.today(), previous)
        intake.progress.outcome = (replies[-1].payload or {}).get("outcome")
        intake.history, intake.progress.history_number = record(
            intake.history, intake.progress.history_number, intake.owner, claim, self.today()
        )
        return replies

    def export(self, intake: Intake, number: str, user_id: str) -> list[Reply]:
        """An outcome as Markdown and JSON, ready to paste: number N of the history, else the
        finished intake (outside an intake, the latest one finished)."""
        if number:
            return [self.past.export(intake.history, user_id, number), *self.ask_if_open(intake)]
        if intake.state == "done":
            return [self.outcome.export(self.claim_of(intake), self.today())]
        if intake.state not in FINISHED_STATES:
            return [self.prompts.say("export_not_finished"), *self.ask(intake, with_progress=False)]
        latest = self.past.latest(intake.history, user_id)
        if latest is None:
            return [self.prompts.say("export_nothing")]
        return [self.past.export(intake.history, user_id, str(latest.number))]

    # -- questions ------------------------------------------------------------------------
    def digress(self, intake: Intake, question: str) -> list[Reply]:
        """Answers a question typed mid-intake, then asks the current step again."""
        answer = self.answer_question(question, intake.answers.answer_context())
        intake.progress.rating_offered = self.team is not None and offers_rating(answer)
        listed = self.asides.not_listed_twice(answer, self.codes_offered(intake))
        return [*listed, self.prompts.say("question_then_back"), *self.ask(intake)]

    def codes(self, intake: Intake, item: str) -> list[Reply]:
        """`codes ITEM`: the code search, then the open question again (if any)."""
        if not item or self.code_search is None:
            return [self.prompts.say("codes_needs_item"), *self.ask(intake, with_progress=False)]
        found = self.asides.codes_command(item)
        listed = self.asides.not_listed_twice(found, self.codes_offered(intake))
        return [*listed, *self.ask(intake, with_progress=False)]

    def codes_offered(self, intake: Intake) -> list[CodeChoice]:
        """The specific codes the open question offers as options (at the code check only)."""
        step = intake.current_step
        return intake.progress.code_candidates if step and step.kind == "search" else []

    # -- showing the next question --------------------------------------------------------
    def ask_if_open(self, intake: Intake) -> list[Reply]:
        """The open question again after an aside; nothing when no intake is under way."""
        return [] if intake.state in FINISHED_STATES else self.ask(intake, with_progress=False)

    def ask(self, intake: Intake, with_progress: bool = True) -> list[Reply]:
        """Gets the current question ready (searching codes if it needs them), then shows it."""
        while intake.current_step is not None and intake.current_step.name in intake.progress.noted:
            step = intake.current_step  # answered in passing: carry on to the next question
            intake.progress.noted.remove(step.name)
            intake.answered(value=intake.answer_of(step))
        self.search_codes_if_needed(intake)
        claim = self.claim_of(intake) if intake.state == "reviewing" else None
        replies = self.prompts.current(intake, with_progress, claim)
        if with_progress and intake.current_step is not None:
            intake.progress.shown_total = len(intake.expected_steps())
        return replies

    def search_codes_if_needed(self, intake: Intake) -> None:
        """Runs the code search for the item description once, when the code check is asked."""
        step, progress = intake.current_step, intake.progress
        description = intake.answers.item_description or ""
        if step is None or step.kind != "search" or self.code_search is None:
            return
        if progress.code_query != description:
            progress.code_candidates = self.search(description)
            progress.code_query, progress.code_fallback = description, self.noc_of(intake).code

    def noc_of(self, intake: Intake) -> NocAdvice:
        """The NOC code that fits this item and its category."""
        answers = intake.answers
        return self.asides.noc_for(answers.item_description or "", answers.item_category)

    def claim_of(self, intake: Intake) -> Claim:
        """The claim file of this intake; with no specific code, the category's NOC code."""
        none_fit = intake.answers.code_check == "none"
        reviewed = [c.code for c in intake.progress.code_candidates]  # shown, picked or not
        noc_code = None
        if none_fit and self.code_search is not None and intake.answers.item_category:
            noc_code = self.noc_of(intake).code
        return to_claim(intake.answers, reviewed, noc_code, self.prompts.messages.text)
