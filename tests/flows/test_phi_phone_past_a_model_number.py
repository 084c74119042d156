"""A phone after a patient's name is named as theirs past their MBI, not past a model or
order number that only looks like one (its letters are ones no MBI has)."""

from __future__ import annotations

from flows.phi import scan


def test_a_model_number_between_a_name_and_a_suppliers_line_names_no_phone() -> None:
    text = "Owen Pruitt, 1AB2-CD3-EF45, 317-555-0101 is Apria's line"
    assert scan(text).kinds == ("name",)


def test_a_phone_past_the_patients_mbi_is_still_named() -> None:
    text = "Odile Brant, 7HW2-UK5-GA08, 574 555 0133 call her after 3"
    assert {"name", "phone"} <= set(scan(text).kinds)
