"""The PHI guard on identifiers given in part or in a regional form: an MBI's first four or its
masked middle, an old railroad number with the railroad word after it, a record number after
its length, dates of birth in Hungarian and Thai, Wisconsin grid, Hawaii, Puerto Rico and PO
Drawer addresses, a mailing block in capitals; and the look-alikes beside them."""

from __future__ import annotations

import pytest

from flows.phi import scan
from tests.conftest import phi_corpus_rates


@pytest.mark.slow  # a whole corpus part
@pytest.mark.parametrize("name", ["holdout11", "dev18"])
def test_the_eleventh_held_out_part_and_its_new_wordings_are_caught_and_left_alone(
    name: str,
) -> None:
    """Tuned on after their first runs (held-out 11 94.7% caught, 1.4% false alarms; dev18,
    written after the held-out 11 changes, 87.2% and 6.7%): dev sets now."""
    missed, tripped, missed_texts, tripped_texts = phi_corpus_rates(name)
    assert missed <= 0.02, missed_texts
    assert tripped <= 0.01, tripped_texts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("medicare # first 4 chars: 4HN2, she'll read the rest later", "mbi"),
        ("MBI starts with 8KT3 per the daughter", "mbi"),
        ("medicare id 5TR2-***-**06 on the eligibility page", "mbi"),
        ("MBI: xxxxxxxWK18 (masked by the portal)", "mbi"),
        ("MA 512907 is his railroad number, per the old card", "hicn"),
        ("MRN (8 digits): 40917723", "mrn"),
        ("hic number on the old card 512-44-0917 A", "hicn"),
        ("szül. dátum 1939. március 4.", "dob"),
        ("วันเกิด 14 สิงหาคม 2481", "dob"),
        ("N5521 State Rd 57, Random Lake (her farmhouse)", "address"),
        ("84-1170 Farrington Hwy, Waianae — pt's home", "address"),
        ("Urb. Los Caobos, Calle 7 #12, Ponce PR 00716", "address"),
        ("P.O. Drawer 220, Golden Meadow LA", "address"),
        ("ship to\n14 BIRCH HOLLOW LN\nAUGUSTA ME 04330", "address"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_an_identifier_in_part_or_in_a_regional_form_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "first four of the ICN are 2226",
        "serial 3CD5*****47 on the label",
        "Medicare Number: XXXXXXXXXXX is how the 271 shows it",
        "RRB number field goes in box 1a",
        "the ID is 9 digits, no letters",
        "E1399 Custom Tray Drive",
        "PO Drawer 17 is the old remit address for Palmetto",
        "appeal ID QIC-26-204417 for the wheelchair claim",
        "redetermination # 2026-0044187 came back favorable",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_billing_phrase_shaped_like_these_passes(text: str) -> None:
    assert not scan(text)
