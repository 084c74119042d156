"""An item's description typed where the plan's name is asked is not taken as the plan: it is
said back and offered when the item is asked; plans' own names are still taken."""

from __future__ import annotations

import pytest

from tests.conftest import Chat


@pytest.mark.parametrize(
    "typed",
    ["Tilt-in-space shower commode chair, padded, for rental",
     "Tilt-in-space shower commode chair", "bed assist bar, freestanding"],
)  # fmt: skip
def test_an_item_at_the_plan_question_is_offered_as_the_item(chat: Chat, typed: str) -> None:
    chat.say("intake")
    chat.say("Medicare Advantage")
    chat.say(typed)
    assert chat.answers["payer_name"] is None and chat.step == "payer_name"
    assert f'"{typed}" reads as the item' in chat.text
    chat.say("Humana Gold Plus")
    assert chat.answers["payer_name"] == "Humana Gold Plus"
    assert chat.step == "item_description" and "You said *" in chat.text
    chat.say("yes")
    assert chat.answers["item_description"].startswith(
        "Tilt-in-space" if "Tilt" in typed else "bed"
    )


@pytest.mark.parametrize(
    "typed", ["Humana Gold Plus", "Aetna Choice POS II", "Simply Healthcare", "Tricare for Life",
              "Blue Cross Blue Shield of Texas", "Molina", "Care N' Care",
              "Travelers", "Liberty Mutual"]
)  # fmt: skip
def test_plan_names_are_still_taken(chat: Chat, typed: str) -> None:
    chat.say("intake")
    chat.say("Medicare Advantage")
    chat.say(typed)
    assert chat.answers["payer_name"] == typed
