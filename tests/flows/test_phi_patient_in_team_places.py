"""A patient where the team usually stands is still a patient: the speaker after a chat tool's
opening ("Teams call with pt: Harold Jenkins: ..."), a meeting invite's attendee or organiser
(a telehealth fitting, an eval), a name or a phone on an "intake" or "sales" line, an MBI beside
a loaner or an RMA for a patient, and "her office" or "his fax" number. Each is refused, while
the colleague's, the business's and the product's forms beside them pass."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a chat tool's opening, then a patient as the speaker
        ("Teams call with pt: Harold Jenkins: new K0108 armrest", "name"),
        ("Zoom visit: Harold Jenkins: needs a new walker, Medicare", "name"),
        ("zoom fitting: Harold Jenkins 9:30 AM\nAFO fitting, Medicaid, bring the L1990", "name"),
        ("[Microsoft Teams] Harold Jenkins: needs a new walker, Medicare", "name"),
        (
            "Slack msg from intake: Harold Jenkins: wants to know if Medicare covers the stairlift",
            "name",
        ),
        # a meeting invite's attendees or organiser, with a patient's visit in the invite
        (
            "Telehealth fitting (Zoom)\nattendees: Harold Jenkins; Shawna Gunderson\nAFO L1990, "
            "Medicaid",
            "name",
        ),
        (
            "participants: Dolores Whitfield; Shawna Gunderson\npower chair eval, Medicare, K0823",
            "name",
        ),
        (
            "attendees: Harold Jenkins, Dolores Whitfield\nreason: wheelchair eval for Harold, "
            "Medicare",
            "name",
        ),
        ("organizer: Harold Jenkins\nsubject: fitting for his AFO, Medicaid", "name"),
        # a department word in the next cell, with a patient's business in the message
        ("Dolores Whitfield | intake | 614-555-0143", "name"),
        ("Dolores Whitfield | intake | 614-555-0143", "phone"),
        ("Intake · 614-555-0143 · call Harold about his bed", "phone"),
        ("Harold Jenkins - sales - wants a quote for a stairlift", "name"),
        ("Kevin Whitfield · scheduling · fitting for the AFO on Mon", "name"),
        # a loaner or an RMA beside a patient's MBI
        ("loaner for Medicare pt 1EG4TE5MK73, bill K0462?", "mbi"),
        ("loaner chair for pt 1EG4TE5MK73 while his K0001 is repaired", "mbi"),
        ("K0462 loaner billed for 1EG4TE5MK73, denied", "mbi"),
        ("RMA opened for pt 1EG4TE5MK73 cushion return", "mbi"),
        ("pt 1EG4TE5MK73 has a loaner rollator", "mbi"),
        ("loaner chair for Mrs Garcia 1EG4TE5MK73 while hers is repaired", "mbi"),
        # a pronoun, then an office or fax word with no business named
        ("call her at her office 614-555-0143 after 5", "phone"),
        ("his fax 614-555-0143, he wants the ABN faxed home", "phone"),
        # the same shapes in other wordings
        ("Webex eval: Dolores Whitfield: needs a rollator, Medicare", "name"),
        ("Required attendees: Harold Jenkins; Sunniva Berg\ntelehealth wheelchair eval", "name"),
        ("Harold Jenkins · front desk · wants his scooter fixed", "name"),
        ("Margaret Okafor | Sales | 614-555-0188 | quote for a lift chair", "phone"),
        ("pt 3WX7PA2KN61 got a loaner cushion", "mbi"),
        ("call him at his work number 614-555-0143", "phone"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_patient_where_the_team_usually_stands_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "[Microsoft Teams] Sunniva Berg 9:05 AM\nis the Noridian portal down for anyone else?",
        "Teams meeting chat (Billing sync): Dale Pekkala: remits posted through Friday",
        "Zoom chat (AR huddle): Ingrid Solheim: can someone cover the phones at noon?",
        "Outlook invite 'Month-end close' - attendees: Sigrid Haugen; Arvo Lindahl",
        "calendar: fee schedule review · Organizer: Sigrid Haugen",
        "Gunderson, Shawna · Intake · Hibbing office",
        "Lindahl, Arvo · Sales · Ely office",
        "Intake · 218-555-0144 · Lakeview HME",
        "loaner sheet: B4 1EG4TE5MK73 | back in stock",
        "RMA 1EG4TE5MK73 for the returned cushion, credit pending",
        "his clinic's fax 614-555-0143",
        "Brandt, Anneliese · Scheduling · Lakeview HME",
        "Sunniva Berg | Repairs | Ely office | 218-555-0101",
        "Google Chat - Dale Pekkala: who covers the phones at noon?",
        "loaner log: C2 3WX7PA2KN61 returned",
        "their auth line is 614-555-0143",
    ],
)
@pytest.mark.sweep(n=3)
def test_the_team_the_business_and_the_product_still_pass(text: str) -> None:
    assert scan(text).kinds == ()
