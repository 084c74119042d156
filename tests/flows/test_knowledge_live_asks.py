"""Thanks in any language with news that something went through, a look-up of what a contractor's
system shows for the team's own submission, and a forecast of who will win contracts are declined:
no reviewed entry holds their answer. Questions worded like them (thanks beside a question or a
setback, how to check a status, what the bidding program says) are still answered."""

from __future__ import annotations

import pytest

from flows.content import default_content_dir
from flows.knowledge_live import Live
from flows.knowledge_rules import RankingRules
from flows.knowledge_scope import _ASKS
from tests.conftest import repository_content

KB = repository_content().knowledge
_RULES = RankingRules.load(default_content_dir())
LIVE = Live(_RULES.live, openers=_RULES.requests.openers + _RULES.requests.weak_openers)

THANKS_WITH_NEWS = [
    "spasiba!! the redet finally went through",
    "dziękuję, the claim got paid today",
    "merci, the narrative worked on the resubmit",
    "gracias, it went through this time",
    "danke, the E1399 line paid in full",
    "arigato, all the claims were accepted",
    "obrigada, the crossover worked",
    "grazie mille, the appeal was approved",
    "salamat po, the claim went thru finally",
    "cảm ơn chị, everything posted fine",
    "thank u!! the K0739 line paid",
    "thx so much, the fix worked and it cleared",
    "kamsahamnida, the batch was accepted this morning",
    "xie xie, resubmitted and it paid",
    "terima kasih, our PA came back approved",
    "todah, the reopening went through yesterday",
]
SUBMISSIONS_LOOKED_UP = [
    "did noridian get the ADR records we faxed this morning",
    "has CGS logged our redetermination from last week yet",
    "can you see if the QIC received the recon we mailed on Tuesday",
    "check whether medicare got the claim I sent today",
    "did the E1399 claim we submitted yesterday go through",
    "has the MAC processed the reopening we faxed on Monday",
    "find out if CGS got our fax from this morning",
    "is the packet we uploaded to the portal today logged yet",
    "did CERT receive the records we sent yesterday",
    "check if noridian logged the ADR response we mailed last week",
    "has palmetto gotten the coding request we sent on Friday",
    "did the clearinghouse accept the batch we sent this morning",
    "can you check whether the UPIC got the records we faxed today",
    "see if the plan received the auth request we faxed yesterday",
    "has JC picked up the appeal we submitted on Thursday",
    "did our redet for the hospital bed get logged by CGS yet",
]
CONTRACT_FORECASTS = [
    "who will win the oxygen contracts in the next bidding round",
    "which suppliers are going to win the CGM delivery contracts",
    "will our company win a contract in the next round",
    "who is gonna win the remote item delivery contracts",
    "which DME companies will be awarded the 2028 contracts",
    "will we get awarded a bidding contract for urological supplies",
    "is apria going to win the ostomy contracts",
    "who will land the insulin pump delivery contracts",
    "which bidders will be selected for the brace contracts",
    "who's expected to win the catheter contracts in 2028",
    "will the big national suppliers win most of the remote delivery contracts",
    "which companies are likely to win the next competitive bidding round",
    "who will get the contracts for CGMs and insulin pumps",
    "what will the fee schedule amount for E0143 be next year",
    "will medicare's 2028 single payment amounts be higher than the 2026 fees",
]

THANKS_BESIDE_A_QUESTION = [
    "thanks, the claim went through but the E1399 line denied CO-16. what now",
    "gracias, it paid but only at half the price list, is that right?",
    "merci - the redet was approved, do I need to do anything else?",
    "thx, it went through. how long until payment posts",
    "danke, accepted by the clearinghouse, does that mean timely filing is met",
    "spasibo, the claim paid. can I bill the patient the difference?",
    "thanks! the reopening worked, but can I fix the NTE the same way next time",
    "obrigado, the crossover worked - does medicaid pay the coinsurance",
    "thank you, the PA was approved. how long is it good for",
    "ty, the repair claim paid. do we need KX on the labor line",
    "grazie, approved! when does the rental convert to purchase",
    "salamat, it went through. which modifier for the next month's rental",
    "thank you so much - approved. does the ABN still need to be on file",
    "cheers, claim paid; what's the appeal deadline if the 2nd line denies",
    "thanks, it got accepted, but is the 80 character limit per line or per claim",
]
HOW_TO_CHECK = [
    "how do I check if CGS got our fax",
    "how can we confirm noridian received the ADR response we faxed",
    "where do I see whether the MAC logged our redetermination",
    "how long does CGS take to log an ADR response we faxed",
    "how do i know the QIC got our reconsideration packet",
    "we faxed the ADR response on day 44, is it late",
    "noridian received our claim at 6pm on the deadline day, is it timely",
    "did we need to send the invoice with the ADR response we faxed",
    "how do I find out if a claim went through on the portal",
    "what's the fastest way to see if medicare got the claim",
    "CERT got our records late, what happens now",
    "if the MAC never logged our ADR response can we appeal the denial",
    "does CGS send a confirmation when they receive a faxed ADR response",
    "how many days does noridian have to process a redetermination we mailed",
    "how do I check claim status with CGS",
]
WHAT_THE_PROGRAM_SAYS = [
    "what items are in the next competitive bidding round",
    "when do the remote item delivery contracts start",
    "do we have to win a contract to keep billing CGMs in 2028",
    "is competitive bidding in effect in 2026",
    "what happens to our CGM patients if we are not a contract supplier",
    "which product categories are in the remote item delivery program",
    "can a non-contract supplier bill for OTS knee braces in 2026",
    "what does the 2026 fee schedule say for E1399",
    "how is E1399 priced by the MAC",
    "does the capped rental drop to 75% after month 3",
    "when does the next quarterly HCPCS file come out",
    "will medicare pay for the E1399 seat if the narrative is complete",
    "will the claim be paid if the ABN is signed late",
    "are CGMs part of the next bidding round",
    "if we win a contract in the next round, do we still bill E1399 for misc items",
    "our redet is going to land a week past the 120 days, any way to still get it heard",
    "the claim will get to the MAC after the deadline, can we ask for good cause",
    "will power wheelchairs get bid again in the next round",
    "will K0001 get pulled into the 2028 bid program",
]


@pytest.mark.parametrize("message", THANKS_WITH_NEWS + SUBMISSIONS_LOOKED_UP + CONTRACT_FORECASTS)
@pytest.mark.sweep(n=3)
def test_thanks_live_look_ups_and_forecasts_are_declined(message: str) -> None:
    assert KB.ask(message).entry_id is None


@pytest.mark.parametrize(
    "question", THANKS_BESIDE_A_QUESTION + HOW_TO_CHECK + WHAT_THE_PROGRAM_SAYS
)
@pytest.mark.sweep(n=3)
def test_look_alikes_are_not_read_as_live_or_future(question: str) -> None:
    assert not LIVE(question, asks=bool(_ASKS.search(question)))


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("thanks, the claim went through but the E1399 line denied CO-16. what now",
      "denial-co16-n350"),
     ("ty, the repair claim paid. do we need KX on the labor line", "kx-modifier"),
     ("thanks, it got accepted, but is the 80 character limit per line or per claim",
      "narrative-80-characters"),
     ("how can we confirm noridian received the ADR response we faxed", "adr-how-to-send"),
     ("how do I find out if a claim went through on the portal", "claim-status"),
     ("how do i know the QIC got our reconsideration packet", "reconsideration"),
     ("noridian received our claim at 6pm on the deadline day, is it timely",
      "timely-filing-weekends"),
     ("do we have to win a contract to keep billing CGMs in 2028", "competitive-bidding-2026"),
     ("when do the remote item delivery contracts start", "competitive-bidding-2026"),
     ("are CGMs part of the next bidding round", "competitive-bidding-2026")],
)  # fmt: skip
def test_look_alikes_are_still_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id
