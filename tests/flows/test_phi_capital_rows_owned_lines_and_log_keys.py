"""A capitalised "Last, First" in no name list heading a row of values split by slashes or bars,
a phone the words after it give to the patient ("pt's cell"), and a Medicare number under a log's
`key=value` are refused; a business's row and a business's line still pass."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "sticky note on Dee's monitor: QUOPAW, LENORA / 518203347 / 4795550166",
        "Zoho ticket 88123 reply: OSKANEE, WYNEMA | 604119283 | 5015550147",
        "REF*G1*WAPUCK, DELMER / 271904418 / 8705550133~",
        "Outlook preview: STEWPOT, RAYNA / 440981276 / 3375550159 ...",
    ],
)
def test_a_capitalised_last_first_row_is_refused_with_its_number_and_phone(text: str) -> None:
    assert {"name", "member_id", "phone"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "cb 479 555 0161 - patient's cell, mornings only",
        "Teams note from the Ada store: ph 501.555.0128 (pt's landline)",
        "voicemail transcript: 870-555-0190 -- pt's own number",
    ],
)
def test_a_phone_the_words_after_give_to_the_patient_is_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "WARN eligibility_job 2026-11-30T08:15:44Z member_mbi=4TR8HJ2WN41 status=500",
        "retry queue: mbi=7QK2DA5FE63 attempt=403 next=60s",
    ],
)
def test_a_medicare_number_under_a_log_key_is_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        # a business's row and a billing word in the name cell's place
        "Acme Medical, Inc / 271904418 / 8005550101",
        "DENIED, RESUBMIT / 2218772783905 / 11/06/2025",
        # a payer's line with the patient's line named elsewhere
        "Humana provider line 405-555-0110 - pt's line is on the intake form",
        # a log's status codes are no e-mail's quoted-printable escapes
        "sync job http=404 retry=403 for batch 7781",
    ],
)
def test_business_rows_and_lines_and_log_codes_pass(text: str) -> None:
    assert scan(text).kinds == ()
