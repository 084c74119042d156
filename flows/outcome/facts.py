"""Reads a claim into the flat facts the rule files test (payer, timing, coverage, route...).

Only reading happens here: what the claim says, what the code table says about its code, and
which dates fall where. What those facts mean for billing is decided in content/rules/.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flows.codes import LIKELY_SHARE, CodeBook
from flows.models import DOCUMENT_IDS, Claim, claim_status_code, remittance_code
from flows.outcome.code_details import NO_CONTRADICTION, contradiction
from flows.outcome.deadlines import Window, dates_out_of_order
from flows.outcome.family_reading import (
    FUNCTION_WORDS,
    clear_reading,
    family_reading,
    reads_clearly_over,
    sibling_read_higher,
    sibling_reading,
    sibling_said,
)
from flows.outcome.narrative import changed_by_claim_safe
from flows.outcome.rulebook import Rulebook
from flows.outcome.successors import DESCRIPTOR_WORD, successor_of
from flows.phi import scan

REVIEWED_SHARE = 0.5  # of two reviewed never-covered codes, the one read this well is the item
REVIEWED_LEAD = 0.04  # share by which a reviewed first code must lead every other code shown


def coverage_of(codes: CodeBook | None, code: str | None) -> str:
    """The Medicare coverage of a code, from its CMS coverage code; 'unknown' when not known."""
    found = codes.coverage(code) if codes is not None and code else None
    return found.medicare_coverage if found is not None else "unknown"


def never_covered(codes: CodeBook, code: str) -> bool:
    """Medicare never covers the code's item (CMS coverage code M or S)."""
    found = codes.coverage(code)
    return found is not None and found.never_covered


def _reviewed_rival(codes: CodeBook, description: str, match: str, declined: list[str]) -> bool:
    """The biller also reviewed a broader code: the match's descriptor is that code's plus a
    feature the description does not say (E0737 is E0736 "controlled by phone application";
    a "tibial stimulator w/ handheld controller, not app-run" says no phone), so the search's
    reading of the match rests on words the item lacks. Or the search reads the item higher as
    a feature sibling of the match (sibling_read_higher: one crutch, reviewed the pair's code)."""
    if sibling_read_higher(codes, description, match):
        return True
    said = {w[:5] for w in DESCRIPTOR_WORD.findall(description.lower())}
    words = set(DESCRIPTOR_WORD.findall(codes.table[match].long_description.lower()))
    for other in declined:
        if other == match or other not in codes.table:
            continue
        broader = set(DESCRIPTOR_WORD.findall(codes.table[other].long_description.lower()))
        feature = {w for w in words - broader if len(w) > 3 and w not in FUNCTION_WORDS}
        if broader < words and any(w[:5] not in said for w in feature):
            return True
    return False


def reviewed_first(codes: CodeBook, described: str, declined: list[str]) -> str | None:
    """The code the search reads first, when the biller reviewed it, it covers most of the
    description and it leads every other code shown by a clear margin: the review and the
    search agree on one code, where CodeBook.describes wants its descriptor said word for word
    ("hospital-grade multi-user electric breast pump" is E0604)."""
    shown = codes.search(described, limit=5)
    if not shown:
        return None
    first = shown[0]  # the ranker's first, which the search keeps first
    lead = min((first.score - c.score for c in shown[1:]), default=first.score)
    sure = first.score >= LIKELY_SHARE and lead >= REVIEWED_LEAD
    return first.code if sure and first.code in declined else None


def _other_specific_code(
    facts: dict[str, Any],
    codes: CodeBook,
    described: str,
    named_items: tuple[str | None, ...],
    reviewed: list[str],
) -> None:
    """A specific code billed: the specific code the search is sure the item is, when it is
    another one (not the repaired or base item's), whether the item's words say its name and
    most of its descriptor (CodeBook.describes), and whether the biller reviewed it."""
    other = codes.likely_specific(described)
    if other is None or other.code == facts["code"] or other.code in named_items:
        return
    facts["other_code"] = other.code
    facts["other_description"] = other.description
    facts["other_code_described"] = codes.describes(described, other.code, False)
    facts["other_code_reviewed"] = other.code in reviewed
    facts["other_code_clear"] = reads_clearly_over(
        codes, described, other.code, facts["code"], named_items
    )


def delivery_timing(date_of_service: dt.date | None, today: dt.date) -> str:
    """The `timing` rule fact: a delivery still to come, one made, or no date yet."""
    if date_of_service is None:
        return "undated"
    return "planned" if date_of_service > today else "delivered"


def window_dates(claim: Claim, rules: Rulebook) -> dict[str, dt.date]:
    """Every window's end date, counted strictly, that the claim's dates allow, whether or not
    it applies."""
    return {w.id: w.due(start) for w, start in _window_starts(claim, rules)}


def legal_last_days(claim: Claim, rules: Rulebook) -> dict[str, dt.date]:
    """The legal last day of each window the law extends (mail days, the next-workday rule)."""
    return {
        w.id: rules.deadlines.legal_last_day(w, start)
        for w, start in _window_starts(claim, rules)
        if w.extended_by_law
    }


def _window_starts(claim: Claim, rules: Rulebook) -> list[tuple[Window, dt.date]]:
    starts = {
        "date_of_service": claim.date_of_service,
        "determination_date": claim.claim.determination_date,
        "redetermination_date": claim.claim.redetermination_date,
        "submitted_on": claim.claim.submitted_on,
    }
    found = []
    for window in rules.deadlines.windows:
        start = starts.get(window.starts)  # a QIC decision's date: on no claim
        if start is not None:
            found.append((window, start))
    return found


def _jurisdiction(claim: Claim, rules: Rulebook) -> dict[str, str]:
    """The beneficiary's DME MAC: its contractor (Noridian, CGS) for rules to test, and its name
    and status channels for sentences to quote; nothing when the state is not known."""
    found = rules.jurisdictions.for_state(claim.payer.state)
    if found is None:
        return {}
    name, info = found
    return {
        "dme_mac_contractor": info.contractor,
        "dme_mac": f"{name} ({info.contractor})",
        "status_channel": f"{info.status_check} ({name}, {info.contractor})",
    }


def _units(minutes: int | None) -> str | None:
    """Labor in whole 15-minute units, as a line's quantity counts them, with the minutes left
    over ("1 unit of 15 minutes", "3 units of 15 minutes and 5 minutes over")."""
    if minutes is None:
        return None
    units, over = divmod(minutes, 15)
    if units == 0:
        return "less than one unit of 15 minutes"
    whole = f"{units} unit{'s' if units > 1 else ''} of 15 minutes"
    return f"{whole} and {over} minutes over" if over else whole


def months_since(year_month: str | None, on: dt.date) -> int | None:
    """Whole months from a "YYYY-MM" delivery month to `on` (0 in that month, negative before)."""
    if year_month is None:
        return None
    year, month = (int(part) for part in year_month.split("-"))
    return (on.year - year) * 12 + on.month - month


def claim_facts(
    claim: Claim, today: dt.date, codes: CodeBook | None, rules: Rulebook, described: str
) -> dict[str, Any]:
    """The facts of one claim as of `today` (see conditions.FACTS for what each may hold);
    `described` is the item text the search and the rules read (search_text.py)."""
    item, status, code = claim.item, claim.claim, claim.code_check.chosen_code
    remits = [c for c in status.denial_codes if remittance_code(c)]
    # Keyed "submitted", but a remittance code a denial rule reads (CO-16, CO-50) shows the payer
    # decided it; adjustments and remarks alone (CO-45, PR-2, N115) do not (denials.yaml).
    read_as_denied = status.status == "submitted" and rules.denials.reads_a_denial(remits)
    claim_status = "denied" if read_as_denied else status.status
    found = codes.lookup(code) if codes is not None else None
    misordered = dates_out_of_order({"date_of_service": claim.date_of_service,
                                     "submitted_on": status.submitted_on,
                                     "determination_date": status.determination_date})  # fmt: skip
    facts: dict[str, Any] = {
        "payer": claim.payer.type,
        "category": item.category,
        "acquisition": item.acquisition or "unknown",
        "code": code,
        "code_groups": rules.code_groups.of(code),
        "code_kind": "unknown" if found is None else ("noc" if found.is_noc else "specific"),
        "code_status": "unknown",
        "coverage": coverage_of(codes, code),
        "pricing_indicator": found.pricing_indicator if found is not None else "",
        "likely_code": None,
        "likely_code_coverage": "unknown",
        "likely_code_groups": [],
        "likely_code_reviewed": False,
        "likely_code_described": False,
        "likely_code_in_family": False,
        "likely_code_family": "",
        "likely_code_is_named_item": False,
        "family_reading": None,
        "family_reading_noc": "",
        "family_reading_is_named_item": False,
        "likely_reading": None,
        "clear_reading": None,
        "reviewed_codes": None,
        "reviewed_never_covered": None,
        "reviewed_match": None,
        "reviewed_count": 0,
        "reviewed_rival": False,
        "reviewed_first": None,
        "better_noc": None,
        "better_noc_coverage": "unknown",
        "named_item_noc": None,
        "word_noc": None,
        "code_rule": None,
        "successor_code": None,
        "successor_disagrees": False,
        "terminated_reading": None,
        "terminated_replacement": None,
        "other_code": None,
        "other_code_described": False,
        "other_code_reviewed": False,
        "other_code_clear": False,
        "sibling_said": None,
        **NO_CONTRADICTION,
        "expect_denial": claim.expect_medicare_denial,
        "denial_reason": claim.denial_reason or "unknown",
        "timing": delivery_timing(claim.date_of_service, today),
        "claim_status": claim_status,
        "denial_route": "not_denied",
        "unprocessable": False,
        "denial_codes": list(status.denial_codes),
        "front_end_codes": [c for c in status.denial_codes if claim_status_code(c)],
        "remittance_codes": remits,
        "read_as_denied": read_as_denied,
        "unread_denial_codes": [
            _shown(c) for c in status.denial_codes if not rules.reads_code(c, claim.payer.type)
        ],
        "has_determination": status.determination_date is not None,
        "has_redetermination_decision": status.redetermination_date is not None,
        "dates_out_of_order": ("submitted_on", "determination_date") in misordered,
        "submitted_before_service": ("date_of_service", "submitted_on") in misordered,
        "determination_before_service": ("date_of_service", "determination_date") in misordered,
        "misordered_dates": sorted({field for pair in misordered for field in pair}),
        "replacement_reason": item.replacement_reason or "unknown",
        "rental_month": item.rental_month,
        "repair_of_code": item.repair_of_code,
        "repair_of_code_groups": rules.code_groups.of(item.repair_of_code),
        "repair_of_purchased": item.repair_of_purchased,
        "repaired_item_age_months": months_since(
            item.repair_of_purchased, claim.date_of_service or today
        ),
        "labor_minutes": item.labor_minutes,
        "base_item_code": item.base_item_code,
        "base_item_code_groups": rules.code_groups.of(item.base_item_code),
        "text": f"{described} {item.model or ''}".lower(),
        "situations": rules.checks.situations_in(described, claim.date_of_service),
        "dme_mac_contractor": None,
        **_jurisdiction(claim, rules),
        "claim_unsafe_characters": any(
            map(changed_by_claim_safe, (item.description, item.manufacturer, item.model))
        ),
        "price_known": item.unit_price is not None,
        "maker_known": bool((item.manufacturer or "").strip()),
        "model_known": bool((item.model or "").strip()),
        "unit_price_cents": None if item.unit_price is None else int(item.unit_price * 100),
        "line_total_cents": None
        if item.unit_price is None
        else int(item.unit_price * item.quantity * 100),
        "quantity": item.quantity,
        "state_known": claim.payer.state is not None,
        "state": (claim.payer.state or "").upper(),
        "date_of_service_ymd": int(claim.date_of_service.strftime("%Y%m%d"))
        if claim.date_of_service
        else None,
        "date_of_service_day": claim.date_of_service.strftime("%m-%d")
        if claim.date_of_service
        else None,
        "days_to_timely_filing": None,
        "timely_filing_next_workday_is_today": False,
        "timely_filing_day_off": None,
        "filed_within_timely_filing": None,
        "days_to_record_retention": None,
        # Values sentences quote; rules do not test these.
        "date_of_service": claim.date_of_service,
        "determination_date": status.determination_date,
        "redetermination_date": status.redetermination_date,
        "submitted_on": status.submitted_on,
        "coverage_code": found.coverage_code if found is not None else "",
        "labor_units": _units(item.labor_minutes),
        "acquisition_label": (item.acquisition or "").replace("_", " "),
        "line_total": item.unit_price * item.quantity if item.unit_price is not None else None,
        **{document: getattr(claim.documents, document) for document in DOCUMENT_IDS},
    }
    facts.update(rules.labor_caps.facts_for(facts))
    if found is not None:
        terminated = found.termination_date and found.termination_date < (
            claim.date_of_service or today
        )
        facts["code_status"] = "terminated" if terminated else "valid"
        facts["terminated_on"] = found.termination_date
        successor = successor_of(codes, found, described) if terminated else None
        if codes is not None and successor is not None:
            facts["successor_code"] = successor
            facts["successor_description"] = codes.table[successor].long_description
            facts["successor_disagrees"] = bool(described) and not codes.agrees(
                described, successor
            )
        elif codes is not None and terminated and described:
            # No successor: the valid code the search reads the item as, to check, never billed.
            reading = codes.likely_specific(described)
            if reading is not None and reading.code != code:
                facts["terminated_reading"] = reading.code
                facts["terminated_reading_description"] = reading.description
                # The terminated code's own descriptor reads first as the same valid code
                # (E0628's "separate seat lift mechanism ... electric" is E0627): CMS's words
                # and the item's agree on where the item went.
                carried = codes.search(found.long_description, limit=1)
                if carried and carried[0].code == reading.code:
                    facts["terminated_replacement"] = reading.code
    named_items = (item.repair_of_code, item.base_item_code)
    if codes is not None and found is not None and not found.is_noc and described:
        reviewed = claim.code_check.candidates_reviewed
        _other_specific_code(facts, codes, described, named_items, reviewed)
        found_detail = contradiction(codes, rules.code_details, described, code)
        if found_detail is not None and found_detail["detail_code"] not in named_items:
            facts.update(found_detail)
        billed = facts["successor_code"] or code
        sibling = sibling_said(codes, described, billed)
        if sibling is not None and sibling not in named_items:
            facts["sibling_said"] = sibling
            facts["sibling_description"] = codes.table[sibling].long_description
    if codes is not None and found is not None and found.is_noc:
        # Specific codes the biller looked at and passed over for this NOC code.
        declined = [c for c in claim.code_check.candidates_reviewed if c != code]
        facts["reviewed_codes"] = ", ".join(declined) or None
        facts["reviewed_count"] = len(declined)
        likely = codes.likely_specific(described) if described else None
        if likely is not None:
            facts["likely_code"] = likely.code
            facts["likely_description"] = likely.description
            facts["likely_code_coverage"] = coverage_of(codes, likely.code)
            facts["likely_code_groups"] = rules.code_groups.of(likely.code)
            facts["likely_code_reviewed"] = likely.code in claim.code_check.candidates_reviewed
            facts["likely_code_described"] = codes.describes(described, likely.code, False)
            family = codes.family_noc(likely.code)
            facts["likely_code_family"] = family or ""
            facts["likely_code_in_family"] = family == code and codes.sure_within_family(
                described, likely
            )
            # "concentrator (E1390) PM visit": the search reads the item the line is for.
            facts["likely_code_is_named_item"] = likely.code in named_items
            read_as = sibling_reading(codes, described, likely)
            if read_as is not None and read_as not in named_items:
                facts["likely_reading"] = read_as
                facts["likely_reading_description"] = codes.table[read_as].long_description
            part = family_reading(codes, described, likely)
            if part is not None:
                facts["family_reading"] = part
                facts["family_reading_description"] = codes.table[part].long_description
                facts["family_reading_noc"] = codes.family_noc(part) or ""
                facts["family_reading_is_named_item"] = part in named_items
        clear = clear_reading(codes, described, named_items) if described else None
        if clear is not None:
            facts["clear_reading"] = clear
            facts["clear_reading_description"] = codes.table[clear].long_description
            facts["clear_reading_coverage"] = coverage_of(codes, clear)
        # The code the biller reviewed that reads as the item: the search's likely code, else
        # one whose descriptor the description says (CodeBook.describes).
        match = likely.code if likely is not None and likely.code in declined else None
        match = match or next((c for c in declined if codes.describes(described, c)), None)
        if match is not None:
            facts["reviewed_match"] = match
            facts["reviewed_match_description"] = codes.table[match].long_description
            facts["reviewed_rival"] = _reviewed_rival(codes, described, match, declined)
        first = reviewed_first(codes, described, declined) if described else None
        if first is not None and first not in named_items:
            facts["reviewed_first"] = first
            facts["reviewed_first_description"] = codes.table[first].long_description
            facts["reviewed_first_family"] = codes.family_noc(first) or ""
        excluded = [c for c in declined if never_covered(codes, c)]
        if len(excluded) > 1:  # the one the search reads best, or the biller's call
            shown = codes.search(described, limit=3)
            best = max((c.score for c in shown), default=0.0)
            read = [c.code for c in shown if c.score == best >= REVIEWED_SHARE]
            excluded = [c for c in read if c in excluded][:1]
        # Only a code that reads as the item, never for being reviewed: `match`, or with no other
        # likely code one whose name the item says (an air purifier is no E0240).
        naming = [c for c in excluded if likely is None and codes.names_reviewed(described, c)]
        excluded = [c for c in excluded if c == match or c in naming]
        facts["reviewed_never_covered"] = excluded[0] if len(excluded) == 1 else None
        named = item.repair_of_code or item.base_item_code
        if named is not None and named in codes.table:
            # The NOC code of the named item's kind: its group's (L2999 for a knee orthosis),
            # else its descriptor's read as equipment (a hospital bed: E1399); not K0108.
            descriptor = codes.table[named].long_description
            kind = codes.family_noc(named) or codes.noc_for(descriptor, "equipment").code
            facts["named_item_noc"] = kind if kind != "K0108" else None
        noc = codes.noc_for(described, item.category)
        if noc.code != code:
            facts["better_noc"], facts["better_noc_why"] = noc.code, noc.why
            facts["better_noc_coverage"] = coverage_of(codes, noc.code)
        # The NOC code the item's own words point to, whatever category was picked.
        by_words = codes.noc_for(described, None)
        facts["word_noc"] = by_words.code
        facts["never_covered_why"] = codes.never_covered_why(by_words)
    if claim_status == "denied":
        rule = rules.denials.route_for(status.denial_codes, facts)
        # MA130-style remarks mean "unprocessable" on any payer's remittance (standard RARCs);
        # the rest of the Medicare routing applies to Original Medicare only.
        facts["unprocessable"] = rule.route == "new_claim"
        if claim.payer.type == "medicare":
            facts["denial_route"], facts["denial_rule"] = rule.route, rule.id
    for window, last_day in legal_last_days(claim, rules).items():
        facts[f"{window}_legal_last_day"] = last_day
        facts[f"{window}_legal_last_day_ahead"] = last_day >= today
    for window, due in window_dates(claim, rules).items():  # days left, negative once gone by
        facts[f"days_to_{window}"] = (due - today).days
        if window == "timely_filing" and status.submitted_on is not None:
            facts["filed_within_timely_filing"] = status.submitted_on <= due
        day_off = rules.deadlines.day_off(due)
        if window == "timely_filing" and day_off:  # CMS's next-workday rule, as a fallback
            facts["timely_filing_next_workday_is_today"] = (
                rules.deadlines.next_workday(due) == today
            )
            facts["timely_filing_day_off"] = day_off
    return facts


def _shown(typed: str) -> str:
    """An entry of denial_codes as the outcome may name it: never a patient identifier."""
    return "(a value that looks like a patient identifier)" if scan(typed) else f'"{typed}"'
