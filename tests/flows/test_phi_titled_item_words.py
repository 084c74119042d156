"""The PHI guard on a surname that is one of the bot's own item words, after a title without a
dot or in lower case, then a person's verb or a possessive; and the look-alikes: the item word
after "miss" the verb, after "MS" the diagnosis, or a title with no verb after it."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Ms Cushion called twice about the statement",
        "mrs commode's son says the unit never came",
        "Mr. Chair declined the upgrade",
        "mister ambrose is asking for a loaner",
    ],
)
def test_an_item_word_surname_after_a_title_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "don't miss walker's delivery window on friday",
        "MS chair's tilt needs a repair quote",
        "MR bed's rails are on back order",
        "the Mr./Mrs. field says bed",
    ],
)
def test_an_item_word_after_a_look_alike_title_is_left_alone(text: str) -> None:
    assert "name" not in scan(text).kinds
