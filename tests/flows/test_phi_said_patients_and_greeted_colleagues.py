"""The PHI guard on a name said to be the patient whatever list holds it ("OYELARAN TEMI as pt",
"Nnamdi Okwuosa, listed as pt"), on a name right after a "Hi team," greeting (a patient's unless
the colleague's own acts follow it), and on a name with a middle initial before a phone's label
("Musu D. Tarpeh, phone ..."). Plans, amounts owed and colleagues said the same ways get no
warning."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the 837 lists Nnamdi Okwuosa as the patient, can someone check the loop?",
        "OYELARAN TEMI as pt on the remit, DOS 3/2",
        "CHIDERA ABARA-NWOSU AS THE PATIENT on the old claim",
        "the portal has Adaeze Okonjo AS patient, should be her mother",
        "Okwuosa, Nnamdi\nas pt on the 835",
        "Tafadzwa Moyo, as pt, was billed twice for the cushion",
        "Chiamaka Eze, listed as pt on the 837 we sent Tuesday",
        "entered Obiageli Nwankwo as the member instead of her husband",
        "the plan shows Kelechi Nwosu as the dependent on his father's policy",
        "Seamus McTavish as pt on the rental claim",
        "Ciaran O'Shaughnessy as the patient, not his son",
        "Marco DeLuca (patient) needs the footplate swapped",
        "YETUNDE ADEBAYO listed as pt, the denial says CO-16",
    ],
)
def test_a_name_said_to_be_the_patient_gets_a_warning(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Bill Medicare as patient responsibility after the cap",
        "Monthly Rental as the patient portion until the CMN comes",
        "Grand Total as patient pay on the invoice",
        "Standard Wheelchair as the patient's backup chair",
        "Blue Cross as subscriber plan, Medicare secondary",
        "Physical Therapy as PT on the referral",
        "Prior Authorization as pt requested",
    ],
)
def test_an_amount_owed_or_a_plan_said_as_the_patient_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Hi team, Kendra Osei will run the huddle at 10",
        "Hello team, Tomas Reyes sent the agenda for Thursday",
        "Hey team, Kendra Osei is WFH today, ping her on Slack",
        "Morning team, Tomas Reyes moved the meeting to 3",
        "hi team - Kendra Osei will lead the meeting on Monday denials",
        "Good evening team, Tomas Reyes is covering the phones tomorrow",
        "Hi team, Kendra Osei is on PTO until the 14th",
    ],
)
def test_a_greeted_colleague_doing_their_own_work_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Hi team, Kendra Osei called about her chair",
        "Hello team, Tomas Reyes joined a Humana plan last month, rebill?",
        "Hi team, Edna Pruitt is out of oxygen again",
        # a patient's own doings in the words a colleague's could start with
        "Hi team, Mary Jones here for her pickup at 2",
        "Hey team, Mary Jones will run out of oxygen by Friday",
        "Morning team, Edna Pruitt joined us as a new Medicare rental patient",
        "Hi team, Edna Pruitt sent the notes from his neurologist",
        "Hi team, Mary Jones joined the team's caseload after discharge",
        "Hi team, Edna Pruitt is taking over the rental from her late husband",
    ],
)
def test_a_greeted_patient_still_gets_a_warning(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "voicemail from the main line: Musu D. Tarpeh, phone 701-555-0150, wants a call back",
        "message left at the front: Kwame B. Asamoah, cell 701-555-0133",
        "walk-in at the Minot store: Efua K. Boateng, phone 701-555-0177",
    ],
)
def test_a_name_with_a_middle_initial_before_a_phone_gets_the_name_warning(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "the mask fitting clinic moves to Tuesdays, Mackenzie runs it",
        "seating evals happen on Thursdays, Brianna books them",
        "the Bismarck van goes out Mondays, Tyler drives it",
        "returns are processed Fridays, Jordan handles the labels",
    ],
)
def test_a_weekly_day_before_a_colleague_first_name_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Okafor, Mackenzie gets her oxygen on Tuesdays, can we move it?",
        "on Mondays, Lindqvist, Sigrid needs the early delivery",
        "deliveries to Halvorsen, Ingrid happen Fridays, MBI 1EG4-TE5-MK73",
        "Fridays, Mrs. Halvorsen is at dialysis, call her daughter",
        "Tuesdays, patient Brianna Okafor is at the wound clinic",
        "pt Tyler Brandvold only answers on Thursdays, his cell is 701-555-0144",
        "Wednesdays, Jordan Pfeiffer (pt) has PT at home",
        "Mondays, Halvorsen, Ingrid DOB 4/12/1941 wants the morning slot",
        "Saturdays, Knutson, Margaret picks up her own supplies",
        "Sundays, resident Mackenzie Thorsrud has no staff to sign",
    ],
)
def test_a_patient_beside_a_weekly_day_still_gets_a_warning(text: str) -> None:
    assert scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "the tracking number for the new battery is 1Z999AA10123456784, it's FedEx Ground",
        "the return label is printed, it's FedEx Express this time",
        "it's DHL Express for the Canadian order",
        "the cushion went USPS Priority, it's OnTrac for the chair",
    ],
)
def test_a_parcel_carrier_said_to_be_the_shipper_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "it's Fedora Okafor calling about her walker, FedEx lost the box",
        "FedEx left the chair at the wrong door for Halvorsen, Ingrid",
        "it's Dale Hexter on line 2, the FedEx driver never came",
        "USPS returned the CMN for patient Brianna Okafor",
        "DHL says Mrs. Lindqvist refused the delivery",
        "shipped FedEx to Tyler Brandvold, 4410 Elm St, Minot ND 58701",
        "the OnTrac box for Knutson, Margaret came back damaged",
        "it's Marguerite Lanier, FedEx never picked up my old bed",
        'USPS scan: "MRS INGRID HALVORSEN · PO BOX 12 · MINOT ND 58701", statement came back',
    ],
)
def test_a_patient_beside_a_parcel_carrier_still_gets_a_warning(text: str) -> None:
    assert scan(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("rebilled for OKWUOSA, CHIDUBEM. Medicaid id 4821936650, still denied", {"name"}),
        ("walker returned by ADEYEMI, TOLU; MRN 55120934; wants a refund", {"name", "mrn"}),
        ("box came back for NWANKWO, OBI (MBI 1EG4-TE5-MK73)", {"name", "mbi"}),
    ],
)
def test_a_capital_last_first_pair_closed_by_a_stop_is_named_beside_a_number(
    text: str, kinds: set[str]
) -> None:
    assert kinds <= set(scan(text).kinds)
