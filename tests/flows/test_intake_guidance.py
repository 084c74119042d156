"""What a biller sees while the intake guides them: an honest step count, answers that are not
what was asked, and prior authorization for a specific code on Medicare's list."""

from __future__ import annotations

import re

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat

STEP_LINE = re.compile(r"Step (\d+) of (\d+)(?: \(([^)]*)\))?")


def walk(chat: Chat, answers: dict[str, str]) -> list[tuple[int, int, str]]:
    """Answers every question; returns each (position, total, note) the bot showed."""
    chat.say("intake")
    shown = []
    for _ in range(60):
        if chat.step is None:
            break
        found = STEP_LINE.search(chat.text)
        assert found, chat.text
        shown.append((int(found[1]), int(found[2]), found[3] or ""))
        chat.answer(answers[chat.step])
    return shown


# A Medicare repair of the patient's own K0001: adds the repair questions.
REPAIR_ANSWERS = {
    **MEDICARE_ANSWERS,
    "acquisition": "repair",
    "repair_of_code": "K0001",
    "repair_of_purchased": "06/2021",
    "labor_minutes": "30",
}


def test_a_medicare_intake_counts_one_to_n_of_the_same_n(chat: Chat) -> None:
    shown = walk(chat, MEDICARE_ANSWERS)
    positions, totals = [p for p, _, _ in shown], {t for _, t, _ in shown}
    assert positions == list(range(1, len(shown) + 1))
    assert totals == {len(shown)}, totals  # no jump from "of 20" to "of 21" at the second step
    assert chat.state == "reviewing"


def test_an_answer_that_adds_questions_says_so_once(chat: Chat) -> None:
    shown = walk(chat, REPAIR_ANSWERS)
    changes = [
        (t, note)
        for (_, t, note), (_, before, _) in zip(shown[1:], shown[:-1], strict=True)
        if t != before
    ]
    # Three repair questions come in; "item role" and the order (none for a repair) go out.
    assert changes == [(shown[0][1] + 1, "your last answer added a question")], str(shown)
    assert [p for p, _, _ in shown] == list(range(1, len(shown) + 1))
    assert shown[-1][:2] == (len(shown), len(shown))


def test_a_state_typed_as_a_medicaid_plan_is_kept_as_the_state_and_the_plan_asked_again(
    chat: Chat,
) -> None:
    chat.say("intake")
    chat.say("medicaid")
    chat.say("Texas")
    assert chat.step == "payer_name" and "Noted *TX* as the beneficiary's state" in chat.text
    assert chat.answers["payer_name"] is None and chat.answers["beneficiary_state"] == "TX"
    chat.say("Superior HealthPlan")
    assert chat.step == "item_description"  # the state is not asked a second time
    assert chat.answers["payer_name"] == "Superior HealthPlan"
    chat.say("back")
    assert chat.step == "payer_name"  # back to the question asked, not the one passed over
    chat.say("edit beneficiary state")
    assert chat.step == "beneficiary_state"  # and it can still be changed


def test_a_state_typed_as_a_medicare_advantage_plan_is_not_taken_as_the_name(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicare advantage")
    chat.say("TX")
    assert chat.step == "payer_name" and '"TX" reads as a state' in chat.text
    assert chat.answers["payer_name"] is None and chat.answers["beneficiary_state"] is None
    chat.say("Humana Gold Plus")
    assert chat.answers["payer_name"] == "Humana Gold Plus"


@pytest.mark.parametrize(
    ("payer", "typed", "reason"),
    [
        ("commercial", "E1399", "HCPCS code"),
        ("commercial", "$450.00", "an amount"),
        ("medicare advantage", "03/14/2026", "a date"),
        ("medicare advantage", "Medicare Advantage", "kind of payer"),
        ("medicaid", "yes", "a yes"),
    ],
)
def test_other_answers_typed_as_the_plan_name_are_questioned(
    chat: Chat, payer: str, typed: str, reason: str
) -> None:
    chat.say("intake")
    chat.say(payer)
    chat.say(typed)
    assert chat.step == "payer_name" and reason in chat.text
    assert chat.answers["payer_name"] is None


@pytest.mark.parametrize(
    ("payer", "name"),
    [
        ("medicaid", "Texas Children's Health Plan"),
        ("medicaid", "Ohio Medicaid"),
        ("medicaid", "Apple Health"),
        ("other", "VA"),
        ("commercial", "UHC"),
    ],
)
def test_real_plan_names_are_taken_as_typed(chat: Chat, payer: str, name: str) -> None:
    chat.say("intake")
    chat.say(payer)
    chat.say(name)
    assert chat.step != "payer_name" and chat.answers["payer_name"] == name


def test_every_way_an_answer_is_not_a_plan_name_has_wording(chat: Chat) -> None:
    messages = chat.engine.messages
    kinds = {"state", "hcpcs", "date", "money", "number", "too_short", *messages.not_plan_names}
    assert all(messages.has(f"not_plan_name_{kind}") for kind in kinds)
    suffixes = ("", "_more", "_more_one", "_fewer", "_fewer_one")
    assert all(messages.has(f"progress{suffix}") for suffix in suffixes)


KNEE_ORTHOSIS = (
    "Knee orthosis, adjustable knee joints, positional orthosis, rigid support, prefabricated, "
    "customized to fit"
)
WALKER = "Walker, folding, wheeled, adjustable or fixed height"


def pick_specific_code(chat: Chat, payer: str, description: str, code: str) -> None:
    chat.say("intake")
    chat.say(payer)
    if chat.step != "item_description":
        chat.say("skip")
    chat.say(description)
    assert chat.step == "code_check"
    offered = [o.value for reply in chat.last for o in reply.options]
    assert code in offered, offered
    chat.pick(code)
    assert chat.state == "advised_specific_code"


def test_a_code_on_medicares_prior_authorization_list_is_flagged_then_asked_about(
    chat: Chat,
) -> None:
    pick_specific_code(chat, "medicare", KNEE_ORTHOSIS, "L1832")
    assert "L1832 is on Original Medicare's Required Prior Authorization List" in chat.text
    assert "Continue with L1832" in [o.label for o in chat.last[-1].options]
    chat.pick("cmd:continue")
    assert chat.step == "item_category"
    answers = {
        **MEDICARE_ANSWERS,
        "item_category": "orthotic",
        "doc_prior_authorization": "missing",
    }
    asked = []
    while chat.step is not None:
        asked.append(chat.step)
        chat.answer(answers[chat.step])
    assert "doc_prior_authorization" in asked
    assert "doc_price_documentation" not in asked  # a specific code is priced from the fee schedule
    chat.pick("cmd:confirm")
    outcome = chat.payload["outcome"]
    assert outcome["code"] == "L1832" and "prior_authorization" in outcome["missing"]


def test_a_specific_code_not_on_the_list_gets_no_prior_authorization_question(chat: Chat) -> None:
    pick_specific_code(chat, "medicare", WALKER, "E0143")
    assert "Prior Authorization List" not in chat.text
    chat.say("continue")
    asked = []
    while chat.step is not None:
        asked.append(chat.step)
        chat.answer(MEDICARE_ANSWERS[chat.step])
    assert "doc_prior_authorization" not in asked
    chat.pick("cmd:confirm")
    assert chat.payload["outcome"]["code"] == "E0143"


def test_medicar_typed_for_the_payer_is_original_medicare_not_medicare_advantage(
    chat: Chat,
) -> None:
    chat.say("intake")
    chat.say("medicar")
    assert chat.answers["payer_type"] == "medicare" and chat.step == "beneficiary_state"


def test_a_state_code_typed_as_the_item_is_asked_again(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicare")
    chat.say("skip")
    chat.say("OH")
    assert chat.step == "item_description" and "too short to describe the item" in chat.text
    assert chat.answers["item_description"] is None


def test_the_review_shows_the_repaired_items_month_as_billers_write_it(chat: Chat) -> None:
    walk(chat, REPAIR_ANSWERS)
    assert "repaired item's purchase month: 06/2021" in chat.text


def test_picking_a_specific_code_after_an_earlier_edit_still_says_to_bill_it_instead(
    chat: Chat,
) -> None:
    chat.say("intake")
    chat.say("medicare")
    chat.say("OH")
    chat.say("edit payer")
    chat.say("medicare")
    if chat.step != "item_description":
        chat.say("OH")
    chat.say(WALKER)
    assert chat.step == "code_check"
    chat.pick("E0143")
    assert chat.state == "advised_specific_code"
    assert "Then bill *E0143*" in chat.text and "instead of E1399" in chat.text
    chat.say("continue")
    while chat.step is not None:
        chat.answer(MEDICARE_ANSWERS[chat.step])
    chat.pick("cmd:confirm")
    assert chat.payload["outcome"]["code"] == "E0143"


@pytest.mark.parametrize(
    ("reason", "abn_asked"), [("never covered", False), ("not medically necessary", True)]
)
def test_the_abn_is_asked_only_when_the_expected_denial_needs_one(
    chat: Chat, reason: str, abn_asked: bool
) -> None:
    answers = {
        **MEDICARE_ANSWERS,
        "expect_medicare_denial": "yes",
        "denial_reason": reason,
        "doc_abn": "missing",
    }
    chat.say("intake")
    asked = []
    while chat.step is not None:
        asked.append(chat.step)
        chat.answer(answers[chat.step])
    assert ("doc_abn" in asked) is abn_asked  # a statutory exclusion needs no ABN (GY)
