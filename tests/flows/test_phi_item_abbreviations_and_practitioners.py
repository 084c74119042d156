"""The PHI guard on a biller describing an item: clinical abbreviations joined by a slash, a van's
securement parts, a dose, two dictionary words after "for", and a practitioner named twice, once
with a credential; and the same shapes holding a patient's name, which stay refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "night splint, DF/EV assist",
        "replacement processor cable for the CI/BAHA kit",
        "hearing aid cells for her BTE/RIC pair",
        "van lock-downs and lap belt for the power chair, bolt-in kit",
        "rear-entry van tie-down straps, all parts, Medicaid waiver",
        "topical anesthetic before needling the graft at home, roughly 3 g per run, 4 runs/wk",
        "stander for autistic client learning to walk",
        "shower chair for her husband, he is tall",
        "order signed 'Dana Quill NP' but PECOS lists Danielle Quill - which wins?",
        "NPI lookup: the nurse's name is Priscilla on the order and Cilla on the PECOS record",
        "the doctor's name is Bartholomew on the script and Bart on the enrollment",
    ],
)
def test_an_item_or_a_practitioner_described_by_a_biller_is_not_refused(text: str) -> None:
    assert "name" not in scan(text).kinds and "address" not in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("271 came back PRZYBYLSKI/HALINA, is that the right member", "name"),
        ("eligibility shows NG/ANH for the lift rental, MBI 1EG4TE5MK73", "name"),
        ("van lift quote for mariela okonkwo-hale, she needs it by june", "name"),
        ("scooter batteries for wilhelmina ostrowski", "name"),
        ("bath lift for Ottoline Vasquez, her husband helps", "name"),
        ("the patient's name is Priscilla Abernathy on the order", "name"),
        ("deliver the gel to 14 Gram Run, Hagerstown MD 21740", "address"),
        ("order signed by Dana Quill NP for her patient Theodora Quill-Bamford", "name"),
    ],
)
def test_a_patient_in_the_same_shapes_is_still_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds
