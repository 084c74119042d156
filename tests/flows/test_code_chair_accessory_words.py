"""A wheelchair accessory said in billers' words: a power chair's charger by the batteries it
charges (gel and AGM sealed, wet and flooded non-sealed; both kinds the dual-mode charger E2367,
one kind the single-mode E2366), an arm or legrest by its part (upper half, base, ratchet)."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    ("typed", "code"),
    [("new charger for his power chair, it handles gel and wet cell batteries", "E2367"),
     ("battery charger for the power chair that can switch between sealed and wet batteries",
      "E2367"),
     ("charger for the power wheelchair that takes gel/AGM or wet cells", "E2367"),
     ("her charger only charges gel batteries, it died, need one like it", "E2366"),
     ("power chair charger, gel batteries only", "E2366")],
)  # fmt: skip
def test_a_chargers_battery_kind_picks_single_or_dual_mode(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("portable oxygen concentrator battery charger", "E1357"),
     ("two gel batteries for the power chair, group 24", "E2363")],
)  # fmt: skip
def test_other_chargers_and_batteries_keep_their_codes(typed: str, code: str) -> None:
    assert code in [c.code for c in BOOK.search(typed, limit=3)]


def test_a_gel_pad_away_from_batteries_is_no_battery() -> None:
    found = [c.code for c in BOOK.search("gel pad overlay for the hospital bed mattress", limit=3)]
    assert not any(code.startswith(("E236", "E237")) for code in found)


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("top half of his height adjustable wheelchair arm cracked, replace the upper piece", "K0018"),
     ("the bottom part of the adjustable armrest broke, top is fine", "K0017"),
     ("removable armrest, fixed height, one side, replacement", "K0015"),
     ("her detachable arm that doesn't go up or down snapped", "K0015"),
     ("her elevating legrest won't stay up anymore, replace the part that locks it", "K0050"),
     ("the notched locking piece on his leg rest is worn smooth", "K0050")],
)  # fmt: skip
def test_a_wheelchair_arm_or_legrest_part_is_read_as_the_descriptors_part(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("adjustable height armrest complete, new", "E0973"),
     ("upper arm cuff for the blood pressure monitor", "A4670"),
     ("elevating legrest lower extension tube bent", "K0046")],
)  # fmt: skip
def test_whole_arms_tubes_and_arm_cuffs_keep_their_codes(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code
