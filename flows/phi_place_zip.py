"""Addresses after an address's label that carry no street word (flows/phi_address.py): a house,
a lot or a building's number, a village, an island or a town, then a state or territory and a
ZIP code ("address 12 Leone Village, Tutuila 96799", "addr: house 8, Umatac, Guam 96915", "c/o
the church hall, Kaunakakai, HI 96748"), or a state's or territory's whole name at the end ("lives
at Bldg 4 Apt 2, Saipan, Northern Mariana Islands"). A labelled value that ends so is an
address, whatever its street words; a business's says it is one (flows/phi_address.py)."""

from __future__ import annotations

import re

from flows.models import US_STATE_NAMES

_CODES = "|".join(US_STATE_NAMES)
_NAMES = "|".join(sorted(US_STATE_NAMES.values(), key=len, reverse=True)).replace(" ", r"\s+")
# A place's words: "Tutuila", "Matu'u village", "Pago Pago".
_PLACE = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}"
# What a labelled value holds up to the comma before its last place: no line break and no
# separator a pasted list puts between fields ("|", ";", a dash between spaces).
_BODY = r"[^\W_](?:[^\n|;—–]|-(?! )){0,60}?"
LABELLED_PLACE = re.compile(
    rf"[\s:#=-]*{_BODY},\s*(?:"
    # "..., Tutuila AS 96799", "..., AS 96799-4027", "..., American Samoa 96799"
    rf"(?P<place>{_PLACE}),?\s*(?:(?:{_CODES})\.?,?\s*)?(?<!\w)\d{{5}}(?:-\d{{4}})?(?![\w-])"
    # "..., Saipan, Northern Mariana Islands" where the value ends
    rf"|(?:{_NAMES})(?=\s*(?:$|[\n|;.,(/—–]|\s-\s)))",
    re.IGNORECASE,
)
# The words of the states' and territories' names and codes: a place's name, not an ordinary word.
STATE_WORDS = frozenset(
    word for code, name in US_STATE_NAMES.items() for word in (code.lower(), *name.split())
)
# Cheap pre-check before the label's loop: a ZIP code or a state's name somewhere in the text.
PLACE_NEEDS = re.compile(rf"(?<!\d)\d{{5}}(?!\d)|\b(?:{_NAMES})\b", re.IGNORECASE)
