"""A chat client's or a shared sheet's own header names who wrote the line after it: a channel
and a time ("#intake-ak 2:05 PM Dana Ruiz: ..."), a tool and a store in brackets before a dash
("Teams (Kenai) — Dana Ruiz: ..."), a comment's author in brackets ("Sheets comment (Dana
Ruiz): ..."). That writer is a colleague, so ordinary billing talk after the header passes; a
patient named or numbered after it is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "#intake-ak 2:05 PM Dana Ruiz: remit 3318 posted, nothing left on it",
        "#ar-team 11:40 AM Oskar Lindqvist: K0861 or E1399 for the tilt base?",
        "#collections Oskar Lindqvist: write-offs under $15 this week",
        "Teams (Kenai) — Dana Ruiz: the Homer store got the pallet of trays",
        "Teams (Kenai store) – Dana Ruiz: CO-50 on the E1399 line, appeal?",
        "Sheets comment (Oskar Lindqvist): paid 412.18 of 980.00, rest to secondary",
        "Smartsheet reply (Dana Ruiz): Dr. Okafor's office at 877-555-0112",
        # the claim, the denial or the item the colleague writes about is no patient's name
        "#intake-ak 2:05 PM Dana Ruiz: the tilt base claim was denied CO-16, resubmit?",
        "#ar-team · 11:40 AM · Oskar Lindqvist: rollator claims from May still unpaid",
        "Teams (Kenai) — Dana Ruiz: DOS 14-MAR-2026 and DOS 2026-04-02 on one claim?",
        "Sheets comment (Oskar Lindqvist): the cushion was denied twice, appeal it",
        "Slack DM from Oskar Lindqvist: the walker claim came back paid",
    ],
)
@pytest.mark.sweep(n=3)
def test_billing_talk_under_a_colleague_s_chat_header_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("#intake-ak 2:05 PM Dana Ruiz: pt Harriet Molloy DOB 3/9/1944", {"name", "dob"}),
        ("#intake-ak 2:05 PM Dana Ruiz: Mrs Molloy called back, cb # 360-555-0166", {"phone"}),
        ("Teams (Kenai) — Dana Ruiz: MBI 4TW7-HN2-KX58", {"mbi"}),
        ("Sheets comment (Oskar Lindqvist): ssn 231-44-9087 for Molloy, Harriet", {"ssn"}),
        # a chart's note may name the chart's patient: not read as its author
        ("chart note (Harriet Molloy): walker delivered", {"name"}),
        # a patient's case named in the frame itself, or a person's verb right after the colon
        ("Zoom fitting — Harriet Molloy: can you see the cushion?", {"name"}),
        ("[Teams] Harriet Molloy: needs a new cushion, Medicaid", {"name"}),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_after_a_chat_header_is_still_refused(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a colleague's note opened with the sender's name and job: what follows is read alone
        ("Dmitri (driver) texted: the Okpik lady (born May 3) asked for a callback", {"dob"}),
        ("Joelle (CSR): 509.555.0163 is her new cell", {"phone"}),
        ("Joelle (CSR) wrote: 509.555.0163", {"phone"}),
    ],
)
def test_a_patient_s_details_after_a_colleague_s_job_opening_are_refused(
    text: str, kinds: set[str]
) -> None:
    assert kinds <= set(scan(text).kinds)


def test_a_colleague_s_job_opening_with_billing_talk_passes() -> None:
    assert scan("Dmitri (driver) texted: dropped the tilt base at the Soldotna store").kinds == ()
