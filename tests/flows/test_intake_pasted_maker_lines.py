"""An item line pasted from an order or invoice that opens with the maker's whole firm name
("NOVA Medical Products 4216 ..."): the name is kept whole for the manufacturer question, and
the description taken is said back once, never cut inside a word."""

from __future__ import annotations

import re

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

NOVA = (
    "NOVA Medical Products 4216 Rollator Cane Holder - clamps to rollator frame, holds standard"
    ' & quad canes, fits 7/8"-1" tubing, black powder coat. Qty: 2 EA  Unit price: 45.00 EA'
)
DRIVE = (
    "Drive Medical 12005KD-1 Preserve Tub Transfer Bench, padded seat w/ commode opening,"
    ' adjustable height legs 17.5-22.5", weight cap 400 lb, reversible back, suction cup feet.'
)


def start(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")


@pytest.mark.parametrize(
    ("typed", "maker"),
    [(NOVA, "NOVA Medical Products"), (DRIVE, "Drive Medical"),
     ("Invacare Corporation 5410IVC semi-electric bed pendant", "Invacare Corporation")],
)  # fmt: skip
def test_a_firms_whole_name_opening_the_item_is_the_manufacturer(
    chat: Chat, typed: str, maker: str
) -> None:
    start(chat)
    chat.say(typed)
    description = chat.answers["item_description"]
    assert not description.startswith(("Medical", "Products", "Corporation"))
    assert f"manufacturer *{maker}*" in chat.text
    said_back = re.findall(r"Taken as \*(.+?)\* for item description", chat.text)
    assert len(said_back) == 1, chat.text  # one say-back, of what was stored
    shown = said_back[0]
    if shown.endswith("…"):
        kept = shown.removesuffix("…")
        assert description.startswith(kept) and description[len(kept)] in " ,"
    else:
        assert shown == description


def test_a_maker_name_ending_in_lower_case_stays_in_the_item(chat: Chat) -> None:
    start(chat)
    chat.say("Drive medical supply cart for the bedside")
    assert "supply cart" in chat.answers["item_description"]
