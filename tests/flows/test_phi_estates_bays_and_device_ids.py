"""The PHI guard on the U.S. Virgin Islands' addresses (a plot, a parcel, a remainder, a numbered
lot or a building in a named estate, with the island and the ZIP code), on bays and islands named
like people ("the Coral Bay route"), on an institution named for a person after a job there, on
a connected device's or a cylinder's MBI-shaped number, on a count before "for the ... route", and
on a practice's phone after its clinician is named by job: a patient's identifier in the same
shape is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan

_PEOPLE = ["Marisol Ortiz", "Dwayne Benjamin", "Aisha Hamdan", "Claude Greaux", "Lucinda Petrus",
           "Ravi Mahtani", "Odessa Liburd", "Hector Velazquez", "Yolanda Christopher",
           "Sami Yusuf"]  # fmt: skip
_ESTATE_ADDRESSES = [
    "Plot 14 Estate Bovoni, St. Thomas VI 00802",
    "Parcel 9C Estate Whim, Frederiksted, VI 00840",
    "Rem. 33 Estate Tutu, St. Thomas, USVI 00802",
    "No. 7-A Estate La Reine, St. Croix VI 00850",
    "18-4 Estate Glynn, Kingshill, VI 00850",
    "Bldg 3 Apt 12, Estate Bovoni, St. Thomas, V.I. 00802",
    "61 Estate Grove Place, Apt 2, Frederiksted VI 00840",
    "lot 22 estate hogensborg, frederiksted vi 00840",
    "PLOT 5 ESTATE SMITH BAY, ST. THOMAS VI 00802",
    "Parcel 44 Estate Nazareth, St. Thomas 00802-1234",
    "No. 12 Estate Mon Repos, Christiansted VI 00820",
]
_PATIENT_ESTATES = [
    f"pt {_PEOPLE[i % 10]} moved to {place}, please update the chart"
    for i, place in enumerate(_ESTATE_ADDRESSES)
] + [
    f"{_PEOPLE[(i + 3) % 10]} — deliver to {place} — can we ship Friday?"
    for i, place in enumerate(_ESTATE_ADDRESSES)
]


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", _PATIENT_ESTATES)
def test_a_patients_estate_address_is_named_as_an_address(text: str) -> None:
    kinds = scan(text).kinds
    assert "address" in kinds and "name" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "NM1*IL*1*ORTIZ*MARISOL****MI*4TC9DX2HN81~\nN3*PLOT 14 ESTATE BOVONI~\n"
        "N4*ST THOMAS*VI*00802~",
        "NM1*IL*1*GREAUX*CLAUDE****MI*5RE3KN7PW22~ N3*PARCEL 9C ESTATE WHIM~"
        " N4*FREDERIKSTED*VI*00840~",
        "NM1*IL*1*PETRUS*LUCINDA****MI*6AD1QF4JM63~\nN3*REM. 33 TUTU~\nN4*ST THOMAS*VI*00802~",
    ],
)
def test_a_subscribers_lot_line_in_an_n3_is_an_address(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "real estate taxes on the warehouse are due 3/31, who pays them?",
        "our St. Croix store is at Plot 12 Estate Sion Farm, Christiansted, VI 00820 — put it on"
        " the letterhead",
        "deliveries to Estate Tutu run on Tuesdays now",
        "the estate of the late owner still holds the lease on lot 4",
        "plot 3 of the chart shows 14 estate claims pending",
        "we moved the billing office to Parcel 7 Estate Orange Grove, Christiansted VI 00820",
        "mail the remit to our office: No. 2 Estate Princesse, Christiansted, VI 00820",
        "Lot 2231 of the Invacare recall, 40 units, shipped to 00820",
        "the warehouse is Bldg 3 at the industrial park, gate code 00802",
        "3 estate sales this month had used lift chairs",
        "the barge landed 12 pallets at Estate Bethlehem, Kingshill; the 00850 route is full",
        "our return address is Rem. 9 Estate Thomas, St. Thomas VI 00802",
        "plot 7 in the graph: 2 estate-recovery letters",
        "Estate recovery: MAP can recover from the estate, 2 letters came in",
        "the rental shop at Plot 4 Estate Vessup, St. Thomas 00802 carries E0143 walkers",
        "lot number 44 shipped with 20 units",
        "an estate planner called about the owner's will; nothing for us",
        "No. 5 on the list: ask CGS about the KX modifier",
        "CGS moved the Jurisdiction C address, no more PO box",
        "the storage unit key is with the St. John driver",
    ],
)
def test_estate_talk_and_the_suppliers_own_estate_address_pass(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the modem ID 4TC9DX2HN81 is not reporting to the compliance portal",
        "modem id 7HK2FW6YU40 swapped on the CPAP, old one back to the vendor",
        "router id 3QE5RM8TP71 for the store wifi",
        "tank 9WE2UR7KX35 failed the hydro test",
        "the stamp on cylinder 5JN3YT6FA29 says 2018",
        "stamp on tank 8XP4AC1RD50 is expired, pull it",
        "please note the cylinder 6DK8HX3VN44 is leaking",
        "modem 3RA6JT9UE27 shows no data since Monday",
        "the hub id 4WC1KD7PA62 is not pairing",
        "CGS says the MBI format is 11 characters. the modem ID 2HN5QW8ER16 looks like one",
        "our scrubber flagged modem ID 7AT4UJ1MX38 as an MBI again",
        "cylinder 9UN6FC3WA15 came back empty",
        "ResMed support asked for the modem id: 8CE2VP5RF60",
        "tank 1PK7NW4DY29 and tank 2RX8QE5JT30 go back to the fill plant",
        "the concentrator's modem id is 6MF3GX9TA84, it is offline",
        "gateway 3TW5KJ2NE77 at the St. John storage unit is down",
        "the stamp on tank 4HX9RP6CA21 has no date",
    ],
)
def test_a_devices_or_cylinders_mbi_shaped_number_passes(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "pt Marisol Ortiz MBI 4TC9DX2HN81, modem on her CPAP not reporting",
        "modem swapped for Dwayne Benjamin, his MBI 7HK2FW6YU40",
        "MBI 3QE5RM8TP71 for the pt whose modem is down",
        "tank delivered to Aisha Hamdan, medicare 2MV9GA4KD18",
        "her mbi is 9WE2UR7KX35 and the tank is empty",
        "Claude Greaux 5JN3YT6FA29 needs a new cylinder",
        "medicare id 8XP4AC1RD50 for the tank order",
        "MBI: 1FY7PE2WQ93 (modem ID is on the box)",
        "Lucinda Petrus, MBI 6DK8HX3VN44, the cylinder stamp is expired",
        "new medicare number 3RA6JT9UE27 for the modem patient",
        "MBI 4WC1KD7PA62 - hub not pairing at her house",
        "mbi 2HN5QW8ER16, pt says the modem light is red",
        "Ravi Mahtani's MBI is 7AT4UJ1MX38, tank delivery Friday",
        "Odessa Liburd MBI 9UN6FC3WA15 modem offline",
        "pt medicare # 8CE2VP5RF60, modem id on the box",
        "Hector Velazquez 1PK7NW4DY29 tank exchange",
        "MBI 6MF3GX9TA84 for Yolanda Christopher, concentrator modem offline",
        "medicare beneficiary id 3TW5KJ2NE77, tank stamp expired",
        "Sami Yusuf mbi 4HX9RP6CA21 cylinder order",
        "pt's MBI 5QT2HM8YC47; the router at her home is down",
        "Medicare ID on the modem form 1EG4TE5MK72",
        "her Medicare number for the hub is 1EG4TE5MK72",
        "her Medicare number for the tank rental is 1EG4TE5MK72",
    ],
)
def test_a_patients_mbi_beside_device_words_is_still_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds
