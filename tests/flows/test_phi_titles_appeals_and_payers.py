"""The PHI guard where a patient and a look-alike share a shape: a titled surname that is also a
product's name ("Mrs. Paul's walker was denied" beside "Mrs. Paul's fish sticks"), an SSN after
an appeal's word beside an appeal's own number, a surname worked on beside a payer or a vendor
shared out the same way, titles that are also given names or begin businesses' names, a rep
"from" a company with its state beside a patient from a town, and a patient's address beside a
payer's or a neighbourhood's name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Paul's walker was denied",
        "Mrs. Paul's hospital bed needs pickup",
        "Mrs. Claus called about her walker",
        "Mrs. Claus, DOS 11/3, needs the CMN",
        "Mrs. Maisel called about the rental",
        "Mrs. Butterworth's daughter called about the bill",
        "Mr. Bubble's wife signed the POD",
        "Mr. Incredible's CMN is missing",
        "Mrs. Fields called about her oxygen",
        "Mr. Clean's wheelchair is in the shop",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_whose_titled_surname_is_also_a_product_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Paul's fish sticks for lunch",
        "Mr. Freeze popsicles in the freezer",
        "Mr. Pickles costume for halloween",
        "Mrs. Claus costume for the party",
        "Mr. Coffee machine is broken again",
        "Mr. Coffee will be replaced next week in the kitchen",
        "Mrs. Butterworth's syrup is in the break room",
        "Mr. Clean Magic Eraser gets the scuffs off the chairs",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_titled_product_or_character_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("redetermination 123-45-6789 came back", "ssn"),
        ("alj 212-55-0187 hearing", "ssn"),
        ("appeal 123-45-6789 upheld", "ssn"),
        ("reconsideration 123 45 6789 denied", "ssn"),
        ("docket 212-55-0187", "ssn"),
        ("appeal 1EG4-TE5-MK73 upheld", "mbi"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_an_ssn_or_mbi_after_an_appeal_word_is_still_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "appeal ID QIC-26-118830 is still pending",
        "redetermination # 2026-04411 came back",
        "ALJ appeal no. 1-99220 hearing set",
        "Invacare part 302-44-1187 (caster)",  # a part number in an SSN's shape stays a part's
    ],
)
def test_an_appeal_or_part_number_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        # payers, benefit managers and vendors that no list holds
        "who's handling Evicore?",
        "can you look at Carecentrix?",
        "I'll take Healthfirst",
        "I'll work Fidelis",
        "can you chase Solis?",
        "who's working Kemper?",
        "I'll take Owens and Minor",
        "I'll take Airgas",
        "can you chase Linde?",
        "I'll call back Orthofix",
        "who's handling Carelon?",
        "can you chase Sentara?",
        "who is working Praxair?",
        "I'll take Enovis",
        "can you call back Zynex?",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_payer_or_vendor_shared_out_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "who's working Tshabalala? appeal window closes friday",
        "who's handling Kowalczyk? the ABN is missing",
        "I'll take Nwosu, his CMN expired",
        "who's working Ngata? she wants a loaner",
        "can you chase Adebayo-Okafor",
        "I'll take Hernández",
        "can you chase Brzezinski?",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_shared_out_with_a_persons_evidence_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "ask Madan Rao, he runs the appeals desk",
        "Madan Lal Hospital sent the order",
        "Shri Ram Medical Supply sent the invoice",
        "Shri Krishna Home Health sent the referral",
        "Shri Balaji Surgicals sent the quote",
        "Sandra Kim from Carecentrix FL called back",
        "Dana Ruiz from Solara CA confirmed the order",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_business_a_colleague_or_a_rep_with_a_state_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Shri Venkatesh Iyer needs the CMN signed",
        "walker for Shri Venkatesh Iyer",
        "Mr. Haverford from Fort Myers FL called",
        "Mrs. Temple from Temple TX 76501 called",
    ],
)
def test_a_titled_patient_or_one_from_a_town_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("mail the overpayment check to 7500 SECURITY BLVD BALTIMORE MD 21244", False),
        ("the Urb. Villa Carolina office is closed today", False),
        ("mail the refund check to 12 Elm St, Dayton OH 45402", True),
        ("pt lives in Urb. Villa Carolina", True),
    ],
)
def test_a_payers_or_a_neighbourhoods_address_passes_a_patients_is_refused(
    text: str, refused: bool
) -> None:
    assert ("address" in scan(text).kinds) is refused
