"""What billers type around an answer in the terminal chat: a short question naming a field
("units?") explains the open step, "nvm" is taken back, filler before a command ("wait go
back") or a maker ("yes drive medical"), "not sure, ..." for a maker or model, a count before
a price ("1 @ 189.00 ea"), and typed text said back without cutting a word in two."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def start(chat: Chat, stop_at: str) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at=stop_at)
    assert chat.step == stop_at


@pytest.mark.parametrize("typed", ["units?", "qty?", "Quantity?", "which units?"])
def test_a_question_naming_the_open_step_explains_it(chat: Chat, typed: str) -> None:
    start(chat, "quantity")
    chat.say(typed)
    assert "this question asks for the quantity" in chat.text
    assert "trusted answer" not in chat.text and "new order" not in chat.text
    assert chat.step == "quantity"
    chat.say("2")
    assert chat.answers["quantity"] == 2


def test_a_question_naming_a_later_step_says_it_comes_later(chat: Chat) -> None:
    start(chat, "quantity")
    chat.say("price?")
    assert "the price has its own question, which comes after this one" in chat.text
    assert "trusted answer" not in chat.text and chat.step == "quantity"


@pytest.mark.parametrize("typed", ["nvm", "never mind", "forget it"])
def test_taking_a_message_back_outside_an_intake_is_no_question(chat: Chat, typed: str) -> None:
    chat.say(typed)
    assert "trusted answer" not in chat.text
    assert "Happy to help" in chat.text


@pytest.mark.parametrize("typed", ["wait go back", "oops, back", "hmm go back"])
def test_filler_before_a_command_still_runs_it(chat: Chat, typed: str) -> None:
    start(chat, "unit_price")
    chat.say(typed)
    assert chat.step == "quantity"


@pytest.mark.parametrize(
    ("typed", "maker"), [("yes drive medical", "drive medical"), ("yeah, Invacare", "Invacare")]
)
def test_a_yes_before_the_makers_name_is_not_part_of_it(chat: Chat, typed: str, maker: str) -> None:
    start(chat, "manufacturer")
    chat.say(typed)
    assert chat.answers["manufacturer"] == maker


def test_a_price_typed_with_its_count_at_the_quantity_is_offered_at_the_price(
    chat: Chat,
) -> None:
    start(chat, "quantity")
    chat.say("1 @ 189.00 ea")
    assert chat.answers["quantity"] == 1
    assert "price *$189.00*" in chat.text and chat.step == "unit_price"
    chat.say("yes")
    assert chat.answers["unit_price"] == "189.00"


@pytest.mark.parametrize("typed", ["2 @ 45.00 ea", "2 at $45 each", "2 x 45.00"])
def test_a_count_before_the_price_is_read_past(chat: Chat, typed: str) -> None:
    start(chat, "unit_price")
    chat.say(typed)
    assert chat.answers["unit_price"] == "45.00"
    assert "$45.00" in chat.text and chat.step == "acquisition"


def test_a_long_answer_said_back_is_never_cut_inside_a_word(chat: Chat) -> None:
    start(chat, "acquisition")
    typed = "the family will decide later this month between the options we discussed with them"
    chat.say(typed)
    said = chat.text
    quoted = [part for part in said.split('"')[1::2] if part.startswith("the family")]
    assert quoted, said
    assert quoted[0].endswith("…") and typed.startswith(quoted[0].removesuffix("…"))
    assert typed[len(quoted[0].removesuffix("…"))] == " "


@pytest.mark.parametrize(
    ("step", "typed"),
    [("model", "not sure, it's the pendant for their G-series bed"),
     ("model", "idk - the one with the long handle"),
     ("manufacturer", "don't know, the rep didn't say")],
)  # fmt: skip
def test_not_sure_then_a_description_leaves_the_name_blank(
    chat: Chat, step: str, typed: str
) -> None:
    start(chat, step)
    chat.say(typed)
    assert chat.answers[step] is None
    assert f"No {step} noted for now" in chat.text
    assert chat.step != step


def test_not_sure_then_a_model_number_keeps_the_number(chat: Chat) -> None:
    start(chat, "model")
    chat.say("not sure - maybe the 1090")
    assert chat.answers["model"] == "1090"
