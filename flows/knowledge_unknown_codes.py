"""Whether a question names a code the knowledge base has never seen (CPT 99213, an unknown
HCPCS code), reading a remit's adjustment reason under any of its group codes as that reason."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from flows.models import ADJUSTMENT_GROUPS
from flows.text import is_code, is_foreign_code

# A claim adjustment reason under its group code: "pr50" is reason 50 as "co50" is.
_GROUP_REASON = re.compile(rf"^(?:{ADJUSTMENT_GROUPS})(\d{{1,3}})$")


def _other_group_known(token: str, known: Mapping[str, float]) -> bool:
    """Whether a group code and reason ("pr50") has its reason known under another group."""
    found = _GROUP_REASON.match(token)
    if found is None:
        return False
    return any(f"{group}{found[1]}" in known for group in ADJUSTMENT_GROUPS.split("|"))


def names_unknown_code(tokens: Iterable[str], known: Mapping[str, float]) -> bool:
    """A code none of `known` (the index's words) holds. A remit's adjustment reason under
    another group code ("PR-50" beside the CO-50 entry) is that reason, not an unknown code."""
    return any(
        (is_code(t) or is_foreign_code(t)) and t not in known and not _other_group_known(t, known)
        for t in tokens
    )
