"""Topics a question's words name together ("we put KJ by mistake, should have been KI. phone
reopening ok?": a modifier beside a reopening asks how to correct the processed line, not what
the modifier means). Each rule is content (content/rules/knowledge.yaml `cued_topics`): when the
question says one phrase of every group and none of its `unless` words (on a claim of one of
its `payers`, when it names them), the rule's entries move up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence

import numpy as np
from pydantic import BaseModel, Field

from flows.knowledge_payers import PayerTopics
from flows.knowledge_unknown_codes import names_unknown_code
from flows.last_answer import LastAnswer
from flows.models import ANY_HCPCS_IN_TEXT, PayerType
from flows.text import phrase_pattern, plain_words

# A cued topic's entries get this share of the best BM25 score on top.
CUED_WEIGHT = 1.0


class CuedTopic(BaseModel):
    """One rule: a phrase of each group, said together, names the entries."""

    needs: list[list[str]] = Field(min_length=1)
    unless: list[str] = []  # words that say the rule's topic is not the question's
    # The payer types (knowledge.yaml `payer_phrases`) of the question or claim the rule is for;
    # any when empty.
    payers: list[PayerType] = []
    # The question also names a HCPCS code ("L0637 back brace - PA for medicare?").
    needs_code: bool = False
    entries: list[str] = Field(min_length=1)
    source: str
    last_reviewed: dt.date


class CuedTopics:
    """The rules over the index's entries, read once."""

    def __init__(
        self,
        rules: Sequence[CuedTopic],
        ids: Sequence[str],
        payers: PayerTopics,
        known: Mapping[str, float] | None = None,
    ) -> None:
        """`known`: the knowledge base's words; a code they never use ("K0886") is no code a
        rule's entries answer about."""
        self._payers = payers
        self._known = known
        self._last: LastAnswer[list[tuple[str, list[int]]]] = LastAnswer()
        position = {entry_id: index for index, entry_id in enumerate(ids)}
        self._rules = [
            ([phrase_pattern(group) for group in rule.needs], phrase_pattern(rule.unless),
             set(rule.payers), rule.needs_code,
             [position[i] for i in rule.entries if i in position])
            for rule in rules
        ]  # fmt: skip

    def weigh(
        self, combined: np.ndarray, best_bm25: float, text: str, payer: str | None
    ) -> dict[int, str]:
        """Each rule whose every group (and no `unless` word) the question says moves its
        entries up. Says, for each entry moved, the words that named it: they count as the
        entry's own when it covers the question ("RR", "NU" beside a reopening)."""
        named: dict[int, str] = {}
        for said, entries in self._said(text, payer):
            for index in entries:
                combined[index] += CUED_WEIGHT * best_bm25 * (combined[index] > 0)
                named[index] = f"{named.get(index, '')} {said}"
        return named

    def _knows(self, codes: list[str]) -> bool:
        """Whether the knowledge base's words hold every code."""
        return self._known is None or not names_unknown_code(codes, self._known)

    def names(self, text: str, payer: str | None, index: int) -> bool:
        """Whether a rule the question fires moves this entry up: its pick is explained."""
        return any(index in entries for _said, entries in self._said(text, payer))

    def looks_alike(self, text: str, payer: str | None, index: int) -> bool:
        """Whether the question says every group of a rule naming this entry and one of its
        `unless` words: the rule's own list says it is another topic that looks like it."""
        plain = plain_words(text)
        return any(
            index in entries
            and unless is not None
            and unless.search(plain)
            and (not payers or payer in payers)
            and all(group and group.search(plain) for group in groups)
            for groups, unless, payers, _needs_code, entries in self._rules
        )

    def fires(self, text: str, payer: str | None) -> bool:
        """Whether any rule's words are in the question."""
        return any(True for _ in self._said(text, payer))

    def _said(self, text: str, payer: str | None) -> list[tuple[str, list[int]]]:
        """Each rule the question fires: the words that named it, and its entries. Ranking
        asks this several times of one question; the last question's answer is kept."""
        return self._last.get((text, payer), lambda: list(self._fire(text, payer)))

    def _fire(self, text: str, payer: str | None) -> Iterator[tuple[str, list[int]]]:
        """Each rule whose every group, and no `unless` word, the question says."""
        plain = plain_words(text)
        codes = ANY_HCPCS_IN_TEXT.findall(plain)
        for groups, unless, payers, needs_code, entries in self._rules:
            if (unless and unless.search(plain)) or (payers and payer not in payers):
                continue
            if needs_code and not (codes and self._knows(codes)):
                continue
            found: list[list[str]] = []
            for group in groups:
                words = group.findall(plain) if group else []
                if not words:
                    break
                found.append(words)
            else:
                said = " ".join(w for f in found for w in f)
                if needs_code:  # the code is what the rule's entries answer about
                    said += " " + " ".join(codes)
                if payers and payer:  # the payer's name too ("humana", "medicaid")
                    said += " " + self._payers.named_words(text, payer)
                yield said, entries
