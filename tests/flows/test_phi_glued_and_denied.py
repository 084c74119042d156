"""Labels a scanner glued to their values, a Medicare number's label past the paper it was read
off, and a name the message itself says is not a patient's."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("MBI7ME4UC3ND17DOB19491202 — the scanner removed all spaces", {"mbi", "dob"}),
        ("OCR line: SSN219044471DOB19380612", {"ssn", "dob"}),
    ],
)
def test_labels_glued_to_their_values_are_read_as_spaced(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Medicare # on the handwritten order: 9H94 H36 UR99, rest illegible",
        "MBI from the CMN: 9H94H36UR99",
    ],
)
def test_a_medicare_label_before_the_paper_it_was_read_off_still_counts(text: str) -> None:
    assert "mbi" in scan(text).kinds


def test_an_order_s_own_number_still_passes() -> None:
    assert "mbi" not in scan("order 4MK9VJ6EA37 shipped from the warehouse").kinds


@pytest.mark.parametrize(
    "text",
    [
        "Brenda's mom Lorraine (not a pt) is recovering from surgery, card going around",
        "Mr. Gauthier (Dr. Gauthier's dad) is our snowplow guy — not a pt, just FYI",
    ],
)
def test_a_name_the_message_says_is_not_a_patient_s_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mrs. Jones is not a pt anymore, her son called about the bed", "name"),
        ("patient Mary Jones, not a pt of Dr. Smith", "name"),
        ("Walt Hakala (not a pt) MBI 1EG4-TE5-MK73", "mbi"),
    ],
)
def test_a_former_patient_or_a_name_beside_an_identifier_is_still_refused(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


def test_the_office_s_hipaa_security_officer_is_a_colleague() -> None:
    text = "our HIPAA privacy officer is Dana Koski, security officer Tomasz Wozniak"
    assert not scan(text)


def test_a_name_in_prose_after_a_segment_pasted_without_its_tilde_is_refused() -> None:
    text = "CLP*94782754*1*2144.21*4967.62**MB — pt Frank Salmela — paid, post it"
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "called for the pickup schedule — business number (989) 555-0108",
        "the Houghton lease: 5676 Shelden Ave — landlord wants a copy of our insurance",
    ],
)
def test_a_business_number_or_the_office_s_lease_address_passes(text: str) -> None:
    assert not scan(text)


def test_a_patient_s_cell_near_the_word_business_is_still_refused() -> None:
    assert "phone" in scan("pt's daughter runs a business, her cell (989) 555-0108").kinds


def test_a_doctor_s_medical_assistant_named_by_the_job_is_a_colleague() -> None:
    assert not scan("Dr. Saari's MA, Jenny Lahti, faxed the F2F")


@pytest.mark.parametrize(
    "text",
    ["pt's ma, Jenny Lahti, called", "member Octavio Restrepo Lindqvist — MA plan, needs PA"],
)
def test_a_patient_s_ma_or_a_medicare_advantage_member_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds
