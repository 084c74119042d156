"""Equipment and nutrition codes found by the names billers type (content/codes/aliases.yaml):
the part by its job, the chair or garment by whom and what it is for, the control by how it is
driven, where the CMS descriptor words the item another way."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def top3(typed: str) -> list[str]:
    return [c.code for c in BOOK.search(typed, limit=3)]


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("purewick suction unit", "E2001"),
     ("replacement intrathecal pump", "E0786"),
     ("d50 home mix", "B4164"),
     ("d70 home mix", "B4180"),
     ("mobile arm support on the wheelchair", "E2626"),
     ("speechvive", "E3000"),
     ("therabionic", "E0767"),
     ("balkan frame", "E0946"),
     ("t bar joystick handle", "E2323"),
     ("digital joystick", "E2321"),
     ("pediatric wheelchair width adjustment kit", "E1011")],
)  # fmt: skip
def test_an_everyday_equipment_name_finds_its_code_first(typed: str, code: str) -> None:
    assert top3(typed)[0] == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("wide posterior positioning back", "E2614"),
     ("electronic head control", "E2328"),
     ("proportional head array", "E2328"),
     ("foam caster tire for a manual wheelchair", "E2219"),
     ("foam caster tire for a power wheelchair", "E2389")],
)  # fmt: skip
def test_siblings_named_alike_are_told_apart_by_what_the_biller_adds(typed: str, code: str) -> None:
    assert top3(typed)[0] == code
