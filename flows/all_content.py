"""Reads every content file once at start-up: validated, cross-checked and indexed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.code_facts import CodeFacts
from flows.codes import CodeBook
from flows.content import default_content_dir
from flows.knowledge import KnowledgeBase
from flows.messages import Messages
from flows.outcome import OutcomeBuilder
from flows.phi import use_rules as use_phi_rules
from flows.rules import DocumentRules
from flows.text import Tokenizer


@dataclass(frozen=True)
class Content:
    """Everything read from content/, validated, with the indexes built."""

    directory: Path
    messages: Messages
    rules: DocumentRules
    tokenizer: Tokenizer
    knowledge: KnowledgeBase
    codes: CodeBook
    outcome: OutcomeBuilder


def read_content(directory: Path | None = None) -> Content:
    """Reads and checks every content file (default: the repository's content/ folder);
    raises ContentError naming file:line."""
    directory = directory or default_content_dir()
    messages = Messages.load(directory)
    use_phi_rules(directory)  # the PHI guard's cue words, checked with everything else
    tokenizer = Tokenizer.load(directory)
    rules = DocumentRules.load(directory)
    codes = CodeBook.load(directory, tokenizer)
    return Content(
        directory=directory,
        messages=messages,
        rules=rules,
        tokenizer=tokenizer,
        knowledge=KnowledgeBase.load(
            directory, messages, tokenizer, CodeFacts.load(directory, codes, messages)
        ),
        codes=codes,
        outcome=OutcomeBuilder.load(directory, messages, rules, codes),
    )
