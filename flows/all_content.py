"""Reads every content file once at start-up: validated, cross-checked and indexed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.code_facts import CodeFacts
from flows.codes import CodeBook
from flows.content import default_content_dir
from flows.content_parts import PART_FILES, built_once, part_digest, remember
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
    # (part, hash of the files it was built from), flows/content_parts.py: a copy loaded from
    # disk lends its parts to a later read of a folder whose files for them are the same.
    part_digests: tuple[tuple[str, str | None], ...] = ()

    def lend_parts(self) -> None:
        """Offers this content's tokenizer, code book and knowledge index to later reads."""
        built = {"tokenizer": self.tokenizer, "codes": self.codes, "knowledge": self.knowledge}
        for part, digest in self.part_digests:
            remember(part, digest, built[part])
        self.knowledge.neighbours.lend(self.knowledge.learned)


def read_content(directory: Path | None = None) -> Content:
    """Reads and checks every content file (default: the repository's content/ folder);
    raises ContentError naming file:line. The tokenizer, code book and knowledge index are
    built again only when their own files differ from a read before in this process."""
    directory = directory or default_content_dir()
    digests = {part: part_digest(directory, part) for part in PART_FILES}
    messages = Messages.load(directory)
    use_phi_rules(directory)  # the PHI guard's cue words, checked with everything else
    tokenizer = built_once("tokenizer", digests["tokenizer"], lambda: Tokenizer.load(directory))
    rules = DocumentRules.load(directory)
    codes = built_once("codes", digests["codes"], lambda: CodeBook.load(directory, tokenizer))
    facts = CodeFacts.load(directory, codes, messages)
    index = built_once(
        "knowledge",
        digests["knowledge"],
        lambda: KnowledgeBase.load(directory, messages, tokenizer, facts),
    )
    return Content(
        directory=directory,
        messages=messages,
        rules=rules,
        tokenizer=tokenizer,
        knowledge=_with_facts(index, messages, facts),
        codes=codes,
        outcome=OutcomeBuilder.load(directory, messages, rules, codes),
        part_digests=tuple(digests.items()),
    )


def _with_facts(index: KnowledgeBase, messages: Messages, facts: CodeFacts) -> KnowledgeBase:
    """The knowledge index answering with this read's messages and code facts (an index built
    by an earlier read holds that read's)."""
    if index.messages is messages and index.code_facts is facts:
        return index
    return KnowledgeBase(
        index.entries,
        index.tokenizer,
        messages,
        index.rules,
        facts,
        index.learned,
        neighbours=index.neighbours,
        ranker=index.ranker,
    )
