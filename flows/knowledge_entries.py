"""The knowledge base's entries (content/faq/*.yaml): one topic each, read and checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator

from flows.content import ContentError, load_yaml_model

Confidence = Literal["high", "medium", "low", "unconfirmed"]


class Entry(BaseModel):
    """One topic of the knowledge base, written from the sourced facts sheet."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=3)
    short: str = Field(min_length=20)
    detail: str | None = None
    phrasings: list[str] = Field(min_length=2)
    tags: list[str] = Field(min_length=1)
    sources: list[HttpUrl] = Field(min_length=1)
    last_reviewed: dt.date
    confidence: Confidence = "high"
    confidence_note: str | None = None
    related: list[str] = Field(default_factory=list)
    # Entries the team wrote and a lead approved (bot/kb, or exported to content/faq/team.yaml).
    origin: Literal["content", "team"] = "content"
    reviewed_by: str | None = None
    # Wordings users confirmed for this entry (flows/team_served.py). They help rank and match
    # wording, but do not widen the vocabulary that decides whether a question is on topic.
    learned: list[str] = Field(default_factory=list, exclude=True)

    @field_validator("tags", "phrasings", mode="before")
    @classmethod
    def _words_as_text(cls, values: object) -> object:
        """YAML reads a bare 2026 or 837 as a number; a tag is always text."""
        return (
            [str(v) if isinstance(v, int | float) else v for v in values]
            if isinstance(values, list)
            else values
        )

    @model_validator(mode="after")
    def _uncertainty_is_explained(self) -> Entry:
        if self.confidence != "high" and not self.confidence_note:
            raise ValueError("confidence_note is required when confidence is not high")
        if self.last_reviewed > dt.date.today():
            raise ValueError("last_reviewed is in the future")
        return self

    @property
    def answer_text(self) -> str:
        parts = [self.short.strip()]
        if self.detail:
            parts.append(self.detail.strip())
        if self.confidence != "high":
            parts.append(f"Confidence: {self.confidence}. {self.confidence_note}")
        return "\n\n".join(parts)


class FaqFile(BaseModel):
    version: int
    entries: list[Entry] = Field(min_length=1)


def load_entries(content_dir: Path) -> list[Entry]:
    """Reads every content/faq/*.yaml file and checks ids and cross-links across files."""
    entries: list[Entry] = []
    origin: dict[str, Path] = {}
    files = sorted((content_dir / "faq").glob("*.yaml"))
    if not files:
        raise ContentError(content_dir / "faq", None, "no knowledge base files found")
    for path in files:
        for entry in load_yaml_model(path, FaqFile).entries:
            if entry.id in origin:
                raise ContentError(
                    path,
                    _line_of_id(path, entry.id),
                    f"duplicate id '{entry.id}' (also in {origin[entry.id].name})",
                )
            origin[entry.id] = path
            entries.append(entry)
    for entry in entries:
        for target in entry.related:
            if target not in origin:
                raise ContentError(
                    origin[entry.id],
                    _line_of_id(origin[entry.id], entry.id),
                    f"entry '{entry.id}' links to unknown entry '{target}'",
                )
    return entries


def _line_of_id(path: Path, entry_id: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() == f"- id: {entry_id}":
            return number
    return None
