"""A patient's full name typed all in lower case is refused where a person is talked about, as
it is in capitals, while first names that are ordinary words, staff and makers still pass."""

from __future__ import annotations

import pytest

from flows.phi import scan

LOWER_CASE_PATIENTS = [
    "shower chair for gulnara abdrakhmanova",
    "quote for rosalba quijano-treviño, cash pay",
    "question about yusuf karakaya and his oxygen",
    "re lorena bautista ochoa: the rental stopped",
    "can svetlana kuznetsova get a second cushion",
    "does tatiana ostrovskaya need a new order",
    "did fatima benali sign the pickup slip",
    "priyanka venkatesan needs a longer hose",
    "rashida abubakar wants the loaner back",
    "esperanza zarate's commode broke again",
    "is gustavo pelaez still renting the bed",
    "hospital bed for isidro montemayor zuniga, medicaid",
    "for pilar de la vega the walker height?",
    "bath bench for little mateo cardenas-okoye",
    "quote for baby zaylen montoya-harwell",
]

LOOK_ALIKES = [
    "is this inside the grace period",
    "for grace period rules see the payer manual",
    "for will call orders leave them at the counter",
    "for mark up on the invoice use cost plus",
    "for bill review send the itemized invoice",
    "does bill need the signed delivery slip",
    "can frank the driver take the bed back",
    "for john deere parts we don't bill medicare",
    "does june work for the pickup",
    "for april 1 dates of service which fee schedule",
    "rose the rep sent the price sheet",
    "send the order to tina in billing",
    "for rose gold frames the upcharge is not billable",
    "can lena pls resend the fax",
    "can patience pay the balance in parts",
    "for maria asap please, the fax is waiting",
]


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", LOWER_CASE_PATIENTS)
def test_a_lower_case_full_name_where_a_person_is_talked_about_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_first_names_that_are_words_staff_and_makers_in_lower_case_pass(text: str) -> None:
    assert not scan(text)


def test_the_same_name_capitalised_and_in_lower_case_reads_alike() -> None:
    asked = "can svetlana kuznetsova get a rollator"
    assert scan(asked.title()).kinds == scan(asked).kinds == ("name",)
