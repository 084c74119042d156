"""A reopening asked of one named DME MAC gets that contractor's own reopening entry, which says
what it will not reopen (Noridian's NOC and manually priced lines, CGS's liability modifiers);
a modifier fix, a remark code with its own entry, the time limit or the three-way choice keep
their own answers."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("can jurisdiction A reopen a manually priced line or is it a redet", "reopening-noridian"),
     ("is a NOC price typo something noridian will reopen", "reopening-noridian"),
     ("CGS instead of noridian: will they reopen a misc line to fix the price?",
      "reopening-cgs"),
     ("JB: narrative on a processed misc line needs fixing, is that reopenable?",
      "reopening-cgs"),
     ("does CGS handle reopenings for NOC lines the way noridian does?", "reopening-cgs"),
     ("our team lead says CGS reopens e1399 narrative fixes unlike Noridian. true?",
      "reopening-cgs")],
)  # fmt: skip
def test_a_named_contractor_gets_its_own_reopening_rules(question, entry_id) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry_id


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("noridian JD: forgot the GA on a paid line, reopen to add it?", "modifier-corrections"),
     ("we missed an ADR at noridian, is there a late ADR reopening for DME like part A has",
      "denial-late-adr"),
     ("M124 at JA, reopen or new claim?", "denial-m124"),
     ("can CGS reopen a line that came back MA130?", "denial-ma130"),
     ("what is a reopening", "reopening"),
     ("reopening vs redetermination vs new claim at noridian, which one when",
      "reopen-redetermine-or-new-claim")],
)  # fmt: skip
def test_a_reopening_about_something_else_keeps_its_answer(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id
