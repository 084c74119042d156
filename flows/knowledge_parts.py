"""How the answers to a question's parts combine with the whole question's ranking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from flows.knowledge_rank import Match

Verdict = Literal["answer", "tentative", "decline"]


def combine_parts(
    verdict: Verdict, ranked: list[Match], answered_parts: list[Match]
) -> tuple[Verdict, list[Match], list[Match]]:
    """The verdict, the ranking and the further parts' entries, given the best entry of each
    part the ranking answers clearly. Two parts clearly answered by two entries, or parts clear
    though the whole is not: answered part by part, the first part's entry first. With the
    whole question declined, one clear part answers it only with an entry the whole question
    also ranks near the top: a part of a few generic words ("do we still need new orders")
    finds an entry about something else."""
    answers = list({m.entry.id: m for m in answered_parts}.values())
    if verdict == "decline" and len(answers) == 1:
        answers = [m for m in answers if m.entry.id in {n.entry.id for n in ranked}]
    if len(answers) >= 2 or (verdict == "decline" and answers):
        first = answers[0]
        # Stated outright only when the whole question was answered outright by the same
        # entry; otherwise "I think you mean", the first part's entry not being confirmed.
        confirmed = verdict == "answer" and ranked[0].entry.id == first.entry.id
        verdict = "answer" if confirmed else "tentative"
        ranked = [first, *[m for m in ranked if m.entry.id != first.entry.id]]
    main = ranked[0].entry.id if ranked else None
    return verdict, ranked, [m for m in answers if m.entry.id != main]
