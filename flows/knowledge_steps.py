"""Steps taken in order (Medicare's appeal levels): a question saying one step was lost ("redet
came back unfavorable", "after the QIC, what's next") asks about the step after it, so that
step's entry, not the lost one's, is the answer. The steps and words are content
(content/rules/knowledge.yaml `appeal_steps`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from flows.text import phrase_pattern, plain_words

# The entries of the step after a lost one get this share of the best BM25 score on top, and
# the lost step's own entry keeps LOST_SHARE of its score.
NEXT_WEIGHT = 0.6
LOST_SHARE = 0.8


class Step(BaseModel):
    names: list[str]  # how billers name the step ("redet", "qic")
    entry: str  # the entry about the step itself
    next: list[str]  # the entries about what comes after it


class AppealSteps(BaseModel):
    """`appeal_steps` in rules/knowledge.yaml, the steps in order."""

    lost: list[str] = []  # words saying a step went against the supplier
    near: int = 4  # how many words apart the step and the word saying it was lost may be
    # words saying it was decided, only just after the step ("redet was denied"); words putting
    # the question past it, only just before it ("after redet"); how many words "just" is
    decided: list[str] = []
    after: list[str] = []
    close: int = 2
    steps: list[Step] = []
    # A part of a question that only asks what follows the part before it ("what comes after",
    # "and then", "what's next after that"): read as asking the step after that part's step.
    follow_ons: list[str] = []
    source: str = ""
    last_reviewed: dt.date | None = None

    def entry_ids(self) -> set[str]:
        return {i for step in self.steps for i in [step.entry, *step.next]}


class LostSteps:
    """Finds the latest step a question says was lost, and moves its next step's entries up."""

    def __init__(self, rules: AppealSteps, ids: Sequence[str]) -> None:
        self.rules = rules
        position = {entry_id: index for index, entry_id in enumerate(ids)}
        self._lost = phrase_pattern(rules.lost)
        self._follow_on = phrase_pattern(rules.follow_ons)
        self._decided = phrase_pattern(rules.decided)
        self._after = phrase_pattern(rules.after)
        self._steps = [
            (
                phrase_pattern(step.names),
                position.get(step.entry),
                [position[i] for i in step.next if i in position],
            )
            for step in rules.steps
        ]

    def weigh(self, combined: np.ndarray, best_bm25: float, text: str) -> None:
        """The lost step's next entries get NEXT_WEIGHT of the best score; its own loses."""
        found = self._lost_step(plain_words(text))
        if found is None:
            return
        _names, own, following = self._steps[found]
        for index in following:
            combined[index] += NEXT_WEIGHT * best_bm25 * (combined[index] > 0)
        if own is not None:
            combined[own] *= LOST_SHARE

    def same_ladder(self, text: str, best: str, plain_top: str | None) -> bool:
        """Whether a question naming an appeal level is read by both the ranking and plain
        BM25 as about the levels, each picking an entry of them ("QIC decision received
        11/12/2026. ALJ deadline?": the levels' entry or the amount in controversy's): a close
        call between two steps of the same appeal, not two readings of different topics."""
        ladder = self.rules.entry_ids()
        return best in ladder and plain_top in ladder and self.names_level(text)

    def names_level(self, text: str) -> bool:
        """Whether the question names an appeal level at all ("redet", "the QIC")."""
        plain = plain_words(text)
        return any(_starts(names, plain) for names, _own, _following in self._steps)

    def skips_ahead(self, text: str, entry_id: str) -> bool:
        """Whether the entry is about the level after one the question names, though the
        question says no level was lost ("how do I file a redet, what's the next step?")."""
        plain = plain_words(text)
        if self._lost_step(plain) is not None:
            return False
        return any(
            _starts(names, plain) and entry_id in step.next and entry_id != step.entry
            for (names, _own, _following), step in zip(self._steps, self.rules.steps, strict=True)
        )

    def picks(self, text: str, entry_id: str) -> bool:
        """Whether the entry is the step after a level the question says was lost: the order of
        the levels picks it, which billers' wordings cannot judge (they do not vote on it)."""
        found = self._lost_step(plain_words(text))
        return found is not None and entry_id in self.rules.steps[found].next

    def refers_back(self, part: str) -> bool:
        """Whether a question's part is nothing but words asking what follows the part before
        it ("what comes after", "and then"): alone, it names no topic."""
        return bool(self._follow_on and self._follow_on.fullmatch(plain_words(part)))

    def after(self, previous: str, entry_id: str) -> str | None:
        """The entry about what comes after the step whose entry answered the part `previous`;
        none when that entry is no step, or the part said its step was lost (its answer is
        already the next step's)."""
        step = next((s for s in self.rules.steps if s.entry == entry_id), None)
        if step is None or not step.next or self.names_lost_level(previous):
            return None
        return step.next[0]

    def names_lost_level(self, text: str) -> bool:
        """Whether the question says an appeal level went against the supplier."""
        return self._lost_step(plain_words(text)) is not None

    def _lost_step(self, plain: str) -> int | None:
        lost = _starts(self._lost, plain)
        decided = _starts(self._decided, plain)
        after = _starts(self._after, plain)
        near, close = self.rules.near, self.rules.close
        latest = None
        for number, (names, _own, _following) in enumerate(self._steps):
            named = _starts(names, plain)
            if any(
                any(abs(a - b) <= near for b in lost)
                or any(0 < b - a <= close for b in decided)
                or any(0 < a - b <= close for b in after)
                for a in named
            ):
                latest = number
        return latest


def _starts(pattern: re.Pattern[str] | None, plain: str) -> list[int]:
    """Which words of the question (lowercased, words only) the pattern's matches start at."""
    if pattern is None:
        return []
    return [plain.count(" ", 0, found.start()) for found in pattern.finditer(plain)]
