"""Identifiers read by their place in a pasted record, for the PHI guard (flows/phi.py): an HL7
patient segment ("PID|1||00412983^^^MRN||DOE^JANE||19410306"), a field quoted by its number
("PID-11: 55 ORCHARD HILL RD^^ZANESVILLE"), an 837/270/271 segment of the subscriber or the
patient ("NM1*IL*1*DOE*JANE****MI*...", "DMG*D8*19470513", "REF*EA*00917734"), and the rows of a
table under a header that names its columns ("Name,DOB,Item" then "Doe Jane,04/30/1939,E1399").
A value in such a place is an identifier whatever its shape; the same layouts holding only a
business's data (the billing provider's NM1*85, a payer's NM1*PR, a header with no rows) are
left alone."""

from __future__ import annotations

import csv
import re

from flows.phi_estate_address import LOT_LINE
from flows.phi_name_words import bare_word
from flows.phi_normalise import normalise
from flows.phi_rules import Rules
from flows.phi_shapes import MBI

# -- HL7 v2 -------------------------------------------------------------------------------------
_PID_FIELDS = {2: "member_id", 3: "mrn", 4: "mrn", 5: "name", 7: "dob", 11: "address",
               13: "phone", 14: "phone", 19: "ssn"}  # fmt: skip
# The person's fields of the insurance (IN1: the insured), next-of-kin (NK1) and guarantor (GT1)
# segments, from HL7 v2.5.
_PERSON_FIELDS = {
    "PID": _PID_FIELDS,
    # IN1-49, the insured's ID number, as HL7 v2.5 numbers it beside the policy number (IN1-36)
    "IN1": {16: "name", 18: "dob", 19: "address", 36: "member_id", 49: "member_id"},
    "NK1": {2: "name", 4: "address", 5: "phone"},
    "GT1": {3: "name", 5: "address", 6: "phone", 8: "dob", 12: "ssn"},
    "PV1": {19: "mrn", 50: "mrn"},  # the visit number: the patient's account at the facility
    # A merge's prior identifiers (MRG-1, MRG-2, MRG-3) and prior name (MRG-7)
    "MRG": {1: "mrn", 2: "mrn", 3: "mrn", 7: "name"},
}
# The visit number (PV1-19) by its shape: its neighbours (patient type, financial class, charge
# price indicator) are short codes.
_VISIT_NUMBER = re.compile(r"[A-Za-z]{0,3}\d{5,}")
_PID_SEGMENT = re.compile(
    r"(?<![A-Za-z0-9])(PID|IN1|NK1|GT1|PV1|MRG)\|([^\n]*?)(?=\s[A-Z][A-Z0-9]{2}\||$)"
)
# The insured's name (IN1-16), relationship (IN1-17) and birth date (IN1-18) come together; read
# from the name, they are found even where a hand-typed segment has one field too few or many.
_INSURED_NAME = re.compile(r"[A-Za-z' -]{2,}\^[A-Za-z]")
_AFTER_INSURED_NAME = {2: "dob", 3: "address"}
# The policy number (IN1-36) or the insured's ID (IN1-49) by its shape, where a hand-typed
# segment has them a field or two off: the amounts around them (IN1-37, IN1-38) have no letters
# and are shorter.
_POLICY_NUMBER = re.compile(r"[A-Za-z]{0,4}\d{6,}[A-Za-z\d-]*")
# One field quoted with its number and a colon: "PID-11: 55 ORCHARD HILL RD^^ZANESVILLE^OH".
_PID_FIELD = re.compile(r"(?<![A-Za-z0-9])PID[-.](\d{1,2})( ?[:=] ?| )([^\s|][^|\n]*)")


def _filled(value: str) -> bool:
    return len(re.findall(r"[A-Za-z0-9]", value)) >= 2


def hl7_patient_kinds(text: str) -> set[str]:
    """The kinds in each "PID|..." segment, by field: 3 the MRN, 5 the name, 7 the birth date;
    and in the insured's, next of kin's, guarantor's and merge's segments ("IN1|...", "MRG|...")."""
    kinds: set[str] = set()
    for segment in _PID_SEGMENT.finditer(text):
        fields = [segment.group(1), *segment.group(2).split("|")]
        kinds |= {
            kind
            for number, kind in _PERSON_FIELDS[segment.group(1)].items()
            if number < len(fields) and _filled(fields[number])
        }
        if segment.group(1) == "IN1":
            kinds |= _after_insured_name(fields)
            if any(map(_POLICY_NUMBER.fullmatch, fields[30:])):
                kinds.add("member_id")  # a hand-typed IN1-36 a field or two off
        if segment.group(1) == "PV1" and any(map(_VISIT_NUMBER.fullmatch, fields[18:22])):
            kinds.add("mrn")  # a hand-typed segment a field off: the visit number by its shape
    for field in _PID_FIELD.finditer(text):
        kind, value = _PID_FIELDS.get(int(field.group(1))), field.group(3)
        if not field.group(2).strip() and not re.match(r"[\d^]", value):
            continue  # "PID-3 is the MRN field": words about the field, not its value
        if kind and _filled(value):
            kinds.add(kind)
    return kinds


def _after_insured_name(fields: list[str]) -> set[str]:
    """The birth date and address that follow the insured's name in an IN1 segment, counted from
    the name's field (IN1-15 to IN1-17)."""
    for number in range(15, min(18, len(fields))):
        if _INSURED_NAME.match(fields[number]):
            after = {
                kind
                for step, kind in _AFTER_INSURED_NAME.items()
                if number + step < len(fields) and _filled(fields[number + step])
            }
            if "dob" in after and not re.fullmatch(r"(?:19|20)\d{6}", fields[number + 2]):
                after.discard("dob")
            return after
    return set()


# -- X12 (837, 270/271, 276/277, 835) -----------------------------------------------------------
# "PO BOX 31362", "RR 4 BOX 1190", "HCR 71 BOX 9"
_STREET_OR_BOX = re.compile(
    r"\s*(?:\d|p\.? ?o\.? ?box\b|(?:rr|rfd|hcr?|rural route|star route) ?\d)", re.IGNORECASE
)


def _street_line(line: str) -> bool:
    """An address line: a house number, a PO box, a rural route or a lot ("PLOT 83 ESTATE ...")."""
    return bool(_STREET_OR_BOX.match(line) or LOT_LINE.match(line))


# A segment runs to its terminator, or to the next segment a message quotes in the same line
# ("'REF*SY not allowed when MI present' - our segment is REF*SY*768506569~"). A segment typed
# in lower case is read too ("nm1*il*1*park*keisha****mi*..."); "per*" only in capitals.
_SEGMENT = re.compile(
    r"(?<![A-Za-z0-9])(NM1|N1|DMG|N3|REF|PER|CLM|CLP|nm1|n1|dmg|n3|ref|clm|clp)\*"
    r"((?:(?!(?:NM1|N1|DMG|N3|REF|PER|CLM|CLP|nm1|n1|dmg|n3|ref|clm|clp)\*)[^~\n])*)"
)
# NM1 entity codes of a person whose data is the patient's: the insured or subscriber, the
# patient, a dependent, the party responsible for the bill (QD), an 835's corrected patient or
# insured (74), a parent or guardian (S1, GD, E1). Every other (85 billing provider, PR payer,
# DN referring...) is business.
_PERSON_ENTITIES = frozenset({"IL", "QC", "03", "QD", "74", "S1", "GD", "E1"})
# REF qualifiers: EA medical record number, SY Social Security number, 1W member ID, IG policy
# number, 0F an 834's subscriber number, F6 the old Medicare number (HICN), 6P... are the payer's
# group numbers (left alone). EJ the patient's account number.
_REF_KINDS = {
    "EA": "mrn", "EJ": "mrn", "SY": "ssn", "1W": "member_id", "IG": "member_id",
    "0F": "member_id", "F6": "hicn",
}  # fmt: skip
# An N3 with no NM1 before it is the patient's unless the words around say whose it is.
_BUSINESS_LOOP = re.compile(r"\b2010A[AB]\b|\b2310[A-F]\b|\b2420[A-H]\b", re.IGNORECASE)


# A segment ends at its "~", or pasted without one, at the line's end or a spaced dash before a
# word in lower case, prose again ("CLP*94782754*1*2144.21*4967.62**MB — pt Frank Salmela").
_ANY_SEGMENT = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,2}\*[^~\n*]*\*(?:(?! [-—–] [a-z])[^~\n])*~?"
)


# HL7 segments of a visit, an order or a result: the names in them are clinicians'
# ("PV1|1|O|||||1447281930^OKAFOR^AMARA^^^DR|"), the patient's are in PID, NK1, GT1 and IN1.
_HL7_CLINICAL = re.compile(
    r"(?<![A-Za-z0-9])(?:MSH|EVN|PV[12]|ORC|OBR|OBX|DG1|PR1|AL1|FT1|RXO|RXE|TQ1|SCH|AIP|ROL|PRD)"
    r"\|[^\n]*?(?=\s[A-Z][A-Z0-9]{2}\||$)"
)


def without_records(text: str) -> str:
    """The text with its X12 segments and its HL7 visit and order segments taken out, for the
    checks that read prose: a name in a segment is the reader's above to judge ("PER*IC*JANE
    BILLING*TE*..." is a contact's)."""
    return _HL7_CLINICAL.sub(_note_of, _ANY_SEGMENT.sub(" ; ", text))


def _note_of(segment: re.Match[str]) -> str:
    """A result segment's free-text note (OBX-5 of a TX, FT or ST value) is prose, read like a
    message ("OBX|3|TX|NOTE||Pt Wanda Kincer states she lives alone||"); the rest goes."""
    fields = segment.group().split("|")
    if fields[0] == "OBX" and len(fields) > 5 and fields[2] in ("TX", "FT", "ST"):
        return f" ; {fields[5]} ; "
    return " ; "


def _nm1_kinds(elements: list[str], qualifiers: dict[str, str]) -> set[str]:
    """NM1*IL*1*LAST*FIRST*MIDDLE**SUFFIX*MI*ID: the name, and the ID by its qualifier."""
    kinds: set[str] = set()
    if len(elements) > 2 and elements[1] == "1" and re.search(r"[A-Za-z]{2}", elements[2]):
        kinds.add("name")
    # The qualifier and the ID are NM1-08 and NM1-09; a hand-typed segment has a star too few or
    # too many before them ("NM1*IL*1*****MI*UCR99017243~"): read the ID after its qualifier.
    # The qualifiers and their IDs' kinds are content's (`x12_id_qualifiers`: "34" an SSN).
    at = next((i for i in range(5, len(elements) - 1) if elements[i].upper() in qualifiers), 7)
    if len(elements) > at + 1 and _filled(elements[at + 1]):
        kind, value = qualifiers.get(elements[at].upper(), "member_id"), elements[at + 1]
        if kind == "ssn":
            kinds.add("ssn")
        elif MBI.fullmatch(value):
            kinds.add("mbi")
        elif sum(ch.isdigit() for ch in value) >= 4:
            kinds.add(kind)
    return kinds


def x12_patient_kinds(rules: Rules, text: str) -> set[str]:
    """The kinds in the subscriber's and the patient's segments of a pasted X12 file."""
    kinds: set[str] = set()
    person: bool | None = None  # whose loop we are in: None before the first NM1
    for segment in _SEGMENT.finditer(text):
        name, elements = segment.group(1).upper(), segment.group(2).split("*")
        if name in ("NM1", "N1"):  # an 835's N1*PR (payer) and N1*PE (payee) too
            person = elements[0].upper() in _PERSON_ENTITIES
            if person and name == "NM1":
                kinds |= _nm1_kinds(elements, rules.names.context.x12_id_qualifiers)
            elif person and len(elements) > 1 and re.search(r"[A-Za-z]{2}", elements[1]):
                kinds.add("name")  # N1*QC*ABERNATHY MAUDE: the patient's name in one element
        elif name == "DMG" and len(elements) > 1 and re.match(r"\d{6,8}", elements[1]):
            kinds.add("dob")  # DMG*D8*19470513: only ever a person's birth date
        elif name == "REF" and len(elements) > 1 and elements[0].upper() in _REF_KINDS:
            if sum(ch.isdigit() for ch in elements[1]) >= 4:
                kinds.add(_REF_KINDS[elements[0].upper()])
        elif name == "PER" and (
            person
            or (person is None and (_says_person(rules, text) or _patient_contact(rules, elements)))
        ):
            # PER*IC*NAME*TE*3305550172*EM*...: the subscriber's or the patient's contact
            pairs = dict(zip(elements[2::2], elements[3::2], strict=False))
            if any(sum(ch.isdigit() for ch in pairs.get(q, "")) >= 10 for q in ("TE", "CP", "HP")):
                kinds.add("phone")
            if "@" in pairs.get("EM", ""):
                kinds.add("email")
            if len(elements) > 1 and re.fullmatch(r"[A-Za-z'-]{2,} [A-Za-z' -]{2,}", elements[1]):
                kinds.add("name")  # PER*IC*BARNABY OKONJO*TE*...: the contact is the patient
        elif name == "N3" and _street_line(elements[0]) and _filled(elements[0]):
            business = _BUSINESS_LOOP.search(text) or _says_business(rules, text)
            if person or (person is None and not business):
                kinds.add("address")
        elif name in ("CLM", "CLP") and sum(ch.isdigit() for ch in elements[0]) >= 4:
            kinds.add("claim_account")
    if "claim_account" in kinds:
        # CLM01 is the patient's account number (the 837's patient control number, which an
        # 835 returns as CLP01): a patient's record number where the message names the patient
        # ("pt", "NM1*QC*..."), not alone.
        kinds.discard("claim_account")
        if "name" in kinds or _says_patient(rules, text):
            kinds.add("mrn")
    return kinds


def _says_patient(rules: Rules, text: str) -> bool:
    """A person's word outside the segments ("our pt acct# for ...", "for pt Crisanto Vela")."""
    words = re.findall(r"[a-z']+", re.sub(r"\S*[*~]\S*", " ", text).lower())
    return bool({word.removesuffix("'s") for word in words} & rules.personal_words)


def _patient_contact(rules: Rules, elements: list[str]) -> bool:
    """A PER whose contact name is a person's word: "PER*IC*PATIENT*TE*...", "PER*IC*SON*TE*..."."""
    return len(elements) > 1 and elements[1].lower() in rules.personal_words


def _says_person(rules: Rules, text: str) -> bool:
    """Words outside the segments that make a contact the patient's ("in the patient loop")."""
    words = set(re.findall(r"[a-z']+", re.sub(r"\S*[*~]\S*", " ", text).lower()))
    return bool(words & rules.personal_words) and not words & rules.business_words


def _says_business(rules: Rules, text: str) -> bool:
    """Words outside the segments that make an address a business's ("billing provider loop")."""
    words = set(re.findall(r"[a-z']+", re.sub(r"\S*[*~]\S*", " ", text).lower()))
    return bool(words & rules.business_words) and not words & rules.personal_words


# -- tables under a header ----------------------------------------------------------------------
# Cells split by a tab, a pipe, a semicolon, a comma, or (pasted from a PDF or an EHR screen)
# two spaces or more.
_SEPARATORS = tuple(
    re.compile(pattern) for pattern in (r"\t", r"\|", ";", ",", r"[ \u00a0\u2000-\u200a]{2,}")
)
_HL7_SEGMENT = re.compile(
    r"\s*(?:MSH|EVN|PID|PD1|PV[12]|NK1|IN[123]|GT1|DG1|OBR|ORC|OBX|AL1|NTE|MRG|FT1|RXO|Z\w\w)\|"
)
# What a cell says when the value was left out on purpose.
_PLACEHOLDER = re.compile(
    r"[\s(\[<*x#?-]*(?:redacted|removed|n/?a|none|blank|unknown|tbd|phi|hidden|masked)?"
    r"[\s)\]>*x#?-]*",
    re.IGNORECASE,
)
_EXTRA_HEADERS = {
    "name": ("first name", "last name", "first", "last", "fname", "lname", "surname",
             "given name", "patient", "pt", "member", "beneficiary", "nombre", "paciente"),
    "email": ("email", "e-mail", "email address", "correo"),
    "address": ("street", "address", "addr", "street address", "address 1", "address line 1",
                "dirección", "direccion"),
}  # fmt: skip


def _column_kind(rules: Rules, header: str) -> str | None:
    cell = header.strip().strip(":#").strip().lower()
    for kind, words in _EXTRA_HEADERS.items():
        if cell in words:
            return kind
    for kind in ("dob", "ssn", "mbi", "hicn", "mrn", "member_id", "phone", "name"):
        if cell and rules.cue[kind].fullmatch(cell):
            return kind
    if cell and rules.cue["plan"].fullmatch(cell):
        return "member_id"  # "Name<TAB>DOB<TAB>Medicaid"
    return "business" if cell in rules.business_words else None  # "phone,fax": an office's


def holds_value(rules: Rules, kind: str, value: str) -> bool:
    """Whether a cell under a `kind` column holds a value of that kind, not a placeholder nor a
    business's ("Ohio Home Medical", "Kelly Burns (Medline)", "800-633-5463")."""
    if _PLACEHOLDER.fullmatch(value):
        return False
    digits = sum(ch.isdigit() for ch in value)
    words = {bare_word(word) for word in re.findall(r"[^\W\d_]+", value)}
    if kind in ("name", "address", "phone", "email") and words & rules.business_words:
        return False
    if kind == "name":
        return (
            digits == 0
            and bool(re.search(r"[^\W\d_]{2}", value))
            and not words & rules.names.company_words
        )
    if kind == "phone":
        return digits >= 10 and re.sub(r"\D", "", value).lstrip("1")[:3] not in rules.toll_free
    if kind == "email":
        return "@" in value
    if kind == "address":
        return digits > 0 and bool(re.search(r"[^\W\d_]{2}", value))
    if kind == "dob":
        return digits >= 4 or bool(re.search(r"\d.*[^\W\d_]{3}|[^\W\d_]{3}.*\d", value))
    return digits >= 4


def _cells(separator: re.Pattern[str], line: str) -> list[str]:
    """A row's cells; a comma inside a CSV's quotes is no separator ("Asante-Parr, Gwen")."""
    if separator.pattern == "," and '"' in line:
        return next(csv.reader([line.strip(" ")]), [])
    return separator.split(line.strip(" "))


_LINE_BREAK = re.compile(r"\r?\n|\r")


def table_kinds(rules: Rules, raw: str) -> set[str]:
    """The kinds in the rows of a pasted table whose header names the columns ("Name,DOB")."""
    lines = [line for line in _LINE_BREAK.split(raw) if line.strip()]
    kinds: set[str] = set()
    for i, line in enumerate(lines[:-1]):
        for separator in _SEPARATORS:
            if not separator.search(line.strip(" ")) or _HL7_SEGMENT.match(line):
                continue  # not this separator; an HL7 segment is read by its own rules
            columns = [_column_kind(rules, normalise(cell)) for cell in _cells(separator, line)]
            if not any(columns):
                continue
            for row in lines[i + 1 :]:
                cells = [normalise(cell) for cell in _cells(separator, row)]
                if len(cells) != len(columns):
                    break
                kinds |= {
                    kind
                    for kind, cell in zip(columns, cells, strict=True)
                    if kind and kind != "business" and holds_value(rules, kind, cell)
                }
            if "business" in columns:  # "phone,fax": the office's lines, not a patient's
                kinds -= {"phone", "email", "address"}
            break
    return kinds


_PATIENT_COLUMNS = {"dob", "ssn", "mbi", "hicn", "mrn", "member_id"}


def staff_table(rules: Rules, raw: str) -> bool:
    """A table of the team, not of patients: its header names a staff column ("Ext", "Role",
    "Dept": `staff_table_columns`) and no column a patient's number or birth date."""
    lines = [line for line in re.split(r"\r?\n|\r", raw) if line.strip()]
    for line in lines[:-1]:
        for separator in _SEPARATORS:
            if not separator.search(line.strip(" ")) or _HL7_SEGMENT.match(line):
                continue
            cells = [
                normalise(cell).strip().strip(":#").strip().lower()
                for cell in _cells(separator, line)
            ]
            if set(cells) & rules.staff_table_columns:
                return not {_column_kind(rules, cell) for cell in cells} & _PATIENT_COLUMNS
    return False


# A driver's licence's barcode as a scanner types it (AAMVA's card design standard, annex D):
# one element a line, its three-letter ID first: DCS the family name, DAC and DCT the given
# names, DBB the birth date, DAG the street.
_LICENCE_ELEMENT = re.compile(r"^[ \t]*(DCS|DAC|DCT|DAD|DBB|DAG)[ \t]*\S", re.MULTILINE)
_LICENCE_KINDS = {"DCS": "name", "DAC": "name", "DCT": "name", "DBB": "dob", "DAG": "address"}


def licence_kinds(text: str) -> set[str]:
    """The kinds in a scanned licence's barcode text: two of its elements' lines or more."""
    if "\n" not in text:
        return set()
    elements = {found.group(1) for found in _LICENCE_ELEMENT.finditer(text)}
    return (
        {_LICENCE_KINDS[e] for e in elements if e in _LICENCE_KINDS} if len(elements) > 1 else set()
    )
