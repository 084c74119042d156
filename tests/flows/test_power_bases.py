"""A whole power wheelchair or scooter base is found by the details billers give for it: group,
weight class or the patient's weight, seat, power options, portable or not."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


def _first(description: str) -> str:
    return [c.code for c in BOOK.search(description, limit=3)][0]


@pytest.mark.parametrize(
    ("order", "code"),
    [("G3 over 600, captains", "K0855"),
     ("G2 HD, just tilt", "K0837"),
     ("410 lb MS, rehab HD tilt", "K0858"),
     ("captain's G2, tilt and recline", "K0842"),
     ("G4 basic, rough terrain", "K0868"),
     ("trunk-folding G1 PWC", "K0813"),
     ("group 1 standard power chair (not portable), sling/solid, pt 220 lb", "K0815"),
     ("330 lb pt, group 2, tilt+recline (more than one power option), solid seat", "K0843"),
     ("Group 2 heavy-duty power operated vehicle, pt 322 lbs", "K0807")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_base_order_gets_the_base_saying_every_detail(order: str, code: str) -> None:
    assert _first(order) == code


@pytest.mark.parametrize(
    ("order", "code"),
    [("she's 350; group two chair in the 301-450 lb band, no power seating", "K0824"),
     ("grp III very HD, captain-style seat, 470", "K0853"),
     ("G4 std s/b", "K0868"),
     ("Yoli 360#, grp3 chair w/ 1 pwr function + captains", "K0859"),
     ("poor trunk control; group two standard weight power wheelchair, no options", "K0822")],
)  # fmt: skip
def test_a_base_order_in_words_or_shorthand_gets_its_base(order: str, code: str) -> None:
    assert _first(order) == code


@pytest.mark.parametrize(
    ("description", "code"),
    [("powered air overlay, standard mattress size, group 2, pt has multiple stage 2s", "E0372"),
     ("hemi-height standard manual chair, rehab asks, she's 4'10\"", "K0002")],
)  # fmt: skip
def test_a_group_or_rehab_word_beside_another_item_names_no_power_base(
    description: str, code: str
) -> None:
    assert _first(description) == code


def test_a_function_for_a_group_3_chair_is_the_function_not_the_base() -> None:
    assert not _first("power tilt for the group 3 chair").startswith("K08")


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("order", "code"),
    [("grp 2 base, van seat, pt weighs 200, no seat functions", "K0823"),
     ("group 3 base, captain style seat, 170 pounds, no seat motors", "K0849"),
     ("group 2 power wheelchair with power tilt as its only seat motor, sling/solid seat, 220 lb",
      "K0835"),
     ("group 3, van seat, power recline the lone option, 210 lb", "K0857"),
     ("group 4, one power seating feature, 280 lb", "K0877"),
     ("group 2 with tilt and legrests both powered, regular weight, solid seat", "K0841"),
     ("group 3 base, sized for 451 to 600 lb, tilt plus recline", "K0863"),
     ("group 3 chair in the 455-600 lb range, tilt only", "K0860"),
     ("group 4 base rated to 450, solid seat, nothing powered", "K0870"),
     ("group 3 base, 240 lb, recline was declined so no options", "K0848")],
)  # fmt: skip
def test_a_base_order_in_seat_motor_van_seat_or_rating_words_gets_its_base(
    order: str, code: str
) -> None:
    assert _first(order) == code


def test_a_long_base_order_full_of_other_words_still_offers_its_base() -> None:
    order = (
        "Tuesday's seating eval, county program: a 300 lb retiree needs the group 4 chair rated"
        " to 300, one powered seat feature, solid pan seat; prior auth pending"
    )
    assert _first(order) == "K0877"


@pytest.mark.parametrize(
    ("order", "code"),
    [("G3 extra-HD, sling seat, tilt and recline", "K0864"),
     ("grp 4 standard-duty base, tilt + recline", "K0884"),
     ("G2 for a 420 pounder, 1-option (tilt)", "K0837"),
     ("group 2, three power seat functions, pt 250 lb", "K0841"),
     ("G3 very-heavy-duty", "K0852")],
)  # fmt: skip
def test_a_base_order_with_a_hyphenated_class_or_a_counted_option_gets_its_base(
    order: str, code: str
) -> None:
    # A weight class beside the group says a power base even with no chair word ("G3 very-HD").
    assert _first(order) == code


@pytest.mark.parametrize(
    "order", ["group 2 scooter, heavy duty, 380 lb", "heavy duty 3-wheel scooter, group 2"]
)
def test_a_scooter_with_a_weight_class_stays_a_scooter(order: str) -> None:
    assert _first(order) == "K0807"
