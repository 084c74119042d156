"""The PHI guard on two lower-case words after a patient label: two dictionary words that no
census list holds as names describe the case's item ("pt: scalp arrays"), while a lower-case name
after the same label, or a surname before a person's verb, is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "GBM pt: scalp arrays device that uses electrical fields against the tumor, incl all"
        " supplies",
        "pt: scalp cooling cap, is it DME or a supply?",
    ],
)
def test_an_item_described_after_a_patient_label_is_left_alone(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "pt: mary jones needs the scalp arrays",
        "pt: kelly osei, scalp cooling cap",
        "pt: rose hill needs scalp arrays",
        "pt baker needs a bed",
    ],
)
def test_a_lower_case_name_after_a_patient_label_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


def test_the_identifiers_beside_the_item_are_still_refused() -> None:
    text = "pt: scalp arrays, MBI 1EG4-TE5-MK72, dob 03/14/1950"
    assert set(scan(text).kinds) >= {"mbi", "dob"}
