"""A specific code the item's own words contradict: the chosen code's HCPCS descriptor says one
value of a detail (half length, quad tips, with a faucet) and the item says another (full
length, single tip, no faucet), and a close code says the item's value.

Which details count and how each value is read live in content/rules/code_details.yaml; this
module only applies them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from flows.codes import CodeBook

SHOWN = 5  # codes of the search's reading a better code may come from
# A code and the words the biller glosses it with ("coded E0163 (fixed arms)", "E0191
# (protector)"): the gloss says what the code is, not what the item is.
CODE_GLOSS = re.compile(r"\b([a-z]\d{4})\s*\([^()]{1,40}\)", re.I)
# The facts a contradiction sets, none when there is none.
NO_CONTRADICTION: dict[str, Any] = {
    "detail_code": None,
    "detail_code_description": None,
    "detail_code_first": False,
    "detail_code_sole": False,
    "detail_chosen_description": None,
    "detail_item_says": None,
    "detail_code_says": None,
}


def _compiles(pattern: str | None) -> str | None:
    if pattern is not None:
        re.compile(pattern)
    return pattern


class DetailValue(BaseModel):
    """One value of a detail: what it is called in a warning, how a descriptor says it (none:
    a descriptor that says no value of the detail has this one) and how an item says it."""

    model_config = ConfigDict(extra="forbid")

    said: str = Field(min_length=3)
    descriptor: str | None = None
    item: str | None = None

    _check = field_validator("descriptor", "item")(_compiles)

    def in_descriptor(self, text: str) -> bool:
        return self.descriptor is not None and bool(re.search(self.descriptor, text, re.I))

    def in_item(self, text: str) -> bool:
        return self.item is not None and bool(re.search(self.item, text, re.I))


class Pounds(BaseModel):
    """How a weight capacity is read: the item's figure, and each code's bounds from its own
    descriptor ("greater than 350 pounds", "up to and including 300 pounds"), with the floor
    of a heavy-duty descriptor that gives no figure."""

    model_config = ConfigDict(extra="forbid")

    item: str
    over: str
    up_to: str
    heavy_over: int = Field(ge=100)

    _check = field_validator("item", "over", "up_to")(_compiles)

    def of_item(self, text: str) -> int | None:
        figures = {int(m.group(1)) for m in re.finditer(self.item, text, re.I)}
        return figures.pop() if len(figures) == 1 else None

    def bounds(self, descriptor: str, heavy: bool) -> tuple[int | None, int | None]:
        """(over, up to) in pounds a code's descriptor gives; unknown bounds are None."""
        over = re.search(self.over, descriptor, re.I)
        up_to = re.search(self.up_to, descriptor, re.I)
        low = int(over.group(1)) if over else (self.heavy_over if heavy else None)
        return low, int(up_to.group(1)) if up_to else None


class Detail(BaseModel):
    """A detail on which a code's descriptor and an item can disagree, with its values."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    note: str | None = None  # for reviewers; never shown to billers
    values: list[DetailValue] = Field(min_length=2)
    pounds: Pounds | None = None  # a weight capacity read by its figure
    # How a descriptor says every value at once ("with or without arms", "rigid or folding"):
    # such a code says no one value, and fits an item of any.
    any_value: str | None = None

    _check = field_validator("any_value")(_compiles)

    def says_any(self, descriptor: str) -> bool:
        return self.any_value is not None and bool(re.search(self.any_value, descriptor, re.I))

    def of_descriptor(self, text: str) -> DetailValue | None:
        """The value a descriptor says; the silent value when it says none."""
        if self.says_any(text):
            return None
        said = [v for v in self.values if v.in_descriptor(text)]
        if len(said) == 1:
            return said[0]
        silent = [v for v in self.values if v.descriptor is None]
        return silent[0] if not said and silent else None

    def of_item(self, text: str) -> DetailValue | None:
        said = [v for v in self.values if v.in_item(text)]
        return said[0] if len(said) == 1 else None


class CodeDetailsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    source: HttpUrl
    last_reviewed: dt.date
    details: list[Detail]


# Words of a descriptor's head that name no kind of item.
_NOT_AN_ITEM = {"with", "without", "for", "or", "and", "the", "of", "on", "use", "used", "any",
                "type", "device", "accessory", "replacement", "only", "home", "model", "adult",
                "size", "system", "equipment", "patient"}  # fmt: skip


def _head(descriptor: str) -> str:
    return descriptor.split(",", 1)[0].strip().casefold()


def _kin(one: str, other: str) -> bool:
    """Two descriptors' heads name the same kind of item by a word ("Commode chair" and
    "Commode chair"; "Respiratory suction pump" and "Gastric suction pump"), never a commode
    for a wheelchair cushion however its detail reads."""

    def stems(descriptor: str) -> set[str]:
        words = re.findall(r"[a-z]+", _head(descriptor))
        return {w[:5] for w in words if w not in _NOT_AN_ITEM and len(w) > 2}

    return bool(stems(one) & stems(other))


def _fits(pounds: int, low: int | None, high: int | None) -> bool:
    return (low is None or pounds > low) and (high is None or pounds <= high)


def _weighed(detail: Detail, figure: int, own: str, other: str) -> tuple[str, str] | None:
    """(what the chosen code says, what the item says) when an item's figure in pounds is
    outside the chosen code's capacity and inside the other code's, each code's bounds from
    its own descriptor; a standard code with no figure ends where the heavy-duty one starts."""
    assert detail.pounds is not None
    heavy = detail.values[0]
    own_heavy, other_heavy = heavy.in_descriptor(own), heavy.in_descriptor(other)
    own_low, own_high = detail.pounds.bounds(own, own_heavy)
    other_low, other_high = detail.pounds.bounds(other, other_heavy)
    if not own_heavy and own_high is None:
        own_high = other_low
    if not other_heavy and other_high is None:
        other_high = own_low
    if own_low is own_high is None or other_low is other_high is None:
        return None  # a code that says nothing of weight
    if _fits(figure, own_low, own_high) or not _fits(figure, other_low, other_high):
        return None
    if own_low is None:
        says = f"a patient weight up to {own_high} pounds"
    else:
        says = f"heavy duty, over {own_low} pounds" + (
            f" up to {own_high}" if own_high is not None else ""
        )
    return says, f"{figure} pounds"


def _keeps(details: CodeDetailsFile, detail: Detail, own: str, other: str) -> bool:
    """The other code says every other detail as the chosen code does (wheeled or not, with a
    mattress or without, semi or total electric), or says any value of it (E0168's commode
    "with or without arms" keeps E0165's detachable arms)."""
    return all(
        d.of_descriptor(own) is d.of_descriptor(other) or d.says_any(other)
        for d in details.details
        if d is not detail
    )


def _closest(own: str, others: list[str]) -> list[int]:
    """Which of the other descriptors share the most words with the chosen code's (E0669's
    "half leg" for E0666's, over E0667's full leg): two or more is a tie."""
    words = set(re.findall(r"[a-z]+", own.casefold()))
    shared = [len(words & set(re.findall(r"[a-z]+", o.casefold()))) for o in others]
    return [i for i, n in enumerate(shared) if n == max(shared)]


def contradiction(
    codes: CodeBook, details: CodeDetailsFile, described: str, chosen: str
) -> dict[str, Any] | None:
    """The first detail the chosen code's descriptor and the item disagree on, with the code
    that says the item's value: one the search shows for the item, or one sharing the chosen
    code's descriptor head ("Cane", "Bed side rails"). None when no such code is in force.
    Billed in its place only when it is the one such code, keeps every other detail of the
    chosen code and is the search's first reading or the biller tells of keying the chosen code
    (checks.yaml); otherwise the biller is warned."""
    own = codes.table.get(chosen)
    if own is None or not described:
        return None
    shown = [c.code for c in codes.search(described, limit=SHOWN)]
    head = _head(own.long_description)
    same_head = [
        code
        for code, row in codes.table.items()
        if _head(row.long_description) == head and code not in shown
    ]
    item = CODE_GLOSS.sub(r"\1", described)
    for detail in details.details:
        figure = detail.pounds.of_item(item) if detail.pounds else None
        theirs, ours = detail.of_item(item), detail.of_descriptor(own.long_description)
        if figure is None and (theirs is None or ours is None or theirs is ours):
            continue
        found_codes: list[tuple[str, str, str]] = []  # (code, chosen code says, item says)
        for code in [*shown, *same_head]:
            row = codes.table.get(code)
            if code == chosen or row is None or row.termination_date is not None:
                continue
            found = codes.lookup(code)
            if found is None or found.is_noc:
                continue
            if not _kin(own.long_description, row.long_description):
                continue
            if figure is not None:
                weighed = _weighed(detail, figure, own.long_description, row.long_description)
                if weighed is not None:
                    found_codes.append((code, *weighed))
            elif ours and theirs and detail.of_descriptor(row.long_description) is theirs:
                found_codes.append((code, ours.said, theirs.said))
        if not found_codes:
            continue
        kept = [
            f
            for f in found_codes
            if _keeps(details, detail, own.long_description, codes.table[f[0]].long_description)
        ]
        closest = _closest(own.long_description, [codes.table[f[0]].long_description for f in kept])
        code, chosen_says, item_says = kept[closest[0]] if closest else found_codes[0]
        return {
            "detail_code": code,
            "detail_code_description": codes.table[code].long_description,
            "detail_code_first": len(closest) == 1 and bool(shown) and shown[0] == code,
            "detail_code_sole": len(closest) == 1,
            "detail_chosen_description": own.long_description,
            "detail_item_says": item_says,
            "detail_code_says": chosen_says,
        }
    return None
