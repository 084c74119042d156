"""A code typed in the description (the likely-code cases are in test_codes.py): the item's own
code is billed as that item, a whole new item beside the code of the patient's current item is a
whole item, and only a piece of the typed code's item goes to that code's parts NOC (F1.6, F11.3,
F16.10, F16.12)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from flows.models import Claim
from tests.conftest import repository_content
from tests.flows.test_codes import BOOK

CLAIMS = Path(__file__).parent.parent / "fixtures" / "claims"


@pytest.mark.parametrize(
    ("typed", "noc"),
    [("E0260 semi-electric hospital bed with mattress", "E1399"),
     # a wheelchair no word says is powered is a manual one: its family, never a part
     ("K0001 standard wheelchair for a pt going home", "K0009"),
     ("pt owns E0163 commode chair, needs a bariatric commode chair 650 lb", "E1399"),
     ("upgrade from E0143 walker to a bariatric rollator 500 lb", "E1399"),
     ("E0424 oxygen concentrator, need a portable oxygen concentrator", "E1399")],
)  # fmt: skip
def test_a_whole_item_with_a_code_typed_beside_it_is_no_part(typed: str, noc: str) -> None:
    assert BOOK.noc_for(typed).code == noc


def test_a_piece_of_the_typed_codes_item_still_goes_to_its_parts_code() -> None:
    assert BOOK.noc_for("commode chair E0163 she owns: new seat").code == "A9900"


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("typed", "noc"),
    [("spoke protector clip set for the pt's owned K0005", "K0108"),
     ("headlight mounted on the frame of a K0823", "K0108"),
     ("arm trough bolted onto his K0001", "K0108"),
     ("spreader bar hook for her owned E0630", "A9900"),
     ("knee pad for the E0630 sit-to-stand lift", "A9900"),
     ("hand pendant for her E0260 chewed by the dog", "A9900"),
     # a NOC code typed beside the base names no item of its own
     ("I used E1399 for the caster fork on her K0003, was that right?", "K0108")],
)  # fmt: skip
def test_a_piece_said_to_be_for_or_on_a_typed_code_goes_to_that_codes_parts(
    typed: str, noc: str
) -> None:
    assert BOOK.noc_for(typed).code == noc


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "typed",
    ["new power chair to replace her K0001",
     "lift chair for a pt who has an E0260",
     "upgrade from a K0001 to a lightweight chair, whole chair",
     "transfer bench to go with the E0260 at home",
     # the typed code is where something was billed, not what the item is fixed to
     "portable whirlpool unit, the jets were billed on A9999 - the unit is E1399 right?",
     "nebulizer compressor, tubing paid on A7010 before, compressor itself E1399?"],
)  # fmt: skip
def test_a_whole_item_for_someone_with_a_typed_code_is_no_part(typed: str) -> None:
    assert BOOK.noc_for(typed).code not in ("K0108", "A9900")


def _outcome(description: str) -> tuple[str, list[str], str]:
    data = json.loads((CLAIMS / "medicare_ready_to_submit.json").read_text())
    data["item"].update(description=description, category="equipment")
    data["code_check"] = {"searched": True, "chosen_code": "E1399", "candidates_reviewed": []}
    outcome = repository_content().outcome.build(Claim.model_validate(data), dt.date(2026, 12, 3))
    said = " ".join(str(note) for note in (*outcome.warnings, *outcome.checklist))
    return outcome.code, outcome.modifiers, said


@pytest.mark.parametrize(
    ("description", "code", "modifier"),
    [("folding walker with wheels E0143, adjustable height", "E0143", "NU"),
     ("heavy duty extra wide commode chair E0168, 650 lb capacity", "E0168", "NU"),
     ("bath chair E0240 with back, pt wants it for secondary", "E0240", "GY")],
)  # fmt: skip
def test_a_claim_for_an_item_typed_with_its_own_code_bills_that_code(
    description: str, code: str, modifier: str
) -> None:
    billed, modifiers, said = _outcome(description)
    assert billed == code and modifier in modifiers
    assert "A9900" not in said
