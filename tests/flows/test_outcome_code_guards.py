"""What must never decide the billed code: a patient's name in the item text, a reviewed code
that describes another item, and a code CMS terminated before the date of service."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 12, 1)


def claim(
    description: str,
    code: str,
    reviewed: list[str] | None = None,
    item: dict[str, Any] | None = None,
    **extra: Any,
) -> Claim:
    return Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": description, "category": "equipment", "quantity": 1,
                 "acquisition": "new_purchase", "unit_price": "120.00",
                 "manufacturer": "Acme", "model": "X1", **(item or {})},
        "code_check": {"searched": True, "chosen_code": code,
                       "candidates_reviewed": reviewed or []},
        "date_of_service": "2026-11-20",
        **extra,
    })  # fmt: skip


def test_a_patients_name_in_the_item_text_does_not_change_the_billed_code() -> None:
    """ "Bench" alone fits three codes equally, so the biller's E1399 stands; with "Mrs. Smith"
    after it the name must not tip the search to E0245 and GY. The guard still warns."""
    plain = BUILDER.build(claim("Bench", "E1399"), TODAY)
    named = BUILDER.build(claim("Bench for Mrs. Smith", "E1399"), TODAY)
    assert (named.code, named.modifiers) == (plain.code, plain.modifiers) == ("E1399", ["NU"])
    assert any("patient's name" in w for w in named.warnings)


def test_an_item_named_beside_a_patient_is_still_read_as_that_item() -> None:
    outcome = BUILDER.build(claim("Shower chair for Mr. Walker", "E1399"), TODAY)
    assert outcome.code == "E0240" and "GY" in outcome.modifiers
    assert any("patient's name" in w for w in outcome.warnings)


def test_a_transfer_bench_is_not_billed_as_the_bath_chair_the_biller_reviewed() -> None:
    """E0240 is a bath/shower chair; a transfer bench is E0247's item, so the reviewed
    never-covered code is not put on the line."""
    excluded: dict[str, Any] = {
        "expect_medicare_denial": True,
        "denial_reason": "statutory_exclusion",
    }
    outcome = BUILDER.build(claim("transfer bench", "E1399", ["E0240"], **excluded), TODAY)
    assert outcome.code == "E1399"
    assert any("E0247" in w for w in outcome.warnings)


def test_a_terminated_code_whose_item_reads_elsewhere_is_billed_as_the_item_reads() -> None:
    """E0628's descriptor reads as E0627, a sit-to-stand lift as E0635, and no code carries
    E0628's place: a terminated code is never the code billed, so E0635 is, with the reason
    and the check to make."""
    for description in ("sit to stand lift for own chair", "sit to stand lift, electric"):
        outcome = BUILDER.build(claim(description, "E0628"), TODAY)
        assert outcome.code == "E0635" and outcome.code_valid is True
        (reason,) = [w for w in outcome.warnings if "E0628 was terminated" in w]
        assert "bills E0635 instead" in reason and "check that it describes the item" in reason
        assert not any("Do not submit E0628" in s.action for s in outcome.follow_up)


def test_a_terminated_code_already_sent_stays_as_sent_with_the_reading_named() -> None:
    sent = claim("sit to stand lift, electric", "E0628",
                 claim={"status": "submitted", "submitted_on": "2026-11-21"})  # fmt: skip
    outcome = BUILDER.build(sent, TODAY)
    assert outcome.code == "E0628" and outcome.code_valid is False
    assert any("reads this item as E0635" in w for w in outcome.warnings)


def test_a_valid_code_is_said_valid() -> None:
    assert BUILDER.build(claim("transfer bench", "E0247"), TODAY).code_valid is True


def test_a_clause_with_no_identifier_is_still_read_beside_one_that_has_one() -> None:
    outcome = BUILDER.build(claim("shower chair with back, for Mrs. Smith", "E1399"), TODAY)
    assert outcome.code == "E0240"


def test_a_long_note_whose_identifier_cannot_be_told_apart_leaves_the_code_to_the_biller(
) -> None:  # fmt: skip
    note = "Mrs. Eleanor Whitfield DOB 03/04/1941 needs " + " ".join(["a shower chair"] * 12)
    outcome = BUILDER.build(claim(note, "E1399"), TODAY)
    assert outcome.code == "E1399"
    assert any("patient" in w for w in outcome.warnings)


def test_an_outcome_searches_the_item_once_and_bills_what_each_search_would(monkeypatch) -> None:
    """The rules read one search of the item (a biller waits on one, not six); reading its first
    codes gives each rule the codes its own search would have shown."""
    from flows.codes import CodeBook

    searched: list[tuple[str, int]] = []
    search = CodeBook.search

    def counted(self: CodeBook, description: str, limit: int = 5) -> Any:
        searched.append((description, limit))
        return search(self, description, limit)

    monkeypatch.setattr(CodeBook, "search", counted)
    keyed = claim("manual reclining back, goes back 85 degrees. intake chose E1225", "E1225")
    BUILDER.build(keyed, TODAY)
    item = [limit for description, limit in searched if description.startswith("manual reclin")]
    assert len(item) == 1
    codes = repository_content().codes
    assert codes is not None
    monkeypatch.setattr(CodeBook, "search", search)
    text = keyed.item.description
    assert [c.code for c in codes.search(text, 6)][:3] == [c.code for c in codes.search(text, 3)]


def test_a_reviewed_pair_code_is_not_billed_for_one_crutch() -> None:
    """E0112 is a pair of wooden crutches; the search reads "ONE wooden crutch" higher as E0113
    (each), so the reviewed E0112 is no sure reading and the biller's code stands."""
    one = claim(
        "pt only wants ONE wooden crutch (uses her quad cane on the left side). pad/tip/grip "
        "incl. put E1399 bc the wood code i know is for a pair", "E1399", ["E0112"],
    )  # fmt: skip
    assert BUILDER.build(one, TODAY).code != "E0112"


def test_a_retired_code_is_billed_with_the_code_cms_added_the_next_day() -> None:
    """K0553 (therapeutic CGM supply allowance) ended 12/31/2022 and A4239 (non-adjunctive)
    began 1/1/2023; K1017's trigeminal stimulator supplies became A4541 on 1/1/2024."""
    cgm = claim("monthly sensor supply allowance for therapeutic cgm, sheet has K0553", "K0553")
    headband = claim("monthly electrodes/supplies for the trigeminal nerve stim headband", "K1017")
    assert BUILDER.build(cgm, TODAY).code == "A4239"
    outcome = BUILDER.build(headband, TODAY)
    assert outcome.code == "A4541"
    assert any("K1017 was terminated on 12/31/2023" in w for w in outcome.warnings)


def test_a_terminated_code_keyed_for_another_item_is_not_moved_to_its_successor() -> None:
    """K1006's suction pump for external urine management became E2001; a "trach suction
    machine" keyed K1006 is another item, so it is not billed E2001 and the warning says why,
    while a urine-management pump keyed K1006 still moves to E2001."""
    trach = claim("trach suction machine, portable, our old fee sheet has K1006", "K1006")
    outcome = BUILDER.build(trach, TODAY)
    assert outcome.code == "K1006" and outcome.code_valid is False
    assert any("E2001" in w and "name another item" in w for w in outcome.warnings)
    assert not any(
        "a corrected or new claim for this item uses E2001" in w for w in outcome.warnings
    )
    urine = claim("external urine suction pump, old code K1006 in our system", "K1006")
    assert BUILDER.build(urine, TODAY).code == "E2001"


def test_a_keyed_code_naming_the_rival_of_what_the_item_says_gives_way_to_the_first_code() -> None:
    """E1038 is the adult transport chair; a "pediatric transport chair ... 4 y/o" keyed E1038
    reads first as E1037 (pediatric size), whose word the item says where E1038 says "adult"."""
    child = claim(
        "pediatric transport chair (attendant pushed, small rear wheels, not self-propelled), "
        "child w/ CP, 4 y/o. intake chose E1038", "E1038",
    )  # fmt: skip
    assert BUILDER.build(child, TODAY).code == "E1037"


def test_a_terminated_knee_code_keeps_its_successor_when_the_item_says_its_fluid_control() -> None:
    """K1014 became L5615 (fluid swing and stance control) word for word; "pneumatic-hydraulic"
    swing control is fluid control, so the item does not read as L5840's pneumatic-only knee."""
    knee = claim(
        "multiaxial knee-shin w/ pneumatic-hydraulic swing control, K1014 on the old fee sheet",
        "K1014", item={"category": "prosthetic"},
    )  # fmt: skip
    outcome = BUILDER.build(knee, TODAY)
    assert outcome.code == "L5615"
    assert any("L5615" in w and "took its place" in w for w in outcome.warnings)


def test_a_section_for_the_beneficiarys_own_lift_is_not_billed_as_a_whole_lift_system() -> None:
    """E0640 is a fixed lift system "includes all components/accessories": a track piece for
    the lift the claim names as its base item is a part, so the NOC line stays."""
    for text in (
        "ceiling track splice section for lift system (own lift E0630)",
        "ceiling track corner section for the lift system (pt owns the E0630 lift)",
    ):
        outcome = BUILDER.build(claim(text, "E1399", item={"base_item_code": "E0630"}), TODAY)
        assert outcome.code == "E1399", text
        assert not any("E0640" in w for w in outcome.warnings), text


@pytest.mark.parametrize(
    ("description", "keyed", "billed"),
    [
        (
            "tall air walker boot, prefab off the shelf -- L2999 because it's a boot",
            "L2999",
            "L4361",
        ),
        (
            "rigid elbow orthosis without joints, off the shelf, L3999 in the system",
            "L3999",
            "L3762",
        ),
    ],
)
def test_a_noc_code_the_biller_says_why_or_where_it_was_keyed_gives_way_to_the_sure_code(
    description: str, keyed: str, billed: str
) -> None:
    """ "L2999 because ...", "L3999 in the system": the code came from a reason or a record, not
    from reading the item, so the code the search is sure of is billed (F11.3)."""
    outcome = BUILDER.build(claim(description, keyed, item={"category": "orthotic"}), TODAY)
    assert outcome.code == billed


@pytest.mark.parametrize(
    ("description", "keyed", "billed"),
    [
        ("replacement cuffed PVC trach tube, size 7 -- tried A9900", "A9900", "A7521"),
        ("finger clip sensor for the home oximeter, is there a real code", "E1399", "A4606"),
        ("AAA batteries for the glucose meter, E1399 or is there an A code", "E1399", "A4233"),
    ],
)
def test_a_noc_code_the_biller_doubts_gives_way_to_the_sure_code(
    description: str, keyed: str, billed: str
) -> None:
    """ "tried A9900", "is there a real code", "E1399 or ...": the biller doubts the NOC code,
    so the code the search is sure of is billed (F11.3), with the way back in the warning."""
    item = {"category": "supply_accessory"}
    outcome = BUILDER.build(claim(description, keyed, item=item), TODAY)
    assert outcome.code == billed


def test_a_narrative_denial_of_a_noc_line_for_a_coded_item_says_to_rebill_with_the_code() -> None:
    """The outcome bills the over-bed table's own code (E0274, GY) on the new claim, so the next
    step must not tell the biller to fix the NOC narrative and send E1399 back."""
    denied: dict[str, Any] = {"claim": {"status": "denied", "submitted_on": "2026-11-23",
                                        "determination_date": "2026-11-27",
                                        "denial_codes": ["CO-16", "N350", "MA130"]}}  # fmt: skip
    outcome = BUILDER.build(claim("heavy duty over bed table", "E1399", **denied), TODAY)
    step = next(f for f in outcome.follow_up if f.id == "new_claim")
    assert outcome.code == "E0274" and "GY" in outcome.modifiers
    assert "with the code and modifiers this outcome bills" in step.action
    assert "NTE02 narrative" not in step.action
    kept = BUILDER.build(claim("custom stair glide seat, no code fits", "E1399", **denied), TODAY)
    assert kept.code == "E1399"
    assert "NTE02 narrative" in next(f for f in kept.follow_up if f.id == "new_claim").action


def test_a_rented_never_covered_item_says_why_its_gy_line_has_no_rr() -> None:
    """F5.1, F16.10: whether a GY rental line still carries RR is not settled by any source;
    the outcome leaves RR off and says so rather than dropping it silently."""
    excluded: dict[str, Any] = {"expect_medicare_denial": True,
                                "denial_reason": "statutory_exclusion"}  # fmt: skip
    rented = {"acquisition": "rental", "rental_month": 2}
    outcome = BUILDER.build(claim("bath/shower chair", "E0240", item=rented, **excluded), TODAY)
    assert outcome.modifiers == ["GY"]
    assert any("RR" in w and "left off this GY line" in w for w in outcome.warnings)
    bought = BUILDER.build(claim("bath/shower chair", "E0240", **excluded), TODAY)
    assert not any("left off this GY line" in w for w in bought.warnings)
