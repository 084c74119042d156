"""Questions that ask for an item's code ("is there a code for a knee scooter?", "knee walker
code"): the item named, so the code search answers instead of the knowledge base."""

from __future__ import annotations

import re

from flows.models import ANY_HCPCS_IN_TEXT

_ITEM_QUESTION = re.compile(
    r"(?:is there|are there|any|what(?:'s| is| are)?|which|find|need|look ?up|get)?\s*"
    r"(?:a |an |the )?"
    r"(?:specific |more specific |correct |right |proper )?(?:hcpcs |dme |billing )?"
    r"(?:(?P<billed>(?:repair )?labou?r|repair labou?r) )?"  # "labor code for a bed": the labor
    r"(?:code|codes|hcpcs)\s+(?:for|to bill|to use for|(?P<on>on))\s+"
    r"(?:an? |the |my )?(?P<item>.+)",
    re.IGNORECASE,
)
_NOT_ITEMS = re.compile(r"\b(e1399|noc|narrative|denial|modifier|abn|appeal|timely)\b", re.I)
# "cpt code for ...", "icd-10 code for ...": another code set, not an item to look up in HCPCS.
_OTHER_CODE_SETS = re.compile(
    r"\b(?:cpt|icd[- ]?(?:9|10)?(?:[- ]?cm)?|dx|diag|diagnosis|dental|cdt|revenue|rev|pos|place of "
    r"service|type|msp|drg|ndc|e/?m|carc|rarc|remark|reason|adjustment|zip|billing provider|tax)"
    r"\s+(?:code|codes)\s+(?:for|to bill|to use for|on)\b",
    re.IGNORECASE,
)
# "diag code on the SWO", "code on the CMN": what a document holds, which the knowledge base
# answers, not an item to look up ("code for an order holder bag" is one).
_DOCUMENTS = re.compile(
    r"^(?:swo|swos|order|orders|written order|rx|prescription|script|cmn|dif|dwo|pod|proof of "
    r"delivery|delivery ticket|invoice|claim|claim form|cms-?1500|form|records|notes|chart)\b",
    re.IGNORECASE,
)
# Services are billed with other code sets: "code for an MRI" is not a DME item.
_SERVICES = re.compile(
    r"\b(?:surgery|surgical procedure|replacement surgery|visit|office visit|exam|consult|"
    r"injection|infusion therapy|mri|ct scan|x-?ray|ultrasound|lab|labs|blood test|therapy "
    r"session|ambulance|crown|filling|root canal|anesthesia)\b",
    re.IGNORECASE,
)


# "knee walker code", "hospital bed hcpcs?": an item, then the word code, and nothing else.
_ITEM_THEN_CODE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<item>[a-z][a-z0-9 /&'-]{2,60}?)\s+(?:hcpcs\s+)?(?:code|codes|hcpcs)"
    r"\s*[?.!]*$",
    re.IGNORECASE,
)
# Words that make "... code" some other code ("reason code", "zip code") or a question about
# codes rather than an item's name ("w/c part without its own code", "misc supply code").
_NOT_ITEM_WORDS = frozenset(
    "what whats which this that my our correct right specific billing hcpcs cpt icd icd-10 "
    "diagnosis dx reason remark adjustment group status action coverage pricing payment error "
    "reject rejection carc rarc claim modifier denial revenue place service type zip area ansi "
    "edit tracking access promo discount for with without no not of the by or and to be its own "
    "is does do same only just valid theres there misc miscellaneous otherwise specified "
    "classified nos noc unlisted segment loop rules".split()
)


# A second question after the item ("labor code for repairing a hosp bed, how many units for a
# pendant"): the message asks more than a code, which the knowledge base answers part by part.
_FURTHER_QUESTION = re.compile(
    r"[,;]\s*(?:and\s+)?(?:how|what|whats|which|do|does|is|are|can|when|who|where|why)\b", re.I
)


# A code asked for after another question ("NU or RB? and what code for the labor"): one part
# of a question in parts, which the knowledge base answers part by part.
_ASKED_BEFORE = re.compile(
    r"\S+(?:\s+\S+){2,}(?:\?\s*(?:and|also|plus)?|\s+(?:and|also|plus))\s*$", re.I
)


def item_in_question(question: str) -> str | None:
    """The item named in "is there a code for a knee scooter?" or "knee walker code", or None
    for other questions (and for a code asked after another question)."""
    match = _ITEM_QUESTION.search(question.strip())
    if match and _ASKED_BEFORE.search(question.strip()[: match.start()]):
        return None
    if match is None:
        match = _ITEM_THEN_CODE.search(question.strip())
        words = match.group("item").lower().split() if match else []
        if (
            len(words) > 4
            or _NOT_ITEM_WORDS & set(words)
            or ANY_HCPCS_IN_TEXT.search(" ".join(words))
        ):
            return None
    if not match or _OTHER_CODE_SETS.search(question):
        return None
    item = match.group("item").strip(" ?.!")
    billed = match.groupdict().get("billed")
    if billed:  # what is billed is the labor, on the item named after "for"
        item = f"{billed} for {item}"
    item = re.sub(r"\b(?:instead of|rather than|other than|besides)\b.*$", "", item, flags=re.I)
    item = item.strip(" ?.!,")
    if not item or _NOT_ITEMS.search(item) or _SERVICES.search(item) or len(item) > 200:
        return None
    if _FURTHER_QUESTION.search(item):
        return None
    if match.groupdict().get("on") and _DOCUMENTS.search(item):
        return None
    return item
