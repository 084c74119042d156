"""Reads which option a biller's typed answer picks: by number, value or label, by the words
billers use for it, by a label's start, or allowing a typo."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from flows.formats import clipped
from flows.models import Option
from flows.parsing import InvalidAnswer, clean_text


def parse_choice(text: str, options: list[Option], *, by_words: bool = True) -> str:
    """Picks an option by its number, value or label (case and spacing ignored), then by the
    words billers use for it (unless `by_words` is off: a question may contain "have" or
    "signed" without answering), then by the start of its label, then allowing a typo."""
    return read_choice(text, options, by_words=by_words)[0]


def read_choice(text: str, options: list[Option], *, by_words: bool = True) -> tuple[str, bool]:
    """The option picked, and whether it was read loosely (by other words, a label's start or
    a typo), so the bot can say what it took the answer to be."""
    value = clean_text(text).lower().rstrip(".")
    if value.isdigit() and 1 <= int(value) <= len(options):
        return options[int(value) - 1].value, False
    for option in options:
        if value in (option.value.lower(), option.label.lower()):
            return option.value, False
    # A label's own words before its note ("not required" for "Not required (the payer said
    # so)") pick it before any option's listed words, which may hold the same phrase.
    heads = [o.value for o in options if value == _label_head(o.label)]
    if len(heads) == 1:
        return heads[0], True
    # A misspelt word is read as the listed word it is close to: "medicare advantge" is
    # Medicare Advantage, not Original Medicare by its first word.
    picked = _choice_by_words(_respelled(value, options), options) if by_words else None
    if picked is None and by_words:
        picked = _choice_by_words(value, options, fallback=True)
    if picked is not None:
        return picked, True
    # A label's beginning ("wheel" for Wheelchair part): after the listed words, so that "no"
    # is No rather than the start of "Not sure".
    # Its value counts too: "medicar" starts both Medicare's value and "Medicare Advantage
    # plan", so it is no one option's beginning and the typo reading below decides.
    starts = [
        o
        for o in options
        if len(value) >= 2
        and (o.label.lower().startswith(value) or o.value.replace("_", " ").startswith(value))
    ]
    if len(starts) == 1:
        return starts[0].value, True
    typo = _choice_by_spelling(value, options) if by_words else None
    if typo is not None:
        return typo, True
    if len(_plain_words(value)) >= SENTENCE_WORDS:  # a sentence, not a mistyped option
        typed = clipped(clean_text(text), 60)  # said back as the biller typed it
        raise InvalidAnswer("invalid_choice_sentence", typed=typed, count=len(options))
    raise InvalidAnswer("invalid_choice", count=len(options))


def _label_head(label: str) -> str:
    """A label without its note in brackets or after a colon: "Not required (the payer said so)"
    -> "not required"."""
    return re.split(r"\s*[(:]", label.lower(), maxsplit=1)[0].strip(" .")


def named_option(text: str, options: list[Option]) -> str | None:
    """The one option a longer text names by its listed words alone ("rental of a stander" is
    Rental), allowing no typo; None when it names none or two."""
    try:
        return _choice_by_words(clean_text(text).lower(), options)
    except InvalidAnswer:  # two options named
        return None


_NEGATING_PREFIXES = ("un", "non", "not", "no ")
# A listed word right after one of these is negated ("not signed" is not "signed").
_NEGATORS = frozenset(
    "not never havent hasnt hadnt isnt wasnt arent dont doesnt didnt wont without nor".split()
)
SENTENCE_WORDS = 3  # "rep said no" is said back as typed; "not sur" is a mistyped option
TYPO_SCORE = 85  # rapidfuzz ratio: "commerical" ~ "commercial" (90), "medicad" ~ "medicaid" (93)


def _choice_by_spelling(value: str, options: list[Option]) -> str | None:
    """The one option a misspelt answer is close to (its value, label or words), if only one."""
    if len(value) < 4:
        return None
    # "unsigned" is not a typo of "signed", nor "unbilled" of "billed".
    negated = value.startswith(_NEGATING_PREFIXES)
    close = {
        option.value
        for option in options
        for phrase in (option.value.replace("_", " "), option.label, *option.words)
        if len(phrase) >= 4
        and fuzz.ratio(value, phrase.lower()) >= TYPO_SCORE
        and (not negated or phrase.lower().startswith(_NEGATING_PREFIXES))
    }
    return close.pop() if len(close) == 1 else None


def _respelled(value: str, options: list[Option]) -> str:
    """The answer with each unlisted word of 5 letters or more replaced by the one listed word
    it is a typo of ("advantge" -> "advantage"); a word close to two ("medicade": medicare or
    medicaid) is left as typed."""
    listed = {w for o in options for phrase in o.words for w in _plain_words(phrase)}
    words = []
    for word in _plain_words(value):
        close = set()
        if len(word) >= 5 and word not in listed:
            close = {w for w in listed if len(w) >= 5 and fuzz.ratio(word, w) >= TYPO_SCORE}
        words.append(close.pop() if len(close) == 1 else word)
    return " ".join(words)


def _plain_words(text: str) -> list[str]:
    """Lowercase words, apostrophes dropped ("don't" -> "dont")."""
    return re.findall(r"[a-z0-9?]+", text.lower().replace("'", "").replace("’", ""))


def _choice_by_words(value: str, options: list[Option], fallback: bool = False) -> str | None:
    """The option whose listed words (or, with `fallback`, its fallback names) appear in the
    answer. Longer matches are taken first and a shorter one overlapping them does not count
    ("do not have it" is Missing although "have it" is in it); a word right after "not" or
    "haven't" does not count ("not signed"), nor a yes or no inside a sentence ("the rep said no
    prior auth needed"); an answer that names two options ("used rental") picks nothing, so the
    question is asked again."""
    answer = _plain_words(value)
    # "yes and no" names two options: joined opening words still open the answer
    openers = {word for option in options for word in option.opening_words} | {"and", "or"}
    found: list[tuple[int, int, str]] = []  # (first word, end, option)
    for option in options:
        for phrase in option.fallback_words if fallback else option.words:
            words = _plain_words(phrase)
            for first in range(len(answer) - len(words) + 1):
                negated = first > 0 and answer[first - 1] in _NEGATORS
                # a yes or no counts only after nothing but other yes and no words
                inside = phrase in option.opening_words and not openers.issuperset(answer[:first])
                counted = not negated and not inside
                if words and answer[first : first + len(words)] == words and counted:
                    found.append((first, first + len(words), option.value))
    taken: list[tuple[int, int, str]] = []
    for first, end, option_value in sorted(found, key=lambda match: match[0] - match[1]):
        if all(end <= a or b <= first for a, b, _v in taken):
            taken.append((first, end, option_value))
    picked = {option_value for _first, _end, option_value in taken}
    if len(picked) > 1:
        labels = [o.label for o in options if o.value in picked]
        raise InvalidAnswer(
            "invalid_choice_two",
            typed=clipped(value, 40),
            first=labels[0],
            second=" or ".join(labels[1:]),
        )
    return picked.pop() if picked else None
