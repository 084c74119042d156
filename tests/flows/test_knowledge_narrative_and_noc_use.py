"""The topics billers ask most about E1399, asked in their own words: what the narrative must
hold (a list of its elements, a drafted note pasted to check), when E1399 may be used (what to
check before settling on it) and what counts as DME."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
        "give me a checklist of the elements the noc narrative must include",
        "what things must the e1399 narrative contain, need a list for the binder",
        "what are the required elements of a narrative for a misc dme item",
        "can you give me a sample narrative for e1399",
        "how do i describe the item in the narrative for a noc code",
        "do we include the model number in the noc narrative",
    ],
)
def test_what_the_narrative_holds_is_answered_by_its_elements(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "narrative-contents", result.entry_id
    assert "manufacturer" in result.text


@pytest.mark.parametrize(
    "question",
    [
        "NTE*ADD*OVERBED GRIP BAR, MFR ZENLO, MDL GB-5, PL $77.00~ is that ok?",
        "SV1*HC:E1399:::::BED WEDGE FOAM*95*UN*1~ NTE*ADD*ZENLO WEDGE ZW-1 PL 95.00~ -- anything "
        "missing?",
    ],
)
def test_a_pasted_nte_segment_is_checked_against_the_narrative_elements(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "narrative-contents", result.entry_id


def test_a_pasted_repair_narrative_is_checked_against_what_a_repair_part_adds() -> None:
    result = KB.ask(
        "repair part on a patient owned bed, draft note 'MOTOR REPL, MFR ZENLO, FOR E0260 "
        "DEL-05/20, PL 210.00' ok?"
    )
    assert result.answered and result.entry_id == "narrative-accessory-repair", result.entry_id
    assert "repaired" in result.text


def test_the_length_of_a_pasted_note_is_still_the_length_limit() -> None:
    result = KB.ask("NTE*ADD*OVERBED GRIP BAR, MFR ZENLO, MDL GB-5, PL $77.00~ too long?")
    assert result.entry_id != "narrative-contents"


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
        "before we settle on e1399 what should we check",
        "what do i look at before i pick e1399 for a new product",
        "can we default everything without a code to e1399",
        "is it ok to just put e1399 on anything i cant find a code for",
        "when am i allowed to bill e1399",
        "when is it appropriate to bill e1399",
        "criteria for billing e1399",
        "should i bill e1399 or the closest existing code",
        "our item kind of matches an existing code, do we still use e1399",
    ],
)
def test_when_e1399_may_be_used_is_answered_by_its_rule(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "when-to-use-e1399", result.entry_id
    assert "specific HCPCS code" in result.text


def test_an_oxygen_device_billed_as_e1399_is_not_the_rule_for_using_it() -> None:
    result = KB.ask("is it ok to bill an oxygen concentrator as e1399")
    assert result.entry_id != "when-to-use-e1399"


def test_asking_for_the_other_noc_codes_before_e1399_still_gets_them() -> None:
    result = KB.ask("before we default to e1399, which other noc codes by category are there")
    assert result.entry_id != "when-to-use-e1399"


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
        "what makes something durable medical equipment",
        "what are the requirements for an item to be considered dme",
        "is an item that lasts one year considered dme",
        "can a disposable item be dme",
        "the five dme criteria",
        "how does medicare decide if an item is dme",
        "what is the medicare definition of dme",
        "what are the 5 tests an item has to pass",
        "the patient uses it only at the gym, is it even dme",
    ],
)
def test_what_counts_as_dme_is_answered_by_the_definition(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "dme-definition", result.entry_id
    assert "3 years" in result.text
