"""What billers tell of in the item's description changes the advice: a nursing facility or
hospital stay, Medicare as secondary payer, a crossover, a declared disaster, an ABN that is not
valid, CMN data on the claim, an out-of-network plan; and an appeal window gone by needs good
cause."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from flows.content import default_content_dir
from flows.models import Claim
from flows.outcome.model import Outcome
from flows.outcome.rulebook import Rulebook
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 12, 2)


def outcome(description: str, today: dt.date = TODAY, **claim: Any) -> Outcome:
    payer = claim.pop("payer", {"type": "medicare", "state": "OH"})
    item = {"description": description, "category": "equipment", **claim.pop("item", {})}
    return BUILDER.build(
        Claim.model_validate({
            "payer": payer,
            "item": item,
            "code_check": {"searched": True, "chosen_code": "E1399"},
            "date_of_service": "2026-11-16",
            **claim,
        }),
        today,
    )  # fmt: skip


def warned(found: Outcome, phrase: str) -> bool:
    return any(phrase in warning for warning in found.warnings)


@pytest.mark.parametrize(
    ("description", "phrase"),
    [
        ("delivered to pt at Maple Nursing & Rehab, long-term resident: motorized seat lift",
         "nursing facility"),
        ("day 9 of her Part A SNF stay, motorized sit-to-stand seat", "consolidated billing"),
        ("took it to the hospital room for training, pt discharged home 3 days later",
         "discharge date"),
        ("CEDI rejected it: our software still sends CMN segments. powered arm sling frame",
         "CMNs and DIFs"),
        ("MEDICARE SECONDARY: spouse's employer group health plan paid first. power pole",
         "SBR05"),
    ],
)  # fmt: skip
def test_a_situation_in_the_description_gets_its_warning(description: str, phrase: str) -> None:
    assert warned(outcome(description), phrase)


@pytest.mark.parametrize(
    ("payer", "description"),
    [
        ("medicare", "semi-electric hospital bed rails, padded"),  # an item, not a stay
        ("medicare", "portable suction pump with replacement discharge hose and canister"),
        ("medicare", "patient admitted to hospice at home, custom tilt commode"),
        ("medicare", "weakness secondary to stroke, motorized arm support"),  # clinical
        ("medicare", "Medigap secondary insurance pays the 20%; home powered standing frame"),
        ("medicare", "custom padded bariatric commode; primary payer is Medicare, Medicaid 2nd"),
        ("medicare", "custom tub transfer bench with commode cutout - no CMN needed"),
        ("medicare", "long-term resident of our state, custom walker"),
        ("medicaid", "pediatric wheelchair chest harness with crossover straps"),
        ("medicaid", "dual-axis motorized tilt frame"),
    ],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="payer")
def test_ordinary_descriptions_raise_no_situation_warning(payer: str, description: str) -> None:
    found = outcome(description, payer={"type": payer, "state": "OH"})
    for phrase in ("nursing facility", "discharge date", "SBR05", "crossover", "CMNs and DIFs"):
        assert not warned(found, phrase), (phrase, found.warnings)


def denied(description: str, *codes: str) -> Outcome:
    """An Original Medicare denial of the item described, with these remittance codes."""
    return outcome(
        description,
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-11-30", "denial_codes": list(codes)},
    )  # fmt: skip


@pytest.mark.parametrize(("description", "price", "step"), [
    ("QIC upheld the denial 11/10. bath lift, can we go further?", "165.00", None),
    ("QIC upheld the denial 11/10. bath lift, can we go further?", "450.00", "alj_hearing"),
    ("will the QIC uphold it? bath lift", "450.00", "reconsideration"),
])  # fmt: skip
def test_after_the_qic_the_next_level_is_an_alj_hearing_if_the_amount_reaches_it(
    description: str, price: str, step: str | None
) -> None:
    """F10.5: the ALJ level follows the QIC's decision and needs $200 in controversy (2026)."""
    found = outcome(
        description,
        item={"unit_price": price, "quantity": 1},
        claim={"status": "denied", "submitted_on": "2026-03-04", "determination_date": "2026-03-20",
               "denial_codes": ["CO-50"], "redetermination_date": "2026-07-20"},
    )  # fmt: skip
    steps = {f.id for f in found.follow_up}
    assert step is None or step in steps
    assert ("reconsideration" in steps) is (step == "reconsideration")
    assert warned(found, "below the amount in controversy") is (step is None)


@pytest.mark.parametrize("description", [
    "QIC decided in our favor 11/10, payment pending. bath lift",
    "the QIC has not upheld anything yet. bath lift",
])  # fmt: skip
def test_a_qic_decision_for_the_supplier_is_no_reason_for_an_alj_hearing(description: str) -> None:
    found = outcome(
        description,
        item={"unit_price": "450.00", "quantity": 1},
        claim={"status": "denied", "submitted_on": "2026-03-04", "determination_date": "2026-03-20",
               "denial_codes": ["CO-50"], "redetermination_date": "2026-07-20"},
    )  # fmt: skip
    assert "alj_hearing" not in {f.id for f in found.follow_up}


@pytest.mark.parametrize(("decided", "told"), [("2026-04-10", True), ("2026-10-20", False)])
def test_a_late_reconsideration_needs_good_cause(decided: str, told: bool) -> None:
    """The QIC's 180 days from the redetermination decision have gone by (or not)."""
    found = outcome(
        "redetermination unfavorable, never sent to the QIC. stair-climbing wheel assist",
        claim={"status": "denied", "submitted_on": "2025-12-16", "determination_date": "2026-01-09",
               "denial_codes": ["CO-50"], "redetermination_date": decided},
    )  # fmt: skip
    assert warned(found, "good cause for the delay in writing (42 CFR 405.966(b))") is told


@pytest.mark.parametrize(("description", "phrase", "told"), [
    ("pt moved PERMANENTLY from Albany NY to Tampa in April; billing profile has the NY address. "
     "bath lift", "permanent residence", True),
    ("bath lift; the pt moved the lift to the other bathroom", "permanent residence", False),
    ("balloon-tire sand wheelchair so the pt can go to the lake with family",
     "used only outside the home", True),
    ("bath lift, used at home and on family trips", "used only outside the home", False),
])  # fmt: skip
def test_a_move_or_an_item_for_outside_the_home_told_in_the_description(description, phrase, told):
    """F12.1: the permanent residence's DME MAC; F17.26, F17.27: DME is for use in the home."""
    found = outcome(description, payer={"type": "medicare", "state": "FL"})
    assert warned(found, phrase) is told


@pytest.mark.parametrize(("description", "codes", "step"), [
    ("we billed Noridian but the pt is in an MA plan since 1/2026. bath lift", ["CO-50"],
     "new_claim"),
    ("bath lift; the DME MAC denied it", ["CO-24"], "new_claim"),
    ("plan denied; we sent a redetermination to CGS by mistake. bath lift", ["CO-50"],
     "plan_appeal"),
])  # fmt: skip
def test_a_medicare_advantage_claim_denied_by_the_dme_mac_is_billed_to_the_plan(
    description: str, codes: list[str], step: str
) -> None:
    """F12.3: an MA member's DME is billed to the plan; F16.13: a plan's denial goes to the plan."""
    found = outcome(
        description,
        payer={"type": "medicare_advantage", "state": "VT"},
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-11-30", "denial_codes": codes},
    )  # fmt: skip
    steps = {f.id for f in found.follow_up}
    assert step in steps and ({"new_claim", "plan_appeal"} - {step}).isdisjoint(steps)


def test_a_plan_page_saying_60_days_is_corrected_to_65() -> None:
    found = outcome(
        "plan's provider page says member appeals within 60 days. bath lift",
        payer={"type": "medicare_advantage", "state": "GA"},
        claim={"status": "denied", "submitted_on": "2026-09-30",
               "determination_date": "2026-10-26", "denial_codes": ["CO-50"]},
    )  # fmt: skip
    assert warned(found, "due 65 days from the notice")


def test_a_denial_with_m2_points_to_the_inpatient_stay() -> None:
    found = denied("home powered arm-support feeding frame", "CO-97", "M2")
    assert warned(found, "inpatient on the date billed")


def test_an_out_of_network_plan_denial_names_the_waiver_and_the_payment_dispute_route() -> None:
    found = outcome(
        "plan denied it, we are OUT OF NETWORK: motorized trunk exerciser",
        payer={"type": "medicare_advantage", "state": "NJ"},
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-11-30", "denial_codes": ["CO-50"]},
    )  # fmt: skip
    assert warned(found, "Waiver of Liability") and warned(found, "C2C")


def test_a_dual_eligibles_medicaid_claim_after_ma07_says_it_crossed_over() -> None:
    found = outcome(
        "dual elig, Medicare paid and the remit shows MA07: powered sit-to-stand seat",
        payer={"type": "medicaid", "state": "RI"},
    )
    assert warned(found, "crossover")


def test_a_paid_medicare_claim_with_ma18_told_says_it_crossed_over_to_the_supplement() -> None:
    found = outcome(
        "paid 6/14 on the foot box line, remit has MA18. do we bill the medigap ourselves?",
        claim={"status": "paid", "submitted_on": "2026-11-18", "determination_date": "2026-11-30"},
    )  # fmt: skip
    assert warned(found, "MA18 (forwarded to the supplemental insurer)")


@pytest.mark.parametrize(("state", "with_cr"), [("FL", True), ("OR", False)])
def test_a_replacement_after_a_declared_disaster_needs_no_new_order(state, with_cr) -> None:
    """F17.23: the new-order requirement is waived; CGS (FL) asks for CR with RA."""
    found = outcome(
        "destroyed in the flood (FEMA major disaster declaration): powered turning rail",
        payer={"type": "medicare", "state": state},
        item={"acquisition": "replacement", "replacement_reason": "irreparable_damage"},
        documents={"order": "missing"},
    )
    assert {c.id: c.status for c in found.checklist}["order"] == "not_needed"
    assert "RA" in found.modifiers and ("CR" in found.modifiers) is with_cr
    assert warned(found, "declared disaster")


def test_a_replacement_without_a_declared_disaster_still_needs_its_order() -> None:
    found = outcome(
        "dropped and broke it: powered turning rail",
        item={"acquisition": "replacement", "replacement_reason": "irreparable_damage"},
        documents={"order": "missing"},
    )
    assert {c.id: c.status for c in found.checklist}["order"] == "missing"
    assert "CR" not in found.modifiers


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "description",
    [
        "stim unit. pt signed the ABN at the 2-wk follow up visit, after we delivered it",
        "bone platform. ABN signed in June but on the OLD CMS-R-131 form",
        "stim unit, ABN signed post-delivery",
        "bone platform; our tech had pt sign the ABN the morning after delivery",
        "stim unit. ABN signed 11/03, the copy in the chart is the version marked exp. 1/31/26",
        "bone platform, ABN done pre-delivery; audit: it was the exp 01/31/2026 form",
    ],
)
def test_an_abn_signed_after_delivery_or_on_the_old_form_gives_gz_not_ga(description) -> None:
    found = outcome(description, expect_medicare_denial=True, documents={"abn": "have"})
    assert "GZ" in found.modifiers and "GA" not in found.modifiers
    assert warned(found, "not valid")


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "description",
    [
        "shower commode chair; ABN signed before delivery, pt pays after delivery if denied",
        "bariatric knee walker - ABN signed on the new form (old form shredded)",
        "custom seat lift, ABN signed 11/10, reviewed with pt again at follow-up",
        "custom seat lift, ABN signed 11/10; the prior auth form exp 01/31/26 is filed too",
        "transfer disc. ABN signed 11/09 pre-delivery; the order form expires 1/31/2026",
        "lift cushion, ABN signed 11/08 before delivery, the CMN form exp. 01/31/26 was redone",
    ],
)
def test_a_valid_abn_described_around_delivery_still_gives_ga(description: str) -> None:
    found = outcome(description, expect_medicare_denial=True, documents={"abn": "have"})
    assert "GA" in found.modifiers and "GZ" not in found.modifiers
    assert not warned(found, "not valid")


def test_an_old_form_abn_before_the_new_one_was_mandatory_still_gives_ga() -> None:
    found = outcome(
        "bone platform. ABN on the old form", date_of_service="2026-04-20",
        expect_medicare_denial=True, documents={"abn": "have"},
    )  # fmt: skip
    assert "GA" in found.modifiers and "GZ" not in found.modifiers


@pytest.mark.parametrize(("description", "gz"), [
    ("powered footrest lift for her lift chair, went out Tuesday without an ABN", True),
    ("motorized bed rail retrofit. delivered, we never got an ABN before it went", True),
    ("recliner tilt motor kit, delivered 11/16; intake forgot to have pt sign the ABN", True),
    ("powered footrest lift for her lift chair, delivered; not sure an ABN is in the chart", False),
    ("powered footrest lift, delivered. no ABN needed?? chart is thin", False),
])  # fmt: skip
def test_a_delivery_the_biller_says_went_without_an_abn_gives_gz(description, gz) -> None:
    """F16.2: an ABN comes before delivery or not at all. With the file's ABN answer unknown,
    the biller saying none was signed means GZ now, not a look through the file."""
    found = outcome(description, expect_medicare_denial=True, documents={"abn": "unknown"})
    assert ("GZ" in found.modifiers) is gz and "GA" not in found.modifiers
    assert any(step.id == "check_abn" for step in found.follow_up) is not gz


def test_a_redetermination_asked_after_its_window_needs_good_cause() -> None:
    status = {"status": "denied", "submitted_on": "2026-10-21",
              "determination_date": "2026-11-09", "denial_codes": ["CO-50"]}  # fmt: skip
    late = outcome("home stance frame", today=dt.date(2027, 3, 31), claim=status)
    on_time = outcome("home stance frame", today=dt.date(2027, 1, 15), claim=status)
    assert warned(late, "good cause") and not warned(on_time, "good cause")


def test_m114_in_2026_is_called_a_competitive_bidding_remark_in_a_gap_period() -> None:
    found = outcome(
        "home powered bed-edge sitting support",
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-12-01", "denial_codes": ["CO-4", "M114", "N565"]},
    )  # fmt: skip
    assert warned(found, "gap period")


@pytest.mark.parametrize(("description", "step"), [
    ("motorized posture frame. BILLED $185.00 BY TYPO (should be $1,850.00)", True),
    ("motorized posture frame, allowed 412.00 vs billed 1,890.00. how do we get more?", True),
    ("motorized posture frame: we put $1,290 on the line, invoice-based price was $2,190", True),
    ("motorized posture frame: we put $1,290 on the line, invoice price was $1,290", False),
    ("motorized posture frame", False),
    ("motorized posture frame, paid in full, allowed as billed", False),
])  # fmt: skip
def test_a_paid_noc_line_with_an_error_goes_to_redetermination_not_reopening(
    description: str, step: bool
) -> None:
    """F10.9: Noridian will not reopen a NOC line; a correction is a redetermination."""
    found = outcome(
        description,
        payer={"type": "medicare", "state": "OR"},
        claim={"status": "paid", "submitted_on": "2026-11-18", "determination_date": "2026-11-30"},
    )
    follow_up = {f.id for f in found.follow_up}
    assert ("redetermination" in follow_up) is step and "reopening" not in follow_up


@pytest.mark.parametrize(("description", "reopen"), [
    ("home stance frame (E0638), we keyed DOS 11/02 instead of 11/12", True),
    ("home stance frame (E0638), billed qty 1 by data entry error", True),
    ("home stance frame (E0638). entry error on our side? no, payer error", False),
    ("home stance frame (E0638). need to change the modifier to KX per policy", False),
])  # fmt: skip
def test_a_paid_coded_line_is_reopened_only_for_an_error_keyed_by_the_biller(description, reopen):
    """F10.6: a clerical error the supplier keyed is reopened; a line paid as billed is not."""
    found = outcome(
        description,
        claim={"status": "paid", "submitted_on": "2026-11-18", "determination_date": "2026-11-30"},
        code_check={"searched": True, "chosen_code": "E0638"},
    )  # fmt: skip
    assert ("reopening" in {f.id for f in found.follow_up}) is reopen


def test_a_paid_line_with_nothing_wrong_gets_no_late_appeal_warning() -> None:
    paid = {"status": "paid", "submitted_on": "2025-06-02", "determination_date": "2025-06-20"}
    assert not warned(outcome("home stance frame", claim=paid), "good cause")
    assert warned(outcome("home stance frame, billed 1 unit, can we reopen?", claim=paid),
                  "good cause")  # fmt: skip


@pytest.mark.parametrize(
    ("code", "description"),
    [("E1390", "concentrator past its 5-year lifetime, pt chose new equipment"),  # oxygen: rented
     ("E0260", "hospital bed ruined by a burst pipe; new rental starts, this is the 1st month")],
)  # fmt: skip
def test_a_rented_replacement_is_billed_rr_without_a_rental_month(code, description) -> None:
    reason = "irreparable_wear" if code == "E1390" else "irreparable_damage"
    found = outcome(
        description, code_check={"searched": True, "chosen_code": code},
        item={"acquisition": "replacement", "replacement_reason": reason},
    )  # fmt: skip
    assert found.modifiers == ["RR", "RA"]
    assert not warned(found, "add NU if the replacement is bought")
    # A capped rental item's month decides KH/KI/KJ: the biller is asked for it.
    assert warned(found, "give its rental month") is (code == "E0260")


@pytest.mark.parametrize("description", [
    "hospital bed ruined by a burst pipe",
    "bed stolen in the first month, replacing it (purchase)",
])  # fmt: skip
def test_a_replacement_not_said_to_be_rented_leaves_rent_or_buy_to_the_biller(description):
    found = outcome(
        description,
        code_check={"searched": True, "chosen_code": "E0260"},
        item={"acquisition": "replacement", "replacement_reason": "irreparable_damage"},
    )  # fmt: skip
    assert "RR" not in found.modifiers and warned(found, "add NU if the replacement is bought")


@pytest.mark.parametrize(("description", "abn", "gl"), [
    ("we're giving her the deluxe model instead at NO extra charge: powered seat frame", "unknown",
     True),
    ("free upgrade to the carbon frame model, motorized stander", "missing", True),
    ("deluxe model, pt pays the difference, ABN signed: powered seat frame", "have", False),
    ("deluxe powered seat frame, no charge for delivery", "unknown", False),
    ("upgraded to the heavy-duty model, pt pays the difference, setup at no extra charge",
     "unknown", False),
    ("pt asked for a free upgrade, we declined and delivered the standard frame", "unknown",
     False),
])  # fmt: skip
@pytest.mark.sweep(n=3)
def test_an_upgrade_given_at_no_charge_without_an_abn_takes_gl(description, abn, gl) -> None:
    """F5.5: GL marks an unneeded upgrade given free instead of the standard item, no ABN."""
    found = outcome(description, item={"acquisition": "new_purchase"}, documents={"abn": abn})
    assert ("GL" in found.modifiers) is gl


@pytest.mark.parametrize(("description", "told"), [
    ("order signed by the pt's chiropractor (DC) for a home lumbar traction table", True),
    ("12V DC car adapter for the lumbar traction table", False),
    ("order for the head halter came from the pt's chiropractor (DC), went out 11/24", True),
    ("order came from Dr. Ruiz after a DC 12V adapter failed on the traction table", False),
    ("bath lift, Rx came from the hospital dc planner", False),  # dc: discharge
    ("order is from Dr Patel, referral was from the pt's chiropractor. traction table", False),
    ("Rx is from the ortho, the pt was from the DC rehab unit. traction table", False),
    ("traction unit; order signed by Dr. Patel MD after the pt's chiropractor referred her",
     False),
])  # fmt: skip
@pytest.mark.sweep(n=3, by="told")
def test_an_order_from_a_chiropractor_is_flagged(description: str, told: bool) -> None:
    """F17.27, F17.28: chiropractors are not eligible to order; the item is denied."""
    assert warned(outcome(description), "chiropractor cannot order") is told


@pytest.mark.parametrize(("codes", "phrase"), [
    (["CO-16", "M51", "MA130"], "procedure (HCPCS) code"),
    (["CO-16", "M51", "N350", "MA130"], "NOC description is missing"),
])  # fmt: skip
def test_m51_without_n350_points_at_the_code_not_the_narrative(codes, phrase) -> None:
    """F16.5: MA130 and M51 are generic; only N350 points at the NOC description."""
    found = outcome(
        "home powered bed-end foot-positioning frame",
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-12-01", "denial_codes": codes},
    )  # fmt: skip
    steps = {f.id: f.action for f in found.follow_up}
    assert phrase in steps["new_claim"] and "redetermination" not in steps


@pytest.mark.parametrize(("description", "told"), [
    ("our NTE reads 'PWR TILT FRAME, MSRP $2,400'", True),
    ("powered tilt frame, billed at the MSRP", True),
    ("powered tilt frame, our price list amount $1,985", False),
    ("powered tilt frame; price list amount $2,400 which is below MSRP", False),
])  # fmt: skip
def test_an_msrp_in_a_noc_narrative_is_corrected_to_the_price_list_amount(description, told):
    """F2.7, F4.4: the narrative carries the Supplier Price List amount, not the MSRP."""
    assert warned(outcome(description), "not the manufacturer's suggested retail price") is told


def test_a_situation_widened_in_checks_yaml_is_read_once_the_rules_are_loaded_again(
    tmp_path: Path,
) -> None:
    shutil.copytree(default_content_dir() / "rules", tmp_path / "rules")
    checks = tmp_path / "rules" / "checks.yaml"
    checks.write_text(checks.read_text().replace(r"\b(snfs?|", r"\b(rest home|snfs?|", 1))
    told = "bed delivered to her rest home"
    assert "nursing_facility" not in BUILDER.rules.checks.situations_in(told, None)
    assert "nursing_facility" in Rulebook.load(tmp_path).checks.situations_in(told, None)
