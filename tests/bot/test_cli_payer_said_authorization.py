"""A claim file through `checklist --json` whose description says what the payer told the biller
about prior authorization: "not required per plan rep, ref ..." stands (the reference echoed,
with the advice to keep it) except where Original Medicare's Required Prior Authorization List
covers the code; "auth obtained", "PA approved, UTN ..." and "authorization on file" read as in
hand; a Medicare Advantage plan's rule as the biller quotes it is read like a commercial plan's,
in Medicare Advantage words. None of these notes reaches the narrative sent to the payer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.bot.conftest import Cli
from tests.bot.test_cli_plan_authorization import authorization, steps
from tests.bot.test_cli_plan_authorization import run as outcome


def run(cli: Cli, tmp_path: Path, description: str, *, price: str = "1340.00",
        **claim: Any) -> dict[str, Any]:  # fmt: skip
    """The outcome of a delivered line (11/20/2026) keyed with this description."""
    return outcome(cli, tmp_path, description, price, delivered="2026-11-20", **claim)


@pytest.mark.parametrize(
    ("payer", "plan"),
    [("commercial", "Priority Health"),  # over its $1,000 rule on file
     ("medicaid", "Michigan Medicaid"),
     ("medicare_advantage", "Humana Gold Plus")],
)  # fmt: skip
def test_the_payers_word_that_no_authorization_is_needed_stands_with_its_reference(
    cli: Cli, tmp_path: Path, payer: str, plan: str
) -> None:
    said = run(cli, tmp_path, "powered bath lift. PA not required per plan rep, ref 12345",
               payer=payer, plan=plan)  # fmt: skip
    item = authorization(said)
    assert "prior_authorization" not in said["missing"] and item["status"] == "not_needed"
    assert "(reference 12345)" in item["why"] and "keep the call's reference" in item["why"]
    # what to keep is said once, in the follow-up step
    assert "who you spoke to" in steps(said) and "who you spoke to" not in item["why"]
    assert json.dumps(said).count("who you spoke to") == 1
    assert "late (retroactive) request" not in steps(said)
    assert "not required" not in said["narrative"] and "12345" not in said["narrative"]


def test_a_medicare_advantage_plans_word_says_its_denial_is_appealed_to_the_plan(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "bath lift, no auth needed per Humana rep",
               payer="medicare_advantage", plan="Humana Gold Plus")  # fmt: skip
    why = authorization(said)["why"]
    assert "appeal to the plan" in why and "not the DME MAC" in why
    assert "(reference" not in why  # none given, none invented


def test_a_code_on_medicares_required_list_still_needs_it_whatever_a_call_said(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "power wheelchair, PA not required per rep, ref 77-1234",
               payer="medicare", plan=None, code="K0823")  # fmt: skip
    item = authorization(said)
    assert item["required"] and "prior_authorization" in said["missing"]
    assert "(reference 77-1234)" in item["why"]
    assert "Required Prior Authorization List" in item["why"]


def test_no_authorization_said_without_who_said_so_is_no_payers_word(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "powered bath lift. no PA required", payer="medicaid",
               plan="Michigan Medicaid")  # fmt: skip
    assert "prior_authorization" in said["missing"]


def test_a_reference_is_echoed_only_as_letters_digits_and_dashes(cli: Cli, tmp_path: Path) -> None:
    said = run(cli, tmp_path, "bath lift. auth not required per plan rep, ref <A-5521> & co",
               payer="medicaid", plan="Michigan Medicaid")  # fmt: skip
    why = authorization(said)["why"]
    assert "(reference A-5521)" in why and "<" not in why and "&" not in why


@pytest.mark.parametrize(
    ("payer", "note"),
    [("medicaid", "auth obtained"),
     ("medicare_advantage", "PA approved, UTN 123456789"),
     ("commercial", "authorization on file"),
     ("commercial", "prior auth # A55102"),
     ("commercial", "plan told us auth needed for it, auth # on file")],
)  # fmt: skip
def test_an_authorization_said_to_be_obtained_is_in_hand(
    cli: Cli, tmp_path: Path, payer: str, note: str
) -> None:
    said = run(cli, tmp_path, f"powered bath lift - {note}", payer=payer, plan="Priority Health")
    item = authorization(said)
    assert item["status"] == "have" and "prior_authorization" not in said["missing"]
    assert "approved before delivery" not in steps(said)
    assert note.split()[0] not in said["narrative"]


@pytest.mark.parametrize(
    "note", ["PA pending", "auth not obtained", "need auth # before delivery", "PA requested"]
)
def test_an_authorization_not_yet_obtained_is_not_read_as_in_hand(
    cli: Cli, tmp_path: Path, note: str
) -> None:
    said = run(cli, tmp_path, f"powered bath lift, {note}", payer="medicaid",
               plan="Michigan Medicaid")  # fmt: skip
    assert authorization(said)["status"] == "unknown"


def test_an_authorization_said_obtained_does_not_hide_one_the_claim_says_is_missing(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "powered bath lift. PA approved", payer="medicaid",
               plan="Michigan Medicaid", authorization="missing")  # fmt: skip
    assert "prior_authorization" in said["missing"]


@pytest.mark.parametrize(("price", "required"), [("900.00", True), ("400.00", False)])
def test_a_medicare_advantage_plans_quoted_rule_is_read_in_its_own_words(
    cli: Cli, tmp_path: Path, price: str, required: bool
) -> None:
    said = run(cli, tmp_path, "powered bath lift. Humana requires auth over $500",
               payer="medicare_advantage", plan="Humana Gold Plus", price=price)  # fmt: skip
    item = authorization(said)
    assert item["required"] is required
    assert ("prior_authorization" in said["missing"]) is required
    assert "over $500.00" in item["why"]
    if required:
        assert "appealed to the plan, not the DME MAC" in item["why"]
    else:
        assert "under the amount" in item["why"] and "check it for this item" in item["why"]
        assert "does not reach this line" in steps(said)


def test_a_narrative_keeps_the_item_and_leaves_out_only_the_authorization_note(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "standing frame, mobile - $1,000 plan limit. auth approved",
               plan="Priority Health")  # fmt: skip
    assert said["narrative"].startswith("standing frame, mobile - $1,000 plan limit, Acme")


@pytest.mark.parametrize(
    ("description", "acquisition", "stands"),
    [("bath lift. PA not required for rentals per plan rep", "new_purchase", False),
     ("bath lift. PA not required for purchases per plan rep", "rental", False),
     ("bath lift. PA approved for rental only", "new_purchase", False),
     ("bath lift. PA not required for purchases per plan rep", "new_purchase", True)],
)  # fmt: skip
def test_the_payers_word_about_one_kind_of_line_says_nothing_of_the_other(
    cli: Cli, tmp_path: Path, description: str, acquisition: str, stands: bool
) -> None:
    said = run(cli, tmp_path, description, acquisition=acquisition)
    assert (authorization(said)["status"] in ("not_needed", "have")) is stands


@pytest.mark.parametrize(
    "description",
    [
        "bath lift. plan no longer requires PA per rep, ref 12345",
        "bath lift. per plan rep the plan never needs PA for it, ref 12345",
    ],
)
def test_a_payer_said_to_no_longer_need_authorization_is_read_as_none_needed(
    cli: Cli, tmp_path: Path, description: str
) -> None:
    item = authorization(run(cli, tmp_path, description))
    assert item["status"] == "not_needed" and "(reference 12345)" in item["why"]


def test_a_states_abbreviation_is_no_authorization_note(cli: Cli, tmp_path: Path) -> None:
    said = run(cli, tmp_path, "bath lift delivered in Scranton PA, no auth needed per rep",
               payer="medicaid", plan="Michigan Medicaid")  # fmt: skip
    assert said["narrative"].startswith("bath lift delivered in Scranton PA,")
    assert "auth" not in said["narrative"] and "per rep" not in said["narrative"]
    assert authorization(said)["status"] == "not_needed"


def test_a_reference_before_the_payers_word_is_not_the_calls(cli: Cli, tmp_path: Path) -> None:
    said = run(cli, tmp_path, "bath lift, model ref 2200X, PA not required per rep",
               payer="medicaid", plan="Michigan Medicaid")  # fmt: skip
    assert authorization(said)["status"] == "not_needed"
    assert "2200X" not in authorization(said)["why"] and "2200X" not in steps(said)
    assert "model ref 2200X" in said["narrative"]  # the item's words stay


@pytest.mark.parametrize(
    "description",
    ["bath lift, no PA needed per rep but need to confirm",
     "bath lift, no PA needed per rep I think",
     "bath lift, no PA needed per rep?"],
)  # fmt: skip
def test_a_hedged_word_from_the_payer_leaves_the_authorization_open(
    cli: Cli, tmp_path: Path, description: str
) -> None:
    said = run(cli, tmp_path, description, payer="medicaid", plan="Michigan Medicaid")
    assert authorization(said)["status"] != "not_needed"
    assert "payer told you" not in steps(said)
    assert "per rep" not in said["narrative"] and "?" not in said["narrative"]
