"""A message written in another language with Latin letters (Vietnamese sign-offs) is declined
like one in another script, while a billing question with an accented name or word is still
answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["cảm ơn anh Minh nhiều, hẹn gặp lại tuần sau",
     "chúc cả nhà cuối tuần vui vẻ",
     "xin lỗi, em gửi nhầm tin nhắn"],
)  # fmt: skip
def test_messages_in_vietnamese_are_declined(question: str) -> None:
    result = KB.ask(question)
    assert not result.answered
    assert result.answered_from is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [("does José's E1399 claim need the narrative in NTE02?", "nte02-narrative"),
     ("Renée asked: is an ABN needed for an E1399 item Medicare may deny?", "abn-when-required")],
)  # fmt: skip
def test_billing_questions_with_an_accented_word_are_answered(question: str, entry: str) -> None:
    assert KB.ask(question).entry_id == entry
