"""A date of service typed in a filing-deadline question settles which answer fits: a last day on
a weekend or federal holiday gets the entry on such days, with the day counted."""

from __future__ import annotations

import shutil

import pytest

from flows.content import ContentError, default_content_dir
from flows.knowledge import KnowledgeBase
from flows.knowledge_dates import typed_date
from flows.messages import Messages
from flows.text import Tokenizer
from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "said"),
    [("dos 11/14/2026, when is the last day to file this with medicare",
      "the last day from 11/14/2026 is 11/14/2027, a Sunday"),
     ("date of service 9/6/25. filing deadline?",
      "the last day from 09/06/2025 is 09/06/2026, a Sunday")],
)  # fmt: skip
def test_a_deadline_on_a_weekend_gets_the_weekend_answer_with_the_day_counted(question, said):
    result = KB.ask(question)
    assert result.entry_id == "timely-filing-weekends"
    assert said in result.text


def test_a_deadline_on_a_workday_gets_the_general_filing_limit() -> None:
    result = KB.ask("dos 11/16/2026, when is the last day to file this with medicare")
    assert result.entry_id == "timely-filing"
    assert "Counted strictly" not in result.text


@pytest.mark.parametrize(
    "question", ["dos 3/4 last day to file", "dos 2/30/2026 deadline", "dos 1/2/26 or 1/9/26"]
)
def test_no_year_an_impossible_date_or_two_dates_settle_nothing(question: str) -> None:
    assert typed_date(question) is None


def test_a_dated_deadline_naming_an_unknown_entry_is_a_content_error(tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(default_content_dir(), content)
    rules = content / "rules" / "knowledge.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text.replace("on_day_off: timely-filing-weekends", "on_day_off: nope"))
    with pytest.raises(ContentError, match="unknown entry 'nope'"):
        KnowledgeBase.load(content, Messages.load(content), Tokenizer.load(content))
