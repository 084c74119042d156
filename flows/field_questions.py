"""A short question that only names a field ("units?", "qty?", "price?") typed at a step: the
biller asks what this question wants, so the step is explained, never sent to the knowledge
base (nor to the experts as a question it could not answer)."""

from __future__ import annotations

import re

from flows.answers import fields_named_in
from flows.intake import STEPS, Intake, Step
from flows.messages import Messages
from flows.models import Reply

MAX_WORDS = 5  # longer, it is a real question about the field ("is the price per unit?")


def field_question(intake: Intake, step: Step, text: str, messages: Messages) -> Reply | None:
    """What the open question asks, when `text` is a short question naming a field: this
    step's own ("qty?" at the quantity) or another's ("price?" at the quantity)."""
    if not text.rstrip().endswith("?"):
        return None
    words = re.findall(r"[a-z0-9#]+", text.lower())
    named = fields_named_in(text, messages.field_for)
    filler = set(messages.field_question_words)
    field_words = {w for w in words if messages.field_for(w) is not None}
    if len(named) != 1 or len(words) > MAX_WORDS or set(words) - filler - field_words:
        return None
    label = messages.label(step.name)
    if named[0] == step.name:
        return Reply(kind="say", text=messages.text("field_question_this", label=label))
    other = next((s for s in STEPS if s.name == named[0]), None)
    if other is None:
        return None
    later = STEPS.index(other) > STEPS.index(step) and intake.answer_of(other) is None
    key = "field_question_later" if later else "field_question_earlier"
    other_label = messages.label(other.name)
    return Reply(kind="say", text=messages.text(key, label=label, other=other_label))
