"""A Medicare claim file through `checklist`: a line billed with a code Medicare never covers
takes GY and needs no ABN (F16.10), and GA and GZ never go with GY (F5.4), so no modifier,
warning or next step asks for an ABN or names GA/GZ beside it; every remittance code the facts
name for a route (section 16) is read, never named to the biller as unread."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.bot.conftest import Cli

TODAY = "2026-12-05"
ABN_WORDS = re.compile(r"\b(GA|GZ|ABN must|signed ABN|Give the beneficiary the ABN)\b")


def checklist(cli: Cli, tmp_path: Path, **claim: Any) -> dict[str, Any]:
    path = tmp_path / "claim.json"
    path.write_text(json.dumps({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "custom standing mobility frame", "category": "equipment",
                 "quantity": 1, "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "documents": {"order": "have", "medical_records": "have"},
        "claim": {"status": "not_submitted"},
        **claim,
    }))  # fmt: skip
    result = cli("checklist", "--claim", str(path), "--today", TODAY, "--json")
    assert result.returncode == 0, result.stderr
    said: dict[str, Any] = json.loads(result.stdout)
    return said


@pytest.mark.parametrize(
    ("delivered", "abn", "description"),
    [
        ("2026-12-20", "missing", "custom standing mobility frame"),  # planned
        ("2026-12-20", "unknown", "custom standing mobility frame"),
        ("2026-11-20", "missing", "custom standing mobility frame"),  # delivered
        ("2026-11-20", "have", "custom standing mobility frame, ABN signed after delivery"),
    ],
)
def test_a_never_covered_specific_code_takes_gy_and_no_abn_step_or_ga_gz_beside_it(
    cli: Cli, tmp_path: Path, delivered: str, abn: str, description: str
) -> None:
    said = checklist(
        cli, tmp_path, date_of_service=delivered,
        item={"description": description, "category": "equipment", "quantity": 1,
              "acquisition": "new_purchase"},
        documents={"order": "have", "medical_records": "have", "abn": abn},
        expect_medicare_denial=True, denial_reason="not_reasonable_and_necessary",
    )  # fmt: skip
    assert said["code"] == "E0642" and said["modifiers"] == ["GY"]
    assert "give_abn" not in {step["id"] for step in said["follow_up"]}
    told = [*said["warnings"], *(step["action"] for step in said["follow_up"])]
    assert not [line for line in told if ABN_WORDS.search(line)], told
    assert any("No ABN is required" in warning for warning in said["warnings"])


def test_a_planned_line_expected_denied_as_not_necessary_still_gets_the_abn_step(
    cli: Cli, tmp_path: Path
) -> None:
    """The same planned claim for an item Medicare may cover keeps the ABN before delivery."""
    said = checklist(
        cli, tmp_path, date_of_service="2026-12-20",
        item={"description": "bariatric commode seat extension", "category": "equipment",
              "quantity": 1, "acquisition": "new_purchase"},
        documents={"order": "have", "abn": "missing"},
        expect_medicare_denial=True, denial_reason="not_reasonable_and_necessary",
    )  # fmt: skip
    assert "GY" not in said["modifiers"]
    assert "give_abn" in {step["id"] for step in said["follow_up"]}


def denied(cli: Cli, tmp_path: Path, codes: list[str]) -> dict[str, Any]:
    return checklist(
        cli, tmp_path, date_of_service="2026-11-02",
        item={"description": "over-toilet safety frame", "category": "equipment",
              "quantity": 1, "acquisition": "new_purchase"},
        claim={"status": "denied", "submitted_on": "2026-11-05",
               "determination_date": "2026-11-20", "denial_codes": codes},
    )  # fmt: skip


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "codes",
    [
        ["CO-16", "MA13", "N264", "MA130"],  # F16.4
        ["CO-16", "N265", "N276", "N575"],
        ["CO-16", "MA130", "M51", "N350"],  # F16.5
        ["M124", "OA-18"],  # F16.6
        ["CO-97", "M2"],  # F16.7
        ["CO-50"],  # F16.3
        ["M114", "N565"],  # F16.16
    ],
)
def test_every_remittance_code_the_facts_name_for_a_route_is_read(
    cli: Cli, tmp_path: Path, codes: list[str]
) -> None:
    said = denied(cli, tmp_path, codes)
    assert not [w for w in said["warnings"] if "not a code these rules read" in w]


@pytest.mark.parametrize(
    ("codes", "meaning"),
    [
        (["CO-16", "MA13", "N264", "MA130"], "ordering practitioner"),
        (["CO-97", "MA13", "N211"], "rental period"),  # MA13 beside another route's codes
    ],
)
def test_ma13_is_read_and_the_codes_beside_it_decide_the_route(
    cli: Cli, tmp_path: Path, codes: list[str], meaning: str
) -> None:
    said = denied(cli, tmp_path, codes)
    assert meaning in said["warnings"][0]
    assert not [w for w in said["warnings"] if "not a code these rules read" in w]
