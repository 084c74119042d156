"""An ABN signed once the item was already delivered is no valid ABN: a question saying so gets
the after-delivery entry, not how to deliver an ABN or what GA means. Keeping the signed ABN,
handing it over at delivery, or another payer's ABN keep their own answers."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
SIGNED_LATE = "abn-after-delivery"


@pytest.mark.parametrize(
    "question",
    ["ABN signed 2 days after the patient picked up the cane, GA or GZ",
     "the driver left the chair and the ABN was signed an hour after drop off. fine?",
     "delivered friday, noticed monday there's no ABN. what now"],
)  # fmt: skip
def test_an_abn_signed_after_delivery_gets_the_late_abn_answer(question) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == SIGNED_LATE


@pytest.mark.parametrize(
    "question",
    ["ABN signed 4 hours after delivery, is it any good",
     "the patient signed the abn days after we delivered, can we bill her if it denies"],
)  # fmt: skip
def test_a_late_abn_is_answered_outright_not_as_a_guess(question) -> None:
    result = KB.ask(question)
    assert result.entry_id == SIGNED_LATE and not result.tentative


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("how long do we keep the signed ABN after delivery", "abn-delivery"),
     ("who keeps the original ABN after delivery, us or the pt", "abn-delivery"),
     ("can the driver give the pt the ABN at delivery", "abn-delivery"),
     ("we mailed the ABN days ago, before delivery. enough time for her to consider it?",
      "abn-delivery"),
     ("humana medicare advantage member signed an ABN after delivery, does an ABN even apply",
      "abn-medicare-advantage")],
)  # fmt: skip
def test_keeping_or_handing_over_an_abn_keeps_its_answer(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id
