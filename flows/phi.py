"""Spots patient identifiers however they are typed or pasted, so the bot can refuse to keep them.

One guard for every surface: `scan(text)` normalises the text first (flows/phi_normalise.py:
NFKC, every dash and space made plain, invisible and bidi controls dropped), then runs one check
per kind (flows/phi_checks.py) over the text and its variant readings (look-alike digits folded,
separators made dashes, asides dropped, spelled letters joined), and adds the kinds read from
records' places and keys (HL7, X12, tables, paths). Medicare numbers, SSNs and names are checked
in flows/phi_checks.py, birth dates in flows/phi_dob.py, phones and e-mails in
flows/phi_contact.py, member and record numbers in flows/phi_ids.py, names in flows/phi_names.py,
shapes in flows/phi_shapes.py and flows/phi_spelled.py, the words around a value in
flows/phi_context.py, values by their place in an HL7, X12 or table record in
flows/phi_records.py or by their key in flows/phi_structured.py, the office's own talk in
flows/phi_office_talk.py; the cue words and first names are content's
(content/rules/phi.yaml, read by flows/phi_rules.py), for a lead to review."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from flows.messages import Messages
from flows.phi_beside_names import has_name_beside_value, with_lower_name
from flows.phi_bracketed_names import has_bracketed_surname
from flows.phi_chat import without_team_names
from flows.phi_checks import CHECKS
from flows.phi_clean import remember_clean
from flows.phi_file_names import has_file_name_name
from flows.phi_firm_names import without_firm_names
from flows.phi_fixed_width import fixed_width_kinds
from flows.phi_glued import unglued
from flows.phi_ids import business_record as business_page
from flows.phi_ids import forget_label_places
from flows.phi_labelled_kinds import with_initialled_name, with_postal_address
from flows.phi_last_first import has_last_first
from flows.phi_lower_given import with_lower_given_name
from flows.phi_mailbox_lines import with_mailbox_names_capitalised
from flows.phi_middle_names import has_vietnamese_name
from flows.phi_name_forms import has_heading_name
from flows.phi_named_contacts import (
    with_grouped_phone,
    with_labelled_phone,
    with_mailbox_owner,
    with_named_mailbox,
)
from flows.phi_named_kinds import (
    with_birth_date,
    with_pair_name,
    with_phone_beside_name,
    with_plan_number_beside_name,
)
from flows.phi_named_places import without_named_places
from flows.phi_names import has_full_name
from flows.phi_nicknames import has_nicknamed_name
from flows.phi_normalise import fold_separators, normalise
from flows.phi_office_talk import office_findings
from flows.phi_own_kinds import with_nicknamed_name, with_saint_surname, without_railroad_kinds
from flows.phi_paths import path_fields
from flows.phi_placeholders import product_aside, without_placeholders
from flows.phi_records import (
    hl7_patient_kinds,
    licence_kinds,
    staff_table,
    table_kinds,
    without_records,
    x12_patient_kinds,
)
from flows.phi_rows import row_kinds
from flows.phi_rules import rules as active_rules
from flows.phi_rules import use_rules
from flows.phi_shapes import OLD_DATE
from flows.phi_signed_names import has_line_name, has_signed_name
from flows.phi_spelled import fold_lookalike_digits
from flows.phi_spelled import spelled_values as _runs
from flows.phi_split_name_keys import has_split_name
from flows.phi_structured import business_record, structured_kinds
from flows.phi_subject_mailbox import with_subject_mailbox
from flows.phi_ticket_holders import without_ticket_holders
from flows.phi_writer_tags import after_tag_heading, after_writers_tag

__all__ = ["KINDS", "PhiFindings", "describe", "normalise", "scan", "scan_all", "use_rules"]

KINDS = ("mbi", "hicn", "ssn", "dob", "name", "phone", "email", "member_id", "mrn", "address")


@dataclass(frozen=True)
class PhiFindings:
    """The kinds of patient identifier found in a text, in KINDS order (empty when none)."""

    kinds: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.kinds)


_NUMBER_KINDS = ("hicn", "ssn", "dob", "phone", "mrn", "address")
_AS_IN = re.compile(r"\b([A-Za-z]) (?:as in|like|for) [A-Z][a-z]*(?:-[a-z]+)?\b")
_CONTACT_KINDS = {"name", "phone", "email", "address"}
_OWN_ID_KINDS = {"member_id", "mrn"}  # a business's own Medicaid ID or account on its page
_SEPARATED_KINDS = ("mbi", "hicn", "ssn", "dob", "phone", "member_id", "mrn")
# A short aside in brackets between a label and its value ("DOB (YYYYMMDD): 19380916"); not for
# names (often a role: "Ms. Achterberg (compliance)"), nor one saying what the value is.
_ASIDE = re.compile(r" ?\([^()]{1,50}\)(?= ?[:#=-]? ?\w)")
_ASIDE_KINDS = ("mbi", "hicn", "ssn", "dob", "member_id", "mrn", "address")


def _names_someone(text: str) -> bool:
    """A person named in `text`, read as a whole message ("Ostrowski, Gunnhild 603-...")."""
    return "name" in scan(text).kinds


@remember_clean
def scan(text: str) -> PhiFindings:
    """The kinds of patient identifier in `text`, however it was typed or pasted."""
    try:
        return _scan(text)
    finally:  # the readings several checks share are memos of this text: none outlives the scan
        _runs.cache_clear()
        forget_label_places()


def _scan(text: str) -> PhiFindings:
    rules = active_rules()
    firmless = without_firm_names(rules, text)  # "Edward Jones sent the 401k forms"
    if firmless != text and not _scan(firmless):
        return PhiFindings()  # a firm's name is dropped only when nothing else is refused
    placeless = without_named_places(rules, text)  # "near the Booker T. Washington memorial"
    if placeless != text and not _scan(placeless):
        return PhiFindings()  # likewise a public place's
    titled = with_mailbox_names_capitalised(rules, text)  # "vernon whitehorse\nvwhitehorse81@"
    if titled != text:
        return _scan(titled)
    text = without_team_names(text, rules)  # "Renata Solberg (she/her)  9:42 AM": a colleague's
    text = without_ticket_holders(rules, text)  # "Nadia Mujkić has it": the colleague on the case
    plain = without_placeholders(rules, normalise(text))  # "SSN 000-00-0000", "ZZTEST, ZZPATIENT"
    if not plain.strip():
        return PhiFindings()
    found = {kind for kind in KINDS if CHECKS[kind](rules, plain)} | hl7_patient_kinds(plain)
    found |= x12_patient_kinds(rules, plain) | table_kinds(rules, text) | licence_kinds(text)
    found |= fixed_width_kinds(rules, text)  # "YAMASHITA           CURTIS      19310322..."
    if "name" not in found and has_nicknamed_name(rules, plain):
        found.add("name")  # "Margaret (Peggy) Olsen": read as "Margaret Olsen"
    if "name" not in found and has_file_name_name(rules.names, text):
        found.add("name")  # "Cornwallis_Edith_CMN.tif": read before normalising makes "_" a space
    found |= structured_kinds(rules, plain)
    for field in path_fields(rules, text):  # "Brightree > Patient > BERARD, ELOI > ..."
        found |= set(scan(field).kinds)
    found |= row_kinds(rules, plain) | row_kinds(rules, text if "\t" in text else "")
    pasted = any(mark in plain for mark in "{<(") or "VCARD" in plain.upper()
    if found & _CONTACT_KINDS and pasted and business_record(rules, plain):
        found -= _CONTACT_KINDS  # {"supplier": {"phone": ..., "address": ...}}
    folded = fold_lookalike_digits(plain)
    if folded != plain:  # "ssn 6l8-30-4472", "pt addr 5l7 S Kimball Ave": the letter l for a 1
        found |= {kind for kind in _NUMBER_KINDS if CHECKS[kind](rules, folded)}
    dashed = fold_separators(unglued(rules, plain))  # also "MBI7ME4UC3ND17DOB19491202"
    if dashed != plain:  # "MBI 7HW2:UK5:GA08", "SSN 309|55|2186", "DOB 07|30|1954"
        found |= {kind for kind in _SEPARATED_KINDS if CHECKS[kind](rules, dashed)}
    bare = _ASIDE.sub(lambda m: m.group() * product_aside(rules, plain, m), plain)
    if bare != plain:
        found |= {kind for kind in _ASIDE_KINDS if CHECKS[kind](rules, bare)}
    spoken = _AS_IN.sub(r"\1", plain)
    if spoken != plain:  # "8, K as in King, 1, 2, H as in Henry": the letters read out
        found |= {kind for kind in _SEPARATED_KINDS if CHECKS[kind](rules, spoken)}
    prose = without_records(plain)  # not the clinician of an HL7 visit segment
    if (
        found
        and "name" not in found
        and (
            has_last_first(rules.names, prose, loose=True)
            or has_full_name(rules.names, prose, beside=True)
            or has_heading_name(rules.names, prose)
            or has_line_name(rules.names, text)  # "MARGARETHE ALTENBURG" above her street
            or has_bracketed_surname(rules.names, prose)  # "acct 87835401 (Han)"
            or has_name_beside_value(rules, prose, found)  # "Lasiter 6EM7AG1YC39"
            or has_vietnamese_name(rules.names, prose)  # "Ngo Thi Huong DOB 8/8/1946"
            or has_split_name(rules.names, text)  # "Last: Thornbury\nFirst: Agnes\nDOB: ..."
            or (found & _CONTACT_KINDS and has_signed_name(rules.names, prose))
        )
    ):
        found.add("name")  # "Okafor, Ngozi" beside an MBI or a chart number
    if found & _OWN_ID_KINDS and "\n" in text and business_page(rules, text):
        found -= _OWN_ID_KINDS  # "Provider: Redbud Hollow Home Medical\nMedicaid ID: 7100448120"
    if found & _CONTACT_KINDS and "\n" in text and staff_table(rules, text):
        found -= _CONTACT_KINDS - {"address"}  # "Name<TAB>Role<TAB>Ext": the team's directory
    if found and "dob" not in found and OLD_DATE.search(plain):
        found.add("dob")  # "Rosalind Brannigan  3AY7MD5KW28  03/06/1941": a service date is later
    # The office's and businesses' values are cleared first, so a lower-case name is only ever
    # added to a text still refused on its other kinds, never the reason it is refused.
    found = with_subject_mailbox(rules, plain, found)  # "about T. Ostrander ... tomas.ostrander@"
    found = office_findings(rules, found, plain, _names_someone)
    found = with_lower_name(rules, prose, found, text)  # "for tala moengangongo - MBI ..."
    found = with_lower_given_name(rules, prose, found)  # "walker for keoni, dob ..."
    found = with_pair_name(rules, plain, found)  # "Hobart Bumgardner cell 865.555.0130"
    found = with_birth_date(plain, found)  # "soraya vance 2/27/31 8dc0e02de26"
    found = with_phone_beside_name(rules, plain, found)  # "Tigist Brooks cb 4435550168"
    found = with_plan_number_beside_name(rules, plain, found)  # "Meiling W. Ayala, UHC 979054200"
    found = with_postal_address(rules, plain, found)  # "Deb Orr, 212 Quarry Ln, Tolland, CT 06084"
    found = with_initialled_name(rules, plain, found)  # "Credeur, Dorise L DOB ..."
    found = with_labelled_phone(rules, plain, found)  # "Ana Ruiz / cb 907/555-0143"
    found = with_named_mailbox(rules, plain, found)  # "Mrs Kallas / email on file tkallas@..."
    found = with_mailbox_owner(rules, plain, found)  # "Pike,Otto,otto.pike1940@..."
    found = with_grouped_phone(rules, plain, found)  # "Salina, Kansas 67401, 785.555.0130"
    found = with_nicknamed_name(rules, plain, found)  # "Lucille "Luc" Hatcher"
    found = with_saint_surname(rules, plain, found, _names_someone)  # "Virgil E. St. Clair"
    found = without_railroad_kinds(rules, plain, found)  # "Railroad Medicare id PD 921 406"
    rest = after_writers_tag(rules, text)  # "CSR NOTE: ... WIRKKALA, TOBIN EMAIL ...": the
    if rest is not None and "name" in (more := _scan(rest).kinds):  # writer's job, not hers
        found |= set(more)
    headed = after_tag_heading(text) if "name" not in found else None
    if headed is not None and "name" in (more := _scan(headed).kinds) and len(more) > 1:
        found |= set(more)  # "front desk - P. Lindqvist:\n  4410 CEDAR BLUFF RD ...": hers
    return PhiFindings(tuple(kind for kind in KINDS if kind in found))


def describe(findings: PhiFindings, messages: Messages) -> str:
    """What was found, in words, never the text itself: "a Medicare ID and a date of birth"."""
    names = [messages.text(f"phi_kind_{kind}") for kind in findings.kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def scan_all(texts: Iterable[str | None]) -> PhiFindings:
    """One finding for several fields (a claim file's free text, a form's values)."""
    found = {kind for text in texts if text for kind in scan(text).kinds}
    return PhiFindings(tuple(kind for kind in KINDS if kind in found))
