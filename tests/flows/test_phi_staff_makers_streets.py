"""The PHI guard on words that follow a name or a surname and say whose it is: a staff role
after "is our patient" or "client" makes a job title ("our patient access manager"); a review
contractor, a maker or an item named for a person before a case's word, an item or ending a
question about codes is no patient; standing in for someone names a co-worker; a street needs a
place's word after it ("Young Street branch"), so a patient whose surname is a street's word
("Jordan Lane account is past due") is still a patient; an MBI's last four with no value given
and an address the business calls its own pass."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Reyes is our patient coordinator, ask her",
        "Karen Whitfield is our patient access manager",
        "Brenda Castillo is the patient accounts supervisor",
        "Ashley Moreno is our client success manager at Brightree",
        "Luis Ortega is our patient navigator now",
        "Tamika Greene is our resident services coordinator",
        "Tom Reilly is our patient financial counselor",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_job_title_after_is_our_patient_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Reyes is our patient, ask her",
        "Karen Whitfield is our patient and her case manager called",
        "Jordan Reyes is our patient, her driver called",
    ],
)
def test_a_name_said_to_be_our_patient_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "the Performant ADR came in",
        "the Cotiviti ADR is due Friday",
        "the Qlarant ADR letter is on my desk",
        "the Livanta redetermination came back",
        "any update on Hausmann?",
        "Bemis toilet seat claim denied",
        "is there a code for Hubbard?",
        "which modifier on Jewett?",
        "Jewett brace claim denied, CO-50",
        "can someone cover for Garcia?",
        "can you fill in for Okafor tomorrow?",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_contractor_a_maker_an_eponymous_item_or_a_coworker_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "the Kubiak ADR came in",
        "any update on Hubbard?",
        "code for Garcia?",
        "the Hubbard claim was denied",
        "Kowalczyk brace claim denied",
    ],
)
def test_a_patient_in_the_same_places_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Lane account is past due",
        "Penny Lane copay question",
        "Maria Court copay balance",
        "Courtney Way invoice went out",
        "Shelby Court statement went out",
        "Hazel Street copay balance",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_whose_surname_is_a_street_word_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Young Street branch closes at noon",
        "Abernathy Road location closes early friday",
        "Elm Street warehouse is out of cushions",
        "MBI last four don't match, PR16 on the 835",
        "four oh four Main Street is our warehouse",
        "1200 Commerce Drive is our new office",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_street_place_a_missing_last_four_or_our_own_address_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("MBI last four QE17", "mbi"),
        ("ssn last four on file, 6618", "ssn"),
        ("deliver to 42 Elm St, it is her house", "address"),
    ],
)
def test_a_last_four_or_an_address_given_is_still_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds
