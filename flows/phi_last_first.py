"""A name written "Last, First", for the PHI guard's name checks (flows/phi_names.py): "Jones,
Mary", "JONES, MARY", "smith, john", as eligibility responses ("HALVORSEN/INGRID") and HL7 feeds
("OKONJO^CHIOMA") write it, with a surname's particles before it ("Van der Merwe, Pieter J.",
"de la Cruz, Marisol"), or heading a message as the case it is about ("okonkwo, chidinma: pod
missing"); not a clinician's ("Hill, Thomas MD") nor a letter's sign-off ("Best, Rosalind")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.phi_name_forms import is_unlisted_pair
from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, job_after, staff_notice
from flows.phi_name_words import (
    PARTICLES,
    bare_word,
    case_of,
    is_name_word,
    rare_surname,
    surname_like,
    unlisted,
)
from flows.phi_reach import ends_right_before
from flows.phi_shapes import STREET_WORD
from flows.phi_surname_first import caps_surname_given
from flows.phi_titles import bot_word_surname
from flows.phi_word_given_names import word_given_name

# A third capitalised word after another comma, then the list's end: "Banks, Chase, Wells -".
# A "Last, First" pair (and a middle initial) ending the text before a value: "Okafor, Ngozi J. ".
LAST_FIRST_BEFORE = re.compile(
    r"(?<![\w'-])[^\W\d_](?:[^\W\d_]|['-])*, ?[^\W\d_]+(?: [^\W\d_]\.?)? ?$"
)
_LIST_GOES_ON = re.compile(r" ?, ?[A-Z][a-z]+(?: ?(?:,|;| -| \u2014| and\b| or\b)|$)")

_LAST_FIRST = re.compile(
    r"(?:(?<![\w'-])|(?<=[\s(\"]')|(?<=^'))([^\W\d_][\w'-]+)( ?[,;] ?|/|\^)([^\W\d_]+)\b"
)


def _listed_before(text: str, end: int) -> bool:
    """A capitalised word and a comma end the text before `end` ("Banks, "), read back from
    `end`: a pattern searched from the text's start for every pair took seconds on a long paste
    of them ("AB,AB,AB,...")."""
    i = end - (text[end - 1 : end] == "\n")  # a line's end, as a pattern's "$" reads it
    i -= text[i - 1 : i] == " "
    if not i or text[i - 1] != ",":
        return False
    i -= 1
    i -= text[i - 1 : i] == " "
    start = i
    while start and (text[start - 1].isalnum() or text[start - 1] in "_'-"):
        start -= 1
    return start < i and "A" <= text[start] <= "Z"


_WEEKDAYS_PLURAL = frozenset(
    day + "days" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
)


# What closes a pasted name's cell: a stop, a semicolon, a bracket, a slash or a bar.
_CLOSED = re.compile(r" ?(?:[.;(/|]|$)")
# A remittance's or a worklist's row after the name's cell: a column's gap (two spaces or more,
# a tab) before a value, or an item's code ("BRANNIGAN, MAEVE  A4604  paid 0.00").
_ROW_GOES_ON = re.compile(r"(?: {2,}|\t)[$\dA-Z]| [A-Z]\d{4}\b")


def _known_word(rules: NameRules, word: str) -> bool:
    """An English word, a place or a company's word: a row's cell that is no patient's name."""
    bare = bare_word(word)
    return any(
        bare in words
        for words in (
            rules.english,
            rules.place_names,
            rules.place_words,
            rules.businesses,
            rules.company_words,
        )
    )


def _census_pair(rules: NameRules, last: str, first: str) -> bool:
    """A census surname, then a census given name: a name however short ("NG/ANH", "WU/LI")."""
    return bare_word(last) in rules.surnames and bare_word(first) in rules.every_first_name


def _pairs(text: str) -> Iterator[re.Match[str]]:
    """Every candidate pair, overlapping ones too: in "family, Rosenfeld,Jihoon" the pair after
    "family, Rosenfeld" is "Rosenfeld,Jihoon"."""
    found, end, weekday = _LAST_FIRST.search(text), 0, False
    while found is not None:
        # one sharing its surname with the pair before goes on a list only when that pair's
        # first word is a capitalised one: "Eagle, Kuna, Emmett and Mountain Home" are towns;
        # a day said as a habit opens no list ("Mondays, Lindqvist, Sigrid needs ...")
        if found.start() >= end or not _listed_before(text, found.start()) or weekday:
            yield found
        weekday = found.group(1).lower() in _WEEKDAYS_PLURAL
        end = max(end, found.end())
        found = _LAST_FIRST.search(text, found.start(3))


def has_last_first(rules: NameRules, text: str, loose: bool = False) -> bool:
    """ "Jones, Mary", "JONES, MARY", "McDonald, Ann", "smith, john": a surname, a comma and a
    first name in the same case, not a clinician's ("Hill, Thomas MD"); also as eligibility
    responses ("HALVORSEN/INGRID") and HL7 feeds ("OKONJO^CHIOMA") write it. `loose` also takes
    a first name missing from the lists ("Okafor, Ngozi"), for a name beside another identifier."""
    # "'Ibekwe, Augustina'": a quote may open it, an apostrophe inside a word may not
    if staff_notice(rules, text):
        return False  # "on-call rotation: Reyes, Conchita / Nwosu, Priscilla"
    if "," in text and has_cued_last_first(rules, text):
        return True
    # The comma typed with a space before it or as a semicolon too: "ONYEKACHI-HALVERSON ,
    # BENEDICT", "Lamontagne; Réjean".
    for match in _pairs(text):
        last, mark, first = match.groups()
        if mark.strip() in (",", ";"):
            mark = ", " if mark.endswith(" ") else ","
        cases = (case_of(last), case_of(first))
        if bare_word(last) in _WEEKDAYS_PLURAL:
            continue  # a day said as a habit: "the clinic moves to Tuesdays, Mackenzie runs it"
        if mark.startswith(",") and _LIST_GOES_ON.match(text, match.end()):
            continue  # a list of single words: "Banks, Chase, Wells - the lockbox moved"
        if mark == "/" and cases not in (("upper", "upper"), ("title", "title")):
            continue  # "and/or", "rental/purchase"
        if mark != "," and any(
            len(w) > 2 and not re.search("[AEIOUYaeiouy]", w) for w in (last, first)
        ):
            continue  # acronyms: "BIN/PCN", "DME/HME"
        short = min(len(last), len(first)) < 3 or max(len(last), len(first)) < 4
        if mark == "/" and short and not _census_pair(rules, last, first):
            continue  # clinical abbreviations: "ER/IR", "CI/BAHA", "BTE/RIC"; not "NG/ANH"
        # A system's layout ("LAST/FIRST" in capitals, "LAST^FIRST"): two words the bot never
        # uses are enough, as after a label.
        system = (mark == "/" and cases[0] == "upper") or mark == "^"
        if cases not in (
            ("upper", "upper"),
            ("title", "title"),
            ("mixed", "title"),
            ("lower", "lower"),
        ):
            continue
        # Beside another identifier, any census first name ("NGUYEN, THI LAN  MRN ...").
        beside = loose and cases[0] != "lower"
        closed = cases == ("upper", "upper") and _CLOSED.match(text, match.end()) is not None
        # In capitals, a row's first cell: two words the bot never uses, no census name needed
        row = cases == ("upper", "upper") and _ROW_GOES_ON.match(text, match.end()) is not None
        # ... unless a cell is a word, a place or a maker ("JAY, FUSION  E2607", "ESSENTIA, FARGO")
        row = row and not any(_known_word(rules, word) for word in (last, first))
        if bare_word(first) not in rules.first_names and not (
            ((system or row) and is_unlisted_pair(rules, last, first, census=False))
            or (_after_particles(text, match.start()) and _given_name(rules, first, cases))
            or (mark == ", " and word_given_name(rules, first, last, text, match.end()))
            or (
                cases == ("title", "title")
                and bare_word(first) in rules.every_first_name
                and rare_surname(last, rules)  # "Ibekwe, Augustina": a surname no list holds
            )
            or (
                beside
                and (
                    # "Okonkwo,Adaeze,2PX4TN6GC93": a row's cells, no census name needed
                    # "FLOMO, MOMOLU. Sanford ...": in capitals, closed by a stop or a bracket
                    is_unlisted_pair(rules, last, first, census=mark != "," and not closed)
                    or (
                        bare_word(first) in rules.every_first_name
                        and bare_word(last) in rules.surnames
                    )
                )
            )
        ):
            continue
        if (
            cases[0] == "lower"
            and not system
            and (bare_word(last) not in rules.surnames or bare_word(last) in rules.ordinary)
        ):
            continue  # "smith, john" in lower case: a census surname that is no ordinary word
        # after a patient's word, a surname that is an English word too: "pt Active, Nellie"
        cued = cases == ("title", "title") and _cued(rules, text, match.start())
        if not (surname_like(last, rules) or cued) or bare_word(last) in rules.businesses:
            continue  # "Hi team, Angela": an ordinary word; "from Invacare, John": a company
        if STREET_WORD.fullmatch(last) and re.search(r"\d", text[: match.start()]):
            continue  # "1 Park Plaza, Irvine": a street, then its city
        if not cued and re.search(
            r"\b(?i:in|near) $", text[max(0, match.start() - 6) : match.start()]
        ):
            continue  # "AQI 280 in Yakima, Wade's doing deliveries": a town, then a name
        if _names_listed(rules, text, match):
            continue  # "Billing huddle - Yesenia, Kofi, Rosalind": given names, one by one
        sign_off = ends_right_before(rules.colleague_before, text, match.start(3))
        if sign_off and sign_off.start() == match.start(1):
            continue  # "Best, Rosalind Ashby": a letter's sign-off, then the writer
        if job_after(rules, text[match.end() : match.end() + 60]):
            continue  # "QUINTERO, MARISOL - Billing Lead - ext 4410": a colleague's line
        named = is_name_word(last, rules) or (loose and bot_word_surname(last, rules)) or cued
        if cued:  # "pt" typed in lower case is the patient, not a physical therapist
            return True
        if named and not clinician_near(rules, text, match.start(), match.end()):
            return True  # beside another identifier also "Walker, Hazel 4VK7YW5EK50"
    return loose and _capital_surname_given(rules, text)


def _capital_surname_given(rules: NameRules, text: str) -> bool:
    """A surname of the census, also the rarest, in capitals, then a given name, no comma ("pt
    WHITLOCK Ardell, SSN ...", see `caps_surname_given`), read only beside another identifier:
    not a clinician's ("Dr. HALE Maria", "PT HALE Maria") nor a colleague's line."""
    for match in caps_surname_given(rules, text, rules.all_surnames):
        cued = _cued(rules, text, match.start())  # "pt" in lower case: the patient's word
        if not cued and clinician_near(rules, text, match.start(), match.end()):
            continue
        if not job_after(rules, text[match.end() : match.end() + 60]):
            return True
    return False


# After a patient's word, what may stand before "Last, First": "'s name", a bracketed aside,
# the card or system it is on, "is", a colon, a chart number, a quote or a bracket ("Patient:
# MEAS, Sokunthea", "pt name on Medi-Cal is "NOLASTNAME, SOPHAL"", "patient 667061 (ROS, ...").
_CUED_GAP = re.compile(
    r"(?:'s)?(?: name)?(?: \([^()]{1,20}\))?(?: (?:on|in) [\w-]+)?(?: (?:is|was|=))?"
    r"[ :#=-]*(?:\d{4,12} )?[\"'(\u201c]?$",
    re.IGNORECASE,
)
_CUED_LAST_FIRST = re.compile(
    r"(?<![\w'-])([^\W\d_]{2,}(?:['-][^\W\d_]{2,})?) ?, ?([^\W\d_]{2,}(?:-[^\W\d_]{2,})?)\b"
)


def has_cued_last_first(rules: NameRules, text: str) -> bool:
    """ "Patient: MEAS, Sokunthea", "PATIENT: MCALLISTER-NGATA, HEMI": a "Last, First" right after
    a patient's word, as a chart or a card prints it, also of two words in no name list; not two
    words the bot itself uses ("pt: Walker, Rollator"), a business, a place or a clinician."""
    for match in _CUED_LAST_FIRST.finditer(text):
        last, first = match.groups()
        if case_of(first) not in ("title", "upper") or case_of(last) not in ("title", "upper"):
            continue
        if case_of(first) == "upper" and case_of(last) == "title":
            continue  # "Smith, MD", "Jones, RN"
        cues = list(rules.cue.finditer(text, max(0, match.start() - 45), match.start()))
        cue = cues[-1] if cues else None  # the cue nearest the name
        if cue is None or not _CUED_GAP.fullmatch(text, cue.end(), match.start()):
            continue
        if cue.group() in ("PT", "OT"):
            continue  # "PT: Hill, Thomas" may be the therapist
        if (
            _name_like(rules, last)
            and _name_like(rules, first, given=True)
            and not clinician_near(rules, text, match.start(), match.end())
        ):
            return True
    return False


def _name_like(rules: NameRules, word: str, given: bool = False) -> bool:
    """A word that may be a name part: a listed name, or a word the bot never uses and (for a
    surname) in no dictionary; never a business's, a place's or a clinician's word."""
    bare = bare_word(word)
    if not is_name_word(word, rules) or bare in rules.businesses or bare in rules.place_names:
        return False
    listed = bare in rules.every_first_name or bare in rules.surnames
    return listed or (unlisted(word, rules) and (given or bare not in rules.english))


def _cued(rules: NameRules, text: str, start: int) -> bool:
    """A patient's word right before `start` ("pt ", "patient: "), a given name in the lists."""
    cue = rules.cue.search(text, max(0, start - 12), start)
    return bool(cue and not cue.group().isupper() and not text[cue.end() : start].strip(" :"))


_NEXT_IN_LIST = re.compile(r" ?, ?(?:and |& )?([A-Z][a-z]+)\b(?! ?,? ?\d)")


def _names_listed(rules: NameRules, text: str, match: re.Match[str]) -> bool:
    """Whether "Last, First" is a list of given names (a meeting's, a rota's): the first word a
    given name too, and another given name after a comma ("Yesenia, Kofi, Rosalind")."""
    after = _NEXT_IN_LIST.match(text, match.end())
    return bool(
        after
        and bare_word(match.group(1)) in rules.every_first_name
        and bare_word(after.group(1)) in rules.every_first_name
    )


_PARTICLES_BEFORE = re.compile(
    rf"(?:^|[\s>*_(])(?:(?:{'|'.join(sorted(PARTICLES))}|st\.?|ste?\.?) )+$", re.IGNORECASE
)


# As far back as a match need reach: one particle, the characters either side of it and a line's
# end (where several particles match, the last alone does too). Searched from the text's start
# for every pair, the pattern took seconds on a long paste of pairs ("Ab; Ab; Ab; ...").
_PARTICLE_REACH = max(len(word) for word in (*PARTICLES, "ste.")) + 3


def _after_particles(text: str, start: int) -> bool:
    """Whether a surname's particles come right before `start`: "Van der Merwe", "de la Cruz"."""
    return _PARTICLES_BEFORE.search(text, max(0, start - _PARTICLE_REACH), start) is not None


def _given_name(rules: NameRules, word: str, cases: tuple[str, str]) -> bool:
    """A given name after a surname with particles, in the surname's case: a census first name,
    or a capitalised word in no dictionary the bot never uses ("Van der Merwe, Pieter")."""
    if cases not in (("title", "title"), ("upper", "upper")):
        return False
    bare = bare_word(word)
    return bare in rules.every_first_name or (
        len(bare) > 2
        and unlisted(word, rules)
        and bare not in rules.english
        and bare not in rules.place_names
    )


# "okonkwo, chidinma: pod missing": a "Last, First" heading a message, then a colon or a dash,
# or the whole message.
_LAST_FIRST_HEADING = re.compile(
    r"^[\s>*_]*(?:([^\W\d_][\w'-]+) )?([^\W\d_][\w'-]+) ?[,;] ?([^\W\d_][\w'-]+)"
    r"(?: [^\W\d_][\w'-]*\.?)?(?:,? (?i:jr|sr|ii|iii|iv)\.?)?"  # "Phuc Van", "J. Jr."
    r" ?(?::|-{1,2} |\s*$| vs\.? | or )"  # "Xiong, Nhia Yer vs Xiong, Nhiayer - same person?"
)


def has_heading_last_first(rules: NameRules, text: str) -> bool:
    """A "Last, First" that heads a message as the case it is about ("okonkwo, chidinma: pod
    missing, swo ok"), two words the bot never uses in one case, even outside the name lists;
    also with two surnames, the first a census one ("Delgado Rentería, Maximiliano")."""
    found = _LAST_FIRST_HEADING.match(text)
    if found is None or bare_word(found.group(2)) in rules.businesses:
        return False
    paternal, last, first = found.groups()
    if paternal and not (
        case_of(paternal) == case_of(last)
        and bare_word(paternal) in rules.surnames
        and bare_word(paternal) not in rules.ordinary
        and bare_word(paternal) not in rules.businesses
    ):
        return False
    if ends_right_before(rules.colleague_before, text, found.start(3)) or job_after(
        rules, text[found.end(3) : found.end(3) + 60]
    ):
        return False  # a sign-off: "Cheers, Tamsin", "Gracias, Ximena"; a job after the name
    return is_unlisted_pair(rules, last, first, census=False) and not clinician_near(
        rules, text, found.start(2), found.end(3)
    )
