"""Stretch devices for a stiff joint (E1800-E1841) read as billers describe them: a spring-loaded
device is the dynamic adjustable one, a turnbuckle the patient tightens the static progressive one,
and the direction said in plain words picks the one-direction or two-direction code."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    ("typed", "code"),
    [("stiff elbow after the fracture: spring-loaded brace bending and straightening it both ways",
      "E1800"),
     ("dynamic ankle splint for plantarflexion only, stiffness after fusion", "E1823"),
     ("dynasplint for the wrist, extension only", "E1807"),
     ("knee stretcher the patient tightens with a turnbuckle, stiff after TKA", "E1811")],
)  # fmt: skip
def test_a_stretch_device_is_named_by_how_it_works_and_which_way(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_a_turnbuckle_orthosis_stays_the_orthosis() -> None:
    """L3915's own descriptor lists turnbuckles: a typed orthosis with one is no stretch device."""
    assert BOOK.search("turnbuckle wrist hand orthosis with elastic bands, custom fitted", limit=1)[
        0
    ].code.startswith("L39")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("dynamic finger flex splint", "E1827"),
     ("dynamic wrist ext splint after the fracture", "E1807"),
     ("turnbuckle knee splint", "E1811"),
     ("spring splint for the toe, extension only", "E1828")],
)  # fmt: skip
def test_shorthand_for_the_direction_and_the_mechanism_beside_a_splint(
    typed: str, code: str
) -> None:
    """ "ext" and "flex" beside a stretch device are its directions, and a turnbuckle or spring
    splint is the stretch device that works that way."""
    assert BOOK.search(typed, limit=1)[0].code == code


def test_the_direction_typed_after_a_comma_picks_the_one_direction_device() -> None:
    """Codes named one word apart ("knee extension only device", "knee extension and flexion
    device") are siblings told apart by the words typed, not by which one the search met first."""
    assert BOOK.search("dynamic knee splint, extension only", limit=1)[0].code == "E1813"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("spring finger splint", "L3925"),
     ("spring loaded finger splint", "L3925"),
     ("finger splint with spring, prefab", "L3925")],
)  # fmt: skip
def test_a_spring_finger_splint_is_the_finger_orthosis(typed: str, code: str) -> None:
    """A spring splint without a stiff joint or a stretch named is the off-the-shelf finger
    orthosis whose descriptor says "non torsion joint/spring", not a rented stretch device."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("spring loaded knee brace, bending only", "E1814"),
     ("spring toe device that only straightens the toe", "E1828"),
     ("spring-loaded wrist device working both ways", "E1805"),
     ("turnbuckle wrist splint, both directions", "E1806"),
     ("knob-turned forearm device for palm up/down, patient sets it", "E1818"),
     ("spring-loaded ankle device, only pulls down, pads included", "E1823")],
)  # fmt: skip
def test_a_mechanism_and_a_direction_name_the_stretch_device_without_a_stiffness(
    typed: str, code: str
) -> None:
    """A spring, a turnbuckle or a knob beside the way the joint is moved is the stretch device,
    even when the order never says the joint is stiff."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("spring-loaded lancet device", "A4258"),
     ("spring assisted underarm crutch", "E0117"),
     ("spring assisted rotational wrist unit for the prosthesis", "L6623"),
     ("CPM machine for the knee after a total knee replacement", "E0935"),
     ("spring finger splint for the PIP, off the shelf", "L3925")],
)  # fmt: skip
def test_other_spring_items_keep_their_own_codes(typed: str, code: str) -> None:
    """A spring in a lancet, a crutch or a prosthetic wrist, or a machine that moves the joint,
    is no stretch device."""
    assert BOOK.search(typed, limit=1)[0].code == code
