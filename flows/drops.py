"""Cancelling and restarting an intake: asked first whenever answers would be lost."""

from __future__ import annotations

from collections.abc import Callable

from flows.intake import Intake
from flows.models import Reply
from flows.prompts import Prompts


class Drops:
    """Cancel and restart, each confirmed before anything is dropped."""

    def __init__(self, prompts: Prompts, ask: Callable[..., list[Reply]]) -> None:
        self.prompts, self.ask = prompts, ask

    def cancel(self, intake: Intake) -> list[Reply]:
        """Asks before dropping the intake, saying what would be lost."""
        if intake.state == "idle":
            return [self.prompts.say("nothing_to_cancel")]
        intake.progress.confirming = "cancel"
        if not self.has_work(intake):
            return self.drop(intake)
        return [self.prompts.confirm_drop(intake, "cancel")]

    def restart(self, intake: Intake) -> list[Reply]:
        """Asks before starting over (when there is anything to lose), then starts over."""
        if intake.state == "idle":
            intake.started()
            return [self.prompts.say("intake_restarted"), *self.ask(intake)]
        intake.progress.confirming = "restart"
        if not self.has_work(intake):
            return self.drop(intake)
        return [self.prompts.confirm_drop(intake, "restart")]

    def has_work(self, intake: Intake) -> bool:
        """Whether dropping the intake would lose anything (an answer or a finished outcome)."""
        return bool(intake.progress.asked) or intake.state == "done"

    def on_reply(
        self, intake: Intake, text: str, as_usual: Callable[[], list[Reply]]
    ) -> list[Reply]:
        """The answer to "cancel this intake?": yes drops it, no keeps it, anything else is a
        normal turn (and the cancel is off)."""
        picked = self.prompts.messages.reads_as(text, "drop")
        if picked == "yes":
            return self.drop(intake)
        intake.progress.confirming = None
        if picked == "no":
            return self.keep(intake)
        return as_usual()

    def drop(self, intake: Intake) -> list[Reply]:
        """Cancels or restarts, as confirmed."""
        action, intake.progress.confirming = intake.progress.confirming, None
        if action == "cancel":
            intake.cancelled()
            return [self.prompts.say("intake_cancelled")]
        if action == "restart":
            intake.restarted()
            return [self.prompts.say("intake_restarted"), *self.ask(intake)]
        return [self.prompts.say("didnt_get_that"), *self.ask(intake)]

    def keep(self, intake: Intake) -> list[Reply]:
        """Keeps the intake as it is and asks the current question again."""
        intake.progress.confirming = None
        return [self.prompts.say("intake_kept"), *self.ask(intake, with_progress=False)]

    def carry_on(self, intake: Intake) -> list[Reply]:
        """ "continue" typed while a question is open: the question again, saying it waits for
        its answer (and how to pass an optional one)."""
        step = intake.current_step
        if step is None:
            return self.ask(intake)
        skip = self.prompts.text("continue_skip") if step.optional else ""
        return [self.prompts.say("continue_at_question", skip=skip), *self.ask(intake)]
