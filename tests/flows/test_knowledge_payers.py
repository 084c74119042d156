"""The claim's payer and state, and the payer, state or contractor a question names, pick the
answer for that payer, state or contractor."""

from __future__ import annotations

import shutil

import pytest

from flows.content import ContentError, default_content_dir
from flows.knowledge import KnowledgeBase
from flows.messages import Messages
from flows.text import Tokenizer
from tests.conftest import Chat, repository_content

CONTENT = default_content_dir()
KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question", ["which dme mac covers ohio and texas", "dme mac for georgia and oregon"]
)
def test_states_in_two_jurisdictions_get_the_entry_listing_every_jurisdiction(question) -> None:
    assert KB.ask(question).entry_id == "dme-mac-jurisdictions"


def test_one_contractors_entry_answers_only_a_question_naming_that_contractor() -> None:
    assert KB.ask("which modifiers can a telephone reopening change").entry_id != "reopening-cgs"
    assert KB.ask("telephone reopening at cgs").entry_id == "reopening-cgs"


def test_a_medicaid_question_naming_a_state_gets_medicaid_pricing_not_the_states_mac() -> None:
    assert KB.ask("ohio medicaid pricing for e1399").entry_id == "medicaid-pricing"


def test_a_state_named_with_medicare_is_not_answered_by_that_states_medicaid_entry() -> None:
    result = KB.ask("North Carolina Medicare DME, who?")
    assert result.entry_id != "nc-medicaid-invoice"
    assert KB.ask("NC medicaid invoice for e1399").entry_id == "nc-medicaid-invoice"


@pytest.mark.parametrize(
    ("payer", "entry_id"),
    [("commercial", "prior-auth-commercial"), ("medicaid", "prior-auth-medicaid"),
     ("medicare_advantage", "prior-auth-medicare-advantage"), ("medicare", "prior-auth-medicare"),
     (None, "prior-auth-medicare")],
)  # fmt: skip
def test_the_claims_payer_picks_the_prior_authorization_answer(payer, entry_id) -> None:
    assert KB.ask("do I need prior auth?", context={"payer": payer}).entry_id == entry_id


def test_in_a_commercial_intake_prior_auth_gets_the_commercial_answer(chat: Chat) -> None:
    chat.say("intake")
    chat.say("commercial")
    chat.say("do I need prior auth?")
    assert "*Prior authorization with commercial plans*" in chat.text


@pytest.mark.parametrize(
    ("question", "payer", "entry_id"),
    [("how do I appeal this denial", "medicare_advantage", "medicare-advantage-appeals"),
     ("how do I appeal this denial", "commercial", "other-payer-appeals"),
     ("how many days do I have to appeal", "medicaid", "other-payer-appeals"),
     ("do they price it from the invoice", "medicaid", "medicaid-pricing"),
     ("is prior authorization needed for this item", "medicaid", "prior-auth-medicaid"),
     ("what is the timely filing limit", "medicaid", "medicaid-timely-filing"),
     ("what is the timely filing limit", "commercial", "commercial-timely-filing"),
     ("what is the timely filing limit", "medicare", "timely-filing"),
     ("is an lmn enough", "commercial", "lmn-medicaid-commercial"),
     ("do they need the invoice", "commercial", "commercial-invoice"),
     ("do i need an abn here", "commercial", "abn-medicare-advantage")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="payer")
def test_the_claims_payer_picks_that_payers_answer(question, payer, entry_id) -> None:
    assert KB.ask(question, context={"payer": payer}).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("MA plan denied as not medically necessary, what's next", "medicare-advantage-appeals"),
     ("commercial plan denied for medical necessity, how to appeal", "other-payer-appeals"),
     ("is the 120 day redetermination deadline the same for MA", "medicare-advantage-appeals")],
)  # fmt: skip
def test_another_payers_medical_necessity_denial_is_appealed_to_that_payer(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


def test_on_a_commercial_claim_what_is_different_about_this_payer_gets_the_plans_entry():
    result = KB.ask("is billing e1399 any different for this payer", {"payer": "commercial"})
    assert result.entry_id == "commercial-billing"


def test_plain_bm25_picking_another_payers_entry_on_the_topic_does_not_sink_the_claims_answer():
    # Plain BM25 cannot see the claim: "the 12 month rule" reads as Medicare's filing limit.
    result = KB.ask("is the 12 month filing rule the same for this claim", {"payer": "commercial"})
    assert result.answered and result.entry_id == "commercial-timely-filing"


def test_a_payer_named_in_the_question_beats_original_medicare() -> None:
    result = KB.ask("ma plan patient, is there prior auth on dme even though medicare has none")
    assert result.entry_id == "prior-auth-medicare-advantage"


@pytest.mark.parametrize(
    ("written", "mistyped", "rule", "unknown"),
    [("[prior-auth-commercial]", "[prior-auth-comercial]", "payer_topics 'prior authorization'",
      "prior-auth-comercial"),
     ("entry: redetermination", "entry: redetermnation", "appeal_steps", "redetermnation"),
     ("[modifier-corrections, reopening]", "[modifier-corections, reopening]", "cued_topics",
      "modifier-corections")],
)  # fmt: skip
def test_a_ranking_rule_naming_an_unknown_entry_is_a_content_error(
    tmp_path, written, mistyped, rule, unknown
) -> None:
    shutil.copytree(CONTENT, tmp_path / "content")
    rules = tmp_path / "content" / "rules" / "knowledge.yaml"
    rules.write_text(rules.read_text().replace(written, mistyped))
    with pytest.raises(ContentError, match=f"{rule} names unknown entry '{unknown}'"):
        KnowledgeBase.load(tmp_path / "content", Messages.load(CONTENT), Tokenizer.load(CONTENT))


@pytest.mark.parametrize(
    ("state", "entry_id"), [("MT", "montana-medicaid-dme"), ("NM", "new-mexico-medicaid-pricing")]
)
def test_a_medicaid_claims_state_picks_that_states_entry_not_another_states(state, entry_id):
    context = {"payer": "medicaid", "state": state}
    assert KB.ask("how will they price a no-fee-schedule item", context).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("what is a DME MAC?", "which-dme-mac"), ("jurisdiction b states", "dme-mac-jb")],
)  # fmt: skip
def test_a_question_naming_no_state_gets_one_jurisdiction_only_by_its_name(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("e1399 pricing = cost + x%?", "medicare-pricing-e1399"),
     ("humana denied it, do i send the redetermination to the dme mac",
      "medicare-advantage-appeals")],
)  # fmt: skip
def test_a_question_naming_no_payer_gets_medicare_and_a_carrier_names_its_plan_type(
    question, entry_id
) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_two_of_one_payers_entries_on_a_topic_are_two_answers_not_one() -> None:
    payers = KB.ranker.payers
    # Plain BM25 picking the plan's appeal entry agrees on the topic with Medicare's ...
    assert payers.same_topic("redetermination", "medicare-advantage-appeals")
    # ... but picking another Medicare appeal entry reads the question differently.
    assert not payers.same_topic("amount-in-controversy", "appeal-levels")


@pytest.mark.parametrize(
    "question",
    ["the medicaid plan took its money back after the member's medicare was made retroactive, "
     "are we still in time to bill medicare",
     "humana disenrolled the member retroactively and recouped the rental, how long do we have "
     "to bill original medicare",
     "can we bill original medicare after a retro MA disenrollment?"],
)  # fmt: skip
def test_a_question_billing_medicare_after_another_payer_recoups_gets_medicares_exceptions(
    question,
) -> None:
    assert KB.ask(question).entry_id == "timely-filing-exceptions"


@pytest.mark.parametrize(
    ("question", "answer"),
    [("patient is on a Humana MA plan, do we bill medicare for prior auth on E1399?",
      "prior-auth-medicare-advantage"),
     ("MA patient, do we bill medicare with the GA modifier?", "abn-medicare-advantage"),
     ("Aetna medicare advantage member, can we bill medicare for the ABN denial?",
      "abn-medicare-advantage")],
)  # fmt: skip
def test_billing_medicare_for_a_medicare_advantage_patient_gets_the_plans_answer(
    question, answer
) -> None:
    # "do we bill medicare" is how billers say "send the claim in": the plan's rules apply.
    result = KB.ask(question)
    assert result.answered and result.entry_id == answer


def test_a_medicare_advantage_patient_billing_medicare_keeps_the_plans_billing_topic() -> None:
    result = KB.ask("patient has a Humana MA plan, can we bill medicare for the E1399?")
    shown = [result.entry_id] if result.answered else [t.entry_id for t in result.related]
    assert "medicare-advantage-billing" in shown


@pytest.mark.parametrize(
    "question",
    ["medicare advantage patient in texas, which dme mac gets the e1399 claim",
     "humana member in puerto rico: is the claim billed to the dme mac for the territory"],
)  # fmt: skip
def test_which_dme_mac_on_a_medicare_advantage_claim_gets_bill_the_plan(question) -> None:
    assert KB.ask(question).entry_id == "medicare-advantage-billing"


@pytest.mark.parametrize("payer", ["commercial", "medicaid", None])
def test_which_dme_mac_on_any_other_claim_still_names_the_states_dme_mac(payer) -> None:
    # a dual-eligible patient's claim goes to the DME MAC first
    assert KB.ask("which dme mac covers ohio", context={"payer": payer}).entry_id == "dme-mac-jb"


@pytest.mark.parametrize(
    ("question", "context", "entry_id"),
    [("this one is not medicaid, it is straight medicare: is prior authorization needed", None,
      "prior-auth-medicare"),
     ("is prior auth needed? the patient is no longer on a humana plan", {"payer": "commercial"},
      "prior-auth-commercial")],
)  # fmt: skip
def test_a_payer_the_question_says_it_is_not_about_does_not_pick_the_answer(
    question, context, entry_id
) -> None:
    assert KB.ask(question, context=context).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["PRIOR AUTH ON A MISC E1399 ITEM FOR OUR HUMANA MA MEMBER IN ROCKFORD IL?",
     "IS PRIOR AUTH NEEDED FOR THE E1399 FOR A HUMANA MA PATIENT IN DECATUR IL"],
)  # fmt: skip
def test_a_medicare_advantage_plan_named_on_its_claim_gets_the_plans_prior_auth_answer(question):
    # Plain BM25 reads no "MA" and picks Original Medicare's entry: the topic still agrees.
    result = KB.ask(question, {"payer": "medicare_advantage", "state": "IL"})
    assert result.entry_id == "prior-auth-medicare-advantage"


def test_an_original_medicare_prior_auth_question_keeps_medicares_answer() -> None:
    question = "do we need prior auth for the e1399 for a medicare patient in decatur il"
    result = KB.ask(question, {"payer": "medicare", "state": "IL"})
    assert result.entry_id == "prior-auth-medicare" and not result.tentative


@pytest.mark.parametrize(
    ("question", "payer", "entry_id"),
    [("priority health commercial member, $1,300 misc purchase, is auth needed", "commercial",
      "priority-health-noc"),
     ("priority health commercial, auth over what amount for dme", None, "priority-health-noc"),
     ("priority health medicaid member, $600 misc item, auth?", "medicaid",
      "prior-auth-commercial"),
     ("commercial member, $1,300 misc purchase, is auth needed", "commercial",
      "prior-auth-commercial"),
     ("priority health commercial: timely filing limit?", "commercial",
      "commercial-timely-filing")],
)  # fmt: skip
def test_a_plan_named_with_its_own_entry_answers_in_place_of_its_payer_types_entry(
    question, payer, entry_id
) -> None:
    assert KB.ask(question, {"payer": payer}).entry_id == entry_id


@pytest.mark.parametrize(
    ("written", "mistyped", "error"),
    [("  priority-health-noc:\n    plan:", "  priority-health-nc:\n    plan:",
      "plan_topics names unknown entry 'priority-health-nc'"),
     ("topics: [prior authorization, pricing, billing]", "topics: [prior auth, pricing, billing]",
      "plan_topics 'priority-health-noc' names topic 'prior auth'")],
)  # fmt: skip
def test_a_plan_topic_naming_an_unknown_entry_or_topic_is_a_content_error(
    tmp_path, written, mistyped, error
) -> None:
    shutil.copytree(CONTENT, tmp_path / "content")
    rules = tmp_path / "content" / "rules" / "knowledge.yaml"
    assert written in rules.read_text()
    rules.write_text(rules.read_text().replace(written, mistyped))
    with pytest.raises(ContentError, match=error):
        KnowledgeBase.load(tmp_path / "content", Messages.load(CONTENT), Tokenizer.load(CONTENT))


def test_a_plans_medicare_advantage_members_threshold_is_answered_not_declined() -> None:
    result = KB.ask("priority health medicare advantage member, auth threshold for misc dme?")
    assert result.entry_id in ("prior-auth-commercial", "priority-health-noc")
