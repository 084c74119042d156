"""Applies the rule files to one claim: which code, modifiers, documents, dates and steps apply.

The result is data (an Assessment of notes and dates); no sentence is written here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flows.codes import CodeBook
from flows.formats import us_date
from flows.models import Claim
from flows.outcome.claim_codes import ClaimCodes, Searches
from flows.outcome.facts import claim_facts, window_dates
from flows.outcome.model import Assessment, CheckedDocument, DocumentState, DueDate, Note, Step
from flows.outcome.narrative import build_narrative, contact_kinds, short_description
from flows.outcome.rulebook import Rulebook
from flows.outcome.search_text import searchable_description
from flows.phi import scan
from flows.rules import CHECKLIST_IDS, DocumentRules


class Evaluator:
    """Turns a claim into an Assessment by asking the rulebook, in a fixed order."""

    def __init__(self, rules: Rulebook, documents: DocumentRules, codes: CodeBook | None) -> None:
        self.rules, self.documents, self.codes = rules, documents, codes
        self.searches = Searches()  # this code book's searches, kept across claims

    def assess(self, claim: Claim, today: dt.date) -> Assessment:
        warnings: list[Note] = []
        # What the search and the rules read: never a patient's name or number in the item text.
        described = searchable_description(claim.item.description) or ""
        codes = ClaimCodes(self.codes, self.searches) if self.codes is not None else None
        claim = self._with_category_code(claim, described, codes)
        facts = claim_facts(claim, today, codes, self.rules, described)
        if facts.get("denial_rule"):  # what the remittance means comes first
            warnings.append(Note(key=f"denials.{facts['denial_rule']}.headline"))
        claim, facts = self._apply_code_rules(claim, today, facts, warnings, described, codes)
        withheld = self._phi_fields(claim, warnings)
        abbreviations = self.rules.abbreviations.abbreviations
        for_payer = self._for_payer(claim.item.description)
        item = claim.item.model_copy(update={"description": for_payer})
        filler = self.rules.abbreviations.filler
        labor_line = "repair_labor" in facts["code_groups"]  # code_groups.yaml
        minutes = claim.item.labor_minutes if labor_line else None
        facts["modifiers"] = self._modifiers(facts)
        # An RA line's narrative gives the replacement's reason, in a few letters (F16.9).
        reasons = self.rules.abbreviations.replacement_reasons
        reason = (
            reasons.get(item.replacement_reason or "", "") if "RA" in facts["modifiers"] else ""
        )
        narrative, dropped = build_narrative(
            item, abbreviations, withheld, filler, minutes, reason=reason
        )
        if self.documents.plans is not None:  # a plan's own prior-authorization rule, if known
            facts.update(self.documents.plans.reading(
                claim.payer.type, claim.payer.name, described, facts["line_total"],
                claim.item.acquisition, facts["code"],
            ))  # fmt: skip
        # In hand with its number on file, or "PA approved, UTN ..." in the request (unless the
        # claim says it is missing).
        said_obtained = facts.get("prior_authorization_said") == "obtained"
        if claim.prior_authorization_number or (
            said_obtained and facts["prior_authorization"] == "unknown"
        ):
            facts["prior_authorization"] = "have"
        checklist = self._checklist(claim, facts, dropped, withheld)
        narrative_needed = any(c.id == "narrative" and c.status != "not_needed" for c in checklist)
        facts["narrative_needed"] = narrative_needed
        if dropped and narrative_needed:  # no warning about a narrative the claim does not carry
            warnings.append(Note(key="messages.narrative_dropped", fields={"parts": dropped}))
        facts["narrative_gaps"] = _narrative_gaps(claim, dropped, withheld, facts)
        missing = [c.id for c in checklist if c.required and c.status in ("missing", "unknown")]
        facts["missing_required"] = bool(missing)
        facts["missing_documents"] = missing
        facts["before_delivery_documents"] = [
            c.id
            for c in checklist
            if c.id in self.documents.file.before_delivery
            and c.required
            and c.status in ("missing", "unknown")
        ]
        windows = window_dates(claim, self.rules)
        # "_due", not "_date": a window's end must not overwrite the claim date of the same name
        # (the redetermination window vs the redetermination decision's date).
        facts.update({f"{name}_due": day for name, day in windows.items()})
        if "timely_filing" in windows:  # the day to transmit by: a workday, 5 p.m. ET (F17.19)
            due, deadlines_file = windows["timely_filing"], self.rules.deadlines
            act_by, after = deadlines_file.act_by(due), deadlines_file.next_workday(due)
            facts["days_to_timely_filing_act_by"] = (act_by - today).days
            facts["timely_filing_act_by"] = f"{act_by:%A} {us_date(act_by)}"
            facts["timely_filing_next_workday"] = f"{after:%A} {us_date(after)}"
        deadlines = self._deadlines(facts, windows, today)
        facts["deadlines_gone"] = [
            d.id for d in deadlines if d.passed and not _legal_day_ahead(d.id, facts)
        ]
        steps = self._steps(facts, windows, today, claim.date_of_service)
        warnings += [
            Note(key=f"checks.{r.id}") for r in self.rules.checks.warnings if r.applies(facts)
        ]
        return Assessment(
            description=claim.item.description,
            description_withheld="description" in withheld,
            code=claim.code_check.chosen_code,
            modifiers=facts["modifiers"],
            narrative=narrative,
            short_description=""
            if "description" in withheld
            else short_description(for_payer, abbreviations),
            narrative_dropped=dropped,
            checklist=checklist,
            missing=missing,
            deadlines=deadlines,
            steps=steps,
            warnings=_unique(warnings),
            planned=facts["timing"] == "planned",
            dme_mac=facts.get("dme_mac") if claim.payer.type == "medicare" else None,
            code_valid=facts["code_status"] != "terminated",
            code_headline=self._code_headline(facts.get("code_rule")),
            context=facts,
        )

    # -- the code -------------------------------------------------------------------------
    @staticmethod
    def _with_category_code(claim: Claim, described: str, codes: CodeBook | None) -> Claim:
        """A claim file that names no code gets its category's NOC code, as the intake would."""
        if codes is None or "chosen_code" in claim.code_check.model_fields_set:
            return claim
        noc = codes.noc_for(described, claim.item.category)
        return _with_code(claim, noc.code)

    def _apply_code_rules(
        self, claim: Claim, today: dt.date, facts: dict[str, Any], warnings: list[Note],
        described: str, codes: CodeBook | None,
    ) -> tuple[Claim, dict[str, Any]]:  # fmt: skip
        """The first code rule that applies replaces the chosen code (checks.yaml)."""
        for rule in self.rules.checks.code_rules:
            code = rule.code_for(facts)
            if rule.applies(facts) and code:
                warnings.append(Note(key=f"checks.{rule.id}", fields=dict(facts)))
                claim = _with_code(claim, code)
                facts = claim_facts(claim, today, codes, self.rules, described)
                return claim, {**facts, "code_rule": rule.id}
        return claim, facts

    def _code_headline(self, rule_id: str | None) -> Note | None:
        rule = next((r for r in self.rules.checks.code_rules if r.id == rule_id), None)
        return Note(key=f"checks.{rule_id}.headline") if rule and rule.headline else None

    def _for_payer(self, description: str) -> str:
        """The description as the narrative and SV101-7 carry it: without the biller's notes
        about prior authorization ("PA approved, UTN ..."), which are no words for the payer."""
        plans = self.documents.plans
        return plans.without_authorization_talk(description) if plans is not None else description

    def _phi_fields(self, claim: Claim, warnings: list[Note]) -> set[str]:
        """The fields holding a patient identifier (kept out of the narrative); each kind is
        warned of once per claim, naming every field it was found in."""
        fields_of: dict[str, list[str]] = {}  # kind -> the fields holding it, in claim order
        fields = {
            "description": claim.item.description,
            "manufacturer": claim.item.manufacturer,
            "model": claim.item.model,
            "payer name": claim.payer.name,
            "prior authorization number": claim.prior_authorization_number,
        }
        for field, value in fields.items():
            for kind in scan(value or "").kinds:
                fields_of.setdefault(kind, []).append(field)
        kinds_of: dict[tuple[str, ...], list[str]] = {}  # kinds found in the same fields: one note
        for kind, found_in in fields_of.items():
            kinds_of.setdefault(tuple(found_in), []).append(kind)
        for where, kinds in kinds_of.items():
            key = "messages.warn_phi" if len(where) == 1 else "messages.warn_phi_fields"
            warnings.append(Note(key=key, fields={"field": " and the ".join(where),
                                                  "phi_kinds": kinds}))  # fmt: skip
        return {field for where in kinds_of for field in where}

    # -- modifiers, documents, dates, steps -----------------------------------------------
    def _modifiers(self, facts: dict[str, Any]) -> list[str]:
        modifiers: list[str] = []
        for rule in self.rules.modifiers.rules:
            if rule.applies(facts) and rule.modifier not in modifiers:
                modifiers.append(rule.modifier)
        for first, second in self.rules.modifiers.never_together:
            if first in modifiers and second in modifiers:  # the earlier rule wins
                modifiers.remove(second)
        return modifiers

    def _checklist(
        self, claim: Claim, facts: dict[str, Any], dropped: list[str], withheld: set[str]
    ) -> list[CheckedDocument]:
        payer, items = claim.payer.type, []
        for document in CHECKLIST_IDS:
            rule = self.documents.rule(payer, document)
            exception = rule.exception_for(facts)
            need = exception.need if exception else rule.need
            required = need == "required" or (
                need == "if_denial_expected" and claim.expect_medicare_denial
            )
            applies = required or need in ("recommended", "too_late")
            key = f"documents.{payer}.{document}"
            why = [Note(key=f"{key}.{exception.id}" if exception else key)]
            source = str(exception.source if exception else rule.source)
            status: DocumentState
            if not applies:
                status = "not_needed"
            elif document == "narrative":
                lacking = _narrative_gaps(claim, dropped, withheld, facts)
                status = "missing" if lacking else "have"
                detail = "narrative_why_missing" if lacking else "narrative_why_have"
                detail = f"{detail}_repair" if _specific_repair(facts) else detail
                why.append(Note(key=f"messages.{detail}", fields={"parts": lacking}))
                left_out = _contacts_left_out(claim, withheld)
                if left_out:  # "616-555-0144 is her cell": never sent to the payer
                    why.append(Note(key="messages.narrative_contacts_left_out",
                                    fields={"kinds": left_out}))  # fmt: skip
            else:
                status = facts[document]
            items.append(CheckedDocument(id=document, status=status, required=required, why=why,
                                         source=source, too_late=need == "too_late"))  # fmt: skip
        return items

    def _deadlines(
        self, facts: dict[str, Any], windows: dict[str, dt.date], today: dt.date
    ) -> list[DueDate]:
        found = []
        for window in self.rules.deadlines.windows:
            if window.deadline and window.id in windows and window.applies(facts):
                due = windows[window.id]
                passed = due < today
                day_off = self._day_off(window.id, due, today)
                due_today = due == today and not day_off  # a weekend's date is no day to send
                found.append(
                    DueDate(
                        id=window.id,
                        listed_as=window.listed_as or window.id,
                        date=due,
                        passed=passed,
                        why=Note(key=f"deadlines.{window.id}"),
                        still_possible=self._gone_by(window.id, facts) if passed else None,
                        day_off=day_off,
                        due_today=self._due_today(window.id) if due_today else None,
                        doubt=self._doubt(window.id, facts),
                    )
                )
        return found

    def _doubt(self, window_id: str, facts: dict[str, Any]) -> Note | None:
        """A date counted from a claim date out of order with another (a determination before
        the date of service): a likely typo, so the date is not stated as settled."""
        starts = self.rules.window(window_id).starts
        if starts not in facts["misordered_dates"]:
            return None
        return Note(key="messages.outcome_counted_from_misordered_date",
                    fields={"start_date": facts[starts]})  # fmt: skip

    def _due_today(self, window_id: str) -> Note:
        """The window's own words for a date that is today, else the general ones."""
        if self.rules.window(window_id).due_today:
            return Note(key=f"deadlines.{window_id}.due_today")
        return Note(key="messages.outcome_due_today")

    def _day_off(self, window_id: str, due: dt.date, today: dt.date) -> Note | None:
        """A date still ahead on a weekend or holiday: the last business day before it, as
        DeadlinesFile.day_off_line says it (F17.19)."""
        said = self.rules.deadlines.day_off_line(self.rules.window(window_id), due, today)
        return Note(key=said[0], fields=said[1]) if said else None

    def _gone_by(self, window_id: str, facts: dict[str, Any]) -> Note | None:
        """What to say once a window counted strictly has gone by: still on time while its legal
        last day (mail days, the next-workday rule) is ahead, else what is still possible."""
        window = self.rules.window(window_id)
        if _legal_day_ahead(window_id, facts):
            key = f"deadlines.{window_id}.still_on_time"
            return Note(key=key) if window.still_on_time else None
        return Note(key=f"deadlines.{window_id}.passed") if window.when_passed else None

    def _steps(
        self,
        facts: dict[str, Any],
        windows: dict[str, dt.date],
        today: dt.date,
        date_of_service: dt.date | None,
    ) -> list[Step]:
        """The first applicable rule for each step id decides it; rules are tried in file order."""
        dates: dict[str, dt.date | None] = {
            **windows, "today": today, "date_of_service": date_of_service
        }  # fmt: skip
        steps: dict[str, Step] = {}
        first_in: dict[str, str] = {}  # step id -> the step its advice opens, when both are given
        covered: set[str] = set()  # documents a step already gives its own advice on
        for rule in self.rules.next_steps.steps:
            if rule.step in steps or not rule.applies(facts):
                continue
            fields = {}
            if "{missing_documents}" in rule.says:
                left = [d for d in facts["missing_documents"] if d not in covered]
                if not left:
                    continue
                fields["missing_documents"] = left
            covered |= set(rule.covers)
            source = next((s for s in rule.date if dates.get(s) is not None), None)
            when = dates[source] if source else None
            # A deadline on a weekend or holiday is met on the last business day before it.
            day_off = None
            if when is not None and source in windows and self.rules.window(source).deadline:
                day_off = self._day_off(source, when, today)
                when = self.rules.deadlines.act_by(when) if when >= today else when
            overdue = when is not None and when < today
            action = [Note(key=f"steps.{rule.id}", fields=fields)]
            if rule.with_denial_advice and facts.get("denial_rule"):
                action.insert(0, Note(key=f"denials.{facts['denial_rule']}"))
            doubt = self._doubt(source, facts) if source in windows else None
            action[:0] = [doubt] if doubt else []  # before anything dated by it
            after = self._gone_by(source, facts) if overdue and source in windows else None
            after = day_off if day_off and when != today else after
            action += [after] if after else []
            due_today = self._due_today(source) if when == today and source in windows else None
            due_today = day_off if day_off and when == today else due_today
            steps[rule.step] = Step(id=rule.step, when=when, overdue=overdue, action=action,
                                    due_today=due_today)  # fmt: skip
            if rule.comes_first_in:
                first_in[rule.step] = rule.comes_first_in
        for lead, target in first_in.items():  # one step, in order, not two at once
            if target in steps and lead in steps:
                first, then = steps.pop(lead), steps[target]
                joined = [*first.action, Note(key="messages.outcome_step_then"), *then.action]
                dated = then if then.when is not None else first  # the later step's deadline
                steps[target] = then.model_copy(
                    update={
                        "action": joined,
                        "when": dated.when,
                        "overdue": dated.overdue,
                        "due_today": dated.due_today,
                    }
                )
        # Soonest first, undated last (a stable sort keeps the file's order among equals).
        return sorted(steps.values(), key=lambda step: (step.when is None, step.when or today))


def _legal_day_ahead(window_id: str, facts: dict[str, Any]) -> bool:
    """The safe date has gone by but the law's last day (mail days, next workday) has not."""
    return bool(
        facts.get(f"{window_id}_next_workday_is_today")
        or facts.get(f"{window_id}_legal_last_day_ahead")
    )


def _with_code(claim: Claim, code: str) -> Claim:
    check = claim.code_check.model_copy(update={"chosen_code": code})
    return claim.model_copy(update={"code_check": check})


def _specific_repair(facts: dict[str, Any]) -> bool:
    """A repair billed with a specific code: its narrative is about the repair (F16.8)."""
    return facts["acquisition"] == "repair" and facts["code_kind"] == "specific"


def _narrative_gaps(
    claim: Claim, dropped: list[str], withheld: set[str], facts: dict[str, Any]
) -> list[str]:
    """What the narrative lacks. A NOC line's carries the item, manufacturer, model and price
    (F2.4); a repair with a specific code carries the repaired item's code and its purchase
    month/year, or without a code its manufacturer and model, and a labor line its time
    (F16.8, F17.24)."""
    item = claim.item
    if _specific_repair(facts):
        labor = "repair_labor" in facts["code_groups"] and not item.labor_minutes
        gaps = [("labor time", labor)]
        if item.repair_of_code:
            gaps.append(("repaired item's purchase month/year", not item.repair_of_purchased))
        else:
            gaps += [(part, not value or part in dropped or part in withheld)
                     for part, value in (("manufacturer", item.manufacturer),
                                         ("model", item.model))]  # fmt: skip
        return [part for part, lacking in gaps if lacking]
    lacking = [
        name
        for name, value in (
            ("manufacturer", item.manufacturer),
            ("model", item.model),
            ("price-list amount", item.unit_price),
        )
        if value in (None, "")
    ]
    lacking += [p for p in dropped if p in ("manufacturer", "model")]
    return lacking + sorted(withheld & {"description", "manufacturer", "model"})


def _unique(notes: list[Note]) -> list[Note]:
    seen, kept = set(), []
    for note in notes:
        if note.key not in seen or note.key.startswith("messages.warn_phi"):
            seen.add(note.key)
            kept.append(note)
    return kept


def _contacts_left_out(claim: Claim, withheld: set[str]) -> list[str]:
    """The kinds of contact detail taken out of the item's fields the narrative carries."""
    typed = (claim.item.description, claim.item.manufacturer, claim.item.model)
    fields = ("description", "manufacturer", "model")
    found = [kind for field, value in zip(fields, typed, strict=True) if field not in withheld
             for kind in contact_kinds(value)]  # fmt: skip
    return list(dict.fromkeys(found))
