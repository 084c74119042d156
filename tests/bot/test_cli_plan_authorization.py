"""A commercial or Medicaid claim file through `checklist`: where the plan's prior-authorization
rule for the line is known (a plan threshold on file, or the rule quoted in the description) the
checklist and the follow-up say one thing, naming the rule that applied; a rule quoted for
purchases only leaves a rental out; the quoted amount is read in the ways billers write it; a
delivered item is told what to do now, not to ask before delivery."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.bot.conftest import Cli

TODAY = "2026-12-05"


def run(cli: Cli, tmp_path: Path, description: str, price: str, *, payer: str = "commercial",
        plan: str | None = "Lakeshore Health PPO", quantity: int = 1,
        acquisition: str = "new_purchase", delivered: str = "2026-12-22", code: str = "E1399",
        authorization: str = "unknown") -> dict[str, Any]:  # fmt: skip
    claim = {
        "payer": {"type": payer, "name": plan, "state": "MI"},
        "item": {"description": description, "category": "equipment", "manufacturer": "Acme",
                 "model": "L-2", "quantity": quantity, "unit_price": price,
                 "acquisition": acquisition},
        "code_check": {"searched": True, "chosen_code": code}, "date_of_service": delivered,
        "documents": {"order": "have", "prior_authorization": authorization},
        "claim": {"status": "not_submitted"},
    }  # fmt: skip
    path = tmp_path / "claim.json"
    path.write_text(json.dumps(claim))
    result = cli("checklist", "--claim", str(path), "--today", TODAY, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def authorization(said: dict[str, Any]) -> dict[str, Any]:
    (item,) = [c for c in said["checklist"] if c["id"] == "prior_authorization"]
    return item


def steps(said: dict[str, Any]) -> str:
    return " ".join(f["action"] for f in said["follow_up"])


@pytest.mark.parametrize(
    ("description", "price", "plan", "quantity"),
    [("powered patient lift", "1320.00", "Priority Health", 1),
     ("powered patient lift. our PPO requires PA for DME over $1,000", "1320.00", None, 1),
     ("powered patient lift", "600.25", "Priority Health", 2)],
)  # fmt: skip
def test_a_known_plan_rule_asks_for_the_authorization_once_not_to_check_the_list(
    cli: Cli, tmp_path: Path, description: str, price: str, plan: str | None, quantity: int
) -> None:
    said = run(cli, tmp_path, description, price, plan=plan or "Lakeshore Health PPO",
               quantity=quantity)  # fmt: skip
    assert authorization(said)["required"]
    assert "check the plan's list" not in steps(said)
    assert "Request the prior authorization now" in steps(said)


def test_a_medicaid_line_under_a_quoted_rule_names_that_rule_not_another_plans(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "standing frame. state Medicaid requires PA over $2,500", "900.00",
               payer="medicaid", plan="Michigan Medicaid")  # fmt: skip
    why = authorization(said)["why"]
    assert "over $2,500.00" in why and "Priority Health" not in why and "$500" not in why


def test_a_medicaid_line_with_no_plan_rule_keeps_the_states_wording(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "standing frame", "900.00", payer="medicaid", plan="Ohio Medicaid")
    item = authorization(said)
    assert item["required"] and "check your state" in item["why"]


@pytest.mark.parametrize(
    ("description", "acquisition", "required"),
    [("hospital bed, bariatric. PA required for purchases over $1,000 not rentals", "rental",
      False),
     ("hospital bed, bariatric. PA required for purchases over $1,000 not rentals",
      "new_purchase", True),
     ("hospital bed, bariatric. auth needed on rentals over $1,000", "new_purchase", False),
     ("hospital bed, bariatric. auth needed on rentals over $1,000", "rental", True)],
)  # fmt: skip
def test_a_quoted_rule_covers_only_the_kind_of_line_it_names(
    cli: Cli, tmp_path: Path, description: str, acquisition: str, required: bool
) -> None:
    said = run(cli, tmp_path, description, "1800.00", acquisition=acquisition)
    assert authorization(said)["required"] is required


@pytest.mark.parametrize(
    ("rule", "price", "required"),
    [("requires PA for DME $1,500 or more", "1500.00", True),
     ("auth for 1500 and up", "1500.00", True),
     ("prior auth needed at least $1,500", "1500.00", True),
     ("prior auth over 1500", "1650.00", True),
     ("precert > $1,500", "1499.99", False)],
)  # fmt: skip
def test_a_quoted_amount_is_read_in_the_ways_billers_write_it(
    cli: Cli, tmp_path: Path, rule: str, price: str, required: bool
) -> None:
    said = run(cli, tmp_path, f"wheelchair-accessible scale, {rule}", price)
    assert authorization(said)["required"] is required


def test_a_line_exactly_at_an_over_amount_is_at_it_not_under_it(cli: Cli, tmp_path: Path) -> None:
    said = run(cli, tmp_path, "bath lift. PA required over $1,200", "1200.00")
    item = authorization(said)
    assert not item["required"] and "at, not over, the amount" in item["why"]


def test_a_delivered_line_under_a_known_rule_is_told_what_to_do_now(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "powered patient lift", "1320.00", plan="Priority Health",
               delivered="2026-11-20")  # fmt: skip
    item = authorization(said)
    assert item["required"] and "request it before delivery" not in item["why"]
    assert "has gone out" in item["why"] and "late (retroactive) request" in steps(said)
    assert "approved before delivery" in steps(said)
    assert "check the plan's list" not in steps(said)
