"""Which device an accessory code is made for, and whether the biller's item belongs to another.

"Manual wheelchair accessory, caster wheel ..." is made for a wheelchair and "Battery charger;
replacement for patient-owned ventilator" for a ventilator: casters "for the IV pole" or a
charger "for the patient lift" are neither, so the "a specific code likely exists" warning
does not name those codes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows.item_text import ItemReader

if TYPE_CHECKING:
    from flows.code_search import CodeRanker

_LEAD_DEVICE = re.compile(r"^(.+?)\s+(?:accessory|accessories|component|supplies|supply)\b")
_ATTACHMENT = re.compile(r"\battachment$")


def lead_device(reader: ItemReader, descriptor: str) -> frozenset[str]:
    """The device a category lead names: "Manual wheelchair accessory, ..." is made for a
    wheelchair, "Oxygen accessory, ..." for oxygen equipment, "Electrical stimulator supplies"
    for a stimulator, and "Wheel attachment, rigid pick-up walker" for the walker."""
    clauses = re.split(r"[,;(]", descriptor.lower())
    lead = _LEAD_DEVICE.match(clauses[0])
    if lead is not None:
        device = lead.group(1)
    elif _ATTACHMENT.search(clauses[0].strip()) and len(clauses) > 1:
        device = clauses[1]
    else:
        return frozenset()
    plain = reader.generic | reader.describing
    return frozenset(reader.read(device).positive - plain)


def for_another_device(ranker: CodeRanker, description: str, code: str) -> bool:
    """True when the description names what the item belongs to ("casters for the IV pole")
    and the code is made for a device the description never mentions (the manual wheelchair's
    caster, the ventilator's battery charger). The base named may be that device under another
    name: "for the elevating legrest" names codes that say wheelchair."""
    item, indexed = ranker.read_query(description), ranker.indexed(code)
    device = indexed.made_for | indexed.lead_for
    if not device or device & item.positive:
        return False
    named = [base for clause in item.base_clauses for base in ranker.named_in(set(clause))]
    return bool(named) and not any(device & base.tokens for base in named)
