"""Identifiers read by their key in a pasted JSON, XML or web-form record, for the PHI guard
(flows/phi.py): a FHIR Patient's "birthDate" or "telecom", "<MedicareId>9VT2...</MedicareId>",
`<patient dob="1941-03-06">`, "?memberId=W2291038". The value under a patient's key is an
identifier whatever its shape. The keys are content (`structured_keys` in
content/rules/phi.yaml); a value under a business's key ("organization", "practitioner",
"supplier") or holding a business's words is left alone."""

from __future__ import annotations

import re

from flows.phi_records import holds_value
from flows.phi_rules import Rules
from flows.phi_shapes import MBI, SSN

# A key and its first plain value: JSON ("key": "value", "key": ["value"], "key": 1941),
# an XML element (<key>value</key>) or attribute (key="value"), a web form's key=value, an HL7
# CDA element holding its value in an attribute (<birthTime value="19400228"/>), a resource's
# field by its path (Coverage.subscriberId = "HUM8830214-01").
_PAIR = re.compile(
    r'"([A-Za-z][\w .:-]{0,40})" ?: ?\[? ?(?:"([^"]*)"|(\d[\d.-]*))'
    r"|<([A-Za-z][\w:.-]{0,40})(?: [^<>]*)?>([^<>]+)</\4>"
    r'|(?<![\w"])([A-Za-z][\w:.-]{0,40})="([^"]*)"'
    r"|(?<=[?&])([A-Za-z][\w.-]{0,30})=([^&\s#]+)"
    r'|<([A-Za-z][\w:.-]{0,40}) (?:[^<>]* )?value="([^"]*)"'
    # A CDA record's identifier, its number in the "extension" attribute: <id extension="8987633"/>
    r'|<(id) (?:[^<>]* )?extension="([^"]*)"'
    # A field named by its path, as a log or a mapping shows it: 'Coverage.subscriberId = "..."'
    r'|(?<![\w.])[A-Z][A-Za-z]{1,40}\.([A-Za-z]\w{1,40}) ?[=:] ?"([^"]*)"'
    # A query's condition: "WHERE p.last_name = 'Yazzie' AND mbi LIKE '1EG4%'"
    r"|(?<![\w'])(?:\w+\.)?([A-Za-z]\w{0,40}) ?(?:=|(?i:like)) ?'([^']*)'"
)
_FHIR_PATIENT = re.compile(r'"resourceType" ?: ?"Patient"', re.IGNORECASE)
# A key that opens an object, a list or an element holding other keys: "address": [{...}],
# <Subscriber><Name>...
_OPENING = re.compile(
    r'"([A-Za-z][\w .:-]{0,40})" ?: ?[\[{]|<([A-Za-z][\w:.-]{0,40})(?: [^<>/]*)?>(?= ?<)'
    r"|(?<![\w.])([A-Z]\w{1,40})\((?=\w+ ?=)"  # code's object: "Supplier(name='...', npi=...)"
)
# A FHIR resource of a business: its name, telecom and address are the business's.
_BUSINESS_RESOURCE = re.compile(
    r'"resourceType" ?: ?"(?:Practitioner|PractitionerRole|Organization|Location|Device'
    r'|HealthcareService|Endpoint|InsurancePlan)"'
)
# A FHIR HumanName with a clinician's prefix: a Practitioner's name pasted without its resource.
_CLINICIAN_PREFIX = re.compile(r'"prefix" ?: ?\[? ?"(?:Dr|Doctor|Prof)\.?"', re.IGNORECASE)
# A contact card (vCard) with an organisation's line: a rep's or a supplier's card, "ORG:Brennan &
# Ortiz Home Medical".
_VCARD_ORG = re.compile(r"BEGIN:VCARD.*?(?<![\w])ORG[;:] ?\S", re.IGNORECASE | re.DOTALL)


def _key(raw: str) -> str:
    """ "birthDate", "birth date", "ns:BirthDate", "member-id" all read as "birthdate"..."""
    return re.sub(r"[^a-z0-9]", "", raw.rsplit(":", 1)[-1].lower())


def _kind(rules: Rules, key: str) -> str | None:
    return next((kind for kind, keys in rules.structured_keys.items() if key in keys), None)


def _still_open(text: str, opening: re.Match[str], start: int) -> bool:
    """Whether the object, list or element that `opening` starts is not closed before `start`."""
    between = text[opening.end() : start]
    if opening.group(2):  # <Subscriber> ... </Subscriber>
        return f"</{opening.group(2)}>" not in between
    return between.count("{") + between.count("[") >= between.count("}") + between.count("]")


def _enclosing(rules: Rules, text: str, start: int) -> str | None:
    """What holds the value at `start`: "business" inside any business's key ("supplier":
    {"address": ...}), else the kind of the nearest patient's key holding it ("address",
    "telecom", "name"), or None."""
    kind = None
    for opening in reversed(list(_OPENING.finditer(text, max(0, start - 240), start))):
        if not _still_open(text, opening, start):
            continue
        key = _key(opening.group(1) or opening.group(2) or opening.group(3))
        if key in rules.structured_business_keys:
            return "business"
        kind = kind or _kind(rules, key)
    return kind


def reads_record_id(rules: Rules, text: str, element: bool) -> bool:
    """Whether `structured_kinds` reads a record's bare "id" as the patient's own number: a FHIR
    Patient's "id" key (`element` False), a CDA <id extension="..."> (True), in a patient's
    record."""
    return bool(element or _FHIR_PATIENT.search(text)) and _patient_context(rules, text)


def _patient_context(rules: Rules, text: str) -> bool:
    """Whether the record says it is a patient's: "resourceType": "Patient", a "subscriber" key."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & rules.structured_patient_words)


def _holds(rules: Rules, kind: str, value: str) -> bool:
    """A value of the kind (not a placeholder, not a business's); a date of birth with its month
    ("1946" alone is a year, which may stay)."""
    if kind == "dob" and not re.search(r"\d\D{1,3}\d|\d{6}|[^\W\d_]{3}", value):
        return False
    if kind == "mbi" and _MBI_PREFIX.fullmatch(value):
        return True  # mbi LIKE '1EG4%': an MBI's first places, as its first four are one
    return holds_value(rules, kind, value)


# An MBI's first four places or more, then a query's or a search's wildcard.
_MBI_PREFIX = re.compile(r"[1-9][A-Za-z][A-Za-z0-9]\d[A-Za-z0-9]{0,6}[%*]")
# A Python dict's single-quoted key ("{'name': 'Odalys Ferrer'}"), read as JSON's double quotes.
_SINGLE_QUOTED_KEY = re.compile(r"[{,] ?'[A-Za-z][\w .:-]{0,40}' ?:")


def structured_kinds(rules: Rules, text: str) -> set[str]:
    """The kinds held under a patient's keys in a pasted JSON, XML or web-form record."""
    if _SINGLE_QUOTED_KEY.search(text):
        text = re.sub(r"'([^'\"\n]*)'", r'"\1"', text)
    if '"' not in text and "<" not in text and "=" not in text:
        return set()  # the quick way past plain prose
    if (
        _BUSINESS_RESOURCE.search(text) or _CLINICIAN_PREFIX.search(text)
    ) and '"Patient"' not in text:
        return set()
    kinds: set[str] = set()
    shared: set[str] = set()  # found under keys a business's record has too ("name", "phone")
    for pair in _PAIR.finditer(text):
        groups = [g for g in pair.groups() if g is not None]
        if len(groups) < 2:
            continue
        key, value = _key(groups[0]), groups[-1].strip()
        if key in rules.structured_business_keys:
            continue
        kind = _kind(rules, key)
        if key == "id":  # a FHIR Patient's own "id", a CDA record's <id extension="...">
            patient = _FHIR_PATIENT.search(text) if pair.group(1) else pair.group(12)
            if not patient or not _patient_context(rules, text):
                continue
            kind = "ssn" if SSN.fullmatch(value) else "mrn"  # root 2.16.840.1.113883.4.1: SSA's
        around = _enclosing(rules, text, pair.start())
        if around == "business":
            continue
        if kind is None and key in rules.structured_inner_keys:
            kind = around  # "line" in "address", "value" in "telecom", "text" in "name"
        if kind is None:
            continue
        found = kinds
        # A FHIR Address's street lines ("address": [{"line": ["127 N 52nd Ave W"], ...}]) outside
        # any business's key or resource: a person's home, as a business's is in its Organization.
        fhir_line = key == "line" and around == "address" and pair.group(0).count("[") > 0
        if (
            key in rules.structured_shared_keys
            and not fhir_line
            and not _patient_context(rules, text)
        ):
            found = shared  # "name": "Bath Lift" in a product's record, a supplier's "phone"
        if kind == "member_id" and MBI.fullmatch(value):
            kind = "mbi"  # a FHIR "identifier" whose system is the MBI's ("us-mbi")
        if kind == "phone" and _holds(rules, "email", value):
            found.add("email")  # telecom: {"system": "email", "value": ...}
        elif _holds(rules, kind, value):
            found.add(kind)
    # A record holding a birth date or an ID under a patient's key is a person's: its "name"
    # is the patient's too ({"name": "Ruperta Salgado", "dob": "1946-01-30"}); so is a person's
    # name with a phone, an e-mail or an address ({"name": "Odalys Ferrer", "phone": ...}), which
    # a business's record (its keys and words left out above) does not hold.
    if kinds or ("name" in shared and shared & {"phone", "email", "address"}):
        return kinds | shared
    return kinds


def business_record(rules: Rules, text: str) -> bool:
    """A pasted record of a business only: a business's key ("supplier", "organization"),
    resource or contact card in it, and no patient's word; its phone, address and names are the
    business's."""
    if _VCARD_ORG.search(text):
        return not _patient_context(rules, text)
    if not _BUSINESS_RESOURCE.search(text) and not any(
        _key(opening.group(1) or opening.group(2) or opening.group(3))
        in rules.structured_business_keys
        for opening in _OPENING.finditer(text)
    ):
        return False
    return not _patient_context(rules, text)
