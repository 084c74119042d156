"""Verse, songs and stories asked for on any topic, a code or rule a payer will end in a later
year, the exact day a later year will bring something, and X12 transaction names listed alone
are declined: no entry answers them. Billing questions worded like them (writing a claim's
narrative, when a rental ends, a deadline's exact date, whether E1399 is going away) are read."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["write me a ballad about ADR denials",
     "lyrics for a jingle about the KX modifier",
     "can you write a song for the team about prior auth",
     "pen an ode to the CMS-1500",
     "tell me a story about a lost CMN",
     "give me a short story about timely filing",
     "a bedtime story about E1399 please",
     "will medicare sunset the GZ modifier in 2029",
     "is noridian going to terminate paper appeals in 2028",
     "will they end the KX requirement in 2031",
     "what exact date will CMS publish the 2027 fee schedule",
     "which day exactly will the 2029 HCPCS file come out",
     "835 837 270 271",
     "999 TA1"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_verse_later_endings_exact_days_and_file_names_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("what goes in the NTE narrative for a custom cushion", "narrative-contents"),
     ("how do I write the E1399 description", "narrative-contents"),
     ("story of the ADR: we sent it late, can we still appeal", "denial-late-adr"),
     # a rental running out in a later year, not a rule a payer ends
     ("will the 13 month rental end in 2027 for a pt who started in 2026", "new-rental-period"),
     ("does the rental end after 13 months", "capped-rental"),
     ("is E1399 ending up as a denial if no invoice", "invoice-requirement"),
     ("is E1399 going away", "e1399-replacement-proposal"),
     # the season the facts give, and a deadline's day the rules set
     ("when will CMS announce the 2028 bid winners", "competitive-bidding-2026"),
     ("exact date timely filing ends for a DOS of 3/5/2026", "timely-filing"),
     ("what's the exact date the redetermination is due if the notice is dated 3/2/2026",
      "redetermination")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_worded_like_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id
