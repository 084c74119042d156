"""Repair labor caps, repair narratives on specific codes, rejected ordering-practitioner claims
and the liability modifiers of a planned delivery: what a biller reads in the outcome."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 12, 1)


def make_claim(**item: Any) -> dict[str, Any]:
    """A Medicare repair line delivered last month, with the item fields given."""
    code = item.pop("code", "K0739")
    return {
        "payer": {"type": "medicare", "state": "KS"},
        "item": {"description": "armrest pad repair on power wheelchair", "category":
                 "wheelchair_part", "manufacturer": "Pride", "model": "Jazzy 600",
                 "quantity": 1, "unit_price": "28.00", "acquisition": "repair",
                 "repair_of_code": "K0823", "repair_of_purchased": "2021-06", **item},
        "code_check": {"searched": True, "chosen_code": code},
        "date_of_service": "2026-11-20",
        "documents": {"order": "missing", "medical_records": "have", "proof_of_delivery": "have"},
    }  # fmt: skip


def outcome_of(claim: dict[str, Any], today: dt.date = TODAY):  # noqa: ANN201
    return BUILDER.build(Claim.model_validate(claim), today)


def labor_step(outcome) -> str:  # noqa: ANN001
    return next(f.action for f in outcome.follow_up if f.id == "bill_labor")


@pytest.mark.parametrize(
    ("description", "repair_of", "minutes", "says"),
    [("armrest pad repair on power wheelchair", "K0823", 45, "K0739, 1 unit"),
     ("hand pendant replaced on the bed", "E0260", 60, "K0739, 2 units"),
     ("both drive motors replaced", "K0823", 90, "K0739, 3 units"),
     ("batteries replaced and tested", "K0823", 50, "K0739, 2 units"),
     ("lift chair scissor mechanism rebuilt", "E0627", 75, "K0739, 3 units")],
)  # fmt: skip
def test_repair_labor_over_the_dme_macs_cap_bills_the_capped_units(
    description: str, repair_of: str, minutes: int, says: str
) -> None:
    """F17.24: the DME MACs allow a set number of units for common repairs, whatever the time;
    on a repair part's line, the labor goes on its own line."""
    claim = make_claim(description=description, repair_of_code=repair_of, labor_minutes=minutes,
                       code="E1399")  # fmt: skip
    step = labor_step(outcome_of(claim))
    assert says in step and f"{minutes} minutes given" in step, step


def test_repair_labor_without_a_capped_part_counts_the_minutes() -> None:
    claim = make_claim(description="caster fork replaced", labor_minutes=45, code="E2396")
    step = labor_step(outcome_of(claim))
    assert "45 minutes is 3 units" in step and "given" not in step, step


def test_a_labor_line_over_the_cap_is_warned() -> None:
    outcome = outcome_of(make_claim(labor_minutes=45, quantity=3))
    assert any("bills 3 units" in w and "armrest or armpad" in w for w in outcome.warnings)


@pytest.mark.parametrize("code", ["E2396", "K0739"])
def test_a_repair_with_a_specific_code_needs_the_narrative_it_shows(code: str) -> None:
    """F16.8, F17.24: the repair narrative carries the repaired code and month/year; the
    checklist no longer calls it not needed while the narrative names them."""
    outcome = outcome_of(make_claim(description="caster fork replaced", labor_minutes=30,
                                    code=code))  # fmt: skip
    narrative = next(c for c in outcome.checklist if c.id == "narrative")
    assert narrative.status == "have" and narrative.required
    assert "K0823 del-06/21" in outcome.narrative
    assert ("labor 30 min" in outcome.narrative) is (code == "K0739")


def test_a_repair_narrative_missing_the_purchase_month_is_marked_missing() -> None:
    outcome = outcome_of(make_claim(description="caster fork replaced", code="E2396",
                                    repair_of_purchased=None))  # fmt: skip
    assert "narrative" in outcome.missing
    step = next(f.action for f in outcome.follow_up if f.id == "complete_narrative")
    assert "purchase month/year" in step


def _pendant(status: dict[str, Any]) -> dict[str, Any]:
    claim = make_claim(description="hand pendant control", manufacturer="Invacare",
                       model="G-Series 1051137", unit_price="189.50", code="E1399",
                       repair_of_code="E0260", repair_of_purchased="2019-06")  # fmt: skip
    claim["item"]["category"] = "equipment"
    claim["documents"].update(manufacturer_spec="have", price_documentation="have",
                              no_code_explanation="have")  # fmt: skip
    return {**claim, "claim": status}


def test_a_repair_narrative_abbreviates_before_dropping_the_manufacturer() -> None:
    """F2.4, F16.8: "rpr" for "repair of" makes room, so every required element stays."""
    outcome = outcome_of(_pendant({"status": "not_submitted"}))
    assert len(outcome.narrative) <= 80
    for part in ("Invacare", "G-Series 1051137", "PL $189.50", "E0260 del-06/19"):
        assert part in outcome.narrative, outcome.narrative
    assert "narrative" not in outcome.missing


def test_a_denied_claim_is_not_told_its_line_has_yet_to_go_out() -> None:
    """A narrative gap on a denied claim is fixed on the new claim, not "before it goes out"."""
    denied = {"status": "denied", "submitted_on": "2026-11-22", "determination_date":
              "2026-11-27", "denial_codes": ["CO-16", "N350", "MA130"]}  # fmt: skip
    claim = _pendant(denied)
    claim["item"]["manufacturer"] = None
    outcome = outcome_of(claim)
    steps = {f.id: f.action for f in outcome.follow_up}
    assert "complete_narrative" not in steps
    assert steps["new_claim"].startswith("Before the line goes out again, complete its narrative")


@pytest.mark.parametrize("status", ["rejected", "denied"])
def test_ordering_practitioner_codes_give_the_pecos_fix_rejected_or_denied(status: str) -> None:
    """F16.4, F16.15, F17.29: check PECOS, correct the name/NPI, submit a new claim."""
    claim = make_claim(acquisition="new_purchase", description="bath bench with back",
                       code="E1399", repair_of_code=None, repair_of_purchased=None)  # fmt: skip
    claim["claim"] = {"status": status, "submitted_on": "2026-11-22",
                      "determination_date": "2026-11-27",
                      "denial_codes": ["CO-16", "MA130", "N264"]}  # fmt: skip
    steps = {f.id: f.action for f in outcome_of(claim).follow_up}
    assert "PECOS" in steps["new_claim"] and "redetermination" not in steps


def test_a_planned_delivery_expecting_a_denial_says_which_liability_modifier_is_pending() -> None:
    """F6.1, F16.2: no GA/GZ on the line yet, and the words do not say one was chosen."""
    claim = {
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "semi-electric hospital bed with side rails and mattress",
                 "category": "equipment", "quantity": 1, "unit_price": "1400.00",
                 "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E0260"},
        "date_of_service": "2026-12-10",
        "documents": {"order": "have", "medical_records": "have", "abn": "missing"},
        "expect_medicare_denial": True,
    }  # fmt: skip
    outcome = outcome_of(claim)
    assert not {"GA", "GZ"} & set(outcome.modifiers)
    assert not any("were chosen" in w for w in outcome.warnings)
    assert any("GA if the beneficiary signs the ABN before delivery, GZ if not" in w
               for w in outcome.warnings)  # fmt: skip


@pytest.mark.parametrize("payer", ["medicare_advantage", "commercial"])
def test_a_plan_denial_for_missing_authorization_is_read(payer: str) -> None:
    """F9.4, F16.13: CO-197 is named for what it says, not as a code the rules do not read."""
    claim = make_claim(acquisition="new_purchase", description="bath bench with back",
                       code="E0247", repair_of_code=None, repair_of_purchased=None)  # fmt: skip
    claim["payer"] = {"type": payer, "name": "A plan", "state": "OH"}
    claim["claim"] = {"status": "denied", "submitted_on": "2026-11-22",
                      "determination_date": "2026-11-27", "denial_codes": ["CO-197"]}  # fmt: skip
    outcome = outcome_of(claim)
    assert not any("not a code these rules read" in w for w in outcome.warnings)
    assert any(w.startswith("CO-197: the payer found no prior authorization")
               for w in outcome.warnings)  # fmt: skip
    assert "plan_appeal" in {f.id for f in outcome.follow_up}


def test_co_197_on_original_medicare_is_named_as_unread() -> None:
    """No rule reads CO-197 for Original Medicare (F9.1 lists its own prior authorizations):
    the biller is told to read the remittance before following the route."""
    claim = make_claim(acquisition="new_purchase", description="bath bench with back",
                       code="E0247", repair_of_code=None, repair_of_purchased=None)  # fmt: skip
    claim["claim"] = {"status": "denied", "submitted_on": "2026-11-22",
                      "determination_date": "2026-11-27", "denial_codes": ["CO-197"]}  # fmt: skip
    outcome = outcome_of(claim)
    assert any('hold "CO-197": not a code these rules read' in w for w in outcome.warnings)
    assert not any(w.startswith("CO-197: the payer found") for w in outcome.warnings)


@pytest.mark.parametrize("payer", ["medicare", "medicare_advantage"])
def test_a_planned_delivery_lists_what_is_still_missing(payer: str) -> None:
    """A planned line's open documents are under Next steps, as its warning says; a line with
    no narrative gets no warning about the narrative's per-unit price; an MA plan's appeal is
    its own reconsideration, 65 days from the notice (F16.13, F17.32)."""
    claim = {
        "payer": {"type": payer, "state": "OH"},
        "item": {"description": "3-in-1 bedside commode", "category": "equipment",
                 "quantity": 2, "unit_price": "28.00", "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E0165"},
        "date_of_service": "2026-12-03",
        "documents": {"order": "have", "medical_records": "missing",
                      "prior_authorization": "have"},
    }  # fmt: skip
    outcome = outcome_of(claim)
    steps = {f.id: f.action for f in outcome.follow_up}
    assert "Medical records supporting need" in steps["gather_documents"]
    assert not any("price-list amount is per unit" in w for w in outcome.warnings)
    assert ("65 days" in steps["submit"]) is (payer == "medicare_advantage")


def test_anti_tip_wheels_on_a_power_chair_get_no_wheel_or_tire_cap() -> None:
    """F17.24 caps a manual chair's anti-tip device; anti-tip wheels are no wheel or tire."""
    outcome = outcome_of(make_claim(description="anti-tip wheels for power chair",
                                    code="K0108", labor_minutes=15))  # fmt: skip
    assert "per wheel" not in labor_step(outcome)


@pytest.mark.parametrize(
    ("minutes", "said"),
    [(15, "15 minutes is 1 unit of 15 minutes"),
     (50, "50 minutes given (3 units of 15 minutes and 5 minutes over)")],
)  # fmt: skip
def test_labor_minutes_are_counted_in_whole_units(minutes: int, said: str) -> None:
    outcome = outcome_of(make_claim(description="armrest pad repair on power wheelchair",
                                    code="E0973", labor_minutes=minutes))  # fmt: skip
    assert said in labor_step(outcome)


def test_a_line_that_is_the_labor_is_not_told_to_bill_labor_on_its_own_line() -> None:
    outcome = outcome_of(make_claim(description="labor to replace power wheelchair joystick",
                                    code="K0739", labor_minutes=60))  # fmt: skip
    step = labor_step(outcome)
    assert "own line" not in step
    assert "60 minutes is 4 units" in step and "at most 2 units" in step


@pytest.mark.parametrize(
    ("purchased", "rental_case"), [("2021-06", False), ("2026-05", True), (None, True)]
)
def test_the_rental_period_case_is_said_only_while_the_item_may_be_rented(
    purchased: str | None, rental_case: bool
) -> None:
    """F16.8, F17.20: a bed bought in 06/2021 is past any 13-month capped rental period, so its
    repair is not told that repairs during the rental period are not paid; an item delivered
    six months ago, or at an unknown date, may still be in it."""
    claim = make_claim(description="motor replaced on pt-owned semi-electric bed",
                       category="equipment", repair_of_code="E0260", code="E1399",
                       repair_of_purchased=purchased)  # fmt: skip
    outcome = BUILDER.build(Claim.model_validate(claim), TODAY)
    said = [w for w in outcome.warnings if "capped rental item" in w]
    assert bool(said) is rental_case
    assert any("items under warranty" in w for w in outcome.warnings)
