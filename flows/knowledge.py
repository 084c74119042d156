"""The sourced knowledge base: content/faq entries ranked with BM25; abstains when unsure."""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections import Counter
from pathlib import Path
from typing import Literal

import bm25s
import numpy as np
from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator
from rapidfuzz import fuzz, process

from flows.content import ContentError, load_yaml_model
from flows.messages import Messages
from flows.models import Reply
from flows.text import Tokenizer, is_code, is_foreign_code, stem

# bm25s sets its own logger to DEBUG when imported; give the level back to the application.
logging.getLogger("bm25s").setLevel(logging.NOTSET)

Confidence = Literal["high", "medium", "low", "unconfirmed"]

# How sure the ranking must be before the bot answers (tuned on benches/knowledge_dev.yaml).
MIN_DOMAIN_SHARE = 0.4
MIN_COVERAGE = 0.4
MIN_SCORE = 1.0
CODE_WEIGHT = 3  # a code typed in the question (N350, K0108) counts this many times
# How often each field's words count in an entry's index: the curated fields say what the topic
# is; the answer text adds vocabulary but also incidental words.
FIELD_WEIGHTS = {"title": 3, "tags": 2, "phrasings": 3, "short": 1, "detail": 1}
# A question worded like one of an entry's example phrasings (or its title) gets up to this
# share of the best BM25 score on top: stopwords carry the intent there ("what is e1399" asks
# for the definition, whichever entry mentions E1399 most). Below the floor a likeness counts 0.
EXAMPLE_WEIGHT = 0.3
EXAMPLE_FLOOR = 30


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


class RelatedTopic(BaseModel):
    entry_id: str
    title: str


class AskResult(BaseModel):
    """The `ask --json` shape of the public contract."""

    answered: bool
    entry_id: str | None
    title: str | None
    text: str
    sources: list[str]
    related: list[RelatedTopic]
    score: float
    last_reviewed: str | None = None
    confidence: str | None = None
    origin: Literal["content", "team"] | None = None
    reviewed_by: str | None = None


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


def _plain(text: str) -> list[str]:
    """Stemmed words, sorted, stopwords kept: how example phrasings are compared (word by word,
    so "deadline" is not half of "denial")."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'s", " is").replace("whats", "what is"))
    return sorted(stem(word) for word in words)


def _line_of_id(path: Path, entry_id: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() == f"- id: {entry_id}":
            return number
    return None


class KnowledgeBase:
    """Ranks entries for a free-text question; the index is built once, at start-up."""

    def __init__(self, entries: list[Entry], tokenizer: Tokenizer, messages: Messages) -> None:
        self.entries, self.tokenizer, self.messages = entries, tokenizer, messages
        self.by_id = {entry.id: entry for entry in entries}
        corpus = [self._entry_tokens(entry) for entry in entries]
        self._retriever = bm25s.BM25()
        self._retriever.index(corpus, show_progress=False)
        document_frequency = Counter(token for tokens in corpus for token in set(tokens))
        count = len(corpus)
        self._idf = {
            t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in document_frequency.items()
        }
        # A word the knowledge base never uses counts like a rare word: it lowers confidence
        # without letting one chatty word sink an otherwise clear question.
        self._unknown_idf = math.log(1 + (count - 2 + 0.5) / (2 + 0.5))
        texts = [
            " ".join([e.title, *e.tags, *e.phrasings, e.short, e.detail or ""]) for e in entries
        ]
        self._words = {w for text in texts for w in re.findall(r"[a-z]{5,}", text.lower())}
        self._words_by_initial: dict[str, list[str]] = {}
        for word in sorted(self._words):
            self._words_by_initial.setdefault(word[0], []).append(word)
        # Words of the topics' own titles, tags and phrasings: a question must mostly use these
        # for the bot to answer it (small talk and other code sets mostly do not).
        # Identifiers the answers mention (837P, L5856) are domain words too; bare numbers are not.
        self._domain_words = {t for entry in entries for t in self._curated_tokens(entry)} | {
            t for tokens in corpus for t in tokens if not t.isdigit() and re.search(r"\d", t)
        }
        self._entry_token_sets = [set(tokens) for tokens in corpus]
        self._examples = [_plain(text) for e in entries for text in (e.title, *e.phrasings)]
        self._example_entry = np.array(
            [index for index, e in enumerate(entries) for _text in (e.title, *e.phrasings)]
        )

    @classmethod
    def load(cls, content_dir: Path, messages: Messages, tokenizer: Tokenizer) -> KnowledgeBase:
        return cls(load_entries(content_dir), tokenizer, messages)

    def _entry_tokens(self, entry: Entry) -> list[str]:
        tokenize = self.tokenizer.tokens
        return (
            self._curated_tokens(entry)
            + tokenize(entry.short) * FIELD_WEIGHTS["short"]
            + tokenize(entry.detail or "") * FIELD_WEIGHTS["detail"]
        )

    def _curated_tokens(self, entry: Entry) -> list[str]:
        """Title, tags and phrasings: the words reviewers chose to describe the topic."""
        tokenize = self.tokenizer.tokens
        tokens = (
            tokenize(entry.title) * FIELD_WEIGHTS["title"]
            + tokenize(" ".join(entry.tags)) * FIELD_WEIGHTS["tags"]
        )
        for phrasing in entry.phrasings:
            tokens += tokenize(phrasing) * FIELD_WEIGHTS["phrasings"]
        return tokens

    def _correct_typos(self, question: str) -> str:
        """Replaces words the knowledge base never uses with its closest word ("narritive").

        Typos keep their first letter far more often than not; requiring it avoids "rice"
        becoming "price". Words are compared before stemming, as the biller typed them.
        """
        fixed = []
        for word in re.findall(r"[A-Za-z0-9'/-]+", question):
            lower = word.lower()
            if len(lower) >= 5 and lower.isalpha() and lower not in self._words:
                candidates = self._words_by_initial.get(lower[0], [])
                match = process.extractOne(lower, candidates, scorer=fuzz.ratio, score_cutoff=85)
                fixed.append(match[0] if match else word)
            else:
                fixed.append(word)
        return " ".join(fixed)

    def _query_tokens(self, corrected: str) -> list[str]:
        """Tokens of the question (typos already fixed); codes repeated so they weigh heavily."""
        tokens = []
        for token in self.tokenizer.tokens(corrected):
            tokens.extend([token] * (CODE_WEIGHT if is_code(token) else 1))
        return tokens

    def domain_share(self, tokens: list[str]) -> float:
        """The idf-weighted share of the question's words that belong to the topics' vocabulary."""
        total = sum(self._idf.get(t, self._unknown_idf) for t in tokens)
        known = sum(self._idf.get(t, self._unknown_idf) for t in tokens if t in self._domain_words)
        return known / total if total else 0.0

    def rank(self, question: str, limit: int = 3) -> list[tuple[Entry, float, float]]:
        """Best entries first, each with its BM25 score and the share of the question it covers."""
        corrected = self._correct_typos(question)
        tokens = self._query_tokens(corrected)
        if not tokens:
            return []
        scores = self._retriever.get_scores(tokens)
        likeness = process.cdist([_plain(corrected)], self._examples, scorer=fuzz.ratio)[0]
        best_likeness = np.zeros(len(self.entries))
        np.maximum.at(best_likeness, self._example_entry, likeness)
        bonus = np.clip((best_likeness - EXAMPLE_FLOOR) / (100 - EXAMPLE_FLOOR), 0, 1)
        combined = scores + EXAMPLE_WEIGHT * scores.max() * bonus * (scores > 0)
        order = np.argsort(-combined)[:limit]
        total = sum(self._idf.get(t, self._unknown_idf) for t in tokens)
        ranked = []
        for index in order:
            if scores[index] <= 0:
                break
            covered = sum(self._idf[t] for t in tokens if t in self._entry_token_sets[index])
            ranked.append((self.entries[index], float(scores[index]), covered / total))
        return ranked

    def is_confident(self, question: str, ranked: list[tuple[Entry, float, float]]) -> bool:
        """Answer only when the question speaks the topics' language and the best entry covers
        it; a code the knowledge base has never seen (CPT 99213, an unknown HCPCS) means no."""
        if not ranked:
            return False
        tokens = self._query_tokens(self._correct_typos(question))
        if any((is_code(t) or is_foreign_code(t)) and t not in self._idf for t in tokens):
            return False
        entry, score, coverage = ranked[0]
        distinct = set(tokens)
        matched = distinct & self._entry_token_sets[self.entries.index(entry)]
        # A two-word question needs both words to match ("order pizza" is not about orders),
        # unless one is a code or a billing acronym the entry names (CO-29, KX, POD).
        anchors = [t for t in matched if is_code(t) or t in self.tokenizer.canonical_tokens]
        if len(matched) < min(2, len(distinct)) and not anchors:
            return False
        return (
            self.domain_share(tokens) >= MIN_DOMAIN_SHARE
            and coverage >= MIN_COVERAGE
            and score >= MIN_SCORE
        )

    def ask(self, question: str) -> AskResult:
        """Answers from the best entry when confident; otherwise says so and offers topics."""
        ranked = self.rank(question, limit=4)
        confident = self.is_confident(question, ranked)
        if not confident:
            nearest = [RelatedTopic(entry_id=e.id, title=e.title) for e, _s, _c in ranked[:3]]
            return AskResult(
                answered=False,
                entry_id=None,
                title=None,
                text=self.messages.text("no_answer"),
                sources=[],
                related=nearest,
                score=round(ranked[0][2], 3) if ranked else 0.0,
            )
        entry, _score, coverage = ranked[0]
        runners_up = [e.id for e, _s, share in ranked[1:] if share >= MIN_COVERAGE]
        return self.result_for(entry, coverage, runners_up)

    def result_for(
        self, entry: Entry, coverage: float = 1.0, runners_up: list[str] | None = None
    ) -> AskResult:
        """The answer made of one entry (the best ranked, or one the asker picked)."""
        related_ids = list(dict.fromkeys([*entry.related, *(runners_up or [])]))
        related = [
            RelatedTopic(entry_id=i, title=self.by_id[i].title)
            for i in related_ids[:3]
            if i in self.by_id
        ]
        return AskResult(
            answered=True,
            entry_id=entry.id,
            title=entry.title,
            text=entry.answer_text,
            sources=[str(s) for s in entry.sources],
            related=related,
            score=round(coverage, 3),
            last_reviewed=entry.last_reviewed.isoformat(),
            confidence=entry.confidence,
            origin=entry.origin,
            reviewed_by=entry.reviewed_by,
        )

    def reply_to(self, question: str) -> list[Reply]:
        """The answer as a chat reply: text, sources, review date, related topics."""
        return self.render(self.ask(question))

    def render(self, result: AskResult) -> list[Reply]:
        """An ask result as a chat reply (a team entry names who reviewed it)."""
        if not result.answered:
            lines = [result.text]
            if result.related:
                titles = "; ".join(topic.title for topic in result.related)
                lines.append(self.messages.text("no_answer_suggestions", titles=titles))
            return [
                Reply(kind="answer", text="\n".join(lines), payload=result.model_dump(mode="json"))
            ]
        reviewed = (
            self.messages.text(
                "answer_team_reviewed", name=result.reviewed_by, date=result.last_reviewed
            )
            if result.origin == "team"
            else self.messages.text("answer_reviewed", date=result.last_reviewed)
        )
        lines = [
            f"*{result.title}*",
            result.text,
            self.messages.text("answer_sources", sources=" ; ".join(result.sources)),
            reviewed,
        ]
        if result.related:
            titles = "; ".join(topic.title for topic in result.related)
            lines.append(self.messages.text("answer_related", titles=titles))
        return [
            Reply(kind="answer", text="\n\n".join(lines), payload=result.model_dump(mode="json"))
        ]
