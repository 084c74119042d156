"""A date typed in a deadline question ("dos 12/13/2025, last day to file?", "denial dated
2026-09-15, redet deadline?"): the deadline counted from it as content/rules/deadlines.yaml
counts it for the checklist, and, when that last day is a weekend or a federal holiday, the
entry on such days in place of the general one (rules/knowledge.yaml `dated_deadlines`)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from flows.formats import us_date
from flows.messages import Messages
from flows.models import PLANNED_LIMIT, PLAUSIBLE_YEARS
from flows.outcome.deadlines import DeadlinesFile, Holiday, Window
from flows.parsing import MONTH_NUMBERS, InvalidAnswer, read_date

if TYPE_CHECKING:
    from flows.knowledge_rules import RankingRules

# A full date as billers type it: 12/13/2025 or 1/10/26 (digits with no year say no deadline).
_FULL_DATE = r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b(?!\s*(?:or|to|through|-)\s*\d)"
# Between a label and its date: spaces, a colon, an equals sign, a dash or a comma ("DOS: 9/6/25").
_MARKS = r"[\s:=,-]*"
# A day named before its date in brackets ("dos was juneteenth (6/19/2026)", "dos new years day
# 2027 (1/1/27)"): up to four words, then the bracket; or a holiday's name ending in "day" right
# before it ("dos was veterans day 11/11/2026").
_NAMED_DAY = r"(?:[a-z0-9']+\s+){0,4}\(|(?:[a-z']+\s+){0,2}day\s+"
# A date with the month spelled ("Jan 18 2026", "january 18th, 2026"): read as 1/18/2026; with
# no year ("nov 3rd"), the year the intake would take (the latest such day not after today, or
# one in the next 90 days), shown in full in the answer.
_SPELLED_DATE = re.compile(
    rf"\b({'|'.join(MONTH_NUMBERS)})[a-z]*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?![\d/])"
)
# A date written year first (2025-11-03) or with dashes (11-3-2025): read as 11/3/2025.
_ISO_DATE = re.compile(r"(?<![\d/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])")
_DASHED_DATE = re.compile(r"(?<![\d/-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d/-])")
# The day before the month ("3 nov 2025", "the 3rd of november, 2025"): read as 11/3/2025.
_DAY_FIRST = re.compile(
    rf"\b(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({'|'.join(MONTH_NUMBERS)})[a-z]*\.?"
    rf"(?:,?\s+(\d{{4}}))?(?![\d/])"
)
# A date the biller corrects after typing it ("dos 8/13/2026, sorry, typo: 8/14/2026"): the
# corrected one counts.
_CORRECTED = re.compile(
    rf"\b(?:typo|i mean|i meant|correction|scratch that|should be|should read)\b[^/]{{0,20}}?"
    rf"\b{_FULL_DATE}"
)
# A weekday typed between a label and its date ("delivered Sat 12/26/2026", "dos: mon, 1/4/27").
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"


class DatedDeadline(BaseModel):
    """One deadline a typed date can settle: `window` is its window id in deadlines.yaml, and
    `date_is` the words labelling the date the window starts from ("dos 9/6/25", "a 9/6/25
    dos"), with up to four of `joined_by` between label and date ("dos was on 9/6/25");
    `entries` answer the question in general; `on_day_off` answers it when the last day counted
    from the date falls on a weekend or federal holiday. With none of `entries` ranked first,
    only a question saying `files_it` asks it ("sat 9/2/2028 delivery. claim due by?", however
    the words rank), and none asks it that names `other_deadline` (another deadline the date
    does not start). A question naming the deadline (`names_it`: "qic", "redet") and asking its
    last day (`asks_when`: "how long for", "deadline", "when is it due") is answered with the
    day counted by the first of `entries`, stated, however its other words rank (a denial code
    beside it: "remit dated 8/1/2026 denied CO-50, redetermination deadline?")."""

    window: str
    date_is: list[str]
    joined_by: list[str] = []
    entries: list[str]
    on_day_off: str | None = None
    files_it: list[str] = []
    names_it: list[str] = []
    asks_when: list[str] = []
    other_deadline: list[str] = []
    source: str = ""
    last_reviewed: dt.date | None = None

    def asked(self, question: str, ranked: list[str], named: bool = False) -> bool:
        """Whether the question asks this deadline: none of `other_deadline` said, and one of
        `entries` ranked first, the deadline `named`, or `files_it` said."""
        text = question.lower()
        if self.other_deadline and _any_said(tuple(self.other_deadline)).search(text):
            return False
        if ranked[0] in self.entries or named:
            return True
        return bool(self.files_it) and bool(_any_said(tuple(self.files_it)).search(text))

    def named(self, text: str) -> bool:
        """Whether the (lower-case) question names this deadline and asks its last day."""
        if not self.names_it or not self.asks_when:
            return False
        said = _any_said(tuple(self.names_it)).search(text)
        return bool(said) and bool(_any_said(tuple(self.asks_when)).search(text))


class DayOff(NamedTuple):
    """The deadline a typed date gives (`due`, counted strictly from `start`), as the checklist
    counts it: `entry_id` answers; `why` says why nobody files on that day ("Sunday", "federal
    holiday (Labor Day)"), "" on a weekday; `holidays` (the holiday list's first and last day)
    when the list does not reach it; `work_day` when the weekend-and-holiday entry was asked of a
    weekday no holiday; `settles` when the day picks between the general entry and the one for
    days off, so the answer is stated, not offered as a close call."""

    entry_id: str
    start: dt.date
    due: dt.date
    why: str
    holidays: tuple[dt.date, dt.date] | None = None
    work_day: bool = False
    window: Window | None = None
    today: dt.date | None = None
    legal: dt.date | None = None  # the legal last day, where the law allows more (mail, roll-over)
    day_off_line: tuple[str, dict[str, object]] | None = None  # DeadlinesFile.day_off_line
    settles: bool = False

    def said(self, messages: Messages) -> str:
        """The last day counted from the typed date: why nobody files on it (and the last
        business day before it, ahead, today or gone by, as the checklist says it), that it is a
        working day, or that the holiday list does not reach it; the legal last day where the
        law allows more; and whether it has gone by, with what is still possible."""
        start, due, weekday = us_date(self.start), us_date(self.due), self.due.strftime("%A")
        if self.work_day:
            said = messages.text("answer_deadline_work_day", start=start, due=due, weekday=weekday)
        elif self.holidays:
            said = messages.text("answer_deadline_unchecked", start=start, due=due,
                                 weekday=weekday, first=us_date(self.holidays[0]),
                                 last=us_date(self.holidays[1]))  # fmt: skip
        elif self.why:
            said = messages.text("answer_deadline_day_off", start=start, due=due, why=self.why)
        else:
            said = messages.text("answer_deadline_counted", start=start, due=due, weekday=weekday)
        passed = self.today is not None and self.due < self.today
        window = self.window
        if self.why and self.day_off_line and window is not None:
            key, fields = self.day_off_line  # the checklist's words for the day to act by
            shown = {k: us_date(v) if isinstance(v, dt.date) else v for k, v in fields.items()}
            group, _, name = key.partition(".")  # "messages.<key>" or "deadlines.<id>.<field>"
            own = getattr(window, name.rpartition(".")[2]) if group == "deadlines" else None
            said += " " + (own.format(**shown) if own else messages.text(name, **shown))
        if window is not None and self.legal and self.legal != self.due:
            said += " " + messages.text("answer_deadline_legal", legal=us_date(self.legal),
                                        days=window.receipt_days)  # fmt: skip
        if not passed or window is None:
            return said
        if self.legal and self.today is not None and self.legal >= self.today:
            return f"{said} {messages.text('answer_deadline_passed')} {window.still_on_time or ''}"
        return f"{said} {messages.text('answer_deadline_passed')} {window.when_passed or ''}"


class HolidayNames(BaseModel):
    """rules/knowledge.yaml `named_days`: holiday name -> "mm-dd", or its holiday-list name."""

    model_config = ConfigDict(extra="forbid")

    source: HttpUrl
    last_reviewed: dt.date
    days: dict[str, str] = Field(min_length=1)


class NamedDays:
    """Holidays typed by name with a year in place of a date ("christmas day 2027 delivery",
    "delivered on the fourth of july (2026)"), read as that day: a fixed month and day ("12-25")
    or, for a holiday set by its weekday, its name in the holiday list, dated from that year's
    row (rules/knowledge.yaml `named_days`)."""

    def __init__(self, names: dict[str, str], holidays: list[Holiday]) -> None:
        self._days = {_plain(name): day for name, day in names.items()}
        self._listed = {(_plain(h.name), h.date.year): h.date for h in holidays}
        spelled = sorted(self._days, key=len, reverse=True)
        names_group = "|".join(r"[\s-]+".join(map(re.escape, name.split())) for name in spelled)
        self._pattern = re.compile(rf"\b(?:the\s+)?({names_group})\s*,?\s*\(?(\d{{4}})\)?(?!\d)")

    def dated(self, text: str) -> str:
        """The text with each named holiday and year written as m/d/yyyy."""
        return self._pattern.sub(self._date, re.sub("['’]", "", text)) if self._days else text

    def _date(self, match: re.Match[str]) -> str:
        day, year = self._days[_plain(match.group(1))], int(match.group(2))
        if re.fullmatch(r"\d{2}-\d{2}", day):
            month, dom = (int(part) for part in day.split("-"))
            return f"{month}/{dom}/{year}"
        listed = self._listed.get((_plain(day), year))
        return f"{listed.month}/{listed.day}/{year}" if listed else match.group(0)


def _plain(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower().replace("'", "")))


def labelled_date(
    question: str,
    labels: list[str],
    joined_by: list[str],
    today: dt.date,
    named: NamedDays | None = None,
    years_ahead: bool = False,
) -> dt.date | None:
    """The one full date a label names ("dos 12/13/2025", "DOS was 1/10/26", "a 9/6/25 dos",
    "DOS Jan 18 2026", "dos was juneteenth (6/19/2026)"), or None (none, several, or not a date
    of service). Other dates in the question (the denial's, the remittance's) are not it. The
    date is read as the intake reads one ("99" is 1999); a date more than a year ahead is not a
    date of service, unless its year is typed in full and `years_ahead` allows it (a worked
    example: "DOS 7/4/2028, TF?", "DOS Feb 29 2036"): past the holiday list's end, a weekend is
    still known to be a day off."""
    if not labels:
        return None
    label = _words(labels)
    joiners = rf"(?:{_words(joined_by)}\s+){{0,4}}" if joined_by else ""
    text = _slashed(question.lower(), today)
    text = named.dated(text) if named else text
    found = _compiled(
        rf"\b{label}\b{_MARKS}{joiners}(?:{_NAMED_DAY})?{_WEEKDAY}{_FULL_DATE}"
    ).findall(text)
    # After its date only a noun labels it ("a 9/6/25 dos"), not one asking "for" a date.
    nouns = [words for words in labels if not words.endswith(" for")]
    found += _compiled(rf"\b{_FULL_DATE}\s+{_words(nouns)}\b").findall(text) if nouns else []
    corrected = _CORRECTED.search(text)  # "dos 8/13/2026 -- sorry, typo, it is 8/14/2026"
    if len(set(found)) == 1 and corrected and text.find("/".join(found[0])) < corrected.start():
        found = [corrected.groups()]
    if len(set(found)) != 1:
        return None
    try:
        typed, _ = read_date("/".join(found[0]), today, allow_future=True)
    except InvalidAnswer:
        return None
    if typed.year not in PLAUSIBLE_YEARS:
        return None  # 12/31/9999: a system's open-ended placeholder, as a claim file refuses it
    in_full = years_ahead and len(found[0][2]) == 4
    return typed if typed <= today + PLANNED_LIMIT or in_full else None


def _slashed(text: str, today: dt.date) -> str:
    """The text with its dates written m/d/yyyy, whichever way they were typed."""

    def spelled(month: str, day: str, year: str | None) -> str:
        number = MONTH_NUMBERS[month]
        if year:
            return f"{number}/{day}/{year}"
        try:  # no year typed: the one the intake would take
            return us_date(read_date(f"{number}/{day}", today, allow_future=True)[0])
        except InvalidAnswer:
            return f"{month} {day}"

    text = _SPELLED_DATE.sub(lambda m: spelled(m[1], m[2], m[3]), text)
    text = _DAY_FIRST.sub(lambda m: spelled(m[2], m[1], m[3]), text)
    return _DASHED_DATE.sub(r"\1/\2/\3", _ISO_DATE.sub(r"\2/\3/\1", text))


# Each rule's date patterns, kept apart from `re`'s own cache, which the many patterns of a
# question's reading fill and empty again (a big pattern recompiled costs a millisecond).
_compiled = functools.lru_cache(maxsize=256)(re.compile)


@functools.lru_cache(maxsize=64)
def _any_said(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of a rule's phrases as whole words: built once, not for every question."""
    return re.compile(rf"\b{_words(list(phrases))}\b")


def _words(phrases: list[str]) -> str:
    """One group matching any of the phrases, words joined by spaces or dashes."""
    spelled = (r"[\s-]+".join(re.findall(r"[a-z0-9]+", phrase.lower())) for phrase in phrases)
    return "(?:" + "|".join(spelled) + ")"


def _other_payers_words(window: Window, payers: dict[str, list[str]]) -> list[str]:
    """The words naming payers other than the one window is kept to, if it is kept to one."""
    payer = window.when.get("payer")
    if not isinstance(payer, str):
        return []
    return [words for name, said in payers.items() if name != payer for words in said]


class DatedDeadlines:
    """The `dated_deadlines` rules over the deadline windows, read once."""

    def __init__(
        self,
        rules: list[DatedDeadline],
        deadlines: DeadlinesFile | None,
        named_days: dict[str, str] | None = None,
        payers: dict[str, list[str]] | None = None,
    ) -> None:
        windows = {window.id: window for window in deadlines.windows} if deadlines else {}
        self._rules = [(rule, windows[rule.window]) for rule in rules if rule.window in windows]
        # A window kept to one payer (`when: {payer: medicare}`) is not named by a question naming
        # another ("Wellcare MA denied it 1/20/2027, redet deadline?" is the plan's appeal).
        self._other_payers = {
            window.id: _any_said(tuple(words))
            for window in windows.values()
            if (words := _other_payers_words(window, payers or {}))
        }
        self._deadlines = deadlines
        days = deadlines.federal_holidays.days if deadlines else []
        self._named = NamedDays(named_days or {}, days)
        listed = [day.date for day in days]
        # The days the holiday list can vouch for: a last day outside them is counted unchecked.
        self._holidays = (min(listed), max(listed)) if listed else None
        self.today = dt.date.today  # whether a last day has passed (tests set the day)

    @classmethod
    def of(cls, rules: RankingRules) -> DatedDeadlines:
        """The dated deadlines, holiday names and deadline windows of the ranking rules."""
        named = rules.named_days.days if rules.named_days else None
        return cls(rules.dated_deadlines, rules.deadlines, named, rules.payer_phrases)

    def day_off(
        self, question: str, ranked: list[str], today: dt.date | None = None
    ) -> DayOff | None:
        """For a question the ranking answers with a deadline's entry and that types its start
        date: the last day counted from it, with the entry on weekends and holidays when that
        day is one, or the general entry when the weekend entry was asked of a working day. A
        deadline whose entry does not rank first (`ranked`: the best entries first) is answered
        only for a day off, and only when the question says it files the claim
        (`DatedDeadline.asked`)."""
        if self._deadlines is None or not ranked:
            return None
        best_entry, text = ranked[0], question.lower()
        today = today or self.today()
        for rule, window in self._rules:
            other_payer = self._other_payers.get(window.id)
            named = rule.named(text) and not (other_payer and other_payer.search(text))
            if not rule.asked(question, ranked, named):
                continue
            labels, joined_by = rule.date_is, rule.joined_by
            start = labelled_date(question, labels, joined_by, today, self._named, True)
            if start is None:
                continue
            due = window.due(start)
            worked = DayOff(
                best_entry, start, due, self._deadlines.day_off(due) or "", window=window,
                today=today, legal=self._deadlines.legal_last_day(window, start),
                day_off_line=self._deadlines.day_off_line(window, due, today),
            )  # fmt: skip
            ranked_first = best_entry in rule.entries
            general = [entry for entry in rule.entries if entry != rule.on_day_off]
            if general and named:
                return worked._replace(entry_id=general[0], settles=True)
            if worked.why and rule.on_day_off:
                return worked._replace(entry_id=rule.on_day_off, settles=True)
            if not ranked_first:
                # Said to file the claim by a typed date, the general entry ranked next: it
                # answers, with the day counted (not a payer's own limits ranked above it).
                close = bool(general) and general[0] in ranked
                return worked._replace(entry_id=general[0], settles=True) if close else None
            holidays = self._holidays
            checked = holidays is None or holidays[0] <= due <= holidays[1]
            pair = rule.on_day_off is not None and bool(general)
            if checked and best_entry == rule.on_day_off and general:
                # A working day: the general entry, not the one for days nobody files.
                return worked._replace(entry_id=general[0], work_day=True, settles=True)
            settles = pair and checked and ranked[1:2] == [rule.on_day_off]
            return worked._replace(holidays=None if checked else holidays, settles=settles)
        return None
