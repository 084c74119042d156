"""`codes --code` as billers type it on a command line: a code split by a space ("--code e 1399",
unquoted) is one code, and a CPT code is told apart from text that is no code at all."""

from __future__ import annotations

import re

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


def not_a_code(typed: str, messages: Messages) -> str:
    """Why --code's value is not looked up: a CPT code, or no code at all."""
    key = "codes_cpt_code" if _CPT_CODE.fullmatch(typed) else "codes_not_a_code"
    return messages.text(key, code=typed)
