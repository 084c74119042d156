"""When a message is refused for a phone, an e-mail, an address or a plan number, the warning also
names the patient's name written beside it: a name right before the e-mail, the house number or
the phone, a lower-case name after a patient's word or a courtesy title, a name after a patient's
word with the plan's name after it. A street, a park or a foreign sentence after a patient's word
is not named as a name, and a rep's name with a company after it still passes."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("intake form: Oswin Merriweather, oswin.m44@example.net, wants a callback", {"email"}),
        ("fwd - Thaddeus Quimby, 4471 Larkspur Ave, Bemidji MN 56601", {"address"}),
        ("COLUMBUS DESK: PERPETUA HOLLENBECK, 88 Wren St, Tiffin OH", {"address"}),
        ("Pt ysolde kapoorová 4QT7-WK2-HY31 for the tilt add-on", {"mbi"}),
        ("ms winifred abernethy-ngata 2219 Pheasant Run, Ames IA", {"address"}),
        ("client Ludovica Farrelly, Sunflower Health member 87120934", {"member_id"}),
        ("pt Octavia Brennan, Blue Ridge Health plan id BRH4471902", {"member_id"}),
    ],
)
def test_the_name_beside_a_refused_value_is_named_too(text: str, kinds: set[str]) -> None:
    assert kinds | {"name"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Lot 12, Prairie Vista Mobile Home Park, 4410 N Elm St", ("address",)),
        ("voice note: dropped off at 3307 Pecan Alley Ln Trlr 2 in Cut Off", ("address",)),
        ("la paciente quiere que la llamen al 614-555-0144", ("phone",)),
        ("pt e-mail rosalind_t1942@aol.com", ("email",)),
    ],
)
def test_no_name_is_named_where_none_is_written(text: str, kinds: tuple[str, ...]) -> None:
    assert scan(text).kinds == kinds


def test_a_rep_named_with_the_company_still_passes() -> None:
    assert scan("Dana Reyes, Sunflower Health called back about the fax").kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "ticket 5512: Wendeline Roussel moved to 3318 Bayou Dularge Rd, Theriot",
        "Odalys Breaux is deceased, family at 77 Magnolia Bend Ct, Houma LA",
        "FYI GUSTAVE THERIOT now lives at 4120 Coteau Rd, New Iberia",
    ],
)
def test_the_person_who_moved_is_named_with_the_address(text: str) -> None:
    assert {"name", "address"} <= set(scan(text).kinds)


def test_an_office_that_moved_is_no_person() -> None:
    assert scan("our Lafayette office moved to 1200 Ambassador Caffery Pkwy").kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Evdokim P. Larionov moved to 5523 Spenard Rd Apt 2, Anchorage",
        "Sevastyan J. Oskolkoff 4TR2-KD8-WN15 for the tilt kit",
        "Marfa T. Zaochney sevi.z40@example.net re: the tray",
    ],
)
def test_a_name_with_a_middle_initial_is_named(text: str) -> None:
    assert "name" in scan(text).kinds
