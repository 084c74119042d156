"""The claim narrative (NTE02) and the SV101-7 description: within 80 characters, keeping what
the item is, the part a repair replaced, and the price."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from flows.models import Claim, Item
from flows.outcome import NARRATIVE_LIMIT, build_narrative
from tests.conftest import repository_content

CLAIMS = Path(__file__).parent.parent / "fixtures" / "claims"
BUILDER = repository_content().outcome


def test_a_long_narrative_keeps_what_the_item_is_and_drops_its_details() -> None:
    claim = Claim.model_validate_json((CLAIMS / "medicare_ready_to_submit.json").read_text())
    item = claim.item.model_copy(update={
        "description": "Bariatric heavy duty tilt-in-space shower commode chair with padded "
                       "seat, 700 lb capacity",
        "manufacturer": "Medical Depot Incorporated",
        "model": "Drive Medical BSC-7000-XL Deluxe"})  # fmt: skip
    outcome = BUILDER.build(claim.model_copy(update={"item": item}), dt.date(2026, 11, 28))
    assert len(outcome.narrative) <= NARRATIVE_LIMIT
    assert outcome.narrative.startswith("shower commode chair, ")
    assert "BSC-7000-XL" in outcome.narrative and outcome.narrative.endswith("PL $845.00")
    assert "commode chair" in outcome.short_description


def test_a_repair_narrative_keeps_the_part_that_was_replaced() -> None:
    """F2.4: the narrative says what the line is: the part, not the chair it went on."""
    claim = Claim.model_validate_json((CLAIMS / "medicare_ready_to_submit.json").read_text())
    item = claim.item.model_copy(update={
        "description": "caster wheel replaced on the pt-owned K0001 manual wheelchair, old one "
                       "cracked",
        "acquisition": "repair", "repair_of_code": "K0001", "repair_of_purchased": "2017-10",
        "manufacturer": "Drive", "model": "X"})  # fmt: skip
    narrative, _ = build_narrative(item, BUILDER.abbreviations)
    assert narrative.startswith("caster wheel") and "rpr K0001 del-10/17" in narrative, narrative


def test_the_sv101_7_description_is_abbreviated_only_when_too_long() -> None:
    claim = Claim.model_validate_json((CLAIMS / "medicare_ready_to_submit.json").read_text())
    fits = claim.model_copy(update={"item": claim.item.model_copy(update={
        "description": "Portable aluminum wheelchair ramp 6 ft"})})  # fmt: skip
    assert BUILDER.build(fits, dt.date(2026, 11, 28)).short_description == fits.item.description
    long = claim.model_copy(update={"item": claim.item.model_copy(update={
        "description": "Portable aluminum wheelchair ramp with handrails " * 3})})  # fmt: skip
    short = BUILDER.build(long, dt.date(2026, 11, 28)).short_description
    assert len(short) <= NARRATIVE_LIMIT and short.startswith("Port alum WC ramp")


@pytest.mark.parametrize("length", [40, 81, 95, 150, 400])
def test_narrative_never_exceeds_80_characters_and_keeps_the_price(length: int) -> None:
    description = ("Heavy duty adjustable wheelchair accessory with extension " * 10)[:length]
    item = Item(
        description=description,
        manufacturer="International Mobility Products",
        model="XR-2000-LONG-MODEL",
        unit_price=Decimal("12345.67"),
        base_item_code="K0005",
    )
    narrative, dropped = build_narrative(item, BUILDER.abbreviations)
    assert len(narrative) <= 80
    assert "PL $12,345.67" in narrative and "for K0005" in narrative
    if len(f"{description}, {item.manufacturer} {item.model}, PL $12,345.67, for K0005") > 80:
        assert narrative != description


@pytest.mark.parametrize(
    ("description", "model", "base", "purchased"),
    [("replacement gear motor for patient-owned hospital bed", "G-5510 motor", "E0260", "2019-06"),
     ("replacement sieve bed for concentrator", "Perfecto2 sieve", "E1390", "2024-02")],
)  # fmt: skip
def test_a_repair_narrative_shortens_the_description_before_dropping_the_manufacturer(
    description: str, model: str, base: str, purchased: str
) -> None:
    """F2.4, F16.8: the manufacturer is a required element; it goes only when the item's name
    cannot fit beside it, and the outcome never says it lacks one that fitted."""
    claim = Claim.model_validate_json((CLAIMS / "medicare_ready_to_submit.json").read_text())
    item = claim.item.model_copy(update={
        "description": description, "manufacturer": "Invacare", "model": model,
        "acquisition": "repair", "repair_of_code": base, "repair_of_purchased": purchased,
        "unit_price": Decimal("245.00")})  # fmt: skip
    outcome = BUILDER.build(claim.model_copy(update={"item": item}), dt.date(2026, 12, 5))
    assert len(outcome.narrative) <= NARRATIVE_LIMIT
    assert f"Invacare {model}" in outcome.narrative, outcome.narrative
    assert f"rpr {base} del-" in outcome.narrative  # "repair of" is shortened before the item
    assert "manufacturer" not in outcome.narrative_dropped
    assert not any("lacks manufacturer" in step.action for step in outcome.follow_up)


@pytest.mark.parametrize(
    ("description", "manufacturer", "starts"),
    [("NOVA Medical Products 4216 rollator cane holder", "NOVA Medical Products",
      "4216 rollator cane holder, NOVA Medical Products 4216"),
     ("Medical Products 4216 rollator cane holder", "NOVA Medical Products",
      "4216 rollator cane holder, NOVA Medical Products 4216"),
     ("Drive knee walker", "Drive Medical", "knee walker, Drive Medical 4216"),
     ("drive belt for mobility scooter", "Drive", "drive belt for mobility scooter, Drive 4216")],
)  # fmt: skip
def test_a_claim_files_narrative_names_the_maker_once(
    description: str, manufacturer: str, starts: str
) -> None:
    item = Item(description=description, manufacturer=manufacturer, model="4216",
                unit_price=Decimal("45"))  # fmt: skip
    narrative, dropped = build_narrative(item, BUILDER.abbreviations)
    assert narrative == f"{starts}, PL $45.00" and not dropped
