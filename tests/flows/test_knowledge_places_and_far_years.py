"""A state named in chatter carries no billing question ("podcast recommendations for the drive
to Iowa"), and a year later than any the entries speak of asks for a forecast no reviewed entry
holds: both are declined. A state beside billing words, and a year the entries cover, are still
answered, and so is a later year that dates an event ("a rental that began in jan 2030")."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["podcast recommendations for the drive to Iowa",
     "audiobook ideas for a road trip across Wyoming",
     "are hospital beds part of the 2032 competitive bidding round",
     "which items does the 2032 bidding round cover",
     "will CMS add any new wheelchair codes next January"],
)  # fmt: skip
def test_a_place_in_chatter_and_a_far_off_year_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("pt lives in Wyoming, which DME MAC gets the claim", "dme-mac-jd"),
     ("does competitive bidding apply to oxygen in 2026", "competitive-bidding-2026"),
     ("timely filing for a 2027 date of service", "timely-filing"),
     ("capped rental began jan 2030 when does it cap", "capped-rental"),
     ("E1399 pricing for 2030", "medicare-pricing-e1399")],
)  # fmt: skip
def test_a_place_or_a_year_beside_billing_words_is_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id
