"""A doctor's verb between the doctor and a surname leaves the surname the patient's, so the
phone after it is the patient's line ("Dr. Patel referred Ortiz, 317-..."); a staff member
named after their job earlier in the message owns the phone that only a pronoun gives ("the
vendor rep Delacruz called, his phone is ..."), unless a patient, a relative or someone else
named stands between."""

from __future__ import annotations

import pytest

from flows.phi import scan

REFERRED_PATIENTS = (
    "Dr. Patel referred Ortiz, 317-555-0142",
    "Dr. Kim sent over Nakamura 317-555-0143",
    "dr. okafor referred Lindqvist, 614-555-0177, for a rollator",
    "Dr Alvarez saw Kowalski yesterday 217-555-0188",
    "Dr. Singh wants Haverkamp seen, 317-555-0119",
    "Dr. Ruiz discharged Delgado today. 312-555-0166",
    "Dr. Moss referred Pellegrino (317) 555-0133 for the lift chair",
    "Dr. Weiss admitted Fitzgerald 414-555-0101",
    "Dr. Grant called about Mendoza, 505-555-0112",
    "Dr. Boyd ordered Szymanski a walker, 503-555-0127",
    "Dr. Lowe sent Vasquez home, 317-555-0173",
    "Dr. Ng signed for Marchetti 617-555-0129",
    "Dr. Ito referred Abernathy: 317-555-0135",
    "Dr. Park referred Gallagher, cell 317-555-0144",
    "Dr. Reyes evaluated Thibodeaux, 504-555-0120",
    "Dr. Cole referred Nguyen 408-555-0161 for oxygen",
    "Dr. Shah treated Rosenberg, 212-555-0153",
    "Dr. Diaz referred Castellano, 305-555-0147",
    "Dr. Fox sees Whitaker monthly, 317-555-0182",
    "Dr. Lam referred Yamamoto 808-555-0124",
)

DOCTORS_OWN_LINES = (
    "Dr. Patel called, 317-555-0142",
    "Dr. Patel referred us, 317-555-0142",
    "Dr. Kim office 317-555-0143",
    "Dr. Chen signed the SWO, 317-555-0150",
    "Dr. Singh faxed it over, 317-555-0119",
    "Dr. Ruiz is out today. 312-555-0166",
    "Dr. Moss left a voicemail (317) 555-0133 about the CMN",
    "Dr. Grant reached out, 505-555-0112",
    "Dr. Hale needs the form - 614-555-0190",
    "Dr. Lowe moved offices, 317-555-0173",
    "Dr. Ng signed for it 617-555-0129",
    "Dr. Ito asked about the denial: 317-555-0135",
    "Dr. Park direct line 317-555-0144",
    "Dr. Reyes answered, 504-555-0120",
    "Dr. Shah prefers calls, 212-555-0153",
    "Dr. Diaz referred nobody yet, 305-555-0147",
    "Dr. Lam scheduling line 808-555-0124",
    "Dr. Quist's nurse line, 317-555-0151",
    "Dr. Okoye retired; the practice number is 614-555-0152",
    "Dr. Brandt signed today, 217-555-0154",
)

STAFF_LINES = (
    "the vendor rep Delacruz wants a meeting Thursday. his phone 670 555 0184.",
    "the vendor rep Delacruz called, his phone is 317-555-0142",
    "the repair tech Salvatore from Guam flies in Thursday. his number is (670) 555-0198.",
    "our driver Tomasz is running late, his cell is 614-555-0121",
    "the Invacare rep Hollister dropped off samples; her cell 317-555-0166",
    "our biller Renata is out Friday, reach her at 503-555-0190",
    "the new coordinator Abernathy starts Monday. her number: 317-555-0111",
    "our office manager Ingrid changed her cell to 414-555-0177",
    "the billing manager Okafor is remote today; her cell 614-555-0133",
    "the scheduler Yolanda swapped shifts, her number 505-555-0163",
    "our dispatcher Kowalski is sick. his cell: 608-555-0170",
    "the Medline rep Gallagher retired; his replacement's phone is 317-555-0184",
    "the compliance officer Thibodeaux asked for the log. her phone is 504-555-0108",
    "the MAC liaison Fenwick returned my call, his number 701-555-0115",
    "our supervisor Delgado covers Saturday. his cell 915-555-0126",
    "the attorney Rosenthal wants the contract, her office 646-555-0139",
    "the trainer Okonkwo comes Thursday. reach him at 713-555-0152",
    "our new intern Priyanka starts Tuesday. her number is 317-555-0132",
    "the Drive rep Moreau rescheduled, his phone: 503-555-0134",
    "our accountant Feldman needs the receipts; her cell is 212-555-0135",
    "the auditor Lindgren moved the visit to May. his direct line 612-555-0136",
    "our lead Kwame is covering. his cell is 404-555-0138",
    "the agent Petrosyan renewed the policy, reach her at 818-555-0139",
)

PATIENTS_PAST_STAFF = (
    "the vendor rep Delacruz says the pt's daughter cell is 670-555-0184",
    "our driver Tomasz dropped the walker at Mrs. Ortiz's, her cell 614-555-0121",
    "the rep Hollister spoke to Maria Ortiz, her phone is 317-555-0166",
    "our biller Renata says the patient Ortiz called, his number 503-555-0190",
    "the driver Brandt delivered to Kowalski, his cell 217-555-0145",
    "our tech Salvatore set up the bed for Ortega; her number is 670-555-0198",
    "the coordinator Abernathy says the pt wants a call, 317-555-0111",
    "our driver Tomasz met Pellegrino, 73, his phone 614-555-0121",
    "the rep Castellano says the member's wife cell 305-555-0102",
    "the scheduler Yolanda booked Nguyen; his cell 505-555-0163",
    "our technician Brandt fixed the lift at Okafor's house, her phone 217-555-0145",
    "the rep Gallagher's customer Mendoza owes us, his cell 317-555-0184",
    "our biller Renata: pt Lindqvist home phone 503-555-0199",
    "our driver Tomasz says Whitaker's son called, 614-555-0122",
    "the nurse Delgado saw Ms. Vasquez today, her cell 915-555-0127",
    "the rep Fenwick says Rosenberg disputes the bill, his phone 701-555-0116",
    "the liaison Okonkwo referred Castellano, his number 713-555-0153",
    "our driver Tomasz picked up from Delacruz, 80, her phone 670-555-0185",
    "the dispatcher Kowalski routed the van to Mr. Haverkamp, his cell 608-555-0171",
    "our rep Moreau visited the Zielinskis; their cell 503-555-0141",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", REFERRED_PATIENTS + PATIENTS_PAST_STAFF)
def test_a_patients_phone_after_a_doctor_or_a_staff_member_is_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", DOCTORS_OWN_LINES + STAFF_LINES)
def test_a_doctors_or_staff_members_own_line_passes(text: str) -> None:
    assert not scan(text)
