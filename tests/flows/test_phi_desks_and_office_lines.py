"""The office's own desks and lines pass: a town desk's mailbox ("warwick.desk@...") or a
system's notices ("alerts@..."), a desk's tray named as a message's source ("from the Pawtucket
intake tray:"), a facility's fax with "nursing home" in its name (in capitals too), a list of the
supplier's offices and their numbers, and a claim number inside an 835's CLP segment. A patient's
own mailbox, intake packet and phone labelled right after her name are still refused, whatever
payer the question names after it."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "month-end: warwick.desk@example.net — NPI 1487702214, is the 855 done?",
        "who set up alerts@example.org? it sends a notice every time Availity is down",
        "from the Pawtucket intake tray: ICN 3091882746512, write it off or rebill?",
        "BRENTWOOD NURSING HOME FAX 1-617-555-0144 — THEY NEED THE POD BY FRIDAY",
        "Ashgrove Nursing Home ph 617-555-0191 wants the delivery window moved",
        "Quincy office: 617-555-0102. Dedham: 617 555 0138. Norwood: 781 555 0177. for the website",
        "call ref 8814207\nCLP*4417098253*1*812.40*0*0*MC~ which claim is this on the ERA?",
    ],
)
def test_an_offices_own_desk_or_line_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pt Rosalind Quarles emails from rquarles.home@example.net about her statement", "email"),
        ("the Kowalczyk intake packet still has no signed AOB", "name"),
        ("resident at Brentwood Nursing Home, her daughter's cell 617-555-0123", "phone"),
        ("PER*IC*MAVIS TULLY*HP*6175550161~ is that loop ok for the patient?", "phone"),
        ("Okafor, Chidinma ph (617) 555-0185 asked if Tufts Medicare Preferred covers it", "phone"),
        ("Quarles Rosalind phone 617-555-0143 Noridian or MassHealth first?", "phone"),
    ],
)
def test_a_patients_own_contact_or_case_is_still_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "cranston.desk@pawtuxetfalls.example.org",
        "Cranston office: 1-401-555-0176. Woonsocket: 401 555 0121. Middletown: 401 555 0125. for"
        " the new e-mail signature",
        "Woonsocket desk again: call ref 2553555\nCLP*5313327385*4*2887*0*0*MC~ reopening or"
        " redetermination?",
    ],
)
def test_a_town_desks_mailbox_list_or_835_line_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pt email is carla.desk@gmail.com", "email"),
        ("pt's daughter email: desk.maria@outlook.com", "email"),
        ("her son uses alerts.smith@yahoo.com for the statements", "email"),
        ("the pt emailed from alerts4me@gmail.com asking about rental month 11", "email"),
        ("member writes from alerts@rogers.com, wants the ABN redone", "email"),
        ("call the clinic 401-555-0176. Gladys: 401 555 0121 (she is the pt, 89)", "phone"),
        ("office 401-555-0176. Okafor: 401 555 0121 re her walker rental", "phone"),
        ("office 401-555-0176. Maria: 401 555 0121", "phone"),
        ("the Okafor intake tray has her signed AOB", "name"),
        ("the Kowalczyk intake tray still has no signed AOB", "name"),
        ("from the Haldane intake tray: need the POD for the walker", "name"),
        ("the Ferreira intake trays are full of old CMNs", "name"),
        ("pt home # PH*4015550123 is that right", "phone"),
        ("pt cell AB*4015550123", "phone"),
        ("daughter: NTE*ADD*4015550123 call her", "phone"),
    ],
)
def test_a_patients_mailbox_line_or_tray_looking_like_a_desks_is_refused(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds
