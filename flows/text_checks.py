"""Free text plainly meant for something else: the payer type or a state where the plan's name
is asked, a "yes" or "later" where a value is needed, a note or an option in place of the item.
Each is said back rather than stored."""

from __future__ import annotations

from flows.answers import non_answer_reason, not_a_plan_name
from flows.formats import clipped
from flows.intake import STEP_BY_NAME, Intake, Step
from flows.models import Reply
from flows.parsing import InvalidAnswer
from flows.prompts import Prompts

_NAMES = ("manufacturer", "model")  # names that no choice's words are


def misplaced_text(
    intake: Intake, step: Step, text: str, prompts: Prompts
) -> Reply | InvalidAnswer | None:
    """The plan's name asked again (a Reply), why the answer is refused, or None to read it."""
    messages = prompts.messages
    if step.name == "payer_name" and not intake.progress.editing:
        misread = not_a_plan_name(text, messages.not_plan_names, messages.payer_names_like_states)
        if misread is None and {"model", "unit_price"} & set(messages.details(text).offers):
            misread = "item", text  # "Whill Model Ci2 power assist, about 1,250": the item
        if misread is not None:  # a state the claim needs is kept for its own question
            kind, value = misread
            if kind == "state" and intake.step_applies(STEP_BY_NAME["beneficiary_state"]):
                intake.note_in_passing("beneficiary_state", value)
                kind = "noted_state"
            return prompts.plan_name_again(kind, value, typed=text)
    if step.kind == "text" and (why := non_answer_reason(step, text, messages.non_answers)):
        skip = prompts.text("invalid_non_answer_skip") if step.optional else ""
        label = messages.label(step.name)
        return InvalidAnswer(why, typed=clipped(text, 40), label=label, skip=skip)
    named = messages.option_named(text) if step.name in _NAMES else None
    if named is not None and named[0] != step.name:  # "rent" at the manufacturer question
        skip = prompts.text("invalid_non_answer_skip") if step.optional else ""
        field, label = messages.label(named[0]), messages.label(step.name)
        return InvalidAnswer("invalid_other_field_answer", typed=clipped(text, 40), field=field,
                             option=named[1], label=label, skip=skip)  # fmt: skip
    if step.name == "item_description" and messages.is_other_answer(text):
        return InvalidAnswer("invalid_description_option", typed=clipped(text, 40))
    if why := messages.why_not_answered(step.name, text):  # "tbd"; another document's "have"
        return InvalidAnswer(why, typed=clipped(text, 40))
    return None
