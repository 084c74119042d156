"""The claim-file schema and sample in docs/ are the model's own, so they cannot drift."""

from __future__ import annotations

import json

from flows.claim_schema import claim_schema
from flows.models import Claim
from tests.conftest import REPO


def test_committed_claim_schema_matches_the_model() -> None:
    assert (REPO / "docs" / "claim.schema.json").read_text() == claim_schema(), "run make diagram"


def test_sample_claim_is_a_valid_claim_file_a_biller_can_start_from() -> None:
    sample = json.loads((REPO / "docs" / "sample-claim.json").read_text())
    claim = Claim.model_validate(sample)
    assert claim.payer.type == "medicare" and claim.item.unit_price is not None
    schema = json.loads(claim_schema())
    assert set(sample) <= set(schema["properties"])


def test_codes_in_a_claim_file_typed_loosely_are_read_as_the_codes() -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicare"},
        "item": {"description": "wheelchair part", "base_item_code": "k 0005 ",
                 "repair_of_code": "k-0823"},
        "code_check": {"chosen_code": "e 1399"},
    })  # fmt: skip
    assert claim.code_check.chosen_code == "E1399"
    assert (claim.item.base_item_code, claim.item.repair_of_code) == ("K0005", "K0823")
