"""A check that the bot is there, a code typed with a modifier and nothing asked, and a change a
payer or CMS will make later are declined: no entry can answer them. Questions worded like them
about dates and deadlines the entries do hold are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["hey bot u there",
     "you up?",
     "anyone there",
     "you still there?",
     "hello are you working",
     "can you hear me",
     "E1399 + NU",
     "K0108 / RR",
     "how much will Medicare allow for E1399 next year",
     "how much will noridian pay for e1399 next year",
     "is CMS going to delete E1399 in the 2027 HCPCS update",
     "is CMS planning to retire K0108 in the 2028 update",
     "when will the next ABN form version come out and what will change",
     "when will the new CMN form come out in 2027",
     "will the 2028 competitive bidding program add oxygen later",
     "are they going to add CPAP to bidding next year",
     "when will CMS finally create a specific code for our vibration cushion"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_presence_checks_bare_lines_and_later_changes_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("how much will medicare pay on e1399", "medicare-pricing-e1399"),
     ("timely filing for a 2027 date of service", "timely-filing"),
     ("DOS 1/4/2027, when is the filing deadline", "timely-filing"),
     ("is the ABN form mandatory from May 2026", "abn-form-version"),
     ("when does the next quarterly HCPCS file come out", "hcpcs-quarterly-update"),
     ("pt's rental hits month 13 next year, does title transfer", "capped-rental"),
     # the asker's own step in a later year, not a change someone will make
     ("will we need to add KX for a 2027 DOS", "kx-modifier"),
     ("does competitive bidding apply to oxygen in 2026", "competitive-bidding-2026"),
     ("is E1399 going away", "e1399-replacement-proposal"),
     ("did cms ever replace e1399 with new codes", "e1399-replacement-proposal"),
     # "is this on", "still there" about a claim or a list, not the bot
     ("title passed on the pts power chair last year and its been in the shop like every "
      "month. at what point is this on us", "repair-or-replace-60-percent"),
     ("the L1833 knee brace: did it come off the Medicare PA list or is it still there",
      "l1833-prior-auth-removed"),
     ("E0260 KX or GA?", "kx-modifier"),
     ("E1399 + invoice, what else?", "invoice-requirement")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_dates_and_deadlines_beside_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id
