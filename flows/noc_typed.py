"""The item's base named by its HCPCS code: "commode chair E0163 she owns: replacement seat",
"K0004 manual chair: spoke guards". A biller who types the code of the item a piece belongs to
has that code already; the piece with no code of its own goes to the parts code of the group
holding the typed code (A9900 for equipment, K0108 for a wheelchair, L9900 for a limb orthosis),
whatever NOC family the piece's own words suggest. Two or more codes typed ("not matching L3904
or L8701") or a code the biller negates ("not the E0260") name no base.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from flows.item_text import ItemReader
from flows.noc_scopes import NocScope, ScopeFinder

_CODE = re.compile(r"\b([abekl]\d{4})\b", re.IGNORECASE)


def typed_base(
    description: str,
    specific: Collection[str],
    reader: ItemReader,
    scopes: ScopeFinder,
) -> NocScope | None:
    """The group of the one specific code the description types (not negated), when that
    group has a parts code; None otherwise."""
    code = typed_code(description)
    if code is None or code not in specific:
        return None
    if code.lower() not in reader.unnegated_text(description).lower():  # "not the E0260"
        return None
    scope = scopes.scope_holding(code)
    return scope if scope is not None and scope.parts else None


def typed_code(description: str) -> str | None:
    """The one HCPCS code the description types, or None (none, or two or more)."""
    typed = {code.upper() for code in _CODE.findall(description)}
    return typed.pop() if len(typed) == 1 else None
