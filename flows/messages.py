"""The bot's wording, loaded from content/messages.yaml and looked up by key."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from flows.content import load_yaml_model
from flows.models import Option


class MessagesFile(BaseModel):
    version: int
    messages: dict[str, str]
    field_labels: dict[str, str]
    field_aliases: dict[str, str]
    options: dict[str, dict[str, str]]


class Messages:
    """Looks wording up by key; a missing key is a content bug, so it raises KeyError."""

    def __init__(self, file: MessagesFile) -> None:
        self._file = file

    @classmethod
    def load(cls, content_dir: Path) -> Messages:
        return cls(load_yaml_model(content_dir / "messages.yaml", MessagesFile))

    def has(self, key: str) -> bool:
        return key in self._file.messages

    def text(self, key: str, **fields: object) -> str:
        return self._file.messages[key].format(**fields)

    def label(self, field: str) -> str:
        return self._file.field_labels.get(field, field.replace("_", " "))

    @property
    def field_labels(self) -> dict[str, str]:
        return self._file.field_labels

    def field_for(self, word: str) -> str | None:
        """Maps what a biller types after `edit` to a field name."""
        word = word.strip().lower().replace(" ", "_").replace("-", "_")
        if word in self._file.field_labels:
            return word
        if f"doc_{word}" in self._file.field_labels:
            return f"doc_{word}"
        by_label = {label.lower().replace(" ", "_"): f for f, label in self.field_labels.items()}
        return self._file.field_aliases.get(word) or by_label.get(word)

    def options(self, group: str) -> list[Option]:
        return [Option(value=v, label=label) for v, label in self._file.options[group].items()]

    def option_label(self, group: str, value: str) -> str:
        return self._file.options.get(group, {}).get(value, value)
