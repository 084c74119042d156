"""The outcome for one claim, built once per request and handed to every view of it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from flows.codes import CodeBook
from flows.messages import Messages
from flows.models import Claim, Reply
from flows.outcome.evaluate import Evaluator
from flows.outcome.model import Assessment, Outcome
from flows.outcome.render import Renderer
from flows.outcome.rulebook import Rulebook
from flows.rules import DocumentRules


class OutcomeBuilder:
    """Evaluates a claim against content/rules/ and renders the result for each surface."""

    def __init__(
        self,
        messages: Messages,
        documents: DocumentRules,
        rules: Rulebook,
        codes: CodeBook | None = None,
    ) -> None:
        self.rules = rules
        self.abbreviations = rules.abbreviations.abbreviations
        self.evaluator = Evaluator(rules, documents, codes)
        self.renderer = Renderer(messages, rules, documents)

    @classmethod
    def load(
        cls,
        content_dir: Path,
        messages: Messages,
        documents: DocumentRules,
        codes: CodeBook | None = None,
    ) -> OutcomeBuilder:
        rules = Rulebook.load(content_dir)
        for exception in documents.exceptions():
            path = content_dir / "rules" / "documents.yaml"
            rules.check_names(path, exception.id, [exception.when])
        return cls(messages, documents, rules, codes)

    def assess(self, claim: Claim, today: dt.date) -> tuple[Assessment, Outcome]:
        """The evaluated claim and its contract outcome, computed once."""
        assessment = self.evaluator.assess(claim, today)
        return assessment, self.renderer.outcome(assessment)

    def build(self, claim: Claim, today: dt.date) -> Outcome:
        return self.assess(claim, today)[1]

    def summary(self, claim: Claim, today: dt.date) -> dict[str, Any]:
        """The `checklist --json` document."""
        return self.build(claim, today).model_dump(mode="json")

    def markdown(self, claim: Claim, today: dt.date) -> str:
        """The readable outcome a biller pastes into a ticket."""
        return self.markdown_of(*self.assess(claim, today))

    def markdown_of(self, assessment: Assessment, outcome: Outcome) -> str:
        """The readable outcome of an assessment made: what `markdown` and `export` print."""
        return "\n".join(self.renderer.lines(assessment, outcome, markdown=True))

    def replies(self, claim: Claim, today: dt.date, previous: dict[str, Any] | None) -> list[Reply]:
        """The final intake message; after an edit, first what changed since the last one.

        The last reply's payload carries the outcome, so callers need not build it again.
        """
        assessment, outcome = self.assess(claim, today)
        t = self.renderer.messages.text
        payload = {
            "outcome": outcome.model_dump(mode="json"),
            "claim": claim.model_dump(mode="json"),
        }
        replies = []
        if previous is not None:
            changes = self.renderer.changes(previous, payload["outcome"])
            body = (
                "\n".join([t("edit_changes_header"), *changes]) if changes else t("edit_no_changes")
            )
            replies.append(Reply(text=f"{t('edit_recomputed')}\n{body}"))
        lines = self.renderer.lines(assessment, outcome, markdown=False)
        replies.append(Reply(kind="outcome", text="\n".join([t("outcome_intro"), "", *lines]),
                             payload=payload))  # fmt: skip
        return replies

    def export(self, claim: Claim, today: dt.date) -> Reply:
        """Markdown and JSON of the outcome, for a ticket or a script."""
        assessment, outcome = self.assess(claim, today)
        payload = {
            "claim": claim.model_dump(mode="json"),
            "outcome": outcome.model_dump(mode="json"),
        }
        markdown = self.markdown_of(assessment, outcome)
        text = "\n".join([self.renderer.messages.text("export_header"), "", markdown, "",
                          "```json", json.dumps(payload, indent=2), "```"])  # fmt: skip
        return Reply(kind="export", text=text, payload={**payload, "markdown": markdown})
