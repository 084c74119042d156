"""Free text plainly meant for something else: the payer type or a state where the plan's name
is asked, a "yes" or "later" where a value is needed, a note or an option in place of the item.
Each is said back rather than stored."""

from __future__ import annotations

import re

from flows.answers import non_answer_reason, not_a_plan_name
from flows.formats import clipped
from flows.intake import STEP_BY_NAME, Intake, Step
from flows.messages import Messages
from flows.models import Reply
from flows.parsing import InvalidAnswer
from flows.ports import CodeSearch
from flows.prompts import Prompts
from flows.said_beside import offer_details

_NAMES = ("manufacturer", "model")  # names that no choice's words are
ITEM_SCORE = 0.4  # a plan's name the code search reads this well names an item instead


def misplaced_text(
    intake: Intake, step: Step, text: str, prompts: Prompts, codes: CodeSearch | None = None
) -> Reply | InvalidAnswer | None:
    """The plan's name asked again (a Reply), why the answer is refused, or None to read it."""
    messages = prompts.messages
    if step.name == "payer_name" and not intake.progress.editing:
        misread = not_a_plan_name(text, messages.not_plan_names, messages.payer_names_like_states)
        if misread is None and {"model", "unit_price"} & set(messages.details(text).offers):
            misread = "item", text  # "Whill Model Ci2 power assist, about 1,250": the item
        elif misread is None and codes is not None and _names_an_item(text, codes, messages):
            misread = "named_item", text  # "Tilt-in-space shower commode chair"
        if misread is not None and misread[0] in ("item", "named_item"):
            item_step = STEP_BY_NAME["item_description"]  # offered when the item is asked
            if intake.answer_of(item_step) is None:
                intake.progress.suggested[item_step.name] = messages.details(text).item or text
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
    if step.name in _NAMES and (priced := _only_price_or_count(intake, step, text, prompts)):
        return priced  # "2 @ 45.00 ea" typed a question early: no model, kept for later
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


def _names_an_item(text: str, codes: CodeSearch, messages: Messages) -> bool:
    """Whether a plan's name reads as an item instead: words in lower case, none that plans'
    names carry (`plan_name_words`, the carriers), and a code's descriptor reads it well."""
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    # A name is one word or capitalised ("Travelers", "Liberty Mutual"); an item has words
    # typed in lower case ("shower commode chair").
    plain = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.islower()]
    if len(words) < 2 or not plain or words & messages.plan_words:
        return False
    if not codes.names_an_item(text):
        return False
    found = codes.search(text, limit=3)
    return bool(found) and max(c.score for c in found) >= ITEM_SCORE


# What a price or a count is typed with, and nothing else: "total $90 for 2", "$45 x 2".
_PRICE_TALK = re.compile(
    r"\$\s?[\d,]+(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?|[@x()/~.,:-]"
    r"|\b(?:total|for|each|ea|at|per|unit|units|qty|msrp|price|pl|list|cost|a|the|is)\b",
    re.I,
)


def _only_price_or_count(
    intake: Intake, step: Step, text: str, prompts: Prompts
) -> InvalidAnswer | None:
    """Why an answer that is only a price or a count ("2 @ 45.00 ea", "$1,240.00 (MSRP
    $1,500)", "total $90 for 2") is no maker or model; the ones that read plainly are kept for
    their own questions, and said to be."""
    if "$" not in text and not re.search(r"\d\.\d\d\b|@", text):
        return None  # a number alone may be a model ("790"): its own check says so
    if _PRICE_TALK.sub(" ", text).strip():
        return None  # "Drive 790 $45": a name is there too
    offers = prompts.messages.details(text).offers
    offer_details(intake, step, text, prompts)  # each kept for its question, when still due
    said_by = intake.progress.suggested_by
    noted = [f for f in offers if said_by.get(f) == step.name]
    for field in noted:  # said by no answer: the model given next does not replace them
        del said_by[field]
    noted = [f"{prompts.messages.label(f)} *{_shown(prompts, f, offers[f])}*" for f in noted]
    kept = prompts.text("invalid_name_price_noted", details=", ".join(noted)) if noted else ""
    skip = prompts.text("invalid_non_answer_skip") if step.optional else ""
    label = prompts.messages.label(step.name)
    return InvalidAnswer("invalid_name_price", typed=clipped(text, 40), label=label, kept=kept,
                         skip=skip)  # fmt: skip


def _shown(prompts: Prompts, field: str, value: str) -> str:
    return prompts.display_value(STEP_BY_NAME[field], value)
