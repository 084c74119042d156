"""Reads back values typed one character at a time or spelled in words, for the PHI guard
(flows/phi.py): "6 1 4 . 5 5 5 . 0 1 7 7", "mbi nine c r six t p ...", "dob nine twelve
forty-four", and digits typed with look-alike letters ("6l8-30-4472", "4O2")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER = (
    {word: str(i) for i, word in enumerate(_UNITS)}
    | {word: str(10 + i) for i, word in enumerate(_TEENS)}
    | {word: str(20 + 10 * i) for i, word in enumerate(_TENS)}
    | {"oh": "0", "o": "0", "fourty": "40"}
    # Spanish, read out on a voicemail or by an interpreter: "siete, H, R, dos".
    | {
        w: str(i)
        for i, w in enumerate("cero uno dos tres cuatro cinco seis siete ocho nueve".split())
    }
)
# The phonetic alphabet, for an MBI read out over the phone ("three kilo tango seven ...").
_PHONETIC = {
    word: word[0].upper()
    for word in "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo "
    "lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray x-ray "
    "yankee zulu".split()
} | {"x ray": "X"}
PHONETIC_WORDS = frozenset(_PHONETIC)
# "x-ray" and "x ray" are one word of the phonetic alphabet, not the letter x and a word.
_TOKEN = re.compile(r"\d+|[Xx][- ][Rr][Aa][Yy]\b|[A-Za-z]+|[^\sA-Za-z\d]")
_SEPARATORS = frozenset("-.,/") | {"dash", "hyphen"}  # "one two three dash four five ..."


@dataclass(frozen=True)
class SpelledRun:
    """Characters typed or spelled one after another with only separators between them."""

    start: int
    end: int
    groups: tuple[str, ...]  # as typed: ("9", "12", "44"), ("5", "K", "T", ...), ("614",)
    spelled: bool  # at least one group was a word ("nine") or all were single characters

    @property
    def chars(self) -> str:
        return "".join(self.groups)


def spelled_runs(text: str, letters: bool = False) -> Iterator[SpelledRun]:
    """Each run of at least three numbers (digits or number words) and, with `letters`, single
    letters ("five k t two"). "forty-four" and "forty four" are one number, 44."""
    groups: list[str] = []
    start = end = 0
    worded = False
    tens_open = False  # the last group was a tens word that a unit may complete
    for token in _TOKEN.finditer(text):
        word = token.group()
        lower = word.lower()
        value: str | None = None
        if word.isdigit():
            value = word
        elif lower in _NUMBER:
            value = _NUMBER[lower]
        elif letters and len(word) == 1 and word.isalpha():
            value = word.upper()
        elif letters and lower in _PHONETIC:
            value = _PHONETIC[lower]
        elif lower in _SEPARATORS and groups:
            continue
        if value is None:
            if len(groups) >= 3:
                yield _run(start, end, groups, worded)
            groups, worded, tens_open = [], False, False
            continue
        if tens_open and lower in _UNITS[1:]:
            groups[-1] = groups[-1][0] + value  # "forty one": 41
            tens_open = False
        else:
            if not groups:
                start = token.start()
            groups.append(value)
            tens_open = lower in _TENS
        worded = worded or not word.isdigit()
        end = token.end()
    if len(groups) >= 3:
        yield _run(start, end, groups, worded)


@lru_cache(maxsize=16)
def spelled_values(text: str, letters: bool = False) -> tuple[SpelledRun, ...]:
    """The text's values typed one character at a time or spelled (several kinds read them)."""
    return tuple(run for run in spelled_runs(text, letters) if run.spelled)


def _run(start: int, end: int, groups: list[str], worded: bool) -> SpelledRun:
    one_by_one = all(len(group) == 1 for group in groups)
    return SpelledRun(start, end, tuple(groups), worded or one_by_one)


def spelled_date(groups: tuple[str, ...]) -> bool:
    """Whether the numbers read as a full date: month, day and year as three numbers ("9 12
    44"), or one digit at a time (mmddyyyy, mmddyy, yyyymmdd)."""
    if len(groups) == 3 and all(group.isdigit() for group in groups):
        orders = [groups, (groups[1], groups[0], groups[2]), (groups[1], groups[2], groups[0])]
        return any(_is_date(*order) for order in orders)
    digits = "".join(groups)
    if not digits.isdigit():
        return False
    if len(digits) == 8:
        return _is_date(digits[:2], digits[2:4], digits[4:]) or _is_date(
            digits[4:6], digits[6:], digits[:4]
        )
    return len(digits) == 6 and _is_date(digits[:2], digits[2:4], digits[4:])


def _is_date(month: str, day: str, year: str) -> bool:
    if len(year) not in (2, 4) or len(month) > 2 or len(day) > 2:
        return False
    full_year = int(year) if len(year) == 4 else 1900 + int(year)
    try:
        dt.date(full_year, int(month), int(day))
    except ValueError:
        return False
    return 1900 <= full_year <= 2030


# Digits with look-alike letters: "6l8-30-4472", "4O2-l8-3391", "4O1-5S-2263". Each group holds a
# real digit and the number at least four, so "O2", "lo" and model names with other letters
# stay as they are.
_PIECE = r"[lILioO|SB]*\d[0-9lILioO|SB]*"
_LOOKALIKE_NUMBER = re.compile(rf"(?<![A-Za-z0-9]){_PIECE}(?:[-. ]{_PIECE})*(?![A-Za-z0-9])")
_AS_DIGIT = str.maketrans("lILi|oOSB", "111110058")
# A short number with one look-alike letter glued between or after its digits, as OCR reads a
# house number ("1O4 Heron Bay Rd", "7l4 Fernwood Ave"): two real digits at least.
_GLUED_LOOKALIKE = re.compile(r"(?<![A-Za-z0-9])\d+[lIoO]\d*(?![A-Za-z0-9])")


def fold_lookalike_digits(text: str) -> str:
    """The text with l, I, L, i, | read as 1, o, O as 0, S as 5 and B as 8 inside numbers (same
    length), as a fax's OCR misreads them ("4O1-5S-2263", "7l4 Fernwood Ave")."""

    def fold(number: re.Match[str]) -> str:
        value = number.group()
        real = sum(ch.isdigit() for ch in value)
        return value.translate(_AS_DIGIT) if real >= 4 and real > len(value) // 2 else value

    def fold_glued(number: re.Match[str]) -> str:
        value = number.group()
        return value.translate(_AS_DIGIT) if sum(ch.isdigit() for ch in value) >= 2 else value

    return _GLUED_LOOKALIKE.sub(fold_glued, _LOOKALIKE_NUMBER.sub(fold, text))
