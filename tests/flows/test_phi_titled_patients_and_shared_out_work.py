"""The PHI guard on a titled patient who reads like something else: a surname before a
character's or a show's word ("Mr. Jones doll arrived", "Mrs. Nguyen's film from the ER"), a
patient "from" a town no list holds, "Madan" or "Shri" before one surname, a listed product's
name that is also a patient's at the front desk or paying a bill; and a payer or a vendor shared
out with a coworker's or a rep's he or she after it, which passes."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Nguyen's film from the ER shows a hip fracture",
        "Mr. Okafor film came back, fracture confirmed",
        "Mr. Garcia's episodes of hypoxia on 4L, need the CMN",
        "Mrs. Lopez episodes of falls documented",
        "Mr. Jones doll arrived",
        "Mrs. Castillo mug shot",
        "Ms. Patel poster child for compliance, her CMN is perfect",
        "Mr. Chen toys with the settings on his CPAP",
        "Mrs. Brown movie theater fall, now needs a wheelchair",
        "Mrs. Ortiz stickers on her walker",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_titled_surname_before_a_characters_word_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Freeze popsicles in the freezer",
        "Miss Piggy mug on my desk",
        "Mr. Bean movie marathon friday",
        "Mr. Potato Head on Jamie's desk was a gift",
        "Mr. Coffee in the break room is broken",
        "Mrs. Fields cookies for the potluck",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_listed_character_or_product_still_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Holloway from Ocala FL called about her walker",
        "Mr. Baker from Paducah KY called about his CPAP",
        "Mr. Whitfield from Dothan AL needs a hospital bed",
        "Mrs. Abernathy from Boise ID left a voicemail",
        "Mr. Jimenez from El Paso TX needs a walker",
        "Mrs. Lindqvist from Ocala called about her rollator",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_titled_patient_from_an_unlisted_town_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Sandra Kim from Carecentrix FL called back",
        "Mr. Smith from Medline called about the invoice",
        "Mrs. Clark from the PDAC called back",
    ],
)
def test_a_rep_from_a_company_still_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Park from Delta Breeze QA says the bracket failure was a bad weld batch",
        "Mrs. Azevedo from Delta Breeze accounting called about the overdue invoice",
        "return to vendor: Delta Breeze RMA 6613299, 2 brackets",
        "manufacturer: Grace Porter, model 4410",
    ],
)
def test_a_vendor_named_like_a_person_passes_beside_its_team_or_after_vendor(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Delta Breeze needs her walker delivered",
        "Mary Smith billing question, her CMN expired",
        "call from Mary Smith about her rollator",
    ],
)
def test_a_person_named_like_that_without_a_company_word_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Madan Joseph needs the walker delivered",
        "Madan Baptiste's oxygen was denied",
        "Madan Pierre's hospital bed needs pickup",
        "Madan Pierre from Miami FL called",
        "Madan Louis wants her rollator",
        "Shri Gupta's walker was denied",
        "Shri Sharma needs the CMN signed",
    ],
)
@pytest.mark.sweep(n=3)
def test_madan_or_shri_before_one_surname_with_a_case_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "ask Madan Rao, he runs the appeals desk",
        "check with Madan Rao about the team schedule",
        "Madan Lal Hospital called",
        "Shri Ram Medical Supply invoice",
    ],
)
def test_madan_or_shri_as_a_colleague_or_a_business_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Rogers is broke, can't pay the deductible",
        "Mr. Rogers is at the front desk, here to pay",
        "Mrs. Paul is at the front desk",
        "Mr. Rogers dropped off a gift for the front desk",
        "Mrs. Claus wants to know her copay",
        "Mrs. Fields' balance is past due",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_listed_products_name_at_the_desk_or_paying_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "I'll take Carelon today, he's swamped",
        "who's handling Carelon now? she's on PTO",
        "can you call back Zynex? she left a voicemail about the order",
        "can you chase Solara, her team lost the invoice",
        "I'll take Healthfirst, she's out today",
        "who's handling Evicore? he's out till monday",
        "I'll take Availity, she's at lunch",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_payer_or_vendor_shared_out_with_a_pronoun_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "who's working Ngata? she wants a loaner",
        "I'll take Kowalski, his CMN expired",
        "can you chase Okwuosa, she hasn't signed the POD",
    ],
)
def test_a_patient_shared_out_with_a_pronoun_before_the_case_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds
