"""A check that the bot is there or how well it answers, a code typed with a modifier and nothing
asked, a change a payer or CMS will make later (with a year or predicted without one),
arithmetic, general trivia and one patient's authorization looked up are declined: no entry can
answer them. Questions worded like them about dates, deadlines, rentals and schedules the
entries do hold are still answered."""

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
     "when will CMS finally create a specific code for our vibration cushion",
     "when will CMS get rid of K0108 - any word",
     "when is K0739 going to be retired",
     "will the 120 day redet window be changed to 180 days",
     "is the timely filing limit going to increase to 18 months",
     "when's the next abn revision due out",
     "when is the next edition of the ABN coming",
     # what a form or manual not yet published will say, or when it will be put out
     "what will the next abn form look like",
     "will the next CMS-1500 revision move box 19",
     "is noridian going to publish a new supplier manual in 2028",
     # a change to a form once its version expires, a retired rule brought back
     "what will CMS change on the ABN once the current version expires",
     "is CMS going to bring back CMNs for hospital beds? heard it at a conference",
     "convert 13 months to weeks",
     "how many weeks is 120 days",
     "90 days in weeks",
     "what is 36 times 12",
     "how accurate are you with denial codes",
     "how often are you wrong on NOC questions",
     "can i trust your answers on MSP",
     "how many counties does Florida have",
     "what's the capital of Ohio",
     "is the Macon pt's auth approved yet",
     "was the Dayton pt's claim paid yet"],
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
     ("E1399 + invoice, what else?", "invoice-requirement"),
     # deadlines counted in days, rentals that change later, a claim's payment floor
     ("how long is the redetermination window", "redetermination"),
     ("how many days do I have to file a redetermination", "redetermination"),
     ("is it 120 days plus 5 days for mail", "redetermination"),
     ("how many weeks does the QIC have to decide", "reconsideration"),
     ("will the rental payment drop to 75% after month 3", "capped-rental"),
     ("is the 13 month rental 13 times the fee", "capped-rental"),
     ("when will the claim be paid", "payment-floor"),
     ("when will the PA be approved", "prior-auth-medicare"),
     ("when is the ABN form expiring", "abn-form-version"),
     ("when does the current ABN form expire", "abn-form-version"),
     ("how many hours of labor can we bill for a repair", "repair-labor-k0739"),
     # the asker's own next ABN, not a form CMS will publish
     ("will the next abn we hand her need the option boxes checked again", "abn-delivery"),
     ("will the next ABN form we give need the new expiration date", "abn-form-version"),
     # a payment released on the asker's claims in a later year, not a form released
     ("will Noridian release payment on my 2027 claims within 14 days", "payment-floor")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_dates_and_deadlines_beside_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id
