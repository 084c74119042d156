"""Whether a question names a code the knowledge base has never seen (CPT 99213, an unknown
HCPCS code), reading a remit's adjustment reason under any of its group codes as that reason and
a current HCPCS code Medicare may pay as known when the question says what it asks about it."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from flows.models import ADJUSTMENT_GROUPS
from flows.text import is_code, is_foreign_code

# A question naming a code the CMS table has as one Medicare may pay ("MA130 on a plain K0001
# claim") asks about it when it has at least this many words besides codes and numbers: "L8721
# qty 2" says nothing the entries answer.
PAYABLE_CODE_WORDS = 2
# A claim adjustment reason under its group code: "pr50" is reason 50 as "co50" is.
_GROUP_REASON = re.compile(rf"^(?:{ADJUSTMENT_GROUPS})(\d{{1,3}})$")


def _other_group_known(token: str, known: Mapping[str, float]) -> bool:
    """Whether a group code and reason ("pr50") has its reason known under another group."""
    found = _GROUP_REASON.match(token)
    if found is None:
        return False
    return any(f"{group}{found[1]}" in known for group in ADJUSTMENT_GROUPS.split("|"))


def names_unknown_code(
    tokens: Iterable[str], known: Mapping[str, float], payable: Collection[str] = ()
) -> bool:
    """A code none of `known` (the index's words) holds. A remit's adjustment reason under
    another group code ("PR-50" beside the CO-50 entry) is that reason, not an unknown code; a
    code of `payable` (the CMS table's current codes whose coverage code lets Medicare pay) is
    the item a rule is asked about, in a question of at least PAYABLE_CODE_WORDS other words.
    Left out of `payable`: terminated codes and codes Medicare never pays, whose row in the code
    table says what the question needs ("E0628 still valid?", "coverage S on L3217")."""
    tokens = list(tokens)
    words = {t for t in tokens if not (is_code(t) or t.isdigit())}
    table = payable if len(words) >= PAYABLE_CODE_WORDS else ()
    return any(
        (is_code(t) or is_foreign_code(t))
        and t not in known
        and t not in table
        and not _other_group_known(t, known)
        for t in tokens
    )
