"""Shared by the knowledge benchmarks: question sets, plain BM25 (flows/knowledge_plain.py) for
comparison, scoring."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from flows.all_content import read_content
from flows.content import default_content_dir
from flows.knowledge import AskResult, KnowledgeBase
from flows.knowledge_plain import PlainBM25
from flows.models import ANY_HCPCS_IN_TEXT

BENCHES = Path(__file__).resolve().parent
# The question sets written blind to the product and labelled before their first run: what the
# learned phrasings come from, and what the leave-one-set-out benchmark scores.
BLIND_SETS = {
    "held-out 1": "knowledge_heldout.yaml",
    "held-out 2": "knowledge_heldout2.yaml",
    "held-out 3": "knowledge_heldout3.yaml",
    "held-out 4": "knowledge_heldout4.yaml",
    "held-out 5": "knowledge_heldout5.yaml",
    "held-out 6": "knowledge_heldout6.yaml",
    "held-out 7": "knowledge_heldout7.yaml",
    "held-out 8": "knowledge_heldout8.yaml",
    "held-out 9": "knowledge_heldout9.yaml",
    "held-out 10": "knowledge_heldout10.yaml",
    "held-out 11": "knowledge_heldout11.yaml",
    "held-out 12": "knowledge_heldout12.yaml",
    "held-out 13": "knowledge_heldout13.yaml",
    "held-out 14": "knowledge_heldout14.yaml",
    "held-out 15": "knowledge_heldout15.yaml",
    "held-out 16": "knowledge_heldout16.yaml",
    "held-out 17": "knowledge_heldout17.yaml",
    "held-out 18": "knowledge_heldout18.yaml",
    "held-out 19": "knowledge_heldout19.yaml",
    "held-out 20": "knowledge_heldout20.yaml",
    "held-out 21": "knowledge_heldout21.yaml",
    "held-out 22": "knowledge_heldout22.yaml",
    "held-out 24": "knowledge_heldout24.yaml",
    "held-out 25": "knowledge_heldout25.yaml",
    "held-out 26": "knowledge_heldout26.yaml",
    "held-out 27": "knowledge_heldout27.yaml",
    "held-out 28": "knowledge_heldout28.yaml",
    "held-out 29": "knowledge_heldout29.yaml",
    "held-out 30": "knowledge_heldout30.yaml",
    "held-out 31": "knowledge_heldout31.yaml",
    "held-out 32": "knowledge_heldout32.yaml",
    "held-out 33": "knowledge_heldout33.yaml",
    "held-out 34": "knowledge_heldout34.yaml",
    "held-out 35": "knowledge_heldout35.yaml",
    "held-out 36": "knowledge_heldout36.yaml",
    "held-out 37": "knowledge_heldout37.yaml",
    "held-out 38": "knowledge_heldout38.yaml",
    "held-out 39": "knowledge_heldout39.yaml",
    "held-out 40": "knowledge_heldout40.yaml",
    "held-out 41": "knowledge_heldout41.yaml",
    "held-out 42": "knowledge_heldout42.yaml",
    "held-out 43": "knowledge_heldout43.yaml",
    "held-out 44": "knowledge_heldout44.yaml",
    "held-out 45": "knowledge_heldout45.yaml",
    "held-out 46": "knowledge_heldout46.yaml",
    "held-out 47": "knowledge_heldout47.yaml",
    "held-out 48": "knowledge_heldout48.yaml",
    "held-out 49": "knowledge_heldout49.yaml",
    "held-out 50": "knowledge_heldout50.yaml",
    "dev A": "knowledge_holdout.yaml",
    "dev B": "knowledge_holdout2.yaml",
    "dev C": "knowledge_holdout3.yaml",
    "dev D": "knowledge_holdout4.yaml",
    "dev F": "knowledge_fresh.yaml",
    "dev G": "knowledge_fresh2.yaml",
    "dev I": "knowledge_fresh3.yaml",
}


def load_kb() -> KnowledgeBase:
    """The knowledge base as users get it: with the code table's facts (flows/code_facts.py)."""
    return read_content(default_content_dir()).knowledge


def load_set(name: str) -> dict[str, Any]:
    """A question set: `in_scope` [{q, expect, context?, code?}] and `out_of_scope` [question].
    `code` (or a list of codes, any of them right) marks a question no entry answers whose answer
    must name that code first (a "no code fits, so E1399?" item that has a specific code): scored
    by the code the answer names first."""
    return yaml.safe_load((BENCHES / name).read_text(encoding="utf-8"))


@dataclass
class SetScore:
    """Our answers on one set, wrong answers counted apart from declines."""

    questions: int = 0
    correct: int = 0
    wrong: int = 0
    declined: int = 0
    out_of_scope: int = 0
    out_of_scope_declined: int = 0
    baseline_correct: int = 0
    # Close calls answered as "I think you mean X" with the runner-up Y offered beside it: counted
    # in correct or wrong by X, and here by which of the two was right.
    tentative: int = 0
    tentative_best_right: int = 0
    tentative_runner_up_right: int = 0
    # Wrong close calls whose runner-up, answered after the best entry, is a right entry: the
    # reply holds the right answer second (counted wrong all the same).
    wrong_runner_up_right: int = 0
    outright_wrong: int = 0
    # Answered from the code table alone (no entry fits; the question names a code, or says no
    # code fits an item that likely has one): the labels name entries, so these are judged by
    # reading them (listed in the misses), neither correct nor wrong.
    code_table: int = 0
    # An out-of-scope HCPCS code typed alone ("E0260") is described from the code table, not
    # answered from an entry: counted apart from the out-of-scope questions an entry answered.
    out_of_scope_code_table: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.correct / self.baseline_correct if self.baseline_correct else float("inf")

    def rows(self, label: str) -> list[tuple[str, str, str]]:
        n, m = self.questions, self.out_of_scope
        return [
            (f"{label}: questions in / out of scope", f"{n} / {m}", ""),
            (f"{label}: correct", f"{self.correct} ({self.correct / n:.1%})", ">= 90%"),
            (f"{label}: wrong answers", f"{self.wrong} ({self.wrong / n:.1%})", "<= 2%"),
            (
                f"{label}: wrong answers stated outright (not 'I think you mean')",
                f"{self.outright_wrong} ({self.outright_wrong / n:.1%})",
                "",
            ),
            (f"{label}: declined", f"{self.declined} ({self.declined / n:.1%})", ""),
            (
                f"{label}: answered from the code table alone (not scored)",
                f"{self.code_table} ({self.code_table / n:.1%})",
                "",
            ),
            (f"{label}: out of scope declined", f"{self.out_of_scope_declined} of {m}", "all"),
            (
                f"{label}: out of scope answered from an entry",
                str(m - self.out_of_scope_declined - self.out_of_scope_code_table),
                "0",
            ),
            (
                f"{label}: out of scope described from the code table (a HCPCS code typed alone)",
                str(self.out_of_scope_code_table),
                "",
            ),
            (
                f"{label}: close calls answered 'I think you mean' (best / runner-up right)",
                f"{self.tentative} ({self.tentative_best_right} / "
                f"{self.tentative_runner_up_right})",
                "",
            ),
            (
                f"{label}: plain BM25 correct, ratio ours / BM25",
                f"{self.baseline_correct} ({self.baseline_correct / n:.1%}), {self.ratio:.2f}",
                "> 1",
            ),
        ]


def code_named(result: AskResult, question: str) -> str | None:
    """The first code an answer offers for the item, leaving out the codes the question typed."""
    typed = {code.upper() for code in ANY_HCPCS_IN_TEXT.findall(question)}
    if result.code_search:
        found = result.code_search
        candidates = found.get("candidates") or []
        noc = found.get("noc") or {}
        order = [found.get("likely"), *(c["code"] for c in candidates), noc.get("code")]
    elif result.answered_from == "code_table":
        order = ANY_HCPCS_IN_TEXT.findall(result.title or "")
    else:
        return None
    return next((code for code in order if code and code not in typed), None)


def unsure_code(result: AskResult) -> bool:
    """The code search offers codes that may fit but is sure of none."""
    return bool(result.code_search) and (result.code_search or {}).get("likely") is None


def score_set(kb: KnowledgeBase, baseline: PlainBM25, cases: dict[str, Any]) -> SetScore:
    score = SetScore()
    for case in cases["in_scope"]:
        expected = case["expect"]
        accepted = set(expected) if isinstance(expected, list) else {expected}
        result = kb.ask(case["q"], context=case.get("context"))
        score.questions += 1
        if not result.answered:
            score.declined += 1
            score.misses.append(f"DECLINED {case['q']!r}: expected {expected}")
        elif "code" in case:  # no entry fits; labelled with the code the answer must name
            named = code_named(result, case["q"])
            right = named in (case["code"] if isinstance(case["code"], list) else [case["code"]])
            score.correct += right
            score.wrong += not right
            # "Not sure which code fits X: A, B may": the candidates are offered, none stated
            score.outright_wrong += not right and not (result.tentative or unsure_code(result))
            if not right:
                score.misses.append(f"WRONG CODE {case['q']!r}: {case['code']}, named {named}")
            elif result.entry_id:  # the right code, then an entry's text: read it
                score.misses.append(f"CODE RIGHT, THEN ENTRY {result.entry_id} {case['q']!r}")
        elif result.answered_from == "code_table":
            score.code_table += 1
            score.misses.append(
                f"CODE TABLE {case['q']!r}: expected {expected}, said {result.title}"
            )
        elif result.entry_id in accepted:
            score.correct += 1
        else:
            score.wrong += 1
            score.outright_wrong += not result.tentative
            score.misses.append(f"WRONG {case['q']!r}: expected {expected}, got {result.entry_id}")
        if result.answered and result.tentative:
            score.tentative += 1
            score.tentative_best_right += result.entry_id in accepted
            score.tentative_runner_up_right += bool(
                result.related and result.related[0].entry_id in accepted
            )
            score.wrong_runner_up_right += bool(
                "code" not in case
                and result.entry_id not in accepted
                and result.runner_up in accepted
            )
        score.baseline_correct += baseline.top(case["q"]) in accepted
    for item in cases.get("out_of_scope", []):
        question = item["q"] if isinstance(item, dict) else item  # {q, why} or the bare question
        result = kb.ask(question)
        score.out_of_scope += 1
        score.out_of_scope_declined += not result.answered
        score.out_of_scope_code_table += result.answered_from == "code_table"
        if result.answered_from == "code_table":
            score.misses.append(f"OUT OF SCOPE FROM THE CODE TABLE {question!r}: {result.title}")
        elif result.answered:
            score.misses.append(f"ANSWERED OUT OF SCOPE {question!r} -> {result.entry_id}")
    return score
