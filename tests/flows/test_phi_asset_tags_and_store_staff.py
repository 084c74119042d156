"""The supplier's own numbers and people: a value shaped like a Medicare number that the message
itself calls our asset tag, lot or serial, and a colleague named with the store or office she
works at in brackets, pass; the same shapes said of a patient are still refused, as is a surname
alone with the patient word in brackets or capitals ("TSOSIE (PT) ON LINE 3"), while physical
therapy beside a word passes."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "2HV7-KR3-XT58 (our asset tag) on the shower chair",
        "> loaner rollator 2HV7-KR3-XT58 (our asset tag)\nsee above, can someone look",
        "transport chair #2HV7KR3XT58 (our inventory tag) back on the shelf",
        "Rosalinda Archuleta (Chama store) says the van is out till 3",
        "Teodoro Gallegos (Española office): who has the CGS token?",
    ],
)
def test_our_own_tags_and_store_staff_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2HV7-KR3-XT58 (her MBI) on the shower chair order", "mbi"),
        ("birth date (Excel serial) 15622", "dob"),
        ("pt Rosalinda Archuleta (Chama store) needs a walker", "name"),
    ],
)
def test_the_same_shapes_said_of_a_patient_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "TSOSIE (PT) ON LINE 3 - SAYS THE TRAY NEVER CAME",
        "re: Begay (pt) - the cushion",
        "PT YELLOWHAIR ON HOLD ABOUT THE BILL",
    ],
)
def test_a_surname_said_to_be_the_patient_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "the Gallup (PT) clinic faxed the eval",
        "Ortiz (PT) did the eval Tuesday",
        "PT NOTES ON FILE",
    ],
)
def test_physical_therapy_beside_a_word_passes(text: str) -> None:
    assert not scan(text)


def test_a_nickname_before_pt_in_brackets_is_the_therapist() -> None:
    assert not scan("after the denial, Gabe (PT) offered an addendum to the eval note")


@pytest.mark.parametrize(
    "text",
    [
        "Rosalinda Archuleta runs the Chama store now",
        "Teodoro's daughter was born 9/14, he's out on paternity leave",
    ],
)
def test_a_colleague_running_a_store_or_on_leave_for_a_new_baby_passes(text: str) -> None:
    assert not scan(text)


def test_a_patient_said_to_run_a_store_is_still_refused() -> None:
    assert "name" in scan("pt Rosalinda Archuleta runs the Chama store, needs a walker").kinds


@pytest.mark.parametrize(
    "text",
    [
        "repair job 3QT5-HW8-PK24 is still open on the maker's service portal",
        "license 3QT5HW8PK24 for the fax software, IT keeps it",
    ],
)
def test_a_repair_job_or_a_software_license_shaped_like_an_mbi_passes(text: str) -> None:
    assert not scan(text)


def test_an_mbi_beside_a_license_word_is_still_refused() -> None:
    assert "mbi" in scan("her MBI 3QT5HW8PK24, the license copy is in the chart").kinds
