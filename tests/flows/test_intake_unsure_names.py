"""A maker's or model's answer that opens with "not sure" is no name: it is left blank and said
so, unless what follows is a short name with a number in it."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def start(chat: Chat, stop_at: str) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at=stop_at)
    assert chat.step == stop_at


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
