"""Wording billers use that the ranking must not misread: dates, file columns, numbered and
multi-part questions, an insurer's Medicare Advantage plan, and a number beside one word."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


def test_a_date_in_the_question_does_not_sink_its_topic() -> None:
    with_date = KB.rank("QIC decision got here 10/20/2026, last day for the ALJ request?")
    without = KB.rank("QIC decision got here, last day for the ALJ request?")
    assert with_date[0].entry.id == without[0].entry.id
    assert with_date[0].coverage == pytest.approx(without[0].coverage)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "why does E1229 show pricing indicator 32, K0009 36 and K0108 46",
            "hcpcs-pricing-indicator",
        ),
        ("whats the BETOS column in the hcpcs file", "hcpcs-betos-type-of-service"),
        ("action code N on the E1399 row, what does it mean", "hcpcs-action-codes"),
        ("which positions in the anweb record hold the termination date", "hcpcs-record-layout"),
    ],
)
def test_a_question_about_a_column_of_the_hcpcs_file_gets_that_column(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_an_insurers_ma_plan_is_not_sent_to_the_dme_mac_for_an_appeal() -> None:
    result = KB.ask("Aetna MA denied our e1399. do I send the redetermination to noridian?")
    assert result.entry_id != "redetermination"


def test_a_part_by_part_answer_the_whole_question_does_not_confirm_is_hedged() -> None:
    judgement = KB.ranker.judge("GX and EY - what are they, and can a phone reopening fix them")
    assert judgement.verdict != "answer"


def test_numbered_questions_are_answered_part_by_part() -> None:
    result = KB.ask(
        "3 quick ones for original medicare on an e1399: 1) order before delivery? "
        "2) prior auth? 3) does the MA version of the same pt's plan need PA"
    )
    assert result.answered and result.parts


def test_numbered_parts_a_message_announces_are_answered_without_question_marks() -> None:
    result = KB.ask(
        "two questions 1) is a walker a capped rental item 2) which modifier goes on rental "
        "months 1 to 3"
    )
    assert result.answered
    assert {result.entry_id, *result.parts} == {"capped-rental", "kh-ki-kj"}


def test_numbered_steps_of_an_sop_are_not_split_into_parts() -> None:
    question = (
        "SOP draft, code selection: 1) search DMECS + the HCPCS file 2) call PDAC 3) category "
        "NOC first 4) only then E1399. missing anything?"
    )
    assert not KB.ask(question).parts


@pytest.mark.parametrize(
    "question",
    [
        "45 days",
        "can I switch my shift to 7-3 next week",
        "can you translate this delivery ticket into spanish",
        "can you assign me the over-90 aging report",
        "how long does the inogen one g5 battery last on setting 3",
    ],
)
def test_a_number_beside_one_word_shifts_requests_and_product_specs_are_declined(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "pt still inpatient, brace is being used in the hospital after surgery and will go "
            "home with her. do we bill the DME MAC?",
            "inpatient-hospital-responsibility",
        ),
        ("order came from the pt's chiropractor. ok to bill?", "who-can-order"),
        (
            "we missed the 120 days by about two weeks (staff out sick). dead?",
            "late-appeal-good-cause",
        ),
        ("pt signed our ABN, its an MA plan. GA on the line?", "abn-medicare-advantage"),
    ],
)
def test_words_that_sound_like_other_work_still_get_the_dme_answer(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_an_ma_plan_named_beside_medicaid_is_appealed_to_the_plan() -> None:
    question = (
        "pt has an advantage plan and also medicaid, the MA plan denied the e1399, do we appeal "
        "with the plan or send it on to medicaid"
    )
    assert KB.ask(question).entry_id != "redetermination"


@pytest.mark.parametrize(
    "question", ["when is E1399 the right code", "is e1399 the right code for our new gadget"]
)
def test_the_right_code_is_the_correct_one_not_the_right_side(question: str) -> None:
    assert KB.ask(question).entry_id != "rt-lt"


def test_a_right_side_item_still_gets_the_side_modifiers() -> None:
    assert KB.ask("custom AFO for the right leg only, which side modifier").entry_id == "rt-lt"


def test_tldr_is_chat_shorthand_not_an_item() -> None:
    result = KB.ask("tl;dr for a new biller: when is E1399 the right code")
    assert result.answered_from == "knowledge_base"
    assert result.entry_id in {"when-to-use-e1399", "e1399-quick-overview"}
