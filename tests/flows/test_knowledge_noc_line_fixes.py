"""A processed NOC line whose narrative or price was wrong is not fixed by a reopening: Noridian
sends NOC and narrative lines to redetermination (F10.9). A modifier to fix keeps its own rule."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["can we call for a reopening on a NOC narrative error that was processed and paid wrong",
     "narrative had the wrong price on a paid e1399 line, reopen?"],
)  # fmt: skip
def test_a_narrative_error_on_a_processed_noc_line_goes_to_redetermination(question) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "reopen-redetermine-or-new-claim"
    assert "narrative or price to change on a processed line: redetermination" in " ".join(
        result.text.split()
    )


def test_a_modifier_to_fix_still_gets_the_modifier_rule() -> None:
    result = KB.ask("forgot a modifier on a processed claim can we call and have it added")
    assert result.entry_id == "modifier-corrections"
