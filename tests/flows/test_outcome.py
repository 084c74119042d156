"""The intake's payoff, claim by claim: checklist, narrative, modifiers, deadlines, next steps."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import zlib
from itertools import filterfalse
from pathlib import Path

import pytest

from flows.models import Claim, Item
from flows.outcome import NARRATIVE_LIMIT, build_narrative
from flows.outcome.deadlines import Length
from flows.outcome.model import Assessment, Note, Outcome
from tests.conftest import read_yaml, repository_content

CLAIMS = Path(__file__).parent.parent / "fixtures" / "claims"
EXPECTED = read_yaml(CLAIMS / "expected.yaml")["cases"]
BUILDER = repository_content().outcome
# The file's tests run on one xdist worker, which assesses each claim file once (`assessed`);
# spread over two, each worker assessed most of them again (about 0.8 s of CPU).
pytestmark = pytest.mark.xdist_group("claim-outcomes")


@functools.cache
def assessed(name: str) -> tuple[Assessment, Outcome, str]:
    """A claim file on its expected day: its assessment, its outcome and the Markdown a biller
    pastes (what `checklist --json` and `checklist` print, rendered from one assessment), worked
    out once for every test that reads them."""
    claim = Claim.model_validate_json((CLAIMS / f"{name}.json").read_text())
    assessment, outcome = BUILDER.assess(claim, EXPECTED[name]["today"])
    return assessment, outcome, BUILDER.markdown_of(assessment, outcome)


def outcome_of(name: str) -> Outcome:
    return assessed(name)[1]


def markdown_of(name: str) -> str:
    return assessed(name)[2]


def test_there_are_at_least_25_claim_files_each_with_expectations() -> None:
    files = {p.stem for p in CLAIMS.glob("*.json")}
    assert len(files) >= 25 and files == set(EXPECTED)


@pytest.mark.sweep(3)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_claim_outcome(name: str) -> None:
    expected = EXPECTED[name]
    outcome = outcome_of(name)
    assert len(outcome.narrative) <= NARRATIVE_LIMIT
    if "code" in expected:
        assert outcome.code == expected["code"]
    if "modifiers" in expected:
        assert outcome.modifiers == expected["modifiers"]
    if "narrative" in expected:
        assert outcome.narrative == expected["narrative"]
    for part in expected.get("narrative_contains", []):
        assert part in outcome.narrative
    if "deadlines" in expected:
        assert {d.id: d.date for d in outcome.deadlines} == expected["deadlines"]
    if "missing" in expected:
        assert outcome.missing == expected["missing"]
    follow_up = {f.id: f for f in outcome.follow_up}
    for step, when in expected.get("follow_up", {}).items():
        assert step in follow_up, f"{step} not in {list(follow_up)}"
        assert follow_up[step].when == when
    for step, phrases in expected.get("follow_up_text", {}).items():
        for phrase in phrases:
            assert phrase in follow_up[step].action, follow_up[step].action
    for step, phrases in expected.get("follow_up_not", {}).items():
        assert not any(phrase in follow_up[step].action for phrase in phrases)
    for step in expected.get("follow_up_absent", []):
        assert step not in follow_up
    assert [f.id for f in outcome.follow_up if f.overdue] == expected.get("overdue", [])
    assert [d.id for d in outcome.deadlines if d.passed] == expected.get("passed", [])
    if "planned" in expected:
        assert outcome.planned is expected["planned"]
    checklist = {c.id: c for c in outcome.checklist}
    assert list(checklist) == [*list(checklist)[:9], "narrative"] and len(checklist) == 10
    for item, status in expected.get("checklist", {}).items():
        assert checklist[item].status == status
    for item, phrase in expected.get("checklist_why", {}).items():
        assert phrase in checklist[item].why.lower()
    for phrase in expected.get("warnings", []):
        assert any(phrase in warning for warning in outcome.warnings), outcome.warnings
    for phrase in expected.get("warnings_not", []):
        assert not any(phrase in warning for warning in outcome.warnings), outcome.warnings
    markdown = markdown_of(name)
    rendered = json.dumps(outcome.model_dump(mode="json")) + markdown
    for secret in expected.get("not_anywhere", []):
        assert secret not in rendered
    for phrase in expected.get("said_once", []):
        assert markdown.lower().count(phrase.lower()) == 1, markdown


def wheelchair_brake(**claim_keys: object) -> Claim:
    return Claim.model_validate({
        "payer": {"type": "medicare", "state": "CA"},
        "item": {"description": "replacement brake assembly for power wheelchair",
                 "category": "wheelchair_part", "unit_price": "145.00"},
        **claim_keys,
    })  # fmt: skip


def test_only_original_medicare_claims_name_a_dme_mac() -> None:
    medicare = wheelchair_brake()
    advantage = medicare.model_copy(
        update={"payer": medicare.payer.model_copy(update={"type": "medicare_advantage"})}
    )
    assert BUILDER.build(medicare, dt.date(2026, 11, 28)).dme_mac == "JD (Noridian)"
    assert BUILDER.build(advantage, dt.date(2026, 11, 28)).dme_mac is None


def test_a_denied_claim_gathers_documents_to_submit_again_and_optional_gaps_are_not_alarms() -> (
    None
):
    claim = wheelchair_brake(
        documents={"order": "have", "medical_necessity_letter": "missing"},
        claim={"status": "denied", "determination_date": "2026-11-10", "denial_codes": ["CO-50"]},
    )
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    gather = next(step for step in outcome.follow_up if step.id == "gather_documents")
    assert "submit again or appeal" in gather.action and "before billing" not in gather.action
    lmn_line = next(
        line
        for line in BUILDER.markdown(claim, dt.date(2026, 11, 28)).splitlines()
        if "LMN" in line
    )
    assert "❌" not in lmn_line and "optional here" in lmn_line


@pytest.mark.slow  # every claim file
def test_ga_and_gy_never_appear_together() -> None:
    for name in EXPECTED:
        assert not {"GA", "GY"} <= set(outcome_of(name).modifiers), name


def test_every_checklist_item_cites_a_source_and_says_why() -> None:
    claim = Claim.model_validate_json((CLAIMS / "medicare_ready_to_submit.json").read_text())
    for item in BUILDER.build(claim, dt.date(2026, 6, 15)).checklist:
        assert item.source.startswith("http") and len(item.why) > 20


def test_lmn_is_never_required_for_medicare() -> None:
    claim = Claim.model_validate_json((CLAIMS / "medicare_ready_to_submit.json").read_text())
    lmn = next(
        c
        for c in BUILDER.build(claim, dt.date(2026, 6, 15)).checklist
        if c.id == "medical_necessity_letter"
    )
    assert lmn.required is False and "never replaces" in lmn.why


@pytest.mark.parametrize(
    ("day", "due"),
    [
        (dt.date(2024, 2, 29), dt.date(2025, 2, 28)),
        (dt.date(2025, 12, 31), dt.date(2026, 12, 31)),
        (dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    ],
)
def test_timely_filing_is_one_year_with_feb_29_moved_to_feb_28(day, due) -> None:
    assert Length(months=12).after(day) == due


def test_claim_files_written_loosely_mean_the_same_claim() -> None:
    """Billers and scripts write "Medicare Advantage", "$1,234.50", "HAVE": same claim."""
    strict = json.loads((CLAIMS / "medicare_ready_to_submit.json").read_text())
    strict["item"]["unit_price"] = "1234.50"
    loose = json.loads(json.dumps(strict))
    loose["payer"]["type"] = " Medicare "
    loose["item"]["unit_price"] = "$1,234.50"
    loose["item"]["acquisition"] = strict["item"]["acquisition"].replace("_", " ").title()
    loose["documents"] = {key: value.upper() for key, value in strict["documents"].items()}
    loose["claim"]["status"] = strict["claim"]["status"].replace("_", "-").upper()
    loose["code_check"]["chosen_code"] = strict["code_check"]["chosen_code"].lower()
    assert Claim.model_validate(loose) == Claim.model_validate(strict)


def test_a_null_in_a_claim_file_means_unknown_like_a_missing_key() -> None:
    written = json.loads((CLAIMS / "medicare_ready_to_submit.json").read_text())
    missing = json.loads(json.dumps(written))
    del missing["code_check"]["chosen_code"], missing["documents"]["abn"]
    written["code_check"]["chosen_code"] = written["documents"]["abn"] = None
    assert Claim.model_validate(written) == Claim.model_validate(missing)


# -- rules as reviewable data ---------------------------------------------------------------
ALL_CLAIMS = {p.stem: Claim.model_validate_json(p.read_text()) for p in CLAIMS.glob("*.json")}


def test_there_are_at_least_45_claim_files() -> None:
    assert len(ALL_CLAIMS) >= 45


# The claim files in an order fixed by each name's hash: a sweep over them runs the first few in
# `make test-fast`, a spread of payers and items rather than the alphabet's first, and adding a
# file never moves the rest.
SPREAD: list[str] = sorted(ALL_CLAIMS, key=lambda name: zlib.crc32(name.encode()))


@pytest.mark.sweep(6)
@pytest.mark.parametrize("name", SPREAD)
def test_no_next_step_is_dated_before_today_unless_marked_overdue(name: str) -> None:
    expected_day = EXPECTED[name]["today"]  # its outcome is built once, for every test reading it
    for day in (expected_day, dt.date(2026, 11, 30), dt.date(2028, 1, 31)):
        outcome = outcome_of(name) if day == expected_day else BUILDER.build(ALL_CLAIMS[name], day)
        for step in outcome.follow_up:
            assert step.overdue is bool(step.when and step.when < day), (day, step)
        for deadline in outcome.deadlines:
            assert deadline.passed is (deadline.date < day), (day, deadline)


@pytest.mark.slow  # every claim file
def test_sentences_write_every_date_one_way() -> None:
    for name in ALL_CLAIMS:
        outcome = outcome_of(name)
        sentences = [
            *outcome.warnings,
            *(f.action for f in outcome.follow_up),
            *(d.why for d in outcome.deadlines),
            *(c.why for c in outcome.checklist),
            markdown_of(name),
        ]
        for sentence in sentences:
            assert not re.search(r"\d{4}-\d{2}-\d{2}", sentence), (name, sentence)


@pytest.mark.slow  # every claim file
def test_every_rule_sentence_names_only_facts_the_claim_has() -> None:
    """A rule's {field} that no claim provides would break the outcome at run time."""
    fields: dict[str, object] = {}
    for name in ALL_CLAIMS:
        assessment, _, _ = assessed(name)
        fields.update({k: v for k, v in assessment.context.items() if v is not None})
    # A weekend deadline's line brings its own fields (DeadlinesFile.day_off_line).
    deadlines = BUILDER.rules.deadlines
    sunday = dt.date(2027, 3, 14)
    day_off = deadlines.day_off_line(deadlines.windows[0], sunday, sunday)
    assert day_off is not None
    fields.update(day_off[1])
    for key in BUILDER.renderer.templates:
        assert BUILDER.renderer.say(Note(key=key), fields), key


def test_what_changed_after_an_edit_is_in_the_billers_words() -> None:
    before = BUILDER.summary(ALL_CLAIMS["medicare_ready_to_submit"], dt.date(2026, 6, 15))
    after = BUILDER.summary(ALL_CLAIMS["medicare_denial_expected_no_abn"], dt.date(2026, 6, 15))
    after["missing"] = ["abn", "order"]
    lines = BUILDER.renderer.changes(before, after)
    text = "\n".join(lines)
    assert "Modifiers: NU → NU, GZ" in text
    assert "Missing documents: none → Signed ABN" in text and "Standard Written Order" in text
    assert not re.search(r"[{}\[\]']|\babn\b|_", text)


def test_a_late_appeal_reads_as_overdue_with_what_is_still_possible() -> None:
    claim = ALL_CLAIMS["medicare_denied_redetermination_late"]
    text = BUILDER.markdown(claim, dt.date(2026, 11, 30))
    assert "Redetermination request: 08/08/2026, PASSED" in text
    assert "OVERDUE (was due 08/08/2026)" in text and "good-cause statement" in text


def test_an_appeal_past_its_strict_count_but_within_the_mail_days_is_still_on_time() -> None:
    claim = ALL_CLAIMS["medicare_denied_redetermination_late"]  # decision dated 04/10/2026
    text = BUILDER.markdown(claim, dt.date(2026, 8, 11))
    assert "OVERDUE (was due 08/08/2026)" in text
    assert (
        "allows until 08/13/2026" in text and "legal last day has not: send the request now" in text
    )
    assert "good-cause statement" not in text


def test_a_safe_date_on_a_weekend_says_to_send_it_the_last_business_day_before() -> None:
    claim = ALL_CLAIMS["medicare_denied_not_necessary"]  # 04/10/2026 + 120 days: Saturday 08/08
    (deadline,) = BUILDER.build(claim, dt.date(2026, 8, 1)).deadlines
    assert deadline.date == dt.date(2026, 8, 8)
    assert "The safe date is a Saturday: transmit by 5 p.m. ET on Friday 08/07/2026" in deadline.why


def test_the_reconsideration_deadline_quotes_the_redetermination_decisions_own_date() -> None:
    claim = ALL_CLAIMS["medicare_denied_after_redetermination"]  # decision dated 07/01/2026
    outcome = BUILDER.build(claim, dt.date(2026, 7, 2))
    (why,) = [d.why for d in outcome.deadlines if d.id == "reconsideration"]
    assert "decision's date 07/01/2026" in why, why
    assert "08/08/2026" not in why  # the redetermination request's own deadline


def _as_payer(name: str, payer: str) -> str:
    claim = ALL_CLAIMS[name]
    claim = claim.model_copy(update={"payer": claim.payer.model_copy(update={"type": payer})})
    return BUILDER.markdown(claim, EXPECTED[name]["today"])


# A sentence may name the DME MAC on another payer's claim only to say it is not the one to ask.
DME_MAC_CONTRAST = re.compile(r"not the DME MAC|never to a DME MAC|for Original Medicare")


@pytest.mark.sweep(6)
@pytest.mark.parametrize("name", SPREAD)
def test_other_payers_get_no_dme_mac_or_medicare_only_advice(name: str) -> None:
    for payer in ("medicare_advantage", "medicaid", "commercial", "other"):
        text = _as_payer(name, payer)
        for sentence in re.split(r"(?<=[.:;])\s+|\n", text):
            if "DME MAC" in sentence:
                assert DME_MAC_CONTRAST.search(sentence), (payer, sentence)
            assert not re.search(r"Medicare (pays|covers)|DMECS", sentence), (payer, sentence)


@pytest.mark.parametrize(
    ("name", "payer", "medicare_says", "payer_says"),
    [
        ("medicare_noc_rental_month", "medicare_advantage", "ask your DME MAC", "Ask the plan how"),
        ("medicare_repair_part", "medicaid", "the DME MACs allow", "payer's repair policy"),
        ("medicare_replacement_for_wear", "commercial", "Medicare pays repairs",
         "replacement policy"),
        ("medicare_replacement_after_theft", "commercial", "useful lifetime",
         "replacement policy"),
    ],
)  # fmt: skip
def test_rental_repair_and_wear_advice_follows_the_payer(
    name: str, payer: str, medicare_says: str, payer_says: str
) -> None:
    assert medicare_says in _as_payer(name, "medicare")
    other = _as_payer(name, payer)
    assert payer_says in other and medicare_says not in other


LONG_ITEM = (
    "replacement joystick control module for power wheelchair with extended cable and "
    "swing-away mounting bracket hardware kit"
)


@pytest.mark.parametrize(
    ("name", "warned"),
    [("medicare_specific_code_never_covered", False), ("medicare_ready_to_submit", True)],
)
def test_the_narrative_could_not_fit_warning_only_where_a_narrative_is_needed(
    name: str, warned: bool
) -> None:
    claim = ALL_CLAIMS[name]
    long = claim.model_copy(
        update={"item": claim.item.model_copy(update={"description": LONG_ITEM})}
    )
    outcome = BUILDER.build(long, EXPECTED[name]["today"])
    narrative = {c.id: c.status for c in outcome.checklist}["narrative"]
    assert (narrative != "not_needed") is warned
    assert any("could not fit" in w for w in outcome.warnings) is warned, outcome.warnings


def _on_a_leap_day(name: str) -> bool:
    served = ALL_CLAIMS[name].date_of_service
    return served is not None and served.strftime("%m-%d") == "02-29"


@pytest.mark.sweep(4)  # the leap-day claims first
@pytest.mark.parametrize(
    "name", [*filter(_on_a_leap_day, SPREAD), *filterfalse(_on_a_leap_day, SPREAD)]
)
def test_the_feb_29_note_appears_only_for_a_feb_29_date_of_service(name: str) -> None:
    text = markdown_of(name)
    assert ("Feb 29" in text) is (_on_a_leap_day(name) and "Timely filing" in text)


def test_a_claim_file_has_a_feb_29_date_of_service() -> None:
    assert any(map(_on_a_leap_day, ALL_CLAIMS))


def test_a_claim_without_a_date_of_service_is_warned_that_no_deadline_can_be_counted() -> None:
    outcome = BUILDER.build(wheelchair_brake(), dt.date(2026, 11, 28))
    assert outcome.deadlines == []
    assert any("No date of service given" in w for w in outcome.warnings)
    dated = wheelchair_brake(date_of_service="2026-11-20")
    assert not any(
        "No date of service" in w for w in BUILDER.build(dated, dt.date(2026, 11, 28)).warnings
    )


@pytest.mark.parametrize(("code", "reopening"), [("E0260", True), ("E1399", False)])
def test_a_wrong_modifier_on_a_specific_code_can_be_reopened_not_on_a_noc_line(
    code: str, reopening: bool
) -> None:
    """CO-4 on a processed line: a wrong descriptive modifier is a clerical error, reopened
    within a year (F10.6); NOC lines go to redetermination (F10.9)."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "semi-electric hospital bed", "category": "equipment",
                 "acquisition": "rental", "rental_month": 1},
        "code_check": {"searched": True, "chosen_code": code},
        "date_of_service": "2026-10-01",
        "claim": {"status": "denied", "determination_date": "2026-11-10", "denial_codes": ["CO-4"]},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    steps = {step.id: step for step in outcome.follow_up}
    assert "redetermination" in steps
    assert ("reopening" in steps) is reopening
    if reopening:
        assert steps["reopening"].when == dt.date(2027, 11, 10)
        assert "KX, GA, GY, GZ" in steps["reopening"].action


@pytest.mark.parametrize(
    ("typed", "on_the_claim"),
    [
        ("Cushion 16×18 in, ½″ foam", 'Cushion 16x18 in, 1/2" foam'),
        ("Größe 2 bench — Søren’s design", "Grosse 2 bench - Soren's design"),
        ("Ottobock™ café chair 🦽", "Ottobock cafe chair"),
    ],
)
def test_a_description_pasted_with_symbols_keeps_its_meaning_on_the_claim(
    typed: str, on_the_claim: str
) -> None:
    narrative, _dropped = build_narrative(Item(description=typed), {})
    assert narrative.startswith(on_the_claim)
