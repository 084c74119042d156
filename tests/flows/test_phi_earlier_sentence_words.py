"""A business's word ("line", "supplier") or the office's "we" in an earlier sentence of a
message says nothing of a phone number in a later one: the patient named beside it is still
refused; the office's own number, said in the same sentence, still passes."""

from __future__ import annotations

from flows.phi import scan

PATIENTS = (
    "the KX line came back denied; Quist, Benedikt 540-555-0163 wants a call",
    "is the second line bundled? Quist, Benedikt 540-555-0163",
    "we ship the overbed table separately; Quist, Benedikt 540-555-0163",
    "We billed the cushion last week. Quist, Benedikt (540) 555-0163",
    "do we need the invoice for the NOC line? Benedikt Quist 540.555.0163",
)

OFFICE = (
    "our billing line is 540-555-0163",
    "Castellanos Home Medical, 540-555-0163",
    "the supplier moved its fax line; new number 540-555-0163",
)


def test_a_patients_phone_after_an_earlier_sentences_business_word_is_refused() -> None:
    assert [text for text in PATIENTS if "phone" not in scan(text).kinds] == []


def test_the_offices_own_number_in_the_same_sentence_is_unchanged() -> None:
    assert [text for text in OFFICE if scan(text)] == []
