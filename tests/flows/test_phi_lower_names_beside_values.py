"""A name typed all in lower case right before another identifier's value is named in the warning
("a Medicare ID and a name"), not only the value: billers paste "wendeline kowalczyk 4TR8-..."
from a queue or a text as often as the capitalised form. A label of another language before a
value ("tanggal lahir", "simu ya binti yake:") is no name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("refund question: wendeline kowalczyk 4TR8-KD2-XN57", {"mbi", "name"}),
        ("ottilie brandstetter, born 3/2/1944, needs a new cushion", {"dob", "name"}),
        ("call back casimir wojcik at 412-555-0177 about the rental", {"phone", "name"}),
        ("intake: radomir nowicki, 18 linden ave, scranton pa 18503", {"address", "name"}),
    ],
)
def test_a_lower_case_name_beside_a_value_is_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("tanggal lahir 17-10-1939", ("dob",)),
        ("simu ya binti yake: 208-555-0126", ("phone",)),
        ("medicaid id 4471829301 for the walker", ("member_id",)),
    ],
)
def test_a_label_before_a_value_is_no_name(text: str, kinds: tuple[str, ...]) -> None:
    assert scan(text).kinds == kinds


@pytest.mark.parametrize(
    "text",
    [
        "referring np teodora nowicki 717-555-0198 wants the f2f notes",
        "text dr jerzy kaminski 724-555-0110 about the f2f date",
        "the prescribing dr leokadia wojcik 570-555-0143 has not signed the swo",
    ],
)
def test_a_clinicians_lower_case_name_before_a_phone_is_no_patients(text: str) -> None:
    """The prescriber's name beside the office's phone is ordinary billing talk: no name is
    named, as after "Dr." in capitals (after "dr" the phone is the practice's too)."""
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "pickup from wladyslaw pietrzak, 915 w fulton st, loading dock open 7-3",
        "samples go back to lucjan kowalczyk, 4100 w diversey ave, receiving hours 6-2",
    ],
)
def test_a_sender_at_a_business_site_is_not_refused_for_its_lower_case_name(text: str) -> None:
    """A lower-case name only joins a warning a text already gets: a shipping address at a
    business's dock is no patient's, whoever's name stands before it."""
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "pls ck zdzislawa kowalczyk 5TP9-WE3-MK27 for same or similar",
        "eligibility bounced for bronislaw wrobel 6GH2-NK4-RT93 again",
    ],
)
def test_a_lower_case_patient_name_before_a_medicare_number_is_still_named(text: str) -> None:
    assert scan(text).kinds == ("mbi", "name")
