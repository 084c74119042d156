"""Questions whose words name one specific topic get that topic's entry, not the general one
their other words draw: the Medicare Appeals Council named alone, a crossover waited on, records
sent to the CERT contractor, the ABN's reasons besides medical necessity, a new order for a
switched model, an order that comes days after the drop-off, and CO-50 on a GZ line."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="entry")
@pytest.mark.parametrize(
    ("question", "entry"),
    [("appeals council - how long do we have to ask, and is there a $ floor?",
      "medicare-appeals-council"),
     ("crossover still hasn't happened 3 weeks after medicare paid, do we bill medicaid directly?",
      "medicaid-crossover"),
     ("sending CERT records today, which cover sheet goes on the fax?", "cert-review"),
     ("other than medical necessity, when is an ABN required? something about unsolicited calls",
      "abn-other-reasons"),
     ("pt is swapping to a different model of the same misc item, do we need a new order?",
      "new-order-needed"),
     ("our GZ lines keep getting CO-50 right away, can more records fix that?",
      "ga-gz-modifiers")],
)  # fmt: skip
def test_the_specific_entry_answers(question: str, entry: str) -> None:
    assert KB.ask(question).entry_id == entry


@pytest.mark.parametrize(
    ("question", "entry"),
    [("levels of appeal in order, redetermination through the appeals council and court",
      "appeal-levels"),
     ("why does CERT mail go to our old address? how do they pick the address",
      "adr-address-pecos")],
)  # fmt: skip
def test_compared_levels_and_addresses_keep_their_entries(question: str, entry: str) -> None:
    assert KB.ask(question).entry_id == entry
