"""A front-end rejection keyed as the biller copies it: the 277CA's claim status codes
(category:status) or the word 277CA in the claim's denial codes read as a rejection with no
appeal rights (F11.2, F16.15), and an entry that is no code is named, never a refused claim."""

from __future__ import annotations

from typing import Any

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
from flows.parsing import InvalidAnswer, parse_denial_codes
from tests.flows.test_outcome_situations import outcome, warned


def rejected(description: str, codes: object, status: str = "denied", **claim: Any) -> Outcome:
    return outcome(
        description,
        claim={"status": status, "submitted_on": "2026-11-19", "denial_codes": codes},
        **claim,
    )


@pytest.mark.parametrize(
    "typed", [["a8:562"], "A6 : 512", ["277 CA"], "277ca, A3:19:PR"]
)  # fmt: skip
def test_a_claim_with_claim_status_codes_is_read_as_rejected_not_denied(typed: object) -> None:
    found = rejected("clearinghouse bounced it back, over-bed swivel tray", typed)
    steps = {step.id for step in found.follow_up}
    assert "new_claim" in steps
    assert not steps & {"redetermination", "reconsideration", "reopening", "plan_appeal"}
    assert warned(found, "Rejected at the front end") and warned(found, "no appeal rights")


def test_a_plan_rejection_with_a_claim_status_code_gets_a_new_claim_not_a_plan_appeal() -> None:
    found = rejected(
        "payer portal rejection, subscriber id keyed wrong. reacher grabber 32 in",
        ["A3:21"], status="rejected", payer={"type": "commercial", "state": "TX"},
    )  # fmt: skip
    steps = {step.id for step in found.follow_up}
    assert "new_claim" in steps and "plan_appeal" not in steps
    assert warned(found, "A3:21")


def test_a7_507_says_the_pricing_modifier_and_other_codes_are_left_to_the_277ca() -> None:
    """F5.1: CEDI rejects a missing RR/NU/UE on a code the fee schedule lists it for (A7:507);
    the facts give no other claim status code's meaning."""
    with_507 = rejected("commode rejected at CEDI, resend", "A7:507")
    assert warned(with_507, "RR, NU or UE")
    other = rejected("commode rejected at CEDI, resend", "A7:453")
    assert warned(other, "A7:453") and not warned(other, "RR, NU or UE")


@pytest.mark.parametrize("typed", [["277CA"], "a3 : 19", ["A7:453"]])
def test_a_claim_still_keyed_submitted_with_a_277ca_code_is_read_as_rejected(typed: object) -> None:
    """The clearinghouse sent it back before the payer saw it: the biller who left the status
    at "submitted" is told to send a new claim, not to wait for a decision."""
    found = rejected("sent last week, clearinghouse report came back. raised toilet seat", typed,
                     status="submitted")  # fmt: skip
    steps = {step.id for step in found.follow_up}
    assert "new_claim" in steps
    assert not steps & {"redetermination", "reconsideration", "reopening", "plan_appeal"}
    assert warned(found, "Rejected at the front end")


@pytest.mark.parametrize("typed", ["CO-16, A7:507", ["MA130", "a7:507"]])
def test_a7_507_beside_a_remittance_code_asking_for_a_new_claim_names_the_pricing_modifier(
    typed: object,
) -> None:
    """A remit that asks for a new claim with the 277CA's A7:507 beside it: the new claim still
    needs the line's RR, NU or UE; beside a decision to appeal (CO-50) the hint stays out."""
    assert warned(rejected("hospital bed side rails came back, redo it", typed), "RR, NU or UE")
    appealed = rejected("hospital bed side rails came back, redo it", ["CO-50", "A7:507"])
    assert not warned(appealed, "RR, NU or UE")


def test_an_entry_that_is_no_code_is_named_and_the_rest_of_the_claim_is_read() -> None:
    found = rejected("denied per the letter. tub transfer bench pad", ["CO-50", "per EOB pg 2"])
    assert any(step.id == "redetermination" for step in found.follow_up)
    assert warned(found, '"per EOB pg 2"') and warned(found, "rest of the claim was read")


def test_a_pasted_string_keeps_the_codes_it_can_read() -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicare"}, "item": {"description": "bed rail pad"},
        "claim": {"status": "denied", "denial_codes": "co 16 n350; call the MAC"},
    })  # fmt: skip
    assert claim.claim.denial_codes == ["CO-16", "N350", "call the MAC"]
    assert claim.claim.status == "denied"


def test_the_chat_reads_claim_status_codes_and_still_asks_again_for_words() -> None:
    assert parse_denial_codes("a7 : 507 co16") == ["A7:507", "CO-16"]
    assert parse_denial_codes("277 CA") == ["277CA"]
    with pytest.raises(InvalidAnswer) as asked:
        parse_denial_codes("rejected front end")
    assert asked.value.fields == {"token": "REJECTED"}


@pytest.mark.parametrize("stray", ["Member #: 7HX2QW9RT41", "note: see attached remit"])
def test_an_entry_with_a_colon_that_is_no_code_keeps_the_denial_and_is_never_repeated(
    stray: str,
) -> None:
    found = rejected("pressure relief wedge cushion, denied", ["CO-50", stray])
    assert any(step.id == "redetermination" for step in found.follow_up)
    assert not warned(found, "Rejected at the front end")
    assert not warned(found, "7HX2QW9RT41")


def test_a_remittance_denial_beside_an_earlier_rejection_code_keeps_its_appeal() -> None:
    """A claim with a remittance code was adjudicated (a rejected one never gets a remit)."""
    found = rejected("knee scooter basket, not medically necessary", "a7 : 507, co 50 n115")
    assert any(step.id == "redetermination" for step in found.follow_up)
    assert not warned(found, "no appeal rights")


def test_an_unprocessable_remit_beside_a_rejection_code_is_still_a_new_claim() -> None:
    found = rejected("knee scooter basket", ["ma130", "A7:507", "Co16"])
    steps = {step.id for step in found.follow_up}
    assert "new_claim" in steps and "redetermination" not in steps


@pytest.mark.parametrize(
    ("pasted", "step"),
    [("co16 ma130 as on the remit", "new_claim"), ("A6:512 from the 277CA report", "new_claim"),
     ("CO-50 N115 per remit/EOB", "redetermination")],
)  # fmt: skip
def test_codes_pasted_with_words_between_spaces_are_still_read(pasted: str, step: str) -> None:
    found = rejected("shower chair back pad", pasted)
    assert step in {s.id for s in found.follow_up}
    assert warned(found, "not a code these rules read")


def test_a_pasted_identifier_beside_the_codes_is_never_repeated() -> None:
    found = rejected("shower chair back pad", "ma130 co 16 mbi 7HX2QW9RT41")
    assert "new_claim" in {s.id for s in found.follow_up}
    assert not warned(found, "7HX2QW9RT41") and warned(found, "patient identifier")


def denied_with(codes: list[str]) -> Outcome:
    status = {"status": "denied", "submitted_on": "2026-11-03", "determination_date": "2026-11-20"}
    return outcome("knee scooter basket", claim={**status, "denial_codes": codes})


def test_a_remittance_code_no_rule_knows_is_named_as_unread_like_words_are() -> None:
    found = denied_with(["CO-B7", "see letter"])
    unread = [w for w in found.warnings if "not a code these rules read" in w]
    assert len(unread) == 1 and '"CO-B7"' in unread[0] and '"see letter"' in unread[0]


def test_codes_the_rules_name_are_not_called_unread() -> None:
    assert not warned(denied_with(["CO-16", "MA130", "N350"]), "not a code these rules read")


def test_the_adjustments_a_paid_claim_carries_are_not_called_unread() -> None:
    status = {"status": "paid", "submitted_on": "2026-11-03", "determination_date": "2026-11-20"}
    paid = outcome("knee scooter basket", claim={**status, "denial_codes": ["CO-45", "PR-2"]})
    assert not warned(paid, "not a code these rules read")
