"""The intake's outcome (placeholder until the checklist rules land: it shows the claim file)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from flows.messages import Messages
from flows.models import Claim, Reply


class OutcomeBuilder:
    def __init__(self, messages: Messages) -> None:
        self.messages = messages

    def summary(self, claim: Claim, today: dt.date) -> dict[str, Any]:
        return claim.model_dump(mode="json")

    def replies(self, claim: Claim, today: dt.date, previous: dict[str, Any] | None) -> list[Reply]:
        text = self.messages.text("outcome_placeholder")
        return [Reply(kind="outcome", text=text, payload={"claim": claim.model_dump(mode="json")})]

    def export(self, claim: Claim, today: dt.date) -> Reply:
        body = json.dumps(claim.model_dump(mode="json"), indent=2)
        return Reply(kind="export", text=f"{self.messages.text('export_header')}\n```\n{body}\n```")
