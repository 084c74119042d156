"""The office's own machines pass: a town's fax, printer, copier or scanner tray is the office's,
not a patient's case, and a message's source heading ("from the Joplin fax tray:") owns no plan
number after it. A surname in capitals then a given name ("pt KOWALCZYK Irena"), as records and
passports write it, is named beside another identifier; a patient's own tray is still hers."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "left the signed DWO in the Lebanon printer tray, can someone grab it",
        "the Joplin copier tray is jammed again, reprint the ABN for the 2pm",
        "from the Branson fax tray: ICN 4047663995913, write it off or rebill?",
        "scanned from the Hannibal scanner tray, the PA letter is upside down",
    ],
)
def test_an_office_machines_tray_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "the Kowalczyk lap tray came back cracked",
        "the Nwachukwu chair tray needs a new strap",
    ],
)
def test_a_patients_own_tray_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pt KOWALCZYK Irena, MRN 4417820, wants the statement mailed", "mrn"),
        ("expired pt HOLLOWAY Verna, SSN 512-48-9031, the estate wants an itemized bill", "ssn"),
        ("resident OSTRANDER Margit 1EG4TE5MK73 moved to room 9", "mbi"),
    ],
)
def test_a_capital_surname_then_a_given_name_is_named_beside_an_identifier(
    text: str, kind: str
) -> None:
    assert {"name", kind} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. HALE Maria NPI 1234567893 signed the SWO",
        "NPI 1234567893 CALL Mary back about the fee schedule",
    ],
)
def test_a_clinician_or_an_order_in_capitals_is_no_patient(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "from the Joplin fax tray: TennCare 47295597 for Ruth Alder, is she still active?",
        "from our office inbox: KanCare 61830492 (Dale Pruett) wants a copy of the EOB",
    ],
)
def test_a_plan_number_after_a_messages_source_heading_is_the_members(text: str) -> None:
    assert "member_id" in scan(text).kinds


def test_a_business_number_after_a_source_heading_still_passes() -> None:
    assert not scan("from the fax: our Medicaid provider ID 7100448120 for the enrollment form")
