"""A question naming who ordered an item gets the ordering rule, not the item's code; several
remark codes pasted together are each answered; a case's amounts, dates and doctor's name do
not sink a question the knowledge base answers without them."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["chiropractor ordered a back brace, medicare?",
     "chiro ordered a knee scooter - covered?",
     "what code for a walker a chiropractor ordered"],
)  # fmt: skip
def test_an_item_a_chiropractor_ordered_gets_the_ordering_rule(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "who-can-order", (question, result.title)
    assert "Chiropractors may not order" in result.text


def test_each_pasted_remark_code_is_answered() -> None:
    result = KB.ask("MA130 M51 N350 N264 what do i fix")
    assert result.answered
    shown = [result.entry_id, *result.parts]
    assert {"denial-ma130", "denial-co16-n350", "ordering-practitioner-rejection"} <= set(shown)
    assert "PECOS" in result.text and "NOC description" in result.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [("PL amount $1,250.00 for item on 2026-01-15 what's the narrative limit",
      "narrative-80-characters"),
     ("how long is the break in need before new rental period", "break-in-need"),
     ("Dr. Patel ordered the item, is his PECOS enough", "ordering-practitioner-rejection")],
)  # fmt: skip
def test_case_details_do_not_sink_a_plain_question(question: str, entry: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry, (question, result.entry_id)


def test_one_doctor_looked_up_in_pecos_is_still_the_registrys() -> None:
    assert not KB.ask("is Dr Patel in PECOS").answered
