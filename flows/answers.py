"""Reading what a biller typed for one intake step: the value, and whether it was read loosely
(from other words, a typo, units or a month and day alone) so the bot can say how it read it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, NamedTuple

from flows import parsing
from flows.answer_corrections import CORRECTED_KINDS, corrected_value
from flows.choices import parse_choice, read_choice
from flows.formats import clipped, us_date
from flows.intake import Step
from flows.labor_time import parse_minutes
from flows.models import PLANNED_LIMIT, Option, is_hcpcs_code

# A plan name never looks like these; a whole answer that does was meant for another question.
_DATE = re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}(\s*[/-]\s*\d{2,4})?|\d{4}-\d{2}-\d{2}")
_MONEY = re.compile(r"\$\s*[\d,]+(\.\d{1,2})?|[\d,]+\.\d{2}")
_DAY_FIRST = re.compile(r"(1[3-9]|2\d|3[01])\s*[/.-]\s*(0?[1-9]|1[0-2])\s*[/.-]\s*(\d{2}|\d{4})")
_MONTH_NAMES = rf"(?:{'|'.join(parsing.MONTH_WORDS)})\b\.?"
# A whole date among other words: "11/14/2026 CO-45", "Nov 14, 2026 CO-45".
_DATE_IN_TEXT = re.compile(
    rf"\b\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    re.IGNORECASE,
)
# A month and day among other words ("it was fixed 11/24", "the EOB came nov 20"); and a month
# and year ("delivered june 2019").
_SHORT_DATE_IN_TEXT = re.compile(
    rf"(?<![\d/.-])\d{{1,2}}\s*[/-]\s*\d{{1,2}}(?![\d/.-])"
    rf"|\b{_MONTH_NAMES}\s+\d{{1,2}}\b(?!\s*[,/]?\s*\d)",
    re.IGNORECASE,
)
_MONTH_IN_TEXT = re.compile(rf"\b{_MONTH_NAMES}\s+'?(?:\d{{4}}|\d{{2}})\b", re.IGNORECASE)
_HEDGED_KINDS = ("date", "month", "money", "quantity", "minutes", "state")
_NAMED_FIELDS = ("manufacturer", "model")  # a hedge left after the name is dropped
# A number, unless it is a price beside the count ("2 at $125 each").
_COUNT = re.compile(r"(?<![$\d.,])\d+(?![\d.,]*\s*(?:ea|each|per unit)\b)", re.IGNORECASE)
# Two-letter state codes that are also everyday words: read as a state only in capitals.
_WORDLIKE_STATES = {"ok", "in", "me", "or", "hi", "oh", "as", "pa", "ma", "de", "la", "al"}


def not_a_plan_name(
    text: str, not_names: dict[str, list[str]], payer_names: list[str]
) -> tuple[str, str] | None:
    """(kind, value) when the whole answer to "what is the plan's name?" is plainly something
    else: one of `not_names` (the payer type again, a yes), a state, a HCPCS code, a date, an
    amount or a number. A name with a state in it ("Ohio Medicaid", "Texas Children's Health
    Plan") is a name, and so are the `payer_names` that look like something else ("VA")."""
    typed = parsing.clean_text(text).strip(" .!")
    lowered = typed.lower()
    if lowered in {name.lower() for name in payer_names}:  # "VA" the payer, not Virginia
        return None
    for kind, words in not_names.items():
        if lowered in {word.lower() for word in words}:
            return kind, typed
    if not (len(typed) == 2 and typed.islower() and lowered in _WORDLIKE_STATES):
        try:
            return "state", parsing.parse_state(typed)
        except parsing.InvalidAnswer:
            pass
    if is_hcpcs_code(typed.upper()):
        return "hcpcs", typed.upper()
    for kind, pattern in (("date", _DATE), ("money", _MONEY), ("number", re.compile(r"\d+"))):
        if pattern.fullmatch(typed):
            return kind, typed
    if len(typed) < 2 or lowered in _WORDLIKE_STATES:  # "x", or "ok" typed as a word
        return "too_short", typed
    return None


def non_answer_reason(step: Step, text: str, non_answers: list[str]) -> str | None:
    """Why a free-text answer gives no value: it is a non-answer ("yes", "later", "same as
    before"), an amount or a date where a manufacturer or model belongs, or a number of one or
    two digits alone where the model belongs (a quantity typed a question early: "1")."""
    typed = " ".join(parsing.clean_text(text).lower().replace("'", "").split()).strip(" .!")
    if typed in {word.lower() for word in non_answers}:
        return "invalid_non_answer"
    if step.name == "model" and re.fullmatch(r"\d{1,2}", typed):
        return "invalid_model_count"
    amount_or_date = _MONEY.fullmatch(typed) or _DATE.fullmatch(typed)
    if step.name in ("manufacturer", "model") and amount_or_date is not None:
        return "invalid_non_answer"
    return None


def field_and_value(typed: str, field_for: Callable[[str], str | None]) -> tuple[str | None, str]:
    """What follows `edit`: the field, and a new value typed with it ("price to 500", "qty 2",
    "manufacturer is Invacare"); the field's name is the longest start that names one."""
    words = typed.split()
    for size in range(min(len(words), 4), 0, -1):
        field = field_for(" ".join(words[:size]))
        if field is not None:
            rest = " ".join(words[size:])
            return field, re.sub(r"^(?:to|is|=|:|->)\s+|^[=:]\s*", "", rest, flags=re.I).strip()
    return None, ""


def fields_named_in(text: str, field_for: Callable[[str], str | None]) -> list[str]:
    """The fields a sentence names ("the price is wrong" -> unit_price), longest names first."""
    words = re.findall(r"[a-z0-9#]+", text.lower())
    found: list[str] = []
    position = 0
    while position < len(words):
        size = next((n for n in (3, 2, 1) if position + n <= len(words)
                     and field_for(" ".join(words[position : position + n]))), 0)  # fmt: skip
        if size:
            field = field_for(" ".join(words[position : position + size]))
            if field is not None and field not in found:
                found.append(field)
        position += max(size, 1)
    return found


class Understood(NamedTuple):
    """A valid answer, and how it was read when that was not literally what was typed."""

    value: Any
    loosely: bool = False  # read from other words, a typo, a lead-in or units: say so
    year_assumed: bool = False  # a month and day alone: say which year was taken
    planned: bool = False  # a date of service after today: say it reads as a planned delivery
    estimated_from: str = ""  # a hedged date ("about 2 weeks ago"): a guess, said to be checked


def _nothing_kept(_rest: str) -> bool:
    return False


def read_answer(
    step: Step,
    text: str,
    today: dt.date,
    options: list[Option],
    *,
    question: bool = False,
    lead_ins: list[str] = [],  # noqa: B006 (never mutated)
    blank: bool = False,
    kept: Callable[[str], bool] = lambda _rest: False,
    hedges: list[str] = [],  # noqa: B006 (never mutated)
    cues: tuple[str, ...] = (),
) -> Understood:
    """Validates typed text for a step; raises parsing.InvalidAnswer with a reason key. Text that
    reads as a question is matched to a choice only by number, value or label; `blank` text
    ("n/a") leaves an optional answer empty (unless a choice has its own words for it); `kept`
    says when a run-on item description's rest belongs to it (strip_lead_in): "bath lift, PA
    approved" keeps the note the outcome reads, a model or a price keeps none. A value
    corrected within the answer ("$4,500 no wait 450": `cues`) is the one after the cue."""
    if step.kind in ("choice", "search"):
        # "no" or "n/a" leaves an optional choice blank, unless an option lists those words
        # itself: "no" is not the start of "not reasonable and necessary".
        if blank and step.optional and not _names_an_option(text, options):
            return Understood(None, loosely=True)
        value, loosely = read_choice(text, options, by_words=not question)
        return Understood(value, loosely)
    if blank and step.optional:
        return Understood(None, loosely=True)
    corrected = corrected_value(text, cues, step.kind) if step.kind in CORRECTED_KINDS else None
    if corrected is not None:  # said back: the first value was typed too
        return read_answer(step, corrected, today, options, lead_ins=lead_ins,
                           hedges=hedges)._replace(loosely=True)  # fmt: skip
    if step.name != "item_description":
        kept = _nothing_kept
    stripped = (parsing.strip_lead_in(text, lead_ins, kept) if lead_ins
                else parsing.clean_text(text))  # fmt: skip
    hedged = step.kind in _HEDGED_KINDS and _without_hedges(stripped, hedges) != stripped
    if hedged:  # "about 45 min", "oregon i think": the value, read back
        stripped = _without_hedges(stripped, hedges)
    if step.name in _NAMED_FIELDS:  # "Drive, i think": the name alone reaches the narrative
        stripped = _without_trailing_hedge(stripped, hedges)
    if hedged and step.kind == "quantity":  # "i think 12, maybe 10": which one?
        _one_number(stripped, text)
    trimmed = stripped != parsing.clean_text(text)
    if step.kind == "date":
        read = _read_day(step, stripped, today, trimmed)
        return (
            read._replace(estimated_from=clipped(parsing.clean_text(text), 40)) if hedged else read
        )
    if step.kind == "month":
        try:
            return Understood(parsing.parse_month(stripped, today), trimmed)
        except parsing.InvalidAnswer:  # a whole date ("03/14/2021"): its month is the answer
            day = _one_date_in(stripped, today)
            said = _MONTH_IN_TEXT.findall(stripped)  # "delivered june 2019"
            if day is None and len(said) == 1:
                return Understood(parsing.parse_month(said[0], today), loosely=True)
            if day is None:
                raise
            return Understood(f"{day.year:04d}-{day.month:02d}", loosely=True)
    value = parse_answer(step, stripped, today, options, question=question)
    if step.name == "item_description" and len(re.findall(r"[a-z]", value, re.I)) < 3:
        raise parsing.InvalidAnswer("invalid_description_short")  # "OH": meant for another question
    # "ok", "in" or "me" typed in lower case may be a word: the state read is said back.
    wordlike_state = step.kind == "state" and stripped.strip().lower() in _WORDLIKE_STATES
    typed_number = step.kind in ("quantity", "minutes") and stripped.strip() != str(value)
    worded_price = step.kind == "money" and re.search(r"[a-z]", stripped, re.I) is not None
    return Understood(value, trimmed or typed_number or worded_price or wordlike_state)


def _read_day(step: Step, text: str, today: dt.date, trimmed: bool) -> Understood:
    """A date; the date of service may be a planned delivery (read back as one, and no more
    than a year ahead: 12/15/2027 typed in 2026 is a slip of the year)."""
    allow_future = step.name == "date_of_service"
    try:
        day, assumed = parsing.read_date(text, today, allow_future=allow_future)
        relative = parsing.relative_date(text.lower(), today) is not None  # say which day
        # A two-digit year is said back too: a slip there moves the date by years.
        relative = relative or parsing.TWO_DIGIT_YEAR.fullmatch(text.strip()) is not None
    except parsing.InvalidAnswer as invalid:
        if invalid.reason != "invalid_date":
            raise
        day_first = _DAY_FIRST.fullmatch(text)
        if day_first:  # 14/03/2026: a day before the month
            first, month, year = day_first.groups()
            meant = f"{int(month):02d}/{int(first):02d}/{year}"
            raise parsing.InvalidAnswer("invalid_date_day_first", typed=text, meant=meant) from None
        found = _one_date_in(text, today, allow_future)  # "11/02/2026 delivered"
        if found is None:
            raise
        day, assumed, relative = found, False, True
    if allow_future and day > today + PLANNED_LIMIT:
        raise parsing.InvalidAnswer("invalid_date_far_future", date=us_date(day))
    return Understood(day, trimmed or relative, assumed, planned=allow_future and day > today)


def _one_date_in(text: str, today: dt.date, allow_future: bool = False) -> dt.date | None:
    """The text's one date, alone or among other words ("ERA dated 12/2", "the EOB came nov
    20"), if there is exactly one; a month and day alone is its latest year (read_date)."""
    try:
        return parsing.parse_date(text, today, allow_future=allow_future)
    except parsing.InvalidAnswer:
        pass
    found = _DATE_IN_TEXT.findall(text) or _SHORT_DATE_IN_TEXT.findall(text)
    if len(found) != 1:
        return None
    try:
        return parsing.parse_date(found[0], today, allow_future=allow_future)
    except parsing.InvalidAnswer:
        return None


def _without_hedges(text: str, hedges: list[str]) -> str:
    """The text without the words that hedge it ("oregon i think, OR" -> "oregon, OR")."""
    words = _hedge_words(hedges)
    value = text.replace("~", " ")
    if words:
        value = re.sub(rf"(?<!\w)(?:{words})\.?(?!\w)", " ", value, flags=re.IGNORECASE)
    value = re.sub(r"\s+,", ",", " ".join(value.split())).strip(" ,;")
    return value or text


def _hedge_words(hedges: list[str]) -> str:
    """The hedges as one alternation, longest first ("i think" before "think")."""
    return "|".join(re.escape(h) for h in sorted(hedges, key=len, reverse=True) if h != "~")


def _without_trailing_hedge(text: str, hedges: list[str]) -> str:
    """A name without the hedge clause after it ("Drive, i think" -> "Drive")."""
    words = _hedge_words(hedges)
    if not words:
        return text
    value = re.sub(rf"[\s,;:-]+(?:{words})[\s.!?]*$", "", text, flags=re.IGNORECASE).strip()
    return value or text


def _one_number(count: str, typed: str) -> None:
    """Refuses a hedged count that names two numbers ("i think 12, maybe 10"): neither is
    sure, so neither is taken."""
    numbers = list(dict.fromkeys(_COUNT.findall(count)))
    if len(numbers) > 1:
        raise parsing.InvalidAnswer(
            "invalid_two_numbers", typed=clipped(parsing.clean_text(typed), 40),
            first=numbers[0], second=numbers[1],
        )  # fmt: skip


def _names_an_option(text: str, options: list[Option]) -> bool:
    typed = " ".join(parsing.clean_text(text).lower().replace("'", "").split()).strip(" .!")
    return any(typed in {o.value, o.label.lower(), *o.words} for o in options)


def parse_answer(
    step: Step, text: str, today: dt.date, options: list[Option], *, question: bool = False
) -> Any:
    """Validates typed text for a step; raises parsing.InvalidAnswer with a reason key."""
    match step.kind:
        case "choice" | "search":
            return parse_choice(text, options, by_words=not question)
        case "text":
            return parsing.parse_free_text(text)
        case "reference":
            return parsing.parse_reference(text)
        case "date":  # a date of service may be a planned delivery
            return parsing.parse_date(text, today, allow_future=step.name == "date_of_service")
        case "month":
            return parsing.parse_month(text, today)
        case "money":
            return parsing.parse_money(text)
        case "quantity":
            return parsing.parse_quantity(text)
        case "minutes":
            return parse_minutes(text)
        case "state":
            return parsing.parse_state(text)
        case "hcpcs":
            return parsing.parse_hcpcs(text)
        case "codes":
            return parsing.parse_denial_codes(text)
    raise AssertionError(f"unknown step kind {step.kind}")
