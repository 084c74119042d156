"""Parts an item comes without, said after the part: "rails declined", "mattress not supplied",
"humidifier ordered separately" (read by flows/item_text.py as "without rails")."""

from __future__ import annotations

import re

# "humidifier ordered separately", "rails not ordered", "mattress separate", "filter none": the
# item comes without it (up to three words before).
_SEPARATELY = re.compile(
    r"(?:\bwith\s+)?\b((?:[a-z-]+\s+){0,2}[a-z-]+)\s+"
    r"(?:is\s+|are\s+|being\s+|to\s+be\s+|will\s+be\s+)?"
    r"(?:(?:ordered|billed|sold|supplied|dispensed|purchased|provided)\s+separately"
    r"|(?:separate|none)(?=\s*(?:[,;().]|$))"
    r"|not\s+(?:included|ordered|needed|wanted|required|requested|supplied|provided))\b"
)
# "bed with rails, mattress on a separate line", "power chair with cushion on another line": a
# part after a comma or "with" comes on a line of its own; the line's own item said so ("wheelchair
# tray billed on a separate line") is kept, as is "its own line".
_ON_ANOTHER_LINE = re.compile(
    r"(?:[,;]\s*|\bwith\s+)((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:is\s+|are\s+|being\s+|will\s+be\s+)?"
    r"(?:(?:ordered|billed|listed)\s+)?on\s+(?:a\s+separate|separate|another|other)\s+lines?\b"
)
# "rails refused", "rails declined in writing", "mattress no", "mattress: NOT needed", "rails and
# mattress struck off the order": a part named before its refusal or its removal from the order
# is a part the item comes without (read before the shorthand, which reads a refusal that comes
# first, "pt refuses rails", as "without").
_REFUSALS = (
    r"refused|declined|omitted|skipped|no|none|not\s+needed|deleted|struck(?:\s+off)?"
    r"|crossed\s+(?:off|out)|taken\s+off|removed\s+from"
)
_AFTER_PART = (
    r"\b((?:[a-z]+\s+and\s+)?(?:[a-z]+\s+)?[a-z]+)\s*:?\s+(?:(?:was|were|is|are|got)\s+)?(?:{})"
    r"(?=\s*(?:[,;().|]|-\s|in\s+writing|by\s|because\s|since\s|on\s+the|per\s|from\s"
    r"|off\s|so\s|the\s+(?:order|swo|dwo|rx)|too\b|also\b|$))"
)
_REFUSED_AFTER = re.compile(_AFTER_PART.format(_REFUSALS))
# An option of a whole item's order ("seat elevator denied", "tilt not covered", "elevator
# removed"): the payer's or the order's word leaves it out of the item. Only for the options of
# an order already read as one item (a power base): "bed denied" in a question names the item.
_OPTION_LEFT_OUT = re.compile(
    _AFTER_PART.format(_REFUSALS + r"|denied|not\s+(?:covered|approved|ordered)|removed")
)

# "not sending the old bed back", "family is shipping her old chair back": the item sent back is
# the one being replaced, not a part the new item comes without (the shorthand reads a bare "not
# sending the mattress" as "without the mattress").
_SENT_BACK = re.compile(
    r"(?:\b[a-z]+'(?:re|s|ll)\s+)?(?:\b(?:not|never)\s+|n't\s+(?:be\s+)?)?"
    r"\b(?:send(?:ing|s)?|sent|ship(?:ping|ped|s)?|mail(?:ing|ed|s)?|bring(?:ing|s)?|brought)"
    r"\s+(?:[a-z'-]+\s+){1,4}?back\b"
)
_LACKING = re.compile(r"\b([a-z]{3,})-less\b")  # "wheelchair-less", "cuff-less"


def _without(match: re.Match[str]) -> str:
    """Each part refused after its name, apart: "rails and mattress declined"."""
    return "".join(f" without {part} , " for part in match.group(1).split(" and "))


def lacking(text: str) -> str:
    """A hyphenated "-less" word read as a negation ("wheelchair-less bed table": no wheelchair's
    part), as the code search's speller reads "cuff-less"."""
    return _LACKING.sub(r"non \1", text)


def refused_after(text: str) -> str:
    """Each part named before its refusal or its removal from the order, read as "without";
    an old item sent back is left out."""
    return _REFUSED_AFTER.sub(_without, _SENT_BACK.sub(" , ", text))


def ordered_separately(text: str) -> str:
    """Each part said to be ordered separately or not included, read as "without"."""
    return _SEPARATELY.sub(r" , without \1 , ", _ON_ANOTHER_LINE.sub(r" , without \1 , ", text))


def options_left_out(text: str) -> str:
    """An order's options refused, denied, not covered or removed after their names, or said not
    to be ordered, read as "without" (a base's "seat elevator not needed")."""
    return ordered_separately(_OPTION_LEFT_OUT.sub(_without, text))
