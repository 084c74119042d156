"""Says a refused message's kinds as they are: a name written with its nickname in quotes
("Lucille "Luc" Hatcher", "thaddeus "tha" rollins") is a name, and a railroad retirement
number after its railroad word ("Railroad Medicare id PD 921 406") is that number, not also a
member ID or an SSN. Read only on a message already refused: it never refuses one by itself."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.phi_checks import CHECKS
from flows.phi_name_words import bare_word
from flows.phi_rules import Rules
from flows.phi_shapes import RRB

# A given name, a shortening of it in quotes, a surname ("Winifred "Winnie" Okonjo"): the
# nickname is shorter and starts with the given name's letter.
_NICKNAMED = re.compile(
    r"(?<![\w'])([^\W\d_]{3,}) [\"\u201c\u201d']([^\W\d_]{2,})[\"\u201c\u201d'] "
    r"([^\W\d_]{2,}(?:[-'][^\W\d_]+)*)(?![\w'])"
)

_DOCTOR_BEFORE = re.compile(r"(?i:\bdr\.?|\bdoctor) $")  # "Dr. Robert "Bob" Ames": the doctor's


def with_nicknamed_name(rules: Rules, text: str, found: set[str]) -> set[str]:
    """Names a name said with its nickname in quotes in a message refused on its other kinds:
    a shortening of the given name ("Winifred "Winnie" Okonjo"), or any one-word nickname
    between two words of which one is no English word ("Virgil "Butch" Uhalde", "pello "bud"
    olabarria"): a quoted word between two dictionary words is a product's or a form's
    ("the "new" form")."""
    if not found or "name" in found:
        return found
    words = rules.names
    for match in _NICKNAMED.finditer(text):
        given, nickname, surname = (match.group(i) for i in (1, 2, 3))
        shortened = given[0].lower() == nickname[0].lower() and len(nickname) < len(given)
        unlisted = any(
            word.lower() not in words.english and word.lower() not in words.ordinary
            for word in (given, surname)
        )
        same_case = given[0].isupper() == surname[0].isupper()
        doctor = _DOCTOR_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if (shortened or unlisted) and same_case and not doctor:
            return found | {"name"}
    return found


def without_railroad_kinds(rules: Rules, text: str, found: set[str]) -> set[str]:
    """Takes back a member ID or an SSN read only from a railroad number after its railroad
    word ("Railroad Medicare id WCD 607 082870": the board's number, said with "id")."""
    if "hicn" not in found or not found & {"member_id", "ssn"}:
        return found
    blanked = text
    for cue in rules.cue["rrb"].finditer(text):
        number = RRB.search(text, cue.end(), cue.end() + 40)
        if number and len(re.findall(r"[A-Za-z]+", text[cue.end() : number.start()])) <= 4:
            gap = "X" * len(number.group())  # a word of the same length: no value, no gap
            blanked = blanked[: number.start()] + gap + blanked[number.end() :]
    if blanked == text:
        return found
    misread = {
        kind
        for kind in found & {"member_id", "ssn"}
        if CHECKS[kind](rules, text) and not CHECKS[kind](rules, blanked)
    }
    return found - misread


# "St." or "Saint" opening a surname after a given name and an initial: "Virgil E. St. Clair",
# "velda st. clair", "Ngoc Saint Clair"; not a place's ("St. Luke's", "Lake St. Clair").
_SAINT_SURNAME = re.compile(
    r"(?<![\w'])(?P<given>[^\W\d_]{2,})(?P<initial> [^\W\d_]\.?)? (?:st|ste|saint)\.? "
    r"(?=[^\W\d_]{3,}(?!'s)(?![\w']))",
    re.IGNORECASE,
)


# The same name said as a person's in a sentence, read in any message: owning a case, an item or
# kin ("Virgil E. St. Clair's claim", "st. clair's bed") or followed by what a person does
# ("Virgil E. St. Clair needs a bed").
_SAINT_SURNAME_SAID = re.compile(
    r"(?<![\w'])(?P<given>[^\W\d_]{2,})(?P<initial> [^\W\d_]\.?)? (?:st|ste|saint)\.? "
    r"(?=[^\W\d_]{3,}(?:'s (?P<owned>[^\W\d_]+)|(?![\w']) (?P<verb>[^\W\d_]+)))",
    re.IGNORECASE,
)


def with_saint_surname(
    rules: Rules, text: str, found: set[str], names_someone: Callable[[str], bool]
) -> set[str]:
    """Names a name whose surname opens with "St.": in a message refused on its other kinds, or
    said as a person's ("Virgil E. St. Clair's claim", "virgil st. clair needs a bed"), read
    without the "St." after a given name ("Ngoc St. Clair" as "Ngoc Clair"), a name is one. A
    place's stays one ("St. Luke's", "Joseph St. Mary's hospital")."""
    if "name" in found:
        return found
    words = rules.names
    owned_words = words.owned_case_nouns | words.item_nouns | words.family_words
    verbs = words.verbs_after_name

    def drop(match: re.Match[str]) -> str:
        given = bare_word(match.group("given"))
        person = given in words.every_first_name and given not in words.place_words
        said = match.groupdict()
        owned, verb = (said.get(k) or "" for k in ("owned", "verb"))
        if "verb" in said and not (owned.lower() in owned_words or verb.lower() in verbs):
            person = False  # "Mercy St. Luke's today", "Joseph St. Mary's hospital": a place's
        if not person:
            return match.group()
        return match.group("given") + (match.group("initial") or "") + " "

    saintless = _SAINT_SURNAME_SAID.sub(drop, text)
    saintless = _SAINT_SURNAME.sub(drop, saintless) if found else saintless
    return found | {"name"} if saintless != text and names_someone(saintless) else found
