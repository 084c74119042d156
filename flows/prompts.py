"""What the bot shows to carry a conversation on: questions, the review, code-search results.

Everything here is pure: it reads the intake and the wording, never searches and never changes
state, so showing a question twice shows the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from flows.answers import Understood
from flows.codes import NocAdvice
from flows.formats import clipped, money, us_date
from flows.intake import STEP_BY_NAME, STEP_BY_STATE, CodeChoice, Intake, Step
from flows.messages import Messages
from flows.models import Claim, Option, Reply
from flows.ports import StoredConversation


class Prompts:
    """Renders an intake's current question, review and results from content wording."""

    def __init__(self, messages: Messages) -> None:
        self.messages = messages
        # How a conversation key reads to its user ("direct messages"): the surface says.
        self.place_name: Callable[[str], str] = lambda key: key

    def text(self, key: str, **fields: object) -> str:
        return self.messages.text(key, **fields)

    def say(self, key: str, kind: str = "say", **fields: object) -> Reply:
        """One plain message by content key."""
        return Reply(kind=kind, text=self.messages.text(key, **fields))  # type: ignore[arg-type]

    def options(self, intake: Intake, step: Step) -> list[Option]:
        """The choices offered at a step (documents share one set; the code check lists codes)."""
        if step.name.startswith("doc_"):
            return self.messages.options(self.document_group(step))
        if step.kind == "search":
            found = [
                Option(value=c.code, label=c.code, description=c.description)
                for c in intake.progress.code_candidates
            ]
            # With nothing found the question is "did you also check DMECS?": yes means none fit.
            group = "code_check" if found else "code_check_none_found"
            return [*found, *self.messages.options(group)]
        if step.kind == "choice":
            return self.messages.options(step.name)
        said = intake.progress.suggested.get(step.name)  # a plan named with the payer type
        # A count or a price offered is taken by "yes": a button would catch a typed "1".
        return [Option(value=said, label=said)] if said and step.kind == "text" else []

    def document_group(self, step: Step) -> str:
        """The options of a document's question: its own set where it has one (prior
        authorization adds the payer's word that none is needed), else the shared one."""
        own = f"{step.name.removeprefix('doc_')}_status"
        return own if self.messages.has_options(own) else "document_status"

    def current(
        self, intake: Intake, with_progress: bool = True, claim: Claim | None = None
    ) -> list[Reply]:
        """What the user should see to carry on from the current state."""
        if intake.state == "idle":
            return []
        if intake.state == "reviewing":
            return [self.review(intake, claim)]
        if intake.state == "done":
            return [self.say("help_done")]
        if intake.state == "advised_specific_code":
            return [self.specific_code_advice(intake)]
        step = STEP_BY_STATE[intake.state]
        options = self.options(intake, step)
        question = self.question(intake, step)
        if step.kind == "search":
            key = "code_check_candidates" if len(options) > 1 else "code_check_no_candidates"
            fallback = intake.progress.code_fallback or "E1399"  # kept before it was stored
            question = self.text(
                key, description=intake.answers.item_description or "", noc_code=fallback
            )
            medicare = intake.answers.payer_type == "medicare"  # GY is Original Medicare's
            candidates = intake.progress.code_candidates if medicare else []
            for c in candidates:
                if c.coverage_label:
                    label = f"{c.code}: {c.coverage_label}"
                    question += "\n" + self.text("code_coverage_line", label=label)
            if any(c.coverage_label for c in candidates) and not all(
                c.coverage_label for c in candidates
            ):  # the codes without a note are not left to guess
                question += "\n" + self.text("code_coverage_others")
        if (said := intake.progress.suggested.get(step.name)) is not None:
            shown = self.display_value(step, said)  # said earlier: offered, never just taken
            question += "\n" + self.text("suggested_answer", value=shown)
        lines = [self.progress(intake, step)] if with_progress else []
        lines.append(question)
        return [
            Reply(
                kind="ask",
                text="\n".join(lines),
                options=options,
                payload={"step": step.name, "optional": step.optional},
            )
        ]

    def question(self, intake: Intake, step: Step) -> str:
        """The step's question; a step that reads differently once a specific code was picked
        (the category no longer picks a NOC code) has an `ask_<step>_with_code` wording."""
        with_code = f"ask_{step.name}_with_code"
        if intake.picked_code and self.messages.has(with_code):
            return self.text(with_code, code=intake.picked_code)
        return self.text(f"ask_{step.name}")

    def progress(self, intake: Intake, step: Step) -> str:
        """The "Step 5 of 21" line; when an answer changed how many questions come, it says so."""
        expected = intake.expected_steps()
        position = expected.index(step) + 1 if step in expected else 1
        total, shown = len(expected), intake.progress.shown_total
        key = "progress"
        if intake.progress.editing and step.name in intake.progress.asked:
            label = self.messages.label(step.name)
            value = self.display(intake, step)  # the answer being changed, shown
            return self.text("progress_editing", position=position, total=total, label=label,
                             value=value)  # fmt: skip
        if shown is not None and total != shown:
            key = "progress_more" if total > shown else "progress_fewer"
            key += "_one" if abs(total - shown) == 1 else ""
        return self.text(key, position=position, total=total, count=abs(total - (shown or 0)))

    def specific_code_advice(self, intake: Intake) -> Reply:
        """The advice to bill the specific code the user picked instead of a NOC code."""
        code = intake.answers.code_check or ""
        found = next((c for c in intake.progress.code_candidates if c.code == code), None)
        description = found.description if found else ""
        # Only Original Medicare's list is news here: other payers' authorization is asked anyway.
        on_list = intake.is_original_medicare() and intake.is_document_needed(
            STEP_BY_NAME["doc_prior_authorization"]
        )
        prior_auth = " " + self.text("specific_code_prior_auth", code=code) if on_list else ""
        # The DME MAC and the PDAC are Original Medicare's; other payers have their own policies.
        key = (
            "specific_code_advice" if intake.is_original_medicare() else "specific_code_advice_plan"
        )
        text = self.text(key, code=code, description=description, prior_auth=prior_auth)
        options = [Option(value=f"cmd:{o.value}", label=o.label.format(code=code))
                   for o in self.messages.options("specific_code")]  # fmt: skip
        return Reply(kind="ask", text=text, options=options)

    def display(self, intake: Intake, step: Step) -> str:
        """How an answer reads back to the biller in the review."""
        return self.display_value(step, intake.answer_of(step))

    def display_value(self, step: Step, value: object) -> str:
        """How one value of a step reads to a biller ("Original Medicare", "$480.00")."""
        if value is None:
            return self.text("not_answered")
        if step.name.startswith("doc_"):
            return self.messages.option_label(self.document_group(step), str(value))
        if step.kind == "choice":
            return self.messages.option_label(step.name, str(value))
        if step.kind == "search":
            return self.messages.option_label("code_check", str(value))
        if isinstance(value, dt.date):
            return us_date(value)
        if step.kind == "month" and isinstance(value, str) and len(value) == 7:
            return f"{value[5:]}/{value[:4]}"  # "2021-06" reads as billers write it: 06/2021
        if step.kind == "money" and isinstance(value, str):  # an amount offered as typed
            value = Decimal(value)
        if isinstance(value, Decimal):
            return money(value)
        if isinstance(value, list):
            return " ".join(value)
        return str(value)

    def review(self, intake: Intake, claim: Claim | None) -> Reply:
        """Every answer for a last look, with confirm / edit / cancel."""
        total = len(intake.expected_steps())  # where the biller is, as at every question
        lines = [self.text("progress_review", total=total), self.text("review_header")]
        for step in intake.applicable_steps():
            label, value = self.messages.label(step.name), self.display(intake, step)
            lines.append(self.text("review_line", label=label, value=value))
        lines.append(self.text("review_hint"))
        options = [
            Option(value=f"cmd:{o.value}" if o.value != "edit" else "cmd:edit_menu", label=o.label)
            for o in self.messages.options("review")
        ]
        payload = {"claim": claim.model_dump(mode="json")} if claim else None
        return Reply(kind="ask", text="\n".join(lines), options=options, payload=payload)

    def plan_name_again(self, kind: str, value: str, typed: str) -> Reply:
        """The plan's name asked again after an answer that is something else: a state kept for
        its own question ("noted_state"), or what the answer reads as instead."""
        text = self.text("plan_name_gave_state", state=value)
        if kind != "noted_state":
            what = self.text(f"not_plan_name_{kind}")
            text = self.text("plan_name_not_a_name", typed=clipped(typed, 60), what=what)
        return Reply(kind="ask", text=text, payload={"step": "payer_name", "optional": True})

    def correction_offer(self, intake: Intake, step: Step, typed: str) -> Reply | None:
        """ "i meant medicaid" typed at another question: the change offered for the answer it
        corrects (by a click or `edit`), this question's answer kept; None for anything else."""
        corrected = self.messages.corrected_field(typed)
        if corrected is None or corrected.field == step.name:
            return None
        other = STEP_BY_NAME[corrected.field]
        if not intake.step_applies(other):
            return None
        field, label = self.messages.label(other.name), self.messages.label(step.name)
        command = f"edit {field} {corrected.value}".strip()
        answer = intake.answer_of(step)
        shown = self.display_value(step, answer)
        kept = "" if answer is None else self.text("correction_kept", label=label, value=shown)
        # The value typed rides on the button: picking it makes the change, asking nothing.
        value = f"edit:{other.name}:{corrected.value}" if corrected.value else f"edit:{other.name}"
        change = self.text("correction_change", field=field)
        if corrected.value:
            change = self.text(
                "correction_change_to", field=field, value=clipped(corrected.value, 40)
            )
        text = self.text("correction_of_other_field", typed=clipped(typed, 60), field=field,
                         label=label, command=command, kept=kept, change=change)  # fmt: skip
        change_option = Option(value=value, label=change)
        return Reply(kind="say", text=text, options=[change_option])

    def understood(self, step: Step, understood: Understood) -> Reply:
        """Reads a loosely typed answer back, so a wrong reading is caught at once."""
        value = self.display_value(step, understood.value)
        label = self.messages.label(step.name)
        if understood.value is None:  # "n/a", "not yet": left blank, and said so
            return self.say("understood_blank", label=label)
        if understood.estimated_from:  # "about 2 weeks ago": a guess, to check on the record
            key = f"understood_estimate_{step.name}"
            key = key if self.messages.has(key) else "understood_estimate"
            return self.say(key, value=value, label=label, typed=understood.estimated_from)
        if understood.planned:
            key = "understood_date_planned" if understood.year_assumed else "understood_planned"
            return self.say(key, value=value, label=label)
        if understood.year_assumed:
            return self.say("understood_date", value=value, label=label)
        return self.say("understood_as", value=value, label=label)

    def confirm_drop(self, intake: Intake, action: str) -> Reply:
        """ "Cancel this intake?" naming what it would drop, with yes / keep going."""
        answered = [s for s in intake.applicable_steps() if s.name in intake.progress.asked]
        labels = [self.messages.label(s.name) for s in answered]
        shown = ", ".join(labels[:4]) + (f" and {len(labels) - 4} more" if len(labels) > 4 else "")
        dropped = self.text("drop_answers", count=len(labels), fields=shown) if labels else ""
        if intake.state == "done":
            dropped = self.text("drop_outcome", item=intake.answers.item_description or "")
        options = [
            Option(value=f"cmd:{o.value}", label=o.label)
            for o in self.messages.options(f"{action}_confirm")
        ]
        text = self.text(f"{action}_confirm", dropped=dropped)
        return Reply(kind="ask", text=text, options=options)

    def edit_menu(self, intake: Intake) -> Reply:
        """The answers that can be changed, as options."""
        options = [
            Option(value=f"edit:{s.name}", label=self.messages.label(s.name))
            for s in intake.applicable_steps()
        ]
        return Reply(kind="ask", text=self.text("review_pick_field"), options=options)

    def code_search(self, item: str, found: list[CodeChoice], noc: NocAdvice) -> Reply:
        """Specific codes that may fit an item, and the NOC code if none does."""
        key = "code_search_header" if found else "code_search_none"
        lines = [self.text(key, item=item)]
        for c in found:
            lines.append(self.text("code_search_line", code=c.code, description=c.description))
            if c.coverage_label:
                lines.append(self.text("code_coverage_line", label=c.coverage_label))
        lines.append(
            self.text("code_search_noc", code=noc.code, description=noc.description, why=noc.why)
        )
        payload = {
            "query": item,
            "candidates": [c.model_dump() for c in found],
            "noc": noc.model_dump(),
        }
        return Reply(kind="answer", text="\n".join(lines), payload=payload)

    def where(self, state: str) -> str:
        """Where an intake stands, in the biller's words (the question's label)."""
        step = STEP_BY_STATE.get(state)
        if state == "reviewing":
            return self.text("where_review")
        return self.messages.label(step.name) if step else state.replace("_", " ")

    def open_intakes(self, rows: list[StoredConversation]) -> list[Reply]:
        """The user's unfinished intakes, newest first."""
        if not rows:
            return [self.say("status_none")]
        lines = [self.text("status_header")]
        for row in rows:
            updated = row.updated_at.strftime("%Y-%m-%d %H:%M UTC") if row.updated_at else "?"
            lines.append(
                self.text(
                    "status_line",
                    where=self.place_name(row.key),
                    step=self.where(row.state),
                    updated=updated,
                )  # fmt: skip
            )
        return [Reply(text="\n".join(lines), payload={"open_intakes": [r.key for r in rows]})]
