"""A same or similar result already in hand (nothing on file, or the old item's useful lifetime
over), asked as whether an ABN or delivery follows, gets the decision before delivery, not how
to run the check; where to look, how far back it reaches, another state's item and a denial
already received keep their own answers."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["s/s shows a chair but its RUL ran out last year. abn?",
     "nothing on file in s/s for this pt. ABN or not?",
     "S/S: nothing on file. safe to deliver without ABN?"],
)  # fmt: skip
def test_a_same_or_similar_result_asks_what_to_do_next(question) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "same-or-similar-decision"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("how many years back does the same or similar lookback go", "same-or-similar-check"),
     ("where in myCGS do I run same or similar", "same-or-similar-check"),
     ("how do i check same or similar in the portal", "same-or-similar-check"),
     ("the s/s check shows a bed from another state, does it count",
      "same-or-similar-other-jurisdictions"),
     ("same or similar shows a walker but it's past its useful lifetime. ABN?",
      "same-or-similar-decision")],
)  # fmt: skip
def test_running_the_check_or_another_state_keeps_its_answer(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id
