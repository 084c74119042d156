"""The PHI guard on a patient named the way billers share out cases: a surname alone after the
work done on it ("who's chasing Nwankwo?", "I'll take Abernathy-Kohl and Iheme"), before the
claim's outcome ("Ibáñez denied again"), owning the case's papers ("both Szczepanik charts"), a
"Last, First" on its own ("'Okonjo, Adaeze' in the subject line"), a name on a line of its own
in a mailing block, a titled name that is a clinician's word ("Mrs. Nurse"); and look-alikes:
payers, products, days and places in the same places, coworkers' birthdays."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "who's chasing Nwankwo? the CMN is late",
        "I'll take Abernathy-Kohl and Iheme, you take the rest",
        "anyone handling Szczepanik?",
        "Ibáñez denied again, CO-50",
        "merge both Wojciechowski charts please",
        "subject line: 'Okonjo, Adaeze' - is that ok?",
        "Nakashima, Fumiko Aiko - recert due",
        "Beauregard, Théophile R. Sr.",
        "Mrs. Doctor, her real surname, called twice",
        "Oluwadamilare Pennyworth's daughter called about the statement",
        "Summary Notice\nTHEODORA VASQUEZ-ORTIZ\n12 ELM ST\nDAYTON OH 45402\nMBI 1EG4-TE5-MK73",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_named_as_a_case_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "who's working Medline?",
        "I'll take Humana and Aetna, you take the rest",
        "I'll take Tuesday, you take Wednesday",
        "can you merge the two Excel sheets?",
        "Stelara denied again, CO-96",
        "the two Invacare chairs arrived",
        "Nurse Practitioner Kim signed the CMN",
        "Invoice Summary\nMEDICAL SUPPLY\n55 OAK DR\nSPRINGFIELD IL 62704",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_payer_a_product_or_a_day_in_those_places_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "our tech Dana turns 60 on 4/2, sign the card",
        "happy birthday to Roz in intake, 9/9!",
    ],
)
def test_a_coworkers_birthday_passes(text: str) -> None:
    assert not scan(text)
