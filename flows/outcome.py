"""The intake's payoff: documents checklist, claim narrative, modifiers, deadlines, next steps."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, HttpUrl

from flows.codes import CodeBook
from flows.content import load_yaml_model
from flows.formats import money, us_date, years_after
from flows.messages import Messages
from flows.models import Claim, Item, Reply
from flows.phi import find_phi
from flows.rules import CHECKLIST_IDS, DocumentRules

NARRATIVE_LIMIT = 80  # NTE02 and SV101-7 both hold 80 characters
RECEIPT_DAYS = 5  # a determination is presumed received 5 days after its date
REDETERMINATION_DAYS = 120
RECONSIDERATION_DAYS = 180
ELECTRONIC_PAYMENT_FLOOR_DAYS = 14
RECORD_RETENTION_YEARS = 7
Route = Literal["new_claim", "redetermination", "reopening", "none"]


# -- rule files -----------------------------------------------------------------------------
class DenialRule(BaseModel):
    codes: list[str] = Field(min_length=1)
    route: Route
    action: str
    source: HttpUrl


class DenialDefault(BaseModel):
    route: Route
    action: str
    source: HttpUrl


class DenialsFile(BaseModel):
    version: int
    rules: list[DenialRule]
    default: DenialDefault

    def route_for(self, codes: list[str]) -> DenialRule | DenialDefault:
        """The first rule naming one of the remittance codes, else the default."""
        wanted = {c.upper() for c in codes}
        return next((rule for rule in self.rules if wanted & set(rule.codes)), self.default)


class Jurisdiction(BaseModel):
    contractor: str
    states: list[str]
    status_check: str
    source: HttpUrl
    confidence_note: str | None = None


class JurisdictionsFile(BaseModel):
    version: int
    last_reviewed: dt.date
    jurisdictions: dict[str, Jurisdiction]

    def for_state(self, state: str | None) -> tuple[str, Jurisdiction] | None:
        for name, jurisdiction in self.jurisdictions.items():
            if state and state.upper() in jurisdiction.states:
                return name, jurisdiction
        return None


class AbbreviationsFile(BaseModel):
    version: int
    abbreviations: dict[str, str]


# -- the contract's output ------------------------------------------------------------------
ChecklistStatus = Literal["have", "missing", "unknown", "not_needed"]
DeadlineId = Literal["timely_filing", "redetermination", "reconsideration", "reopening"]


class ChecklistItem(BaseModel):
    id: str
    label: str
    status: ChecklistStatus
    required: bool
    why: str
    source: str


class Deadline(BaseModel):
    id: DeadlineId
    date: dt.date
    why: str


class FollowUp(BaseModel):
    id: str
    when: dt.date | None
    action: str


class Outcome(BaseModel):
    """The `checklist --json` shape, plus a few keys of our own (extra keys are welcome)."""

    code: str
    modifiers: list[str]
    narrative: str
    checklist: list[ChecklistItem]
    missing: list[str]
    deadlines: list[Deadline]
    follow_up: list[FollowUp]
    warnings: list[str]
    short_description: str
    narrative_dropped: list[str]
    dme_mac: str | None


# -- dates ----------------------------------------------------------------------------------
def appeal_deadline(decision: dt.date, days: int) -> dt.date:
    """An appeal window runs from receipt, presumed 5 days after the decision's date."""
    return decision + dt.timedelta(days=RECEIPT_DAYS + days)


# -- narrative ------------------------------------------------------------------------------
def _capital_like(short: str, match: re.Match[str]) -> str:
    """The abbreviation, capitalised like the word it replaces ("Medical" -> "Med")."""
    return short[:1].upper() + short[1:] if match.group()[:1].isupper() else short


def _abbreviate(text: str, abbreviations: dict[str, str]) -> str:
    for word, short in abbreviations.items():
        pattern = rf"\b{re.escape(word)}\b"
        text = re.sub(pattern, partial(_capital_like, short), text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text.replace(" ,", ",")).strip(" ,;")


def _shorten(text: str, limit: int) -> str:
    """Cuts at a word boundary to at most `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;-/&")


def build_narrative(
    item: Item, abbreviations: dict[str, str], leave_out: AbstractSet[str] = frozenset()
) -> tuple[str, list[str]]:
    """The NTE02 / Item 19 narrative: what it is, who makes it, model, price-list amount, and
    the base or repaired item's code. Never over 80 characters; returns the parts dropped.

    Price and related codes are never dropped (the DME MAC needs them to price the line); the
    description is abbreviated, then shortened, then the manufacturer and model go, in that order.
    """
    description = "" if "description" in leave_out else item.description
    manufacturer = "" if "manufacturer" in leave_out else (item.manufacturer or "")
    model = "" if "model" in leave_out else (item.model or "")
    fixed = []
    if item.unit_price is not None:
        fixed.append(f"PL {money(item.unit_price)}")
    if item.base_item_code:
        fixed.append(f"for {item.base_item_code}")
    if item.repair_of_code:
        fixed.append(f"repair of {item.repair_of_code}")

    def compose(desc: str, maker: str, mdl: str) -> str:
        product = " ".join(part for part in (maker, mdl) if part)
        return ", ".join(part for part in (desc, product, *fixed) if part)

    narrative = compose(description, manufacturer, model)
    if len(narrative) <= NARRATIVE_LIMIT:
        return narrative, []
    description = _abbreviate(description, abbreviations)
    manufacturer = _abbreviate(manufacturer, abbreviations)
    dropped: list[str] = []
    minimum_description = 20
    full_description = description
    for step in ("shorten", "manufacturer", "model", "shorten_hard", "cut"):
        narrative = compose(description, manufacturer, model)
        overflow = len(narrative) - NARRATIVE_LIMIT
        if overflow <= 0:
            break
        if step == "shorten":
            description = _shorten(
                description, max(minimum_description, len(description) - overflow)
            )
        elif step == "manufacturer" and manufacturer:
            manufacturer, dropped = "", [*dropped, "manufacturer"]
        elif step == "model" and model:
            model, dropped = "", [*dropped, "model"]
        elif step == "shorten_hard":
            description = _shorten(description, max(8, len(description) - overflow))
        elif step == "cut":  # only with absurd inputs: never go over the limit
            narrative, dropped = narrative[:NARRATIVE_LIMIT], [*dropped, "end of the text"]
    if description != full_description:
        dropped.insert(0, "end of the description")
    return narrative, dropped


# -- the builder ----------------------------------------------------------------------------
class OutcomeBuilder:
    """Turns a claim into the checklist, narrative, modifiers, deadlines and follow-up."""

    def __init__(
        self,
        messages: Messages,
        documents: DocumentRules,
        denials: DenialsFile,
        jurisdictions: JurisdictionsFile,
        abbreviations: AbbreviationsFile,
        codes: CodeBook | None = None,
    ) -> None:
        self.messages, self.documents, self.denials = messages, documents, denials
        self.jurisdictions, self.codes = jurisdictions, codes
        self.abbreviations = abbreviations.abbreviations

    @classmethod
    def load(
        cls,
        content_dir: Path,
        messages: Messages,
        documents: DocumentRules,
        codes: CodeBook | None = None,
    ) -> OutcomeBuilder:
        rules = content_dir / "rules"
        return cls(
            messages,
            documents,
            load_yaml_model(rules / "denials.yaml", DenialsFile),
            load_yaml_model(rules / "jurisdictions.yaml", JurisdictionsFile),
            load_yaml_model(rules / "abbreviations.yaml", AbbreviationsFile),
            codes,
        )

    def _t(self, key: str, **fields: object) -> str:
        return self.messages.text(key, **fields)

    def build(self, claim: Claim, today: dt.date) -> Outcome:
        """The whole outcome for one claim, as of `today`."""
        warnings: list[str] = []
        claim = self._with_code(claim)
        phi_fields = self._phi_fields(claim, warnings)
        narrative, dropped = build_narrative(claim.item, self.abbreviations, phi_fields)
        if dropped:
            warnings.append(self._t("narrative_dropped", parts=", ".join(dropped)))
        short = claim.item.description
        if len(short) > NARRATIVE_LIMIT:  # abbreviations only where they buy room
            short = _shorten(_abbreviate(short, self.abbreviations), NARRATIVE_LIMIT)
        if "description" in phi_fields:
            short = ""
        checklist = self._checklist(claim, narrative, dropped, phi_fields)
        missing = [c.id for c in checklist if c.required and c.status in ("missing", "unknown")]
        modifiers = self._modifiers(claim, warnings)
        jurisdiction = self.jurisdictions.for_state(claim.payer.state)
        deadlines = self._deadlines(claim)
        follow_up = self._follow_up(claim, today, missing, deadlines, jurisdiction)
        self._warnings(claim, today, deadlines, warnings)
        return Outcome(
            code=claim.code_check.chosen_code,
            modifiers=modifiers,
            narrative=narrative,
            checklist=checklist,
            missing=missing,
            deadlines=deadlines,
            follow_up=follow_up,
            warnings=list(dict.fromkeys(warnings)),
            short_description=short,
            narrative_dropped=dropped,
            # Only Original Medicare claims go to a DME MAC.
            dme_mac=f"{jurisdiction[0]} ({jurisdiction[1].contractor})"
            if jurisdiction and claim.payer.type == "medicare"
            else None,
        )

    # -- parts ------------------------------------------------------------------------------
    def _with_code(self, claim: Claim) -> Claim:
        """A claim file that does not name its code gets the NOC code for its category (K0108
        for a wheelchair part), as the intake would have chosen, not always E1399."""
        if self.codes is None or "chosen_code" in claim.code_check.model_fields_set:
            return claim
        noc = self.codes.noc_for(claim.item.description, claim.item.category)
        return claim.model_copy(
            update={"code_check": claim.code_check.model_copy(update={"chosen_code": noc.code})}
        )

    def _phi_fields(self, claim: Claim, warnings: list[str]) -> set[str]:
        found = set()
        fields = {
            "description": claim.item.description,
            "manufacturer": claim.item.manufacturer,
            "model": claim.item.model,
            "payer name": claim.payer.name,
            "prior authorization number": claim.prior_authorization_number,
        }
        for field, value in fields.items():
            kinds = find_phi(value or "")
            if kinds:
                found.add(field)
                warnings.append(self._t("warn_phi", field=field, kinds=" and a ".join(kinds)))
        return found

    def _checklist(
        self, claim: Claim, narrative: str, dropped: list[str], phi_fields: set[str]
    ) -> list[ChecklistItem]:
        items = []
        for document in CHECKLIST_IDS:
            rule = self.documents.rule(claim.payer.type, document)
            required = rule.need == "required" or (
                rule.need == "if_denial_expected" and claim.expect_medicare_denial
            )
            applies = rule.need in ("required", "recommended") or required
            why = rule.why.strip()
            status: ChecklistStatus
            if document == "narrative":
                status, why = self._narrative_status(claim, dropped, phi_fields, why)
            elif not applies:
                status = "not_needed"
            else:
                status = getattr(claim.documents, document)
                if document == "prior_authorization" and claim.prior_authorization_number:
                    status = "have"
            items.append(
                ChecklistItem(
                    id=document,
                    label=self.documents.label(document),
                    status=status,
                    required=required,
                    why=why,
                    source=str(rule.source),
                )
            )
        return items

    def _narrative_status(
        self, claim: Claim, dropped: list[str], phi_fields: set[str], why: str
    ) -> tuple[ChecklistStatus, str]:
        item = claim.item
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
        lacking += sorted(phi_fields & {"description", "manufacturer", "model"})
        if lacking:
            return "missing", f"{why} {self._t('narrative_why_missing', parts=', '.join(lacking))}"
        return "have", f"{why} {self._t('narrative_why_have')}"

    def _modifiers(self, claim: Claim, warnings: list[str]) -> list[str]:
        modifiers: list[str] = []
        acquisition = {"rental": "RR", "new_purchase": "NU", "used_purchase": "UE"}
        code = claim.code_check.chosen_code
        if claim.item.acquisition and code[0] in "AEK":
            modifier = acquisition[claim.item.acquisition]
            modifiers.append(modifier)
            if code == "E1399":
                warnings.append(self._t("warn_acquisition_unconfirmed", modifier=modifier))
        if claim.payer.type == "medicare" and claim.expect_medicare_denial:
            if claim.documents.abn == "have":
                modifiers.append("GA")
            else:
                modifiers.append("GZ")
                warnings.append(self._t("warn_gz"))
        assert not {"GA", "GY"} <= set(modifiers)  # never together on one line
        return modifiers

    def _route(self, claim: Claim) -> DenialRule | DenialDefault | None:
        if claim.payer.type != "medicare" or claim.claim.status != "denied":
            return None
        return self.denials.route_for(claim.claim.denial_codes)

    def _deadlines(self, claim: Claim) -> list[Deadline]:
        """Medicare deadlines that apply to where the claim is; other payers set their own."""
        if claim.payer.type != "medicare":
            return []
        status, dos = claim.claim.status, claim.date_of_service
        determination = claim.claim.determination_date
        route = self._route(claim)
        deadlines = []
        needs_filing = status == "not_submitted" or (
            route is not None and route.route == "new_claim"
        )
        if dos and needs_filing:
            deadlines.append(
                Deadline(
                    id="timely_filing",
                    date=years_after(dos),
                    why=self._t("why_timely_filing", dos=dos.isoformat()),
                )
            )
        appealable = status == "paid" or (
            route is not None and route.route in ("redetermination", "reopening")
        )
        appeals: tuple[tuple[DeadlineId, dt.date | None, int], ...] = (
            ("redetermination", determination, REDETERMINATION_DAYS),
            ("reconsideration", claim.claim.redetermination_date, RECONSIDERATION_DAYS),
        )
        for kind, decided, days in appeals:
            if decided and appealable:
                why = self._t(f"why_{kind}", date=decided.isoformat())
                deadlines.append(Deadline(id=kind, date=appeal_deadline(decided, days), why=why))
        reopenable = status == "paid" or (route is not None and route.route == "reopening")
        if determination and reopenable:
            deadlines.append(
                Deadline(
                    id="reopening",
                    date=years_after(determination),
                    why=self._t("why_reopening", date=determination.isoformat()),
                )
            )
        return deadlines

    def _follow_up(
        self,
        claim: Claim,
        today: dt.date,
        missing: list[str],
        deadlines: list[Deadline],
        jurisdiction: tuple[str, Jurisdiction] | None,
    ) -> list[FollowUp]:
        payer, status = claim.payer.type, claim.claim.status
        by_id: dict[str, dt.date] = {d.id: d.date for d in deadlines}
        steps: list[FollowUp] = []
        if missing and status in ("not_submitted", "denied"):
            labels = ", ".join(self.documents.label(m) for m in missing)
            steps.append(
                FollowUp(
                    id="gather_documents",
                    when=today,
                    action=self._t(f"follow_gather_{status}", items=labels),
                )
            )
        if "prior_authorization" in missing and status == "not_submitted":
            steps.append(
                FollowUp(id="prior_authorization", when=today, action=self._t("follow_prior_auth"))
            )
        if status == "not_submitted":
            steps.append(
                FollowUp(
                    id="submit",
                    when=by_id.get("timely_filing"),
                    action=self._submit_action(payer, jurisdiction),
                )
            )
        if status == "submitted":
            sent = claim.claim.submitted_on
            when = sent + dt.timedelta(days=ELECTRONIC_PAYMENT_FLOOR_DAYS) if sent else None
            if payer == "medicare":
                channel = (
                    (
                        f"{jurisdiction[1].status_check} ({jurisdiction[0]}, "
                        f"{jurisdiction[1].contractor})"
                    )
                    if jurisdiction
                    else ("your DME MAC's portal or IVR (Noridian for JA/JD, CGS for JB/JC)")
                )
                action = self._t("follow_check_status_medicare", channel=channel)
            else:
                action = self._t("follow_check_status_payer")
            steps.append(FollowUp(id="check_status", when=when, action=action))
        if status == "denied":
            steps.extend(self._denial_steps(claim, today, by_id))
        if status == "paid":
            if "reopening" in by_id:
                steps.append(
                    FollowUp(
                        id="reopening",
                        when=by_id["reopening"],
                        action=self._t(
                            "follow_reopening_paid", date=by_id["reopening"].isoformat()
                        ),
                    )
                )
            if claim.date_of_service:
                keep = years_after(claim.date_of_service, RECORD_RETENTION_YEARS)
                steps.append(
                    FollowUp(
                        id="retain_records",
                        when=keep,
                        action=self._t("follow_retain_records", date=keep.isoformat()),
                    )
                )
        return steps

    def _submit_action(self, payer: str, jurisdiction: tuple[str, Jurisdiction] | None) -> str:
        if payer == "medicare":
            if jurisdiction is None:
                return self._t("follow_submit_medicare_unknown")
            name, info = jurisdiction
            return self._t("follow_submit_medicare", dme_mac=f"{info.contractor} ({name})")
        return self._t(f"follow_submit_{payer}")

    def _denial_steps(
        self, claim: Claim, today: dt.date, by_id: Mapping[str, dt.date]
    ) -> list[FollowUp]:
        payer = claim.payer.type
        if payer == "medicare_advantage":
            return [FollowUp(id="plan_appeal", when=None, action=self._t("follow_plan_appeal"))]
        if payer != "medicare":
            key = "follow_payer_appeal_medicaid" if payer == "medicaid" else "follow_payer_appeal"
            return [FollowUp(id="payer_appeal", when=None, action=self._t(key))]
        route = self.denials.route_for(claim.claim.denial_codes)
        action = " ".join(route.action.split())
        if route.route == "new_claim":
            return [FollowUp(id="corrected_claim", when=today, action=action)]
        if route.route == "none":
            return [FollowUp(id="no_appeal", when=None, action=action)]
        if not claim.claim.determination_date:
            return [
                FollowUp(
                    id=route.route,
                    when=None,
                    action=f"{action} {self._t('follow_denial_dates_needed')}",
                )
            ]
        steps = [FollowUp(id=route.route, when=by_id.get(route.route), action=action)]
        if "reconsideration" in by_id:
            steps.append(
                FollowUp(
                    id="reconsideration",
                    when=by_id["reconsideration"],
                    action=self._t("deadline_reconsideration"),
                )
            )
        return steps

    def _warnings(
        self, claim: Claim, today: dt.date, deadlines: list[Deadline], warnings: list[str]
    ) -> None:
        item, code = claim.item, claim.code_check.chosen_code
        if self.codes is not None:
            chosen = self.codes.lookup(code)
            if chosen is None:
                warnings.append(self._t("warn_code_unknown", code=code))
            elif chosen.termination_date and chosen.termination_date < (
                claim.date_of_service or today
            ):
                warnings.append(
                    self._t(
                        "warn_code_terminated", code=code, date=chosen.termination_date.isoformat()
                    )
                )
            if chosen is not None and chosen.is_noc:
                noc = self.codes.noc_for(item.description, item.category)
                if noc.code != code:
                    warnings.append(self._t("warn_other_noc", code=code, noc=noc.code, why=noc.why))
                likely = self.codes.likely_specific(item.description)
                if likely and likely.code not in claim.code_check.candidates_reviewed:
                    warnings.append(
                        self._t(
                            "warn_likely_specific", code=likely.code, description=likely.description
                        )
                    )
        if item.unit_price is None:
            warnings.append(self._t("warn_price_missing"))
        elif item.quantity > 1:
            total = money(item.unit_price * item.quantity)
            warnings.append(self._t("warn_quantity", quantity=item.quantity, total=total))
        dos = claim.date_of_service
        if dos and dos > today:
            warnings.append(self._t("warn_dos_future", dos=dos.isoformat()))
        filing = next((d.date for d in deadlines if d.id == "timely_filing"), None)
        if filing and filing < today:
            warnings.append(self._t("warn_timely_filing_passed", dos=dos, date=filing.isoformat()))
        elif filing and (filing - today).days <= 30:
            warnings.append(self._t("warn_timely_filing_soon", date=filing.isoformat()))
        if claim.payer.type != "medicare" and (
            claim.documents.abn == "have" or claim.expect_medicare_denial
        ):
            if claim.payer.type == "medicare_advantage":
                payer = "Medicare Advantage"
                warnings.append(self._t("warn_abn_not_for_plan", payer=payer))
            else:
                warnings.append(self._t("warn_denial_expected_non_medicare"))
        self._contradictions(claim, warnings)
        if claim.payer.type == "medicare" and not claim.payer.state:
            warnings.append(self._t("warn_state_unknown"))
        if claim.documents.medical_necessity_letter == "have" and (
            claim.documents.medical_records != "have"
        ):
            warnings.append(self._t("warn_lmn_not_records"))
        sent, decided = claim.claim.submitted_on, claim.claim.determination_date
        if sent and decided and decided < sent:
            warnings.append(self._t("warn_dates_order"))

    def _contradictions(self, claim: Claim, warnings: list[str]) -> None:
        text = f"{claim.item.description} {claim.item.model or ''}".lower()
        acquisition = claim.item.acquisition
        label = (acquisition or "").replace("_", " ")
        if re.search(r"\b(used|refurbished|pre-owned)\b", text) and acquisition in (
            "new_purchase",
            "rental",
        ):
            warnings.append(self._t("warn_contradiction_used", acquisition=label))
        if re.search(r"\b(rental|rent|rented)\b", text) and acquisition in (
            "new_purchase",
            "used_purchase",
        ):
            warnings.append(self._t("warn_contradiction_rental", acquisition=label))

    # -- rendering --------------------------------------------------------------------------
    def summary(self, claim: Claim, today: dt.date) -> dict[str, Any]:
        return self.build(claim, today).model_dump(mode="json")

    def markdown(self, claim: Claim, today: dt.date) -> str:
        """The readable outcome a biller pastes into a ticket."""
        outcome = self.build(claim, today)
        return "\n".join(self._lines(claim, outcome, markdown=True))

    def _lines(self, claim: Claim, outcome: Outcome, markdown: bool) -> list[str]:
        def bold(text: str) -> str:
            return re.sub(r"\*([^*]+)\*", r"**\1**", text) if markdown else text

        def bullet(text: str) -> str:
            return re.sub(r"^• ", "- ", re.sub(r"^⚠ ", "- ⚠ ", text)) if markdown else text

        marks = {
            "have": "✅",
            "missing": "❌",
            "unknown": "❓",
            "not_needed": "➖",
            "optional": "▫️",
        }
        modifiers = f" with modifiers {', '.join(outcome.modifiers)}" if outcome.modifiers else ""
        lines = [
            bold(self._t("outcome_header", description=self._safe_description(claim))),
            "",
            bold(self._t("outcome_code", code=outcome.code, modifiers=modifiers)),
        ]
        if outcome.dme_mac:
            lines.append(f"DME MAC: {outcome.dme_mac}")
        lines += [
            "",
            bold(self._t("outcome_narrative", length=len(outcome.narrative))),
            "```",
            outcome.narrative,
            "```",
            bold(self._t("outcome_short_description", length=len(outcome.short_description))),
            "```",
            outcome.short_description or "-",
            "```",
            "",
            bold(self._t("outcome_checklist")),
        ]
        for item in outcome.checklist:
            required = self._t("required_mark") if item.required else ""
            # A gap in an optional document is worth knowing about, not a red cross.
            optional_gap = not item.required and item.status in ("missing", "unknown")
            lines.append(
                ("- " if markdown else "")
                + self._t(
                    "outcome_check_line",
                    mark=marks["optional" if optional_gap else item.status],
                    label=item.label,
                    required=required,
                    status=self._t(
                        "status_optional_gap" if optional_gap else f"status_{item.status}",
                        status=self._t(f"status_{item.status}").lower(),
                    ),
                )
            )
        missing = [self.documents.label(m) for m in outcome.missing]
        lines.append(
            self._t("outcome_missing", items=", ".join(missing))
            if missing
            else self._t("outcome_missing_none")
        )
        if outcome.deadlines:
            lines += ["", bold(self._t("outcome_deadlines"))]
            lines += [
                bullet(
                    self._t(
                        "outcome_deadline_line",
                        label=self._t(f"deadline_{d.id}"),
                        date=us_date(d.date),
                        why=d.why,
                    )
                )
                for d in outcome.deadlines
            ]
        if outcome.follow_up:
            lines += ["", bold(self._t("outcome_follow_up"))]
            lines += [
                bullet(
                    self._t(
                        "outcome_follow_up_line",
                        action=f.action,
                        when=f"by {us_date(f.when)}: " if f.when else "",
                    )
                )
                for f in outcome.follow_up
            ]
        if outcome.warnings:
            lines += ["", bold(self._t("outcome_warnings"))]
            lines += [bullet(self._t("outcome_warning_line", warning=w)) for w in outcome.warnings]
        return lines

    def _safe_description(self, claim: Claim) -> str:
        """The item as the biller described it, unless it looks like it holds patient data."""
        if find_phi(claim.item.description):
            return self._t("outcome_item_withheld")
        return claim.item.description

    def replies(self, claim: Claim, today: dt.date, previous: dict[str, Any] | None) -> list[Reply]:
        """The final intake message; after an edit, says what changed since the last one."""
        outcome = self.build(claim, today)
        payload = {
            "outcome": outcome.model_dump(mode="json"),
            "claim": claim.model_dump(mode="json"),
        }
        replies = []
        if previous is not None:
            changes = _differences(previous, payload["outcome"])
            text = (
                self._t("edit_recomputed")
                + "\n"
                + (
                    "\n".join([self._t("edit_changes_header"), *changes])
                    if changes
                    else self._t("edit_no_changes")
                )
            )
            replies.append(Reply(text=text))
        text = "\n".join([self._t("outcome_intro"), "", *self._lines(claim, outcome, False)])
        replies.append(Reply(kind="outcome", text=text, payload=payload))
        return replies

    def export(self, claim: Claim, today: dt.date) -> Reply:
        outcome = self.summary(claim, today)
        body = json.dumps({"claim": claim.model_dump(mode="json"), "outcome": outcome}, indent=2)
        text = "\n".join(
            [self._t("export_header"), "", self.markdown(claim, today), "", "```json", body, "```"]
        )
        return Reply(
            kind="export",
            text=text,
            payload={"claim": claim.model_dump(mode="json"), "outcome": outcome},
        )


def _differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Human lines for what an edit changed in the outcome."""
    lines = []
    for key, label in (
        ("code", "Code"),
        ("modifiers", "Modifiers"),
        ("narrative", "Narrative"),
        ("missing", "Missing documents"),
    ):
        if before.get(key) != after.get(key):
            old, new = before.get(key), after.get(key)
            show = (lambda v: ", ".join(v) or "none") if isinstance(new, list) else str
            lines.append(
                f"• {label}: {show(old or [] if isinstance(new, list) else old)} → {show(new)}"
            )
    old_dates = {d["id"]: d["date"] for d in before.get("deadlines", [])}
    new_dates = {d["id"]: d["date"] for d in after.get("deadlines", [])}
    if old_dates != new_dates:
        lines.append(f"• Deadlines: {old_dates or 'none'} → {new_dates or 'none'}")
    return lines
