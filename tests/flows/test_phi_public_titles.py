"""The PHI guard on names after a title of public office, the bench, sport or the church (Judge,
Hon., Mayor, Senator, Coach, Fr., Madam): a patient's when the message calls someone the patient,
and otherwise the judge who heard an appeal, an official in the news or a priest."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Judge Rosalind Okonkwo-Baird (retired) is our pt, walker order",
        "the Hon. Percival Ashdown, patient, called about the rental",
        "Mayor Evangelina Thorsby is a pt of ours now, hospital bed",
        "Coach Dwyane Fairweather, pt, wants the blue seat cushion",
        "Fr. Eamon Mac Giolla, pt at the residence, needs a cane",
        "Madam Adwoa Mensah-Bonsu called, she's the patient",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_titled_patient_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Judge Harriet Morrow ruled for us on the wheelchair appeal",
        "Senator Whitlock's office asked about competitive bidding, not about a pt",
        "Mayor Pelletier cut the ribbon at the new branch",
        "Fr. Keane blessed the delivery van",
        "Coach Bramwell runs the wheelchair basketball league",
    ],
)
def test_a_titled_official_with_no_patient_word_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Philippa Greaves-Okoye, PhD, pt, asked about the rental",
        "Bartholomew Quist, Esq. - the pt himself, wants the bill itemised",
        "anyone picking up Achterberg-Nwosu? her ADR is due Monday",
        "moving Fairbairn-Odili to the 120+ bucket",
        "Okonkwo-Baird denial: CO-16 again",
    ],
)
def test_a_patient_with_a_degree_or_a_case_named_by_surname_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Bartholomew Quist, Esq., our outside counsel, reviewed the ABN wording",
        "moving Invacare to the preferred vendor list",
        "anyone picking up Medline? their rep left a voicemail",
    ],
)
def test_a_lawyer_and_vendors_on_a_worklist_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Thiru Ramanathan signed the SWO for the hospital bed",
        "Teams invite: 'ADR review - Yesenia, Kofi, Marisol' Thu 2:00",
        "the Senate bill on prior auth for power chairs",
        "the Portuguese invoice for the stander parts is in the shared drive",
        "تاريخ الميلاد: غير مذكور - تاريخ الخدمة 2026/03/11",
    ],
)
def test_clinicians_given_name_lists_nationalities_and_service_dates_pass(text: str) -> None:
    assert not scan(text)


def test_a_railroad_number_a_few_words_after_the_railroad_word_is_refused() -> None:
    assert "hicn" in scan("the railroad card she brought in says MA 448210").kinds


@pytest.mark.parametrize(
    "text",
    [
        "bill-to: Leopold Vanterpool (pt's son-in-law, he pays the copay)",
        "Ines Kowalczyk (the patient's daughter) signed the POD",
    ],
)
def test_a_full_name_then_whose_relative_it_is_in_brackets_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


def test_a_company_then_a_relative_in_brackets_passes() -> None:
    assert not scan("Permobil Germany (pt's son works there) sent the brochure")
