"""Repair labour told by the technician's time is billed as the labour (K0739, K0740 for oxygen
equipment); a part replaced in the repair stays the part's code when the line is the part."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK

LABOUR = [
    ("our technician needed 2 hrs on his own lift chair to swap the wiring, 8 units", "K0739"),
    ("labour fixing the pt-owned rollator: 15 min", "K0739"),
    ("service tech time, 1.5 hours, on the client's power scooter", "K0739"),
    ("bench time 30 minutes: rebuilt the customer's tilt wheelchair gearbox, not oxygen", "K0739"),
    ("3 x 15-min units, reattached the side rail on her owned bed", "K0739"),
    ("tech was 40 min cleaning and testing his owned O2 concentrator sieve beds", "K0740"),
    ("labor per quarter hour on the portable concentrator that stopped alarming, 2 units", "K0740"),
    ("technician time on her home oxygen unit - 1 hour", "K0740"),
]
PARTS = [
    ("new front caster fork for her manual chair, labor billed separately", "E2226"),
    ("new drive belt for his belt-drive power chair, part only (labour on its own line)", "K0098"),
    ("the tech swapped the power chair drive wheel motor, motor only, labor separately", "E2368"),
    ("orthotic repair labor, 30 min re-riveting her KAFO", "L4205"),
]


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(("typed", "code"), LABOUR + PARTS)
def test_the_line_is_the_labour_or_the_part_it_says(typed: str, code: str) -> None:
    """Labour on DME bills K0739 (K0740 on oxygen equipment); a part billed without its labour,
    or an orthosis's labour, keeps its own code."""
    assert BOOK.search(typed, 1)[0].code == code


NO_REPAIR = [
    ("semi-electric bed, our tech dropped it off and set it up, 25 minutes", "K0739"),
    ("stationary oxygen concentrator, 5 lpm, delivery by our tech took 30 min", "K0740"),
    ("gel seat cushion for his wheelchair, tech time included in the price", "K0739"),
    ("patient lift sling, technician fitted her in about 10 minutes", "K0739"),
    ("deep cycle batteries for her power chair, 2 units, swapped by the tech", "K0739"),
]


@pytest.mark.parametrize(("typed", "labour"), NO_REPAIR)
def test_time_spent_delivering_or_fitting_an_item_is_no_repair_labour(
    typed: str, labour: str
) -> None:
    """A technician's delivery, set-up or fitting of an item, or a count of the items, leaves
    the item as the line, not the repair labour."""
    assert BOOK.search(typed, 1)[0].code != labour


@pytest.mark.parametrize(
    ("typed", "code"),
    [("labor for fixing a hospital bed", "K0739"),
     ("labor for repairing the patient lift", "K0739"),
     ("labor for the broken oxygen concentrator", "K0740")],
)  # fmt: skip
def test_labour_for_a_named_item_is_the_repair_labour(typed: str, code: str) -> None:
    """ "Labor for a hospital bed" is the labour billed on the bed, not the bed itself."""
    assert BOOK.search(typed)[0].code == code


@pytest.mark.parametrize(
    "question",
    ["labor code for fixing a hospital bed",
     "what's the labor code for repairing a patient lift",
     "repair labor code for a seat lift chair"],
)  # fmt: skip
def test_asking_the_labour_code_searches_the_labour(question: str) -> None:
    from flows.code_questions import item_in_question

    item = item_in_question(question)
    assert item is not None and item.startswith(("labor", "repair labor")), item
    assert BOOK.search(item)[0].code == "K0739"
