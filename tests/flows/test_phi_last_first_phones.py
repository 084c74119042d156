"""A "Last, First" name right before a phone is the person's line whatever the message's heading
names (a payer, a supplier, a fax, an export): with a middle initial and a dash before the
label ("Brandt, Sigrid K — cell ..."), or bare ten digits right after it ("from the fax:
Kearney, Halima 4025550151"); a team's heading before bare digits ("provider relations:") keeps
it the staff member's, and a company, a town or an NPI in the same place stays a business's."""

from __future__ import annotations

import pytest

from flows.phi import scan

PATIENTS_LAST_FIRST = (
    "pasted from the portal: Brandt, Sigrid K — cell 1-479-555-0150 — ok to close?",
    "from the Lincare fax: Abernathy, Rosalind M - cb 317-555-0131",
    "Humana portal export: Kowalczyk, Irena T, ph 412-555-0132 - is the auth still open?",
    "copied from the EHR: Delacroix, Maurice J — mobile (504) 555-0133",
    "Medline order sheet: Fairweather, Gideon P cell 614-555-0134",
    "from the Aetna letter: Vukovich, Danica R - phone 216-555-0135",
    "Brightree intake: Oyelowo, Chidi A, cb 713-555-0136 pls call",
    "the Apria referral: Lindqvist, Astrid - cell 612-555-0137",
    "from the referral fax: Kearney, Halima 4025550151, need the narrative?",
    "left a voicemail for DUNBAR, ROSALIE at 2605550152 re the ABN",
    "Noridian portal: Marchetti, Lucia 3175550138 - why the denial?",
    "from the Medline invoice: Pellegrino, Dario 6145550139",
    "clearinghouse report: Tanaka, Hiroshi 8085550140 rejected twice",
    "Lincare referral: Okafor, Ngozi at 7135550141",
    "UHC portal: Brennan, Siobhan 6175550142 wants a callback",
    "from the supplier fax: Gutierrez, Maribel 9155550143",
    "Cigna letter attached: Haverkamp, Dirk 4145550144",
    "from the Brightree notes: Castellano, Vito 3055550147",
    "Humana export: Nakamura, Emiko at 5035550146, auth expired?",
    "from the clearinghouse queue: Szymanski, Teodor 7735550145 - E1399 narrative?",
    "from the Cigna EOB: Rasmussen, Greta at 9525550149",
)

BUSINESSES_TOWNS_AND_STAFF = (
    "provider relations: Sousa, Jordan 2095550114",
    "the Medline rep line: Supply, Medical 3175550100",
    "Dayton, Ohio 9375550101 is the branch line",
    "from the fax: Invoice, Total 4235550161",
    "Humana provider services: Ruiz, Ana ph 800-555-0117",
    "Lincare, Inc. - phone 317-555-0119",
    "from the fax: Columbus, Ohio 6145550120",
    "Medline order: Walker, Standard 3175550122",
    "Invacare, Elyria - cell 440-555-0123",
    "Boston, MA 6175550126 is the main office",
    "Dr. Patel, Anil 1234567893",
    "Drive Medical, Port Washington - phone 516-555-0129",
    "Medline, Northfield - cell 847-555-0134",
    "Invacare, Elyria Ohio 4405550135",
    "from the fax: Lincare, Inc. 3175550136",
    "Pride, Mobility - cell 570-555-0138",
    "Apria, Lake Forest 9495550139",
    "Philips, Respironics - ph 800-555-0140",
    "from the fax: Cleveland, Ohio 2165550141",
    "Brightree export: Portland, Oregon 5035550142",
    "Lincare, Indianapolis - ph 317-555-0153",
    "from the fax: Medline, Mundelein 8475550154",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_LAST_FIRST)
def test_a_last_first_name_owns_the_phone_after_any_heading(text: str) -> None:
    assert {"name", "phone"} <= set(scan(text).kinds)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", BUSINESSES_TOWNS_AND_STAFF)
def test_a_staff_heading_company_town_or_npi_leaves_the_number(text: str) -> None:
    assert not scan(text)
