"""A part goes to the NOC family of the item its line names (a carry bag for a total artificial
heart's driver is L8698's, whatever "driver" is nearest); a device that sounds, chimes or pages
someone is an alert or alarm device (A9280), not a monitor; a place on an item ("the back of")
names no item; and a garment for no burn is never the burn garment NOC (A6512)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # a part of an item a family of accessories names goes to that family ...
        ("shoulder bag for the total artificial heart's portable driver", "L8698"),
        ("replacement battery pack for the SynCardia driver", "L8698"),
        ("total artificial heart: spare charger cord for the home driver", "L8698"),
        ("belt clip for the speech generating device's carry strap", "E2599"),
        ("spare stylus holder that clips on the speech generating device", "E2599"),
        # ... unless the line names what the found base's parts belong to too
        ("phone charging port added to the power chair so he can run his SGD tablet", "K0108"),
        ("USB outlet wired to the wheelchair battery for a speech device", "K0108"),
        ("cup holder clamped to the wheelchair armrest", "K0108"),
        # a place on an item names no item: what follows "of" does
        ("small display screen that clips on the back of the SGD", "E2599"),
        ("reading light that clips on the side of the speech generating device", "E2599"),
        ("reflector that clips to the back of the wheelchair", "K0108"),
        ("reflector that clips to the back of the walker", "A9900"),
        ("cup holder that clamps on the side of the hospital bed rail", "A9900"),
    ],
)
def test_a_part_goes_to_the_family_of_what_its_line_names(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # a device that makes a sound or pages someone alerts ...
        ("bed sensor pad that chimes in the hallway when he gets up", "A9280"),
        ("chair pad that sounds when the resident stands", "A9280"),
        ("door sensor that goes off if she walks out at night", "A9280"),
        ("motion sensor by the bed that buzzes the caregiver's phone", "A9280"),
        ("pressure mat at the bedside that beeps a pager in the next room", "A9280"),
        ("doorbell-style button so a bedbound man can summon his wife", "A9280"),
        ("wrist button that summons help from the neighbour", "A9280"),
        ("under-mattress sensor that sounds an alarm after a seizure", "A9280"),
        ("fall sensor that pages the night aide", "A9280"),
        # ... one that only logs, tracks or sends data monitors
        ("sensor that logs how often she gets up at night and syncs to an app", "A9279"),
        ("wearable patch that tracks heart rate and uploads it to the clinic", "A9279"),
        ("smart scale that sends readings to the heart failure nurse", "A9279"),
        ("sleep tracker under the mattress with a phone app", "A9279"),
        ("bluetooth glucose log that streams to the caregiver's phone", "A9279"),
    ],
)
def test_a_device_that_sounds_or_pages_is_an_alarm(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3, by="burn")
@pytest.mark.parametrize(
    ("item", "burn"),
    [
        ("compression vest for burn scars on the chest and back", True),
        ("custom compression gloves for hand burns", True),
        ("compression face mask for keloid scarring after a burn", True),
        ("weighted compression vest for a child with sensory processing disorder", False),
        ("compression vest for lymphedema of the trunk after surgery", False),
        ("ready-made compression top for swelling of the chest wall", False),
        ("deep pressure vest to calm a child with autism", False),
    ],
)
def test_a_garment_for_no_burn_is_never_the_burn_garment_noc(item: str, burn: bool) -> None:
    assert (BOOK.noc_for(item).code == "A6512") is burn
