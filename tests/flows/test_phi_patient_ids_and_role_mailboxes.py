"""A patient's number typed against the card's rules, a record number after "patient #", a
patient's handle, an ordering doctor's NPI in the patient's row and the office's role mailboxes,
as a biller would type them."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("knee walker for pt 5HB8-TR2-KQ61, delivered Monday", "mbi"),  # B: never on a card
        ("patient 2TS9-MX4-LO37 needs the hospital bed rails", "mbi"),
        ("pt 3GK1-WN6-PX4 scooter battery", "mbi"),  # a character missing
        ("for patient 7RD2-HC5-VN208 the lift recliner", "mbi"),  # one extra
        ("rollator for patient #K20871", "mrn"),
        ("pt acct# TW40916 balance on the cushion", "mrn"),
        ("resident no. 39208 on the bed rail order", "mrn"),
        ("pt no 551802 the lift chair", "mrn"),
        ("hoyer lift for pt g.whitcombe", "name"),
        ("patient renata.okonkwo asked about her walker", "name"),
        ("for pt dkaminski1947 the CPAP supplies", "name"),
        ("pt login hbrandt22 is locked on the portal", "name"),
    ],
)
def test_a_patient_id_typed_after_a_patient_word_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "model 2VB7-KD4-SX19 rollator frame",
        "lot 4HB1-WC2-PL65 recalled by the maker",
        "SKU 6TZ3-QO1-RE52 is out of stock",
        "patient #2 of 5 today needed a walker",
        "patients #1 and #2 both got E0143",
        "pt 1 of 3 on the appeal letter",
        "Medicare pt, no K0739-K0740 match for the repair",
        "per g.whitcombe in billing, use GY",
        "cc r.okonkwo on the denial appeal",
        "PT/OT eval needed for the E1399 chair",
        "claim # 2026031500817 got MA130",
        "E0260-NU-KX hospital bed, month 2",
        "the pt portal is down again",
        "can we text a patient's gmail about the delivery window?",
        "our pt is severly obese, needs the wide model",
    ],
)
def test_numbers_and_handles_that_are_no_patient_s_pass(text: str) -> None:
    assert not scan(text)


def test_a_phone_and_a_claim_segment_after_pt_are_no_medicare_number() -> None:
    assert "mbi" not in scan("rehab PT (856) 555-0177 SV1*HC:E1399*446.85*UN*1~").kinds


@pytest.mark.parametrize(
    "text",
    [
        "password resets come from no-reply@example.com, ignore them",
        "mail the enrollment packet to credentialing@example.org",
        "the shared inbox facturacion@example.com is for vendors only",
        "phishing: security-alert@example.net wants you to verify your login, don't click",
        "medicare-update@example.net is a scam sender, delete it",
    ],
)
def test_a_role_or_a_phishing_mailbox_is_no_patient_s(text: str) -> None:
    assert "email" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "pt email no-reply.ruiz@gmail.com for the delivery",
        "walker for Ada Ruiz, ada.ruiz@example.com",
    ],
)
def test_a_person_s_mailbox_is_still_refused(text: str) -> None:
    assert "email" in scan(text).kinds


def test_the_ordering_npi_in_the_next_cell_leaves_the_patient_named() -> None:
    text = "delivery moved for Tomas Ibarra | ordering NPI 1497758544 | email: tibarra@example.org"
    assert {"name", "email"} <= set(scan(text).kinds)
