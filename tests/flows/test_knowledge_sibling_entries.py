"""A question naming what only the narrower entry is about gets that entry, and one asking the
general point keeps the general entry: the hour a claim went out on its last day (the 5 p.m.
cut-off) beside the 12-month limit, and a redetermination asked for after its window beside the
redetermination itself."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entry"),
    [("our batch went out at 6:05pm ET on the very last day of the 12 months, does it still "
      "count?", "timely-filing-weekends"),
     ("the 837 timestamp says 17:45 eastern on the deadline day. filed in time?",
      "timely-filing-weekends"),
     ("our redetermination deadline has passed by ten days, is there any way to still file?",
      "late-appeal-good-cause"),
     ("the redet window ran out last month, what now", "late-appeal-good-cause"),
     ("how long do we have to request a redetermination?", "redetermination")],
)  # fmt: skip
def test_the_narrower_entry_answers_only_what_it_is_about(question: str, entry: str) -> None:
    assert KB.ask(question).entry_id == entry


def test_a_phone_lines_hours_in_eastern_time_are_not_the_filing_cut_off() -> None:
    result = KB.ask("what time does the noridian phone line open, eastern time?")
    assert result.entry_id != "timely-filing-weekends"
