"""Advice that depends on who pays: a plan's CO-16 without MA130 can be appealed to the plan, a
Medicare Advantage item delivered without the plan's authorization is warned of, a plan's
rental units are the plan's, and a biller about to phone the DME MAC for a claim's status is
sent to its self-service channels."""

from __future__ import annotations

import pytest

from tests.flows.test_outcome_situations import outcome, warned


def plan_denied(payer: str, *codes: str):
    """A plan's denial of a powered transfer turntable with these remittance codes."""
    return outcome(
        "plan denied the powered transfer turntable - 'insufficient documentation'",
        payer={"type": payer, "state": "CA"},
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-11-30", "denial_codes": list(codes)},
    )  # fmt: skip


@pytest.mark.parametrize("payer", ["medicare_advantage", "medicaid", "commercial"])
def test_a_plans_co16_without_ma130_can_go_to_the_plans_appeal(payer: str) -> None:
    """F16.5: only MA130 marks a claim unprocessable; a plan's bare CO-16 was decided (F16.13:
    a Medicare Advantage plan's appeal is its own reconsideration, never a DME MAC's)."""
    steps = {f.id: f.action for f in plan_denied(payer, "CO-16").follow_up}
    assert "plan_appeal" in steps and "new_claim" in steps
    assert "nothing to appeal" not in steps["new_claim"]
    assert not steps.keys() & {"redetermination", "reconsideration"}
    # the Medicare Advantage plan's window the appeal step is dated from is listed beside it
    windows = {d.id for d in plan_denied(payer, "CO-16").deadlines}
    assert windows == ({"reconsideration"} if payer == "medicare_advantage" else set())


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("payer", ["medicare_advantage", "medicaid", "commercial"])
@pytest.mark.parametrize("codes", [("CO-16", "N350", "MA130"), ("CO-16", "N350")])
def test_a_plans_unprocessable_claim_is_only_corrected(payer: str, codes: tuple[str, ...]) -> None:
    """F11.1: CO-16 with N350 (a NOC line's missing description) is unprocessable with or
    without MA130: no appeal step, and no reconsideration window to date one from."""
    found = plan_denied(payer, *codes)
    steps = {f.id: f.action for f in found.follow_up}
    assert "nothing to appeal" in steps["new_claim"] and "plan_appeal" not in steps
    assert not any("reconsideration request" in action for action in steps.values())
    assert not found.deadlines


def test_a_medicare_advantage_denial_with_co24_beside_co16_is_billed_to_the_plan() -> None:
    """CO-24 says the claim belongs to the member's plan (F12.3): not "unprocessable", and no
    appeal to the DME MAC."""
    steps = {f.id: f.action for f in plan_denied("medicare_advantage", "CO-16", "CO-24").follow_up}
    assert "Bill the plan as a new claim" in steps["new_claim"]
    assert "unprocessable" not in steps["new_claim"]
    assert not steps.keys() & {"redetermination", "reconsideration", "plan_appeal"}


@pytest.mark.parametrize(("payer", "date_of_service", "told"), [
    ("medicare_advantage", "2026-11-30", True),
    ("medicare_advantage", "2026-12-20", False),  # planned: it has not gone out yet
    ("medicare", "2026-11-30", False),
])  # fmt: skip
def test_an_ma_item_delivered_without_the_plans_authorization_is_warned_of(
    payer: str, date_of_service: str, told: bool
) -> None:
    """F9.4, F6.6: the plan's own prior authorization rule; no retroactive one under Part C."""
    found = outcome(
        "plan manual: all NOC DME requires prior auth. bedside powered footrest lift",
        payer={"type": payer, "state": "NC"},
        date_of_service=date_of_service,
        documents={"prior_authorization": "missing"},
    )
    assert warned(found, "without the plan's prior authorization") is told


@pytest.mark.parametrize("payer", ["commercial", "medicaid"])
def test_a_plans_noc_rental_is_told_the_plan_sets_its_units(payer: str) -> None:
    """F12.5: Premera, for one, bills RR with one unit per month."""
    found = outcome(
        "rental, month 3, powered leg-positioning frame; we billed 30 units (days)",
        payer={"type": payer, "state": "WA"},
        item={"acquisition": "rental", "rental_month": 3},
    )
    assert warned(found, "one unit per month")


@pytest.mark.parametrize(("state", "description", "phrase"), [
    ("OK", "E0580 neb bottle claim sent 4/12, no 835 yet. call CGS?", "myCGS"),
    ("WA", "sent 11/20, nothing back. should I phone Noridian? neb bottle", "Noridian"),
    (None, "sent 11/20, nothing back. call the DME MAC? neb bottle", "myCGS"),
])  # fmt: skip
def test_a_biller_about_to_phone_for_claim_status_is_sent_to_self_service(
    state: str | None, description: str, phrase: str
) -> None:
    """F10.4: CMS requires self-service for claim status (portal, IVR, 276/277)."""
    claim = {"status": "submitted", "submitted_on": "2026-11-20"}
    found = outcome(description, payer={"type": "medicare", "state": state}, claim=claim)
    warning = next(w for w in found.warnings if "Claim status is self-service" in w)
    assert phrase in warning


def test_a_pending_claim_without_a_call_gets_no_self_service_warning() -> None:
    claim = {"status": "submitted", "submitted_on": "2026-11-20"}
    found = outcome("sent 11/20, nothing back yet. neb bottle", claim=claim)
    assert not warned(found, "Claim status is self-service")


@pytest.mark.parametrize(("payer", "description", "billed"), [
    ("medicaid", "Sunflower Health (KanCare) -- stoma caps x30, we keyed E1399", "A5055"),
    ("medicare_advantage", "Aetna MA -- oxygen tent for an adult, had E1399", "E0455"),
    ("medicaid", "Molina Medicaid \u2014 oxygen tent, adult size. E1399 on the draft", "E0455"),
])  # fmt: skip
def test_a_plan_named_before_a_dash_leaves_the_item_after_it_to_be_coded(
    payer: str, description: str, billed: str
) -> None:
    """The plan's name leads the note, as a colon's lead does ("SC Medicaid: ..."): the item
    after the dash is what the code describes, and a plan refuses a miscellaneous code when a
    specific one exists (F17.34)."""
    found = outcome(description, payer={"type": payer, "state": "KS"})
    assert found.code == billed
