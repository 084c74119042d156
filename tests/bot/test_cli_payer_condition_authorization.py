"""A claim file through `checklist --json` whose description gives the payer's word that no prior
authorization is needed on a condition ("unless over $1,000", "for rentals", "for E0240", "if
in network"): the word settles the line only when the line meets the condition; otherwise the
checklist keeps what the plan's rules say and the follow-up says the condition does not cover
this line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.bot.conftest import Cli
from tests.bot.test_cli_payer_said_authorization import run as delivered
from tests.bot.test_cli_plan_authorization import authorization, steps

HUMANA = {"payer": "medicare_advantage", "plan": "Humana Gold Plus"}


def run(cli: Cli, tmp_path: Path, description: str, **claim: Any) -> dict[str, Any]:
    """A $1,340.00 E1399 purchase for a Humana Gold Plus member, delivered 11/20/2026."""
    return delivered(cli, tmp_path, description, **{**HUMANA, **claim})


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    ("description", "claim"),
    [("bath lift. rep said no PA needed unless over $1,000, ref 12345", {}),
     ("bath lift. PA not required under $1,000 per plan rep", {}),
     ("bath lift. per rep no auth needed for rentals", {}),
     ("bath lift. per rep PA not required for E0240", {}),
     ("bath lift. rep said PA not required if in network; we are out of network", {}),
     ("bath lift. PA not required under $1,000 per plan rep", {"payer": "commercial",
                                                              "plan": "Priority Health"}),
     ("bath lift. PA not required per rep except for rentals", {"acquisition": "rental"}),
     ("bath lift. PA not required per rep unless the item is a rental",
      {"acquisition": "rental"})],
)  # fmt: skip
def test_a_condition_this_line_breaks_leaves_the_authorization_to_the_plans_rules(
    cli: Cli, tmp_path: Path, description: str, claim: dict[str, str]
) -> None:
    said = run(cli, tmp_path, description, **claim)
    item = authorization(said)
    assert item["status"] != "not_needed" and "prior_authorization" in said["missing"]
    assert "its word stands" not in item["why"] and "payer's word stands" not in item["why"]
    assert "does not cover this line" in steps(said)
    assert "keep that call's reference (the date" not in steps(said)  # not the word's own step


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("description", "price", "code", "acquisition"),
    [("bath lift. rep said no PA needed unless over $2,000, ref 12345", "1340.00", "E1399",
      "new_purchase"),
     ("bath lift. PA not required under $1,000 per plan rep", "640.00", "E1399", "new_purchase"),
     ("bath lift. per rep no auth needed for rentals", "1340.00", "E1399", "rental"),
     ("bath lift. per rep PA not required for E1399, ref A5521", "1340.00", "E1399",
      "new_purchase"),
     ("bath lift. PA not required per rep except for rentals", "1340.00", "E1399",
      "new_purchase"),
     ("bath lift. PA not required per rep unless the item is a rental", "1340.00", "E1399",
      "new_purchase")],
)  # fmt: skip
def test_a_condition_this_line_meets_lets_the_payers_word_stand(
    cli: Cli, tmp_path: Path, description: str, price: str, code: str, acquisition: str
) -> None:
    said = run(cli, tmp_path, description, price=price, code=code, acquisition=acquisition)
    assert authorization(said)["status"] == "not_needed"
    assert "does not cover this line" not in steps(said)


@pytest.mark.parametrize(
    "description",
    ["tilt shower chair. rep said PA not required if in network; we are out of network. "
     "ref 12345",
     "tilt shower chair (auth on file)",
     "tilt shower chair. PA not required per plan rep. Ref 12345"],
)  # fmt: skip
def test_the_whole_authorization_note_stays_out_of_what_the_payer_reads(
    cli: Cli, tmp_path: Path, description: str
) -> None:
    said = run(cli, tmp_path, description)
    for sent in (said["narrative"], said["short_description"]):
        assert sent.startswith("tilt shower chair")
        assert "12345" not in sent and "auth" not in sent and "network" not in sent


def test_a_bracketed_aside_that_is_no_authorization_note_stays(cli: Cli, tmp_path: Path) -> None:
    said = run(cli, tmp_path, "tilt shower chair (padded seat), auth obtained")
    assert said["narrative"].startswith("tilt shower chair (padded seat), Acme")


@pytest.mark.parametrize(
    "note",
    ["auth obtained for the wrong item, need new one",
     "auth obtained, need a new one",
     "PA approved but cancelled"],
)  # fmt: skip
def test_an_authorization_that_does_not_count_is_not_in_hand(
    cli: Cli, tmp_path: Path, note: str
) -> None:
    said = run(cli, tmp_path, f"tilt shower chair. {note}")
    assert authorization(said)["status"] != "have" and "prior_authorization" in said["missing"]


def test_an_authorization_in_hand_for_a_medicare_listed_code_is_not_asked_for_again(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(cli, tmp_path, "knee orthosis. auth obtained, UTN 9876543", payer="medicare",
               plan=None, code="L1832")  # fmt: skip
    item = authorization(said)
    assert item["status"] == "have" and "prior_authorization" not in said["missing"]
    assert "request prior authorization" not in item["why"] and "on file" in item["why"]
    assert "request prior authorization" not in steps(said).lower()


def test_a_word_given_when_the_biller_called_has_no_condition(cli: Cli, tmp_path: Path) -> None:
    said = run(cli, tmp_path, "bath lift. no PA needed per rep when I called 11/18, ref 12345")
    assert authorization(said)["status"] == "not_needed"


def test_no_authorization_said_only_for_in_network_lines_does_not_settle_an_out_of_network_one(
    cli: Cli, tmp_path: Path
) -> None:
    said = run(
        cli, tmp_path, "bath lift. no PA needed per rep when in network; we are out of network"
    )
    assert authorization(said)["status"] != "not_needed"
    assert "does not cover this line" in steps(said)
