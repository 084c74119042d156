"""The warning names a patient's record number as one, not as a plan's member ID: the number a
billing system or an EHR gives its patient ("Kareo patient ID 4419027", "Brightree ID 300718"),
an ABN's optional identification number (the supplier's own number for the patient, by the form's
instructions), an 835's patient control number (CLP01) beside the patient's name; and an 834's
subscriber number (REF*0F) is a member ID. A plan's own "client ID" or "participant ID" stays a
member ID, and a system's ID with no number after it, or a remittance with no patient, passes. A
Medicare number right after a name is named one even where a quote's number of the same shape
stands in the message; numbers of that shape in a list with no name stay a product's."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Kareo patient ID 4419027 shows two open rentals",
        "Brightree ID 300718 has the wrong payer on the rental",
        "chart id 5502817, the POD is missing",
    ],
)
def test_a_systems_patient_number_is_named_a_record_number_only(text: str) -> None:
    assert scan(text).kinds == ("mrn",)


@pytest.mark.parametrize(
    "text",
    [
        "ABN came back signed, identification number 4410728, patient Ruth Amsel",
        "the ABN id 7730214 matches our chart for Mr. Haldane",
        "ABN form: Patient Name: OYELARAN, BISI   Identification Number: 55102294",
    ],
)
def test_an_abns_identification_number_is_named_a_record_number(text: str) -> None:
    kinds = scan(text).kinds
    assert "mrn" in kinds and "member_id" not in kinds


def test_an_mbi_typed_in_an_abns_id_box_is_still_named_an_mbi() -> None:
    text = "ABN: Patient Name: Ruth Amsel  Identification Number: 4TQ8-WE2-MK51"
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Medicaid client ID 0077182294 for the new rental",
        "PACE participant ID PC-004471, the program pays",
        "Humana ID H38827165 on the ABN, is that fine?",
    ],
)
def test_a_plans_own_number_stays_a_member_id(text: str) -> None:
    assert "member_id" in scan(text).kinds


def test_a_remits_patient_control_number_beside_the_patient_is_a_record_number() -> None:
    text = "CLP*55019283*1*980.00*784.00**MB*2226300112233*12~ NM1*QC*1*HALDANE*ROSS~ short paid?"
    assert {"mrn", "name"} <= set(scan(text).kinds)


def test_an_834s_subscriber_number_is_a_member_id() -> None:
    text = "INS*Y*18*030*XN*A***AC~ REF*0F*55102837~ NM1*IL*1*AMSEL*RUTH~ from the plan's 834"
    assert {"member_id", "name"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "use the Brightree ID in Slack, never the pt's name",
        "CLP*AC44102*4*812.5*0*0*MB*2226081193302*12~ why status 4?",
        "does the 834 need REF*0F or only REF*1L?",
    ],
)
def test_labels_and_remits_without_a_patient_pass(text: str) -> None:
    assert not scan(text)


def test_a_medicare_number_right_after_a_name_is_named_beside_a_quote_number() -> None:
    text = "quote 4HT7KC2QW61-B for the tray; Ottilie Brandvold 8JK2-TD4-WR37 is the one it's for"
    assert {"mbi", "name"} <= set(scan(text).kinds)


def test_product_numbers_in_a_list_with_no_name_still_pass() -> None:
    assert not scan("quote 4HT7KC2QW61-B covers the base, then 8JK2TD4WR37 for the arms")
