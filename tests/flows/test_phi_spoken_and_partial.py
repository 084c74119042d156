"""The PHI guard on identifiers said aloud, typed in part or off by a field: an MBI's last four
characters after an MBI word, an e-mail spelled with "at" and "dot", a house number said in
words, a rural or highway contract route box, an HL7 visit number a field off; and the
look-alikes beside them (a claim's last four, one house number in words on a company's street,
an office's direct line in a signature). The texts are new wordings, not the corpus's."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("caller read the MBI ending in KT42, rest is on the card", "mbi"),
        ("last four of her medicare id: wd58", "mbi"),
        ("pt's email is r.achterberg at fastmail dot us", "email"),
        ("send the receipt to okuma.h at proton dot me", "email"),
        ("she said she lives at four oh nine Tamarack Hill Road", "address"),
        ("VM: I'm at twenty-two fifteen Birchwood Lane, the blue house", "address"),
        ("HCR 62 Box 118, leave it at the gate", "address"),
        ("ship to RR 3 Box 27A, Wewoka OK", "address"),
        ("N3*HCR 62 BOX 118~", "address"),
        ("PV1|1|I|ICU^^||||1447281930^OKAFOR^AMARA|||||||||||||A77120934", "mrn"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_spoken_partial_or_shifted_identifier_is_refused_with_its_kind(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "claim ending KT42 was the duplicate",
        "MBI ending in a 7 or a 1? card is smudged",
        "medicare last 4 quarters CY24 were audited",
        "our new warehouse is at One Commerce Park Drive",
        "--\nDelia Fontaine\nIntake Lead, Lakeshore Home Medical\nDirect 614-555-0141",
        "PV1|1|O|CLINIC^^||||1629074185^VANCE^ELOISE|||||||||||||MC",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_claims_last_four_an_offices_street_or_line_or_a_short_code_passes(text: str) -> None:
    assert not scan(text)
