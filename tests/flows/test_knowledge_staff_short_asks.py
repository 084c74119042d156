"""Short questions billers and new staff type about a contractor, a review letter, an appeal's
timing or a plan's notice get the entry that answers them, not a decline."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="entry")
@pytest.mark.parametrize(
    ("question", "entry"),
    [("CEDI - what do the letters stand for?", "electronic-claims"),
     ("smrc sent a records letter, can we ask for extra time?", "smrc-requests"),
     ("the sixty percent rule on repairs, how does it work", "repair-or-replace-60-percent"),
     ("advantage plan mailed us a cms 10003, what does that mean", "abn-medicare-advantage"),
     ("can we slap GA on everything just to be safe", "ga-gz-modifiers"),
     ("when do CERT reminder letters go out, and the final due date?", "cert-review"),
     ("how many years from DOS do we keep delivery tickets before shredding",
      "record-retention"),
     ("redetermination came back upheld, what's the next step", "reconsideration"),
     ("is there a template for a noc narrative I can copy", "narrative-contents")],
)  # fmt: skip
def test_a_short_staff_question_gets_the_entry_that_answers_it(question: str, entry: str) -> None:
    answer = KB.ask(question)
    assert answer.answered and answer.entry_id == entry
