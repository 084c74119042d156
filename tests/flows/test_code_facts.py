"""Billers ask about specific HCPCS codes: the answer says what the CMS file says about them."""

from __future__ import annotations

import pytest

from flows.code_facts import CHECK_ENTRY, NOC_ENTRY, TERMINATED_ENTRY, VALID_CODE_ENTRY
from tests.conftest import Chat, repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize("entry", [TERMINATED_ENTRY, CHECK_ENTRY, VALID_CODE_ENTRY, NOC_ENTRY])
def test_the_entries_code_table_answers_point_to_exist(entry: str) -> None:
    assert entry in KB.by_id  # renaming one would silently drop it from the related topics


def test_a_terminated_code_is_said_to_be_terminated_and_since_when() -> None:
    answer = KB.ask("is E0628 still valid")
    assert answer.answered and answer.answered_from == "code_table" and answer.entry_id is None
    assert "terminated 12/31/2016" in answer.text and "DMECS" in answer.text
    assert "Do not move the item to E1399 by default" in answer.text
    assert answer.related[0].entry_id == "terminated-hcpcs-code"
    assert answer.codes[0]["code"] == "E0628" and answer.codes[0]["valid"] is False


@pytest.mark.parametrize("question", ["is e 0628 still valid", "is E-0628 still valid?"])
def test_a_code_typed_with_a_space_or_hyphen_is_answered_like_the_code(question: str) -> None:
    answer = KB.ask(question)
    assert answer.answered and answer.codes[0]["code"] == "E0628"
    assert "terminated 12/31/2016" in answer.text


def test_what_is_a_code_gives_its_descriptor_coverage_and_pricing() -> None:
    answer = KB.ask("what is E0118?")
    assert answer.answered and answer.answered_from == "code_table"
    assert "Crutch substitute, lower leg platform" in answer.text
    assert "Status: valid" in answer.text and "CMS coverage code C" in answer.text
    assert "Pricing indicator 32: DMEPOS fee schedule" in answer.text


def test_a_terminated_code_whose_descriptor_lives_on_names_the_valid_code() -> None:
    answer = KB.ask("non-pneumatic compression controller, we used to bill K1024 but that got "
                    "termed. e1399 now?")  # fmt: skip
    assert "terminated 12/31/2023" in answer.text and "same descriptor under E0680" in answer.text
    assert "E1399* (CMS HCPCS file" not in answer.text  # the question is about K1024


@pytest.mark.parametrize(
    "question",
    ["what is E1239 used for", "define K0812", "e1239 meaning", "what kind of item is K0812",
     "is E1239 covered under original medicare", "what's K0812? covered by medicare?"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_what_a_code_is_for_or_whether_medicare_covers_it_gives_its_row(question: str) -> None:
    answer = KB.ask(question)
    assert answer.answered_from == "code_table" and answer.entry_id is None
    assert "Medicare may cover" in answer.text


def test_no_code_so_e1399_gets_the_specific_code_the_item_likely_has() -> None:
    answer = KB.ask("knee scooter - theres no hcpcs for those right so its e1399")
    assert answer.answered and "*E0118*" in answer.text
    assert "How to check whether a specific code exists" in answer.text


def test_an_item_with_a_noc_family_of_its_own_is_pointed_to_that_family() -> None:
    answer = KB.ask(
        "topical oxygen wound device, cant find a code, prob e1399 since its oxygen-ish"
    )
    assert answer.answered_from == "code_table" and "*E0446*" in answer.text
    assert answer.related[0].entry_id == "other-noc-codes"


def test_a_named_noc_code_for_an_item_with_no_code_is_said_to_fit_better_than_e1399() -> None:
    answer = KB.ask("FES unit that isnt like any of the coded ones, e1399 or E0770")
    assert answer.answered_from == "code_table"
    assert "E0770 is itself a not-otherwise-classified code" in answer.text


def test_a_generic_no_code_question_names_no_random_specific_code() -> None:
    answer = KB.ask("wheelchair accessory with no code, e1399 or k0108?")
    assert answer.entry_id == "k0108-wheelchair-parts" and "likely fits" not in answer.text


def test_an_entry_answer_keeps_its_entry_and_adds_the_codes_row() -> None:
    answer = KB.ask("what is K0108")
    assert answer.entry_id == "k0108-wheelchair-parts" and answer.answered_from == "knowledge_base"
    assert "Pricing indicator 46: carrier priced" in answer.text


def test_a_terminated_code_no_longer_says_to_bill_it() -> None:
    answer = KB.ask("walk-in tub. K1003 got termed 12/31/2023 so we put it on e1399 now")
    assert "same descriptor under E1301" in answer.text
    assert "bill K1003 with GY" not in answer.text and "While it was valid" in answer.text


def test_e1399_questions_not_about_the_code_file_get_no_e1399_row() -> None:
    answer = KB.ask("what goes in the narrative for e1399")
    assert answer.answered and answer.codes == [] and "CMS HCPCS file, data" not in answer.text


def test_pricing_indicator_question_about_e1399_gets_its_46() -> None:
    answer = KB.ask("pricing indicator on the e1399 row says 46. meaning?")
    assert "Pricing indicator 46: carrier priced" in answer.text


@pytest.mark.parametrize(
    "question",
    ["call the MAC for me and ask why the K0108 is still pending",
     "whats the medicare allowable for E0143 in ohio this year",
     "transposed a dx code on a processed E0143 claim. reopening or redetermination"],
)  # fmt: skip
def test_a_question_that_only_mentions_a_code_is_not_answered_with_the_codes_row(
    question: str,
) -> None:
    answer = KB.ask(question)
    assert answer.answered_from != "code_table"


def test_codes_code_and_the_answer_use_the_same_wording() -> None:
    facts = KB.code_facts
    assert facts is not None
    described = facts.describe("E2300")
    assert described is not None and described.text in KB.ask("is E2300 still valid?").text


def test_the_chat_answers_a_bare_code_with_the_code_table_named(chat: Chat) -> None:
    said = chat.say("what is E0118?")
    text = "\n".join(reply.text for reply in said)
    assert "Crutch substitute" in text and "no knowledge entry covers this" in text


@pytest.mark.parametrize(
    "question", ["wheelchair headrest with mounting hw", "breast prosthesis adhesive strips"]
)
def test_a_noc_familys_entry_for_an_item_that_may_have_a_code_is_not_stated_outright(question):
    result = KB.ask(question)
    assert result.tentative and "I think you mean" in result.text


@pytest.mark.parametrize(
    "question",
    ["wheelchair accessory with no code, which misc code", "K0108 for a joystick mount?"],
)
def test_a_noc_familys_entry_asked_for_by_its_code_or_as_no_code_is_stated(question) -> None:
    result = KB.ask(question)
    assert result.entry_id == "k0108-wheelchair-parts" and not result.tentative


@pytest.mark.parametrize(
    ("question", "code"),
    [("back cushion for a wheelchair, general use, 18 in wide", "E2611"),
     ("wheelchair headrest, cushioned, with hardware", "E0955")],
)  # fmt: skip
def test_an_item_a_noc_familys_entry_answers_unasked_gets_the_codes_that_may_fit_first(
    question: str, code: str
) -> None:
    result = KB.ask(question)
    assert result.entry_id == "k0108-wheelchair-parts" and result.tentative  # the entry stays
    assert result.code_search is not None and code in str(result.code_search["candidates"])
    assert result.text.index(code) < result.text.index("I think you mean")


def test_an_item_said_to_have_no_code_gets_the_familys_entry_without_guessed_codes() -> None:
    result = KB.ask("custom upper limb orthosis, nothing in L3xxx fits")
    assert result.entry_id == "l3999-upper-limb-orthosis" and not result.code_search
