"""Knowledge lookup (placeholder until the knowledge base lands: it answers nothing yet)."""

from __future__ import annotations

from flows.messages import Messages
from flows.models import Reply


class Knowledge:
    def __init__(self, messages: Messages) -> None:
        self.messages = messages

    def reply_to(self, question: str) -> list[Reply]:
        return [Reply(kind="answer", text=self.messages.text("no_answer"))]
