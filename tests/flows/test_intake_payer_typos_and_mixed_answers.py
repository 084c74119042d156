"""Payer types as billers misspell them, answers that say more than the question asked, and
answers that carry a question: each must reach the claim as the biller meant it."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def start_at(chat: Chat, answers: dict[str, str], step: str) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=step)
    assert chat.step == step


@pytest.mark.parametrize(
    "typed",
    ["medicare advantge", "medicare adv", "medicare advanatge plan", "medicare part c",
     "Medicare Advantag HMO"],
)  # fmt: skip
def test_a_misspelt_medicare_advantage_is_never_original_medicare(chat: Chat, typed: str) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.answers["payer_type"] == "medicare_advantage", chat.text
    assert "Medicare Advantage plan" in chat.text  # read back, so *back* can undo it
    assert chat.step == "payer_name"  # a plan's name is asked, not the Medicare route


@pytest.mark.parametrize(
    ("typed", "payer"),
    [("medicade", "medicaid"), ("medicaid managed care", "medicaid"), ("champva", "other"),
     ("tricare for life", "other"), ("comercial", "commercial"), ("original medicre", "medicare")],
)  # fmt: skip
def test_other_misspelt_payer_types_are_read(chat: Chat, typed: str, payer: str) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.answers["payer_type"] == payer, chat.text


def test_a_word_close_to_two_payer_types_is_asked_again(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicaire")  # Medicare or Medicaid: never guessed
    assert chat.step == "payer_type"
    assert "payer_type" not in chat.answers or chat.answers["payer_type"] is None


ABN_ANSWERS = {
    **MEDICARE_ANSWERS,
    "expect_medicare_denial": "yes",
    "denial_reason": "1",
}


def test_an_answer_then_a_question_keeps_the_answer_and_answers_it(chat: Chat) -> None:
    start_at(chat, ABN_ANSWERS, "doc_abn")
    chat.say("no, can we still get her to sign one now?")
    assert chat.answers["documents"]["abn"] == "missing"  # the "no" is kept
    assert "Can an ABN be signed after delivery?" in chat.text  # and the question answered
    assert "GZ" in chat.text
    assert chat.step == "doc_proof_of_delivery"


def test_a_question_alone_at_a_document_is_still_only_a_question(chat: Chat) -> None:
    start_at(chat, ABN_ANSWERS, "doc_abn")
    chat.say("can an abn be signed after delivery?")
    assert "abn" not in chat.answers["documents"] and chat.step == "doc_abn"


def test_the_claim_file_records_the_codes_shown_when_one_is_picked(chat: Chat) -> None:
    start_at(chat, MEDICARE_ANSWERS, "code_check")
    shown = [o.value for o in chat.last[-1].options if o.value != "none"]
    assert len(shown) >= 2, chat.text
    chat.pick(shown[0])
    chat.say("continue")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("confirm")
    claim = chat.payload["claim"]
    assert claim["code_check"]["chosen_code"] == shown[0]
    assert claim["code_check"]["candidates_reviewed"] == shown


@pytest.mark.parametrize("typed", ["confirm", "ok", "yes"])
def test_a_stray_confirm_after_the_end_is_told_the_intake_is_finished(
    chat: Chat, typed: str
) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("confirm")
    assert chat.state == "done"
    chat.say(typed)
    assert "already confirmed" in chat.text
    assert not any(reply.kind == "answer" for reply in chat.last)  # no knowledge article
    assert "*intake*" in chat.text and "*export*" in chat.text  # what it does take


def test_details_typed_with_the_payer_type_are_said_not_taken(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicare, oregon, bariatric shower chair 600 lb, Acme model X2, $450, purchase")
    assert chat.answers["payer_type"] == "medicare"
    assert "I took only the payer type" in chat.text  # never silently dropped
    assert chat.step == "beneficiary_state"


@pytest.mark.parametrize("typed", ["humana gold plus", "aetna medicare advantage PPO"])
def test_a_plan_named_with_the_payer_type_is_offered_as_its_name(chat: Chat, typed: str) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.answers["payer_type"] == "medicare_advantage"
    assert chat.step == "payer_name" and chat.answers.get("payer_name") is None  # offered only
    assert [o.label for o in chat.last[-1].options] == [typed]
    chat.pick(typed)
    assert chat.answers["payer_name"] == typed


def test_a_yes_takes_the_plan_offered(chat: Chat) -> None:
    chat.say("intake")
    chat.say("humana gold plus")
    chat.say("yes")
    assert chat.answers["payer_name"] == "humana gold plus"


def test_a_plan_offered_can_be_replaced_by_typing_another(chat: Chat) -> None:
    chat.say("intake")
    chat.say("humana gold plus")
    chat.say("Humana Choice PPO")
    assert chat.answers["payer_name"] == "Humana Choice PPO"


def test_rental_said_with_the_item_is_offered_at_purchase_or_rental(chat: Chat) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "item_description": "rental of pediatric prone stander"}
    answer_until(chat, answers, stop_at="acquisition")
    assert chat.answers.get("acquisition") is None
    assert "You said *Rental* earlier" in chat.text
    chat.say("yes")  # the biller confirms what was offered
    assert chat.answers["acquisition"] == "rental"
    assert chat.step == "rental_month"


def test_a_change_of_mind_typed_elsewhere_is_made_by_one_pick(chat: Chat) -> None:
    start_at(chat, MEDICARE_ANSWERS, "date_of_service")
    chat.say("actually it's a rental")
    assert chat.answers["acquisition"] == "new_purchase"  # offered, not yet changed
    change = next(o for reply in chat.last for o in reply.options if "Rental" in o.label)
    chat.pick(change.value)
    assert chat.answers["acquisition"] == "rental"  # the pick makes it, asking nothing again
    assert chat.step == "rental_month"  # the question the change adds, then back
    chat.say("1")
    assert chat.step == "date_of_service"


def test_a_purchase_typed_at_the_rental_month_is_offered_as_a_change(chat: Chat) -> None:
    start_at(chat, {**MEDICARE_ANSWERS, "acquisition": "rental"}, "rental_month")
    chat.say("actually no, they bought it. purchase")
    assert "change to the *purchase or rental*" in chat.text
    assert "number of units" not in chat.text
    chat.say("the one after the trial")  # refused: the message names the rental month
    assert chat.step == "rental_month"
    assert "type the rental month" in chat.text and "number of units" not in chat.text


@pytest.mark.parametrize(
    ("step", "typed", "stored"),
    [("date_of_service", "Nov. 30, 2025", "2025-11-30"),
     ("date_of_service", "planned for 6-20", "2026-06-20"),
     ("date_of_service", "next friday", "2026-06-19"),  # the engine's today is Mon 06/15/2026
     ("date_of_service", "it was fixed 6/10", "2026-06-10"),
     ("unit_price", "around 1,150 bucks each", "1150.00"),
     ("beneficiary_state", "oregon i think, OR", "OR"),
     ("beneficiary_state", "oregon i think", "OR")],
)  # fmt: skip
def test_values_typed_with_words_around_them_are_read(
    chat: Chat, step: str, typed: str, stored: str
) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at=step)
    chat.say(typed)
    assert str(chat.answers[step]) == stored, chat.text
    if not typed.startswith("Nov."):  # words left out: read back, so *back* can undo it
        assert "Taken as" in chat.text or "planned" in chat.text


DENIED = {**MEDICARE_ANSWERS, "claim_status": "denied", "submitted_on": "05/01/2026",
          "denial_codes": "CO-16 N350"}  # fmt: skip


@pytest.mark.parametrize("typed", ["the EOB came jun 1", "ERA dated 6/1"])
def test_a_remit_date_said_in_a_sentence_is_read(chat: Chat, typed: str) -> None:
    start_at(chat, DENIED, "determination_date")
    chat.say(typed)
    assert chat.answers["determination_date"] == "2026-06-01", chat.text


REPAIR = {
    **MEDICARE_ANSWERS,
    "acquisition": "repair",
    "item_role": "repair part",
    "repair_of_code": "E1390",
    "repair_of_purchased": "06/2019",
    "labor_minutes": "30",
}


def test_repair_details_said_in_words_are_read(chat: Chat) -> None:
    start_at(chat, REPAIR, "repair_of_purchased")
    chat.say("delivered june 2019")
    assert chat.answers["repair_of_purchased"] == "2019-06", chat.text
    assert chat.step == "labor_minutes"
    chat.say("about 45 min labor")
    assert chat.answers["labor_minutes"] == 45, chat.text


def test_an_item_retyped_without_rental_offers_nothing(chat: Chat) -> None:
    start_at(chat, MEDICARE_ANSWERS, "item_description")
    chat.say("rental of pediatric prone stander")
    chat.say("back")
    chat.say("pediatric prone stander")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="acquisition")
    assert "earlier" not in chat.text
