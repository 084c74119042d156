"""The PHI guard on a patient named beside place words, a patient word right before a name that
looks like a colleague's line ("pt Simone Pettifer | home #"), a Medicare number labelled with
what it is for ("Medicare # for the cylinder order ..."), and a patient's given name before a
surname that is also a word ("pt Nadia Beach", "patient Grace Walker"): each is refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the van goes through Tarrant Vale to drop off the walker for Imogen Pettigrew",
        "pt Rosalind Achterberg lives near Kelso Bridge, needs a hospital bed",
        "deliver the rollator to Delphine Okoro past Glenmore Crossing",
        "patient Ambrose Kettering, near Lennox Heath, wants the chair Monday",
        "the nurse at Mary Okafor's house says the concentrator alarms at night",
        "the driver at Harriet Vole's place says nobody answered the door",
        "walker for Tamsin Rowe, she lives around Ardmore Flats",
        "call back Cyrus Llewellyn about his wheelchair repair",
        "Ms. Wrenfield called about her oxygen tank, she lives along Pettigrew Shore",
        "the tech is at Augusta Lyle now, her lift chair needs a new motor",
        "resident Ignatius Mercer at Kelvin Grove Manor needs a new cushion",
        "the case manager for pt Leopold Marchetti in Brisbane Waters wants the ABN",
        "pt Simone Pettifer | home # 412-555-0187",
        "portal check on pt Glendon Mercado - tech did the setup",
        "patient Winifred Hale needs her CPAP mask replaced",
        "Leopold Marchetti's chair is ready, he lives past Glenmore Crossing",
        "pt Augusta Lyle | cell 602-555-0199 | wants delivery Tuesday",
        "patient Lorne Valdez - driver took it back - dob 3/4/1941",
        "the walker for Ambrose Tull is on the van through Carrick Downs",
        "ship the walker to Charlotte Hall on Friday",
        "fill in Warren Hayes as the patient on the CMN",
        "the van near Preston Wells's house broke down, his bed is late",
    ],
)
def test_a_patient_beside_place_words_is_still_named(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Medicare # for the cylinder order 1EG4TE5MK73",
        "MBI for her concentrator rental: 7HW2UK5GA08",
        "Medicare number for the tilt-in-space quote 6HH5TW2MK19",
        "the Medicare # for this hospital bed order 3AY7MD5KW28",
        "the MBI for the oxygen refill is 8KR4UD6FN22",
    ],
)
def test_a_medicare_number_labelled_with_what_it_is_for_is_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "pt Nadia Beach needs her oxygen refilled",
        "patient Grace Walker needs a new seat cushion",
        "client Hazel Page asked about her rental balance",
        "resident Vera Bishop's walker has a loose brake",
        "the patient, Lorraine Stone, wants delivery on Tuesday",
        "pt Opal Banks called about the denied claim",
        "patient Edith Field has a new Medicaid plan",
        "pt Marvin Price wants the rental converted to purchase",
        "patient Della Frost needs the concentrator swapped",
        "client Gordon Street asked for a loaner chair",
        "pt Irma Bell says the lift chair motor hums",
        "patient Wilbur Gates is back from the hospital",
        "resident Floyd Rivers needs a wider wheelchair",
        "pt Bernice Lane, walker delivered yesterday",
        "patient Mabel Wood called twice about the bill",
        "pt Rosa Church needs the ABN signed",
        "patient Herman Cross lives alone, deliver before noon",
        "pt Lena Hart asked for a copy of the invoice",
        "patient Clyde Marsh needs a new CPAP mask",
        "pt Alma Fox wants to pay by phone",
    ],
)
def test_a_patient_whose_surname_is_also_a_word_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Patient Lift, hydraulic, E0630",
        "patient lift sling for the bariatric room",
        "the Patient Portal shows the claim as paid",
        "pt needs a Walker Bag for the rollator",
        "Medicare pays for the order 7HW2UK5GA08 at the fee schedule",
        "serial for the cylinder order 7HW2UK5GA08",
        "the Medicare rate for the cylinder order 4TR8KX2PL61",
    ],
)
def test_an_item_or_a_number_that_is_no_patients_passes(text: str) -> None:
    assert not scan(text).kinds
