"""Member, plan and record numbers for the PHI guard (flows/phi.py): a value after its label
("MRN 00412983", "member ID for Ms. Hollis is QWE772014"), a few words after it, before it
("W229103884 is her Aetna ID"), or after a plan's own name ("TRICARE For Life 1284470913")."""

from __future__ import annotations

import re
from functools import lru_cache

from flows.models import HCPCS_IN_TEXT
from flows.phi_context import billing_number, business_line
from flows.phi_last_first import has_last_first
from flows.phi_rules import Rules
from flows.phi_shapes import (
    ID_GAP,
    ID_VALUE,
    MBI,
    PHONE_DIGITS,
    PLAN_NUMBER,
    STATE_AFTER,
    VALUE_FIRST,
    digits_after,
)
from flows.phi_structured import reads_record_id

# Kept by the label pattern's identity, not its value: hashing a compiled pattern of thousands
# of cue words (as a cache keyed on the pattern would, on every look-up) costs more than the
# search itself. The guard clears it after each scan (forget_label_places).
_PLACES: dict[tuple[int, str], tuple[re.Pattern[str], tuple[re.Match[str], ...]]] = {}


def label_places(cue: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """A label's places in a text: the typed and the spelled-out number read them both."""
    key = (id(cue), text)
    kept = _PLACES.get(key)
    if kept is None or kept[0] is not cue:
        kept = _PLACES[key] = (cue, tuple(cue.finditer(text)))
    return kept[1]


def forget_label_places() -> None:
    """Drops the label places kept for the texts of the scan that just ended."""
    _PLACES.clear()


# A record's line labelled with a business's words alone: "Provider: Redbud Hollow Home Medical".
_LINE_LABEL = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ]{2,30}?)[ \t]*:", re.MULTILINE)

# A team's tag opening a chat message: lower-case words after it on its line, no field's value
# (a name or a number in a business's page: "Provider: Redbud Hollow Home Medical").
_CHAT_AFTER = re.compile(r"[ \t]*[a-z][^\n\dA-Z]*\w[^\n\dA-Z]*$", re.MULTILINE)


def business_record(rules: Rules, text: str) -> bool:
    """A business's own page or form, pasted: a line labelled with business words alone
    ("Provider:", "Supplier Name:", "Notifier:") and no patient's word in the text; its Medicaid
    ID and account numbers are the business's ("KY Medicaid provider page: Provider: ...,
    Medicaid ID: 7100448120")."""
    if "\n" not in text or rules.cue["name"].search(text):
        return False
    labels = (
        set(label.group(1).lower().split())
        for label in _LINE_LABEL.finditer(text)
        if not _CHAT_AFTER.match(text, label.end())  # "billing: fwd from the clinic:", a tag
    )
    return any(
        words - {"name", "of", "record"} <= rules.business_words and words & rules.business_words
        for words in labels
    )


# An X12 envelope's or an interface's own words: an ID a few words after them is the sender's.
_ENVELOPE = re.compile(r"\b(?:ISA|GS|interchange|sender|receiver|submitter)\b", re.IGNORECASE)


# An ABN's (CMS-R-131) "Identification Number" is optional and, by the form's instructions, the
# supplier's own number for the patient (a record or account number; never a Medicare number or
# an SSN): a record number, not a plan's member ID. Read as such after "identification number"
# in a message about an ABN (phi.yaml `abn_form_names`), and after "ABN ID" ("ABN id 9910048",
# "ABN's ID number ...").
_ABN_ID = re.compile(r"\bABN(?:'s)?(?: optional)? $", re.IGNORECASE)


@lru_cache(maxsize=2)
def _form_named(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b", re.IGNORECASE)


def _abn_label(rules: Rules, text: str, cue: re.Match[str]) -> bool:
    label = cue.group().lower()
    if not label.startswith("id"):
        return False
    if not _form_named(tuple(rules.file.abn_form_names.values)).search(text):
        return False
    return label == "identification number" or bool(_ABN_ID.search(text, 0, cue.start()))


def _record_label(rules: Rules, text: str, cue: re.Match[str]) -> bool:
    """Whether a member ID's cue ("ID") ends a record's label ("patient ID", "chart id",
    "Brightree pt ID"): the number after it is a record number, named once as such; not a
    plan's too ("HUSKY Health client ID", "PACE participant ID", "customer id")."""
    return any(
        label.start() < cue.start()
        and label.end() == cue.end()
        and not rules.cue["record_also_business"].search(label.group())
        for label in label_places(rules.cue["mrn"], text)
    )


def _abn_number(rules: Rules, text: str) -> bool:
    """An ABN's identification number with at least four digits, not an MBI's shape."""
    for cue in label_places(rules.cue["member_id"], text):
        if _abn_label(rules, text, cue):
            gap = ID_GAP.match(text, cue.end())
            value = ID_VALUE.match(text, gap.end() if gap else cue.end())
            if value and sum(ch.isdigit() for ch in value.group()) >= 4:
                return not MBI.fullmatch(value.group().replace("-", ""))
    return False


def has_cued_id(rules: Rules, kind: str, text: str) -> bool:
    """A cue ("MRN", "member ID", "acct") then a value with at least four digits; not a
    business's own account ("our account with Medline is", "the vendor account #") nor a number
    the words after it call a billing one ("account 44102 internal ref")."""
    for cue in label_places(rules.cue[kind], text):
        if kind == "member_id" and (
            (_abn_label(rules, text, cue) and _abn_number(rules, text))
            or _record_label(rules, text, cue)
        ):
            continue  # the ABN's identification number, "patient ID", "Brightree ID": an MRN
        if cue.start() and text[cue.start() - 1] in "?&/=._":
            continue  # a web address's "?id=201151"
        if _record_key(rules, text, cue.start(), cue.group()):
            continue  # a record's own "id" key, read by its key (flows/phi_structured.py)
        if _MAIL_HEADER_ID.search(text, max(0, cue.start() - 20), cue.start()):
            continue  # "Message-ID: <20260612.4471@...>"
        rest = text[cue.end() :]
        gap = ID_GAP.match(rest)
        value = ID_VALUE.match(rest, gap.end() if gap else 0)
        if not value or sum(ch.isdigit() for ch in value.group()) < 4:
            if kind == "member_id" and _long_number_near(rules, text, cue.end()):
                return True  # "recipient ID; we sent 22871940631"
            continue
        if re.fullmatch(r"(?:19|20)\d\d", value.group()):
            continue  # a year: "account 2026 budget"
        if _state_zip(cue, value.group(), text):
            continue  # "Boise ID 83709": Idaho and a ZIP
        if _x12_loop(rules, value.group(), text):
            continue  # an 837's loop: "the Medicaid ID in NM109 of 2010BA"
        if rules.cue["quantity_unit"].match(rest, value.end()):
            continue  # an order's amount: "suction PRN 1200 cc canister"
        if kind == "mrn" and _business_label(rules, cue, value.group(), text):
            continue  # "client # 4412 (Acme DME)", "Virginia Medicaid: VA ICN 2226012345678"
        if kind == "member_id" and (
            billing_number(rules, text, cue.start())
            or (
                cue.group().lower().rstrip(" :#") == "id"
                and billing_number(rules, text, cue.start(), rules.product_words)
            )
        ):
            continue  # "tax ID: 12-3456789", "provider ID #...", "modem ID 7Q71CY8XM52"
        if cue.group().lower() == "id" and _ENVELOPE.search(
            text, max(0, cue.start() - 60), cue.start()
        ):
            continue  # "our ISA sender qualifier changed to 30 with ID 890103228": the submitter's
        # Only a bare "account" or "acct" is shared: "hospital acct #" is a patient's.
        words = set(cue.group().lower().split()) - {"#", "no", "no.", "number"}
        shared = words <= rules.shared_account_cues
        whose = set(re.findall(r"[a-z']+", gap.group().lower())) if gap else set()
        ending = bool(whose & rules.names.context.account_ending_words)
        if (
            kind == "mrn"
            and shared
            and not whose & rules.personal_words  # "our acct no for her is BT-2084417"
            and (business_line(rules, text, cue.start(), phone=False) or ending)
            # a patient's "Last, First" right after it: "... office: acct 0099325223 Doe,Jane"
            and not has_last_first(rules.names, rest[value.end() : value.end() + 40], loose=True)
        ):  # "acct ending 1193": the end of a bank's or a vendor's account as often
            continue  # "our account with Medline", "Availity account 4471902 is locked"
        if re.fullmatch(r"[LA]\d{5}", value.group(), re.IGNORECASE):
            continue  # an LCD's or a policy article's number: "policy L33797", "A52520"
        if HCPCS_IN_TEXT.fullmatch(value.group()):
            continue  # a HCPCS code: "plan policy: E1399 needs notes and an invoice"
        # The word right after the value ("account 44102 internal ref"), not the rest of the
        # sentence ("DBN is 3348102276 and the claim should go to TriWest"); an appeal's word
        # names the number after it, not before ("... ID 615719479 redetermination or reopening?").
        after = _words_describing(rest[value.end() :], 1)
        if set(after) & rules.ssn_shape_words and not set(after) & rules.personal_words:
            continue  # "account 44102 internal ref", "chart 88213 ticket"
        return True
    return kind == "mrn" and _abn_number(rules, text)


# A mail's or a web request's own identifier, named by the header before "ID".
_MAIL_HEADER_ID = re.compile(r"\b(?:message|content|thread|request|session|trace)-$", re.I)


def _state_zip(cue: re.Match[str], value: str, text: str) -> bool:
    """Idaho's abbreviation between a town and a ZIP code: "Lewiston ID 83501"."""
    town = re.search(r"[A-Z][a-z]+,? $", text[max(0, cue.start() - 30) : cue.start()])
    zip_code = re.fullmatch(r"\d{5}(?:-\d{4})?", value)
    return cue.group() == "ID" and town is not None and zip_code is not None


def _words_describing(after: str, count: int) -> list[str]:
    """The first `count` words after a value that describe it ("account 44102 internal ref"):
    none when they label the next field's value ("ID: XYZ123456789 Group: 12345", "medicaid
    518273645, TPI 5520193-01") or start a new clause ("Humana ID H47702918 - PA needed?")."""
    described = re.match(r"[^:#\d,;]{0,30}(?![:#])", after)
    # the next field's value may open with letters: "member # 34191737VQ · part # WG-85624"
    if not described or re.match(r"[\s#:]*(?:[A-Za-z]{1,4}[- ]?)?\d", after[described.end() :]):
        return []
    if re.match(r" ?[-\u2013\u2014] | ?\(| \. ", after):
        return []  # a new clause (a middle dot is read as " . "), or an aside on how it was read:
        # "MR# 4401-9927 (fax OCR)"
    return re.findall(r"[a-z/]+", described.group().lower())[:count]


def _x12_loop(rules: Rules, value: str, text: str) -> bool:
    """An 837's loop: its number with its letter ("NM109 of 2010BA", the value's pattern takes in
    the short word before it), or a bare one ("2400") in a message about loops or segments
    ("loop 2400 NTE"); not "mrn 2400 for the walker"."""
    loop = rules.cue["x12_loop"].fullmatch(value)
    return bool(loop and (loop.group(1) or rules.cue["x12_word"].search(text)))


def _business_label(rules: Rules, cue: re.Match[str], value: str, text: str) -> bool:
    """A record label that is a business's here (content/rules/phi.yaml): a billing company's
    client or an enrollment's participant ("client # 4412 (Acme DME)", "our client # 10293 is
    Acme Medical Supply", "participant # 10045 in PECOS") or Virginia Medicaid's claim ICN
    ("Virginia Medicaid: VA ICN 2226012345678 came back denied"); not a veteran's ICN ("VA ICN
    1013847261V482019 on the CCN referral") nor a client with a patient's word near."""
    if rules.cue["icn_also_claim"].fullmatch(cue.group()):
        digits = sum(ch.isdigit() for ch in value)
        claim = digits >= 13 or rules.cue["claim_context"].search(text)
        veteran = "v" in value.lower() or rules.cue["veteran"].search(text)
        return bool(claim and not veteran)
    if not rules.cue["record_also_business"].match(cue.group()):
        return False
    end = cue.end() + text[cue.end() :].find(value) + len(value)
    after = re.findall(r"[^\W\d_][\w&'/]*", text[end : end + 40])[:4]
    named = {w for w in after if w[0].isupper() and w.lower() in rules.names.company_words}
    words = {w.lower() for w in after if w not in named}  # "Riverbend Home Medical" is no home
    whose = {w.lower() for w in re.findall(r"[a-z']+", text[cue.end() : end], re.IGNORECASE)}
    if (words | whose) & rules.personal_words:
        return False  # "client # 4412 for her walker", "our cust # for her is C-0093718"
    return bool(
        named
        or words & (rules.business_words | rules.billing_words)
        or business_line(rules, text, cue.start(), phone=False)
    )


def _long_number_near(rules: Rules, text: str, start: int) -> bool:
    """Eight digits or more at most four words after `start`, none of them a billing word."""
    near = re.match(r"([^\d]{1,30}?)(?<![\w-])(\d[\d ]{6,}\d)(?![\w-])", text[start : start + 60])
    if near is None or sum(ch.isdigit() for ch in near.group(2)) < 8:
        return False  # "her medicaid number is on the back, 2209 3378 41"
    words = re.findall(r"[a-z/]+", near.group(1).lower())
    return len(words) <= 4 and not set(words) & rules.billing_words


# An object opened under a member's key, still open: '{"subscriber": {"id": "JHX550192837"'.
_MEMBER_OBJECT = re.compile(
    r'"(?:member|subscriber|insured|beneficiary|enrollee|coverage)" ?: ?\{[^{}]*$', re.IGNORECASE
)


# A CDA record's identifier element, its number in the "extension" attribute.
_CDA_ID = re.compile(r'id [^<>]*extension="', re.IGNORECASE)


def _record_key(rules: Rules, text: str, start: int, cue: str) -> bool:
    """Whether a bare "id" cue at `start` is a JSON key or an XML element ('"id": "27833370"',
    '<id extension="8987633"/>') of a patient's record, its own number, which
    flows/phi_structured.py reads (`reads_record_id`); not the "id" of a member's object, their
    plan's number, nor a record's id the structured reading passes over."""
    if start == 0 or cue.lower() != "id" or text[start - 1] not in '"<':
        return False
    if _MEMBER_OBJECT.search(text, max(0, start - 200), start):
        return False
    if text[start - 1] == "<":
        return bool(_CDA_ID.match(text, start)) and reads_record_id(rules, text, element=True)
    return reads_record_id(rules, text, element=False)


def has_labelled_after(rules: Rules, kind: str, text: str) -> bool:
    """A long value with its label after it: "W229103884 is her Aetna ID", "00412983 is the MRN
    at Kettering"; not "87726 is the UHC payer ID" (a billing word on the way)."""
    for value in VALUE_FIRST.finditer(text):
        rest = text[value.end() : value.end() + 50]
        for cue in rules.cue[kind].finditer(rest):
            if _record_key(rules, text, value.end() + cue.start(), cue.group()):
                continue  # '"19620611"/></patient><id extension=...': the next key's
            words = re.findall(r"[a-z/]+", (rest[: cue.end()] + rest[cue.end() :][:12]).lower())
            between = re.findall(r"[a-z']+", rest[: cue.start()].lower())
            if len(between) <= 4 and not set(words) & rules.billing_words:
                return not billing_number(rules, text, value.start())
    return False


# Up to four words in another language between a plan's name and its number: "Idaho Medicaid
# broj: 7740118826", "numéro Medicaid de l'enfant : 0019077426", "Medicaid号码 7720914468".
_FOREIGN_LABEL = re.compile(r"((?: ?[^\W\d_][^\s\d:#]*){1,4}) ?[:#]? ?(?=\d)")


# The plan's own capitalised words after its name, then the number, or the card's word for the
# number first ("TRICARE DoD benefits no. 11309901607", "Medigap Plan G cert 300660242").
_PLAN_LABEL = re.compile(
    r"((?: (?:of )?[A-Z][A-Za-z&+-]*){1,3}) ?#?"
    r"(?=[\s:]*(?i:(?:cert|certificate|benefits?|no)\b[\s#:.]*)*[A-Za-z]{0,3}\d)"
)


# A store's desk as a message's source heading ("Florence desk: ", "Aiken desk again: "): where
# the message came from, not whose the plan number after it is.
_DESK_HEADING = re.compile(r"\b(?i:desk)(?= ?(?:[a-z]+ ?)?: )")


def _plan_value(rules: Rules, text: str, plan: re.Match[str]) -> tuple[str, re.Match[str] | None]:
    """The text after a plan's name from its number on, and the number (eight digits or more)
    past the plan's own words ("PA Medicaid ACCESS # 9918273640", "Humana Gold Plus 1100...",
    "Medigap Plan G cert 300660242", "el Medicaid de la señora es 8812047739")."""
    rest = text[plan.end() : plan.end() + 60]
    label = _PLAN_LABEL.match(rest)
    words = set(label.group(1).lower().split()) if label else {"#"}
    if label and not words & (rules.billing_words | rules.business_words):
        rest = rest[label.end() :]
    elif foreign := _FOREIGN_LABEL.match(rest):
        said = re.findall(r"[^\W\d_]{4,}", foreign.group(1).lower())  # not "de", "la"
        caps = re.search(r"\b[A-Z]{2,}\b", foreign.group(1))  # "TCN", "PA #": what it is
        # "oscar villalobos npi 2578402804": a billing label in lower case, a doctor's NPI
        billing = set(re.findall(r"[^\W\d_]+", foreign.group(1).lower())) & rules.billing_words
        if not caps and not billing and not set(said) & rules.names.english:
            rest = rest[foreign.end() :]
    value = PLAN_NUMBER.match(rest)
    if not value or sum(ch.isdigit() for ch in value.group(1)) < 8:
        return rest, None
    if _PLAN_DATE.fullmatch(value.group(1)):
        return rest, None  # "HUMANA GOLD 20261201": the plan's start or end date, as a 271 has it
    if _CELL.search(rest, 0, value.start(1)) and not _member_cell(rules, value.group(1)):
        return rest, None
    return rest, value


_CELL = re.compile(r"[|,;\u2013\u2014-]")
# A date of this century as eligibility files write it (CCYYMMDD): a plan's effective or term
# date, not a member number; a member number shaped so is far rarer than a plan's dates.
_PLAN_DATE = re.compile(r"20\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _member_cell(rules: Rules, value: str) -> bool:
    """A number in the cell after a plan's name is its member's, unless it is the plan's own
    toll-free or business line ("UHC, 8778423210, option 3") or longer than a member number
    (a claim number: "Humana | 2024031512345 | CO-45")."""
    phone = PHONE_DIGITS.fullmatch(value)
    if phone and phone.group(1) in rules.file.business_area_codes:
        return False
    return sum(ch.isdigit() for ch in value) <= 12


def plan_number_starts(rules: Rules, text: str) -> list[int]:
    """Where each plan's or payer's name with a long number after it starts ("Medicaid
    71369769848", "UHC 979054200"), whatever the words after the number."""
    return [
        plan.start()
        for plan in rules.cue["plan"].finditer(text)
        if _plan_value(rules, text, plan)[1]
    ]


def has_plan_number(rules: Rules, text: str) -> bool:
    """A plan's or a payer's name right before a long number: "TRICARE For Life 1284470913",
    "Ohio Medicaid billing # 910044871265", "Aetna W229103884" (eight digits or more and no
    dashes: no LCD, year, payer ID or phone line; no billing word after it). The VA's patient ICN
    is the veteran's member number for community care as well as a record number."""
    if _VA_ICN.search(text):
        return True
    plans = list(rules.cue["plan"].finditer(text))
    headed = _DESK_HEADING.sub(lambda m: " " * len(m.group()), text)  # same offsets
    for i, plan in enumerate(plans):
        rest, value = _plan_value(rules, text, plan)
        if not value:
            continue
        after = _words_describing(rest[value.end() :], 2)  # not "518273645, TPI 5520193-01"
        # A state's code is part of the plan's name: "PA Medicaid" is no prior authorisation.
        state = re.search(r"\b[A-Z]{2} $", text[: plan.start()])
        if state and not STATE_AFTER.match(" " + state.group().strip()):
            state = None
        start = state.start() if state else plan.start()
        if i and not text[plans[i - 1].end() : plan.start()].strip():
            start = plans[i - 1].start()  # "CareSource Medicaid 1100...": one plan's name
        # "Cigna 1234567893 is our NPI": a billing word a few words on; not a payer named next
        # ("BCBSKS KSB837381554. Humana says out of network")
        clause = re.split(r"[,;:(.\u2013\u2014-]", rest[value.end() : value.end() + 25])[0]
        near = re.findall(r"[a-z]+", clause.lower())[:4]
        described = {*after, *near}
        if not described & rules.billing_words and not business_line(rules, headed, start, False):
            return True
    return False


def has_spelled_id(rules: Rules, kind: str, text: str) -> bool:
    """A record or member number read out in words after its label: "MRN seven seven one oh
    four four eight", "Medicaid ID - seven seven one oh, two nine three eight, four six"."""
    for cue in label_places(rules.cue[kind], text):
        start = _SPELLED_START.match(text, cue.end())
        if start and len(digits_after(text, start.start("digits"))) >= 6:
            return True
    return False


_SPELLED_START = re.compile(
    r"[\s#:=.-]*(?:with (?:you|us)\b[\s,]*)?(?:(?:is|was|number|no)\b[\s#:.]*)*"
    r"(?:[A-Za-z]\b[\s,.-]*)?"  # a plan's letter first: "H, four four one ..."
    r"(?P<digits>(?:zero|one|two|three|four|five|six|seven|eight|nine|oh)\b)",
    re.IGNORECASE,
)


# The VA's patient number (its Integration Control Number: ten digits, "V", six digits), which
# no claim's ICN has the shape of: "Veteran ICN 1044018827V611904".
_VA_ICN = re.compile(r"(?<![\w-])\d{10}[Vv]\d{6}(?![\w-])")  # "va icn 7207746625v495944"
# A FHIR identifier typed "MR" (HL7's identifier type for a medical record number), by its code
# or its text ("type": {"text": "MRN"}), and its value.
_FHIR_RECORD_NUMBER = re.compile(
    r'"(?:code|text)" ?: ?"(?i:MR|MRN|medical record(?: number)?)"'
    r'[^{]{0,80}?"value" ?: ?"[^"]*\d{4}'
)


def has_record_number_shape(text: str) -> bool:
    """A record number known by its own shape, with no label: the VA's patient ICN, a FHIR
    identifier typed "MR"."""
    return _VA_ICN.search(text) is not None or _FHIR_RECORD_NUMBER.search(text) is not None
