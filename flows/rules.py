"""Document rules per payer type (content/rules/documents.yaml): what each payer needs and why."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from flows.conditions import PAYER_TYPES, Conditions, holds
from flows.content import load_yaml_model
from flows.models import DOCUMENT_IDS
from flows.plan_authorizations import PlanAuthorizationsFile

Need = Literal["required", "recommended", "if_denial_expected", "not_needed"]
# An exception may also say a document can no longer be had (an ABN after delivery): it is then
# shown as it stands but is not required, and never offered as a step.
ExceptionNeed = Literal["required", "recommended", "not_needed", "too_late"]
CHECKLIST_IDS = (*DOCUMENT_IDS, "narrative")


class DocumentException(BaseModel):
    """A case where the payer's usual need for a document does not hold (a repair needs no SWO)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    when: Conditions
    need: ExceptionNeed
    asked: bool = True  # false: the intake does not ask for it (it cannot be in hand yet)
    why: str
    source: HttpUrl
    last_reviewed: dt.date


class DocumentRule(BaseModel):
    need: Need
    why: str
    source: HttpUrl
    exceptions: list[DocumentException] = Field(default_factory=list)

    def exception_for(self, facts: dict[str, Any]) -> DocumentException | None:
        """The first exception whose conditions hold for this claim, if any."""
        return next((e for e in self.exceptions if holds(e.when, facts)), None)


class DocumentRulesFile(BaseModel):
    version: int
    last_reviewed: dt.date
    documents: dict[str, str]
    before_delivery: list[str]  # what must be in hand before a planned delivery, when it applies
    every_payer: dict[str, list[DocumentException]] = Field(default_factory=dict)
    payers: dict[str, dict[str, DocumentRule]]

    @model_validator(mode="after")
    def _complete(self) -> DocumentRulesFile:
        if set(self.documents) != set(CHECKLIST_IDS):
            raise ValueError(f"documents must list exactly: {', '.join(CHECKLIST_IDS)}")
        if not set(self.before_delivery) <= set(CHECKLIST_IDS):
            raise ValueError(f"before_delivery may list only: {', '.join(CHECKLIST_IDS)}")
        if set(self.payers) != set(PAYER_TYPES):
            raise ValueError(f"payers must list exactly: {', '.join(PAYER_TYPES)}")
        for payer, rules in self.payers.items():
            missing = set(CHECKLIST_IDS) - set(rules)
            if missing:
                raise ValueError(f"payer {payer} has no rule for {', '.join(sorted(missing))}")
        if not set(self.every_payer) <= set(CHECKLIST_IDS):
            raise ValueError(f"every_payer may list only: {', '.join(CHECKLIST_IDS)}")
        for document, shared in self.every_payer.items():  # tried before the payer's own
            for rules in self.payers.values():
                rules[document].exceptions[:0] = shared
        return self


# -- code_groups.yaml -----------------------------------------------------------------------
class CodeGroup(BaseModel):
    """HCPCS codes a rule tests by name (`code_groups: oxygen_equipment`), written once."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: re.Pattern[str]
    what: str = Field(min_length=10)
    source: HttpUrl
    last_reviewed: dt.date


class CodeGroupsFile(BaseModel):
    version: int
    groups: list[CodeGroup]

    def of(self, code: str | None) -> list[str]:
        """The groups `code` belongs to (none for no code)."""
        return [g.id for g in self.groups if code and g.pattern.search(code)]


class DocumentRules:
    """Answers 'does this payer need this document?' from the reviewed rules file."""

    def __init__(
        self, file: DocumentRulesFile, code_groups: CodeGroupsFile | None = None,
        plans: PlanAuthorizationsFile | None = None,
    ) -> None:  # fmt: skip
        self.file, self.code_groups, self.plans = file, code_groups, plans

    @classmethod
    def load(cls, content_dir: Path) -> DocumentRules:
        rules = content_dir / "rules"
        return cls(
            load_yaml_model(rules / "documents.yaml", DocumentRulesFile),
            load_yaml_model(rules / "code_groups.yaml", CodeGroupsFile),
            load_yaml_model(rules / "plan_authorizations.yaml", PlanAuthorizationsFile),
        )

    def exceptions(self) -> list[DocumentException]:
        """Every exception in the file, for every payer and for all of them."""
        found = [e for listed in self.file.every_payer.values() for e in listed]
        for rules in self.file.payers.values():
            found += [e for rule in rules.values() for e in rule.exceptions]
        return found

    def speaks_of_authorization(self, text: str) -> bool:
        """Whether the text has a prior-authorization word (plan_authorizations.yaml)."""
        return self.plans is not None and self.plans.speaks_of_authorization(text)

    def rule(self, payer: str, document: str) -> DocumentRule:
        return self.file.payers[payer][document]

    def label(self, document: str) -> str:
        return self.file.documents[document]

    def is_needed(self, document: str, facts: dict[str, Any]) -> bool:
        """Whether the intake should ask about this document, given what it knows so far
        (`payer`, `expect_denial`, `acquisition`, `timing`, `code`, `code_kind`): a repair needs
        no written order, proof of delivery cannot exist before a planned delivery, and a
        specific code needs no NOC price documentation, so none of these is asked."""
        if self.code_groups is not None:  # a specific code on Medicare's prior-auth list
            facts = {**facts, "code_groups": self.code_groups.of(facts.get("code"))}
        rule = self.rule(facts["payer"], document)
        exception = rule.exception_for(facts)
        if exception is not None and not exception.asked:
            return False
        need = exception.need if exception is not None else rule.need  # a code on a list, too
        return need in ("required", "recommended") or (
            need == "if_denial_expected" and facts["expect_denial"]
        )
