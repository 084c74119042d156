"""Benchmark: does the knowledge bot recognise a question asking an item's code, cut the item out
of the sentence, and name the right code first; and does it keep every other question (a rule
question that mentions a code or an item) away from the item answer?

Item questions come from benches/item_questions_*.yaml and from the held-out knowledge sets'
questions labelled with a `code` (the code the answer must name first). Each is counted once as
right (the first code named is one the label accepts), wrong (another code is named first),
declined (no answer) or no code (an entry answered, naming no code). A two-item or lettered
question (`expect_each`) is right when its first code answers one of its items, and counted in
"each item's code named" when every item's code appears in the answer.

Non-item questions are the item sets' rule questions and every other question of the knowledge
sets (in and out of scope): "hijacked" when the answer is an item answer (the code search's) or
names, from the code table alone, a code the question did not type.

First run of item_questions_fresh2.yaml, before any change to the item-question reading: see
docs/knowledge.md ("Item questions"). Later runs of every set here are dev figures."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from benches._knowledge import BENCHES, code_named, load_kb, load_set  # noqa: E402
from flows.knowledge import AskResult, KnowledgeBase  # noqa: E402

ITEM_SETS = ("item_questions_dev.yaml", "item_questions_fresh.yaml", "item_questions_fresh2.yaml")
_CODE = re.compile(r"\b[ABEKL]\d{4}\b")


def _accepted(case: dict[str, Any]) -> tuple[set[str], list[set[str]]]:
    if "expect_each" in case:
        groups = [set(g) for g in case["expect_each"]]
        return set().union(*groups), groups
    label = case.get("code", case.get("expect"))
    codes = set(label) if isinstance(label, list) else {label}
    return codes, [codes]


def all_named(result: AskResult, question: str) -> set[str]:
    """Every code the answer names that the question did not type."""
    typed = {c.upper() for c in _CODE.findall(question.upper())}
    return {c for c in _CODE.findall(result.text or "")} - typed


def hijacked(result: AskResult, question: str) -> bool:
    if result.code_search is not None:
        return True
    return result.answered_from == "code_table" and code_named(result, question) is not None


class Tally:
    def __init__(self) -> None:
        self.n = self.right = self.wrong = self.declined = self.no_code = 0
        self.multi = self.multi_each = 0
        self.rules = self.rules_hijacked = 0
        self.misses: list[str] = []

    def item(self, kb: KnowledgeBase, case: dict[str, Any]) -> None:
        question = case["q"]
        accepted, groups = _accepted(case)
        if "none" in accepted:  # no specific code: scored by bench_item_questions.py
            return
        result = kb.ask(question, context=case.get("context"))
        named = code_named(result, question)
        self.n += 1
        if len(groups) > 1:
            self.multi += 1
            every = all_named(result, question) | ({named} if named else set())
            self.multi_each += all(g & every for g in groups)
        if not result.answered:
            self.declined += 1
            self.misses.append(f"DECLINED {question!r}: {sorted(accepted)}")
        elif named is None:
            self.no_code += 1
            self.misses.append(f"NO CODE {question!r}: {sorted(accepted)} ({result.entry_id})")
        elif named in accepted:
            self.right += 1
        else:
            self.wrong += 1
            query = (result.code_search or {}).get("query")
            self.misses.append(f"WRONG {question!r}: {sorted(accepted)}, named {named} [{query}]")

    def rule(self, kb: KnowledgeBase, question: str, context: Any = None) -> None:
        result = kb.ask(question, context=context)
        self.rules += 1
        if hijacked(result, question):
            self.rules_hijacked += 1
            query = (result.code_search or {}).get("query")
            self.misses.append(f"HIJACKED {question!r}: {result.title} [{query}]")

    def rows(self, label: str) -> list[tuple[str, str, str]]:
        n = max(self.n, 1)
        rows = []
        if self.n:
            rows += [
                (f"{label}: item questions", str(self.n), ""),
                (f"{label}: right code first", f"{self.right} ({self.right / n:.1%})", ""),
                (f"{label}: wrong code first", f"{self.wrong} ({self.wrong / n:.1%})", ""),
                (f"{label}: declined", f"{self.declined} ({self.declined / n:.1%})", ""),
                (f"{label}: an entry, no code", f"{self.no_code} ({self.no_code / n:.1%})", ""),
            ]
        if self.multi:
            rows.append((f"{label}: two items, each item's code named",
                         f"{self.multi_each} of {self.multi}", ""))  # fmt: skip
        if self.rules:
            rows.append((f"{label}: non-item questions given an item answer",
                         f"{self.rules_hijacked} of {self.rules}", "0"))  # fmt: skip
        return rows


def knowledge_sets() -> list[str]:
    return sorted(p.name for p in BENCHES.glob("knowledge_*.yaml"))


def main(verbose: bool = False) -> None:
    kb = load_kb()
    for name in ITEM_SETS:
        cases, tally = load_set(name), Tally()
        for case in cases["item_questions"]:
            tally.item(kb, case)
        for question in cases.get("rule_questions", []):
            tally.rule(kb, question)
        if verbose:
            print("\n".join(tally.misses))
        table(f"Item questions ({name})", tally.rows(name))
    codes, others = Tally(), Tally()
    for name in knowledge_sets():
        cases = load_set(name)
        for case in cases.get("in_scope", []):
            if "code" in case:
                codes.item(kb, case)
            else:
                others.rule(kb, case["q"], case.get("context"))
        for case in cases.get("out_of_scope", []):
            others.rule(kb, case["q"] if isinstance(case, dict) else case)
    if verbose:
        print("\n".join(codes.misses + others.misses))
    table("Knowledge sets: questions labelled with a code", codes.rows("code questions"))
    table("Knowledge sets: every other question", others.rows("other questions"))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
