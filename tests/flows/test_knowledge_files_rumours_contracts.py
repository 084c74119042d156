"""Messages no entry can answer are declined: where one of the team saved a file, a request to
log into a portal and look at a claim, remark codes typed alone, a guess at a later calendar
year's amount, a rumoured change (or one heard of for a later year), what a later form will look
like, a later bidding round's codes, one plan's contract rate or allowable, the team's point
person and whether a patient's labs are bad enough to qualify. Questions worded like them that
ask a rule the entries hold are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["where did Tomas save the updated narrative template?",
     "where did Priya put the ABN binder",
     "can you log into the Noridian portal and see if the walker claim we sent Tuesday paid",
     "can u sign into myCGS and tell me if the batch posted",
     "N350 N265 MA13",
     "M51 N657",
     "guess for me what the CY2027 oxygen monthly allowable will be",
     "what will the FY2028 fee schedule amount for E0260 be",
     "is CMS planning to retire the GZ modifier? heard a rumor at a conference",
     "which codes will be in the 2029 competitive bidding round?",
     "what does Humana's contract with us pay for E1399 as a percent of billed?",
     "Luis made a template for PA requests, where can I find it",
     "which template did Marcus make for the NTE narrative",
     "hop on the portal and check the PA status for me",
     "can you go into the portal and resubmit the E1399 claim",
     "remark codes N350, MA130, M51",
     "N350 MA130 M51 ??",
     "guess the 2027 prior auth list",
     "someone said noridian is going to stop accepting paper ADR responses",
     "is it true medicare is dropping the KX modifier",
     "what's UHC's contract rate for E1399",
     "what's the BCBS allowable on e1399",
     "Humana MA rate for E1399",
     "heard at a webinar that medicare is putting E1399 on the required PA list in 2028?",
     "rumor: noridian dropping paper ADR responses in 2027, true?",
     "what will the new ABN look like once CMS replaces it in 2029",
     "who is our point person for CGS prior auth now",
     "aetna medicare advantage allowable for E1399?",
     "pt's A1c is 10, is that high enough for the diabetic shoes"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_files_portals_bare_remarks_guesses_and_contracts_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    "question",
    ["CO-16 N350 on an E1399 line, what do I fix?",
     "N350 on our E1399 line, what does it mean?",
     "is the GZ modifier still used for items expected to be denied?",
     "how is E1399 priced by Medicare",
     "where do I put the narrative for E1399 on an 837P",
     "Tech wrote 5/12 on the delivery ticket and pt wrote 5/13 beside her signature. which DOS",
     "how do i get into the noridian portal",
     "heard CMS was going to get rid of E1399, did that happen?",
     "is it true RA goes on every replacement",
     "e1399 allowable amount",
     "our contract w the primary says their allowed is payment in full. bill medicare secondary?",
     "heard the PA list got bigger in April, is E1399 on it?",
     "aetna medicare advantage member: do I still send E1399 to Noridian?"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_rules_worded_like_them_are_answered(question: str) -> None:
    assert KB.ask(question).entry_id is not None
