"""A claim the biller left keyed "submitted" though a remittance came back: a code that denies
the line (CO-16, CO-50) reads it as denied, and the code's own steps and deadlines apply; an
adjustment, the patient's share or a remark alone (CO-45, PR-2, N115) comes on a paid claim too,
so the biller still checks its status; a claim with only the 277CA's codes stays a front-end
rejection."""

from __future__ import annotations

from typing import Any

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
from tests.flows.test_outcome_situations import BUILDER, TODAY, outcome, warned

APPEALS = {"redetermination", "reconsideration", "reopening", "plan_appeal"}


def left_submitted(description: str, codes: object, **status: Any) -> Outcome:
    claim = {"status": "submitted", "submitted_on": "2026-11-03", "denial_codes": codes, **status}
    return outcome(description, claim=claim)


def steps(found: Outcome) -> set[str]:
    return {step.id for step in found.follow_up}


@pytest.mark.parametrize("codes", [["co16", "MA130"], "277CA, CO-16", ["A7:507", "co 16"]])
def test_an_unprocessable_remit_on_a_submitted_claim_asks_for_a_corrected_new_claim(
    codes: object,
) -> None:
    found = left_submitted("padded transfer board, remit came back", codes)
    assert "new_claim" in steps(found) and "check_status" not in steps(found)
    assert not steps(found) & APPEALS
    assert warned(found, "Read as denied") and not warned(found, "Rejected at the front end")


def test_a_medical_necessity_remit_on_a_submitted_claim_gets_the_appeal_with_its_deadline() -> None:
    found = left_submitted(
        "bariatric commode seat extension", ["A7:507", "CO-50"], determination_date="2026-11-20"
    )
    assert "redetermination" in steps(found) and "check_status" not in steps(found)
    appeal = next(d for d in found.deadlines if d.id == "redetermination")
    assert str(appeal.date) == "2027-03-20"  # 120 days from the remittance's date
    assert warned(found, "CO-50")


def test_without_the_remittance_date_the_biller_is_asked_for_it_not_told_to_wait() -> None:
    found = left_submitted("tilt-in-space shower chair head rest", ["CO-50", "N115"])
    appeal = next(step for step in found.follow_up if step.id == "redetermination")
    assert "determination" in appeal.action and "date" in appeal.action
    assert not any(d.id == "redetermination" for d in found.deadlines)
    assert "check_status" not in steps(found)


@pytest.mark.parametrize("codes", [["277CA"], "A7:507", ["A3:19", "277 CA"]])
def test_a_submitted_claim_with_only_277ca_codes_stays_a_front_end_rejection(codes: object) -> None:
    found = left_submitted("over-toilet safety frame", codes)
    assert "new_claim" in steps(found) and not steps(found) & APPEALS
    assert warned(found, "Rejected at the front end") and not warned(found, "Read as denied")


def test_a_submitted_claim_with_no_codes_is_still_waiting_on_the_payer() -> None:
    found = left_submitted("over-toilet safety frame", [])
    assert "check_status" in steps(found) and not warned(found, "Read as denied")


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "codes",
    ["CO-45", "PR-2", "N115", "MA01", ["PR-1"], "PR-3", "CO-45, PR-2, N520", "16", "co45 pr2"],
)
def test_adjustments_or_remarks_alone_leave_a_submitted_claim_waiting_on_the_payer(
    codes: object,
) -> None:
    # A contractual adjustment, the patient's share or a remark comes on a paid claim too.
    found = left_submitted("padded transfer board, remit came back", codes)
    bare = left_submitted("padded transfer board, remit came back", [])
    assert "check_status" in steps(found) and not steps(found) & APPEALS
    assert not warned(found, "Read as denied") and not warned(found, "Denied on its merits")
    assert found.follow_up == bare.follow_up and found.deadlines == bare.deadlines


def test_a_denial_code_beside_adjustments_still_reads_the_claim_as_denied() -> None:
    found = left_submitted("bariatric commode seat extension", "CO-45, PR-2, CO-50")
    assert "redetermination" in steps(found) and "check_status" not in steps(found)
    assert warned(found, "Read as denied")


def test_the_warning_names_every_remittance_code_in_one_sentence() -> None:
    found = left_submitted("padded transfer board", "CO-16, N290")
    said = next(w for w in found.warnings if w.startswith("Read as denied"))
    assert "(CO-16, N290) shows the payer has decided the claim" in said


def test_the_claim_file_keeps_submitted_and_a_reread_file_reads_the_same() -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "bed rail pad", "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "date_of_service": "2026-11-16",
        "claim": {"status": "Submitted", "submitted_on": "2026-11-20", "denial_codes": "CO-50"},
    })  # fmt: skip
    reread = Claim.model_validate_json(claim.model_dump_json())
    assert claim.claim.status == reread.claim.status == "submitted"
    first, again = BUILDER.build(claim, TODAY), BUILDER.build(reread, TODAY)
    assert warned(first, "Read as denied") and first.warnings == again.warnings
    assert steps(first) == steps(again) and "redetermination" in steps(again)
