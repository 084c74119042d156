"""The command line given what billers and scripts really send: pasted dashes, typo dates,
broken files and free text where a code belongs. Each gets an answer or a one-line reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bot.conftest import Cli

CLAIMS = Path(__file__).parent.parent / "fixtures" / "claims"


def _claim_file(tmp_path: Path, **changes: object) -> str:
    claim = json.loads((CLAIMS / "medicare_denied_not_necessary.json").read_text())
    claim.update(changes)
    path = tmp_path / "claim.json"
    path.write_text(json.dumps(claim))
    return str(path)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("K\u20130108", "K0108"),
        ("E\u20141399", "E1399"),
        ("\uff25\uff11\uff13\uff19\uff19", "E1399"),
    ],
)
def test_a_code_pasted_with_a_word_processor_dash_is_looked_up(
    cli: Cli, typed: str, code: str
) -> None:
    result = cli("codes", "--code", typed, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["code"] == code


@pytest.mark.parametrize(
    "changes",
    [
        {"date_of_service": "9999-12-31"},
        {"claim": {"status": "denied", "determination_date": "0202-01-05"}},
    ],
)
def test_a_typo_year_in_a_claim_file_is_refused_in_one_line(
    cli: Cli, tmp_path: Path, changes: dict[str, object]
) -> None:
    result = cli("checklist", "--claim", _claim_file(tmp_path, **changes), "--json")
    assert result.returncode == 1
    assert "not a plausible date" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("field", ["quantity", "labor_minutes", "rental_month"])
def test_true_or_false_where_a_count_belongs_is_refused_not_read_as_1(
    cli: Cli, tmp_path: Path, field: str
) -> None:
    claim = json.loads((CLAIMS / "medicare_denied_not_necessary.json").read_text())
    result = cli("checklist", "--claim", _claim_file(tmp_path, item={**claim["item"], field: True}))
    assert result.returncode == 1
    assert f"item.{field}: " in result.stderr and "not true or false" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_typo_year_for_today_is_a_usage_error(cli: Cli) -> None:
    claim = str(CLAIMS / "medicare_denied_not_necessary.json")
    result = cli("checklist", "--claim", claim, "--today", "9999-12-31", "--json")
    assert result.returncode == 2 and "1900 to 2099" in result.stderr


def test_a_file_of_nested_brackets_is_refused_not_a_crash(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "claim.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    result = cli("checklist", "--claim", str(path), "--json")
    assert result.returncode == 1 and "nested too deeply" in result.stderr


def test_codes_reviewed_are_read_from_free_text_and_a_name_there_is_never_repeated(
    cli: Cli, tmp_path: Path
) -> None:
    reviewed = ["e 0143 (walker, no seat)", "Mary Johnson 1EG4TE5MK73", "E0143"]
    code_check = {"searched": True, "chosen_code": "E1399", "candidates_reviewed": reviewed}
    result = cli("checklist", "--claim", _claim_file(tmp_path, code_check=code_check), "--json")
    assert result.returncode == 0, result.stderr
    assert "Johnson" not in result.stdout and "1EG4TE5MK73" not in result.stdout
    explained = {item["id"]: item["why"] for item in json.loads(result.stdout)["checklist"]}
    assert "You looked at E0143 and billed E1399" in explained["no_code_explanation"]


def test_an_item_code_answer_in_ask_json_says_where_it_comes_from(cli: Cli) -> None:
    answer = json.loads(cli("ask", "is there a code for a knee scooter", "--json").stdout)
    assert answer["answered"] is True and answer["answered_from"] == "code_table"
    assert answer["origin"] == "content" and answer["sources"][0].startswith("https://")
    assert answer["last_reviewed"]


def test_a_date_of_service_written_as_a_json_number_is_read_as_the_date(
    cli: Cli, tmp_path: Path
) -> None:
    path = _claim_file(tmp_path, date_of_service=20260301, claim={"status": "not_submitted"})
    result = cli("checklist", "--claim", path, "--today", "2026-06-15", "--json")
    assert result.returncode == 0, result.stderr
    deadlines = {d["id"]: d["date"] for d in json.loads(result.stdout)["deadlines"]}
    assert deadlines["timely_filing"] == "2027-03-01"  # 12 months from 03/01/2026


def test_a_pasted_wall_of_text_as_an_item_is_refused_not_echoed_back(cli: Cli) -> None:
    result = cli("codes", "shower chair " * 400, "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert "Describe one item" in result.stderr and result.stderr.count("\n") == 1


def test_control_characters_in_a_claim_file_never_reach_the_terminal(
    cli: Cli, tmp_path: Path
) -> None:
    claim = json.loads((CLAIMS / "medicare_repair_of_item_delivered_4_months_ago.json").read_text())
    claim["item"]["description"] = "Bed motor \x1b]0;hacked\x07\x1b[2J replacement"
    path = tmp_path / "claim.json"
    path.write_text(json.dumps(claim))
    for form in ("--markdown", "--json", None):
        result = cli("checklist", "--claim", str(path), "--today", "2026-11-30",
                     *([form] if form else []))  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Bed motor ?]0;hacked??[2J replacement" in result.stdout


def test_a_277ca_rejection_code_and_a_stray_entry_never_refuse_the_claim_file(
    cli: Cli, tmp_path: Path
) -> None:
    """A biller copies "A7:507" off the CEDI rejection and a member id into the codes."""
    status = {"status": "denied", "submitted_on": "2026-11-20",
              "denial_codes": ["A7:507", "mbr 1EG4TE5MK73"]}  # fmt: skip
    result = cli("checklist", "--claim", _claim_file(tmp_path, claim=status), "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert "1EG4TE5MK73" not in result.stdout
    assert any("A7:507" in warning for warning in answer["warnings"])
    assert any("patient identifier" in warning for warning in answer["warnings"])
    steps = {step["id"] for step in answer["follow_up"]}
    assert "new_claim" in steps and "redetermination" not in steps


def test_a_code_typed_unquoted_with_a_space_is_looked_up_as_one_code(cli: Cli) -> None:
    result = cli("codes", "--code", "e", "1399", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["code"] == "E1399"


def test_an_item_beside_a_code_is_still_one_or_the_other(cli: Cli) -> None:
    result = cli("codes", "--code", "E1399", "wheelchair armrest")
    assert result.returncode == 2 and "not both" in result.stderr


def test_a_cpt_code_is_named_as_one_and_the_codes_covered_are_said(cli: Cli) -> None:
    result = cli("codes", "--code", "99213")
    assert result.returncode == 1
    assert "99213 is a CPT code (HCPCS Level I" in result.stderr
    assert "Level II DMEPOS codes" in result.stderr and "not a HCPCS code" not in result.stderr


def test_every_problem_of_a_claim_file_is_reported_at_once(cli: Cli, tmp_path: Path) -> None:
    claim = json.loads((CLAIMS / "medicare_denied_not_necessary.json").read_text())
    item = {**claim["item"], "unit_price": -5, "quantity": 0}
    path = _claim_file(tmp_path, payer={**claim["payer"], "state": "ZZ"}, item=item,
                       date_of_service="2026-13-45")  # fmt: skip
    result = cli("checklist", "--claim", path)
    assert result.returncode == 1 and result.stderr.count("\n") == 1  # one line, all of them
    assert "4 problems: payer.state: 'ZZ' is not a 2-letter" in result.stderr
    for field in ("payer.state", "item.quantity", "item.unit_price", "date_of_service"):
        assert f"{field}: " in result.stderr
    assert "item.quantity: must be at least 1; item.unit_price: must not be negative" in (
        result.stderr
    )
