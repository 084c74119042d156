"""What billers tell of in the item's description changes the advice: a nursing facility or
hospital stay, Medicare as secondary payer, a crossover, a declared disaster, an ABN that is not
valid, CMN data on the claim, an out-of-network plan; and an appeal window gone by needs good
cause."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
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


@pytest.mark.parametrize(
    "description",
    [
        "stim unit. pt signed the ABN at the 2-wk follow up visit, after we delivered it",
        "bone platform. ABN signed in June but on the OLD CMS-R-131 form",
        "stim unit, ABN signed post-delivery",
    ],
)
def test_an_abn_signed_after_delivery_or_on_the_old_form_gives_gz_not_ga(description) -> None:
    found = outcome(description, expect_medicare_denial=True, documents={"abn": "have"})
    assert "GZ" in found.modifiers and "GA" not in found.modifiers
    assert warned(found, "not valid")


@pytest.mark.parametrize(
    "description",
    [
        "shower commode chair; ABN signed before delivery, pt pays after delivery if denied",
        "bariatric knee walker - ABN signed on the new form (old form shredded)",
        "custom seat lift, ABN signed 11/10, reviewed with pt again at follow-up",
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


def ma_denied(description: str) -> Outcome:
    """A Medicare Advantage plan's CO-50 denial of the item described."""
    return outcome(
        description,
        payer={"type": "medicare_advantage", "state": "AZ"},
        claim={"status": "denied", "submitted_on": "2026-10-13",
               "determination_date": "2026-11-20", "denial_codes": ["CO-50"]},
    )  # fmt: skip


def test_an_ma_plan_that_upheld_its_denial_sends_the_case_to_the_ire_itself() -> None:
    """F17.32: no new request to the plan, and never to a DME MAC or a QIC."""
    found = ma_denied(
        "plan denied it, we filed the plan reconsideration, plan UPHELD it: trunk support frame"
    )
    assert warned(found, "Independent Review Entity (IRE) automatically")
    assert not {f.id for f in found.follow_up} & {"plan_appeal", "redetermination", "new_claim"}


@pytest.mark.parametrize(("description", "ire_auto", "appeal_step"), [
    ("shower commode; the plan's first denial, should we appeal or will they uphold the denial?",
     False, True),
    ("shower commode; the IRE upheld the denial last week, what now?", False, True),
    ("shower commode; plan dismissed our recon (no waiver of liability)", False, True),
])  # fmt: skip
def test_an_ma_denial_before_the_plan_upheld_it_keeps_the_plan_appeal(
    description: str, ire_auto: bool, appeal_step: bool
) -> None:
    """F17.32: the plan reconsideration is the first step; only a plan that upheld its own
    reconsideration sends the case on, and a dismissal goes to the IRE only when asked."""
    found = ma_denied(description)
    assert warned(found, "IRE) automatically") is ire_auto
    assert ("plan_appeal" in {f.id for f in found.follow_up}) is appeal_step
    assert warned(found, "review the dismissal") is ("dismissed" in description)


@pytest.mark.parametrize(("description", "status", "phrase"), [
    ("claim suspended, ADR letter from medical review came 11/20: powered bath lift",
     "submitted", "An ADR is not a denial"),
    ("paid in Sept; RAC audit letter now wants the records. powered bath lift",
     "paid", "records request on a paid claim"),
    ("PAID. CERT documentation request letter with the bar-coded cover sheet. bath lift",
     "paid", "CERT bar-coded cover sheet"),
    ("UPIC letter asking for records on this and 6 other claims. bath lift", "paid",
     "answer only the UPIC"),
    ("TPE round 2 for this product group, new ADR on this claim. bath lift", "submitted",
     "Targeted Probe and Educate"),
])  # fmt: skip
def test_a_records_request_says_who_gets_the_records_and_by_when(description, status, phrase):
    """F17.1-F17.7: a records request is answered, not appealed or billed again."""
    claim = {"status": status, "submitted_on": "2026-11-17"}
    if status == "paid":
        claim["determination_date"] = "2026-11-24"
    found = outcome(description, claim=claim)
    assert warned(found, phrase)
    assert not {f.id for f in found.follow_up} & {"new_claim", "redetermination", "reopening"}


@pytest.mark.parametrize("description", [
    "initial cert on the CMN was signed 11/2; powered bath lift",
    "recert letter from the doctor's office for the oxygen. powered bath lift",
])  # fmt: skip
def test_a_cmn_certification_is_not_read_as_a_cert_review(description: str) -> None:
    assert not warned(outcome(description), "CERT")


def test_an_unanswered_records_request_points_at_the_pecos_address() -> None:
    """F17.1, F17.6: the letter goes to the address on file; the denial is appealed."""
    found = denied(
        "never got the ADR letter, it went to our old address. bath lift", "CO-50", "N102"
    )
    assert warned(found, "Medical Review Correspondence Address in PECOS")
    assert "redetermination" in {f.id for f in found.follow_up}


@pytest.mark.parametrize(("description", "reopen"), [
    ("first claim looked stuck so we send again; the 2nd came back OA-18. bath lift", False),
    ("OA-18 on line 2, a different bath lift than line 1 - it is NOT a duplicate", True),
    ("bath lift; first claim, we did not rebill, wrongly denied as duplicate", True),
    ("bath lift, never resubmitted, OA-18 on the only claim", True),
])  # fmt: skip
def test_an_oa18_on_the_billers_own_second_copy_has_nothing_to_reopen(description, reopen):
    """F10.3: a second copy of a pending claim is rightly denied as a duplicate; only a line
    wrongly denied as one is reopened."""
    found = denied(description, "OA-18")
    assert ("reopening" in {f.id for f in found.follow_up}) is reopen


@pytest.mark.parametrize(("description", "status", "codes", "told"), [
    ("sent 11/23, nothing back yet. boss says rebill it today. bath lift", "submitted", [], True),
    ("OA-18 on our 2nd submission, the first is still in process. bath lift", "denied",
     ["OA-18"], True),
    ("sent 11/23, nothing back yet. bath lift", "submitted", [], False),
    ("rejected for the NPI; rebill with the corrected NPI. bath lift", "rejected", [], False),
])  # fmt: skip
def test_sending_a_pending_claim_again_is_warned_of_the_duplicate(
    description: str, status: str, codes: list[str], told: bool
) -> None:
    """F10.3: a second copy of a pending claim is denied as an exact duplicate (OA-18)."""
    claim = {"status": status, "submitted_on": "2026-11-23", "denial_codes": codes}
    if status != "submitted":
        claim["determination_date"] = "2026-11-30"
    assert warned(outcome(description, claim=claim), "Do not send the same claim again") is told


@pytest.mark.parametrize(("description", "phrase", "told"), [
    ("our driver signed the delivery ticket for pt, she was asleep. bath lift",
     "cannot sign the proof of delivery", True),
    ("wife signed the delivery ticket; our driver hasn't signed anything. bath lift",
     "cannot sign the proof of delivery", False),
    ("pt's wife signed for the pt at delivery. bath lift", "cannot sign the proof of delivery",
     False),
    ("order signed by Dr Patel for the patient, POD signed by daughter. bath lift",
     "cannot sign the proof of delivery", False),
    ("our driver signed the ticket as witness, pt signed too. bath lift",
     "cannot sign the proof of delivery", False),
    ("our delivery driver signed on the 'beneficiary/designee' line, wife was at work. bath lift",
     "cannot sign the proof of delivery", True),
    ("Our driver signed in the patient's home as witness, wife signed the POD. bath lift",
     "cannot sign the proof of delivery", False),
    ("our RT signed in the patient's chart after setup. bath lift",
     "cannot sign the proof of delivery", False),
    ("billing the mounting bolts + bracket screws on their own line, stander tray", "small parts",
     True),
    ("stander tray, mounting hardware included", "small parts", False),
])  # fmt: skip
def test_delivery_and_small_part_mistakes_told_in_the_description(description, phrase, told):
    """F7.4: staff are no designee; F2.7, F11.4: small parts go with their accessory."""
    assert warned(outcome(description), phrase) is told


@pytest.mark.parametrize(("description", "told"), [
    ("employer plan (primary) paid a lump-sum purchase of the bed; bill Medicare secondary?", True),
    ("employer plan (primary) paid the first rental month of the bed", False),
    ("Medicare is primary, we purchased the bed from Invacare", False),
])  # fmt: skip
def test_a_primary_insurers_purchase_of_a_capped_item_gets_no_secondary_payment(description, told):
    """F17.16: Medicare would not have bought a capped rental item as primary."""
    found = outcome(
        description,
        code_check={"searched": True, "chosen_code": "E0260"},
        item={"acquisition": "new_purchase"},
    )
    assert warned(found, "no secondary payment") is told


@pytest.mark.parametrize(("code", "description", "reopened"), [
    ("E0143", "billed DOS 11/02 instead of 11/20 - typo. folding wheeled walker", True),
    ("E1399", "billed DOS 11/02 instead of 11/20 - typo. folding wheeled walker", False),
    # the biller disputes the decision: a redetermination, not a clerical error
    ("E0143", "folding wheeled walker; denied in error, pt meets the LCD criteria", False),
    ("E0143", "folding wheeled walker; just noticed the CO-50, notes lacked gait info", False),
])  # fmt: skip
def test_a_denied_line_with_a_clerical_error_is_reopened_unless_it_is_a_noc_line(
    code: str, description: str, reopened: bool
) -> None:
    """F10.6: a wrong date of service is a clerical error; F10.9: a NOC line is too complex."""
    found = outcome(
        description,
        code_check={"searched": True, "chosen_code": code},
        claim={"status": "denied", "submitted_on": "2026-11-23",
               "determination_date": "2026-11-30", "denial_codes": ["CO-50"]},
    )  # fmt: skip
    assert ("reopening" in {f.id for f in found.follow_up}) is reopened
    assert ("reopening" in {d.id for d in found.deadlines}) is reopened
