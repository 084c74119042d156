"""The claim-file schema and sample in docs/ are the model's own, so they cannot drift."""

from __future__ import annotations

import datetime as dt
import json

import pytest

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


def _claim(**parts: object) -> Claim:
    return Claim.model_validate(
        {"payer": {"type": "medicare"}, "item": {"description": "shower chair"}, **parts}
    )


@pytest.mark.parametrize(
    "written", ["2026-11-01", " 2026-11-01 ", "2026/11/01", "11/01/2026", "20261101", "2026-11-1"]
)
@pytest.mark.sweep(n=3)
def test_a_date_of_service_written_as_billers_write_it_is_read(written: str) -> None:
    claim = _claim(date_of_service=written, claim={"status": "denied", "submitted_on": written})
    assert claim.date_of_service == claim.claim.submitted_on == dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    "typed",
    [["co16", "CO 16", "N-350", "MA-130"], "CO-16, N350; MA130", "CO 16 N-350 MA130"],
)
def test_denial_codes_as_remits_print_them_are_read(typed: object) -> None:
    claim = _claim(claim={"status": "denied", "denial_codes": typed})
    assert set(claim.claim.denial_codes) == {"CO-16", "N350", "MA130"}


def test_a_beneficiary_state_written_out_is_read_as_its_code() -> None:
    assert _claim(payer={"type": "medicaid", "state": "New York"}).payer.state == "NY"
    with pytest.raises(ValueError, match="not a 2-letter US state"):
        _claim(payer={"type": "medicaid", "state": "Narnia"})
