"""A question the ranking alone would decline is offered as "I think you mean" when the learned
wordings nearest it pick the ranking's entry, and plain BM25 does too or the wordings clearly
agree; scope declines still hold."""

from __future__ import annotations

import pytest

from flows.knowledge import KnowledgeBase
from flows.knowledge_learned import OUT_OF_SCOPE, LearnedPhrasing
from flows.knowledge_rules import ClaimContext
from tests.conftest import repository_content

KB = repository_content().knowledge
# The ranking declines it (a billing group, intake: words no topic owns), but its first entry
# is the narrative's contents, and plain BM25 reads it the same way.
QUESTION = (
    "I lead a small billing group. What should intake collect before someone builds a NOC line?"
)


def _learning(entry: str, wordings: list[str] | None = None) -> KnowledgeBase:
    """The shipped entries with learned wordings near the question, all labelled `entry`."""
    wordings = wordings or [
        "what should intake collect for a NOC line",
        "what do we gather before building a NOC line",
        "info to collect before someone builds the NOC line",
    ]
    learned = [LearnedPhrasing(q=q, entry=entry, source="test") for q in wordings]
    return KnowledgeBase(KB.entries, KB.tokenizer, KB.messages, KB.rules, KB.code_facts, learned,
                         ranker=KB.ranker)  # fmt: skip


def test_the_ranking_alone_declines_the_question() -> None:
    assert not KB.without_learning().ask(QUESTION).answered


def test_three_readings_agreeing_offer_the_entry_as_i_think_you_mean() -> None:
    result = _learning("narrative-contents").ask(QUESTION)
    assert result.answered and result.tentative
    assert result.entry_id == "narrative-contents"
    assert result.text.startswith("I think you mean")
    assert result.related and result.related[0].entry_id != "narrative-contents"


@pytest.mark.parametrize("label", [OUT_OF_SCOPE, "timely-filing"])
def test_learned_wordings_naming_something_else_leave_it_declined(label: str) -> None:
    assert not _learning(label).ask(QUESTION).answered


# Plain BM25 reads this as the CO-50 denial entry; billers' wordings near it all ask about GZ.
GZ_QUESTION = "GZ line came back CO-50. can we at least bill the pt for it?"
GZ_WORDINGS = ["GZ and CO-50, can the patient be billed", "can we bill the pt when the line had GZ",
               "patient liability on a GZ line"]  # fmt: skip


def test_billers_wordings_clearly_agreeing_with_the_ranking_offer_it_without_plain_bm25() -> None:
    assert KB.ranker.plain.top(GZ_QUESTION) != "ga-gz-modifiers"
    result = _learning("ga-gz-modifiers", GZ_WORDINGS).ask(GZ_QUESTION)
    assert result.answered and result.tentative and result.entry_id == "ga-gz-modifiers"
    assert not _learning(OUT_OF_SCOPE, GZ_WORDINGS).ask(GZ_QUESTION).answered


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["what is the process for taking bereavement days", "is jury duty leave paid here",
     "how many sick days do billers get a year", "1", "the",
     "anyone able to cover my phones 2-3? dentist appt", "how would I get a job at CGS"],
)  # fmt: skip
def test_team_leave_bare_numbers_and_stop_words_stay_declined(question: str) -> None:
    assert not KB.ask(question).answered


def test_a_patients_bereavement_is_billing_not_team_leave() -> None:
    result = KB.ask("do we bill a rental during the patient's bereavement period after death?")
    assert result.answered  # a billing topic, not refused as a question about the team's leave
    assert KB.ask("what is the process for taking bereavement leave").answered is False


@pytest.mark.parametrize(
    "question",
    ["does K0877 need prior auth with original medicare?", "K0886 prior authorization required?"],
)
def test_a_valid_hcpcs_code_no_entry_lists_still_gets_the_rules_answer(question: str) -> None:
    # The power wheelchair codes are in the CMS code table though no entry names them: codes
    # Medicare may pay, so no unknown code beside a rule (flows/knowledge_unknown_codes.py).
    result = KB.ask(question)
    assert result.answered
    assert result.entry_id in {"prior-auth-medicare", "prior-auth-list-codes"}


def test_a_cpt_code_beside_the_same_rule_is_still_declined() -> None:
    result = KB.ask("do we need prior auth for 99213 with original medicare?")
    assert not result.answered


# Held-out 20's own wordings left out, the ranking declines this Medicare claim's question with
# the ADR sending steps first; plain BM25 and the other sets' wordings read it as where ADR
# responses are mailed, the ranking's runner-up.
ADDRESS_QUESTION = "where do ADRs get mailed, we moved offices"


@pytest.mark.slow  # indexes the repository's thousands of learned wordings again
def test_plain_bm25_and_billers_wordings_agreeing_on_the_runner_up_offer_it() -> None:
    kb = KB.leaving_out("knowledge_heldout20.yaml")
    claim: ClaimContext = {"payer": "medicare"}
    assert KB.ranker.plain.top(ADDRESS_QUESTION) == "adr-address-pecos"
    result = kb.ask(ADDRESS_QUESTION, context=claim)
    assert result.answered and result.tentative and result.entry_id == "adr-address-pecos"
    assert result.related and result.related[0].entry_id == "adr-how-to-send"
    assert not kb.without_learning().ask(ADDRESS_QUESTION, context=claim).answered


@pytest.mark.slow  # indexes the repository's thousands of learned wordings again
def test_the_runner_up_is_not_offered_to_a_question_asking_no_rule_and_no_code() -> None:
    # Billers' wordings and plain BM25 agree on the runner-up, but the message only names an
    # item: no rule, no code asked.
    question = "lateral trunk supports for a w/c, incl the fixed mounting hardware"
    assert not KB.leaving_out("knowledge_heldout11.yaml").ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["original medicare patient in mississippi, is the PA allowed after the item is delivered",
     "new mexico medicare claim with no fee schedule amount and a $700 invoice, what will medicare "
     "pay",
     "georgia original medicare, no fee schedule for the item, what reasonable charge do they "
     "allow",
     "maryland pt with regular medicare, anything needed up front for an individual consideration "
     "item"],
)  # fmt: skip
def test_a_medicare_question_naming_a_state_is_not_given_that_states_medicaid_entry(question):
    # Billers' wordings near it ask about the state's Medicaid program, differing in the payer.
    result = KB.ask(question)
    assert not (result.answered and result.entry_id and "medicaid" in result.entry_id)


@pytest.mark.parametrize(
    "question",
    ["medicare denied it, the notice is dated 12/1/2026, where do we send the appeal and by when",
     "medicare denied the claim, notice dated 8/20/2026. where to appeal and by when"],
)  # fmt: skip
def test_an_original_medicare_denial_is_not_given_the_medicare_advantage_appeals(question):
    result = KB.ask(question)
    assert result.entry_id != "medicare-advantage-appeals"
    assert KB.ask(question, context={"payer": "medicare"}).entry_id != "medicare-advantage-appeals"


@pytest.mark.parametrize(
    "question",
    ["most reliable way to get an ADR response to the contractor on time",
     "which is the most reliable way to send a redetermination to the dme mac"],
)  # fmt: skip
def test_the_most_reliable_way_to_bill_is_not_declined_as_a_product_question(question) -> None:
    assert KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["which company makes the most reliable oxygen concentrator",
     "most reliable brand of power scooter for a bariatric pt"],
)  # fmt: skip
def test_a_products_reliability_is_declined(question: str) -> None:
    assert not KB.ask(question).answered
