"""What in an item's description is context rather than the item: a lead before a colon or a
spaced dash that names no item ("abdomen/trunk lymphedema: strap compression wrap", "Acme Health
plan -- stoma caps") is read after the item, and a lead naming an item owns a part said after it
("semi electric bed: keypad cord chewed" is a cord for the bed)."""

from __future__ import annotations

import re

from flows.item_text import ItemReader
from flows.noc_families import contains_words
from flows.noc_scopes import ScopeFinder

# "heater plate assembly only", "pump only, tub is fine": after the item is named, a piece of it.
_PIECE_ONLY = re.compile(r"\b[a-z]{3,} only\s*(?:[,.;)]|$)", re.IGNORECASE)
_FIRST_CLAUSE_END = re.compile(r"[,;:]|\s-\s")
# What comes before the colon is context; so is a lead before a spaced dash when an item follows.
_PREFIX = re.compile(r"^\s*([^:;,]{2,60}?)([:;]|\s+(?:--|\u2014|\u2013))\s+(\S.*)$")
# "the heat lamp needs a new bulb": the piece named after what needs it is the item billed.
_NEEDS_NEW = re.compile(
    r"^\s*(?P<item>[^:;,.]{3,60}?)\s+(?:needs|need|requires|wants)\s+(?:a |an |one )?"
    r"(?:new|replacement|spare|another|fresh)\s+(?P<piece>[^:;,.]{2,60}?)(?P<rest>\s*(?:[:;,.].*)?)$",
    re.IGNORECASE,
)


def context_last(
    scopes: ScopeFinder, reader: ItemReader, part_cues: list[str], description: str
) -> str:
    """ "abdomen/trunk lymphedema: strap compression wrap" names a wrap: a prefix before a
    colon that names no item is context, read after the item ("orthopedic shoe: stretch the
    toe box" keeps its shoe first). A prefix naming an item, followed by a part of it, is
    what the part belongs to: "semi electric bed: keypad cord chewed" is a cord for the bed."""
    prefixed = _PREFIX.match(description)
    if prefixed is None:
        return description
    prefix, mark, rest = prefixed.groups()
    if mark not in ":;":  # a dash also ends an item ("lever drive wheels -- pt pumps ...")
        named = scopes.names_item(prefix) or not scopes.names_item(rest)
        return description if named else f"{rest}, {prefix}"
    if not scopes.names_item(prefix):
        return f"{rest}, {prefix}"
    part = scopes.part_of(rest)
    # "power chair: motor harness chewed, harness only": a piece said broken or alone
    piece = part is None and (
        contains_words(reader.unnegated_text(rest), part_cues) or piece_only(rest)
    )
    # "power chair: cup holder attached to the armrest": linked to a piece of the item named
    # first, the part is still that item's
    linked = part is not None and part.linked and not _to_piece(scopes, part.base_text)
    if not piece and (part is None or part.by_link or linked):
        return description
    naming, after = scopes.split_name(rest)
    return f"{naming.strip()} for {prefix} {after.strip()}".strip()


def _to_piece(scopes: ScopeFinder, base: str) -> bool:
    """True when what a part is linked to is only a piece of an item ("to the armrest")."""
    piece = scopes.part_of(re.sub(r"^\W*(?:to|on|onto|in|into)\b", "", base))
    return piece is not None and not piece.linked and not piece.base_text


def needed_piece_first(scopes: ScopeFinder, description: str) -> str:
    """ "the heat lamp needs a new bulb" bills a bulb for the heat lamp: the piece a named item
    needs is read first, linked to that item."""
    needed = _NEEDS_NEW.match(description)
    if needed and scopes.names_item(needed["item"]) and not scopes.names_item(needed["rest"]):
        return f"{needed['piece']} for {needed['item']}{needed['rest']}"
    return description


def piece_only(description: str) -> bool:
    """ "bed: pendant cord chewed, cord only": a piece "only", said past the clause naming the
    item ("lift chair seat mechanism only" is the whole mechanism)."""
    end = _FIRST_CLAUSE_END.search(description)
    return end is not None and bool(_PIECE_ONLY.search(description, end.end()))
