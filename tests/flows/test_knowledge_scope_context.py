"""Scope words read in their context: a draft pasted to be checked, a hyphenated word opening
the message, the beneficiary's workplace and office words in their billing sense are billing
questions; asking for a draft written, an action opening the message, the team's own day at
work and its chat channels stay declined."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(
    ("question", "entry_id"),
    [# "draft" naming the quoted text after it: the draft is to be checked
     ("draft NTE for review: 'ARMREST PAD, MFR ACME MDL AR2, PL $84.00' anything missing?",
      "narrative-contents"),
     ('draft narrative: "BATH LIFT SEAT CUSHION, MEDLINE MDL BL-3, PL $150" is that under 80 '
      "characters?", "narrative-80-characters"),
     # a hyphenated word opening the message is no action ("post", "mail")
     ("post-pay ADR and our office lost power for a week, will the contractor accept it late?",
      "adr-deadlines"),
     ("mail-order shipment left our warehouse 4/2 and the pt signed on 4/5. which DOS do we use?",
      "date-of-service"),
     # "at work" after an injury or the item's use is the beneficiary's workplace
     ("patient was injured at work and workers comp paid first on the wheelchair, what goes in "
      "SBR05?", "msp-billing"),
     ("the pt only uses the walker at work, never at home. does medicare cover it?",
      "gy-modifier"),
     # office words in their billing sense
     ("what submission channels does CGS take for an ADR response?", "adr-how-to-send"),
     ("new CBP contract prices in 2028, when do they start?", "competitive-bidding-2026")],
)  # fmt: skip
def test_scope_words_beside_billing_context_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["draft a letter to the doctor: 'please send updated chart notes by friday'",
     "draft this for me: 'Hi Dr. Lee, we still need the signed order'",
     'draft my out of office message: "back monday"',
     "draft the appeal letter for the aetna denial and fax it over",
     "e-mail the signed SWO to the doctor's office",
     "re-submit the claim for me",
     "who is at work today",
     "pls add me to the claims submission channel",
     "what's our contract price with the cushion vendor",
     "I hurt my back at work yesterday, do I tell HR or my manager first?"],
)  # fmt: skip
def test_requests_and_the_teams_day_stay_declined(question: str) -> None:
    assert not KB.ask(question).answered
