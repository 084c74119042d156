"""A member number after the name of a state's or territory's own Medicaid, CHIP or public
program ("DC Healthcare Alliance # ...", "Plan Vital # ...") is refused and named a member ID,
from the one content list of program names; a program's phone, its name alone, or a claim, prior
authorisation or provider number beside it is billing talk and passes."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "hospital bed for Yaw Okafor (DC Healthcare Alliance # 19653734) ok to ship?",
        "DC Healthcare Alliance number 80773542, can the RT go out tomorrow?",
        "she says the Alliance won't cover the lift chair, ALLIANCE # 23186434",
        "Plan Vital # 0012345678 del paciente, ¿cubre la silla?",
        "Guam Medicaid # 12345678 on the delivery ticket",
        "Florida KidCare id 1234567890 on the referral",
        "CoverKids # 98765432 for the nebulizer",
        "ARKids First # 1234567890 needs the CMN",
        "LaCHIP # 1234567890123 from the portal",
        "Kid Care # 12345678 is on the card",
        "TennCare number 123456789 was termed last month",
        "STAR Kids id 512345678 for the stander",
    ],
)
def test_a_public_programs_member_number_is_named(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the DC Healthcare Alliance phone is 202-555-0123",
        "does MaineCare cover a lift chair?",
        "SoonerCare claim # 12345678901 was denied CO-16",
        "TennCare payer id 62308",
        "Plan Vital pays after 30 days",
        "AHCCCS fax 602-555-0199",
        "KanCare provider number 123456789",
        "DC Healthcare Alliance denied claim 20251234567 for lack of PA",
        "MassHealth PA # 1234567890 expires in March",
        "our STAR contract number is 12345678",
        "HIP 2.0 covers the walker",
        "CareFirst CHPDC provider services 855-555-0100",
        "vital signs normal, rental 12345678 month",
        # words that are also a program's name: a device's chip, a lab, a count
        "the chip # on the concentrator is 88123456",
        "Quest # 12345678 on the sleep study requisition",
        "STAR number of open orders 12345678",
        "all kids 12345678 walkers shipped this year",
    ],
)
def test_a_programs_phone_name_or_claim_passes(text: str) -> None:
    assert scan(text).kinds == ()
