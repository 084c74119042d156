"""What billers tell of about a claim already sent changes the advice: a Medicare Advantage
plan's own appeal, a records request, a second copy or a pending claim sent again, delivery and
small-part mistakes, a primary insurer's purchase, a keyed error on a denied line."""

from __future__ import annotations

import pytest

from flows.outcome.model import Outcome
from tests.flows.test_outcome_situations import denied, outcome, warned


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


@pytest.mark.sweep(n=3, by="reopen")
@pytest.mark.parametrize(("description", "reopen"), [
    ("first claim looked stuck so we send again; the 2nd came back OA-18. bath lift", False),
    ("OA-18 on line 2, a different bath lift than line 1 - it is NOT a duplicate", True),
    ("bath lift; first claim, we did not rebill, wrongly denied as duplicate", True),
    ("bath lift, never resubmitted, OA-18 on the only claim", True),
    ("bath lift - office filed it twice by mistake, the 2nd copy came back OA-18", False),
    ("bath lift double-billed by the old clearinghouse, OA-18 on the copy", False),
    ("OA-18 but we never sent it twice: line 2 is the second bath lift", True),
    ("bath lift paid on the first claim, 2nd claim (double batch) denied OA-18. ok to leave?",
     False),
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
@pytest.mark.sweep(n=3, by="told")
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


@pytest.mark.sweep(n=3, by="reopened")
@pytest.mark.parametrize(("description", "reopened"), [
    ("paid for one walker tray, pt got two. front desk entered the qty wrong", True),
    ("folding wheeled walker, paid. we typed the DOS in wrong, it went out 11/12", True),
    ("folding wheeled walker, paid in full, nothing keyed wrong", False),
    ("walker glides: shipped 3 pair but we entered 1 pair on the line", True),
    ("walker tray paid at one, a quantity mistake on our side", True),
    ("shipped 2 walker trays and billed 2 units, paid in full", False),
])  # fmt: skip
def test_a_paid_line_with_a_data_item_said_keyed_wrong_is_reopened(description, reopened) -> None:
    """F10.6: units or a date of service keyed wrong is a clerical error, fixed by reopening."""
    found = outcome(
        description,
        code_check={"searched": True, "chosen_code": "E0143"},
        claim={"status": "paid", "submitted_on": "2026-11-18", "determination_date": "2026-11-25"},
    )  # fmt: skip
    assert ("reopening" in {f.id for f in found.follow_up}) is reopened


@pytest.mark.parametrize("description", [
    "bath mitt: dispensed 4, but we billed 4 units as ordered; paid",
    "reacher paid. no qty error on this one",
    "reacher paid; a units error message from the portal was cleared before sending",
])  # fmt: skip
def test_a_paid_line_whose_units_match_what_was_delivered_is_not_reopened(description) -> None:
    """F10.6 reopens a clerical error; the same count delivered and billed is none."""
    found = outcome(
        description,
        code_check={"searched": True, "chosen_code": "E0143"},
        claim={"status": "paid", "submitted_on": "2026-11-18", "determination_date": "2026-11-25"},
    )  # fmt: skip
    assert "reopening" not in {f.id for f in found.follow_up}
