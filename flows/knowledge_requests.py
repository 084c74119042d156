"""How a biller asks the bot to do something rather than asks it something (rules/knowledge.yaml
`requests`): "could you fax the SWO", "pull our denials", "how many claims did we bill"."""

from __future__ import annotations

import re

from pydantic import BaseModel

from flows.text import phrase_alternatives as _alternatives

# An action word followed by "from" names a message received ("email from the rep: '...'",
# "fax from the doctor"), not an action asked for.
_RECEIVED = r"\b(?!\s+from\b)"


class Requests(BaseModel):
    """`requests` in rules/knowledge.yaml: how a biller asks the bot to do something."""

    openers: list[str] = []
    weak_openers: list[str] = []
    own_objects: list[str] = []
    direct_actions: list[str] = []
    asks_to_be_told: list[str] = []
    # "can you check if / confirm whether ...": asks to be told whether, read as "whether ..."
    asks_whether: list[str] = []
    count_openers: list[str] = []
    our_records: list[str] = []
    actions: list[str] = []
    for_whom: list[str] = []
    # Acts a biller may not do for someone (sign for the patient, backdate, forge), asked of the
    # bot after an opener or a weak one: "go ahead and sign the ABN on her behalf".
    improper_acts: list[str] = []
    commands: list[str] = []
    # A question starting with an action aimed at one patient's or the team's own things ("email
    # the ABN to the pt", "look up the pt's MBI in our system") tells the bot to do it.
    their_things: list[str] = []
    # A message with no question in it (no "?", no question word) that starts with an action,
    # or one of `statement_actions`, and names a particular thing (`particulars`: "the SWO",
    # "this pt", "yesterday's claims") is an instruction: "fax the SWO to the doctor's office".
    # "check claim status noridian" names nothing particular and stays a question.
    statement_actions: list[str] = []
    particulars: list[str] = []
    # A record named by its number ("claim 20260412-77", "ticket #A7731"): the team's own data.
    numbered_records: list[str] = []
    # Words between the record and its number ("claim number ending 4471", "ICN ending in 1234").
    number_words: list[str] = []
    # A word opening the message that names the text quoted after it ("draft NTE: 'SIDE TRAY
    # ...' ok?"): the text pasted to be checked, not a command to write one.
    pasted_names: list[str] = []


def request_pattern(requests: Requests) -> re.Pattern[str] | None:
    """An opener then an action ("could you please fax"), a weak opener then an action on the
    team's own work or with a follow-up job ("can you pull our denials", "can you call noridian
    and check on the batch") or one nobody asks permission for ("can you tally the rentals"), a
    count of the team's own records ("how many claims did we bill"), an action done for someone
    within a few words ("submit it for me"), an act nobody may do for someone asked of the bot
    ("please backdate the ABN"), a question starting with a command ("pull ..."), or
    starting with an action on a patient's or the team's things ("email the ABN to the pt") and
    offering no choice."""

    right_after = r"\s+(?:(?:just|please|quickly|go)\s+)?"

    def within(words: int) -> str:
        # A possessive's "s" ("yesterday's batch" read as "yesterday s batch") is no word.
        return rf"(?:\s+\S+(?:\s+s\b)?){{0,{words}}}?\s+"

    def then(*parts: tuple[list[str], str]) -> str | None:
        """Each phrase list's alternatives, joined by the gaps given; None if a list is empty."""
        if not all(phrases for phrases, _gap in parts):
            return None
        return r"\b" + "".join(_alternatives(phrases) + gap for phrases, gap in parts) + r"\b"

    shapes = [
        then((requests.openers, right_after), (requests.actions, "")),
        then(
            (requests.weak_openers, right_after),
            (requests.actions, r"\b" + within(3)),
            (requests.own_objects, ""),
        ),
        then((requests.weak_openers, right_after), (requests.direct_actions, "")),
        then((requests.openers + requests.weak_openers, right_after), (requests.improper_acts, "")),
        then((requests.count_openers, r"\b" + within(5)), (requests.our_records, "")),
        then(
            (requests.actions + requests.improper_acts, _RECEIVED + within(8)),
            (requests.for_whom, ""),
        ),
        rf"^{_alternatives(requests.commands)}\b" if requests.commands else None,
        # One offering a choice stays a question: "send this to noridian or cgs?".
        rf"^(?!.*\bor\b){_alternatives(requests.actions)}{_RECEIVED}{within(6)}"
        rf"{_alternatives(requests.their_things)}\b"
        if requests.actions and requests.their_things
        else None,
    ]
    present = [shape for shape in shapes if shape]
    return re.compile("|".join(present)) if present else None


def reference_pattern(requests: Requests) -> re.Pattern[str] | None:
    """One of the team's own records named by its number (`numbered_records`): "claim
    20260412-77", "ticket 48213", "claim number ending 4471", "claim #A7731", "WQ: 118". A
    number of four digits or more, or any number after "#" or ":"; "claim 10 days ago" and
    "claim E1399" (a code) name no record."""
    if not requests.numbered_records:
        return None
    gap = rf"(?:{_alternatives(requests.number_words)}\s+){{0,2}}" if requests.number_words else ""
    number = r"(?:[#:]\s*[a-z0-9-]*\d[a-z0-9-]*|\d{4,}[a-z0-9-]*)"
    return re.compile(
        rf"\b{_alternatives(requests.numbered_records)}\s*{gap}{number}(?![\w-])", re.I
    )
