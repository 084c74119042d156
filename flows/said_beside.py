"""What an answer says beside its own question's value: a plan named with the payer type
("humana gold plus"), purchase or rental named with the item ("rental of a prone stander"),
or several details in one message. The first two are offered at their own question for the
biller to confirm; the rest is said not to be taken, so nothing is lost silently."""

from __future__ import annotations

import re

from flows.choices import named_option, read_choice
from flows.formats import clipped
from flows.intake import STEP_BY_NAME, STEPS, Intake, Step
from flows.models import Option, Reply
from flows.parsing import InvalidAnswer, read_denial_codes
from flows.prompts import Prompts

_PARTS = re.compile(r"[,;\n]")
_BRACKETED = re.compile(r"[(\[]([^()\[\]]+)[)\]]")
PLAN_NAME_WORDS = 6  # longer than this, a payer answer is a sentence, not a plan's name
# What an item answer may say of the line's acquisition: the purchase or rental kinds only.
OFFERED_ACQUISITIONS = ("new_purchase", "used_purchase", "rental")
# Where a detail may be typed beside the answer: "Drive, model 790", "1 @ 189.00 ea".
_DETAILED = ("text", "quantity", "money")
_PAYER_STEPS = ("payer_type", "payer_name")  # where a state's own program may be named
_RESTATED = ("quantity", "money")  # an earlier answer a later one may restate ("2 @ 45.00")


def note_beside(
    intake: Intake, step: Step, said: str, prompts: Prompts, typed: str = "", taken: object = None
) -> list[Reply]:
    """Keeps what `said` (the answer taken at `step`) offers for a later question, and says
    when it held details that were not taken; the details `typed` beside a description, a
    maker or a model (its model, price or count) are offered at their own questions, and a
    description `taken` is said back with them, once."""
    forget_suggested(intake, step)
    detailed = step.kind in _DETAILED
    noted = offer_details(intake, step, typed, prompts, taken) if detailed else []
    codes = offer_denial_codes(intake, step, typed or said, prompts, taken)
    parts = [part.strip() for part in _PARTS.split(said) if part.strip()]
    if codes:  # the codes are noted for their question, not said to be dropped
        noted += codes
        parts = [part for part in parts if read_denial_codes(part)[1]]
    later = {"payer_type": "payer_name", "item_description": "acquisition"}.get(step.name)
    intake.progress.suggested.pop(later or "", None)  # a new answer offers afresh
    bracketed = _BRACKETED.search(said) if step.name == "payer_type" else None
    if bracketed and (plan := _bracketed_plan(bracketed.group(1), prompts)):
        intake.progress.suggested["payer_name"] = plan  # "Medicare Advantage (a Humana plan)"
    elif step.name == "payer_type" and len(parts) == 1:
        words = re.findall(r"[a-z0-9]+", said.lower())
        carriers = [
            word
            for option in prompts.messages.options("payer_type")
            for word in option.fallback_words
        ]
        named = any(re.search(rf"\b{re.escape(c)}\b", said.lower()) for c in carriers)
        if named and len(words) <= PLAN_NAME_WORDS:  # "aetna medicare advantage PPO"
            intake.progress.suggested["payer_name"] = _plan_part(said, carriers, prompts)
    program = prompts.messages.state_program(said) if step.name in _PAYER_STEPS else None
    if intake.answers.payer_type not in (None, "medicaid"):
        program = None  # "Tufts Health Plan ..." on a commercial claim: no Medicaid program's
    if program and intake.answers.beneficiary_state is None:  # "medi-cal": CA, said once
        if step.name == "payer_type":
            intake.progress.suggested["payer_name"] = program[0]
        intake.note_in_passing("beneficiary_state", program[1])
        noted = [prompts.say("state_from_program", program=program[0], state=program[1])]
    if step.name == "item_description":
        picked = named_option(typed or said, prompts.messages.options("acquisition"))
        if picked in OFFERED_ACQUISITIONS:  # "rental of a pediatric prone stander"
            intake.progress.suggested["acquisition"] = picked
    if taken and prompts.messages.unsure_name(step.name, typed):  # "not sure, maybe Drive"
        label = prompts.messages.label(step.name)
        said_back = prompts.say("understood_unsure", value=str(taken), label=label,
                                typed=clipped(typed, 40))  # fmt: skip
        noted = [said_back, *noted]
    if noted and step.kind == "text":
        return noted
    if step.kind == "choice" and len(parts) > 1:  # "medicare, oregon, shower chair, $450"
        label = prompts.messages.label(step.name)
        rest = clipped(", ".join(parts[1:]), 80)  # said back, so nothing is dropped silently
        return [*noted, prompts.say("took_one_detail", label=label, rest=rest)]
    return noted


def offer_details(
    intake: Intake, step: Step, typed: str, prompts: Prompts, taken: object = None
) -> list[Reply]:
    """Offers each detail typed beside the answer (a maker, model, price or count) at its own
    question when that is still to come, and says which were noted; a maker answered is no
    longer repeated in the description ("..., Whill" once the maker is WHILL Inc)."""
    messages = prompts.messages
    if step.name == "manufacturer":
        _without_maker(intake, typed)
    noted: list[str] = []
    details = messages.details(typed)
    by_step = sorted(details.offers.items(), key=lambda fv: STEPS.index(STEP_BY_NAME[fv[0]]))
    differing: list[Reply] = []
    for field, value in by_step:
        later = STEP_BY_NAME[field]
        if field == step.name:
            continue
        if STEPS.index(later) < STEPS.index(step):  # "2 @ 45.00" at the price, quantity 1
            differing += _differing_offer(intake, later, value, prompts)
            continue
        if intake.answer_of(later) is None and intake.step_applies(later):
            _suggest(intake, field, value, step)
            shown = prompts.display_value(later, value)
            noted.append(f"{messages.label(field)} *{shown}*")
    if not noted:
        return differing
    if step.name == "item_description":  # the description taken is read back with them
        item = str(taken or details.item or typed)
        said = prompts.say("details_noted_item", item=clipped(item, 80), details=", ".join(noted))
        return [said, *differing]
    return [prompts.say("details_noted", details=", ".join(noted)), *differing]


def _differing_offer(intake: Intake, earlier: Step, value: str, prompts: Prompts) -> list[Reply]:
    """A count or price typed again beside a later answer that differs from the one given: the
    change is offered (by a click or `edit`), never made or dropped silently."""
    answer = intake.answer_of(earlier)
    if earlier.kind not in _RESTATED or answer is None or not intake.step_applies(earlier):
        return []
    shown, given = prompts.display_value(earlier, value), prompts.display_value(earlier, answer)
    if shown == given:
        return []
    field = prompts.messages.label(earlier.name)
    change = prompts.text("correction_change_to", field=field, value=shown)
    text = prompts.text("detail_differs", field=field, value=shown, answer=given,
                        command=f"edit {field} {value}", change=change)  # fmt: skip
    return [Reply(kind="say", text=text, options=[Option(value=f"edit:{earlier.name}:{value}",
                                                         label=change)])]  # fmt: skip


def offer_denial_codes(
    intake: Intake, step: Step, typed: str, prompts: Prompts, taken: object = None
) -> list[Reply]:
    """Denial codes typed beside another answer ("remit dated 10/20, CO-16 N350 MA130" at the
    determination date, "denied, CO-16 N350" at the claim status) are offered at the denial
    codes question when it will be asked, and said to be noted."""
    later = STEP_BY_NAME["denial_codes"]
    if step.kind == "codes" or STEPS.index(later) < STEPS.index(step):
        return []
    if intake.answer_of(later) is not None or not _asked_once_taken(intake, step, later, taken):
        return []
    codes = [code for code in read_denial_codes(typed)[0] if not code.isdigit()]  # no "10/20"
    if not codes:
        return []
    _suggest(intake, later.name, " ".join(codes), step)
    label = prompts.messages.label(later.name)
    return [prompts.say("details_noted", details=f"{label} *{' '.join(codes)}*")]


def _asked_once_taken(intake: Intake, step: Step, later: Step, taken: object) -> bool:
    """Whether `later` will be asked once `step` holds `taken`: the claim status being answered
    decides whether the denial codes are asked."""
    if step.name != "claim_status":
        return intake.step_applies(later)
    status = intake.answers.claim_status
    intake.answers.claim_status = taken  # type: ignore[assignment]
    try:
        return intake.step_applies(later)
    finally:
        intake.answers.claim_status = status


def forget_suggested(intake: Intake, step: Step) -> None:
    """A new answer at `step` replaces the old one, so the details the old one said
    for later questions still unanswered are no longer offered ("PR-204" typed with a date the
    biller then went back and retyped without it)."""
    progress = intake.progress
    for field, origin in list(progress.suggested_by.items()):
        if origin == step.name:
            del progress.suggested_by[field]
            if intake.answer_of(STEP_BY_NAME[field]) is None:
                progress.suggested.pop(field, None)


def _suggest(intake: Intake, field: str, value: str, origin: Step) -> None:
    """Keeps `value` to offer at `field`'s question, and which answer said it."""
    intake.progress.suggested[field] = value
    intake.progress.suggested_by[field] = origin.name


def _without_maker(intake: Intake, maker: str) -> None:
    """The description without a part that only names the maker just given."""
    description = intake.answers.item_description or ""
    names = set(re.findall(r"[a-z0-9]+", maker.lower()))
    parts = [part for part in description.split(", ") if part.strip()]
    kept = [p for p in parts if not set(re.findall(r"[a-z0-9]+", p.lower())) <= names]
    if names and kept and len(kept) < len(parts):
        intake.answers.item_description = ", ".join(kept)


def _bracketed_plan(inner: str, prompts: Prompts) -> str | None:
    """The plan's name in brackets beside the payer type ("it's a Humana Gold Plus plan" ->
    "Humana Gold Plus"), without the words before it and a closing "plan" after an article;
    None when the brackets hold no name (a payer type, a yes, a sentence)."""
    messages = prompts.messages
    openers = sorted(messages.plan_name_openers, key=len, reverse=True)
    pattern = "|".join(re.escape(opener) for opener in openers)
    opened = re.match(rf"\s*(?:{pattern})\b\s*", inner, re.I) if openers else None
    name = inner[opened.end() :] if opened else inner
    if opened and re.search(r"\b(?:a|an)\s*$", opened.group(0), re.I):
        name = re.sub(r"\s+plan\s*$", "", name, flags=re.I)  # "a Humana Gold Plus plan"
    name = name.strip(" .!,-:")
    words = name.split()
    if not words or len(words) > PLAN_NAME_WORDS or not any(c.isalpha() for c in name):
        return None
    known = messages.not_plan_names
    if messages.option_named(name) or any(
        name.lower() in map(str.lower, w) for w in known.values()
    ):
        return None
    return name


def _plan_part(said: str, carriers: list[str], prompts: Prompts) -> str:
    """The plan's name in an answer that opens with the payer type ("medicare advantge - humana
    gold plus" -> "humana gold plus"); a name holding a carrier's word stays whole ("aetna
    medicare advantage PPO")."""
    options = prompts.messages.options("payer_type")
    words = said.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size]).strip(" -:,/").lower()
        if not head or any(re.search(rf"\b{re.escape(c)}\b", head) for c in carriers):
            continue
        try:
            read_choice(head, options)
        except InvalidAnswer:
            continue
        rest = " ".join(words[size:]).strip(" -:,/.!")
        if rest:
            return rest
    return said.strip(" .!")
