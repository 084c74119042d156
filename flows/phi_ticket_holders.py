"""The colleague a message names as holding a case, for the PHI guard (flows/phi.py): a full name
right before a holder's words ("Nadia Mujkić has it", "OWEN HALLORAN IS ON IT", "Kyle Papadakis
has this one"). Team talk says who works a ticket that way; a patient is never said to "have"
their own case. The name is left out before the message is read, so any other name in it is still
found ("Sabitra Khadka has it, Dionne, Marjorie NH Medicaid ID ..." is refused for Marjorie
Dionne). A name after a patient's word, a title or a relative's word ("pt Dana Whitcomb has it",
"Mrs. Pike has it", "her son Ivo Marsh has it"), one with an age between ("Owen Halloran, 87, has
it") and a holder's words that go on to say what is held where ("... has it on file", "... has it
too") stay as they are; an age, a title or a birth word counts only in the holder's own field of a
pasted note ("Luis Arroyo has it | 75 y/o" holds a colleague's name), and an item's word only
outside a vendor's name ("has it, quote from Hudson Power Chair Service"). The words are
content's (content/rules/phi.yaml, `office_talk`)."""

from __future__ import annotations

import functools
import re

from flows.phi_case_said import PERSON_PRONOUN, case_said
from flows.phi_rules import Rules
from flows.phi_team import AGE_OR_BIRTH

# Two or three words of one case (an initial may stand between), maybe a credential in capitals
# after them ("Gail Hersey ATP").
_WORD = r"[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*"
_NAME = rf"{_WORD}(?: [^\W\d_]\.)?(?: {_WORD}){{1,2}}(?: [A-Z]{{2,4}})?"


@functools.lru_cache(maxsize=4)
def _holder(acts: tuple[str, ...], not_before: tuple[str, ...]) -> re.Pattern[str]:
    found = "|".join(re.escape(a) for a in sorted(acts, key=len, reverse=True))
    stops = "|".join(re.escape(w) for w in sorted(not_before, key=len, reverse=True))
    held = rf"(?! (?i:{stops})(?![\w-]))" if stops else ""
    # A desk's extension comes after a comma ("Kareem Haddad, ext 218"); every other act right
    # after the name.
    return re.compile(
        rf"(?<![\w'.-])({_NAME})(?: |(?=')|, (?=(?i:ext|extension)\b))((?i:{found}))(?![\w-]){held}"
    )


# The holder's words a patient may say of their own item: "she has it", "he is on it nightly".
_OWNED = ("has it", "is on it")


def _one_case(name: str) -> bool:
    """Every word capitalised, every word in capitals, or every word in lower case."""
    words = [w for w in name.split() if not w.endswith(".")]
    return (
        all(w[0].isupper() and not w[1:].isupper() for w in words[:2])
        or all(w.isupper() for w in words)
        or all(w.islower() for w in words)
    )


def holds_an_item(rules: Rules, text: str, end: int, words: int | None = 4) -> bool:
    """Whether a patient's item is named in the `words` words after `end` (None: anywhere after
    it) ("... is on it nightly, the CPAP"): what a person "has" or "is on" there is their
    equipment, not a ticket."""
    after = re.findall(r"[a-z0-9]+", _without_businesses(rules, text[end:]).lower())[:words]
    return any(word in rules.names.item_nouns for word in after)


# Capitalised words, the last a company's ("Hudson Power Chair Service", "Raritan Seating Supply").
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'&-]*\s?(?:& )?)+")


def _without_businesses(rules: Rules, text: str) -> str:
    """`text` without the businesses it names by a company's word: the item in "Hudson Power
    Chair Service" is a vendor's trade, not what a patient has."""
    return _CAPITALISED_RUN.sub(
        lambda run: (
            ""
            if len(run.group().split()) > 1
            and run.group().split()[-1].lower() in rules.names.company_words
            else run.group()
        ),
        text,
    )


# Where a pasted note's fields part: a line break, a bar, a semicolon or a dash between spaces
# ("Luis Arroyo has it | 75 y/o", "Deepa Kothari, ext 334 — Ewa's birthday is October 26").
_FIELD_BREAK = re.compile(r"\n|\s[|\u2014\u2013-]\s|;\s|\|")


_FIELD_REACH = 200  # characters read either side of a name for its field's ends


def _field_span(text: str, at: int) -> tuple[int, int]:
    """Where the field of a pasted note that holds the index `at` starts and ends
    (`_FIELD_BREAK`), read at most `_FIELD_REACH` characters either side."""
    first = max(0, at - _FIELD_REACH)
    last = min(len(text), at + _FIELD_REACH)
    starts = [m.end() for m in _FIELD_BREAK.finditer(text, first, at)]
    end = _FIELD_BREAK.search(text, at, last)
    return (starts[-1] if starts else first, end.start() if end else last)


def _field(text: str, at: int) -> str:
    start, end = _field_span(text, at)
    return text[start:end]


def _case_after(rules: Rules, text: str, start: int) -> bool:
    """`case_said` of the words from `start` on, with an age or a birth word in a later field of
    a pasted note ("Deepa Kothari on the phones - 75yo") and the vendors named by a company's
    word ("Hudson Power Chair Service") left out: someone else's age, a vendor's trade."""
    end = _field_span(text, start)[1]
    rest = text[start:end] + AGE_OR_BIRTH.sub(" ", text[end:])
    return case_said(rules, _without_businesses(rules, rest))


def _titled(rules: Rules, text: str) -> bool:
    """A courtesy title before a person's name; not a title that is also a word standing in a
    place's or a business's name ("Delaware Bay Rehab Supply", "Bay Area Mobility")."""
    names = rules.names
    for title in names.titles.finditer(text):
        if title.group(1).lower() not in names.title_words.full_name_titles:
            return True
        run = _CAPITALISED_RUN.match(text, title.end())
        last = run.group().split()[-1].lower() if run else ""
        named = re.search(r"[A-Z][\w'-]* $", text[max(0, title.start() - 30) : title.start()])
        if run and not named and last not in names.company_words:
            return True
    return False


def title_or_age_near(rules: Rules, text: str, at: int) -> bool:
    """A title, an age or a birth word in the field of a pasted note that holds the index `at`:
    whoever is said to have or do something there may be the patient ("Owen Halloran, 87, has
    it"); an age or a colleague's birthday in another field is someone else's ("Luis Arroyo has
    it | 75 y/o", "Deepa Kothari, ext 334; Ewa's birthday is October 26")."""
    near = _field(text, at)
    return bool(_titled(rules, near) or AGE_OR_BIRTH.search(near))


def _holder_start(
    rules: Rules, text: str, found: re.Match[str], items_anywhere: bool, items: bool = True
) -> int | None:
    """Where the holder's name starts, its first words dropped while they are no name's ("and
    BAO TRINH has it", "x Nadia Mujkić has it"); None when no two words before the act are one."""
    if title_or_age_near(rules, text, found.start()):
        return None  # "Rosa Lind has it: 92 yo, hospice", "Mrs. Pike has it"
    # "has it" and "is on it" may say what a patient has ("... has it - the claim for her CPAP"):
    # for them the whole message is read for the patient's item; "has this one" is a ticket.
    owned = items_anywhere and found.group(2).lower() in _OWNED
    if items and holds_an_item(rules, text, found.end(), None if owned else 4):
        return None  # "Harold Kim has it, the rollator, since May": the item the patient has
    if found.group(2).lower() in rules.file.office_talk.desk_acts and (
        _case_after(rules, text, found.start())
        or PERSON_PRONOUN.search(text, found.end())
        or (items and _item_for(rules, text, found.start(1)))
    ):
        return None  # "Rosalind Ortega, ext 4412 at her work, wants a call": her own line, and
        # "walker for Ruth Imhoff ext 30": the item right before is hers (a patient's word
        # anywhere is read by `without_ticket_holders`)
    start, name = found.start(1), found.group(1)
    while not _a_holder(rules, text, start, name):
        first, _, rest = name.partition(" ")
        if len([w for w in rest.split() if not w.endswith(".")]) < 2:
            return None
        start, name = start + len(first) + 1, rest
    return start


def _a_holder(rules: Rules, text: str, start: int, name: str) -> bool:
    words = name.lower().split()
    if not _one_case(name) or any(rules.cue["name"].fullmatch(w) for w in words):
        return False  # "pt Dana Whitcomb has it", "the DWO has it"
    if name.islower() and words[0] not in rules.names.every_first_name:
        return False  # "our system has it": lower-case words are a name only from a first name
    if rules.cue["relative"].fullmatch(words[0]) or rules.names.titles.match(name):
        return False
    before = text[max(0, start - 24) : start]
    return not (
        rules.cue["name"].search(before)
        or rules.cue["relative"].search(before)
        or rules.names.titles.search(before + " ")
    )


# The words right before a name, back to a field's or a sentence's end: "walker for", "ROLLATOR
# FOR" (not "left on my chair:", whose colon ends the heading).
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'-]* ){1,4}$")


def _item_for(rules: Rules, text: str, start: int) -> bool:
    """Whether an item's word stands in the few words right before the name at `start`."""
    before = _WORDS_BEFORE.search(text, max(0, start - 50), start)
    words = before.group().lower().split() if before else []
    return any(word in rules.names.item_nouns for word in words)


def without_ticket_holders(rules: Rules, text: str) -> str:
    """`text` without the colleagues it names as holding a case (see the module's note)."""
    words = rules.file.office_talk
    if rules.cue["name"].search(text) or rules.cue["relative"].search(text):
        return text  # "pt Dana Whitcomb has it", "Eunice Talbot has it, her son says ..."
    # An item anywhere after the holder's words ("... has it - the claim for her CPAP was
    # denied") is the patient's: the whole message is read for one.
    acts = tuple(words.holder_acts + words.desk_acts)
    return _without_subjects(rules, text, acts, words.holder_acts_not_before, items_anywhere=True)


def without_colleagues_at_work(rules: Rules, text: str) -> str:
    """`text` without the full names said to be at work (`colleague_acts`: "Luz Ocasio is out
    Thursday", "Hollis Brandt's cell is on the on-call sheet"), to see whether the message names
    anyone else: "Marcy Lindquist is covering; Ostrowski, Gunnhild 603-555-0144 wants a call"
    names a patient beside the colleague."""
    words = rules.file.office_talk
    text = _without_subjects(rules, text, tuple(words.colleague_acts), [], items_anywhere=False)
    # A question's topic may be an item ("asked whether we bill the tray"): no one's own.
    asks = tuple(words.colleague_questions)
    return _without_subjects(rules, text, asks, [], items_anywhere=False, items=False)


def _without_subjects(
    rules: Rules,
    text: str,
    acts: tuple[str, ...],
    stops: list[str],
    items_anywhere: bool,
    items: bool = True,
) -> str:
    lowered = text.lower()
    if not any(act in lowered for act in acts):
        return text
    kept, end = [], 0
    for found in _holder(acts, tuple(stops)).finditer(text):
        start = _holder_start(rules, text, found, items_anywhere, items)
        if start is not None:
            kept.append(text[end:start])
            end = found.end(1)
    return "".join(kept) + text[end:]
