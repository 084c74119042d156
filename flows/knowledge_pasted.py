"""Claim text pasted into a question, read for what it is rather than for its words: an 837
segment's free text (SV1*HC:E1399:::::SHOWER TROLLEY*650*UN*1~, NTE*ADD*ACME MDL 4 PL $189.00~)
and a quoted all-capitals draft of a description or narrative ('ADJ LEG WEDGE, MFR ACME MDL 4,
PL $189.00'). Their words name
the item, which is not what the biller asks about (its length, where it goes, what it must
hold); `pasted_text` in rules/knowledge.yaml says which words stand for them. A case set aside
before the question ("besides X, ...") and one state's program named only to compare with
("... like Maryland Medicaid does?") are left out the same way. A beneficiary's town named
without its state ("Baton Rouge bene") is read with the state's name beside it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from pydantic import BaseModel

from flows.last_answer import LastAnswer
from flows.models import ANY_HCPCS_IN_TEXT, US_STATE_NAMES
from flows.question_parts import DOCTOR_NAMED, QUOTED

# A segment: its id, then elements split by "*", ending at "~", the line's end or a dash or
# arrow set apart by spaces, after which the biller's question goes on ("...PL $42.00 — good?").
_SEGMENT = re.compile(r"\b([A-Z][A-Z0-9]{1,2})\*((?:(?!\s+(?:[—–]|--?|<-+)\s)[^~\n'\"])*)~?")
# A code in a quoted draft: a narrative names the base item's HCPCS code and keeps it; a line
# quoting several codes is a remittance line, not a draft.
_CODE = re.compile(r"\b[A-Z]{1,2}-?\d{2,4}\b")
# A list's numbering ("1) ohio 2) new mexico", "(3)", a line opening "2. "): where each part
# starts, not a word of the question; read as the numbers 1, 2, 3 it drew entries quoting
# dollar amounts.
_LIST_NUMBER = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}\)(?=\s)|(?:^|(?<=\n))\s*\d{1,2}\.(?=\s)")
# What the asker sets aside before the question ("besides 'not medically necessary', are there
# other situations ..."): the case they already know, not the one they ask about; its words drew
# the entry about the case set aside.
_SET_ASIDE = re.compile(
    r"^\s*(?:besides|apart from|aside from|other than)\b[^,?\n]{1,60},\s*", re.IGNORECASE
)
POSTAL = {name: code for code, name in US_STATE_NAMES.items()}
DRAFT_WORDS = 3  # a quoted draft has at least this many words
DRAFT_CAPITALS = 0.8  # and at least this share of its letters are capitals


class PastedText(BaseModel):
    """`pasted_text` in rules/knowledge.yaml."""

    # segment id -> the words standing for its free text ("SV1": "SV101-7 item description")
    segments: dict[str, str] = {}
    # the words standing for a quoted all-capitals draft
    draft: str = ""
    # shorthand that names a dated document when a date or "dated" follows it ("RA dated
    # 10/5/2026" is the remittance advice, not the RA modifier) -> the words it then stands for
    dated_shorthand: dict[str, str] = {}
    # a date followed by one of these is the item's, not the document's ("RA 11/20 DOS")
    item_dates: list[str] = []
    # one state's program named only to compare with ("like it is with Maryland Medicaid",
    # "like maryland medicaid does"): the program the question is not about
    compared_programs: list[str] = []
    # A clause of its own denying a word or two ("ortho shoe modification, not diabetic, no
    # L-code"): what the item is not, whose words drew the entry about it. Not when its first
    # word is one of these: "not covered", "not medically necessary" are what the question asks.
    kept_denials: list[str] = []
    # a town billers name for where the beneficiary lives -> its state's name, read beside the
    # town when the question names neither the state nor its postal code ("Baton Rouge bene")
    towns: dict[str, str] = {}
    # the words for the beneficiary that make a town theirs when they follow it within a few
    # words ("Sioux Falls and Fargo patients"); a town alone may be the supplier's or the weather's
    residents: list[str] = []

    def __call__(self, question: str) -> str:
        """The question with each pasted segment and quoted draft read as its words, and a list's
        numbering, a case set aside before the question and a program compared with left out."""
        question = _SET_ASIDE.sub("", _LIST_NUMBER.sub(" ", question))
        if self.compared_programs:
            question = _compared(tuple(self.compared_programs)).sub(" ", question)
        question = _denied(tuple(self.kept_denials)).sub(" ", question)
        if self.towns:
            question = self._with_states(question)
        if self.segments:
            question = _SEGMENT.sub(self._segment, question)
        if self.draft:
            question = QUOTED.sub(self._draft, question)
        item_date = "|".join(r"\s+".join(d.split()) for d in self.item_dates) or "$^"
        for shorthand, words in self.dated_shorthand.items():
            question = re.sub(
                rf"\b{re.escape(shorthand)}(?=\s+(?:dated|dtd|date[ds]?|(?:from|of|on)\s+\d)\b"
                rf"|\s+\d{{1,2}}/\d{{1,2}}(?![/\d]*\s+(?:{item_date})\b))",
                words,
                question,
                flags=re.IGNORECASE,
            )
        return question

    def _with_states(self, question: str) -> str:
        """Each beneficiary's town the question names, followed by its state's name. A town
        written with its own state's postal code ("Tulsa OK", "Omaha, NE") is an address, read
        as the state's name: the ranking reads states by name, and "OK" or "IN" are words."""
        question = _addresses(tuple(self.towns)).sub(self._spelled_state, question)
        theirs = _residents(tuple(self.residents))
        states = {
            self.towns[" ".join(match.group(1).lower().split())]
            for match in _towns(tuple(self.towns)).finditer(question)
            if theirs.match(question[match.end() :])
        }
        named = {
            state
            for state in states
            if re.search(rf"\b{re.escape(state)}\b", question, re.IGNORECASE)
            or re.search(rf"\b{POSTAL[state]}\b", question)
        }
        if not states - named:
            return question
        return f"{question} ({' '.join(sorted(states - named))})"

    def _spelled_state(self, match: re.Match[str]) -> str:
        """A town and its own state's postal code ("Tulsa, OK") as the town and the state."""
        town, space, code = match.groups()
        state = self.towns[" ".join(town.lower().split())]
        return f"{town}{space}{state}" if code == POSTAL[state] else match.group(0)

    def _segment(self, match: re.Match[str]) -> str:
        """The segment with its free text (a component holding a space) read as its words, and
        the modifiers of its procedure (SV101-3 to -6, after "HC:code") left out: they are the
        line's details, not what the biller asks ("SV1*HC:E1399:NU:::::TUB BENCH*310 - is that
        where SV101-7 is?" asks about the description, not NU)."""
        words = self.segments.get(match.group(1).upper())
        if words is None:
            return match.group(0)
        elements = [
            ":".join(words if " " in part.strip() else part for part in _unmodified(element))
            for element in match.group(2).split("*")
        ]
        return f"{match.group(1)}*{'*'.join(elements)}~ "

    def _draft(self, match: re.Match[str]) -> str:
        """A quoted all-capitals draft as the words, keeping the HCPCS code it names."""
        quoted = match.group(1)
        letters = [c for c in quoted if c.isalpha()]
        capitals = sum(c.isupper() for c in letters)
        if (
            len(quoted.split()) < DRAFT_WORDS
            or capitals < DRAFT_CAPITALS * len(letters)
            or len(_CODE.findall(quoted)) > 1
        ):
            return match.group(0)
        # The codes as the all-capitals draft writes them.
        kept = [code for code in ANY_HCPCS_IN_TEXT.findall(quoted) if code[0].isupper()]
        return " ".join([*kept, self.draft])


@functools.cache
def _towns(towns: tuple[str, ...]) -> re.Pattern[str]:
    """A town named as a word of its own."""
    named = "|".join(r"\s+".join(map(re.escape, t.split())) for t in towns)
    return re.compile(rf"(?<![\w-])({named})(?![\w-])", re.IGNORECASE)


@functools.cache
def _addresses(towns: tuple[str, ...]) -> re.Pattern[str]:
    """A town followed by a postal code in capitals ("Tulsa OK", "Omaha, NE")."""
    return re.compile(rf"{_towns(towns).pattern}(,?\s+)(?-i:([A-Z]{{2}}))\b", re.IGNORECASE)


@functools.cache
def _residents(words: tuple[str, ...]) -> re.Pattern[str]:
    """Up to three words, then a word for the beneficiary: the town is where they live."""
    named = "|".join(map(re.escape, words)) or "$^"
    return re.compile(rf"(?:[\s,&]+[\w.'-]+){{0,3}}?[\s,]+(?:{named})\b", re.IGNORECASE)


@functools.cache
def _compared(programs: tuple[str, ...]) -> re.Pattern[str]:
    """ "like (it is with) <one or two words> <program> (does)": a program compared with."""
    named = "|".join(r"\s+".join(map(re.escape, p.split())) for p in programs)
    return re.compile(
        r"\b(?:like|unlike|same as)\s+(?:it\s+(?:is|does)\s+(?:with|at|in|for)\s+)?(?:the\s+)?"
        rf"(?:[A-Za-z]+\s+){{1,2}}(?:{named})\b(?:\s+(?:does|do|is|are)\b)?",
        re.IGNORECASE,
    )


@functools.cache
def _denied(kept: tuple[str, ...]) -> re.Pattern[str]:
    """ ", not <one to three words>," as a clause of its own, unless its first word is kept."""
    keep = "|".join(map(re.escape, kept)) or "$^"
    return re.compile(
        rf"(?<=[,;(])\s*not\s+(?!(?:{keep})\b)(?:a\s+|an\s+)?[a-z-]+(?:\s+[a-z-]+){{0,2}}"
        r"(?=\s*[,;:.)?])",
        re.IGNORECASE,
    )


class ReadPasted:
    """Reads pasted claim text (`PastedText`), leaves out a doctor's name (`DOCTOR_NAMED`) and
    `noise` (text no entry is about: the team's record numbers), then `then` (the typo
    corrector)."""

    def __init__(
        self, pasted: PastedText, then: Callable[[str], str], noise: re.Pattern[str] | None = None
    ) -> None:
        self.pasted, self.then, self.noise = pasted, then, noise
        self._last: LastAnswer[str] = LastAnswer()

    def __call__(self, question: str) -> str:
        return self._last.get(question, lambda: self.then(self._read(question)))

    def _read(self, question: str) -> str:
        read = DOCTOR_NAMED.sub(" dr ", self.pasted(question))
        return self.noise.sub(" ", read) if self.noise else read


def _unmodified(element: str) -> list[str]:
    """An element's components, a procedure's modifiers (the 2 to 5 after "HC:code") emptied."""
    parts = element.split(":")
    if parts[0].upper() != "HC":
        return parts
    return [*parts[:2], *("" if i < 6 else p for i, p in enumerate(parts[2:], start=2))]
