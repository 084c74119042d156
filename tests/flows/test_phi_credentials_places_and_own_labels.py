"""The PHI guard on a clinician with two given names and a credential ("Mary Jo Hatcher FNP"), a
place whose name ends in "Ridge" or "City", a lot or RMA label that has its own number beside a
Medicare number, a serial's label typed with two letters swapped, a maker's "Works" and an NPI in
a message that mentions a phone. A record's or a member's label typed the same way still labels
the patient's number. Look-alikes are answered with no warning; the patient beside the same words
still gets one."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Mary Jo Hatcher FNP, 03/14/2025 - did she sign the SWO?",
        "mary jo hatcher fnp, 3/14/25 - signed?",
        "order signed by Ruth Ellen Tabor ATP, 2024-11-02",
        "the Cedar Ridge delivery went out, DOS 10/02/2025",
        "a resident at Holly Ridge needs a new cushion",
        "asest 5TN4XK8WR21 / RMA 6602193 back to the vendor",
        "RE THE HOLLY RIDGE DELIVERY, ICN 2274019385520",
        "Dale Pruett, Unaka Orthotic Works, cell 423-555-0107",
        "From: shpiping@example.org (Holston Rehab) - PO 551029 shipped",
        "posting for Sonya (she is on the phone): ordering NPI 1551029386, resubmit?",
    ],
)
def test_clinicians_places_and_stock_get_no_warning(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Opal Trivette ５ＫＨ３ＴＪ８ＷＡ２６; lot 55102938 - bill or hold?", {"mbi", "name"}),
        ("lot 55102938; Opal Trivette 5KH3TJ8WA26 help", {"mbi", "name"}),
        ("re the Holly Ridge delivery, TRIVETTE, OPAL 3/9/41", {"dob", "name"}),
        ("pt Mary Jo Hatcher, DOB 03/14/1941", {"dob", "name"}),
        ("Opal Trivette chrat 551029 - CGS or TennCare first?", {"mrn", "name"}),
        ("Wellpoint memebr WP55102938 for Opal Trivette", {"member_id", "name"}),
    ],
)
def test_the_patient_beside_the_same_words_is_caught(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)
