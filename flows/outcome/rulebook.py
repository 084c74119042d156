"""The billing rule files in content/rules/, their schemas, and the rulebook that holds them.

Each rule names where it comes from (`source`) and when a person last checked it
(`last_reviewed`); `content check` loads these models, so a rule without a source, a fact that
does not exist or a date window that does not add up is rejected with its file and line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, HttpUrl, model_validator

from flows.conditions import ROUTES
from flows.content import load_yaml_model
from flows.models import HCPCS_PATTERN, claim_status_code, remittance_code
from flows.outcome.code_details import CodeDetailsFile
from flows.outcome.deadlines import DeadlinesFile, Window
from flows.outcome.labor_caps import LaborCapsFile
from flows.outcome.rule import Rule, unique_ids
from flows.outcome.situations import Situation
from flows.rules import CHECKLIST_IDS, CodeGroupsFile

MODIFIERS = ("RR", "NU", "UE", "RB", "RA", "CR", "GA", "GZ", "GY", "GL", "KX", "KH", "KI", "KJ")
STEP_DATES = ("today", "date_of_service")


# -- modifiers.yaml -------------------------------------------------------------------------
class ModifierRule(Rule):
    modifier: Literal[MODIFIERS]  # type: ignore[valid-type]


class ModifiersFile(BaseModel):
    version: int
    rules: list[ModifierRule]
    never_together: list[tuple[str, str]]

    @model_validator(mode="after")
    def _consistent(self) -> ModifiersFile:
        unique_ids(list(self.rules), "modifier")
        for pair in self.never_together:
            for modifier in pair:
                if modifier not in MODIFIERS:
                    raise ValueError(f"never_together: '{modifier}' is not a known modifier")
        return self


# -- next_steps.yaml ------------------------------------------------------------------------
class StepRule(Rule):
    """A next step; `step` is the follow-up id billers and scripts see (several rules may
    share one, for different payers). `date` lists where its date comes from, first found wins:
    a window id, `today` or `date_of_service`; empty means undated."""

    step: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    date: list[str] = Field(default_factory=list)
    says: str = Field(min_length=10)
    with_denial_advice: bool = False  # starts with what denials.yaml says about the remittance
    # Documents this step's advice is about: later steps listing {missing_documents} leave them
    # out (one piece of advice, one place), and are dropped when nothing is left to list.
    covers: list[str] = Field(default_factory=list)
    # Another step id: when that step is given too, this advice opens it (one step, read in
    # order: this first, then that) instead of standing beside it as a second step.
    comes_first_in: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")

    @model_validator(mode="after")
    def _covers_documents(self) -> StepRule:
        unknown = set(self.covers) - set(CHECKLIST_IDS)
        if unknown:
            raise ValueError(f"covers: {', '.join(sorted(unknown))} is not a checklist id")
        return self


class NextStepsFile(BaseModel):
    version: int
    steps: list[StepRule]

    @model_validator(mode="after")
    def _unique(self) -> NextStepsFile:
        unique_ids(list(self.steps), "next-step")
        unknown = {r.comes_first_in or r.step for r in self.steps} - {r.step for r in self.steps}
        if unknown:
            raise ValueError(f"comes_first_in names no step: {', '.join(sorted(unknown))}")
        return self


# -- checks.yaml ----------------------------------------------------------------------------
class WarningRule(Rule):
    says: str = Field(min_length=10)


class CodeRule(WarningRule):
    """Bill another code than the one chosen: the likely specific code, the category's NOC
    (`use` names the fact holding it), or one named code (`bills`: K0108)."""

    use: (
        Literal[
            "likely_code",
            "likely_reading",
            "clear_reading",
            "family_reading",
            "better_noc",
            "named_item_noc",
            "word_noc",
            "reviewed_never_covered",
            "reviewed_match",
            "reviewed_first",
            "successor_code",
            "terminated_replacement",
            "terminated_reading",
            "sibling_said",
            "other_code",
            "detail_code",
        ]
        | None
    ) = None
    bills: str | None = Field(default=None, pattern=HCPCS_PATTERN)
    # Said under the code in the readable outcome when the code billed is only a fallback.
    headline: str | None = None

    @model_validator(mode="after")
    def _one_code(self) -> CodeRule:
        if (self.use is None) == (self.bills is None):
            raise ValueError(f"code rule '{self.id}' needs exactly one of `use` and `bills`")
        return self

    def code_for(self, facts: dict[str, object]) -> str | None:
        """The code this rule bills for these facts, if any."""
        code = self.bills or facts.get(self.use or "")
        return code if isinstance(code, str) and code else None


class ChecksFile(BaseModel):
    version: int
    situations: list[Situation] = Field(default_factory=list)
    code_rules: list[CodeRule]
    warnings: list[WarningRule]

    @model_validator(mode="after")
    def _unique(self) -> ChecksFile:
        unique_ids([*self.code_rules, *self.warnings], "check")
        return self

    def situations_in(self, text: str, date_of_service: dt.date | None) -> list[str]:
        """The situations a description tells of."""
        return [s.id for s in self.situations if s.told_in(text, date_of_service)]


# -- denials.yaml ---------------------------------------------------------------------------
class DenialRule(Rule):
    """Remittance codes and what to do: `codes` any of them, `with_codes` all of these too."""

    codes: list[str] = Field(min_length=1)
    with_codes: list[str] = Field(default_factory=list)
    # Remarks printed beside `codes` (MA13 beside N264): read, so never named as unread, but
    # they decide no route alone, since they also come beside other codes.
    read_beside: list[str] = Field(default_factory=list)
    route: Literal[ROUTES]  # type: ignore[valid-type]
    headline: str = Field(min_length=10)  # what the remittance means, first among the warnings
    says: str = Field(min_length=10)

    def matches(self, codes: set[str]) -> bool:
        return bool(codes & set(self.codes)) and set(self.with_codes) <= codes


class SubmittedReading(BaseModel):
    """When a claim still keyed "submitted" is read as denied (denials.yaml)."""

    note: str = Field(min_length=10)
    # The codes the note names: read (no warning that they were not), though no route uses them.
    processed_claim_codes: list[str] = Field(min_length=1)
    source: HttpUrl
    last_reviewed: dt.date


class DenialsFile(BaseModel):
    version: int
    rules: list[DenialRule]
    default: DenialRule
    submitted_read_as_denied: SubmittedReading

    @model_validator(mode="after")
    def _unique(self) -> DenialsFile:
        unique_ids([*self.rules, self.default], "denial")
        return self

    def route_for(self, codes: list[str], facts: dict[str, object] | None = None) -> DenialRule:
        """The first rule whose codes are on the remittance (and whose conditions the claim's
        facts meet, when given), else the default."""
        wanted = {c.upper() for c in codes}
        found = (r for r in self.rules if r.matches(wanted) and (facts is None or r.applies(facts)))
        return next(found, self.default)

    def reads_a_denial(self, codes: list[str]) -> bool:
        """Whether a rule other than the default reads these remittance codes: what makes a
        claim still keyed "submitted" read as denied (`submitted_read_as_denied`)."""
        wanted = {c.upper() for c in codes}
        return any(rule.matches(wanted) for rule in self.rules)


# -- jurisdictions and abbreviations --------------------------------------------------------
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
    source: HttpUrl
    last_reviewed: dt.date
    filler: list[str] = []  # phrases a too-long narrative loses first; "*" is one to four words
    abbreviations: dict[str, str]
    replacement_reasons: dict[str, str] = {}  # an RA line's reason, as its narrative says it


GROUP_FACTS = ("code_groups", "repair_of_code_groups", "base_item_code_groups")


def _named(conditions: dict[str, Any], facts: tuple[str, ...]) -> list[str]:
    """The names one condition mapping gives these facts: `fact: x`, a list, or `{not: x}`."""
    named: list[str] = []
    for fact in facts:
        value = conditions.get(fact, [])
        value = value.get("not", []) if isinstance(value, dict) else value
        named += value if isinstance(value, list) else [value]
    return named


class Rulebook(BaseModel):
    """Every outcome rule file, loaded and checked once at start-up."""

    modifiers: ModifiersFile
    deadlines: DeadlinesFile
    next_steps: NextStepsFile
    checks: ChecksFile
    denials: DenialsFile
    jurisdictions: JurisdictionsFile
    abbreviations: AbbreviationsFile
    code_groups: CodeGroupsFile
    code_details: CodeDetailsFile
    labor_caps: LaborCapsFile

    @classmethod
    def load(cls, content_dir: Path) -> Rulebook:
        rules = content_dir / "rules"
        book = cls(
            modifiers=load_yaml_model(rules / "modifiers.yaml", ModifiersFile),
            deadlines=load_yaml_model(rules / "deadlines.yaml", DeadlinesFile),
            next_steps=load_yaml_model(rules / "next_steps.yaml", NextStepsFile),
            checks=load_yaml_model(rules / "checks.yaml", ChecksFile),
            denials=load_yaml_model(rules / "denials.yaml", DenialsFile),
            jurisdictions=load_yaml_model(rules / "jurisdictions.yaml", JurisdictionsFile),
            abbreviations=load_yaml_model(rules / "abbreviations.yaml", AbbreviationsFile),
            code_groups=load_yaml_model(rules / "code_groups.yaml", CodeGroupsFile),
            code_details=load_yaml_model(rules / "code_details.yaml", CodeDetailsFile),
            labor_caps=load_yaml_model(rules / "labor_caps.yaml", LaborCapsFile),
        )
        book._check_step_dates(rules / "next_steps.yaml")
        book._check_group_names(rules)
        return book

    @cached_property
    def read_remittance_codes(self) -> dict[str, frozenset[str] | None]:
        """The remittance codes some rule names (denials.yaml's codes, a `denial_codes`
        condition anywhere), each with the payers a rule naming it is for (None: every payer;
        CO-197 is read for plans only): any other code on a claim is named to the biller as
        unread."""
        named: dict[str, set[str] | None] = {}

        def add(codes: Iterable[str], payers: list[str] | None) -> None:
            for code in (c.upper() for c in codes):
                known = named.get(code, set())
                named[code] = None if known is None or payers is None else known | set(payers)

        add(
            (c for r in self.denials.rules for c in (*r.codes, *r.with_codes, *r.read_beside)), None
        )
        add(self.denials.submitted_read_as_denied.processed_claim_codes, None)
        for rules in self._rules_by_file().values():
            for rule in rules:
                for one in (rule.when, *rule.when_any, rule.unless or {}, *rule.unless_any):
                    payers = _named(one, ("payer",)) or _named(rule.when, ("payer",)) or None
                    add(_named(one, ("denial_codes",)), payers)
        return {c: None if p is None else frozenset(p) for c, p in named.items()}

    def reads_code(self, typed: str, payer: str) -> bool:
        """Whether the rules read an entry of denial_codes on this payer's claim: a 277CA claim
        status code (a front-end rejection is read whatever its code), or a remittance code a
        rule for this payer names."""
        if claim_status_code(typed) is not None:
            return True
        code = remittance_code(typed)
        if code not in self.read_remittance_codes:
            return False
        payers = self.read_remittance_codes[code]
        return payers is None or payer in payers

    def _rules_by_file(self) -> dict[str, list[Rule]]:
        return {
            "modifiers.yaml": [*self.modifiers.rules],
            "deadlines.yaml": [*self.deadlines.windows],
            "next_steps.yaml": [*self.next_steps.steps],
            "checks.yaml": [*self.checks.code_rules, *self.checks.warnings],
            "denials.yaml": [*self.denials.rules],
            "labor_caps.yaml": [*self.labor_caps.caps],
        }

    def _check_group_names(self, rules_dir: Path) -> None:
        for file, rules in self._rules_by_file().items():
            for rule in rules:
                conditions = (rule.when, *rule.when_any, rule.unless or {}, *rule.unless_any)
                self.check_names(rules_dir / file, rule.id, conditions)

    def check_names(self, path: Path, rule_id: str, conditions: Iterable[dict[str, Any]]) -> None:
        """Every code group and situation these conditions name is defined (a typo would never
        match): the rule files here, and documents.yaml's exceptions (OutcomeBuilder.load)."""
        from flows.content import ContentError

        kinds = (
            (GROUP_FACTS, {g.id for g in self.code_groups.groups}, "code group", "code_groups"),
            (("situations",), {s.id for s in self.checks.situations}, "situation", "checks"),
        )
        for one in conditions:
            for facts, known, what, where in kinds:
                for name in _named(one, facts):
                    if name not in known:
                        raise ContentError(
                            path, None, f"{rule_id}: {what} '{name}' is not defined in "
                            f"{where}.yaml",
                        )  # fmt: skip

    def _check_step_dates(self, path: Path) -> None:
        from flows.content import ContentError

        windows = {w.id for w in self.deadlines.windows}
        for rule in self.next_steps.steps:
            for source in rule.date:
                if source not in windows and source not in STEP_DATES:
                    raise ContentError(
                        path, None, f"steps.{rule.id}.date: '{source}' is not a deadlines.yaml "
                        f"window, today or date_of_service"
                    )  # fmt: skip

    def window(self, window_id: str) -> Window:
        return next(w for w in self.deadlines.windows if w.id == window_id)
