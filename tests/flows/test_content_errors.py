"""A content file with a mistake names the file, the line and the reason (what `content check`
prints), so a reviewer can fix it without reading code; a rule file that does not validate is
refused with its name and the reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel

from flows.content import ContentError, default_content_dir, load_yaml_model
from flows.knowledge_rules import RankingRules
from flows.outcome.rulebook import Rulebook
from flows.phi_rules_file import PhiRulesFile
from flows.rules import DocumentRules
from flows.search_words import SearchWords


class Entry(BaseModel):
    id: str
    days: int


class EntriesFile(BaseModel):
    version: int
    entries: list[Entry]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("version: 1\nentries:\n  - id: a\n    days: 3\n  - id: b\n    days: soon\n", 6,
         "entries.1.days"),
        ("version: 1\nentries:\n  - id: a\n    days: [3\n", 5, "not valid YAML"),
        ("# header\nversion: 2\nentries: []\n", 2, "version: 1"),
        ("- just a list\n", 1, "expected a mapping"),
    ],
)  # fmt: skip
def test_a_mistake_names_its_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(ContentError) as raised:
        load_yaml_model(path, EntriesFile)
    assert raised.value.line == line and reason in str(raised.value)
    assert str(raised.value).startswith(f"{path}:{line}: ")
    assert "\n" not in str(raised.value)  # `content check` says it in one line


def test_broken_yaml_is_said_in_one_line_with_the_parsers_reason(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nentries:\n  - id: a\n    days: [3\n")
    with pytest.raises(ContentError) as raised:
        load_yaml_model(path, EntriesFile)
    assert str(raised.value) == (
        f"{path}:5: not valid YAML at column 1: did not find expected ',' or ']'"
        " (while parsing a flow sequence)"
    )


def test_a_valid_file_is_read_as_typed_data(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nentries:\n  - id: a\n    days: 3\n")
    assert load_yaml_model(path, EntriesFile).entries == [Entry(id="a", days=3)]


def _content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(default_content_dir(), target)
    return target


@pytest.mark.sweep(2)
@pytest.mark.parametrize(
    ("file", "old", "new", "reason"),
    [
        ("modifiers.yaml", "    source: https://www.findacode.com/articles/durable-medical-"
         "equipment-prosthetics-orthotics-and-supplies-1504.html\n", "", "source"),
        ("modifiers.yaml", "modifier: RB", "modifier: RX", "modifier"),
        ("modifiers.yaml", "when: {acquisition: repair}", "when: {acquisition: fixing}",
         "'fixing' is not one of"),
        ("modifiers.yaml", "rental_month: 1}", "rental_month: first}", "whole number"),
        ("modifiers.yaml", "when: {acquisition: repair}", "when: {repaired: true}",
         "unknown fact 'repaired'"),
        ("deadlines.yaml", "length: {days: 120}", "length: {days: 120, months: 4}",
         "exactly one of days, months or years"),
        ("deadlines.yaml", "length: {days: 180}", "length: {days: -180}", "greater than 0"),
        ("deadlines.yaml", "starts: submitted_on", "starts: sent_on", "starts"),
        ("deadlines.yaml", "  - id: payment_floor\n", "  - id: payment_floor\n"
         "    deadline: true\n", "a deadline id must be one of"),
        ("deadlines.yaml", "    listed_as: reconsideration\n", "    listed_as: plan_appeal\n",
         "a deadline id must be one of"),
        ("deadlines.yaml", "    last_reviewed: 2026-11-30\n", "", "last_reviewed"),
        ("checks.yaml", "    source: https://www.dmepdac.com/dmecs/\n", "", "source"),
        ("denials.yaml", "    route: new_claim", "    route: appeal_somehow", "route"),
        ("next_steps.yaml", "date: [payment_floor]", "date: [payment_flor]", "payment_flor"),
        ("checks.yaml", "repair_of_code_groups: oxygen_equipment}", "repair_of_code_groups: "
         "oxygen}", "code group 'oxygen' is not defined"),
        ("code_groups.yaml", 'pattern: "^(E04', 'pattern: "^((E04', "pattern"),
        ("modifiers.yaml", "situations: declared_disaster", "situations: disaster",
         "situation 'disaster' is not defined"),
        ("checks.yaml", "matches: '\\b(fema|", "matches: '\\b((fema|", "situations"),
        ("checks.yaml", "(?P<date>", "(?P<day>", "after_date_of_service needs a (?P<date>"),
    ],
)  # fmt: skip
def test_content_check_rejects_a_rule_that_does_not_validate(
    tmp_path: Path, file: str, old: str, new: str, reason: str
) -> None:
    content = _content_copy(tmp_path)
    path = content / "rules" / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(ContentError) as error:
        Rulebook.load(content)
    assert file in str(error.value) and reason in str(error.value)


def test_a_document_exception_naming_an_undefined_situation_is_refused(tmp_path: Path) -> None:
    from flows.messages import Messages
    from flows.outcome import OutcomeBuilder

    content = _content_copy(tmp_path)
    path = content / "rules" / "documents.yaml"
    text = path.read_text()
    assert "situations: declared_disaster" in text
    path.write_text(text.replace("situations: declared_disaster", "situations: disaster", 1))
    with pytest.raises(ContentError, match="situation 'disaster' is not defined"):
        OutcomeBuilder.load(content, Messages.load(content), DocumentRules.load(content))


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [("          source: https://med.noridianmedicare.com/web/jddme/topics/repairs/repairs\n", "",
      "source"),
     ("every_payer:\n  narrative:\n", "every_payer:\n  narative:\n",
      "every_payer may list only")],
)  # fmt: skip
def test_content_check_rejects_a_document_exception_that_does_not_validate(
    tmp_path: Path, old: str, new: str, reason: str
) -> None:
    content = _content_copy(tmp_path)
    path = content / "rules" / "documents.yaml"
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(ContentError, match=reason):
        DocumentRules.load(content)


@pytest.mark.parametrize(
    ("file", "model", "key"),
    [("codes/synonyms.yaml", SearchWords, "formula_kcal_per_ml_max"),
     ("codes/synonyms.yaml", SearchWords, "shell_counts"),
     ("rules/phi.yaml", PhiRulesFile, "x12_phone_qualifiers"),
     ("rules/phi.yaml", PhiRulesFile, "abn_form_names"),
     ("rules/knowledge.yaml", RankingRules, "named_days")],
)  # fmt: skip
def test_a_reviewed_fact_without_its_source_is_refused(
    tmp_path: Path, file: str, model: type[BaseModel], key: str
) -> None:
    text = (default_content_dir() / file).read_text()
    source = text.index("\n  source:", text.index(f"\n{key}:\n"))
    path = tmp_path / Path(file).name
    path.write_text(text[:source] + text[text.index("\n  last_reviewed:", source) :])
    with pytest.raises(ContentError) as error:
        load_yaml_model(path, model)
    assert f"{key}.source" in str(error.value)


@pytest.mark.parametrize("key", ["heavy_duty_over_pounds", "pediatric_under_years"])
def test_a_search_limit_left_out_of_the_synonyms_is_refused(tmp_path: Path, key: str) -> None:
    """The weight that makes an item heavy-duty and the age that makes it pediatric come from
    the reviewed file only: without one, the file does not load."""
    text = (default_content_dir() / "codes" / "synonyms.yaml").read_text()
    path = tmp_path / "synonyms.yaml"
    path.write_text("".join(line for line in text.splitlines(True) if not line.startswith(key)))
    with pytest.raises(ContentError, match=key):
        load_yaml_model(path, SearchWords)
