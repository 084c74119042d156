"""The PHI guard after "pt is" or "patient was": a lower-case description of the patient (an
adverb, a participle, an adjective, a condition) is ordinary intake talk, and so is an adverb or a
participle after a label's colon ("pt: morbidly obese"), while a lower-case name after the same
words (a surname with its particle too) is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan
from tests.conftest import phi_corpus_rates


@pytest.mark.slow  # a whole corpus part
def test_the_sixteenth_dev_part_is_caught_and_left_alone() -> None:
    """Tuned on after its first run (98.5% caught, 24.6% false alarms): a dev set."""
    missed, tripped, missed_texts, tripped_texts = phi_corpus_rates("dev16")
    assert missed <= 0.02, missed_texts
    assert tripped <= 0.01, tripped_texts


@pytest.mark.parametrize(
    "text",
    [
        "pt is chronically short of breath, needs a portable concentrator",
        "patient is hopelessly tangled in the old tubing",
        "client was severely injured in a fall last spring",
        "resident is permanently catheterized",
        "member is quite anxious about the balance due",
        "pt is steadily declining, family wants a hospital bed",
        "bene was reportedly hospitalized twice in may",
        "pt is kinda wobbly on the stairs",  # a word of degree, then a description
        "pt rides van to dialysis on tuesdays",  # "van" the vehicle, not a surname's particle
        "pt: morbidly obese, needs the bariatric bed",  # after a colon: an adverb no list holds
        "pt: requesting a lighter chair",
        "pt: recently discharged from rehab",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_description_after_is_or_was_is_not_a_name(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "pt is idris bello, needs a new cushion",
        "patient was wendeline okorafor",
        "client is yannis papadakis",
        "pt: beverly osei",  # after a label's colon a census given name ending as an adverb
        "resident is marguerite desrosiers, room 14",
        "pt joost de vries phoned about the lift",  # a particle before the surname
    ],
)
@pytest.mark.sweep(n=3)
def test_a_lower_case_name_after_is_or_a_label_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("joy stick replacement for the power chair", False),
        ("sun shade that bolts to the back posts of her chair", False),
        ("patient Mary Shade needs a new joystick", True),  # capitalised, still a name
    ],
)
def test_an_everyday_item_word_after_a_first_name_is_no_surname_in_lower_case(
    text: str, refused: bool
) -> None:
    assert ("name" in scan(text).kinds) is refused
