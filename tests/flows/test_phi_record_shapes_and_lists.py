"""Record numbers and pastes by their own shape (the VA's patient ICN, an HL7 merge segment, a
FHIR identifier typed MR, a licence barcode's elements, a map link's query), an SSN's first
five or its label after it; beside the look-alikes: a comma list of single words, a brand,
a therapist's work, a facility's dock."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the consult lists ICN 1012345678V123456 for him", "mrn"),
        ("MRG|XK55102^^^MERCY^MR||||||OSTROWSKI^HALINA", "mrn"),
        ('{"identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"40021937"}]}', "mrn"),
        ("barcode text:\nDCSLINDQVIST\nDACASTRID\nDBB07221944", "dob"),
        ("driver's link: https://maps.example/?daddr=88+Orchard+Hill+Rd,+Dayton+OH", "address"),
        ("SSN first five 512-33, the rest is cut off", "ssn"),
        ("her W-2 shows TIN 512-33-8047, which is her SSN", "ssn"),
        ("aso fanau o le tamaitai: 3 Iulai 1941", "dob"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_identifiers_read_by_their_shape_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Fifth Third, Chase, Huntington - the sweep accounts moved",
        "the Amigo cart needs a new battery",
        "OT Marguerite Solano measures the seat depth first",
        "Mercy's loading dock is at 400 Depot Rd",
        "yard sale on Jefferson Ave has a used rollator, not ours",
        "Dr. Okafor and PT Renee Villanueva run the seating clinic",
        "Claim ICN 2226310001234 was denied",
    ],
)
@pytest.mark.sweep(n=3)
def test_look_alikes_of_those_shapes_pass(text: str) -> None:
    assert scan(text).kinds == ()
