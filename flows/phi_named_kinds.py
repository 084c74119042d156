"""Names more kinds in a message already refused on its other kinds, so the warning says all
that was seen: a pair of name words anywhere in it ("Hobart Bumgardner cell 865.555.0130",
"WANDA OIDTMAN", "Mukherjee, Arundhati / Medicaid ...", "gilberto fontaine RI Medicaid ID ..."),
and a date in a form or a year no service date has ("19350709", "2/27/31", "Mar 28th
birthday"). Read only after the office's and businesses' values are cleared, never alone: it
names a kind, it never refuses a text by itself."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import datetime
from itertools import accumulate

from flows.phi_ids import plan_number_starts
from flows.phi_name_forms import rare_surname
from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, unlisted
from flows.phi_rules import Rules
from flows.phi_shapes import ADDRESS, PHONE, PHONE_DIGITS, STREET_FIRST, STREET_WORD
from flows.phi_spelled import PHONETIC_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_PREFIXED = re.compile(r"(?:Mc|Mac|O'|D'|De|La|Di)[A-Z][a-z]+")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A birth date's forms beside another identifier: 837's and HL7's "19350709" (not a labelled
# number: "ICN 19870301", "part # 19750415"), a two-digit year no service, authorisation or
# rental date has ("2/27/31": 1930 to 1989; "auth thru 6/30/27" is a date to come), a month's
# name with such a year, and a month and day before "birthday" ("Mar 28th birthday").
_BIRTH_DATE = re.compile(
    r"(?<![\w.-])(?P<compact>19[0-8]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w.-])"
    r"|(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/[3-8]\d(?![\d/.-])"
    rf"|(?<!\w)(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? |\d{{1,2}} {_MONTH},? )19[0-8]\d(?!\d)"
    rf"|(?<!\w){_MONTH} \d{{1,2}}(?:st|nd|rd|th)? (?:birthday|bday|b-day)\b",
    re.IGNORECASE,
)
_NUMBER_LABEL_BEFORE = re.compile(
    r"(?:#|\b(?:icn|dcn|ndc|ref|inv|invoice|lot|po|sn|claim|order|serial|model|part|item|auth"
    r"|acct|account|tracking|confirmation|conf)\b\.?:?) ?#? ?$",
    re.IGNORECASE,
)
# A surname's possessive before a relative's word: "Haugland's grandson will be home".
_KIN = re.compile(r"(?<![\w'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)'s (?=[a-z])")
# A clinician's or a colleague's mark right before the pair ("Dr. Ruth Ann Bax", "comment by")
# or a credential right after it ("Colleen Marhefka NP"): not the patient's.
_CLINICIAN_BEFORE = re.compile(
    r"\b(?:dr|np|rn|pa|md|do|pt|ot|rt|atp|by|per|rep|nurse|physician|therapist|cc)\.?:? "
    r"(?:[A-Z][a-z]+ )?$",
    re.IGNORECASE,
)
_CREDENTIAL_AFTER = re.compile(r",? ?(?:md|np|rn|pa|do|rt|atp|dpt|pt|ot|lpn|cpc)\b", re.IGNORECASE)
_STAFF_AFTER = re.compile(r"\s*(?:in|from|at) (?:billing|intake|the office|customer service)\b")
# A middle initial between a given name and a surname: "Purnell C. Pusey", "Hyun-woo K. Tawes".
# A lower-case initial only with its dot ("fikreta c. mukendi"; not "blanca y azul").
_INITIAL = re.compile(r" (?:[A-Z]\.?|[a-z]\.) ")
# Where a field starts: the text's or a line's start, or a mark ("—", ",", ":", "|", "(").
_FIELD_START = re.compile(r"(?:^|[\n,:;|(/\u2013\u2014-]) ?$")
# A phone right after a label's word ("home 614-555-0100", "home: (614) 555-0100").
_LABELLED_NUMBER = re.compile(r" ?:? ?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d)")
# A house number (and a direction) right before: "1451 W Andrew Johnson Hwy" is a street.
_HOUSE_NUMBER_BEFORE = re.compile(r"\d[A-Za-z]?(?: [NSEW]\.?| [A-Z]{1,2})? ?$")


def _case(word: str) -> str:
    """ "upper", "lower", "title" (also "McAllister", "Tuimavave-Leota") or "" for mixed case."""
    if word.isupper() and len(word) > 1:
        return "upper"
    if word.islower():
        return "lower"
    if word[0].isupper() and (word[1:].islower() or "-" in word or _PREFIXED.fullmatch(word)):
        return "title"
    return ""


def _not_a_name(rules: NameRules, word: str) -> bool:
    """A word of the bot's, a business's, a place's, a street's, a clinician's or the phonetic
    alphabet's, or an English word that is no census name."""
    bare = bare_word(word)
    listed_elsewhere = (
        rules.ordinary,
        rules.businesses,
        rules.company_words,
        rules.place_names,
        rules.place_words,
        rules.place_ends,
        rules.not_names,
        rules.clinicians,
        rules.residences,
        PHONETIC_WORDS,
    )
    if len(bare) < 2 or any(bare in words for words in listed_elsewhere) or bare in rules.brands:
        return True
    if STREET_WORD.fullmatch(word):
        return True
    return bare in rules.english and bare not in rules.census


def _listed(rules: NameRules, word: str) -> bool:
    bare = bare_word(word)
    return bare in rules.every_first_name or bare in rules.all_surnames


def _is_pair(rules: NameRules, text: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """Two words of one case that read as a person's name, one of them a census name: first
    and last ("Hobart Bumgardner"), or last, first ("OIDTMAN, WANDA"); in lower case only a
    listed given name and a census surname, first then last ("gilberto fontaine")."""
    one, two, gap = first.group(), last.group(), text[first.end() : last.start()]
    case = _case(one)
    if case == "upper" and _case(two) == "title" and len(one) > 2 and not _not_a_name(rules, two):
        return _surname_then_given(rules, text, first, last)  # "PETTAWAY,Rigoberto"
    if (
        not case
        or one == two
        or case != _case(two)
        or _not_a_name(rules, one)
        or _not_a_name(rules, two)
    ):
        return False
    if _CLINICIAN_BEFORE.search(text, max(0, first.start() - 12), first.start()):
        return False
    if _HOUSE_NUMBER_BEFORE.search(text, max(0, first.start() - 12), first.start()):
        return False
    after = text[last.end() : last.end() + 20]
    if _CREDENTIAL_AFTER.match(after) or re.match(r"\s*:", after):
        return False  # "Colleen Marhefka NP", a chat's "Amber Fugate: ..." header
    if _STAFF_AFTER.match(after):
        return False  # "Tammy Rhodes in billing"
    following = _WORD.match(after[1:]) if after[:1] == " " else None
    if following and case != "lower":
        word = following.group()
        if _case(word) == case or (_not_a_name(rules, word) and not word.islower()):
            return False  # part of a longer name: "Lakeview Pines Apartments", "Pond Nursing"
    if case == "lower":  # "gilberto fontaine", "sandberg, tomasa"; not "roja, blanca y azul"
        facility = following and bare_word(following.group())
        # "kenwood meadows care center" is a facility's name; "maria lopez home 614-555-0100"
        # a person's, "home" labelling the number after it
        labels = following and _LABELLED_NUMBER.match(text, last.end() + 1 + following.end())
        named = facility and (facility in rules.company_words or facility in rules.residences)
        if named and not labels:
            return False
        given, surname = (one, two) if "," not in gap else (two, one)
        if re.match(r" (?:y|and|or|e|et|und|o) ", after) or len(given) < 3 or len(surname) < 4:
            return False
        if bare_word(given) in rules.first_names and bare_word(surname) in rules.all_surnames:
            return True
        # names of every origin, standing as a field (opening the text or a line, or after a
        # mark): one of them listed, the other in no dictionary ("— stavroula dashiell", ":
        # tesfaye, shira"); not amid words of another language ("de la tarjeta roja")
        if not _FIELD_START.search(text, max(0, first.start() - 2), first.start()):
            return False
        listed = (
            bare_word(given) in rules.every_first_name or bare_word(surname) in rules.all_surnames
        )
        return listed and all(unlisted(word, rules) or _listed(rules, word) for word in (one, two))
    if case == "upper" and (len(one) < 3 or len(two) < 3):
        return False  # "CIN QZ48813T", "FPO AE"
    if _listed(rules, one) or _listed(rules, two):
        return True
    # A name's own shape says it is one: "Aldona K. Stathakis", "Stamatakis, Fikreta".
    shaped = _INITIAL.fullmatch(gap) or (case == "title" and gap in (", ", ","))
    return bool(shaped) and (rare_surname(one, rules) or rare_surname(two, rules))


def _surname_then_given(
    rules: NameRules, text: str, first: re.Match[str], last: re.Match[str]
) -> bool:
    """A surname in capitals then a given name ("ZHANG, Chinedu", "KAPLAN,Lorraine", "PUSEY
    Yesenia"): after a comma, either a listed name; with a space only, a census surname and a
    listed given name; not a clinician's nor the first words of a longer name or a heading."""
    one, two = bare_word(first.group()), bare_word(last.group())
    if _not_a_name(rules, first.group()) or one in rules.ordinary:
        return False
    if _CLINICIAN_BEFORE.search(text, max(0, first.start() - 12), first.start()):
        return False
    after = text[last.end() : last.end() + 20]
    if _CREDENTIAL_AFTER.match(after) or re.match(r"\s*:", after) or _STAFF_AFTER.match(after):
        return False
    following = _WORD.match(after[1:]) if after[:1] == " " else None
    if following and _case(following.group()) == "title":
        return False  # "MAIN Street Medical", "ACME Home Health"
    if "," in text[first.end() : last.start()]:
        return _listed(rules, first.group()) or _listed(rules, last.group())
    return one in rules.all_surnames and two in rules.first_names


def with_birth_date(text: str, found: set[str]) -> set[str]:
    """`found` with a date of birth added when a birth date's form stands in a text already
    refused on its other kinds."""
    if not found or "dob" in found:
        return found
    for date in _BIRTH_DATE.finditer(text):
        if date["compact"] and (
            _NUMBER_LABEL_BEFORE.search(text, max(0, date.start() - 16), date.start())
            or not _real_date(date["compact"])
        ):
            continue  # "ICN 19870301", "claim 19660230": a number, not a date
        return found | {"dob"}
    return found


def _real_date(digits: str) -> bool:
    try:
        datetime.strptime(digits, "%Y%m%d")
    except ValueError:
        return False
    return True


def is_pair_at(rules: NameRules, text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is two words that read as a person's name (`_is_pair`), or two
    capitalised words in no dictionary or list of the bot's words ("Vasilios Adhikari")."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) != 2:
        return False
    one, two = (word.group() for word in words)
    if _is_pair(rules, text, words[0], words[1]):
        return True
    return (
        _case(one) in ("title", "upper")
        and _case(one) == _case(two)
        and not (_not_a_name(rules, one) or _not_a_name(rules, two))
        and rare_surname(one, rules)
        and rare_surname(two, rules)
    )


def _pairs(text: str, words: list[re.Match[str]]) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each two words next to each other (" ", ", " or "," between), and each two with a
    middle initial between ("Aldona K. Stathakis")."""
    for at, (first, last) in enumerate(zip(words, words[1:], strict=False)):
        if text[first.end() : last.start()] in (" ", ", ", ","):
            yield first, last
        after = words[at + 2] if at + 2 < len(words) else None
        initial = after and _INITIAL.fullmatch(text, first.end(), after.start())
        if (
            after
            and initial
            and (_case(last.group()) == _case(first.group()) or last.group().isupper())
        ):
            yield first, after


@functools.lru_cache(maxsize=4)
def _query_keys(keys: tuple[str, ...]) -> re.Pattern[str]:
    found = "|".join(re.escape(key).replace("_", "[ _]?") for key in keys)
    return re.compile(rf"[?&](?:{found})=([^\W\d_]{{2,}})", re.IGNORECASE)


def _query_name(rules: Rules, text: str) -> bool:
    """A web link's name key with a name's value ("&ln=KOWALCZYK"), not an empty one."""
    if "=" not in text:
        return False
    keys = _query_keys(tuple(rules.file.name_query_keys))
    return any(
        bare_word(m.group(1)) not in ("null", "none", "undefined", "test")
        for m in keys.finditer(text)
    )


def with_pair_name(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with a name added when a pair of name words stands anywhere in a text already
    refused on its other kinds."""
    if not found or "name" in found:
        return found
    # street[k]: how many of the first k characters lie in a street or the two after it
    street = [0] * (len(text) + 2)
    for shape in (ADDRESS, STREET_FIRST):
        for found_street in shape.finditer(text):
            low, high = found_street.start() + 1, min(found_street.end() + 4, len(street))
            street[low:high] = [1] * (high - low)
    street = list(accumulate(street))
    if _query_name(rules, text):
        return found | {"name"}  # "...elig?mbi=...&ln=BAUTISTA"
    words = list(_WORD.finditer(text))
    for first, last in _pairs(text, words):
        if street[last.end() + 1] > street[first.start()]:
            continue  # "Calle Luna 214", "61 Pinecrest Dr, Eau Claire": a street or its town
        if "@" in text[last.end() : last.end() + 1] or (
            first.start() > 0 and text[first.start() - 1] in ".@"
        ):
            continue  # an e-mail's own words
        if _is_pair(rules.names, text, first, last):
            return found | {"name"}
    for kin in _KIN.finditer(text):  # "deliver to ..., Haugland's grandson will be home"
        word = bare_word(kin.group(1))
        surname = word in rules.names.all_surnames and word not in rules.names.brands
        if surname and rules.cue["relative"].match(text, kin.end()):
            return found | {"name"}
    return found


# What may stand between a person's name and their phone: a comma or a dash, a callback's or a
# phone's label, a bracket ("Tamang, Harlan, 6035550153", "Shira Bautista cb 410-555-0163",
# "mr Brooks (6675550111)").
_BEFORE_NUMBER = re.compile(
    r"(?:[,;|]| [-\u2013\u2014])?"
    r"(?: (?i:cb|call ?back|callback|ph|phone|cell|tel|mobile|home|at)\.?:?)?"
    r" ?\(?$"
)
_TITLED_BEFORE = re.compile(r"(?<![\w'-])(?i:mr|mrs|ms|miss|mx)\.? [^\W\d_][\w'-]*$")
_EXTENSION_AFTER = re.compile(r" ?,? ?(?:x|ext\.?|extension|ext #) ?\d", re.IGNORECASE)
# The same person's other values between the name and the phone: an e-mail, a birth date after
# "dob" or "born", an MBI ("Harpreet F. Odom, odomh78@example.com, 7655550161"); not a bare date
# ("Beck,Rosaura,1924-12-14,2303896233": a row's ten digits may be a member ID).
_L, _AN = "[AC-HJKMNP-RT-Y]", "[0-9AC-HJKMNP-RT-Y]"  # an MBI's letters: no S, L, O, I, B, Z
_VALUES_BEFORE = re.compile(
    r"(?:[,;]? ?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\(?(?i:dob|born|b\.):? ?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
    rf"|(?i:[1-9]{_L}{_AN}\d-?{_L}{_AN}\d-?{_L}{_L}\d\d)))+[,;]? ?\(?$"
)


# A number no phone, SSN or date has, unlabelled: eleven or twelve digits, or two or three
# letters then eight digits or more ("94734331611", "MZ679163597").
_MEMBER_SHAPE = re.compile(r"(?<![\w-])(?:\d{11,12}|[A-Z]{2,3}\d{8,11})(?![\w-])")
# A state's code before a plan's name: "Fecteau, Purna, NH Medicaid 21401611880".
_STATE_BEFORE = re.compile(r" ?\b[A-Z]{2} ?$")


def with_plan_number_beside_name(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with a member ID added when a plan's name and a long number, or a number of a
    member ID's shape alone (`_MEMBER_SHAPE`), stand right after a person's name in a text
    already refused on its other kinds ("Meiling W. Ayala, UHC 979054200 is the PA on file?",
    "Bernadine Zhang, MZ679163597"): the question after it does not make the number a billing
    one."""
    if not found or "member_id" in found or "name" not in found:
        return found
    for start in plan_number_starts(rules, text):
        state = _STATE_BEFORE.search(text, max(0, start - 4), start)
        if _named_before(rules, text, state.start() if state else start):
            return found | {"member_id"}
    for number in _MEMBER_SHAPE.finditer(text):  # "Dashiell,Oluwaseun, 94734331611"
        if _named_before(rules, text, number.start()):
            return found | {"member_id"}
    return found


def with_phone_beside_name(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with a phone added when a US number stands right after a person's name in a text
    already refused on its other kinds ("Tigist Brooks cb 4435550168", "MRS. DINKEL 5315550123"):
    the words elsewhere that made it read as an office's line ("fax", a payer's name) say nothing
    of a number given beside a patient's name, also past that person's e-mail, birth date or MBI.
    Not an office's line with an extension."""
    if not found or "phone" in found or "name" not in found:
        return found
    for number in personal_numbers(rules, text):
        if _EXTENSION_AFTER.match(text, number.end()):
            continue  # "ext. 253": an office's line
        if _named_before(rules, text, number.start()):
            return found | {"phone"}
        values = _VALUES_BEFORE.search(text, max(0, number.start() - 80), number.start())
        if values and values.start() and _named_before(rules, text, values.start()):
            return found | {"phone"}
    return found


def personal_numbers(rules: Rules, text: str) -> Iterator[re.Match[str]]:
    """The US phone numbers of `text`, grouped or in one run of digits, whose area code is none
    of the businesses' (phi.yaml `business_area_codes`)."""
    business = set(rules.file.business_area_codes)
    for shape in (PHONE, PHONE_DIGITS):
        for number in shape.finditer(text):
            area = number.group(1) or number.group(2) if shape is PHONE else number.group(1)
            if area not in business:
                yield number


def _named_before(rules: Rules, text: str, start: int) -> bool:
    """Whether a person's name, or a title and a surname, ends right before `start`, past a
    separator or a phone's label (`_BEFORE_NUMBER`)."""
    low = max(0, start - 60)
    gap = _BEFORE_NUMBER.search(text, low, start)
    end = gap.start() if gap else start
    if _TITLED_BEFORE.search(text, low, end):
        return True  # "Mr. Zervos 1-803-555-0103"
    words = [word for word in _WORD.finditer(text, low, end)]
    if not words or words[-1].end() != end:
        return False
    return any(
        last.end() == end and _is_pair(rules.names, text, first, last)
        for first, last in _pairs(text, words[-3:])
    ) or is_pair_at(rules.names, text, words[-2].start() if len(words) > 1 else end, end)
