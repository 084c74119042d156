"""The PHI guard on a surname alone opening a message with a possessive before the patient's
item ("<Surname>'s commode arrived"), and on a "Last, First" that is the whole message; and the
look-alikes: a maker's or a store's possessive, a family word, a sign-off before a first name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Ostrander's commode arrived with a cracked seat",
        "Vukovich-Lund's bed POD never got scanned",
        "Nwachukwu, Obiageli",
    ],
)
def test_a_possessive_surname_or_a_bare_last_first_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Invacare's bed rails were recalled",
        "Amazon's walker is cheaper than ours",
        "Mom's chair needs a new battery, per the caller",
        "Yesterday's walker pickup ran late",
        "Cheers, Tamsin",
        "Gracias, Ximena",
        "tusen tack, hej hej",
        "grazie, ciao ciao",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_makers_possessive_or_a_sign_off_is_left_alone(text: str) -> None:
    assert "name" not in scan(text).kinds
