"""The PHI guard leaves alone values that identify nobody and numbers labelled as a product's,
and still refuses a real identifier of the same shape beside them."""

from __future__ import annotations

import pytest

from flows.phi import scan

QUIET = [
    # An all-zero SSN or date, a system's default date said to be one, a test record's name.
    "the intake form came back with SSN 000 00 0000, the facility never had one",
    "ss# 000000000 on the face sheet, we asked the family for it",
    "DOB 00-00-0000 on the import, the sheet has no birth dates",
    "date of birth 1900-01-01 is what the EHR fills in by default",
    "birth date 12/31/9999 is a placeholder the clearinghouse shows",
    "practice the upload with ZZDEMO, ZZMEMBER before we go live",
    # A product's number in a field name or labelled as another business's number.
    '{"lotNumber": "4TR8NK2WD61", "hcpcs": "K0108"}',
    "<serial_no>7HJ0NY5MM90</serial_no>",
    "Invacare 2PQ7RT4WD18 is the sales order for the tilt base",
    "need the PDAC verification # 6RW3DJ8NP42 printed for the file",
    # A catalogue or invoice number shaped like an old date, no birth word.
    "catalog # 11-02-1938 is the cushion cover",
    "invoice no. 0907-1944 from the seating vendor is unpaid",
]

REFUSED = [
    # The real identifier of the same shape is still read beside a placeholder.
    ("SSN 000-00-0000 was on the old file, the right one is 219-04-7731", "ssn"),
    ("DOB 01/01/1900 is the system default, her real DOB is 03/14/1941", "dob"),
    ("test patient ZZTEST is fine but Doe, Margaret is a real pt, DOB 4/2/1938", "dob"),
    # A date of 01/01/1900 with no word saying it is a default.
    ("DOB 01/01/1900 on the CMN, please confirm with the family", "dob"),
    # An SSN or an MBI in a message that names a serial elsewhere.
    ("the serial is on the base; his SSN is 302-44-1187", "ssn"),
    ("serialNumber goes in the order form, mbi 1EG4TE5MK73 in the claim", "mbi"),
    ("the service order went out Friday. Medicare ID 5KT8HJ2WN41 for the claim", "mbi"),
    # A birth word makes the date-shaped number a birth date again.
    ("invoice # 2231 is hers, DOB 08-14-1937", "dob"),
]


@pytest.mark.parametrize("text", QUIET)
@pytest.mark.sweep(n=3)
def test_placeholders_and_product_numbers_stay_quiet(text: str) -> None:
    assert not scan(text), scan(text).kinds


@pytest.mark.parametrize(("text", "kind"), REFUSED)
@pytest.mark.sweep(n=3, by="kind")
def test_real_identifiers_beside_them_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds
