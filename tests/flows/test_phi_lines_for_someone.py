"""A phone number or a street address after the name of the one a message is for ("the remit
for Ruth, 616-...") is that person's, whatever books or colleague the message also names; a
colleague's own line, a business's or a line for a month still passes."""

from __future__ import annotations

import pytest

from flows.phi import scan

PATIENT_LINES_AFTER_FOR = (
    "Larson from billing was asking about the remit for Ruth, 616-555-0144",
    "Okafor asked about the ERA for Gloria, 517-555-0190",
    "the remit for Harold, 269-555-0113 needs a second look",
    "Becca mentioned the clearinghouse reject for Dolores: 231-555-0172",
    "Ngata was asking about the 835 for Eleanor, 906-555-0121",
    "remit question for Walter, (313) 555-0166",
    "can someone pull the remittance for Marguerite, 734.555.0188",
    "Larson from AR wants to know about the EOB for Stanley - 810-555-0145",
    "the clearinghouse batch for Bernice, 989 555 0134 was rejected",
    "Priya asked about the remit for Mrs. Kowalczyk, 616-555-0102",
    "denial on the remit for Agnes, 248-555-0157, CO-16",
    "Janelle was asking about the recoupment for Clarence, 586-555-0118",
    "the 835 for Lucille: 616-555-0163 shows a zero pay",
    "Dana asked about the remit for Ethel 517-555-0129",
    "Tomas mentioned the ERA for Virgil, 269-555-0140, it posted short",
    "payment posting for Rosalind, 313-555-0151 is off by $40",
    "Marcy from billing asked about the era for Gertrude, 734-555-0174",
    "the remit for Beatrice, 810-555-0169 came back with PR-1",
    "Larson was asking about the remit for Horace, 616-555-0177, can you check",
    "Kim asked about the remits for Mildred, 231-555-0193",
    "Sofia asked about the balance for Earl, 906-555-0111",
    "AR question about the remit for Imogene, 517-555-0105",
)

PATIENT_ADDRESSES_AFTER_FOR = (
    "Larson from billing was asking about the remit for Ruth, 12 Oak St",
    "Okafor asked about the ERA for Gloria at 4400 N Maple Street",
    "the clearinghouse reject for Dolores, 77 Birch Ave",
)

BUSINESS_ADDRESSES_BESIDE_THE_BOOKS = (
    "the remit for Northside Medical, 12 Oak St",
    "Larson asked about the remit for January at 1200 Industrial Pkwy",
    "Priya mentioned the remit from Invacare, 1 Invacare Way",
)

COLLEAGUE_AND_BUSINESS_LINES = (
    "Larson from billing was asking about the remit, 616-555-0144 is her cell",
    "Okafor asked about the ERA; her cell is 517-555-0190 if urgent",
    "Becca mentioned the clearinghouse batch for Aetna, 231-555-0172",
    "Larson was asking about the remit for Medline, 616-555-0144",
    "the remit for Northside Medical, 616-555-0144",
    "Ngata asked about the 835 from Humana, their line 800-555-0199",
    "Priya mentioned the remit from Invacare, 616-555-0108",
    "Larson from billing was asking about the remit",
    "Dana asked about the ERA for the Kalamazoo office, 269-555-0123",
    "Tomas was asking about the remits for May, 616-555-0156 is his desk line",
    "Marcy asked about the clearinghouse for our Grand Rapids store, 616-555-0135",
    "Kim was asking about the remit for January, 231-555-0181 is her extension line",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENT_LINES_AFTER_FOR)
def test_phone_after_the_name_a_message_is_for_is_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", COLLEAGUE_AND_BUSINESS_LINES)
def test_colleague_or_business_line_beside_the_books_passes(text: str) -> None:
    assert not scan(text), scan(text).kinds


@pytest.mark.parametrize("text", PATIENT_ADDRESSES_AFTER_FOR)
def test_address_after_the_name_a_message_is_for_is_refused(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.parametrize("text", BUSINESS_ADDRESSES_BESIDE_THE_BOOKS)
def test_business_address_beside_the_books_passes(text: str) -> None:
    assert not scan(text), scan(text).kinds
