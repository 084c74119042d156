"""Prior authorization on a commercial claim: the plan sets its own list (facts F9.4, F12.5), so
the checklist says "required" only where the plan's rule for the line is known (a plan threshold
on file, or the rule as the biller quotes it) and otherwise says to check the plan's list. A plan
claim denied with the authorization unknown gets one step in order: whether an approval exists,
then the plan's appeal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content

CLAIM = Path(__file__).parent.parent / "fixtures" / "claims" / "medicare_denied_not_necessary.json"
BUILDER = repository_content().outcome
TODAY = dt.date(2026, 3, 1)  # before the 03/14/2026 delivery


def make_claim(payer: str = "commercial", plan: str | None = "Great Plains Health",
               price: str = "1340.00", description: str = "powered bath lift",
               status: str = "not_submitted", **claim: object) -> Claim:  # fmt: skip
    base = Claim.model_validate_json(CLAIM.read_text())
    return base.model_copy(update={
        "payer": base.payer.model_copy(update={"type": payer, "name": plan, "state": "MI"}),
        "item": base.item.model_copy(update={"unit_price": Decimal(price),
                                             "description": description}),
        "documents": base.documents.model_copy(update={"prior_authorization": "unknown"}),
        "claim": base.claim.model_copy(update={"status": status, **claim}),
    })  # fmt: skip


def authorization(outcome: Outcome) -> tuple[bool, str]:
    (item,) = [c for c in outcome.checklist if c.id == "prior_authorization"]
    return item.required, item.why


@pytest.mark.sweep(n=3, by="required")
@pytest.mark.parametrize(
    ("plan", "price", "description", "required", "why"),
    [
        ("Priority Health", "1340.00", "powered bath lift", True, "over $1,000"),
        ("Priority Health", "840.00", "powered bath lift", False, "under the amount"),
        ("Great Plains Health", "1340.00", "powered bath lift", False, "check the plan's list"),
        (None, "5400.00", "powered bath lift", False, "check the plan's list"),
        ("Great Plains Health", "640.00", "our PPO requires PA for DME over $500. bath lift",
         True, "as quoted"),
        ("Great Plains Health", "440.00", "our PPO requires PA for DME over $500. bath lift",
         False, "under the amount"),
        ("Great Plains Health", "90.00", "plan wants auth on every unlisted DME line. grab bar",
         True, "as quoted"),
        ("Great Plains Health", "1340.00", "no PA required for this plan. bath lift",
         False, "check the plan's list"),
        ("Great Plains Health", "3200.00", "wearable defibrillator vest, plan needs PA (we called)",
         True, "for this item"),
        ("Great Plains Health", "3200.00", "wearable defibrillator vest, plan does not need PA",
         False, "check the plan's list"),
        ("Great Plains Health", "3200.00", "defibrillator vest, plan no longer needs PA for it",
         False, "check the plan's list"),
    ],
)  # fmt: skip
def test_a_commercial_line_needs_prior_authorization_only_where_the_plans_rule_is_known(
    plan: str | None, price: str, description: str, required: bool, why: str
) -> None:
    outcome = BUILDER.build(make_claim(plan=plan, price=price, description=description), TODAY)
    said_required, said_why = authorization(outcome)
    assert said_required is required and why in said_why
    assert ("prior_authorization" in outcome.missing) is required


def test_an_unknown_plans_rule_becomes_a_step_to_check_its_list_before_delivery() -> None:
    outcome = BUILDER.build(make_claim(), TODAY)
    (step,) = [f for f in outcome.follow_up if f.id == "prior_authorization"]
    assert "check the plan's list" in step.action and step.when == TODAY


def test_priority_healths_medicaid_plan_counts_from_500() -> None:
    over = BUILDER.build(make_claim("medicaid", "Priority Health Medicaid", "620.00"), TODAY)
    under = BUILDER.build(make_claim("medicaid", "Priority Health Medicaid", "420.00"), TODAY)
    assert authorization(over)[0] and not authorization(under)[0]


@pytest.mark.parametrize(
    ("payer", "appeal"),
    [("medicare_advantage", "Appeal to the Medicare Advantage plan"),
     ("medicaid", "state Medicaid program's appeal")],
)  # fmt: skip
def test_a_plan_denial_with_the_authorization_unknown_gets_one_step_in_order(
    payer: str, appeal: str
) -> None:
    claim = make_claim(payer, "Great Plains Health", description="standing frame, mobile",
                       status="denied", determination_date=dt.date(2026, 4, 10),
                       denial_codes=["CO-50"])  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 4, 20))
    assert [f.id for f in outcome.follow_up] == ["plan_appeal"]
    (step,) = outcome.follow_up
    first, _, then = step.action.partition("Then:")
    assert "whether one was approved before delivery" in first and appeal in then
    assert step.when is not None


@pytest.mark.parametrize(("plan", "required"), [("Priority Health", True), ("Acme Health", False)])
def test_the_intake_outcome_reads_the_same_plan_rule(chat: Chat, plan: str, required: bool) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "payer_type": "commercial", "payer_name": plan,
               "doc_prior_authorization": "missing"}  # $1,234.50 a purchase, delivered  # fmt: skip
    answer_until(chat, answers)
    chat.say("confirm")
    assert chat.state == "done"
    assert ("Prior authorization approval (required): MISSING" in chat.text) is required
    assert ("check the plan's list" in chat.text) is not required


def test_the_intake_says_once_what_to_do_after_delivery_under_a_known_rule(chat: Chat) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "payer_type": "commercial", "payer_name": "Priority Health",
               "doc_prior_authorization": "unknown"}  # $1,234.50 a purchase, delivered  # fmt: skip
    answer_until(chat, answers)
    chat.say("confirm")
    assert chat.state == "done"
    assert "Prior authorization approval (required)" in chat.text
    assert "has gone out" in chat.text and "request it before delivery" not in chat.text
    assert "check the plan's list" not in chat.text


def test_the_payers_word_typed_after_the_item_is_kept_and_stands_in_the_intake(
    chat: Chat,
) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "payer_type": "medicaid", "payer_name": "Michigan Medicaid",
               "item_description": "powered bath lift, PA not required per plan rep, ref 12345",
               "doc_prior_authorization": "missing"}  # fmt: skip
    answer_until(chat, answers)
    assert chat.answers["item_description"].endswith("ref 12345")
    chat.say("confirm")
    assert "Prior authorization approval: not needed" in chat.text
    assert "told you no prior authorization is needed (reference 12345)" in chat.text
    narrative = chat.text.split("```")[1]
    assert "powered bath lift" in narrative and "12345" not in narrative


@pytest.mark.parametrize(("price", "required"), [("$400.00", False), ("$900.00", True)])
def test_a_medicare_advantage_rule_typed_with_the_item_is_read_in_the_intake(
    chat: Chat, price: str, required: bool
) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "payer_type": "medicare advantage",
               "payer_name": "Humana Gold Plus", "unit_price": price,
               "item_description": "bath lift, Humana says auth needed over $500",
               "doc_prior_authorization": "missing"}  # fmt: skip
    answer_until(chat, answers)
    assert chat.answers["item_description"] == "bath lift, Humana says auth needed over $500"
    chat.say("confirm")
    assert ("Prior authorization approval (required): MISSING" in chat.text) is required
    assert ("went out without the plan's prior authorization" in chat.text) is required
    assert "auth needed" not in chat.text.split("```")[1]
