"""The guided claim intake: its steps as data, the answers they fill, and the shared machine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, get_args

from pydantic import BaseModel, Field

from flows.clock import utcnow
from flows.codes import Candidate
from flows.history import PastOutcome
from flows.models import (
    DOCUMENT_IDS,
    Acquisition,
    ClaimStatusName,
    DenialReason,
    DocumentStatus,
    ItemCategory,
    PayerType,
    ReplacementReason,
)
from flows.outcome.facts import delivery_timing

StepKind = Literal[
    "choice",
    "text",
    "reference",  # a number the payer issued (prior authorization): has a digit in it
    "date",
    "month",
    "money",
    "quantity",
    "minutes",  # repair labor: minutes, hours or 15-minute units
    "state",
    "hcpcs",
    "codes",
    "search",
]


class IntakeAnswers(BaseModel):
    """Everything the intake has collected so far; None means not answered (or skipped)."""

    payer_type: PayerType | None = None
    payer_name: str | None = None
    beneficiary_state: str | None = None
    item_description: str | None = None
    code_check: str | None = None  # "none" (no specific code fits) or the HCPCS code picked
    item_category: ItemCategory | None = None
    manufacturer: str | None = None
    model: str | None = None
    quantity: int | None = None
    unit_price: Decimal | None = None
    acquisition: Acquisition | None = None
    replacement_reason: str | None = None
    rental_month: int | None = None
    item_role: str | None = None
    base_item_code: str | None = None
    repair_of_code: str | None = None
    repair_of_purchased: str | None = None  # YYYY-MM
    labor_minutes: int | None = None
    date_of_service: dt.date | None = None
    expect_medicare_denial: str | None = None
    denial_reason: str | None = None
    documents: dict[str, str] = Field(default_factory=dict)
    prior_authorization_number: str | None = None
    claim_status: ClaimStatusName | None = None
    submitted_on: dt.date | None = None
    determination_date: dt.date | None = None
    denial_codes: list[str] | None = None

    @property
    def billed_acquisition(self) -> Acquisition | None:
        """How the line is billed: a repair part is a repair whatever the purchase answer was."""
        return "repair" if self.item_role == "repair_part" else self.acquisition

    def answer_context(self) -> dict[str, str | None]:
        """The claim so far, as the knowledge base weighs it for a question asked mid-intake."""
        return {
            "payer": self.payer_type,
            "state": self.beneficiary_state,
            "acquisition": self.billed_acquisition,
        }


class CodeChoice(Candidate):
    """A specific code the search offered, with a note when Medicare coverage is unusual."""

    coverage_label: str | None = None


class IntakeProgress(BaseModel):
    """Bookkeeping beside the answers: what was asked, retries, edits under way, search results."""

    asked: list[str] = Field(default_factory=list)
    failed_tries: int = 0
    pending_edits: list[str] = Field(default_factory=list)  # steps to re-ask before review
    editing: bool = False
    code_candidates: list[CodeChoice] = Field(default_factory=list)
    code_query: str | None = None  # the description code_candidates were searched for
    code_fallback: str | None = None  # the NOC code the item goes to if none of them fits
    outcome: dict[str, Any] | None = None  # last outcome shown, to say what an edit changed
    confirming: Literal["cancel", "restart"] | None = None  # a drop waiting for a yes
    history_number: int | None = None  # this intake's number in the history, once confirmed
    shown_total: int | None = None  # the step count last shown, to say why it changed
    noted: list[str] = Field(default_factory=list)  # answered in passing: passed over when due
    passed_over: list[str] = Field(default_factory=list)  # so *back* passes over them too
    suggested: dict[str, str] = Field(default_factory=dict)  # said earlier: offered when due
    suggested_by: dict[str, str] = Field(default_factory=dict)  # field -> the step that said it
    began_at: dt.datetime | None = None  # UTC: a cancel forgets the questions asked since
    rating_offered: bool = False  # the last turn's answer offered Helpful / Not helpful


@dataclass(frozen=True)
class Step:
    """One question of the intake. `when` names the condition under which it is asked."""

    name: str
    kind: StepKind
    optional: bool = False
    when: str | None = None
    options: tuple[str, ...] = ()
    depends_on: tuple[str, ...] = field(default=())  # re-asked when one of these is edited

    @property
    def state(self) -> str:
        return f"asking_{self.name}"


DOCUMENT_STATUS_OPTIONS = get_args(DocumentStatus)

STEPS: tuple[Step, ...] = (
    Step(
        "payer_type",
        "choice",
        options=get_args(PayerType),
    ),
    Step("payer_name", "text", optional=True, when="is_not_original_medicare"),
    Step("beneficiary_state", "state", optional=True, when="is_medicare_or_medicaid"),
    Step("item_description", "text"),
    Step("code_check", "search", depends_on=("item_description",)),
    Step(
        "item_category",
        "choice",
        options=get_args(ItemCategory),
    ),
    Step("manufacturer", "text", optional=True),
    Step("model", "text", optional=True),
    Step("quantity", "quantity"),
    Step("unit_price", "money", optional=True),
    Step(
        "acquisition",
        "choice",
        optional=True,
        # Acquisition's values, in the order billers are asked them.
        options=("new_purchase", "used_purchase", "rental", "replacement", "repair"),
    ),
    Step(
        "replacement_reason",
        "choice",
        optional=True,
        when="is_replacement",
        options=get_args(ReplacementReason),
        depends_on=("acquisition",),
    ),
    Step("rental_month", "quantity", optional=True, when="is_rental"),
    Step(
        "item_role",
        "choice",
        when="is_role_open",
        options=("standalone", "accessory", "repair_part"),
    ),
    Step("base_item_code", "hcpcs", optional=True, when="is_accessory"),
    Step("repair_of_code", "hcpcs", optional=True, when="is_repair_part"),
    Step("repair_of_purchased", "month", optional=True, when="is_repair_part"),
    Step("labor_minutes", "minutes", optional=True, when="is_repair_part"),
    Step("date_of_service", "date", optional=True),
    Step("expect_medicare_denial", "choice", when="is_original_medicare", options=("yes", "no")),
    Step(
        "denial_reason",
        "choice",
        optional=True,
        when="is_denial_expected",
        options=get_args(DenialReason),
    ),
    *(
        # Optional: a skipped document is Not sure, which the checklist keeps as unconfirmed.
        Step(
            f"doc_{doc}",
            "choice",
            optional=True,
            when="is_document_needed",
            options=DOCUMENT_STATUS_OPTIONS,
        )
        for doc in DOCUMENT_IDS
    ),
    Step(
        "prior_authorization_number",
        "reference",
        optional=True,
        when="is_prior_auth_needed",
        depends_on=("doc_prior_authorization",),
    ),
    # "rejected" is last so that the numbers billers know for the others stay the same.
    # Not asked for a planned delivery: nothing can be billed or denied before it goes out.
    Step(
        "claim_status",
        "choice",
        when="is_not_planned",
        options=get_args(ClaimStatusName),
    ),
    Step("submitted_on", "date", optional=True, when="is_claim_sent"),
    Step("determination_date", "date", optional=True, when="has_determination"),
    Step("denial_codes", "codes", optional=True, when="is_denied"),
)

STEP_BY_NAME: dict[str, Step] = {step.name: step for step in STEPS}
STEP_BY_STATE: dict[str, Step] = {step.state: step for step in STEPS}
INTAKE_STATES = [step.state for step in STEPS]
FINISHED_STATES = ("idle", "done", "advised_specific_code")  # no intake under way: anyone may start
STATES = ["idle", *INTAKE_STATES, "reviewing", "advised_specific_code", "done"]


class Intake:
    """The machine's model for one conversation: answers plus progress, restored per turn.

    A plain class on purpose: `transitions` adds trigger methods at run time, which a pydantic
    model would refuse. Conditions receive the EventData because the machine uses send_event.
    """

    def __init__(
        self,
        answers: IntakeAnswers,
        progress: IntakeProgress,
        document_needs: Callable[[str, dict[str, Any]], bool],
        today: dt.date,
    ) -> None:
        self.answers, self.progress = answers, progress
        self._document_needed = document_needs
        self._today = today
        self.state = "idle"
        self.owner = ""  # the user the conversation belongs to (set by the engine per turn)
        self.history: list[PastOutcome] = []  # finished intakes: kept across new intakes
        self.cancelled_since: dt.datetime | None = None  # set by a cancel: when the intake began

    # -- triggers: `transitions` replaces these per turn (model_override=True binds only what is
    # declared here), so type checkers see them. Each returns whether the state moved.
    def started(self) -> bool:
        raise _unbound()

    def answered(self, *, value: Any) -> bool:
        raise _unbound()

    def skipped(self) -> bool:
        raise _unbound()

    def went_back(self) -> bool:
        raise _unbound()

    def chose_specific_code(self, *, value: Any) -> bool:
        raise _unbound()

    def continued(self) -> bool:
        raise _unbound()

    def edit_requested(self, *, field: str) -> bool:
        raise _unbound()

    def revised(self, *, value: Any) -> bool:
        raise _unbound()

    def confirmed(self) -> bool:
        raise _unbound()

    def cancelled(self) -> bool:
        raise _unbound()

    def restarted(self) -> bool:
        raise _unbound()

    # -- conditions -----------------------------------------------------------------------
    def applies(self, event: Any) -> bool:
        """True when the destination step should be asked for this claim."""
        step = STEP_BY_STATE.get(event.transition.dest)
        if step is not None and event.event.name == "went_back":  # not to one never asked
            return step.name not in self.progress.passed_over and self.step_applies(step)
        return step is not None and self.step_applies(step)

    def is_edit_target(self, event: Any) -> bool:
        return event.transition.dest == f"asking_{event.kwargs.get('field')}"

    def step_applies(self, step: Step) -> bool:
        return step.when is None or bool(getattr(self, step.when)(step))

    def is_original_medicare(self, _step: Step | None = None) -> bool:
        return self.answers.payer_type == "medicare"

    def is_not_original_medicare(self, _step: Step | None = None) -> bool:
        return self.answers.payer_type not in (None, "medicare")

    def is_medicare_or_medicaid(self, _step: Step | None = None) -> bool:
        return self.answers.payer_type in ("medicare", "medicaid")

    def is_accessory(self, _step: Step | None = None) -> bool:
        return self.is_role_open() and self.answers.item_role == "accessory"

    def is_repair_part(self, _step: Step | None = None) -> bool:
        return self.answers.billed_acquisition == "repair"

    def is_role_open(self, _step: Step | None = None) -> bool:
        """A repair named at the purchase question already says the item is a repair part."""
        return self.answers.acquisition != "repair"

    def is_replacement(self, _step: Step | None = None) -> bool:
        return self.answers.acquisition == "replacement"

    def is_rental(self, _step: Step | None = None) -> bool:
        return self.answers.acquisition == "rental"

    def is_denial_expected(self, _step: Step | None = None) -> bool:
        return (
            self.answers.payer_type == "medicare" and self.answers.expect_medicare_denial == "yes"
        )

    def is_document_needed(self, step: Step) -> bool:
        return self._document_needed(step.name.removeprefix("doc_"), self._known_facts())

    def is_prior_auth_needed(self, _step: Step | None = None) -> bool:
        """The authorization number is asked only when the payer uses one and it is in hand."""
        in_hand = self.answers.documents.get("prior_authorization") == "have"
        return in_hand and self._document_needed("prior_authorization", self._known_facts())

    def _known_facts(self) -> dict[str, Any]:
        """The rule facts the answers so far settle (content/rules `when:` names)."""
        return {
            "payer": self.answers.payer_type or "other",
            "code": self.picked_code,
            "code_kind": "specific" if self.picked_code else "noc",
            "acquisition": self.answers.billed_acquisition,
            "timing": delivery_timing(self.answers.date_of_service, self._today),
            "expect_denial": self.answers.expect_medicare_denial == "yes",
            "denial_reason": self.answers.denial_reason or "unknown",
        }

    def is_not_planned(self, _step: Step | None = None) -> bool:
        return delivery_timing(self.answers.date_of_service, self._today) != "planned"

    def is_claim_sent(self, _step: Step | None = None) -> bool:
        return self.answers.claim_status in ("submitted", "denied", "paid", "rejected")

    def has_determination(self, _step: Step | None = None) -> bool:
        return self.answers.claim_status in ("denied", "paid")

    def is_denied(self, _step: Step | None = None) -> bool:
        return self.answers.claim_status == "denied"

    # -- callbacks ------------------------------------------------------------------------
    def record_answered(self, event: Any) -> None:
        """Stores the validated answer of the step being left."""
        self._store(STEP_BY_STATE[event.transition.source], event.kwargs.get("value"))

    def record_skipped(self, event: Any) -> None:
        """Marks an optional step as asked, with no answer."""
        self._store(STEP_BY_STATE[event.transition.source], None)

    def clear_answers(self, event: Any) -> None:
        """Forgets the current intake: a fresh start or a cancel (finished ones stay in history).
        A restart is the same intake begun again: a later cancel reaches back to its beginning."""
        trigger = event.event.name
        began = self.progress.began_at if trigger == "restarted" else None
        if trigger == "cancelled":
            self.cancelled_since = self.progress.began_at
        self.answers, self.progress = IntakeAnswers(), IntakeProgress()
        if trigger != "cancelled":
            self.progress.began_at = began or utcnow()

    def note_in_passing(self, step_name: str, value: Any) -> None:
        """Keeps an answer typed at another question; its own question is passed over."""
        if step_name not in self.progress.asked:  # never asked: *back* passes over it too
            self.progress.passed_over.append(step_name)
        self._store(STEP_BY_NAME[step_name], value)
        if step_name not in self.progress.noted:
            self.progress.noted.append(step_name)

    def _store(self, step: Step, value: Any) -> None:
        if step.name.startswith("doc_"):
            documents = dict(self.answers.documents)
            documents[step.name.removeprefix("doc_")] = value or "unknown"
            self.answers.documents = documents
        else:
            setattr(self.answers, step.name, value)
        if step.name not in self.progress.asked:
            self.progress.asked.append(step.name)
        self.progress.failed_tries = 0

    # -- questions about where we are -----------------------------------------------------
    @property
    def picked_code(self) -> str | None:  # the specific code chosen at the code check, if any
        return self.answers.code_check if self.answers.code_check not in (None, "none") else None

    @property
    def current_step(self) -> Step | None:
        return STEP_BY_STATE.get(self.state)

    def applicable_steps(self) -> list[Step]:
        return [step for step in STEPS if self.step_applies(step)]

    def expected_steps(self) -> list[Step]:
        """The steps this claim goes through; before the payer is known, Original Medicare's."""
        if self.answers.payer_type is not None:
            return self.applicable_steps()
        guess = self.answers.model_copy(update={"payer_type": "medicare"})
        return Intake(guess, self.progress, self._document_needed, self._today).applicable_steps()

    def missing_required(self) -> Step | None:
        """The first required question left unanswered (an edit or an old stored intake can
        leave one), so no outcome is ever built on a missing item or price."""
        steps = self.applicable_steps()
        return next((s for s in steps if not s.optional and self.answer_of(s) is None), None)

    def answer_of(self, step: Step) -> Any:
        if step.name.startswith("doc_"):
            return self.answers.documents.get(step.name.removeprefix("doc_"))
        return getattr(self.answers, step.name)

    def forget_inapplicable(self) -> None:
        """Drops answers of steps that no longer apply (after an edit), so none go stale."""
        for step in STEPS:
            if not self.step_applies(step) and step.name in self.progress.asked:
                self._store(step, None)
                self.progress.asked.remove(step.name)
                if step.name.startswith("doc_"):
                    self.answers.documents.pop(step.name.removeprefix("doc_"), None)

    def steps_to_reask_after(self, edited: Step) -> list[str]:
        """Later steps that now apply but were never asked, plus those that depend on the edit."""
        later = STEPS[STEPS.index(edited) + 1 :]
        return [
            step.name
            for step in later
            if self.step_applies(step)
            and (step.name not in self.progress.asked or edited.name in step.depends_on)
        ]


def _unbound() -> RuntimeError:
    return RuntimeError("the intake is not on the machine: add_model it first")
