"""The PHI guard on identifiers typed in shapes a form, a fax or a phone leaves them in: an SSN
masked with a digit left or a short mask, its label typed with abbreviation dots, digits a fax's
OCR read as letters, a label with an aside in brackets before its value, an e-mail with "[at]"
or CJK full stops, a phone dialled from abroad. And the look-alikes those shapes must not trip:
quantities, a fax footer's own number, a company's number abroad."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SSN 5xx-xx-4406", "ssn"),
        ("SSN #-##-8824? the SNF masked it weird", "ssn"),
        ("social 123-xx-7781 per the intake sheet", "ssn"),
        ("soc. sec. no. ends -3370", "ssn"),
        ("soc. sec. 523-18-4096", "ssn"),
        ("ssn 4O1-5S-2263, the fax read the zero as an O", "ssn"),
        ("DOB (YYYYMMDD): 19380916", "dob"),
        ("date of birth (per the daughter): 19420711", "dob"),
        ("Medicaid # (pending approval, temp ID) T-0041882", "member_id"),
        ("son's email: d.achterhof[at]example.net", "email"),
        ("her email is rosa.p{at}example.org", "email"),
        ("pt email mariko\u3002tanabe\uff20example\u3002com", "email"),
        ("his UK mobile while he visits his son: +44 7700 900318", "phone"),
        ("daughter in Mexico City, +52 55 1234 5678", "phone"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_an_identifier_in_a_pasted_or_masked_shape_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "4 x 1000 mL bags, qty 2-x-2026 on the packing slip",
        "This message may contain confidential information. If you received it in error, "
        "notify the sender at 330-555-0109 and delete it.",
        "Ottobock Germany office +49 5527 848 0",
        "claim (resubmitted) 2226114409918 paid",
        "\u8acb\u5728\u9031\u4e94\u524d\u9001\u9054\u3002\u8b1d\u8b1d",
    ],
)
def test_quantities_footers_and_company_lines_pass(text: str) -> None:
    assert not scan(text)
