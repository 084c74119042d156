"""Editing a claim: from the review, mid-intake or after the outcome, re-asking only what the
edit changes, and the outcome that ends the intake and what changed after an edit."""

from __future__ import annotations

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def test_editing_payer_from_review_reasks_only_what_depends_on_it(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("edit payer")
    assert chat.step == "payer_type"
    chat.say("commercial")
    reasked = []
    extra = {
        "payer_name": "Blue Plan",
        "doc_prior_authorization": "missing",
        "prior_authorization_number": "skip",
    }
    while chat.step is not None:
        reasked.append(chat.step)
        chat.answer(extra[chat.step])
    # No authorization in hand, so no authorization number is asked for.
    assert reasked == ["payer_name", "doc_prior_authorization"]
    assert chat.state == "reviewing"
    assert chat.answers["beneficiary_state"] is None  # no longer asked for a commercial plan
    assert "abn" not in chat.answers["documents"]
    assert chat.answers["unit_price"] == "1234.50"  # unrelated answers kept


def test_editing_the_price_goes_straight_back_to_review(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.pick("cmd:edit_menu")
    assert any(o.value == "edit:unit_price" for r in chat.last for o in r.options)
    chat.pick("edit:unit_price")
    chat.say("99.99")
    assert chat.state == "reviewing" and "$99.99" in chat.text


def test_editing_the_description_reruns_the_code_check(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("edit description")
    chat.say("custom bath lift")
    assert chat.step == "code_check"
    chat.pick("none")
    assert chat.state == "reviewing"


def test_edit_mid_intake_then_continues_with_unasked_steps(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
    chat.say("edit manufacturer")
    chat.say("Other Maker")
    assert chat.step == "quantity"


def test_unknown_field_to_edit_lists_the_fields(chat: Chat) -> None:
    chat.say("intake")
    chat.say("edit favourite colour")
    # Fields are listed in the biller's words, not as internal names.
    assert "don't know a field" in chat.text and "payer type" in chat.text
    assert "payer_type" not in chat.text


def test_done_intake_can_be_edited_and_reconfirmed(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.pick("cmd:confirm")
    chat.say("edit quantity")
    chat.say("2")
    assert chat.state == "reviewing"
    chat.say("confirm")
    assert chat.state == "done" and chat.answers["quantity"] == 2


def test_intake_ends_with_the_outcome_and_export(chat: Chat) -> None:
    chat.say("intake")
    # An item with no specific code, so the outcome bills E1399 with its narrative.
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": "pediatric floor sitter"})
    chat.say("confirm")
    outcome = chat.last[-1]
    assert outcome.kind == "outcome"
    narrative = "pediatric floor sitter, Acme Medical TB-200, PL $1,234.50"
    assert f"```\n{narrative}\n```" in outcome.text
    assert "Timely filing: 03/14/2027" in outcome.text
    chat.say("export")
    exported = chat.last[0]
    assert exported.kind == "export" and "```json" in exported.text
    assert '"narrative"' in exported.text and "**Documents**" in exported.text


def test_editing_after_the_outcome_says_what_changed(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("confirm")
    chat.say("edit acquisition")
    chat.say("rental")
    chat.say("2")  # which rental month: asked once the item is a rental
    chat.say("confirm")
    assert "What changed" in chat.text and "Modifiers: NU → RR" in chat.text
