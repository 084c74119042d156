"""The valid code CMS moved a terminated code's item to, read from the code table alone."""

from __future__ import annotations

import datetime as dt
import re

from flows.code_table import HcpcsCode
from flows.codes import CodeBook

DESCRIPTOR_WORD = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")


def successor_of(codes: CodeBook | None, ended: HcpcsCode, described: str = "") -> str | None:
    """The valid code CMS moved a terminated code's item to, if the search of the terminated
    code's descriptor finds one: a code whose descriptor carries every word of it (K1031's
    words are E0681's; E2300's are in E2298's), else the one code among the first it shows that
    the same quarterly file added the day after the termination (K0553's "therapeutic" CGM
    supply allowance ended 12/31/2022 and A4239's non-adjunctive one began 1/1/2023), else,
    with none added, the code it shows first when CMS rewrote that code's descriptor the day
    after the termination (E0628, a seat lift "for use with patient owned furniture", ended
    12/31/2016, the day before E0627 became "Seat lift mechanism, electric, any type"), unless
    the item (`described`) types another code's street name in full ("sit to stand lift" is
    E0635's). A descriptor that changed a word ("sleeve" to "form") with no such code names no
    successor."""
    if codes is None:
        return None
    descriptor = ended.long_description
    words = set(DESCRIPTOR_WORD.findall(descriptor.lower()))
    shown = codes.search(descriptor, limit=5)
    for candidate in shown[:3]:
        carried = set(DESCRIPTOR_WORD.findall(codes.table[candidate.code].long_description.lower()))
        if words and words <= carried:
            return candidate.code
    if ended.termination_date is None:
        return None
    next_day = ended.termination_date + dt.timedelta(days=1)
    added = [c.code for c in shown if codes.table[c.code].add_date == next_day]
    if added:
        return added[0] if len(added) == 1 else None
    first = codes.table[shown[0].code] if shown else None
    if first is None or first.action_effective_date != next_day:
        return None
    # A rewritten descriptor is weaker evidence than an added code: the item typing another
    # code's street name says the terminated code was keyed for that item.
    typed = codes.likely_specific(described) if described else None
    if typed is not None and typed.code != first.code and codes.alias_typed(described, typed.code):
        return None
    return first.code
