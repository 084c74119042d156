"""What the PDAC is and does, asked in billers' words, gets the PDAC entry; a Medicare Advantage
plan's denial, however it is worded, gets the plan's own appeal route rather than the DME MAC's
redetermination (content/rules/knowledge.yaml `cued_topics`)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
PDAC = "pdac-role"
MA_APPEALS = "medicare-advantage-appeals"


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
        "which contractor holds the pdac contract these days",
        "is the pdac the same company as noridian",
        "is the PDAC part of CGS?",
        "what does PDAC stand for anyway",
        "what is the pdac's job compared to the dme mac",
        "can the pdac give us a price for our e1399 item",
        "will the pdac tell me whether medicare covers this item",
        "can i ask the pdac if my documentation is good enough",
        "pdac helpline closes at what time",
        "what number do i ring for the pdac",
        "what does the pdac actually do for a supplier",
        "things the pdac will not help with?",
        "pdac vs dme mac, who handles what",
        "does the pdac decide coverage",
        "can the PDAC tell me what my misc item will be paid",
        "sales rep told us the pdac set the medicare fee for their item at $900",
        "the rep says PDAC determined the allowable for their E1399 product",
    ],
)
def test_questions_about_the_pdac_get_the_pdac_entry(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == PDAC, (question, result.entry_id)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
        "medicare advantage plan denied our cushion, do we send a redetermination to the DME MAC",
        "Humana denied the misc item, which appeal do we file",
        "MA denial on an E1399 line - appeal to noridian or the plan?",
        "advantage plan turned down the claim, what's the appeal process",
        "wellcare denied the bath lift, how do we appeal it",
        "ma plan denial, is it a redet with CGS like normal",
        "how many days do we have to appeal a medicare advantage denial",
        "the MA plan denied it, can we file a redetermination",
        "appeal a humana gold plus denial - who gets it",
        "medicare advantage member's claim was denied, does it go to the QIC first",
        "MA plan said no to the shower chair, what is the first appeal level",
        "where does an appeal go when a medicare advantage plan denies dme",
        "appealing a denial from an advantage plan, same 120 days as medicare?",
        "ma member denial: reconsideration with the plan?",
        "our MA plan denial - do we use the Medicare redetermination form",
    ],
)
def test_a_medicare_advantage_denial_gets_the_plans_appeal_route(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == MA_APPEALS, (question, result.entry_id)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how does a manufacturer apply for a pdac coding verification", "coding-verification"),
        ("original medicare denied the e1399, how do we file a redetermination", "redetermination"),
        ("MA plan, do we need an ABN signed before delivery", "abn-medicare-advantage"),
        (
            "the MA plan denied it and we never gave the member a notice, can we bill her",
            "abn-medicare-advantage",
        ),
        (
            "we're out of network with the advantage plan, do we have appeal rights at all",
            "ma-waiver-of-liability",
        ),
    ],
)
def test_neighbouring_topics_keep_their_own_entries(question: str, expected: str) -> None:
    result = KB.ask(question)
    assert result.entry_id == expected, (question, result.entry_id)
