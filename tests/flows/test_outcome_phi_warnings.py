"""A claim file with a patient identifier gets one warning per kind of identifier, naming every
field it was found in; each field holding one is kept out of the narrative."""

from __future__ import annotations

from tests.flows.test_outcome_situations import outcome

MBI = "1EG4TE5MK73"  # the shape of a Medicare ID, made up


def identifier_warnings(found) -> list[str]:
    return [w for w in found.warnings if "patient identifiers must not be kept" in w]


def test_one_kind_in_two_fields_is_warned_of_once_naming_both() -> None:
    found = outcome(f"trunk garment device for {MBI}", prior_authorization_number=MBI)
    (warning,) = identifier_warnings(found)
    assert warning.startswith("The description and the prior authorization number look like")
    assert "Medicare ID (MBI)" in warning
    assert MBI not in found.model_dump_json()  # not in the narrative, nor anywhere else


def test_different_kinds_in_different_fields_each_get_their_own_warning() -> None:
    found = outcome(f"trunk garment device for {MBI}",
                    item={"model": "SSN 321-54-9876"})  # fmt: skip
    warnings = identifier_warnings(found)
    assert len(warnings) == 2
    assert "The description looks like it contains a Medicare ID" in warnings[0]
    assert "The model looks like it contains a Social Security number" in warnings[1]
