"""Names more kinds in a message already refused on its other kinds, by a value's whole form,
so the warning says all that was seen: a whole postal address ("Deb Orr, 212 Quarry Ln Apt 3,
Tolland, CT 06084") and a name written "Last, First M." ("Varga, Ezekiel T"). A person's phone
and e-mail: flows/phi_named_contacts.py.
Read only after the office's and businesses' values are cleared, never alone: it names a kind,
it never refuses a text by itself."""

from __future__ import annotations

import re

from flows.phi_address import business_street, person_before
from flows.phi_name_roles import clinician_near
from flows.phi_rules import Rules
from flows.phi_shapes import STREET_WORD

_SUFFIX = (
    r"(?:st|street|rd|road|ave|avenue|blvd|boulevard|dr|drive|ln|lane|ct|court|pkwy|parkway"
    r"|hwy|highway|way|pl|place|cir|circle|ter|terrace|trl|trail|loop|pike|sq)"
)
_UNIT = (
    r"(?:[ ,]+(?:apt|apartment|unit|ste|suite|lot|trlr|trailer|#|bldg|rm|space|fl|floor"
    r"|\d+(?:st|nd|rd|th) (?:fl|floor))\.?(?: ?[\w-]+)?(?: rear| front)?)"
)
# The house number, up to four street words and the street's kind, any units, then the town,
# a two-letter state and a ZIP: a shape no product, price or date has.
_POSTAL_ADDRESS = re.compile(
    r"(?<![\w#-])\d{1,6}[A-Z]?(?: [NSEW]{1,2}\.?)?(?: [A-Za-z0-9'.-]+){1,4} "
    + _SUFFIX
    + r"\.?(?: [NSEW]{1,2}\b)?"
    + _UNIT
    + r"*[ ,]+(?:[A-Za-z.'-]+ ){0,3}[A-Za-z.'-]+,? [A-Za-z]{2}\.?,? \d{5}(?:-\d{4})?(?!\d)",
    re.IGNORECASE,
)
# The business's own address: "our Kingsport store 145 E Stone Dr, ...", "we moved to".
_OURS_BEFORE = re.compile(r"\b(?:our|we|we're|we've|us)\b[^.;|/\n]{0,40}$", re.IGNORECASE)


# What is sent to a payer's or a business's address: "mail appeals to", "send the refund to".
_SENT_TO_BUSINESS = re.compile(
    r"\b(?:appeals?|redeterminations?|reconsiderations?|payments?|claims?|checks?|returns?"
    r"|correspondence|refunds?|remit(?:tance)?|invoices?|records requests?)\b(?: \w+){0,2} to\W*$",
    re.IGNORECASE,
)
# The end of the field the address is in: past a separator, or past another value with digits.
_FIELD_START = re.compile(r".*(?:[/|;\n\u2014]|\S*\d\S*\s)", re.DOTALL)


def _business_before(rules: Rules, before: str) -> bool:
    """Whether the three words right before the address, in its own field, say it is a
    business's ("Noridian JD,", "Acme Home Medical:"), or what is sent there does ("mail
    appeals to")."""
    if _SENT_TO_BUSINESS.search(before):
        return True
    field = _FIELD_START.sub("", before, count=1).lower()
    words = re.findall(r"[a-z&']+", field)[-3:]  # "Dalton Home Medical 712 Elm St"
    return not (
        rules.business_words.isdisjoint(words) and rules.names.company_words.isdisjoint(words)
    )


def with_postal_address(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with the address added when a refused message holds a whole postal address
    that no business claims (not "our store at ...", "mail appeals to ...", "Noridian JD, ..."),
    unless a person's name stands right before it ("the MCO rep read back: Ana Ruiz, 12 ...")."""
    if not found or "address" in found:
        return found
    for match in _POSTAL_ADDRESS.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        if _OURS_BEFORE.search(before) or any(p in before.lower() for p in rules.business_phrases):
            continue
        if person_before(rules, text, match.start()):
            return found | {"address"}
        if not _business_before(rules, before) and not business_street(rules, text, match):
            return found | {"address"}
    return found


# A surname, a comma, a given name and a middle initial: the way a chart or a card lists a person.
_LAST_FIRST_INITIAL = re.compile(
    r"(?<![\w'-])([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?) ?, ?([A-Z][a-z]+) [A-Z]\.?"
    r"(?=[\s,;:|/)\u2014-]|$)"
)


def with_initialled_name(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with a name added when a refused message holds "Last, First M." in words that are
    no ordinary word, business or street ("Credeur, Dorise L DOB ...", not "Fernwood Ave, Apt
    B"), and no clinician's title or credential beside it ("Hill, Thomas R MD")."""
    if not found or "name" in found:
        return found
    names = rules.names
    for match in _LAST_FIRST_INITIAL.finditer(text):
        words = {match.group(1).lower(), match.group(2).lower()}
        if not (words.isdisjoint(names.ordinary) and words.isdisjoint(names.businesses)):
            continue
        if STREET_WORD.fullmatch(match.group(1)) or STREET_WORD.fullmatch(match.group(2)):
            continue
        if not clinician_near(names, text, match.start(), match.end()):
            return found | {"name"}
    return found
