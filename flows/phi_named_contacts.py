"""Names a contact in a message already refused for naming someone: an e-mail address whose
mailbox spells a name word the message gave before it ("Mr. Zancanella | email on file
jzancanella@...", "FEARNOW, WENDELL / EMAIL FEARNOW.WENDELL58@..."), that person's own whatever
business the message mentions first; and a phone number in its grouped 3-3-4 form with no
business's, toll-free or other number's label before it ("Salina, Kansas 67401, 785.555.0130").
Never read alone: it names a kind, it never refuses."""

from __future__ import annotations

import re

from flows.phi_beside_names import is_strict_name_word
from flows.phi_mail import business_domain, work_mailbox
from flows.phi_rules import Rules
from flows.phi_shapes import EMAIL, PHONE

_WORD = re.compile(r"[^\W\d_]{4,}")


def with_named_mailbox(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with "email" when a mailbox (no role's, no business's) spells a name word of the
    message, capitalised before the address and no dictionary, business or place word."""
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
            if (
                word.group()[0].isupper()
                and word.group().lower() in local
                and is_strict_name_word(rules.names, word.group())
            ):
                return found | {"email"}
    return found


# Grouped as a phone is dialled: separators between the area code, the exchange and the line.
_GROUPED = re.compile(r"\d{3}\D+\d{3}\D+\d{4}$")
_LABEL_WORDS = re.compile(r"[a-z]+")


def with_grouped_phone(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with "phone" when a phone number grouped 3-3-4 stands in a message naming
    someone, no toll-free line and no billing, business or fax word in the three words before it
    ("NPI 123-456-7890", "clinic fax (406) 555-0101" are not the person's)."""
    if "name" not in found or "phone" in found:
        return found
    for number in PHONE.finditer(text):
        area = number.group(1) or number.group(2)
        if area in rules.toll_free or not _GROUPED.search(number.group()):
            continue
        before = _LABEL_WORDS.findall(text[max(0, number.start() - 40) : number.start()].lower())
        if set(before[-3:]) & (rules.billing_words | rules.business_words):
            continue
        return found | {"phone"}
    return found
