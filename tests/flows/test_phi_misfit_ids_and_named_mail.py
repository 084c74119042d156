"""A Medicare number typed against the card's letter rules after its label is still refused, a
message naming someone and closing "if no one else has it" is no colleague's ticket, and a
refused message's warning names the e-mail whose mailbox spells the person's name, an SSN's
last four after a glued label, a state Medicaid program's member number and a record's own id
in a FHIR or CDA paste. Examples, formats and look-alikes stay as they were."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "MBI 5LP2-WQ8-TR61 on the recert, is the CMN still good?",
        "mbi: 2SB4-KX7-TT19 can someone check eligibility",
        "Medicare # 0HN3 RE5 KT72 came back not found",
        "her medicare number 7ZB4-DK2-QM50 keeps failing on the portal",
        "MBI 4kj8ol2mn77 pls check",
    ],
)
def test_a_labelled_mbi_with_a_letter_the_card_never_prints_is_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "his mbi is 6TB3-JX4-KL20, the format looks wrong to me",
        "sample pack went out too. MBI 8SD1-QP5-RZ37 for the cushion claim",
        "mbi 3OK9-HV2-WB45 - the example on the intake sheet was wrong too",
    ],
)
def test_an_example_word_about_something_else_leaves_the_number_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "the MBI format is 0SL0-OO0-BB00 in the training deck",
        "MBI example: 9ZZ9-ZZ9-ZZ99, not a real one",
        "serial 5LP2-WQ8-TR61 on the concentrator, no MBI needed",
        "order 5LP2WQ8TR61 shipped Tuesday",
    ],
)
def test_an_mbi_shaped_example_or_product_number_is_left_alone(text: str) -> None:
    assert "mbi" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "resupply order stuck for Cornelius Vandermeer\nhis email is cvandermeer@example.org\n"
        "I can do it if no one else has it",
        "Walter Brisbois-Quinn still owes the rental\nreach him at wbq@example.com\n"
        "I will take it if nobody else is on it",
    ],
)
def test_a_patient_named_before_an_open_offer_to_take_the_case_is_refused(text: str) -> None:
    assert {"name", "email"} <= set(scan(text).kinds)


def test_a_colleague_holding_the_ticket_is_still_no_patient() -> None:
    assert not scan("Dana Whitcomb has it, thanks all")


@pytest.mark.parametrize(
    "text",
    [
        "statement question from Mrs. Vanterpool / email on file evanterpool@example.com",
        "the clinic faxed over HALVORSEN, BIRGIT; contact: birgit.halvorsen12@example.org",
    ],
)
def test_the_mailbox_spelling_the_named_persons_name_is_named(text: str) -> None:
    assert {"name", "email"} <= set(scan(text).kinds)


def test_a_business_mailbox_beside_a_name_is_not_named_an_email() -> None:
    text = "Mrs. Vanterpool MBI 3WE5-RT6-YU78, orders go to orders@acmemedical.com"
    assert "email" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    ["resupply due for Ottilie Brandvold | ssn4 7731", "Mr. Quarles - SSN-4: 5108 - DOS 2/2"],
)
def test_an_ssn_last_four_after_a_glued_label_is_named(text: str) -> None:
    assert "ssn" in scan(text).kinds


def test_an_ssn_last_four_field_name_alone_is_no_identifier() -> None:
    assert not scan("the ssn4 field on the intake form is optional now")


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("walker denied for Hollis Grunwald, EqualityCare # 4471920385", "member_id"),
        ("Heritage Health # 55102938471 for pt Marguerite Osei", "member_id"),
    ],
)
def test_a_state_programs_member_number_is_named(text: str, plan: str) -> None:
    assert {"name", plan} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        '{"resourceType": "Patient", "id": "55120934", "name": [{"family": "Brandvold", '
        '"given": ["Ottilie"]}], "birthDate": "1933-04-02"}',
        "<patient><name><given>Ottilie</given><family>Brandvold</family></name>"
        '<birthTime value="19330402"/></patient><id extension="7723104"/>',
    ],
)
def test_a_patient_records_own_id_is_named_a_record_number_not_a_plans(text: str) -> None:
    kinds = set(scan(text).kinds)
    assert "mrn" in kinds and "member_id" not in kinds


def test_a_claims_own_id_in_a_pasted_record_is_no_identifier() -> None:
    assert not scan('{"resourceType": "Claim", "id": "88123", "status": "active"}')


@pytest.mark.parametrize(
    "text",
    [
        "Tallent, Ingeborg - MBI 4RT7 HN2 KP55 - Great Falls MT 59401 - 406.555.0171 - capped?",
        "from the field tech: TALLENT, INGEBORG, 4-R-T-7-H-N-2-K-P-5-5, +1 406 555 0171; ok?",
    ],
)
def test_a_grouped_phone_after_the_persons_other_values_is_named(text: str) -> None:
    assert {"name", "phone"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Oberholtzer, Wynn MBI 2GT5-HK7-PW40, the clinic fax is 307.555.0188",
        "Oberholtzer, Wynn MBI 2GT5-HK7-PW40, Noridian said call 877-555-0188",
    ],
)
def test_a_business_or_toll_free_line_beside_a_patient_is_not_named_theirs(text: str) -> None:
    assert "phone" not in scan(text).kinds


def test_a_railroad_number_for_a_pensioners_child_is_named_a_medicare_number() -> None:
    assert "hicn" in scan("Haverkamp, Odile - RRB # CH448120937 - is the rental capped?").kinds


def test_a_lower_case_name_and_its_mailbox_are_both_named() -> None:
    text = (
        "the night tech left a voicemail about odile haverkamp; "
        "email odile.haverkamp@example.net; ref #wy-2291; acct # 55120934"
    )
    assert {"name", "email"} <= set(scan(text).kinds)


def test_the_id_inside_a_subscribers_object_is_still_their_member_id() -> None:
    kinds = scan('{"subscriber": {"id": "KQT440918273", "dob": "1941-11-30"}}').kinds
    assert {"member_id", "dob"} <= set(kinds)
