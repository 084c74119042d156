"""All the outcome's wording: the contract JSON's sentences, the chat and Markdown views, and the
"what changed" list after an edit. Dates in sentences are always written MM/DD/YYYY."""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from decimal import Decimal
from typing import Any

from flows.formats import money, us_date
from flows.messages import Messages
from flows.outcome.model import (
    Assessment,
    ChecklistItem,
    Deadline,
    DueDate,
    FollowUp,
    Note,
    Outcome,
    Step,
)
from flows.outcome.rulebook import Rulebook
from flows.phi import PhiFindings, describe
from flows.rules import DocumentRules


@functools.cache
def _names_in(template: str) -> frozenset[str]:
    """The names of the {fields} a sentence fills in."""
    fields = (field for _, field, _, _ in string.Formatter().parse(template) if field)
    return frozenset(re.split(r"[.\[]", field, maxsplit=1)[0] for field in fields)


# The chat's *bold* and its bullets, as Markdown writes them.
_STARRED, _BULLET, _WARNED = re.compile(r"\*([^*]+)\*"), re.compile(r"^• "), re.compile(r"^⚠ ")
MARKS = {"have": "✅", "missing": "❌", "unknown": "❓", "not_needed": "➖", "optional": "▫️"}


class Renderer:
    """Owns every sentence of an outcome; the templates come from content, keyed as in Note."""

    def __init__(self, messages: Messages, rules: Rulebook, documents: DocumentRules) -> None:
        self.messages, self.documents = messages, documents
        self.templates: dict[str, str] = {}
        for group, items in (
            ("checks", [*rules.checks.code_rules, *rules.checks.warnings]),
            ("steps", rules.next_steps.steps),
            ("denials", [*rules.denials.rules, rules.denials.default]),
        ):
            self.templates.update({f"{group}.{r.id}": r.says for r in items})
        for code_rule in rules.checks.code_rules:
            if code_rule.headline:
                self.templates[f"checks.{code_rule.id}.headline"] = code_rule.headline
        for denial in [*rules.denials.rules, rules.denials.default]:
            self.templates[f"denials.{denial.id}.headline"] = denial.headline
        for window in rules.deadlines.windows:
            self.templates[f"deadlines.{window.id}"] = window.why
            if window.when_passed:
                self.templates[f"deadlines.{window.id}.passed"] = window.when_passed
            if window.still_on_time:
                self.templates[f"deadlines.{window.id}.still_on_time"] = window.still_on_time
            if window.due_today:
                self.templates[f"deadlines.{window.id}.due_today"] = window.due_today
            if window.day_off_says:
                self.templates[f"deadlines.{window.id}.day_off_says"] = window.day_off_says
            if window.day_off_passed:
                self.templates[f"deadlines.{window.id}.day_off_passed"] = window.day_off_passed
        for payer, by_document in documents.file.payers.items():
            for document, rule in by_document.items():
                self.templates[f"documents.{payer}.{document}"] = rule.why
                for exception in rule.exceptions:
                    key = f"documents.{payer}.{document}.{exception.id}"
                    self.templates[key] = exception.why

    # -- words ----------------------------------------------------------------------------
    def _value(self, name: str, value: Any) -> str:
        if isinstance(value, dt.date):
            return us_date(value)
        if isinstance(value, Decimal):
            return money(value)
        if isinstance(value, list):
            if name == "phi_kinds":  # "a Medicare ID (MBI) and a date of birth"
                return describe(PhiFindings(tuple(value)), self.messages)
            if name.endswith("_documents"):
                return ", ".join(self.documents.label(v) for v in value)
            return ", ".join(str(v) for v in value) or "none"
        return "" if value is None else str(value)

    def say(self, note: Note, context: dict[str, Any]) -> str:
        """One note in words, its {fields} filled from the note, then the claim's facts."""
        group, _, key = note.key.partition(".")
        template = self.messages.template(key) if group == "messages" else self.templates[note.key]
        # Only the fields the sentence names are written out: a claim has about 70 facts.
        fields = {**context, **note.fields}
        shown = {name: self._value(name, fields[name]) for name in _names_in(template)
                 if name in fields}  # fmt: skip
        return " ".join(template.format(**shown).split())

    def _t(self, key: str, **fields: object) -> str:
        return self.messages.text(key, **fields)

    # -- the contract JSON ----------------------------------------------------------------
    def outcome(self, assessment: Assessment) -> Outcome:
        context = assessment.context

        def words(notes: list[Note]) -> str:
            return " ".join(self.say(note, context) for note in notes)

        return Outcome(
            code=assessment.code,
            modifiers=assessment.modifiers,
            narrative=assessment.narrative,
            checklist=[
                ChecklistItem(
                    id=c.id,
                    label=self.documents.label(c.id),
                    status=c.status,
                    required=c.required,
                    why=words(c.why),
                    source=c.source,
                )
                for c in assessment.checklist
            ],
            missing=assessment.missing,
            deadlines=[
                Deadline(
                    id=d.listed_as,  # type: ignore[arg-type]
                    date=d.date,
                    passed=d.passed,
                    why=words(
                        [n for n in (d.doubt, d.why, d.due_today, d.still_possible, d.day_off) if n]
                    ),
                )
                for d in assessment.deadlines
            ],
            follow_up=[
                FollowUp(
                    id=s.id,
                    when=s.when,
                    overdue=s.overdue,
                    action=words([*([s.due_today] if s.due_today else []), *s.action]),
                )
                for s in assessment.steps
            ],
            warnings=list(dict.fromkeys(self.say(n, context) for n in assessment.warnings)),
            planned=assessment.planned,
            short_description=assessment.short_description,
            narrative_dropped=assessment.narrative_dropped,
            dme_mac=assessment.dme_mac,
            code_valid=assessment.code_valid,
        )

    # -- chat and Markdown ----------------------------------------------------------------
    def lines(self, assessment: Assessment, outcome: Outcome, markdown: bool) -> list[str]:
        """The readable outcome: chat text, or Markdown for a ticket."""

        def bold(text: str) -> str:
            return _STARRED.sub(r"**\1**", text) if markdown else text

        def bullet(text: str) -> str:
            return _BULLET.sub("- ", _WARNED.sub("- ⚠ ", text)) if markdown else text

        description = (
            self._t("outcome_item_withheld")
            if assessment.description_withheld
            else assessment.description
        )
        modifiers = f" with modifiers {', '.join(outcome.modifiers)}" if outcome.modifiers else ""
        lines = [
            bold(self._t("outcome_header", description=description)),
            "",
            bold(self._t("outcome_code", code=outcome.code, modifiers=modifiers)),
        ]
        if assessment.code_headline:
            lines.append(self.say(assessment.code_headline, assessment.context))
        if not outcome.code_valid:
            note = Note(key="messages.outcome_code_not_valid")
            lines.append(self.say(note, assessment.context))
        if outcome.planned:
            lines.append(self._t("outcome_planned"))
        if outcome.dme_mac:
            lines.append(self._t("outcome_dme_mac", dme_mac=outcome.dme_mac))
        if any(c.id == "narrative" and c.status != "not_needed" for c in outcome.checklist):
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
            ]
        lines += ["", bold(self._t("outcome_checklist"))]
        too_late = {c.id for c in assessment.checklist if c.too_late}
        lines += [
            ("- " if markdown else "") + self._check_line(item, item.id in too_late)
            for item in outcome.checklist
        ]
        missing = ", ".join(self.documents.label(m) for m in outcome.missing)
        lines.append(
            self._t("outcome_missing", items=missing)
            if missing
            else self._t("outcome_missing_none")
        )
        if outcome.deadlines:
            lines += ["", bold(self._t("outcome_deadlines"))]
            lines += [bullet(self._deadline_line(d, shown)) for d, shown
                      in zip(assessment.deadlines, outcome.deadlines, strict=True)]  # fmt: skip
        lines += ["", bold(self._t("outcome_follow_up"))]
        lines += [
            bullet(self._step_line(s, f))
            for s, f in zip(assessment.steps, outcome.follow_up, strict=True)
        ] or [  # fmt: skip
            self._t("outcome_follow_up_none")  # a paid claim: say so, not an empty section
        ]
        if outcome.warnings:
            lines += ["", bold(self._t("outcome_warnings"))]
            lines += [bullet(self._t("outcome_warning_line", warning=w)) for w in outcome.warnings]
        return lines

    def _check_line(self, item: ChecklistItem, too_late: bool) -> str:
        # A gap in an optional document is worth knowing about, not a red cross.
        optional_gap = not item.required and item.status in ("missing", "unknown")
        status = self._t(f"status_{item.status}")
        if too_late and optional_gap:
            return self._t("outcome_check_line", mark=MARKS["not_needed"], label=item.label,
                           required="", status=self._t("status_too_late"))  # fmt: skip
        return self._t(
            "outcome_check_line",
            mark=MARKS["optional" if optional_gap else item.status],
            label=item.label,
            required=self._t("required_mark") if item.required else "",
            status=self._t("status_optional_gap", status=status.lower())
            if optional_gap
            else status,
        )

    def _deadline_line(self, due: DueDate, deadline: Deadline) -> str:
        key = "outcome_deadline_line"
        if deadline.passed:
            key = "outcome_deadline_passed_line"
        elif due.due_today:
            key = "outcome_deadline_today_line"
        return self._t(key, label=self._t(f"deadline_{due.id}"),
                       date=us_date(deadline.date), why=deadline.why)  # fmt: skip

    def _step_line(self, dated: Step, step: FollowUp) -> str:
        if step.when is None:
            when = ""
        elif step.overdue:
            when = self._t("follow_overdue", date=us_date(step.when))
        elif dated.due_today:
            when = self._t("follow_due_today", date=us_date(step.when))
        else:
            when = self._t("follow_by", date=us_date(step.when))
        return self._t("outcome_follow_up_line", when=when, action=step.action)

    # -- after an edit --------------------------------------------------------------------
    def changes(self, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
        """What an edit changed in the outcome, in the biller's words (labels, dates, steps)."""

        def listed(values: list[str]) -> str:
            return ", ".join(values) or self._t("change_none")

        def labels(ids: list[str]) -> list[str]:
            return [self.documents.label(i) if i in self.documents.file.documents else i
                    for i in ids]  # fmt: skip

        def dated(entries: list[dict[str, Any]]) -> list[str]:
            return [
                f"{self._t(f'deadline_{e}')} {us_date(dt.date.fromisoformat(day))}"
                for e, day in ((entry["id"], entry["date"]) for entry in entries)
            ]

        compared = (
            ("change_code", [before.get("code", "")], [after.get("code", "")]),
            ("change_modifiers", before.get("modifiers", []), after.get("modifiers", [])),
            ("change_narrative", [before.get("narrative", "")], [after.get("narrative", "")]),
            ("change_missing", labels(before.get("missing", [])), labels(after.get("missing", []))),
            (
                "change_deadlines",
                dated(before.get("deadlines", [])),
                dated(after.get("deadlines", [])),
            ),
        )
        lines = [
            self._t(key, before=listed(old), after=listed(new))
            for key, old, new in compared
            if old != new
        ]
        old_steps = {s["action"] for s in before.get("follow_up", [])}
        for step in after.get("follow_up", []):
            if step["action"] not in old_steps:
                lines.append(self._t("change_new_step", action=step["action"]))
        if not lines and before != after:  # never "nothing changed" when something did
            lines.append(self._t("change_other"))
        return lines
