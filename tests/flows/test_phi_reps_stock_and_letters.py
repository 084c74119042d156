"""The office's own stock and contacts pass: a town's loaner or demo chair, a value the message
goes on to call a serial, a maker's or payer's representative who acted for the firm, a
colleague's number for urgent work, a home's business line, food brought for the office, a
signature's name, team and company, a hospital named for a person, a town's VA office, a typed
quote's number, a clinic's account, a vendor's contact, a patient's estate, a business park's
street and a dock's address. A patient is still refused in the same shapes: a letter that opens
"Dear" and a full name, a lower-case name after a patient word, the first five characters of a
Medicare number read off a torn card, one read out a character a word with no Medicare word,
someone at a place where people live (unless given a staff role there), or one speaking of her
own things."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the Emporia loaner walker has a bent leg, swap it out",
        "service ticket for the Garnett demo scooter: battery won't hold a charge",
        "pulled 4TR8-KD2-WM57 off the crate, it's the lift's serial per Joe",
        "Mr. Okafor at Blue Mesa Seating approved the RMA credit",
        "Ms. Lindgren at Meridian provider services says the fee schedule posted",
        "Mrs. Lam at the Emporia clinic front desk says the DWO was faxed",
        "Mr. Ortiz at the Hays office confirmed the fee schedule",
        "Carl Vinson VAMC community care office called back about the auth",
        "referral from the Ronald Reagan UCLA Medical Center seating clinic",
        "Mountain Home VA office (785) 555-0142 for the auth questions",
        "from the fax: qutoe 5TN2RK8YP31 -- does the ABN cover this?",
        "Darius Whitcombe's cell 316-555-0143 for urgent collections questions only",
        "Marta is on PTO, reach her at marta.v@example.org if urgent",
        "Maple Grove Residence business line (620) 555-0117",
        "Mrs. Pruitt from the bakery next door dropped off kolaches for the office",
        "Dolores Fairweather, Intake, Flint Hills Home Medical, 220 Poyntz Ave, Manhattan KS",
        "part two kilo whiskey seven hotel foxtrot four tango romeo nine one is the armrest",
        "refund the credit balance on the Bozeman clinic account",
        "vendor contact: Big Sky Seating Supply, Marisol Trujillo, mtrujillo@example.org",
        "pt expired, estate executor wants the final statement",
        "the Lenexa returns dock is at 8800 Commerce Pkwy, open till 4",
        "Willow Bend Rehab, 310 Ash St, Olathe KS 66061 - deliveries at the loading dock",
        "Ms. Ferreira at Cedar Hollow Manor is the new DON, she signs the SNF orders now",
    ],
)
def test_the_offices_own_stock_and_contacts_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dear Wendeline Harrington, your rental balance is $48.10 - does this read ok?", "name"),
        ("patient bogumila kowalczyk needs the cushion swapped", "name"),
        ("member radomir nowak id W44810927 - claim went to the wrong plan", "name"),
        ("card torn, first five chars are 7HK2T, can't read the rest", "mbi"),
        ("only the first 5 are 3QW9R, the fax cut off the rest", "mbi"),
        ("she read it out: two k w seven h f four t r nine one - did I get it right", "mbi"),
        ("the Kowalczyk walker came back bent", "name"),
        ("Mrs. Tremblay at Prairie Rose Manor says the bed rail is loose", "name"),
        ("Mrs. Tremblay at Blue Mesa says her walker squeaks", "name"),
        ("Mr. Odhiambo at Cedar Hollow Manor needs the delivery moved to Friday", "name"),
        ("Mrs. Jones at the manor wants a lighter wheelchair", "name"),
        ("Mrs. Jones at the Maple Grove nursing home says the walker broke", "name"),
        ("Mrs. Lam at the Emporia clinic says she needs a new chair", "name"),
        ("walker for Wendeline Harrington MRN 448812", "name"),
        ("her home (785) 555-0142, the daughter answers", "phone"),
        ("qutoe for her walker, MBI 5TN2RK8YP31", "mbi"),
        ("MRS. DELACROIX AT SUNRISE SENIOR LIVING CALLED ABOUT HER BED", "name"),
        ("her son's business line 316-555-0188 if she doesn't answer", "phone"),
        ("Mrs. Abernathy cell 620-555-0176 if urgent", "phone"),
        ("Hollis Fairweather, Medicare, Flint Hills Home Medical billed twice", "name"),
        ("pt: okafor, chidi - walker denied again", "name"),
        ("her new place is 8800 Commerce Pkwy Unit 4", "address"),
    ],
)
def test_a_patient_in_the_same_shapes_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds
