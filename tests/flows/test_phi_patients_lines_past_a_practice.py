"""A phone the words right before it give to a patient or a relative ("call Walter at", "re:
Zamora", "the family's cell:", "Hortensia's number is") is refused even when a doctor and a
practice are named first; the practice's, a doctor's office's or a business's line still passes.
A full name right before "the patient", "the pt" or a lower-case "pt" is the patient's."""

from __future__ import annotations

import pytest

from flows.phi import scan

PATIENTS_LINES_PAST_A_PRACTICE = (
    "Dr. Abbott at Clearwater Medical Center: call Rosemary at 727-555-0110",
    "per Dr Ochoa, Sunrise Family Health, call back Teodoro at 505-555-0113",
    "Summit Orthopedics called, call Cornelius at 303-555-0127 re the brace",
    "Dr. Hart of Bluebonnet Medical Center re: Zamora 512-555-0131",
    "Dr. Lamb at Redwood Family Practice, regarding Szymanski 707-555-0136",
    "Dr. Ward at Sandhills Medical Group, re: Mr. Pettigrew, 910-555-0133",
    "Dr. Beck at Alpine Health: the family's number is 970-555-0148",
    "Dr. Gill at Riverbend Medical Group - family cell 541-555-0158",
    "Dr. Todd at Cornerstone Health Center, mother's cell 615-555-0156",
    "Dr. Ross at Willow Creek Medical says Ferdinand's cell is 208-555-0161",
    "Dr. Park of Lakewood Health Partners, Wojcik's number is 216-555-0167",
    "Baywood Medical Center says Bartholomew's number is 727-555-0151",
    "DR. VOSS AT PRAIRIE HEALTH CENTER SAYS CALL LEOPOLD AT 402-555-0119",
    "Dr. Voss at Prairie Health Center: CALL BACK Leopold AT 402-555-0119",
)

PRACTICES_AND_BUSINESSES_LINES = (
    "DR NASH'S OFFICE AT SHORELINE MEDICAL, CALL BACK AT 425-555-0168",
    "DR. LEE AT MERCY HEALTH CENTER, CALL US AT 317-555-0142",
    "Dr. Nash at Shoreline Medical Group, office cell 425-555-0168",
    "Shoreline Medical Group's number is 425-555-0168",
    "Dr. Okoye's number is 614-555-0177",
    "Dr. Brandt of Prairie View Health Clinic, the clinic's number is 402-555-0190",
    "Dr. Kim at Oak Park Medical Center re: the CMN 773-555-0102",
    "re: Medicare 317-555-0142 is their provider line",
    "call Harold in billing at ext 12",
    "call Summit Orthopedics at 303-555-0127",
    "Humana's number is 502-555-0134",
    "the practice manager's number is 503-555-0128",
)

NAMES_BEFORE_THE_PATIENT_WORD = (
    "Leocadia Brandauer the patient needs the CMN signed",
    "Wilhelmina Stavros the pt asked about her lift chair",
    "Bartholomew Ngata pt refused delivery",
    "Cosimo Albertelli the pt's daughter called",
)

PATIENT_WORDS_AFTER_NO_NAME = (
    "Dr. Lee the patient's doctor signed the CMN",
    "Mercy Health Center the patient's clinic wants the CMN",
    "Family Medical Supply, the pt's supplier, called",
    "Medical Center the pt uses faxed the order",
    "Grand Rapids pt needs a new cushion",
    "Ardmore OK pt got the bed last week",
    "a Walla Walla pt asked about the rental",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_LINES_PAST_A_PRACTICE)
def test_a_patients_or_familys_line_is_refused_past_a_practices_name(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PRACTICES_AND_BUSINESSES_LINES)
def test_a_practices_or_businesses_line_still_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize("text", NAMES_BEFORE_THE_PATIENT_WORD)
def test_a_full_name_right_before_the_patient_word_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENT_WORDS_AFTER_NO_NAME)
def test_a_doctor_business_or_town_before_the_patient_word_passes(text: str) -> None:
    assert not scan(text)
