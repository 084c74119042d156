"""Names a contact in a message already refused for naming someone: an e-mail address whose
mailbox spells a name word the message gave before it ("Mr. Zancanella | email on file
jzancanella@...", "FEARNOW, WENDELL / EMAIL FEARNOW.WENDELL58@..."), that person's own whatever
business the message mentions first; a phone number right after a callback label ("cb
907/555-0143"); and a phone number in its grouped 3-3-4 form right after another of the person's
values ("Salina, Kansas 67401, 785.555.0130") or after a phone's label ("contact # 1-340-555-0107").
A number right after the person's name: flows/phi_named_kinds.py.
Never read alone: it names a kind, it never refuses."""

from __future__ import annotations

import re

from flows.phi_beside_names import is_strict_name_word
from flows.phi_context import cue_near
from flows.phi_mail import EMAIL, business_domain, work_mailbox
from flows.phi_named_kinds import personal_numbers
from flows.phi_rules import Rules
from flows.phi_shapes import PHONE

_WORD = re.compile(r"[^\W\d_]{4,}")


def with_named_mailbox(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with "email" when a mailbox (no role's, no business's) spells a name word of the
    message before the address, no dictionary, business or place word ("merle.quarterman@")."""
    if "name" not in found or "email" in found or "@" not in text:
        return found
    for address in EMAIL.finditer(text):
        local, _, domain = address.group().lower().partition("@")
        parts = set(re.split(r"[._+-]|\d+", local)) - {""}
        if not domain or parts & rules.role_mailboxes or parts & rules.desk_mailboxes:
            continue
        if business_domain(domain, rules.names.mail_domain_words) or work_mailbox(
            rules.names, local, domain, text
        ):
            continue
        before = text[max(0, address.start() - 200) : address.start()]
        for word in _WORD.finditer(before):
            if word.group().lower() in local and is_strict_name_word(rules.names, word.group()):
                return found | {"email"}
    return found


# Grouped as a phone is dialled: separators between the area code, the exchange and the line.
_GROUPED = re.compile(r"\d{3}\D+\d{3}\D+\d{4}$")
# The field before the number ends in another value (a ZIP code, an MBI, a date): a list of one
# person's values, not a business's or a clinician's name before their line.
_VALUE_BEFORE = re.compile(r"\w*\d\w*[\s,;|/\u2013\u2014-]*$")
_WORDS = re.compile(r"[a-z]+")
# Whose line the words after the number say it is: "is Apria's line", "(the clinic's fax)".
_OWNED_AFTER = re.compile(
    r"[\s,(-]*(?:is|was|=)?\s*(?:[\w&.-]+'s|the|our|their)\s+(?:main\s+)?"
    r"(?:line|number|fax|office|desk|phone)\b",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"\s*\(?(?:x|ext\.?|extension)\s*\d", re.IGNORECASE)


def with_grouped_phone(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with "phone" when a phone number grouped 3-3-4 follows another of the person's
    values in a message naming someone ("Salina, Kansas 67401, 785.555.0130", "MBI 7CH3 EN2 XU28
    - 620.555.0161"); not a toll-free line, one with an extension or one the words after it
    give a business ("... is Apria's line")."""
    if "name" not in found or "phone" in found:
        return found
    for number in PHONE.finditer(text):
        area = number.group(1) or number.group(2)
        if area in rules.toll_free or not _GROUPED.search(number.group()):
            continue
        if _EXTENSION.match(text, number.end()) or _OWNED_AFTER.match(text, number.end()):
            continue  # "ext 514", "317-555-0101 is Apria's line"
        after = set(_WORDS.findall(text[number.end() : number.end() + 40].lower())[:4])
        if after & (rules.business_words | rules.names.company_words):
            continue
        if _VALUE_BEFORE.search(text, max(0, number.start() - 30), number.start()):
            return found | {"phone"}
        if _cued_own_line(rules, text, number.start()):
            return found | {"phone"}
    return found


def _cued_own_line(rules: Rules, text: str, start: int) -> bool:
    """A phone's label right before the number ("contact # 1-340-...", "call back at ...") with
    no business's, company's or clinician's word in the five words before it."""
    if not cue_near(rules, "phone", text, start, words=1):
        return False
    recent = set(_WORDS.findall(text[max(0, start - 60) : start].lower())[-5:])
    return not recent & (rules.business_words | rules.names.company_words | rules.names.clinicians)


# A person's own number by its label: "cb", "call back #", "cell", "mobile", "home", "her number".
_CALLBACK_LABEL = re.compile(
    r"(?<![\w-])(?:cb|call ?back(?: ?#| number| no\.?)?|cell(?: phone)?|mobile|home(?: phone)?"
    r"|(?:her|his|their) (?:number|cell|phone)|tel\.?|ph(?:one)?\.?)\s?[:#=-]?\s?$",
    re.IGNORECASE,
)
# A word before the label that makes it an office's line: "Dr. office tel.", "clinic cell".
_OFFICE_BEFORE = re.compile(
    r"\b(?:office|clinic|fax|store|desk|vendor|rep|dr|pharmacy|billing|hospital|facility|support"
    r"|plant|company|supplier|manufacturer|payer|line|nursing|care|health|medical|supply|rehab)"
    r"\b\W{0,3}$",
    re.IGNORECASE,
)


def _office_before(rules: Rules, text: str, start: int) -> bool:
    """Whether an office's or a business's word stands right before a phone's label at `start`
    ("clinic tel.", "Acme Rehab Supply ph")."""
    if _OFFICE_BEFORE.search(text, max(0, start - 25), start):
        return True
    words = re.findall(r"[a-z&']+", text[max(0, start - 30) : start].lower())[-2:]
    return not rules.business_words.isdisjoint(words)


def with_labelled_phone(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with a phone added when a refused message with a person's name holds a US number
    right after a callback label ("cb 907/555-0143", "mobile 1-907-555-0188"), not an office's
    ("clinic tel. 907 555-0101") nor one of the businesses' area codes."""
    if not found or "phone" in found or "name" not in found:
        return found
    for number in personal_numbers(rules, text):
        label = _CALLBACK_LABEL.search(text, max(0, number.start() - 20), number.start())
        if label and not _office_before(rules, text, label.start()):
            return found | {"phone"}
    return found


# Two or three words right before an address, whatever cells or marks part them: "Pike,Otto,",
# "| Ruiz | Ana | ", '"Fenn","Rhoda","' (a pasted row's cells, a spreadsheet's columns).
_CELLS_BEFORE = re.compile(r"(?:[^\W\d_][^\W\d_'-]*[\s,;|/\"'\t]+){2,3}$")
_CELL_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*")


def with_mailbox_owner(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with "name" when the words right before a person's e-mail address, in cells or
    not, are name words its mailbox spells ("Pike,Otto,otto.pike1940@...", "| Ruiz | Ana |
    ana.ruiz@..."): one word whole in the mailbox, the others by their initial at least."""
    if "email" not in found or "name" in found:
        return found
    for address in EMAIL.finditer(text):
        local = address.group().lower().partition("@")[0]
        cells = _CELLS_BEFORE.search(text, max(0, address.start() - 60), address.start())
        if cells is None:
            continue
        words = _CELL_WORD.findall(cells.group())
        if not all(is_strict_name_word(rules.names, word) for word in words):
            continue
        spelled = [word.lower() for word in words]
        if any(len(w) > 3 and w in local for w in spelled) and all(w[0] in local for w in spelled):
            return found | {"name"}
    return found
