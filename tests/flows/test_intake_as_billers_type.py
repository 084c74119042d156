"""Turns billers type mid-intake that must never lose or garble what they entered."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content

COMMERCIAL_WITH_AUTHORIZATION = {
    **MEDICARE_ANSWERS,
    "payer_type": "commercial",
    "payer_name": "Acme Health",
    "doc_prior_authorization": "have",
}


def start(chat: Chat, answers: dict[str, str], stop_at: str) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


def test_a_code_search_at_the_code_check_does_not_list_the_same_codes_twice(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "code_check")
    first = chat.last[-1].options
    chat.say("is there a specific code for a tub transfer bench with commode opening?")
    assert chat.step == "code_check"
    assert [o.value for o in chat.last[-1].options] == [o.value for o in first]
    listed = chat.text.count("E0247")
    assert listed == 1, chat.text  # once, as the option to pick


def test_new_claim_at_the_claim_status_is_read_as_not_submitted_not_a_new_intake(
    chat: Chat,
) -> None:
    start(chat, MEDICARE_ANSWERS, "claim_status")
    chat.say("new claim")
    assert chat.answers["claim_status"] == "not_submitted"
    assert chat.answers["item_description"] == MEDICARE_ANSWERS["item_description"]
    assert chat.state == "reviewing"
    assert "Not submitted yet" in chat.text  # read back, so a wrong reading is caught


def test_new_claim_at_purchase_or_rental_is_not_read_as_a_new_purchase(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "acquisition")
    chat.say("new claim")
    assert chat.step == "acquisition" and chat.answers.get("acquisition") is None
    assert "restart" in chat.text  # says how to start over instead


def test_start_a_new_intake_typed_into_a_step_asks_before_dropping_anything(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "quantity")
    chat.say("new intake")
    assert chat.step == "quantity" and chat.answers["manufacturer"] == "Acme Medical"
    assert "restart" in chat.text  # says how to start over, instead of ignoring it silently


@pytest.mark.parametrize(
    "typed", ["missing", "don't have it", "n/a", "not yet", "dont have it yet", "pending"]
)
@pytest.mark.sweep(n=3)
def test_no_number_yet_at_the_authorization_number_is_not_stored_as_the_number(
    chat: Chat, typed: str
) -> None:
    start(chat, COMMERCIAL_WITH_AUTHORIZATION, "prior_authorization_number")
    chat.say(typed)
    assert chat.answers["prior_authorization_number"] is None
    assert chat.step == "claim_status"
    assert "number" in chat.text.lower()  # says the number is left for later


def test_an_authorization_number_without_a_digit_is_questioned(chat: Chat) -> None:
    start(chat, COMMERCIAL_WITH_AUTHORIZATION, "prior_authorization_number")
    chat.say("approved by phone")
    assert chat.step == "prior_authorization_number"
    assert chat.answers["prior_authorization_number"] is None
    chat.say("PA #A12-3456")
    assert chat.answers["prior_authorization_number"] == "A12-3456"


def test_the_category_question_after_a_specific_code_does_not_talk_about_noc_codes(
    chat: Chat,
) -> None:
    start(chat, MEDICARE_ANSWERS, "code_check")
    chat.pick("E0247")
    chat.say("continue")
    assert chat.step == "item_category"
    assert "NOC" not in chat.text
    start_over = Chat(chat.engine, key="test:thread-2")
    start(start_over, MEDICARE_ANSWERS, "item_category")
    assert "NOC" in start_over.text  # with no specific code, the category picks the NOC code


def test_a_date_typed_as_the_authorization_number_is_questioned(chat: Chat) -> None:
    start(chat, COMMERCIAL_WITH_AUTHORIZATION, "prior_authorization_number")
    chat.say("11/12/2026")
    assert chat.step == "prior_authorization_number"
    assert "date" in chat.text


def test_no_to_an_optional_choice_leaves_it_blank_instead_of_reading_an_option_into_it(
    chat: Chat,
) -> None:
    answers = {**MEDICARE_ANSWERS, "expect_medicare_denial": "yes"}
    start(chat, answers, "denial_reason")
    chat.say("no")
    assert chat.answers["denial_reason"] is None
    assert chat.step == "doc_order"


@pytest.mark.parametrize(
    ("step", "hint"),
    [
        ("payer_type", "Other payer"),
        ("code_check", "None of these fit"),
        ("expect_medicare_denial", "answer *No*"),
        ("claim_status", "Not submitted yet"),
    ],
)
def test_idk_where_an_answer_is_needed_says_how_to_decide(chat: Chat, step: str, hint: str) -> None:
    start(chat, MEDICARE_ANSWERS, step)
    chat.say("idk")
    assert chat.step == step
    assert hint in chat.text
    assert "pick one of the" not in chat.text


def test_a_skipped_document_is_kept_as_not_sure(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "doc_medical_necessity_letter")
    chat.say("skip")
    assert chat.answers["documents"]["medical_necessity_letter"] == "unknown"
    assert chat.step == "doc_manufacturer_spec"
    assert "Not sure" in chat.text


def test_a_narrative_lacking_the_model_says_what_to_add_not_to_gather_the_narrative() -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "tub transfer bench", "manufacturer": "Acme",
                 "unit_price": "480.00"},
        "claim": {"status": "not_submitted"},
    })  # fmt: skip
    outcome = repository_content().outcome.build(claim, dt.date(2026, 11, 28))
    complete = next(step for step in outcome.follow_up if step.id == "complete_narrative")
    assert "lacks model" in complete.action
    gather = [step.action for step in outcome.follow_up if step.id == "gather_documents"]
    assert not any("narrative" in action for action in gather)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("12/15/2027", "more than a year from today"),  # the intake's today is 06/15/2026
        ("14/03/2026", "Did you mean *03/14/2026*"),
    ],
)
def test_a_date_of_service_that_is_a_slip_is_asked_again_saying_why(
    chat: Chat, typed: str, said: str
) -> None:
    start(chat, MEDICARE_ANSWERS, "date_of_service")
    chat.say(typed)
    assert chat.step == "date_of_service" and chat.answers["date_of_service"] is None
    assert said in chat.text


def test_a_planned_date_of_service_is_read_back_as_a_planned_delivery(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "date_of_service")
    chat.say("08/01/2026")
    assert chat.answers["date_of_service"] == "2026-08-01"
    assert "planned delivery" in chat.text


def test_a_date_with_words_around_it_is_taken_and_read_back(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "date_of_service")
    chat.say("05/02/2026 delivered to the home")
    assert chat.answers["date_of_service"] == "2026-05-02"
    assert "Taken as *05/02/2026*" in chat.text


def test_a_two_digit_year_is_read_back(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "date_of_service")
    chat.say("02/03/04")
    assert chat.answers["date_of_service"] == "2004-02-03"
    assert "Taken as *02/03/2004*" in chat.text


def test_a_whole_date_typed_for_the_repaired_items_month_gives_its_month(chat: Chat) -> None:
    answers = {**MEDICARE_ANSWERS, "acquisition": "repair", "repair_of_code": "K0823"}
    start(chat, answers, "repair_of_purchased")
    chat.say("06/14/2021")
    assert chat.answers["repair_of_purchased"] == "2021-06"


@pytest.mark.parametrize(
    ("step", "typed"),
    [
        ("item_description", "yes"),
        ("item_description", "same as before"),
        ("manufacturer", "later"),
        ("manufacturer", "$5"),
        ("model", "$1,249.00"),
    ],
)
def test_an_answer_that_gives_no_value_is_asked_again_not_stored(
    chat: Chat, step: str, typed: str
) -> None:
    start(chat, MEDICARE_ANSWERS, step)
    chat.say(typed)
    assert chat.step == step and chat.answers[step] is None
    assert "doesn't tell me" in chat.text


def test_ok_typed_for_the_state_is_read_back_as_oklahoma(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "beneficiary_state")
    chat.say("ok")
    assert chat.answers["beneficiary_state"] == "OK"
    assert "Taken as *OK*" in chat.text  # "ok" may have been a word: the reading is said


def test_a_paid_claim_with_nothing_left_to_do_says_so() -> None:
    claim = Claim.model_validate({
        "payer": {"type": "commercial"},
        "item": {"description": "tub transfer bench", "manufacturer": "Acme", "model": "TB1",
                 "unit_price": "480.00"},
        "date_of_service": "2026-10-01",
        "claim": {"status": "paid", "determination_date": "2026-10-20"},
    })  # fmt: skip
    markdown = repository_content().outcome.markdown(claim, dt.date(2026, 11, 30))
    assert "Nothing to follow up" in markdown.split("**Next steps**")[1]


def test_editing_a_later_answer_mid_intake_comes_back_to_the_open_question(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "quantity")
    chat.say("edit price")
    assert chat.step == "unit_price"
    chat.say("$480")
    assert chat.step == "quantity"  # not passed over on the way to the next question
    chat.say("2")
    assert chat.answers["quantity"] == 2 and chat.answers["unit_price"] == "480.00"
    assert chat.step == "acquisition"


def test_a_specific_code_for_a_medicaid_claim_is_not_explained_with_dme_macs(chat: Chat) -> None:
    answers = {**MEDICARE_ANSWERS, "payer_type": "medicaid", "payer_name": "Ohio Medicaid"}
    start(chat, answers, "code_check")
    chat.pick("E0247")
    assert "E0247" in chat.text and "DME MAC" not in chat.text and "PDAC" not in chat.text


def review(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    assert chat.state == "reviewing"


@pytest.mark.parametrize(
    ("typed", "field", "stored"),
    [
        ("change the price to 500", "unit_price", "500.00"),
        ("edit qty 2", "quantity", 2),
        ("edit mfr to Invacare", "manufacturer", "Invacare"),  # the name keeps its capitals
    ],
)
def test_an_edit_with_its_new_value_is_made_in_one_message(
    chat: Chat, typed: str, field: str, stored: object
) -> None:
    review(chat)
    chat.say(typed)
    assert chat.answers[field] == stored
    assert chat.state == "reviewing"


def test_saying_which_answer_is_wrong_at_the_review_opens_it(chat: Chat) -> None:
    review(chat)
    chat.say("the price is wrong")
    assert chat.step == "unit_price"


def test_new_claim_at_the_review_keeps_the_intake_and_says_so(chat: Chat) -> None:
    review(chat)
    chat.say("new claim")
    assert chat.state == "reviewing" and "kept it" in chat.text


def test_confirm_with_a_required_answer_missing_asks_for_it_instead_of_building_an_outcome(
    chat: Chat,
) -> None:
    review(chat)
    stored = chat.engine.store.load(chat.key)
    assert stored is not None
    data = {**stored.data, "answers": {**stored.data["answers"], "item_description": None}}
    chat.engine.store.save(dataclasses.replace(stored, data=data))  # a gap an old intake could hold
    chat.say("confirm")
    assert chat.step == "item_description"
    assert "still need" in chat.text and "Code:" not in chat.text
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("confirm")
    assert chat.state == "done"


@pytest.mark.parametrize("typed", ["1,5", "1.5", "2,50"])
def test_a_count_with_a_comma_or_point_is_asked_again_not_cut_to_its_first_digit(
    chat: Chat, typed: str
) -> None:
    start(chat, MEDICARE_ANSWERS, "quantity")
    chat.say(typed)
    assert chat.step == "quantity" and not chat.answers.get("quantity")
    assert "whole number of units" in chat.text
    chat.say("15")
    assert chat.answers["quantity"] == 15


@pytest.mark.parametrize(
    "typed",
    ["none of these fit", "Not sure", "new purchase", "Rental", "I have it", "nothing fits"],
)
@pytest.mark.sweep(n=3)
def test_another_questions_answer_is_not_taken_as_the_item_description(
    chat: Chat, typed: str
) -> None:
    start(chat, MEDICARE_ANSWERS, "item_description")
    chat.say(typed)
    assert chat.step == "item_description" and not chat.answers.get("item_description")
    assert "answers another question" in chat.text
    chat.say("bariatric commode, custom, 700 lb capacity")
    assert chat.answers["item_description"] == "bariatric commode, custom, 700 lb capacity"


def test_only_the_item_description_keeps_an_authorization_note(chat: Chat) -> None:
    start(chat, COMMERCIAL_WITH_AUTHORIZATION, "item_description")
    chat.say("bath lift, 2 units, PA approved")
    # the outcome reads the note
    assert chat.answers["item_description"] == "bath lift, 2 units, PA approved"
    answer_until(chat, COMMERCIAL_WITH_AUTHORIZATION, stop_at="model")
    chat.say("TB-200, $480, PA approved")
    assert chat.answers["model"] == "TB-200"  # the model is no place for the note


def test_the_code_check_names_the_items_own_fallback_noc_code(chat: Chat) -> None:
    """F16.12: a wheelchair part with no specific code goes to K0108, so the code check says
    K0108 is what gets billed if none fits, not E1399."""
    item = "power wheelchair seat elevator retrofit kit"
    answers = {**MEDICARE_ANSWERS, "item_description": item}
    start(chat, answers, "code_check")
    assert "Before billing K0108" in chat.text, chat.text
    assert "E1399" not in chat.text


@pytest.mark.parametrize(
    ("step", "typed", "kept"),
    [
        # An LMN is not part of the medical record (F8.2): asked again, nothing confirmed.
        ("doc_medical_records", "we have the LMN from dr", None),
        ("doc_medical_records", "have LMN", None),
        ("doc_order", "have the chart notes", None),  # notes are no order
        ("doc_medical_records", "have the chart notes and the LMN", "have"),  # its own named too
        ("doc_medical_records", "no, only the LMN", "missing"),  # says what is missing
        ("doc_medical_necessity_letter", "have the LMN", "have"),
    ],
)
def test_having_another_document_does_not_confirm_the_one_asked_about(
    chat: Chat, step: str, typed: str, kept: str | None
) -> None:
    start(chat, MEDICARE_ANSWERS, step)
    chat.say(typed)
    document = step.removeprefix("doc_")
    if kept is None:
        assert chat.step == step, chat.text
        assert "does not confirm this one" in chat.text
        assert chat.answers["documents"].get(document, "unknown") != "have"
    else:
        assert chat.step != step, chat.text
        assert chat.answers["documents"][document] == kept
