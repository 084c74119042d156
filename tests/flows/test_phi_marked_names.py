"""The PHI guard on names a message marks as patients' whatever the name lists hold: an age and
sex in brackets ("Niemi, Sulo J. (84M)"), "(both pts)", a patient's label before an X12 name.
Each gets the warning that a patient's name was found; months in brackets do not."""

from __future__ import annotations

import pytest

from flows.phi import describe, scan
from tests.conftest import repository_content

_MESSAGES = repository_content().messages  # as the run loaded it


@pytest.mark.parametrize(
    "text",
    [
        "Vang, Tou X. (88M) - the hospital bed rental",
        "Pheng Xiong (91 F) wants the commode swapped",
        "Sokunthea and Rithy Meas (both pts) got each other's cushions",
        "patient name on the 837: HEIKKILA*AINO*M, claim rejected",
    ],
)
def test_a_name_marked_as_a_patients_gets_the_name_warning(text: str) -> None:
    assert describe(scan(text), _MESSAGES) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    [
        "Rental Period (60M) on the capped rental",
        "vendor name on the 835: ACME*SUPPLY is wrong",
    ],
)
def test_months_in_brackets_or_a_vendors_x12_name_get_no_warning(text: str) -> None:
    assert not scan(text)
