"""A surname that is also an English word, written "Last, First" right after a patient's word
("pt Sunday, Edith"), is a patient's name; "PT" in capitals before a name is a physical
therapist's credential, and a payer's part after "pt" is no name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "pt Sunday, Edith — denied CO-16 again",
        "patient: Meadow, Harold needs the tray rebilled",
        "resident Bright, Agnes passed last week",
    ],
)
def test_a_word_surname_after_a_patient_s_word_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    ["PT Jones, Mary eval done for the standing frame", "pt Medicare, Part B secondary is Aetna"],
)
def test_a_therapist_or_a_payer_after_the_word_passes(text: str) -> None:
    assert "name" not in scan(text).kinds
