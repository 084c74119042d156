"""An intake note names the item among the patient's story: the search finds the item."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content
from tests.flows.code_book import BOOK, first_code


@pytest.mark.parametrize(
    ("note", "code"),
    [("85 yo pt w advanced dementia and incontinence, family wants a semi electric hospital bed "
      "with rails and mattress", "E0260"),
     ("pt s/p CVA with R hemiparesis, unsteady on stairs, PT recommends a quad cane", "E0105"),
     ("COPD pt on home O2 at 3L, pulmonologist orders a fingertip pulse oximeter to check sats",
      "E0445"),
     ("pt wants to keep traveling, needs a portable oxygen concentrator rental", "E1392")],
)  # fmt: skip
def test_the_item_after_the_order_cue_outweighs_the_patients_story(note: str, code: str) -> None:
    assert first_code(note) == code


def test_a_note_opening_on_the_patient_finds_the_item_named_after_it() -> None:
    note = "T12 paraplegic pt, full time user, ultralightweight rigid manual wheelchair"
    assert first_code(note) == "K0005"


def test_what_the_patient_switches_from_is_not_the_item() -> None:
    note = "after ankle surgery pt is switching from crutches to a knee scooter"
    assert first_code(note) == "E0118"


def test_a_cue_naming_no_item_leaves_the_item_where_it_was() -> None:
    # "needing sterile technique" names no item: the catheter kit stays the item.
    note = (
        "hydrophilic intermittent catheter kit with insertion supplies, "
        "for pt needing sterile technique"
    )
    assert first_code(note) == "A4297"


def test_a_weight_beyond_every_codes_range_gives_no_specific_code_warning() -> None:
    within = "pov group 1 heavy duty for a 400 lb pt"
    beyond = "pov group 1 heavy duty for a 900 lb pt"  # group 1 stops at 600 lb
    likely = BOOK.likely_specific(within)
    assert likely is not None and likely.code == "K0801"
    assert BOOK.likely_specific(beyond) is None


@pytest.mark.parametrize("typed", ["ordered", "needs a", "(ordered)", "urology orders"])
def test_a_note_of_cue_words_only_warns_of_no_specific_code(typed: str) -> None:
    assert BOOK.likely_specific(typed) is None
    assert BOOK.noc_for(typed).code == "E1399"


@pytest.mark.parametrize("separator", [",", " |", " ^"])
def test_a_typed_bar_or_caret_separates_like_a_comma(separator: str) -> None:
    assert first_code(f"quad cane{separator} pt has walker at home") == first_code(
        "quad cane, pt has walker at home"
    )


@pytest.mark.parametrize(
    ("note", "code"),
    [("hip fracture, OT asks for raised toilet seat", "E0244"),
     ("copd with nocturnal desaturation, pulm asks for portable oxygen concentrator", "E1392")],
)  # fmt: skip
def test_what_a_clinician_asks_for_is_the_item_not_the_diagnosis(note: str, code: str) -> None:
    assert first_code(note) == code


def test_a_pull_on_item_is_one_word_not_a_clause_opening_on_on() -> None:
    assert first_code("pull-on elastic knee orthosis with joints, off the shelf") == "L1812"


@pytest.mark.parametrize(
    ("note", "code"),
    [("SKU 20931 | bed pan, fracture type | qty 2", "E0276"),
     ("Dx M17.11 - quad cane, small base", "E0105"),
     ("INV 8812 - seat lift mechanism, electric, for pt's own recliner", "E0627")],
)  # fmt: skip
def test_an_order_number_or_diagnosis_opening_a_line_is_no_item(note: str, code: str) -> None:
    # The opening names no item: the first later clause that names one is the item, and the
    # code is offered (and warned of) as surely as for the item typed alone.
    assert first_code(note) == code
    likely = BOOK.likely_specific(note)
    assert likely is not None and likely.code == code


def test_a_code_question_whose_last_clause_is_an_aside_in_brackets_is_answered() -> None:
    # "(psoriasis)" after the item, then "code?": the panel is still the item, no error.
    answer = repository_content().knowledge.ask("6 foot UV light therapy panel (psoriasis), code?")
    assert answer.answered and "E0693" in (answer.title or "")
