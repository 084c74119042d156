"""The patient a doctor or a staff member acts on, typed in lower case or with accents ("Dr. Lin
referred mbeki", "visited Śliwińska"), with a word or two before the phone ("saw Mbeki again
today, 312-...") or ten bare digits after the surname, still makes that phone the patient's; a
company, a town, a device or a count after the same verb leaves the office's line alone. A plot,
a parcel or a remainder of a lot in a named estate is a patient's address with no ZIP code after
it, and a supplier's own is not. A full name after "the pt" or "our pt" stays the patient's
though an institution follows ("the pt Ana Ruiz at Mercy Hospital"), while the therapist's,
the doctor's and a rep's do not."""

from __future__ import annotations

import pytest

from flows.phi import scan

PATIENTS_PHONES_AFTER_ACTS = (
    "Dr. Lin referred mbeki - 312-555-0144",
    "dr patel saw nakamura, cell 415-555-0177",
    "Dr. Ortiz examined abernathy: 503-555-0192",
    "Dr. Greer discharged halvorsen - ph 612-555-0108",
    "the nurse Pryce visited oyelaran, 704-555-0133",
    "Dr. Haas ordered for kowalczyk (home) 414-555-0161",
    "the tech Moore visited Śliwińska, cell 773-555-0125",
    "Dr. Abara referred Müller - 617-555-0140",
    "the RT Dunn set up Ñúñez, 305-555-0183",
    "our driver delivered to Gyöngyösi - 330-555-0119",
    "Dr. Kerr saw Øvergaard, phone 701-555-0150",
    "the RT Sato fitted Kowalski - 2145550166",
    "Dr. Vance referred Mbatha 3125550127",
    "the tech Li set up Ferreira, cell 5035550198 on the new bipap",
    "our driver delivered to Adeyemi - 4045550171 before noon",
    "Dr. Roe examined Castellanos: 7135550135 for the wheelchair",
    "the nurse Hunt visited Obradovic 6175550112, she is home now",
    "Dr. Imai discharged Tereshkova - 2065550189 to home with oxygen",
    "Dr. Hale referred Okonkwo yesterday - 614-555-0101",
    "the tech Brandt visited Abara this morning, cell 217-555-0199",
    "the RT Jenkins set up Obuya at home - 206-555-0133",
    "Dr. Lin saw Mbeki again today, 312-555-0144",
    "the RT Sato fitted Zbikowski last week - 6085550100",
)

OFFICE_LINES_AFTER_ACTS = (
    "Dr. Lin referred us - 312-555-0144",
    "Dr. Patel referred Lincare - 415-555-0177",
    "Dr. Ortiz called about apria, 503-555-0192",
    "the tech Moore visited Springfield, cell 773-555-0125",
    "Dr. Greer referred to pulmonary - 612-555-0108",
    "Dr. Haas saw today, office 414-555-0161",
    "Dr. Kerr referred over, 701-555-0150",
    "the RT set up the concentrator - 2145550166",
    "Dr. Vance ordered for us 3125550127",
    "the tech set up inogen, 5035550198",
    "Dr. Roe referred Okafor to Mercy Rehab, 713-555-0135",
    "the RT fitted 3 masks today, 6175550112 is our fax",
    "Dr. Lin referred back, the office 312-555-0144",
    "the tech Moore fitted 2 chairs, cell 773-555-0125",
    "Dr. Ortiz visited Cleveland, office 503-555-0192",
    "the RT set up 3 concentrators, office 206-555-0189",
    "Dr. Hale saw Tuesday clinic, 614-555-0101 x12",
    "the tech delivered to Medline - 330-555-0119",
    "Dr. Lin ordered for Apria, fax 312-555-0144",
    "Dr. Stone referred Humana - 801-555-0102",
    "Dr. Shah signed for Numotion, 919-555-0110",
    "the driver picked up from Invacare - 4405550166",
    "Dr. Wu referred radiology, 215-555-0170",
    "the RT checked on the ventilator - 2145550166",
)

PATIENTS_ESTATE_LOTS = (
    "pt at Plot 12 Estate Frydenhoj, call before delivery",
    "deliver the walker to Parcel 9A Estate Bovoni, St Thomas",
    "patient lives at Rem. 41 Estate Hull, no ZIP on file",
    "ship to plot 7 estate solberg tomorrow",
    "her address is Parcel 22 Estate Catherineberg, St John",
    "pt moved to Remainder 3 Estate Carolina",
    "the member is at Plot 150 Estate Lovenlund",
    "drop the commode at Parcel 88B Estate Anna's Hope, St Croix",
    "pt's home is Plot 5 Estate Tutu, green gate",
    "the wheelchair goes to Parcel 14C Estate Mount Welcome",
    "member resides at Rem. 7 Estate Glynn",
    "she is at plot 221 estate la grange now",
    "deliver oxygen to Parcel 60 Estate Profit, Frederiksted",
    "his house: Plot 3-A Estate Whim",
    "patient's address Remainder 19 Estate Castle Coakley",
    "the bed goes to parcel 301 estate nazareth",
    "pt lives at Plot 8 Estate Pearl, St Thomas",
    "pickup from the pt at Rem. 55 Estate Diamond",
    "client at Parcel 2 Estate Fortuna needs a tank swap",
    "her son says Plot 91 Estate Bethlehem, blue house",
)

SUPPLIERS_ESTATE_LOTS = (
    "our store is at Plot 12 Estate Thomas, St Thomas",
    "our warehouse is Parcel 4 Estate Bovoni",
    "the supplier's office is at Rem. 41 Estate Hull",
    "we moved the showroom to plot 7 estate solberg",
    "Plot 12 Estate Thomas is our new warehouse",
    "Invacare's depot: Parcel 9 Estate Bovoni",
    "our billing office address is Remainder 3 Estate Carolina",
    "our depot is at Plot 5 Estate Tutu",
    "the warehouse: Parcel 14C Estate Mount Welcome",
    "our office moved to Rem. 7 Estate Glynn",
    "our showroom is plot 221 estate la grange",
    "Lincare's branch at Parcel 60 Estate Profit",
    "our billing office is Plot 3-A Estate Whim",
    "the company's address is Remainder 19 Estate Castle Coakley",
    "our store at Plot 44 Estate Smith Bay closes at 5",
    "Apria's depot is parcel 301 estate nazareth",
    "our main warehouse, Plot 8 Estate Pearl",
    "pick up stock from our shop at Rem. 55 Estate Diamond",
    "our repair center is Parcel 2 Estate Fortuna",
    "our supplier's warehouse is Plot 91 Estate Bethlehem",
)

PATIENTS_NAMED_AT_INSTITUTIONS = (
    "the pt Ana Ruiz at Mercy Hospital needs a bed",
    "the patient Tomas Herrera at Elm Clinic wants a cane",
    "the pt Grace Okafor at St. Luke's Hospital is going home Friday",
    "our pt Hannah Lindqvist at Mercy Medical Center needs a wheelchair",
    "the resident Joan Whitaker at Maple Grove Manor needs a walker",
    "the pt Luis Moreno at Sunrise Dialysis needs a shower chair",
    "the pt Mei Chen at Mercy Hospital was discharged",
    "my patient Peter Novak at Lakeview Clinic needs the CMN signed",
    "the pt Ruth Abernathy at Baptist Hospital needs a hospital bed",
    "our pt Samuel Osei at Riverside Medical Center needs oxygen",
    "the patient Elena Petrova at Valley Clinic wants a scooter",
    "the pt Jorge Alvarez at Good Samaritan Hospital is ready for discharge",
    "the pt Fatima Haddad at County Hospital needs the walker delivered",
    "our patient Kofi Mensah at Northside Clinic needs a new mask",
    "the pt Ingrid Larsen at Mercy needs a commode",
    "the pt Daniel Kim at Sacred Heart Hospital has a new address",
    "the member Rosa Delgado at Kaiser Hospital needs a CPAP",
    "the pt Yusuf Demir at St. Mary's Hospital needs a wheelchair",
    "the patient Olga Ivanova at the Cleveland Clinic wants a lift chair",
    "the pt Marcus Bell at Regional Medical Center needs a bed by Friday",
    "the pt Aisha Bello at Mercy Hospital ICU needs oxygen at discharge",
)

STAFF_NAMED_AT_INSTITUTIONS = (
    "the PT Ana Ruiz at Mercy Hospital did the eval",
    "Dr. Ana Ruiz at Mercy Hospital signed the order",
    "ask Ana Ruiz at Mercy Hospital billing about the remit",
    "the rep Tomas Herrera at Invacare called back",
    "the nurse Grace Okafor at St. Luke's Hospital faxed the order",
    "the OT Ruth Abernathy at Baptist Hospital sent the eval",
    "Dr. Samuel Osei at Riverside Medical Center signed the CMN",
    "the case manager Elena Petrova at Valley Clinic faxed the order",
    "talk to Jorge Alvarez at Good Samaritan Hospital about the PO",
    "the social worker Fatima Haddad at County Hospital called back",
    "Dr. Kofi Mensah at Northside Clinic wants the WOPD",
    "the discharge planner Daniel Kim at Sacred Heart Hospital emailed",
    "the rep Rosa Delgado at Kaiser called about the contract",
    "Dr. Yusuf Demir at St. Mary's Hospital refers a lot to us",
    "the nurse Olga Ivanova at the Cleveland Clinic sent notes",
    "ask Marcus Bell at Regional Medical Center for the remit",
    "the RN Aisha Bello at Mercy Hospital ICU faxed the orders",
    "the PT Mei Chen at Mercy Hospital signed off",
    "the coordinator Peter Novak at Lakeview Clinic called",
    "the therapist Ana Ruiz at Mercy Hospital measured the seat",
    "the intake nurse Hana Sato at Elm Clinic sent the fax",
    "Dr. Tomas Herrera at Elm Clinic wrote the order",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_PHONES_AFTER_ACTS)
def test_patients_line_after_a_doctors_act_is_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", OFFICE_LINES_AFTER_ACTS)
def test_office_line_after_a_company_town_or_device_passes(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_ESTATE_LOTS)
def test_patients_lot_in_an_estate_is_refused_without_a_zip(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", SUPPLIERS_ESTATE_LOTS)
def test_suppliers_own_lot_in_an_estate_passes(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_NAMED_AT_INSTITUTIONS)
def test_patient_named_before_an_institution_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", STAFF_NAMED_AT_INSTITUTIONS)
def test_staff_named_before_an_institution_passes(text: str) -> None:
    assert not scan(text).kinds
