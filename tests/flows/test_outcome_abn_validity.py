"""An ABN is valid only when signed before delivery on the current form (F16.2): a biller who
says it was signed once the item was out, on an outdated form, or never obtained gets GZ on a
delivered line where a denial is expected, never GA."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
from tests.conftest import repository_content

BUILDER = repository_content().outcome


def outcome(description: str, abn: str, **claim: Any) -> Outcome:
    return BUILDER.build(
        Claim.model_validate({
            "payer": {"type": "medicare", "state": "IA"},
            "item": {"description": description, "category": "equipment"},
            "code_check": {"searched": True, "chosen_code": "E1399"},
            "date_of_service": "2027-03-08",
            "documents": {"abn": abn},
            "expect_medicare_denial": True,
            **claim,
        }),
        dt.date(2027, 3, 15),
    )  # fmt: skip


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "description",
    [
        "standing frame tray. pt signed the ABN after the tech dropped it off",
        "powered leg lift, ABN got signed Monday when the driver came back for the old one",
        "ramp kit -- ABN was signed on the return visit, not at setup",
        # a trailing-off "..." does not end the clause that says when it was signed
        "infrared heat lamp on a stand. the ABN got signed... two days after delivery",
        "powered positioning frame: the daughter signed on an old ABN pad from the van",
        "motorized sling cradle, she signed the expired ABN (01/31/2026 expiration)",
    ],
)
def test_an_abn_signed_after_the_drop_off_or_on_an_outdated_form_gives_gz(
    description: str,
) -> None:
    found = outcome(description, abn="have")
    assert "GZ" in found.modifiers and "GA" not in found.modifiers


@pytest.mark.parametrize(
    ("description", "gz"),
    [
        ("tilt-in-space kit delivered Fri, no one knows if an ABN was signed", False),
        ("tilt-in-space kit delivered Fri, nobody obtained the ABN first", True),
        ("stair glide seat went out last week and we didnt get an ABN", True),
        ("stair glide seat went out last week, we did not obtain any ABN", True),
        ("stair glide seat went out last week; didn't need the order changed, ABN?", False),
    ],
)
def test_a_delivery_the_biller_says_nobody_got_an_abn_for_gives_gz(
    description: str, gz: bool
) -> None:
    found = outcome(description, abn="unknown")
    assert ("GZ" in found.modifiers) is gz and "GA" not in found.modifiers


def test_an_abn_signed_before_the_drop_off_still_gives_ga() -> None:
    found = outcome("standing frame tray. ABN signed before we dropped it off", abn="have")
    assert "GA" in found.modifiers and "GZ" not in found.modifiers


@pytest.mark.parametrize(
    "description",
    [
        "bath lift seat. ABN signed 3/1 before delivery; the old CMN expired 01/31/26 anyway",
        "bath lift seat, ABN signed at the eval before delivery. Her Medicaid card exp 1/31/26",
        "bath lift seat: ABN signed on the new CMS-R-131, we tossed the old ABN stock last month",
        "bath lift seat. ABN signed on the second visit, delivery came on the third",
    ],
)
def test_an_abn_signed_before_delivery_stays_ga_whatever_else_expired(description: str) -> None:
    found = outcome(description, abn="have")
    assert "GA" in found.modifiers and "GZ" not in found.modifiers
