"""The PHI guard's birth-date check (flows/phi.py): a date after a birth word or label ("DOB
(per daughter) 5/16/44", "6/14/1944 is the dob on the card"), right after a "Last, First" name,
older than any date of service, masked in part, spelled out or in another language; not a
colleague's birthday. The words are content's (content/rules/phi.yaml)."""

from __future__ import annotations

import re

from flows.phi_birth import (
    RECENT_YEAR,
    age_on_date,
    birth_label_before,
    birth_without_cue,
    birth_word_after,
    birth_word_before,
    has_old_year,
    machine_date,
    old_date_alone,
    old_full_date,
    recent_after_billing_cue,
    team_birthday,
)
from flows.phi_context import any_match as _any
from flows.phi_context import billing_number, cue_before, cue_near
from flows.phi_last_first import LAST_FIRST_BEFORE, has_last_first
from flows.phi_rules import Rules
from flows.phi_shapes import (
    CALENDAR_DATE,
    CALENDAR_HINT,
    DATE,
    EXCEL_SERIAL,
    MASKED_DATE,
    MONTH_AFTER_CUE,
    MONTH_DAY,
    SPELLED_DATE,
    SPELLED_DATE_NEEDS,
    WORDED_DATE,
)
from flows.phi_spelled import SpelledRun, spelled_date
from flows.phi_spelled import spelled_values as _runs

_DIGIT = re.compile(r"\d")


# The year first with spaces, as a form's boxes are copied ("DOB 1939 03 03"): after a birth
# word only, where a date of service never stands.
_YEAR_FIRST_SPACED = re.compile(r"(?<![\d/.-])(?:19|20)\d\d (\d{1,2}) (\d{1,2})(?![\d/-]|\.\d)")


def _month_day(match: re.Match[str]) -> bool:
    return 1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31


def has_dob(rules: Rules, text: str) -> bool:
    """A birth date however it is written: after a birth word or label, right after a "Last,
    First" name, older than any date of service, spelled out, masked, in another language."""

    def month_after_cue(match: re.Match[str]) -> bool:
        return cue_before(rules, "dob", text, match.start(), reach=40)

    def spelled(match: re.Match[str]) -> bool:  # "dob: twelfth of may nineteen forty"
        return bool(SPELLED_DATE_NEEDS.search(match.group() + " ")) and month_after_cue(match)

    def keep(match: re.Match[str]) -> bool:
        if month_after_cue(match) or birth_label_before(rules, text, match.start()):
            return not recent_after_billing_cue(rules, text, match)
        if old_full_date(match.group(), RECENT_YEAR) and cue is not None:
            return True  # "date of birth on the order doesn't match, order says 8/15/1950"
        if old_date_alone(rules, text, match):
            return True  # "Dupree Lavinia 03-02-1941": no date of service is that old
        if birth_word_before(rules, text, match.start(), date=match.group()) or birth_word_after(
            rules, text, match.end(), match.group()
        ):
            return True  # "DOB (per daughter) 5/16/44", "6/14/1944 is the dob on the card"
        # Right after a "Last, First" name: "Doe, Jane 03/14/1950", "Okafor, Ngozi J. 7/19/46".
        before = text[max(0, match.start() - 40) : match.start()]
        pair = LAST_FIRST_BEFORE.search(before)  # also past a phrase's comma: "re X, DOE, JANE"
        tails = (before, before[pair.start() :]) if pair else ()
        return any(has_last_first(rules.names, tail, loose=True) for tail in tails)

    def masked(match: re.Match[str]) -> bool:  # "DOB 03/**/1941": a part hidden, the rest shown
        """Some part masked, and the day or the month shown: the year alone is no identifier."""
        day_month = re.split(r"[/.-]", match.group())[:2]
        return any(ch in "*#xX?" for ch in match.group()) and any(map(str.isdigit, day_month))

    def one_by_one(run: SpelledRun) -> bool:  # "dob nine twelve forty-four", "1 9 4 4 - 0 9"
        return spelled_date(run.groups) and cue_near(rules, "dob", text, run.start, words=4)

    def worded(match: re.Match[str]) -> bool:  # "gebore 21 Junie 1938": any month's name
        near = cue_near(rules, "dob", text, match.start(), words=3)
        return near or birth_label_before(rules, text, match.start())  # "aso fanau o lo'u tamā:"

    def serial(match: re.Match[str]) -> bool:  # "DOB column came out as 15042": a spreadsheet's
        near = cue_near(rules, "dob", text, match.start(), words=5)
        return near and not billing_number(rules, text, match.start())

    if rules.dob_after_date.search(text):
        return True  # "1943年3月7日生まれ", "1941년 3월 7일생": the birth word after the date
    cue = rules.cue["dob"].search(text)
    if cue is None:
        # With no birth word, only a date right after a "Last, First" name is one, a full date
        # older than any date of service, or the day an old age is reached ("he turns 80 on 1/15").
        return birth_without_cue(rules, text) or (
            ("," in text or has_old_year(text))
            and _DIGIT.search(text) is not None
            and _any(DATE, text, keep)
        )
    if team_birthday(rules, text, cue.start()):
        return False  # "my son was born 5/2/2019", "Marcus's birthday is 11/14, lunch at noon"
    # Every shape of DATE has a digit: most messages have none and skip its long pattern.
    return (
        age_on_date(rules, text)
        or _any(MONTH_DAY, text, lambda m: birth_word_before(rules, text, m.start()))
        or (_DIGIT.search(text) is not None and _any(DATE, text, keep))
        or _any(_YEAR_FIRST_SPACED, text, lambda m: _month_day(m) and keep(m))
        or (CALENDAR_HINT.search(text) is not None and _any(CALENDAR_DATE, text, keep))
        or _any(MASKED_DATE, text, lambda m: masked(m) and month_after_cue(m))
        or _any(MONTH_AFTER_CUE, text, month_after_cue)
        or (_DIGIT.search(text) is not None and _any(WORDED_DATE, text, worded))
        or (_DIGIT.search(text) is not None and _any(EXCEL_SERIAL, text, serial))
        or (_DIGIT.search(text) is not None and machine_date(rules, text))  # "DOB julian 1941078"
        or (SPELLED_DATE_NEEDS.search(text) is not None and _any(SPELLED_DATE, text, spelled))
        or any(map(one_by_one, _runs(text)))
    )
