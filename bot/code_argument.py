"""`codes --code` as billers type it on a command line: a code split by a space ("--code e 1399",
unquoted) is one code, and a CPT code is told apart from text that is no code at all."""

from __future__ import annotations

import re

from flows.code_table import HcpcsCode
from flows.codes import Candidate
from flows.messages import Messages
from flows.models import is_hcpcs_code, joined_code

# CPT (HCPCS Level I) codes are five digits (facts F1.3).
_CPT_CODE = re.compile(r"\d{5}")


def code_argument(code: str, description: str | None) -> tuple[str, str | None]:
    """--code's value and the words the shell split off it, joined when together they make one
    HCPCS code ("e" and "1399"); otherwise both as typed."""
    if description is not None and is_hcpcs_code(joined_code(f"{code} {description}")):
        return joined_code(f"{code} {description}"), None
    return code, description


def not_a_code(typed: str, messages: Messages, meant: HcpcsCode | None = None) -> str:
    """Why --code's value is not looked up: a CPT code, no code at all, or a letter O typed
    for a zero (`meant`: the code it would be, which the reply suggests)."""
    if meant is not None:
        return messages.text(
            "codes_not_a_code_but", code=typed, meant=meant.code, description=meant.long_description
        )
    key = "codes_cpt_code" if _CPT_CODE.fullmatch(typed) else "codes_not_a_code"
    return messages.text(key, code=typed)


def o_read_as_zero(typed: str) -> str | None:
    """The code typed with a letter O for a zero ("EO240": E0240), when that reading is one."""
    read = typed[:1] + typed[1:].replace("O", "0")
    return read if read != typed and is_hcpcs_code(read) else None


def in_rank(found: list[Candidate]) -> list[Candidate]:
    """The candidates as `codes` shows them: in the search's order, each score lowered to the
    one above it where it is higher, so a score never says a code further down is surer
    (docs/codes.md, "Candidates"); the search itself keeps each code's own share."""
    shown: list[Candidate] = []
    for candidate in found:
        score = min(candidate.score, shown[-1].score) if shown else candidate.score
        shown.append(candidate.model_copy(update={"score": score}))
    return shown
