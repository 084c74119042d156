"""Turns what a biller types into typed answers, or a named reason why it could not."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from flows.formats import AmbiguousComma, us_date, without_thousands_commas
from flows.models import (
    ADJUSTMENT_GROUPS,
    ANY_HCPCS_IN_TEXT,
    CLAIM_STATUS_CATEGORY,
    REJECTION_REPORT,
    US_STATE_NAMES,
    US_STATES,
    denial_code,
    is_hcpcs_code,
)

MAX_TEXT_CHARS = 200


class InvalidAnswer(ValueError):
    """The typed answer does not fit the step; `reason` is a message key, `fields` fill it."""

    def __init__(self, reason: str, **fields: object) -> None:
        super().__init__(reason)
        self.reason, self.fields = reason, fields


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def clean_text(text: str) -> str:
    """Normalises unicode, drops control characters and squeezes whitespace."""
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(_CONTROL.sub(" ", text).split())


def parse_free_text(text: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Free text (description, manufacturer, model): not empty, not a wall of text."""
    value = clean_text(text)
    if not value:
        raise InvalidAnswer("invalid_empty")
    if len(value) > max_chars:
        raise InvalidAnswer("invalid_too_long", limit=max_chars, length=len(value))
    if not any(ch.isalnum() for ch in value):
        raise InvalidAnswer("invalid_no_letters")
    return value


def parse_reference(text: str) -> str:
    """A number a payer issued (a prior authorization or TAR number): every one has a digit, so
    words ("approved by phone") were meant for something else. Payers' formats differ, so the
    shape asked is loose: five letters and digits or more ("1" or "00000" is a slip or a
    placeholder), and no word of four letters beside it ("approved 12345678")."""
    value = parse_free_text(text, max_chars=60).lstrip("#").strip()
    if not re.search(r"\d", value):
        raise InvalidAnswer("invalid_reference")
    if _DATE_LIKE.fullmatch(value) or value.startswith("$"):  # the approval's date or amount
        raise InvalidAnswer("invalid_reference_date")
    characters = re.sub(r"[^0-9a-z]", "", value.lower())
    if len(characters) < MIN_REFERENCE_CHARACTERS or len(set(characters)) == 1:
        raise InvalidAnswer("invalid_reference_shape", typed=value[:30])
    if re.search(r"(?<![\w-])[a-z]{4,}(?![\w-])", value, re.I):
        raise InvalidAnswer("invalid_reference_words")
    return value


MIN_REFERENCE_CHARACTERS = 5
_DATE_LIKE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")
_GROUP_THEN_REASON = re.compile(rf"\b({ADJUSTMENT_GROUPS})\s+([A-Z]?\d{{1,3}})\b", re.IGNORECASE)

_DATE_FORMATS = (
    "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%m-%d-%y", "%Y-%m-%d", "%Y/%m/%d", "%m.%d.%Y",
    "%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%m.%d.%y",
)  # fmt: skip


_MONTH_DAY = re.compile(
    r"(\d{1,2})\s*[/-]\s*(\d{1,2})|([a-z]{3})[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+([a-z]{3})[a-z]*\.?"
)
_WEEKDAYS = {name: number for number, name in enumerate(calendar.day_name)}
_DAYS_AGO = re.compile(r"(\d{1,3}|a|one|two|three|four|five|six)\s+(day|week)s?\s+ago")


# How far ahead a month and day alone may be read as a planned date of service.
PLANNED_WITHIN = dt.timedelta(days=90)


def parse_date(text: str, today: dt.date, *, allow_future: bool = False) -> dt.date:
    """US date forms (03/14/2026, 2026-03-14, Mar 14 2026); never in the future unless allowed."""
    return read_date(text, today, allow_future=allow_future)[0]


def read_date(text: str, today: dt.date, *, allow_future: bool = False) -> tuple[dt.date, bool]:
    """The date, and whether its year was assumed: a month and day alone (11/5, nov 5) is the
    latest such date not after today; where a future date is allowed, one in the next 90 days
    comes first (a delivery planned for 12/20, typed in late November, is this December's)."""
    value = clean_text(text).replace(",", " ").replace("  ", " ").rstrip(" .")
    value = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value, flags=re.IGNORECASE)
    value = re.sub(r"\b([a-z]{3,9})\.\s*", r"\1 ", value, flags=re.IGNORECASE)  # "Nov. 30"
    relative = relative_date(value.lower(), today)
    if relative is not None:
        if relative > today and not allow_future:
            raise InvalidAnswer("invalid_date_future", date=us_date(relative))
        return relative, False
    short = _MONTH_DAY.fullmatch(value.lower())
    if short:
        named = short.group(3) or short.group(6)
        month = MONTH_NUMBERS.get(named, 0) if named else int(short.group(1))
        day = int(short.group(2) or short.group(4) or short.group(5))
        candidates = []
        for year in (today.year + 1, today.year, today.year - 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            candidates.append(candidate)
        soon = [c for c in candidates if allow_future and today < c <= today + PLANNED_WITHIN]
        past = [c for c in candidates if c <= today]
        if not (soon or past):
            raise InvalidAnswer("invalid_date")
        return (soon[0] if soon else max(past)), True
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", value)
    if dotted and dotted.group(1) != dotted.group(2) and max(map(int, dotted.groups()[:2])) <= 12:
        # "1.12.2025" is 1 December in most places that write dots: ask rather than guess.
        first, second, year = (int(part) for part in dotted.groups())
        year += 2000 if year < 100 else 0
        month_first, day_first = dt.date(year, first, second), dt.date(year, second, first)
        possible = [d for d in (month_first, day_first) if allow_future or d <= today]
        if len(possible) == 1:  # the other reading is a future date of service
            return possible[0], False
        readings = {"month_first": us_date(month_first), "day_first": us_date(day_first)}
        raise InvalidAnswer("invalid_date_dotted", typed=value, **readings)
    return _full_date(value, today, allow_future), False


# "02/03/04": a two-digit year, read as 20xx.
TWO_DIGIT_YEAR = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{2}")


def relative_date(value: str, today: dt.date) -> dt.date | None:
    """Days named from today: today, yesterday, tomorrow, (last) friday, 3 days ago."""
    value = value.removeprefix("on ").strip()
    fixed = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if value in fixed:
        return today + dt.timedelta(days=fixed[value])
    last = value.startswith("last ")
    ahead = re.fullmatch(r"(?:next|this coming|coming)\s+(\w+)", value)
    weekday = _WEEKDAYS.get(ahead.group(1).capitalize()) if ahead else None
    if weekday is not None:  # "next friday": the first such day after today
        return today + dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)
    weekday = _WEEKDAYS.get(value.removeprefix("last ").strip().capitalize())
    if weekday is not None:  # the latest such day before today ("friday" may be today)
        back = (today.weekday() - weekday) % 7 or (7 if last else 0)
        return today - dt.timedelta(days=back)
    ago = _DAYS_AGO.fullmatch(value)
    if ago:
        count = _NUMBER_WORDS.get(ago.group(1), 1 if ago.group(1) == "a" else None)
        number = count if count is not None else int(ago.group(1))
        return today - dt.timedelta(days=number * (7 if ago.group(2) == "week" else 1))
    return None


def _full_date(value: str, today: dt.date, allow_future: bool) -> dt.date:
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(value, fmt.replace(",", "")).date()
        except ValueError:
            continue
        if parsed.year < 1990:
            raise InvalidAnswer("invalid_date_too_old")
        if not allow_future and parsed > today:
            raise InvalidAnswer("invalid_date_future", date=us_date(parsed))
        return parsed
    raise InvalidAnswer("invalid_date")


_PER_UNIT = re.compile(r"\s*(?:/|\bper\b|\ba\b)?\s*(?:ea|each|unit|pc|piece|item|apiece)\.?$")
_COUNT_AT = re.compile(r"^\d{1,3}\s*(?:@|at\b|x\b)\s*(?=\$?\s?\d)", re.I)
_CURRENCY_WORDS = re.compile(r"\s*\b(?:dollars?|usd|bucks)\.?$")


def parse_money(text: str) -> Decimal:
    """Dollar amounts such as $1,234.50, 1234.5, "1249.00 each" or "$89.50/ea"; positive, at
    most two decimals."""
    text = _COUNT_AT.sub("", clean_text(text))  # "2 @ 45.00 ea": the count has its own step
    value = _CURRENCY_WORDS.sub("", _PER_UNIT.sub("", text.lower()))
    value = value.replace("$", "").removeprefix("usd").strip()
    if "," in value and re.fullmatch(r"-?[\d,]*\.?\d*", value):
        try:
            value = without_thousands_commas(value)
        except AmbiguousComma as comma:
            if comma.guess:
                raise InvalidAnswer("invalid_money_comma", guess=comma.guess) from None
            raise InvalidAnswer("invalid_money") from None
    if re.fullmatch(r"\d{1,3}\.\d\d0", value):  # "$1.250": a point grouping thousands?
        small = Decimal(value).quantize(Decimal("0.01"))
        raise InvalidAnswer("invalid_money_point", grouped=f"{value.replace('.', ',')}.00",
                            small=f"{small}")  # fmt: skip
    if not re.fullmatch(r"-?\d+(\.\d+)?|-?\.\d+|\d+(\.\d+)?[eE]\d+", value):
        # One dollar amount among other words ("list price $1,249.00 per unit").
        # The amount must end there: "$1,25O" (a letter O for a zero) is not "$1".
        amounts = re.findall(
            r"\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w,]|\.\w)", text
        )
        if len(amounts) != 1:
            raise InvalidAnswer("invalid_money")
        value = amounts[0].replace(",", "")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidAnswer("invalid_money") from None
    if amount <= 0:
        raise InvalidAnswer("invalid_money_positive")
    # Size first: quantizing a 27-digit number overflows Decimal's precision.
    if amount >= Decimal("1000000"):
        raise InvalidAnswer("invalid_money_too_big")
    if amount != amount.quantize(Decimal("0.01")):
        raise InvalidAnswer("invalid_money_cents")
    return amount.quantize(Decimal("0.01"))


_NUMBER_WORDS = {
    word: number
    for words in (
        "zero one two three four five six seven eight nine ten eleven twelve",
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    )
    for number, word in enumerate(words.split())
}
# Units typed around a count: of items, of rental months, of labor minutes.
_UNIT_WORDS = r"(?:units?|ea|each|pcs?|pieces?|items?|qty|x|months?|mos?)"
# A time where a count of units is asked ("45 min"): minutes are not units, so the step asks
# (labor is billed per 15 minutes, and its time has its own question).
_MINUTES = re.compile(r"(\d{1,4})\s*(?:min|mins|minutes?)\.?")
# A price after the count in a run-on answer: "2 units at $125 each", "2 @ 125", "2, $480".
_PRICE_TAIL = re.compile(
    r"\s*(?:,|@|\bat\b|\bfor\b)\s*\$?\d[\d,.]*\s*(?:/?\s*(?:ea|each|per unit))?$"
)


def parse_quantity(text: str) -> int:
    """A whole number from 1 to 999, as typed ("2", "two", "1 unit", "1 ea", "qty 2", "x2",
    "3rd month"); a price after it ("2 units at $125 each") is left for its step."""
    typed = clean_text(text).lower().rstrip(".")
    # "1,5" or "1.5": a typo, a decimal or 15 units; never silently 1 (the tail rule below
    # would read ",5" as a price).
    if re.fullmatch(r"\d{1,3}[,.]\d{1,3}", typed):
        raise InvalidAnswer("invalid_quantity_decimal", typed=typed)
    value = _PRICE_TAIL.sub("", typed)
    if minutes := _MINUTES.fullmatch(value):
        raise InvalidAnswer("invalid_quantity_minutes", minutes=int(minutes.group(1)))
    value = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value)
    value = re.sub(r"^(?:just|only|a single|single)\s+|^#", "", value)
    value = re.sub(rf"^{_UNIT_WORDS}\.?\s*[:#=]?\s*|\s*{_UNIT_WORDS}$", "", value).strip()
    value = str(_NUMBER_WORDS.get(value, value))
    # "2 cushions": the count (but "2 hours" is not 2 minutes of labor).
    counted = re.fullmatch(r"(\d{1,3})\s+(?!hours?\b|hrs?\b)[a-z][a-z ]{0,40}", value)
    value = counted.group(1) if counted else value
    if not re.fullmatch(r"\d{1,6}", value):
        raise InvalidAnswer("invalid_quantity")
    number = int(value)
    if not 1 <= number <= 999:
        raise InvalidAnswer("invalid_quantity_range", number=number)
    return number


_STATE_NAMES = {name: code for code, name in US_STATE_NAMES.items()} | {"washington dc": "DC"}


def parse_state(text: str) -> str:
    """A US state or territory, as a 2-letter code or its name."""
    value = clean_text(text).strip(".").lower()
    if value.upper() in US_STATES:
        return value.upper()
    if value in _STATE_NAMES:
        return _STATE_NAMES[value]
    parts = {part.strip() for part in re.split(r"[,/]", value) if part.strip()}
    if len(parts) > 1:  # "oregon, OR": the name and its code, one state
        said = {parse_state(part) for part in parts}
        if len(said) == 1:
            return said.pop()
    raise InvalidAnswer("invalid_state")


def parse_hcpcs(text: str) -> str:
    """A HCPCS Level II code: one letter and four digits (E0601), alone or as the one code in
    a few words ("base is E0305")."""
    value = clean_text(text).upper().replace(" ", "")
    if is_hcpcs_code(value):
        return value
    named = set(ANY_HCPCS_IN_TEXT.findall(clean_text(text).upper()))
    if len(named) == 1 and is_hcpcs_code(next(iter(named))):
        return named.pop()
    raise InvalidAnswer("invalid_hcpcs")


def parse_denial_codes(text: str) -> list[str]:
    """Remittance codes as printed: group+CARC (CO-16) and RARCs (N350, MA130, M51), and a
    front-end rejection's claim status codes (A7:507) or the word 277CA."""
    codes, unread = read_denial_codes(text)
    if unread:
        raise InvalidAnswer("invalid_denial_code", token=unread[0][:20].upper())
    if not codes:
        raise InvalidAnswer("invalid_empty")
    if all(code.isdigit() for code in codes):  # "1": an option's number, or no group code
        raise InvalidAnswer("invalid_denial_code_bare", token=" ".join(codes)[:20])
    return codes


def read_denial_codes(text: str) -> tuple[list[str], list[str]]:
    """The codes `parse_denial_codes` reads in text, and its words that are no code, as typed."""
    # A group code typed apart from its reason code ("co 16") is one code, and so is a claim
    # status code spaced around its colon ("A7 : 507") or the report's name ("277 CA").
    joined = _GROUP_THEN_REASON.sub(r"\1-\2", clean_text(text))
    joined = _FRONT_END_SPACED.sub(lambda m: "".join(m.group(0).split()), joined)
    codes: list[str] = []
    unread: list[str] = []
    for token in (t for t in re.split(r"[\s,;/]+", joined) if t):
        code = denial_code(token)
        if code is None:
            unread.append(token)
        elif code not in codes:
            codes.append(code)
    return codes[:20], unread


_FRONT_END_SPACED = re.compile(
    rf"\b{CLAIM_STATUS_CATEGORY}\s*:\s*\d{{1,4}}\b|\b{REJECTION_REPORT}\b", re.IGNORECASE
)


_OTHER_FIELDS = re.compile(
    r"\$|@|\bqty\b|\bunits?\b|\bprice\b|\bea(ch)?\b|\bper\b|\bmodel\b|\bmdl\b"
    r"|(?:^|,)\s*x\s*\d{1,3}\s*(?:,|$)",  # a count ("x2"), not a size ("18 x 18")
    re.I,
)
LIST_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")  # not the one in $1,249
# Where a run-on answer typed without a comma turns to another field ("Drive model 790").
_NEXT_FIELD = re.compile(r"\s+(?=(?:model|mdl|qty|quantity)\b)", re.I)


def strip_lead_in(
    text: str, lead_ins: list[str], kept: Callable[[str], bool] = lambda _rest: False
) -> str:
    """An answer without the words naming its field ("mfr is Clarke" -> "Clarke", "model 790"
    -> "790"); a run-on answer keeps its first part when the rest names other fields
    ("TB-200, qty 2, $480", "MK6i, x2", "Drive Medical model 790"), unless `kept` says the rest
    belongs to the answer."""
    value = clean_text(text)
    first, *rest = LIST_COMMA.split(value, maxsplit=1)
    if rest and _OTHER_FIELDS.search(rest[0]) and not kept(rest[0]):
        value = first.strip()
    stripped = _without_lead_in(value, lead_ins)
    parts = _NEXT_FIELD.split(stripped, maxsplit=1)
    if len(parts) == 2 and re.search(r"\d", parts[1]):  # "TB-200, qty 2, PA approved": TB-200
        return _without_lead_in(parts[0].strip().rstrip(",;").rstrip(), lead_ins)
    return stripped


def _without_lead_in(value: str, lead_ins: list[str]) -> str:
    for phrase in sorted(lead_ins, key=len, reverse=True):
        # The field's name must be followed by "is", "was" or a mark, or by one word holding a
        # digit ("auth 88-1290"), so "Plan 9 Health" and "PA-55102" stay as typed.
        lead = rf"(?:the\s+)?{re.escape(phrase)}"
        match = re.fullmatch(rf"{lead}\s*(?:(?:is|was)\s|[=:#]|-\s)\s*(.+)", value, re.I)
        match = match or re.fullmatch(rf"{lead}\s+(\S*\d\S*)", value, re.I)
        if match:
            return match.group(1)
    return value


MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}  # "jan": 1
# Every way a month is spelled in full or short ("january", "jan", "sept"), longest first.
MONTH_WORDS = sorted(
    {*MONTH_NUMBERS, *(m.lower() for m in calendar.month_name if m), "sept"}, key=len, reverse=True
)


def parse_month(text: str, today: dt.date) -> str:
    """A month and year (06/2019, 2019-06, June 2019, June of 2019, Jun 19) as YYYY-MM; not in
    the future."""
    value = re.sub(r"\s+of\s+", " ", clean_text(text).lower().replace(",", " "))  # "june of 2019"
    numeric = re.fullmatch(r"(\d{1,2})\s*[/-]\s*(\d{2}|\d{4})|(\d{4})\s*[/-]\s*(\d{1,2})", value)
    named = re.fullmatch(r"([a-z]{3})[a-z]*\.?\s+'?(\d{2}|\d{4})", value)
    if numeric:
        month = int(numeric.group(1) or numeric.group(4))
        year = int(numeric.group(2) or numeric.group(3))
    elif named and named.group(1) in MONTH_NUMBERS:
        month, year = MONTH_NUMBERS[named.group(1)], int(named.group(2))
    else:
        raise InvalidAnswer("invalid_month")
    year += 2000 if year < 100 else 0
    if not 1 <= month <= 12:
        raise InvalidAnswer("invalid_month")
    if year < 1990 or (year, month) > (today.year, today.month):
        raise InvalidAnswer("invalid_month_range")
    return f"{year:04d}-{month:02d}"
