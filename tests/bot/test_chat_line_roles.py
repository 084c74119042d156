"""What the biller reads at the end of a terminal intake: the code follows the item's role (a
standalone item, an accessory of a named base item), not the wording of its description."""

from __future__ import annotations

import io

from bot.terminal import run_chat
from flows.engine import Engine


def chat(engine: Engine, lines: list[str]) -> str:
    shown = io.StringIO()
    run_chat(engine, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=shown, user="biller")
    return shown.getvalue()


def test_a_standalone_item_is_billed_e1399_not_as_a_component(engine: Engine) -> None:
    shown = chat(engine, [
        "intake", "medicar", "fl", "bed asist handle heavy duty, clamps to frame", "none",
        "equipmnt", "stander", "bed cane", "1", "1240", "new", "standalone", "05/19/2026", "no",
        "y", "y", "y", "y", "y", "y", "y", "not sent yet", "1",
    ])  # fmt: skip
    outcome = shown.rsplit("Here is what this claim needs", 1)[-1]
    assert "Code: E1399" in outcome
    assert "Code: A9900" not in outcome


def test_an_edited_description_of_the_same_accessory_keeps_its_code(engine: Engine) -> None:
    shown = chat(engine, [
        "intake", "original medicare", "WA",
        "NOVA Medical Products 4216 Rollator Cane Holder - clamps to rollator frame, holds "
        "standard & quad canes", "6", "3", "NOVA Medical Products", "4216", "2", "45.00", "new",
        "accessory", "E0149", "05/25/2026", "no", "have", "have", "no", "have", "have", "have",
        "yes", "not sent", "1", "edit item", "Rollator cane holder, clamp-on, holds std & quad "
        "canes", "6", "1",
    ])  # fmt: skip
    first, edited = shown.rsplit("Here is what this claim needs", 2)[-2:]
    assert "Code: A9900" in first
    assert "Code: A9900" in edited
    assert "Code: A9900 → A9999" not in edited
