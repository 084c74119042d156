"""A value shaped like a Medicare ID on a maker's box label or frame sticker passes in team talk;
beside a patient's word, or on a Medicare card's label, it is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "the box label says 3HK7TW2PQ58 but the frame sticker says otherwise, Dana took photos",
        "the controller label reads 6RD2-QX4-MN81, printed by the maker",
        "frame sticker 9TC5JW1KE37 on the returned tilt base",
    ],
)
def test_a_number_on_a_makers_label_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "pt Okafor, box label 1EG4TE5MK73",
        "label on her Medicare card: 1EG4TE5MK73",
        "print a label for 1EG4TE5MK73 please",
    ],
)
def test_a_patients_medicare_id_near_a_label_is_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds
