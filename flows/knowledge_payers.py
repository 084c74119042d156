"""Topics answered per payer (prior authorization, appeals, pricing): which payer a question is
about, and that payer's entry in place of another payer's on the same topic."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from flows.last_answer import LastAnswer
from flows.text import phrase_pattern, plain_words

if TYPE_CHECKING:
    from flows.knowledge import Entry
    from flows.knowledge_rules import PlanTopics

ORIGINAL_MEDICARE = "medicare"


class PayerTopics:
    """content/rules/knowledge.yaml `payer_phrases` and `payer_topics`, over the index's entries."""

    def __init__(
        self,
        phrases: Mapping[str, list[str]],
        topics: Mapping[str, Mapping[str, list[str]]],
        entries: Sequence[Entry],
        plans: Mapping[str, PlanTopics] | None = None,
        billed_cues: Sequence[str] = (),
        billed_after: Sequence[str] = (),
        primary_cues: Sequence[str] = (),
        negated: Sequence[str] = (),
    ) -> None:
        self._patterns = {payer: phrase_pattern(words) for payer, words in phrases.items()}
        # "bcbs not medicare", "isn't an ma plan": a payer the question says it is not about
        said_not = "|".join(r"\s+".join(cue.split()) for cue in negated)
        names = "|".join(p.pattern for p in self._patterns.values() if p)
        self._negated = (
            re.compile(
                rf"\b(?:{said_not})\s+(?:(?:a|an|the|on|for|with|through)\s+){{0,2}}(?:{names})"
            )
            if said_not and names
            else None
        )
        # "... recouped ...": the patient's own payer took its payment back or refused it
        self._after = phrase_pattern(list(billed_after))
        # "... can we bill original medicare now": a billing word, then the payer billed.
        cues = "|".join(r"\s+".join(cue.split()) for cue in billed_cues)
        glue = r"(?:(?:it|this|that|them)\s+)?(?:(?:to|with)\s+)?"
        self._billed = self._per_payer(rf"\b(?:{cues})\s+{glue}PAYER" if cues else "")
        # "medicare primary, aetna secondary", "primary is original medicare": the primary
        # payer is billed first (not "bcbs primary, medicare secondary").
        primary = "|".join(r"\s+".join(cue.split()) for cue in primary_cues)
        self._primary = self._per_payer(
            rf"PAYER\s+(?:(?:is|as)\s+)?(?:the\s+)?(?:{primary})\b|\b(?:{primary})\s+is\s+PAYER"
            if primary
            else ""
        )
        position = {entry.id: index for index, entry in enumerate(entries)}
        self._ids = [entry.id for entry in entries]
        self._last: LastAnswer[str | None] = LastAnswer()
        # per topic: payer type -> positions of the entries answering it for that payer
        self._topics = [
            {payer: [position[i] for i in ids if i in position] for payer, ids in by_payer.items()}
            for by_payer in topics.values()
        ]
        # the same by entry id, for comparing two entries
        self._topic_ids = [
            {payer: frozenset(self._ids[i] for i in positions) for payer, positions in t.items()}
            for t in self._topics
        ]
        # per topic: the entries written for one plan answering it, with the plan's payer type
        # and the words naming the plan ("Priority Health")
        self._plans = [
            [
                (position[i], plan.payer, phrase_pattern(plan.plan))
                for i, plan in (plans or {}).items()
                if topic in plan.topics and i in position
            ]
            for topic in topics
        ]

    def _per_payer(self, reading: str) -> dict[str, re.Pattern[str]]:
        """The reading (PAYER where a payer is named) for each payer type; none when empty."""
        return {
            payer: re.compile(reading.replace("PAYER", f"(?:{pattern.pattern})"))
            for payer, pattern in self._patterns.items()
            if pattern and reading
        }

    def payer_of(self, text: str, context: Mapping[str, str | None] | None) -> str | None:
        """`_payer_of`, kept for the last question and claim payer: ranking asks it several
        times of one question."""
        claim_payer = (context or {}).get("payer")
        return self._last.get((text, claim_payer), lambda: self._payer_of(text, claim_payer))

    def _payer_of(self, text: str, claim_payer: str | None) -> str | None:
        """The payer type the question bills after another payer took its payment back or
        refused it ("MA plan clawed it back, can we bill original medicare"), else the one it
        names as primary ("medicare primary, aetna secondary"), else the one it
        names (one other than Original Medicare first: "MA patient, do we bill medicare"), else
        the claim's. A payer it says it is not about ("BCBS, not medicare") is not named."""
        plain = plain_words(text)
        if self._negated:
            plain = self._negated.sub(" ", plain)
        shifted = bool(self._after and self._after.search(plain))
        billed = {
            payer: len(found.group(0))
            for payer, pattern in self._billed.items()
            if shifted and (found := pattern.search(plain))
        } or {
            payer: len(found.group(0))
            for payer, pattern in self._primary.items()
            if (found := pattern.search(plain))
        }
        if billed:  # the longest reading: "bill medicare advantage" is not "bill medicare"
            return max(billed, key=lambda payer: billed[payer])
        named = [p for p, pattern in self._patterns.items() if pattern and pattern.search(plain)]
        others = [p for p in named if p != ORIGINAL_MEDICARE]
        # An insurer's name beside a Medicare Advantage marker ("Aetna MA", "Humana MA plan")
        # is that insurer's Medicare Advantage plan; beside Medicaid, the MA plan is the one
        # billed and appealed first (a dual-eligible member's plan), so it is the payer.
        if "medicare_advantage" in others and len(others) == 2:
            return "medicare_advantage"
        if len(others) == 1:
            return others[0]
        if others:  # two other payers named: the question compares them
            return None
        return ORIGINAL_MEDICARE if named else claim_payer

    def payers_named(self, text: str) -> set[str]:
        """The payer types a text names: "Medicare Advantage appeals" names Medicare Advantage
        only, "Dual-eligible patients (Medicare and Medicaid)" both."""
        plain, named = plain_words(text), set()
        for payer, pattern in sorted(
            self._patterns.items(), key=lambda p: p[0] == ORIGINAL_MEDICARE
        ):
            if pattern and pattern.search(plain):
                named.add(payer)
                plain = pattern.sub(" ", plain)
        return named

    def named_words(self, text: str, payer: str) -> str:
        """The words naming the payer in the question ("humana", "ma plan")."""
        pattern = self._patterns.get(payer)
        plain = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
        return " ".join(pattern.findall(plain)) if pattern else ""

    def prefer(self, scores: np.ndarray, payer: str | None) -> dict[int, int]:
        """On a topic answered per payer, the payer's best entry swaps scores with a better
        ranked entry for another payer. Says which entry stands in for which."""
        stands_for: dict[int, int] = {}
        if not payer:
            return stands_for
        for by_payer in self._topics:
            own = by_payer.get(payer)
            others = [i for ids in by_payer.values() for i in ids if i not in (own or [])]
            if own and others:
                self._swap(scores, own, others, stands_for)
        return stands_for

    def prefer_plan(self, scores: np.ndarray, payer: str | None, text: str) -> dict[int, int]:
        """On a topic answered per payer, an entry written for one plan of the payer
        (`plan_topics`) that the text names swaps scores with a better ranked entry of that
        payer's on the topic. Says which entry stands in for which."""
        stands_for: dict[int, int] = {}
        plain = plain_words(text)
        for by_payer, plans in zip(self._topics, self._plans, strict=True):
            own = [i for i, plan_payer, words in plans
                   if plan_payer == payer and words and words.search(plain)]  # fmt: skip
            theirs = by_payer.get(payer) if payer else None
            if own and theirs:
                self._swap(scores, own, theirs, stands_for)
        return stands_for

    @staticmethod
    def _swap(
        scores: np.ndarray, own: list[int], others: list[int], stands_for: dict[int, int]
    ) -> None:
        """The best of `own` takes the score of the best of `others` when that is higher."""
        best_own = max(own, key=lambda i: scores[i])
        best_other = max(others, key=lambda i: scores[i])
        if scores[best_other] > scores[best_own]:
            scores[[best_own, best_other]] = scores[[best_other, best_own]]
            stands_for[best_own] = best_other

    def agree(
        self,
        text: str,
        context: Mapping[str, str | None] | None,
        best_id: str,
        plain_top: str | None,
    ) -> bool:
        """Whether plain BM25's pick of another payer's entry on the best entry's per-payer topic
        agrees with it: plain BM25 cannot see the claim, nor read a plan's name ("Humana MA") as
        its payer type, so it does when the claim names the payer and the question names none
        or the same one."""
        claim_payer = (context or {}).get("payer")
        named = self.payer_of(text, None)
        return (
            bool(claim_payer)
            and named in (None, claim_payer)
            and self.same_topic(best_id, plain_top)
        )

    def same_topic(self, entry_id: str, other_id: str | None) -> bool:
        """Whether two entries answer the same per-payer topic, each for another payer. Two
        entries of one payer on a topic (appeal levels, the amount in controversy) are two
        different answers."""
        for payers in self._topic_ids:
            own = {payer for payer, ids in payers.items() if entry_id in ids}
            other = {payer for payer, ids in payers.items() if other_id in ids}
            if own and other and not own & other:
                return True
        return False
