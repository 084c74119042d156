"""A message the guard refused leaves nothing of itself in the process: the readings its checks
share are memos of one scan, and only texts found clean are remembered (flows/phi_clean.py)."""

from __future__ import annotations

import gc
import re
import sys
from types import FunctionType, ModuleType

from flows.phi import scan

# Made-up identifiers, each spelled or typed a way that several checks read. The surnames are
# written backwards, so no string of this module holds a scanned text.
MESSAGES = [
    ("pt Quennell {} medicare 7 Q K 2 X D 4 P R 1 9 spelled out on the phone", "doowelsihT"),
    ("member id for Bridgid {}: UHC 8 4 4 0 2 9 1 7 7, dob 11/02/1944", "wahsnerellO"),
    ("Ms. Ottoline {} MRN 55190832 called back at 4 1 0 5 5 5 0 1 9 8", "htrownraV"),
]


def _the_products(held: object) -> bool:
    """Not another library's module, class or function (their memos hold no message; a function
    leads to its module's globals, and a test's to the whole test session), nor a word list."""
    if isinstance(held, frozenset):
        return False
    if isinstance(held, ModuleType):
        return held.__name__.startswith("flows")
    if isinstance(held, FunctionType):
        return held.__module__.startswith("flows")
    return not isinstance(held, type) or held.__module__.startswith("flows")


def _strings_held() -> list[str]:
    """Every string the product's modules reach: their globals, functions, memos, objects and
    what those refer to (not other libraries' modules), and re's memo of compiled patterns,
    where a pattern built around a message's words would keep them."""
    todo: list[object] = [m for name, m in sys.modules.items() if name.startswith("flows")]
    todo.append(vars(re))
    seen = {id(holder) for holder in todo}
    strings: list[str] = []
    while todo:
        for held in gc.get_referents(todo.pop()):
            if isinstance(held, str):
                strings.append(held)
            elif id(held) not in seen and _the_products(held):
                seen.add(id(held))
                todo.append(held)
    return strings


def test_a_refused_message_is_not_held_by_the_product_after_its_scan() -> None:
    surnames = [backwards[::-1] for _, backwards in MESSAGES]
    refused = [
        bool(scan(message.format(name)).kinds)
        for (message, _), name in zip(MESSAGES, surnames, strict=True)
    ]
    assert all(refused)
    strings = _strings_held()
    # One search over every string at once (hundreds of thousands once the content is loaded);
    # no surname holds the separator, so none is found across two strings.
    everything = "\0".join(strings)
    held = (
        {s for s in strings if any(n in s for n in surnames)}
        if any(name in everything for name in surnames)
        else set()
    )
    assert not held, held
