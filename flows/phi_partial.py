"""Identifiers given in part or in an odd order, for the PHI guard (flows/phi.py): the last four
digits of an SSN ("soc sec last 4 = 2204", "last four of her social: 6618"), a phone number
with its area code said after it ("555-0163, area code 412", "five five five, oh one nine one,
area code 505"), and a railroad number a few words after the railroad word ("railroad
retirement bene, card says WA 731 55 0284"). The words (an SSN's cues, "last 4", "area code",
"railroad") are content, in content/rules/phi.yaml."""

from __future__ import annotations

import re

from flows.phi_context import business_line
from flows.phi_rules import Rules
from flows.phi_shapes import RRB, digits_after
from flows.phi_spelled import spelled_runs

# Four digits right after the words that ask for them: "= 2204", "is 3301", "- 5083", "(4182)",
# "son 8821" (Spanish "are").
_LAST_FOUR = re.compile(
    r"(?:[\s:=#.,(\[-]|\b(?:is|was|are|of|es|son|era)\b)*(\d(?:[- ]?\d){3})(?![\d-])",
    re.IGNORECASE,
)


def has_ssn_last_four(rules: Rules, text: str) -> bool:
    """The last four digits of an SSN: an SSN's cue and a "last 4" word within a few words of
    each other, in either order, then the four digits ("SSN last 4 is 3301", "last 4 of soc sec
    0927", "social ends with 4412"); not a claim's or a check's last four."""
    for cue in rules.cue["ssn"].finditer(text):
        for part in rules.cue["ssn_last_four"].finditer(text, max(0, cue.start() - 30)):
            if part.start() > cue.end() + 12:
                break
            between = text[min(part.end(), cue.end()) : max(part.start(), cue.start())]
            words = re.findall(r"[A-Za-z']+", between)
            if len(words) > 3 or {word.lower() for word in words} & rules.billing_words:
                continue  # "last 4 of the ICN ... her social", "SS claim ending in": another's
            if _LAST_FOUR.match(text, max(part.end(), cue.end())):
                return True
    return False


def has_rrb_after_railroad_word(rules: Rules, text: str) -> bool:
    """A railroad retirement number a few words after the railroad word: "Railroad Medicare
    claim # A 605127", "railroad retiree, claim no. MA 602 71 8854"; not when a payer is named
    in between ("railroad claims go to Palmetto, PA 441022": a prior authorisation)."""
    cues = list(rules.cue["rrb"].finditer(text))
    for number in RRB.finditer(text):
        for cue in cues:
            words = re.findall(r"[A-Za-z]+", text[cue.end() : number.start()])
            near = 0 <= number.start() - cue.end() <= 40 and len(words) <= 4
            if near and not {word.lower() for word in words} & rules.business_words:
                return True
    return False


# A local number typed in digits: "555-0163", "555 0148", "5550148".
_LOCAL = re.compile(r"(?<![\d-])(\d{3})[-. ]?(\d{4})(?![\d-])")


def has_phone_area_code_after(rules: Rules, text: str) -> bool:
    """A seven-digit number with its area code said after it: "her cell is 555-0163, area code
    412", "five five five, oh one nine one, area code 505"; not a payer's or an office's line
    ("Noridian's fax is 555-0190, area code 701")."""
    business = set(rules.file.business_area_codes)
    for said in rules.cue["area_code"].finditer(text):
        area = digits_after(text, said.end())
        if len(area) != 3 or area[0] in "01" or area in business:
            continue
        before = text[max(0, said.start() - 70) : said.start()]
        typed = [m.start() for m in _LOCAL.finditer(before)]
        spoken = [run.start for run in spelled_runs(before) if len(run.chars) == 7]
        starts = typed + spoken
        if starts and not business_line(rules, text, max(0, said.start() - 70) + starts[-1]):
            return True
    return False
