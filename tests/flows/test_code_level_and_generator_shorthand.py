"""Shorthand prosthetists and infusion pharmacies type for levels, solutions and generators
(content/codes/synonyms.yaml), and NOC families kept to the items their descriptors name
(content/codes/noc.yaml): what a biller sees first for each."""

from __future__ import annotations

import pytest

from tests.flows.code_book import BOOK, first_code


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("ED prosthesis, switch controlled electric", "L6940"),
     ("SD arm, externally powered by switch", "L6960"),
     ("IPOP for an above elbow amputee", "L6382"),
     ("IPOP at the shoulder", "L6384"),
     ("AA 3.5% for parenteral home mix", "B4168"),
     ("single array IPG, primary cell", "L8686"),
     ("rechargeable 2-array neurostimulator generator", "L8687")],
)  # fmt: skip
def test_level_solution_and_generator_shorthand_find_their_codes(typed: str, code: str) -> None:
    assert first_code(typed) == code


def test_an_aa_battery_is_no_amino_acid() -> None:
    assert not (first_code("AA batteries, pack of 4") or "").startswith("B4")


def test_a_motorized_aid_off_the_pdac_list_is_no_power_mobility_device() -> None:
    jar_opener = "motorized jar opener for arthritic hands, not on the PDAC list"
    assert BOOK.noc_for(jar_opener).code == "E1399"
    assert BOOK.noc_for("mobility scooter from abroad, not on the PDAC list").code == "K0899"
    assert BOOK.noc_for("standing power device, not on the PDAC list").code == "K0899"


def test_a_flare_or_rocker_on_an_orthopedic_shoe_is_a_shoe_modification() -> None:
    assert BOOK.noc_for("lateral flare and rocker sole on his orthopedic shoe").code == "L3649"


def test_a_prosthetic_service_said_to_be_under_no_code_gets_no_warning() -> None:
    service = "socket modification for his prosthesis, not under any code"
    assert BOOK.likely_specific(service) is None


@pytest.mark.parametrize(
    "item",
    ["bariatric shower chair, heavy duty, doesn't meet any of the bath chair descriptions",
     "semi-electric hospital bed that doesn't meet any bed description, 7 ft pt"],
)  # fmt: skip
def test_an_item_said_to_meet_no_description_gets_no_warning(item: str) -> None:
    assert BOOK.likely_specific(item) is None
