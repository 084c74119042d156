"""A Slack copy's channel header names a colleague, an inmate is a patient, and a street printed in
capitals with its town, state and ZIP is an address even in a typed message."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "[#intake-okc 9:05] Wanda Bearpaw: the K0823 base is back from repair",
        "[#ar-team 3:41 PM] Delbert Onefeather: CO-45 on the tray line again, adjust it",
    ],
)
def test_a_colleague_named_in_a_channel_header_is_not_refused(text: str) -> None:
    assert scan(text).kinds == ()


def test_a_patient_named_after_a_channel_header_is_still_caught() -> None:
    text = "[#intake-okc 9:05] Wanda Bearpaw: patient Orville Sixkiller needs the tray"
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "inmate Leland Harjochee at the state prison needs a gel cushion",
        "inmate name: Royce Tahdooahnippah, DOC sent the order for a walker",
    ],
)
def test_an_inmate_named_is_a_patient(text: str) -> None:
    assert "name" in scan(text).kinds


def test_the_inmate_phone_line_is_no_patient() -> None:
    assert scan("the inmate phone line at the county jail is down again").kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Lookout, Ferris / 2210 S HARVARD AVE OKMULGEE OK 74447",
        "ship it to 904 W MAIN ST APT 3, SAPULPA OK 74066 please",
    ],
)
def test_a_street_in_capitals_with_its_zip_is_an_address(text: str) -> None:
    assert "address" in scan(text).kinds


def test_a_setting_in_capitals_in_a_typed_sentence_is_no_address() -> None:
    assert scan("set the 2 VPAP ST, then check the leak").kinds == ()
