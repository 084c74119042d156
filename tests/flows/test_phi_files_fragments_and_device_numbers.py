"""Identifiers pasted from scans, faxes and remits without the usual wording: a patient's name in a
file's name, a shortened name label, a letter addressed to the patient, an MBI redacted with
bullets or smudged at one end, a HICN labelled with its BIC, a railroad number of any prefix. And
the billing talk beside them that must pass: a device's, a review's or a firmware's number shaped
like an MBI, a serial said not to be a Medicare number, a Japanese or Korean doctor's honorific."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("uploaded Prendergast_Wilhelmina_DWO.pdf to the drive", "name"),
        ("scan came in as CMN_OyelaranTobias_0612.tiff", "name"),
        ("email attachment 'ABN - Marchetti Rosalind - signed.pdf'", "name"),
        ("PAT NM: HOLLENBECK,GERTRUDE M", "name"),
        ("the denial letter is addressed to Ambrose Quillfeather", "name"),
        ("MBI 5TR2•••JN63 on the masked eligibility printout", "mbi"),
        ("MBI 5TR2KW8JN6B (the fax cut the last digit)", "mbi"),
        ("medicare # QTR2KW8JN63 from the smudged card", "mbi"),
        ("HICN/BIC 231-44-5821 / C1", "hicn"),
        ("RRB # PH 604418", "hicn"),
        ("railroad medicare card reads JD 118204", "hicn"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_name_in_a_file_or_letter_and_a_redacted_or_smudged_number_are_refused(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Invacare_Quote_Signed_2026.pdf is in the vendor folder",
        "E1399_narrative_examples_v4.docx",
        "Medline_Drive_price_compare.xlsx",
        "TPE review ID T26-118820 came back favorable",
        "CERT ID 2026-5512904 needs the records by Friday",
        "firmware ID 5TR2KW8JN63 on the new concentrator",
        "build # 7HC4EM9PA21 printed under the seat",
        "eqpt ID 3GK6-VN2-XW85 due for PM",
        "serial 5TR2KW8JN63, NOT the Medicare number, it's the motor's",
        "serial (from the photo, hard to read): 6AD3KT9VM20",
        "PDAC code verification request # 4JW8PX1YN55 is pending",
        "処方医は佐藤先生です",
        "담당 의사: 이서준 선생님",
    ],
)
@pytest.mark.sweep(n=3)
def test_device_review_and_prescriber_look_alikes_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    ["please review 1EG4TE5MK73 eligibility before delivery",
     "review 1EG4-TE5-MK73 same or similar history", "audit flagged 1EG4TE5MK73 twice"],
)  # fmt: skip
def test_an_mbi_after_review_or_audit_is_still_a_patients(text: str) -> None:
    assert "mbi" in scan(text).kinds


def test_a_chinese_mr_is_still_a_patient_and_the_doctor_word_must_name_him() -> None:
    assert "name" in scan("医生说李建国先生需要新的轮椅").kinds  # the doctor said Mr. Li needs
    assert "name" in scan("王秀英女士的助行器").kinds
