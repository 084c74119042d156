"""Same or similar questions get the entry whose own point they ask: whether an ABN shields the
supplier (and GA, not GY), the CO-151 denial's fix, the check before delivery, another
jurisdiction's history, or what to do with an item on file."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["if medicare denies it as same or similar, does our ABN protect us?",
     "same or similar risk on a second walker: do we put GY on it or get an ABN and use GA?",
     "s/s denial expected. with a signed ABN can we bill the patient?",
     "who is liable on a same-or-similar denial when we had an ABN signed",
     "same or similar hit likely, is an abn enough to keep us off the hook",
     "we had the bene sign an ABN for a same/similar situation. GA or GY on the line?",
     "are we protected by the ABN when a same or similar denial comes back"],
)  # fmt: skip
def test_an_abn_asked_as_protection_from_a_same_or_similar_denial_gets_the_abn_entry(question):
    result = KB.ask(question)
    assert result.answered and result.entry_id == "same-or-similar-abn"


@pytest.mark.sweep(n=3, by="entry_ids")
@pytest.mark.parametrize(
    ("question", "entry_ids"),
    [("got a CO-151 same or similar denial, how do I fix it", {"denial-co151"}),
     ("same or similar denial came back with M3. what next", {"denial-co151"}),
     ("how do i check same or similar in mycgs", {"same-or-similar-check"}),
     ("same or similar history in another state, does our ABN still protect us",
      {"same-or-similar-other-jurisdictions"}),
     ("patient's chair was stolen, same or similar will hit. ABN needed?",
      {"same-or-similar-decision", "replacement-ra"}),
     ("condition changed, same or similar on file. ABN and GA?", {"same-or-similar-decision"}),
     ("old bed's useful lifetime is over but it shows as same or similar. do we need an ABN "
      "to protect us", {"same-or-similar-decision"}),
     ("what is same or similar", {"same-or-similar-decision", "same-or-similar-check"}),
     # GA beside GZ asks which modifier, the modifiers' own entry
     ("pt will sign the ABN for a same or similar case, GA or GZ on the claim?",
      {"ga-gz-modifiers"})],
)  # fmt: skip
def test_other_same_or_similar_questions_keep_their_own_entries(question, entry_ids):
    result = KB.ask(question)
    assert result.entry_id in entry_ids or not result.answered
    assert result.entry_id != "same-or-similar-abn"
